"""The composed news corpus: every expected claim found with its fields, and nothing else.

A known miss is a claim carrying an ``xfail`` reason in ``news_cases.jsonl``: it runs as a
strict xfail, and the text's other claims are still checked (:func:`news.known_misses`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from news import check, known_misses, load_cases


def _param(case: dict):
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
    return pytest.param(case, id=case["id"] + ("-known-miss" if marks else ""), marks=marks)


@pytest.mark.parametrize("case", [_param(c) for case in load_cases() for c in known_misses(case)])
def test_news_case(case: dict) -> None:
    outcome = check(case)
    assert not (outcome.missed or outcome.extra or outcome.wrong), outcome
