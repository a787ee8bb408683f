"""Score the extractor against the gold claims (``../shared/gold/dev.jsonl``) with the official
scorer, :mod:`factdb.evaluate` (the same figures as ``factdb eval``).

Run ``python tests/extract/score.py [--whole] [--show] [--seed]``: ``--whole`` extracts the
corpus file in one call instead of article by article (sentences must not run across
articles); ``--show`` lists misses, false alarms and wrong fields; ``--seed`` scores our own
annotations of the articles the shared gold leaves out (``seed_cases.jsonl``) instead.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, when run as a script
from seeded import GOLD_FILE, SEED_FILE

from factdb.evaluate import (
    FIELDS,
    Metrics,
    ScoredClaim,
    dated_articles,
    load_gold,
    predict,
    score,
    scored_mention,
)
from factdb.extract import extract
from factdb.ingest.reader import SourceFile, read_source

SEED_PATH = Path(__file__).with_name("seed_cases.jsonl")  # articles 3, 6 and 9, same format
WHOLE_REFERENCE = date(2024, 8, 6)  # one reference date when extracting the whole file


def gold_claims() -> list[ScoredClaim]:
    """The gold claims, or [] when the shared folder is absent."""
    return load_gold(GOLD_FILE) if GOLD_FILE.exists() else []


def case_id(g: ScoredClaim, occurrence: int) -> str:
    """A test id for a gold claim: article, quote and occurrence."""
    return f"a{g.article_no}-{g.quote}-{occurrence}"


def occurrences(gold: list[ScoredClaim]) -> list[int]:
    """Each gold claim's occurrence number among same quotes in its article (for test ids)."""
    seen: Counter[tuple[int, str]] = Counter()
    numbers = []
    for g in gold:
        seen[g.article_no, g.quote] += 1
        numbers.append(seen[g.article_no, g.quote])
    return numbers


def predict_whole(source: SourceFile) -> list[ScoredClaim]:
    """The extractor over the whole file in one call, each claim placed in its article."""
    spans = [span for span, _ in dated_articles(source)]
    claims = []
    for m in extract(source.text, WHOLE_REFERENCE):
        span = next(s for s in spans if s.start <= m.start < s.end)
        claims.append(scored_mention(m, source.text, article_no=span.ordinal))
    return claims


def report(whole: bool = False, show: bool = False, seed: bool = False) -> Metrics:
    """Score the extractor on the gold, or on the seed cases (and print the figures)."""
    source = read_source(SEED_FILE)
    gold = load_gold(SEED_PATH) if seed else gold_claims()
    predicted = predict_whole(source) if whole else predict(source)
    metrics = score(predicted, gold)
    for name, prf in (("detection", metrics.detection), ("strict", metrics.strict)):
        print(f"{name:10} P {prf.precision:.3f} R {prf.recall:.3f} F1 {prf.f1:.3f}")
    for name, acc in metrics.fields.items():
        print(f"{name:10} {acc.accuracy:.3f} ({acc.correct}/{acc.total})")
    if show:
        for g in metrics.misses:
            print("MISS ", repr(g.quote), "|", g.sentence[:90])
        for p in metrics.false_alarms:
            print("EXTRA", repr(p.quote), p.rule, "|", p.sentence[:90])
        for p, g in metrics.value_errors:
            print(
                "VALUE",
                repr(g.quote),
                (p.value, p.value_max, p.unit),
                "!=",
                (g.value, g.value_max, g.unit),
            )
        for name in FIELDS:
            for p, g in metrics.field_errors[name]:
                print(f"WRONG {g.quote!r} {name} {getattr(p, name)!r} != {getattr(g, name)!r}")
    return metrics


if __name__ == "__main__":
    report(whole="--whole" in sys.argv, show="--show" in sys.argv, seed="--seed" in sys.argv)
