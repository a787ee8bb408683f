"""Score fact tracking on a follow-up corpus: articles restating the seed's figures, with links.

    .venv/bin/python tests/facts/score_followups.py /work/heldout/followup-a [--seeds seeds/]

A follow-up folder holds ``NN_slug.txt`` (+ ``.meta.json``) articles and ``links.jsonl``: one
line per figure, ``{"file", "quote", "occurrence", "seed_quote", "seed_occurrence",
"seed_context", "label", "note"}``. ``occurrence`` counts the quote's occurrences in the file,
``seed_occurrence`` its occurrences in ``seed_context`` (a passage of exactly one seed file).
``label``: ``same`` (a consistent restatement), ``conflict`` (same figure and period, values
that cannot both hold), ``timeline`` (same figure, another period), ``different`` (a
look-alike: another subject or metric).

The seeds and the folder are ingested into a fresh SQLite file; each quote is mapped to the
claim whose span covers it. The four figures:

* grouped: restated figures (same, conflict, timeline) in their seed claim's fact;
* apart: look-alikes (different) not in their seed claim's fact;
* flagged: conflicts grouped and named together in a values finding of the fact;
* false conflicts: consistent restatements (same, timeline) named together with their seed
  claim in a values finding.

A quote no claim covers counts as not grouped (and as kept apart); the misses are listed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from factdb.facts.checks import VALUES
from factdb.facts.listing import fact_detail, facts_of_claims
from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Claim, Source

ROOT = Path(__file__).resolve().parents[2]
RESTATED = ("same", "conflict", "timeline")
CONSISTENT = ("same", "timeline")


@dataclass(frozen=True)
class Link:
    """One labelled figure: the follow-up's claim, its seed claim (None: not extracted)."""

    label: str
    quote: str
    seed_quote: str
    note: str
    claim_id: int | None
    seed_id: int | None
    # The claims compared for a conflict: a conversion's is the claim it converts ("$2.3
    # billion" in "17 billion RMB ($2.3 billion)" is checked as the yuan).
    compared: frozenset[int] = frozenset()


@dataclass
class Outcome:
    """A link's outcome: grouped with its seed claim, and flagged as a conflict with it."""

    link: Link
    grouped: bool
    flagged: bool


@dataclass
class Score:
    """The four figures, as (hits, total), and every outcome."""

    outcomes: list[Outcome] = field(default_factory=list)

    def _count(self, labels: Sequence[str], hit: str) -> tuple[int, int]:
        chosen = [o for o in self.outcomes if o.link.label in labels]
        hits = {
            "grouped": lambda o: o.grouped,
            "apart": lambda o: not o.grouped,
            "flagged": lambda o: o.flagged,
        }[hit]
        return sum(1 for o in chosen if hits(o)), len(chosen)

    @property
    def grouped(self) -> tuple[int, int]:
        return self._count(RESTATED, "grouped")

    @property
    def apart(self) -> tuple[int, int]:
        return self._count(("different",), "apart")

    @property
    def flagged(self) -> tuple[int, int]:
        return self._count(("conflict",), "flagged")

    @property
    def false_conflicts(self) -> tuple[int, int]:
        return self._count(CONSISTENT, "flagged")

    def lines(self) -> list[str]:
        """The figures, then every failing link, in words."""
        out = []
        for name, (hits, total) in (
            ("restated figures grouped with their seed claim", self.grouped),
            ("look-alikes kept apart", self.apart),
            ("conflicts flagged", self.flagged),
            ("consistent restatements flagged as conflicts", self.false_conflicts),
        ):
            share = f"{hits / total:.0%}" if total else "n/a"
            out.append(f"{name}: {hits}/{total} = {share}")
        missing = [o.link for o in self.outcomes if None in (o.link.claim_id, o.link.seed_id)]
        out.append(f"quotes no claim covers: {len(missing)}")
        for o in self.outcomes:
            wrong = (
                (o.link.label in RESTATED and not o.grouped)
                or (o.link.label == "different" and o.grouped)
                or (o.link.label == "conflict" and not o.flagged)
                or (o.link.label in CONSISTENT and o.flagged)
            )
            if wrong:
                out.append(
                    f"  MISS {o.link.label:<9} {o.link.quote!r} <- {o.link.seed_quote!r} "
                    f"(claims {o.link.claim_id}, {o.link.seed_id}; grouped={o.grouped}, "
                    f"flagged={o.flagged}): {o.link.note}"
                )
        return out


def nth_occurrence(
    text: str, quote: str, occurrence: int, start: int = 0, end: int | None = None
) -> int:
    """The offset of ``quote``'s ``occurrence``-th (1-based) occurrence in ``text[start:end]``,
    counting first only those not inside a longer number (a labeller counting "12" counts
    "12 cars", not the "12" of "$120,000"), then every one; ValueError if there is none."""
    found = [m.start() for m in re.finditer(re.escape(quote), text[start:end])]
    whole = [at for at in found if not _inside_number(text, start + at, len(quote))]
    for ats in (whole, found):
        if len(ats) >= occurrence:
            return start + ats[occurrence - 1]
    raise ValueError(f"{quote!r}: occurrence {occurrence} not found")


def _inside_number(text: str, at: int, length: int) -> bool:
    """Whether ``text[at:at + length]`` is part of a longer number ("12" in "120,000")."""
    return bool(
        _NUMBER_BEFORE.search(text, max(0, at - 2), at) or _NUMBER_AFTER.match(text, at + length)
    )


_NUMBER_BEFORE = re.compile(r"\d[.,]?$")
_NUMBER_AFTER = re.compile(r"[.,]?\d")


def _claim_at(claims: list[tuple[int, int, int]], start: int, end: int) -> int | None:
    """The claim (id, start, end) overlapping ``start:end`` most, or None; a quote holding
    several whole claims ("12 inches by 14 inches", "30 by 36 centimetres") stands for its
    first, on either side of a link."""
    whole = [(s, claim_id) for claim_id, s, e in claims if start <= s and e <= end]
    if len(whole) > 1:
        return min(whole)[1]
    best, overlap = None, 0
    for claim_id, s, e in claims:
        shared = min(e, end) - max(s, start)
        if shared > overlap:
            best, overlap = claim_id, shared
    return best


def read_links(db: Database, folder: Path) -> list[Link]:
    """The folder's links, each mapped to the follow-up claim and the seed claim."""
    with db.session() as session:
        sources = {
            Path(path).name: (source_id, text)
            for source_id, path, text in session.execute(
                select(Source.id, Source.path, Source.text)
            )
        }
        claims: dict[int, list[tuple[int, int, int]]] = {}
        converts: dict[int, int] = {}
        for claim_id, source_id, start, end, equivalent in session.execute(
            select(Claim.id, Claim.source_id, Claim.start, Claim.end, Claim.equivalent_id).where(
                Claim.orphaned == False  # noqa: E712
            )
        ):
            claims.setdefault(source_id, []).append((claim_id, start, end))
            if equivalent is not None:
                converts[claim_id] = equivalent
    links = []
    for number, line in enumerate((folder / "links.jsonl").read_text().splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            source_id, text = sources[row["file"]]
            at = nth_occurrence(text, row["quote"], row["occurrence"])
            seed_source, seed_text = next(
                (i, t) for i, t in sources.values() if row["seed_context"] in t
            )
            context_at = seed_text.index(row["seed_context"])
            context_end = context_at + len(row["seed_context"])
            seed_at = nth_occurrence(
                seed_text, row["seed_quote"], row["seed_occurrence"], context_at, context_end
            )
        except (KeyError, ValueError, StopIteration) as exc:
            where = f"{folder / 'links.jsonl'}:{number}"
            raise SystemExit(f"{where}: cannot place the link: {exc}") from exc
        claim_id = _claim_at(claims.get(source_id, []), at, at + len(row["quote"]))
        seed_id = _claim_at(claims.get(seed_source, []), seed_at, seed_at + len(row["seed_quote"]))
        compared = frozenset(converts.get(i, i) for i in (claim_id, seed_id) if i is not None)
        links.append(
            Link(
                row["label"],
                row["quote"],
                row["seed_quote"],
                row.get("note", ""),
                claim_id,
                seed_id,
                compared,
            )
        )
    return links


def score_database(db: Database, folder: Path) -> Score:
    """Score the facts of a database holding the seeds and the follow-up ``folder``."""
    links = read_links(db, folder)
    ids = {i for link in links for i in (link.claim_id, link.seed_id) if i is not None}
    facts = facts_of_claims(db, ids)
    details = {}
    result = Score()
    for link in links:
        a = facts.get(link.claim_id) if link.claim_id is not None else None
        b = facts.get(link.seed_id) if link.seed_id is not None else None
        grouped = a is not None and b is not None and a.id == b.id
        flagged = False
        if grouped and a is not None and a.id is not None:
            if a.id not in details:
                details[a.id] = fact_detail(db, a.id, refresh=False)
            pair = link.compared
            flagged = any(
                f.check == VALUES and pair <= set(f.claim_ids)
                for f in details[a.id].checks.findings
            )
        result.outcomes.append(Outcome(link, grouped, flagged))
    return result


def score(folder: Path, seeds: Path) -> Score:
    """Ingest ``seeds`` and ``folder`` into a fresh SQLite file and score it."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'followups.sqlite'}")
        try:
            ingest_paths(db, [seeds, folder])
            return score_database(db, folder)
        finally:
            db.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a follow-up folder with links.jsonl")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="the seed folder")
    parser.add_argument("--quiet", action="store_true", help="the four figures only")
    args = parser.parse_args(argv)
    lines = score(args.folder, args.seeds).lines()
    print("\n".join(lines[:5] if args.quiet else lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
