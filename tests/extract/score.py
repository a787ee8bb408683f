"""Score the extractor against the gold claims (``../shared/gold/dev.jsonl``).

Run ``python tests/extract/score.py [--whole] [--show]``. Matching follows the gold README:
a prediction matches a gold claim when their spans overlap (one-to-one, in text order); gold
records marked ``unsure`` neither reward nor punish. Predictions in articles without gold are
ignored. Nouns match loosely: the content words (a hyphenated compound is one word) of one
are mostly in the other (overlap / size of the smaller set ≥ 0.5, after dropping articles,
"of" and "share").
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factdb.extract import Mention, extract

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT.parent / "shared" / "gold"
CORPUS = ROOT.parent / "shared" / "seeds" / "china_report_2024.txt"
REFERENCE = date(2024, 8, 6)
_NOUN_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "share",
        "in",
        "on",
        "to",
        "for",
        "and",
        "or",
        "its",
        "their",
        "his",
        "her",
    ]
)


def load_gold() -> list[dict]:
    """The gold records, or [] when the shared folder is absent."""
    path = GOLD_DIR / "dev.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def article_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each article: a title line followed by "This story first appeared"."""
    starts = []
    for m in re.finditer(r"^This story first appeared", text, re.M):
        title_end = text.rfind("\n", 0, m.start() - 1)
        starts.append(text.rfind("\n", 0, title_end) + 1)
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def predict(text: str, whole: bool = False) -> list[tuple[int, Mention]]:
    """(article number, mention) in corpus offsets, extracting per article or on the whole."""
    spans = article_spans(text)
    if whole:
        mentions = extract(text, REFERENCE)
        return [(_article_of(m.start, spans), m) for m in mentions]
    out = []
    for no, (start, end) in enumerate(spans, 1):
        for m in extract(text[start:end], REFERENCE):
            out.append((no, _shift(m, start)))
    return out


def _article_of(pos: int, spans: list[tuple[int, int]]) -> int:
    return next(i for i, (s, e) in enumerate(spans, 1) if s <= pos < e)


def _shift(m: Mention, by: int) -> Mention:
    from dataclasses import replace

    return replace(
        m,
        start=m.start + by,
        end=m.end + by,
        sentence_start=m.sentence_start + by,
        sentence_end=m.sentence_end + by,
    )


def noun_match(predicted: str, gold: str) -> bool:
    """Loose noun match: most content words of the shorter phrase are in the longer one."""
    a, b = _content(predicted), _content(gold)
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= 0.5


def _content(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9’'-]+", s.lower()) if w not in _NOUN_STOP}


@dataclass
class Pair:
    gold: dict
    mention: Mention


def match(gold: list[dict], predicted: list[tuple[int, Mention]]):
    """(pairs, missed gold, unmatched predictions); unsure gold and ungolded articles ignored."""
    articles = {g["article_no"] for g in gold}
    preds = [m for no, m in predicted if no in articles]
    used: set[int] = set()
    pairs, missed = [], []
    for g in sorted(gold, key=lambda g: g["start"]):
        hit = next(
            (
                i
                for i, m in enumerate(preds)
                if i not in used and m.start < g["end"] and g["start"] < m.end
            ),
            None,
        )
        if hit is None:
            if not g.get("unsure"):
                missed.append(g)
            continue
        used.add(hit)
        if not g.get("unsure"):
            pairs.append(Pair(g, preds[hit]))
    extra = [m for i, m in enumerate(preds) if i not in used]
    return pairs, missed, extra


def strict_ok(p: Pair) -> bool:
    """Value, value_max and unit right."""
    g, m = p.gold, p.mention
    return (
        _close(g["value"], m.value)
        and (
            (g["value_max"] is None and m.value_max is None)
            or (
                g["value_max"] is not None
                and m.value_max is not None
                and _close(g["value_max"], m.value_max)
            )
        )
        and (g["unit"] or None) == (m.unit or None)
    )


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def report(whole: bool = False, show: bool = False) -> dict[str, float]:
    """Compute (and print) the figures."""
    text = CORPUS.read_text(encoding="utf-8")
    gold = load_gold()
    pairs, missed, extra = match(gold, predict(text, whole))
    tp = len(pairs)
    precision = tp / (tp + len(extra)) if tp + len(extra) else 0.0
    recall = tp / (tp + len(missed)) if tp + len(missed) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    strict_tp = sum(strict_ok(p) for p in pairs)
    sp, sr = strict_tp / (tp + len(extra)), strict_tp / (tp + len(missed))
    figures = {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "strict_f1": 2 * sp * sr / (sp + sr) if sp + sr else 0.0,
        "qualifier": sum(p.gold["qualifier"] == p.mention.qualifier for p in pairs) / tp,
        "noun": sum(noun_match(p.mention.noun, p.gold["noun"]) for p in pairs) / tp,
        "date": sum(p.gold["date_text"] == p.mention.date_text for p in pairs) / tp,
        "kind": sum(p.gold["kind"] == p.mention.kind for p in pairs) / tp,
    }
    for k, v in figures.items():
        print(f"{k:10} {v:.3f}")
    if show:
        for g in missed:
            print("MISS ", repr(g["quote"]), "|", g["context"][:90])
        for m in extra:
            print("EXTRA", repr(m.quote), m.rule, "|", text[m.sentence_start : m.sentence_end][:90])
        for p in pairs:
            g, m = p.gold, p.mention
            bad = []
            if not strict_ok(p):
                bad.append(
                    f"value {m.value}/{m.value_max}/{m.unit}"
                    f" != {g['value']}/{g['value_max']}/{g['unit']}"
                )
            if g["qualifier"] != m.qualifier:
                bad.append(f"qual {m.qualifier} != {g['qualifier']}")
            if not noun_match(m.noun, g["noun"]):
                bad.append(f"noun {m.noun!r} != {g['noun']!r}")
            if g["date_text"] != m.date_text:
                bad.append(f"date {m.date_text!r} != {g['date_text']!r}")
            if g["kind"] != m.kind:
                bad.append(f"kind {m.kind} != {g['kind']}")
            if bad:
                print("WRONG", repr(g["quote"]), "; ".join(bad))
    return figures


def speed() -> None:
    """Characters per second for factdb and quantulum3 on the sample corpus."""
    text = CORPUS.read_text(encoding="utf-8")
    extract(text, REFERENCE)  # warm-up: pint registry, babel tables, dateparser languages
    t = time.perf_counter()
    extract(text, REFERENCE)
    ours = len(text) / (time.perf_counter() - t)
    from quantulum3 import parser

    parser.parse("warm up 5 km")
    t = time.perf_counter()
    parser.parse(text)
    theirs = len(text) / (time.perf_counter() - t)
    print(
        f"factdb {ours:,.0f} chars/s; quantulum3 {theirs:,.0f} chars/s; ratio {ours / theirs:.1f}x"
    )


if __name__ == "__main__":
    report(whole="--whole" in sys.argv, show="--show" in sys.argv)
    if "--speed" in sys.argv:
        speed()
