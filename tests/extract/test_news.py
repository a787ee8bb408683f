"""The composed news corpus: every expected claim found with its fields, and nothing else.

Known misses carry an ``xfail`` reason in ``news_cases.jsonl`` and run as strict xfails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from news import check, load_cases


def _param(case: dict):
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in load_cases()])
def test_news_case(case: dict) -> None:
    outcome = check(case)
    assert not (outcome.missed or outcome.extra or outcome.wrong), outcome
