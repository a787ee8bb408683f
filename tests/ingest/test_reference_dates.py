"""Reference-date inference reads the dates it matches without dateparser when they are valid
dates, and reads each one exactly as dateparser does (every month spelling, day form and
kind of match), leaving impossible dates to dateparser."""

from __future__ import annotations

import random
import re

import pytest

from factdb.ingest import refdate

MONTHS = [
    *("Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun"),
    *("June", "Jul", "July", "Aug", "August", "Sep", "Sept", "September", "Oct", "October"),
    *("Nov", "November", "Dec", "December"),
]
DAYS = ("1", "2nd", "3rd", "11th", "22", "28", "29", "30", "31")


def _cases() -> list[tuple[str, re.Pattern[str], int | None]]:
    cases: list[tuple[str, re.Pattern[str], int | None]] = []
    for month in MONTHS:
        for written in {month, f"{month}."}:
            for year in (2023, 2024):
                cases += [(f"{written} {year}", refdate.MONTH_YEAR, None)]
                cases += [(f"{written}, {year}", refdate.MONTH_YEAR, None)]
                for day in DAYS:
                    cases += [(f"{written} {day}, {year}", refdate.FULL_DATE, None)]
                    cases += [(f"{written} {day} {year}", refdate.FULL_DATE, None)]
                    cases += [(f"{written} {day}", refdate.MONTH_DAY, year)]
    return cases


CASES = _cases()


def test_every_case_is_a_match_of_its_pattern() -> None:
    for text, pattern, _ in CASES:
        found = pattern.search(f"Said on {text} here.")
        assert found is not None and found.group() == text, text


@pytest.mark.parametrize("chunk", range(8))
def test_dates_read_directly_are_what_dateparser_reads(chunk: int) -> None:
    for text, _, year in CASES[chunk::8]:
        assert refdate._parse.__wrapped__(text, year) == refdate._dateparser(text, year), text


def test_valid_dates_skip_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(expression: str, year: int | None) -> None:
        raise AssertionError(f"dateparser asked for {expression!r}")

    monkeypatch.setattr(refdate, "_dateparser", refuse)
    assert refdate._parse.__wrapped__("Sept. 4th, 2024", None).isoformat() == "2024-09-04"
    assert refdate._parse.__wrapped__("June 30", 2023).isoformat() == "2023-06-30"
    assert refdate._parse.__wrapped__("Feb, 2024", None).isoformat() == "2024-02-01"
    with pytest.raises(AssertionError, match="Feb 29"):
        refdate._parse.__wrapped__("Feb 29", 2023)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2019 and 2020, in 1999", [2019, 2020, 1999]),
        ("$2024, €2019, £2018, 1.2019, 3,2019, -2019, 12019", []),  # amounts, not years
        ("the 2000s, 2000 years ago, 2001 year, 20%, 2019%", []),
        ("in (2019), x2020 and 2021.", [2019, 2020, 2021]),  # a bracket or letter before
        ("2024", [2024]),  # at the very start and end of the text
        ("12 2024", [2024]),
    ],
)
def test_years_are_not_amounts(text: str, years: list[int]) -> None:
    found = [int(m.group()) for m in refdate.YEAR.finditer(text)]
    assert found == years


def _scrambles() -> list[str]:
    words = [*MONTHS, "Mayor", "Omar", "xJan", "Sept.", "March,", "1", "12", "31st", "2nd", "2024"]
    words += ["1999", "20", ",", " ", "  ", "\n", ".", "-", "_", "é", "a"]
    rng = random.Random(11)
    return [" ".join(text for text, _, _ in CASES[:400:7])] + [
        "".join(rng.choice(words) for _ in range(40)) for _ in range(1500)
    ]


@pytest.mark.parametrize("pattern", [refdate.FULL_DATE, refdate.MONTH_DAY, refdate.MONTH_YEAR])
def test_matches_tried_at_month_names_are_all_matches(pattern: re.Pattern[str]) -> None:
    for text in _scrambles():
        starts = [m.start() for m in refdate._MONTH_NAME.finditer(text)]
        found = list(refdate._matches(pattern, text, starts))
        assert found == [m.group() for m in pattern.finditer(text)], text
