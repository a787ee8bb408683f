"""The composed news corpus (``news_cases.jsonl``): expected claims per sentence, and its score.

Each line is one news-style text with every claim a fact-checker would want, written by the
GUIDELINES. Claims and mentions are matched and compared by the official scorer,
:mod:`factdb.evaluate` (spans overlap, one-to-one; value, value_max and unit within its
tolerance; kind, qualifier, and the optional noun, speaker and date_text as ``factdb eval``
compares them); the quote must be exact and the optional ``vague`` and ``sentence`` must hold.
Run ``python tests/extract/news.py [--show] [CASES.jsonl]`` for precision, recall and the
fields most often wrong (another file in the same format scores a held-out set).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factdb.evaluate import ScoredClaim, field_right, match, scored_mention, values_match
from factdb.extract import Mention, extract

CASES_PATH = Path(__file__).with_name("news_cases.jsonl")
REFERENCE = date(2024, 8, 6)


def load_cases(path: Path = CASES_PATH) -> list[dict]:
    """The corpus at ``path``, one dict per text."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@dataclass
class Outcome:
    """How the extractor did on one text."""

    found: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def check(case: dict) -> Outcome:
    """Compare the extractor's mentions on ``case["text"]`` with the expected claims."""
    text = case["text"]
    mentions = extract(text, REFERENCE)
    expected = [_expected(claim, text) for claim in case["claims"]]
    pairs = {gi: pi for pi, gi in match([scored_mention(m, text) for m in mentions], expected)}
    unsure = [g for g, claim in zip(expected, case["claims"], strict=True) if claim.get("unsure")]
    # As in `factdb eval`: a mention overlapping an unsure claim neither counts nor costs.
    out = Outcome(
        extra=[
            m.quote
            for i, m in enumerate(mentions)
            if i not in pairs.values() and not any(_overlap(m, g) for g in unsure)
        ]
    )
    for gi, claim in enumerate(case["claims"]):
        if claim.get("unsure"):  # as in `factdb eval`: found or not, it neither counts nor costs
            continue
        if gi not in pairs:
            out.missed.append(claim["quote"])
            continue
        out.found += 1
        m = mentions[pairs[gi]]
        problems = _problems(claim, expected[gi], m, text)
        out.wrong += [f"{claim['quote']}: {p}" for p in problems]
    return out


def known_misses(case: dict) -> list[dict]:
    """The case once as it must pass, its known misses left out; then, if it has any, the
    whole case with their reasons, to run as a strict xfail. A claim carrying an ``xfail``
    reason is a known miss (it is made unsure); one carrying ``xfail_noun`` has a known wrong
    noun (only its noun goes unchecked), so the text's other claims and fields are checked."""
    claims = case["claims"]
    reasons = [c[k] for c in claims for k in ("xfail", "xfail_noun") if k in c]
    if not reasons:
        return [case]
    others = [
        c | {"unsure": True}
        if "xfail" in c
        else {k: v for k, v in c.items() if k != "noun" or "xfail_noun" not in c}
        for c in claims
    ]
    return [case | {"claims": others}, case | {"xfail": "; ".join(reasons)}]


def _overlap(m: Mention, g: ScoredClaim) -> bool:
    return m.start < g.end and g.start < m.end


def _expected(claim: dict, text: str) -> ScoredClaim:
    start = text.find(claim["quote"])
    return ScoredClaim(
        article_no=1,
        start=start,
        end=start + len(claim["quote"]),
        quote=claim["quote"],
        sentence="",
        value=claim["value"],
        value_max=claim["value_max"],
        unit=claim["unit"],
        kind=claim["kind"],
        qualifier=claim["qualifier"],
        noun=claim.get("noun", ""),
        date_text=claim.get("date_text", ""),
        speaker=claim.get("speaker", ""),
    )


def _problems(claim: dict, g: ScoredClaim, m: Mention, text: str) -> list[str]:
    p = scored_mention(m, text)
    problems = []
    if m.quote != claim["quote"]:
        problems.append(f"quote {m.quote!r} != {claim['quote']!r}")
    if not values_match(p, g):
        problems.append(
            f"value {(p.value, p.value_max, p.unit)} != {(g.value, g.value_max, g.unit)}"
        )
    checked = ["kind", "qualifier", *(k for k in ("noun", "speaker", "date_text") if k in claim)]
    problems += [
        f"{k} {getattr(p, k)!r} != {getattr(g, k)!r}" for k in checked if not field_right(k, p, g)
    ]
    for key, value in (("vague", m.vague), ("sentence", text[m.sentence_start : m.sentence_end])):
        if key in claim and value != claim[key]:
            problems.append(f"{key} {value!r} != {claim[key]!r}")
    return problems


def report(show: bool = False, path: Path = CASES_PATH) -> dict[str, float]:
    """Precision, recall, the share of found claims with every field right, and how often
    each field is wrong."""
    outcomes = [(case, check(case)) for case in load_cases(path)]
    found = sum(o.found for _, o in outcomes)
    missed = sum(len(o.missed) for _, o in outcomes)
    extra = sum(len(o.extra) for _, o in outcomes)
    wrong = sum(len({w.split(":")[0] for w in o.wrong}) for _, o in outcomes)
    figures = {
        "precision": found / (found + extra) if found + extra else 0.0,
        "recall": found / (found + missed) if found + missed else 0.0,
        "all_fields": (found - wrong) / (found + missed) if found + missed else 0.0,
        "texts_right": sum(not (o.missed or o.extra or o.wrong) for _, o in outcomes)
        / len(outcomes),
    }
    for k, v in figures.items():
        print(f"{k:12} {v:.3f}")
    fields = Counter(w.split(": ", 1)[1].split()[0] for _, o in outcomes for w in o.wrong)
    for name, n in fields.most_common():
        print(f"wrong {name:10} {n}")
    if show:
        for case, o in outcomes:
            for label, items in (("MISS ", o.missed), ("EXTRA", o.extra), ("WRONG", o.wrong)):
                for item in items:
                    print(label, case["id"], "|", item)
    return figures


if __name__ == "__main__":
    paths = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    report(show="--show" in sys.argv, path=paths[0] if paths else CASES_PATH)
