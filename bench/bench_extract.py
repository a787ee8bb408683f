"""Extractor speed against quantulum3 on the sample corpus, and accuracy on the gold.

    /work/venv/bin/python bench/bench_extract.py
    /work/venv/bin/python bench/bench_extract.py --quantulum-chars 20000   # quicker

Both extractors read the same text: the sample corpus, article by article (factdb with each
article's inferred reference date, as ingest does). Both are warmed up first on a varied copy
of the text (new numbers and names, see ``bench_ingest.vary``), so that one-time set-up (pint's
registry, quantulum3's unit tables) is not timed, yet the timed text is not already cached.
Times are CPU times (``time.process_time``), which other jobs on a busy machine do not
inflate. quantulum3 is slow, so ``--quantulum-chars`` times it on the first articles only; the
output says so. Target: factdb at least 30x quantulum3's characters per second; the script
exits with status 1 when it misses it (after printing the accuracy).

Accuracy: ``factdb.evaluate`` on the gold for factdb, and the same scoring for quantulum3 with
its units mapped to ours (currency code, "percent", None for dimensionless, else its name).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench_ingest import seed_names, vary

from factdb.evaluate import (
    Metrics,
    ScoredClaim,
    dated_articles,
    evaluate_gold,
    load_gold,
    score,
)
from factdb.extract import extract
from factdb.ingest.reader import read_source

ROOT = Path(__file__).resolve().parents[1]
SEED_FILE = ROOT / "seeds" / "china_report_2024.txt"
GOLD_FILE = ROOT.parent / "shared" / "gold" / "dev.jsonl"
SPEED_TARGET = 30.0

Article = tuple[int, str, date | None]  # (ordinal, text, reference date)


def corpus_articles(path: Path) -> tuple[list[Article], list[int]]:
    """The corpus's articles with their reference dates, and each article's start offset."""
    source = read_source(path)
    dated = dated_articles(source)
    articles = [(s.ordinal, source.text[s.start : s.end], d) for s, d in dated]
    return articles, [s.start for s, _ in dated]


def run_factdb(articles: list[Article]) -> None:
    """Extract every article with factdb."""
    for _, text, reference in articles:
        extract(text, reference)


def make_run_quantulum() -> Callable[[list[Article]], list[list[object]]]:
    """quantulum3's parser over every article (imported here: it is a bench-only extra)."""
    from quantulum3 import parser

    def run(articles: list[Article]) -> list[list[object]]:
        return [parser.parse(text) for _, text, _ in articles]

    return run


def seconds(run: Callable[[], object], repeat: int) -> float:
    """Median CPU time of ``repeat`` runs: both extractors are single-threaded, and CPU time,
    unlike wall time, does not count the time other jobs on a shared machine hold the CPU."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return statistics.median(times)


def first_articles(articles: list[Article], chars: int | None) -> list[Article]:
    """Whole articles from the start, up to about ``chars`` characters (all if None)."""
    if chars is None:
        return articles
    picked, total = [], 0
    for article in articles:
        if total >= chars:
            break
        picked.append(article)
        total += len(article[1])
    return picked


def quantulum_unit(quantity: object) -> str | None:
    """quantulum3's unit in the gold's vocabulary."""
    unit = quantity.unit  # type: ignore[attr-defined]
    if getattr(unit, "currency_code", None):
        return str(unit.currency_code)
    if unit.name == "percentage":
        return "percent"
    return None if unit.name == "dimensionless" else str(unit.name)


def quantulum_claims(
    parsed: list[list[object]], articles: list[Article], starts: list[int]
) -> list[ScoredClaim]:
    """quantulum3's quantities as claims with offsets into the corpus file."""
    claims = []
    for quantities, (ordinal, text, _), start in zip(parsed, articles, starts, strict=False):
        for q in quantities:
            begin, end = q.span  # type: ignore[attr-defined]
            claims.append(
                ScoredClaim(
                    article_no=ordinal,
                    start=start + begin,
                    end=start + end,
                    quote=text[begin:end],
                    sentence="",
                    value=float(q.value),  # type: ignore[attr-defined]
                    unit=quantulum_unit(q),
                )
            )
    return claims


def print_accuracy(name: str, m: Metrics, *, fields: bool) -> None:
    """One line of detection and strict P/R/F1, and the field accuracies if asked."""
    d, s = m.detection, m.strict
    print(
        f"{name:<11} detection P {d.precision:.3f} R {d.recall:.3f} F1 {d.f1:.3f}   "
        f"strict P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"
    )
    if fields:
        print(" " * 12 + "   ".join(f"{k} {a.accuracy:.3f}" for k, a in m.fields.items()))


def main() -> int:
    """Print the speed and accuracy figures; 1 when the speed target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SEED_FILE, help="corpus file")
    parser.add_argument("--gold", type=Path, default=GOLD_FILE, help="gold JSONL")
    parser.add_argument("--repeat", type=int, default=5, help="factdb timing runs (median)")
    parser.add_argument(
        "--quantulum-chars", type=int, help="time quantulum3 on the first articles up to N chars"
    )
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # quantulum3 warns that its optional classifier is absent

    articles, starts = corpus_articles(args.source)
    rng = random.Random(7)
    names = seed_names([text for _, text, _ in articles])
    warm = [(n, vary(text, names, rng), d) for n, text, d in articles]
    run_quantulum = make_run_quantulum()
    run_factdb(warm)
    run_quantulum(warm[:1])

    chars = sum(len(text) for _, text, _ in articles)
    factdb_s = seconds(lambda: run_factdb(articles), args.repeat)
    q_articles = first_articles(articles, args.quantulum_chars)
    q_chars = sum(len(text) for _, text, _ in q_articles)
    started = time.process_time()
    parsed = run_quantulum(q_articles)
    quantulum_s = time.process_time() - started

    factdb_cps, quantulum_cps = chars / factdb_s, q_chars / quantulum_s
    ratio = factdb_cps / quantulum_cps
    print(f"corpus: {args.source.name}, {len(articles)} articles, {chars:,} characters")
    median = f"median of {args.repeat}"
    print(f"factdb      {factdb_cps:>12,.0f} chars/s  ({factdb_s:.3f} CPU s, {median})")
    scope = "all" if q_articles == articles else f"first {len(q_articles)} article(s) only"
    print(
        f"quantulum3  {quantulum_cps:>12,.0f} chars/s  ({quantulum_s:.2f} CPU s on {q_chars:,} "
        f"characters: {scope})"
    )
    verdict = "meets" if ratio >= SPEED_TARGET else "MISSES"
    print(f"ratio       {ratio:>12.1f}x  ({verdict} the {SPEED_TARGET:g}x target)")

    status = 0 if ratio >= SPEED_TARGET else 1
    if not args.gold.is_file():
        print(f"\nno gold at {args.gold}: accuracy not measured")
        return status
    print(f"\naccuracy on {args.gold} (sure gold only; see factdb.evaluate)")
    print_accuracy("factdb", evaluate_gold(args.gold, args.source), fields=True)
    gold = load_gold(args.gold)
    scored_articles = {g.article_no for g in gold}
    if not scored_articles <= {n for n, _, _ in q_articles}:
        parsed = run_quantulum(articles)  # accuracy needs every gold article
    found = quantulum_claims(parsed, articles, starts)
    print_accuracy("quantulum3", score(found, gold), fields=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
