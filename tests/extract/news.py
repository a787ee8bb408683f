"""The composed news corpus (``news_cases.jsonl``): expected claims per sentence, and its score.

Each line is one news-style text with every claim a fact-checker would want, written by the
GUIDELINES. A claim matches a mention whose span overlaps its quote; then value, value_max,
unit, kind and qualifier must be equal, the noun must match loosely (as the gold scorer
does), and the optional fields (``speaker``: contained in the found speaker; ``vague``,
``date_text``, ``sentence``) must hold. Run ``python tests/extract/news.py [--show]`` for
precision and recall.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from score import noun_match

from factdb.extract import Mention, extract

CASES_PATH = Path(__file__).with_name("news_cases.jsonl")
REFERENCE = date(2024, 8, 6)


def load_cases() -> list[dict]:
    """The corpus, one dict per text."""
    return [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines()]


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
    used: set[int] = set()
    out = Outcome()
    for claim in case["claims"]:
        start = text.find(claim["quote"])
        end = start + len(claim["quote"])
        hit = next(
            (
                i
                for i, m in enumerate(mentions)
                if i not in used and m.start < end and start < m.end
            ),
            None,
        )
        if hit is None:
            out.missed.append(claim["quote"])
            continue
        used.add(hit)
        out.found += 1
        out.wrong += [f"{claim['quote']}: {p}" for p in _problems(claim, mentions[hit], text)]
    out.extra = [m.quote for i, m in enumerate(mentions) if i not in used]
    return out


def _problems(claim: dict, m: Mention, text: str) -> list[str]:
    got = {
        "quote": m.quote,
        "value": m.value,
        "value_max": m.value_max,
        "unit": m.unit,
        "kind": m.kind,
        "qualifier": m.qualifier,
    }
    problems = [f"{k} {got[k]!r} != {claim[k]!r}" for k in got if not _same(got[k], claim[k])]
    if "noun" in claim and not noun_match(m.noun, claim["noun"]):
        problems.append(f"noun {m.noun!r} != {claim['noun']!r}")
    if "speaker" in claim and claim["speaker"].lower() not in m.speaker.lower():
        problems.append(f"speaker {m.speaker!r} != {claim['speaker']!r}")
    for key, value in (
        ("vague", m.vague),
        ("date_text", m.date_text),
        ("sentence", text[m.sentence_start : m.sentence_end]),
    ):
        if key in claim and value != claim[key]:
            problems.append(f"{key} {value!r} != {claim[key]!r}")
    return problems


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))
    return a == b


def report(show: bool = False) -> dict[str, float]:
    """Precision, recall and the share of found claims with every field right."""
    outcomes = [(case, check(case)) for case in load_cases()]
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
    if show:
        for case, o in outcomes:
            for label, items in (("MISS ", o.missed), ("EXTRA", o.extra), ("WRONG", o.wrong)):
                for item in items:
                    print(label, case["id"], "|", item)
    return figures


if __name__ == "__main__":
    report(show="--show" in sys.argv)
