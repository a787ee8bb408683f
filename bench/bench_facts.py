"""Fact tracking at 100,000 claims: materialised facts against computing them per request.

    /work/venv/bin/python bench/bench_facts.py              # 100,000 claims
    /work/venv/bin/python bench/bench_facts.py --claims 20000

Builds a SQLite database from the sample corpus and the fact tests' articles, then copies its
claims (nouns varied per copy, so facts stay realistically small) up to ``--claims``. Times:

* ``rebuild``: recomputing every fact (only changed rows are written), and the rebuild the
  next reader triggers after one review changed a claim's noun;
* ``ensure (fresh)``: the signature check every reader does first when nothing changed;
* ``list conflicts``: `factdb facts --conflicts`'s query on the stored facts;
* ``fact detail``: one fact with its claims, checks and the corpus rates;
* baseline ``on the fly``: what every listing would cost without the fact table (group the
  whole corpus and check every fact) — the figure materialising avoids.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from factdb.db import Database
from factdb.facts import ensure_facts, rebuild
from factdb.facts.build import load_corpus
from factdb.facts.checks import check_fact
from factdb.facts.queries import fact_detail, list_facts
from factdb.ingest import ingest_paths
from factdb.review import Correction, review_claim

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "seeds", ROOT / "tests" / "facts" / "corpus"]
COLUMNS = (
    'source_id, article_id, start, "end", quote, sentence, sentence_start, sentence_end, '
    "value, value_max, unit, kind, qualifier, vague, noun_implied, speaker, cited_outlet, "
    "date_text, date, date_precision, normalized_value, normalized_unit, rule, "
    "extractor_version, orphaned, status, note, evidence_url, reviewed_by, version"
)


def build(path: Path, claims: int) -> Database:
    """The corpus, its claims copied (noun varied per copy) until there are ``claims``."""
    db = Database(f"sqlite:///{path}")
    ingest_paths(db, CORPUS)
    with db.engine.begin() as conn:
        base = conn.execute(text("SELECT count(*) FROM claim")).scalar_one()
        for copy in range(1, claims // base):
            conn.execute(
                text(
                    f"INSERT INTO claim ({COLUMNS}, noun, fingerprint) SELECT {COLUMNS}, "
                    "CASE WHEN noun = '' THEN '' ELSE noun || ' g' || :copy END, "
                    "fingerprint || :copy FROM claim WHERE id <= :base"
                ),
                {"copy": copy, "base": base},
            )
        total = conn.execute(text("SELECT count(*) FROM claim")).scalar_one()
    print(f"database: {total:,} claims ({base} from the corpus, copied)")
    return db


def timed(label: str, work: Callable[[], Any], runs: int = 3) -> float:
    """Best of ``runs`` wall-clock seconds."""
    best = min(_once(work) for _ in range(runs))
    print(f"{label:<28} {best * 1000:10.1f} ms")
    return best


def _once(work: Callable[[], Any]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def on_the_fly(db: Database) -> int:
    """The baseline: group the corpus and check every fact, as a listing would without the
    fact table; returns how many facts conflict."""
    with db.session() as session:
        corpus = load_corpus(session)
    findings = corpus.rates.findings()
    return sum(
        1
        for members in corpus.grouping.members.values()
        if check_fact(members, corpus.rates, findings).findings
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = build(Path(folder) / "bench.sqlite", args.claims)
        report = rebuild(db)
        print(
            f"facts: {report.facts:,} from {report.tracked_claims:,} tracked claims; "
            f"{report.multi_claim_facts:,} with more than one claim; "
            f"{report.conflicting_facts:,} conflicting"
        )
        timed("rebuild (nothing changed)", lambda: rebuild(db), runs=1)
        claim_id = fact_detail(db, list_facts(db, limit=1)[0].id or 0).members[0].claim.id
        review_claim(db, claim_id or 0, correction=Correction(noun="bench noun"), reviewer="b")
        timed("ensure (after one review)", lambda: ensure_facts(db), runs=1)
        timed("ensure (fresh)", lambda: ensure_facts(db))
        listing = timed("list conflicts", lambda: list_facts(db, conflicts_only=True))
        biggest = list_facts(db, limit=1)[0]
        timed(f"fact detail ({biggest.claims} claims)", lambda: fact_detail(db, biggest.id or 0))
        baseline = timed("baseline: on the fly", lambda: on_the_fly(db), runs=1)
        print(f"materialised listing is {baseline / listing:,.0f}x faster than the baseline")
        db.dispose()


if __name__ == "__main__":
    main()
