"""A reference date keeps its precision (issue 9): a year-only published date is the whole
year, not 1 January, and a month-only one the whole month."""

from __future__ import annotations

from datetime import date

import pytest

from factdb.extract import extract

TEXT = (
    "In June, the company sold 5,000 cars. Today it employs 300 people. This week it hired 20 "
    "more. On Monday it raised $5 million. On June 4 it opened 3 stores. In the second quarter "
    "it sold 40 trucks. Last year it earned $2 billion. In December it sold 70 vans."
)
# (reference, precision) → quote → (date, date precision)
CASES = {
    ("2024-01-01", "year"): {
        "5,000": ("2024-06", "month"),  # not 2023-06: June of the reference year
        "300": ("2024", "year"),  # "Today" is only known to the year
        "20": ("2024", "year"),
        "$5 million": ("2024", "year"),
        "3": ("2024-06-04", "day"),  # the text names the day; the year is the reference's
        "40": ("2024", "year"),
        "$2 billion": ("2023", "year"),
        "70": ("2024-12", "month"),
    },
    ("2024-07-01", "month"): {
        "5,000": ("2024-06", "month"),
        "300": ("2024-07", "month"),
        "20": ("2024-07", "month"),
        "$5 million": ("2024-07", "month"),
        "3": ("2024-06-04", "day"),
        "40": ("2024", "year"),
        "$2 billion": ("2023", "year"),
        "70": ("2023-12", "month"),  # no December yet in July 2024: the one before
    },
    ("2024-07-15", "day"): {
        "5,000": ("2024-06", "month"),
        "300": ("2024-07-15", "day"),
        "20": ("2024-07-15", "day"),
        "$5 million": ("2024-07-08", "day"),
        "3": ("2024-06-04", "day"),
        "40": ("2024", "year"),
        "$2 billion": ("2023", "year"),
        "70": ("2023-12", "month"),
    },
}


@pytest.mark.parametrize(("reference", "precision"), list(CASES), ids="-".join)
def test_dates_resolve_within_the_known_precision(reference: str, precision: str) -> None:
    mentions = extract(TEXT, date.fromisoformat(reference), precision=precision)
    got = {m.quote: (m.date, m.date_precision) for m in mentions}
    assert got == CASES[reference, precision]


def test_the_default_precision_is_the_day() -> None:
    (m,) = extract("Today it employs 300 people.", date(2024, 7, 15))
    assert (m.date, m.date_precision) == ("2024-07-15", "day")


def test_an_unknown_precision_is_refused() -> None:
    with pytest.raises(ValueError, match="'week'"):
        extract("It employs 300 people.", date(2024, 7, 15), precision="week")
