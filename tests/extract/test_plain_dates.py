"""The dateparser shortcut (:func:`factdb.extract.dates.plain_date`) reads every expression it
takes as dateparser does, relative to references around month ends and leap days."""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime, timedelta

import dateparser
import pytest

from factdb.extract.dates import MONTHS, plain_date

RELATIVE = ["now", "Now", "today", "this year", "last week", "Last week", "last month",
            "next month", "last year", "next year"]  # fmt: skip


def _references() -> list[date]:
    """Month ends, leap days and their neighbours, and days spread over two decades."""
    found = {date(2024, 2, 29), date(2020, 2, 29), date(2023, 3, 1), date(1999, 12, 31)}
    for year in (2023, 2024):
        for month in range(1, 13):
            found |= {date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])}
    start = date(2005, 1, 1)
    found |= {start + timedelta(days=401 * i) for i in range(20)}
    return sorted(found)


def _read(text: str, reference: date) -> date | None:
    settings = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": datetime(reference.year, reference.month, reference.day),
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return None if parsed is None else parsed.date()


def _expressions(reference: date, rng: random.Random) -> list[str]:
    months = [*rng.sample(MONTHS, 2), "February", MONTHS[reference.month - 1]]
    days = [1, 29, 31, reference.day, reference.day % 28 + 1, rng.randint(1, 31)]
    texts = [*RELATIVE, *months]
    texts += [f"{m} {d}" for m in months for d in days]
    texts += [f"{m} {d}, {rng.randint(1890, 2030)}" for m in months for d in days[:3]]
    return texts


@pytest.mark.parametrize("reference", _references(), ids=str)
def test_plain_date_reads_as_dateparser(reference: date) -> None:
    rng = random.Random(reference.toordinal())
    taken = 0
    for text in _expressions(reference, rng):
        shortcut = plain_date(text, reference)
        if shortcut is not None:
            taken += 1
            assert shortcut == _read(text, reference), (text, reference)
    assert taken >= len(RELATIVE) + 3


@pytest.mark.parametrize(
    "text", ["June 31", "February 29", "June 0", "June 04", "Jun. 4", "june 4", "Friday", "2024"]
)
def test_plain_date_leaves_the_rest_to_dateparser(text: str) -> None:
    assert plain_date(text, date(2024, 3, 15)) is None


def test_february_after_the_28th_is_left_to_dateparser() -> None:
    # dateparser reads "February" on 31 January 2024 as 29 February 2020, a leap year back.
    assert _read("February", date(2024, 1, 31)) == date(2020, 2, 29)
    assert plain_date("February", date(2024, 1, 31)) is None
    assert plain_date("February", date(2024, 1, 28)) == date(2023, 2, 28)
