"""Splitting sources into articles and inferring reference dates."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from seeded import SEEDS

from factdb.ingest.refdate import (
    ReferenceDate,
    infer_reference_date,
    parse_reference_date,
    plausible_years,
)
from factdb.ingest.split import TITLE_LIMIT, split_articles

MARKER = "This story first appeared in China Report, a newsletter."


def test_sample_corpus_splits_into_ten_titled_articles() -> None:
    text = (SEEDS / "china_report_2024.txt").read_text(encoding="utf-8")
    spans = split_articles(text)
    assert len(spans) == 10
    assert spans[0].title == "What to know about China’s push for hydrogen-powered transportation"
    assert spans[-1].title.startswith("Threads is giving Taiwanese users")
    assert spans[0].start == 0 and spans[-1].end == len(text)
    for before, after in itertools.pairwise(spans):
        assert before.end == after.start
        assert text[after.start :].startswith(after.title)


def test_plain_file_is_one_article_titled_by_its_first_line() -> None:
    spans = split_articles("\n\nBig news today\n\nPrices rose 5%.\n")
    assert [(s.ordinal, s.title, s.start) for s in spans] == [(1, "Big news today", 0)]


def test_text_before_the_first_marked_article_is_a_preface_article() -> None:
    text = f"Editor's note\n\nWelcome.\n\nFirst story\n\n{MARKER}\n\nBody 1.\n"
    spans = split_articles(text)
    assert [s.title for s in spans] == ["Editor's note", "First story"]


def test_reference_date_is_the_latest_stated_date() -> None:
    text = "On March 3, 2023, it said so. By April 24, 2024, 5 more. By 2074 all."
    assert infer_reference_date(text, today=date(2026, 1, 1)) == ReferenceDate(date(2024, 4, 24))


def test_month_day_takes_the_sources_year_and_future_years_are_ignored() -> None:
    text = "On June 4 the team said that by 2074 it would be common. In 2018 it began."
    assert infer_reference_date(text, fallback_year=2024, today=date(2026, 1, 1)) == (
        ReferenceDate(date(2024, 6, 4))
    )


def test_amounts_that_look_like_years_are_not_years() -> None:
    text = "writings from 2000 years ago, gadgets of the 2000s, a $2024 fee, 1999 units"
    assert plausible_years(text, date(2026, 1, 1)) == [1999]


def test_no_date_at_all_gives_none() -> None:
    assert infer_reference_date("Prices rose 5%.", today=date(2026, 1, 1)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales fell in 2023. By 2024 they had recovered.",
            ReferenceDate(date(2024, 1, 1), "year"),
        ),
        (
            "As of June 2024, 5 plants ran. On March 3, 2024 one shut.",
            ReferenceDate(date(2024, 6, 1), "month"),
        ),
        (
            "In June 2024 it rose; on June 12, 2024 it fell.",
            ReferenceDate(date(2024, 6, 12), "day"),
        ),
    ],
    ids=["year-only", "month-beats-earlier-day", "day-beats-its-month"],
)
def test_reference_date_keeps_its_precision(text: str, expected: ReferenceDate) -> None:
    assert infer_reference_date(text, today=date(2026, 1, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "shown"),
    [
        ("2024", ReferenceDate(date(2024, 1, 1), "year"), "2024"),
        ("2024-06", ReferenceDate(date(2024, 6, 1), "month"), "2024-06"),
        ("2024-06-04", ReferenceDate(date(2024, 6, 4), "day"), "2024-06-04"),
    ],
)
def test_a_written_date_has_the_precision_written(
    text: str, expected: ReferenceDate, shown: str
) -> None:
    assert parse_reference_date(text) == expected
    assert str(expected) == shown


@pytest.mark.parametrize("text", ["June 2024", "2024-13", "24-06-04", ""])
def test_a_malformed_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a date|month must be"):
        parse_reference_date(text)


def test_a_one_line_file_gets_a_short_title() -> None:
    line = "Prices rose 5% " * 80_000  # 1.2 MB, no line break
    [span] = split_articles(line)
    assert len(span.title) <= TITLE_LIMIT and span.title.endswith("…")
    assert line.startswith(span.title[:-1])
    assert span.title[:-1].endswith("5%")  # cut between words


def test_a_title_without_spaces_is_cut_too() -> None:
    [span] = split_articles("x" * 5000 + "\nbody 5%")
    assert span.title == "x" * (TITLE_LIMIT - 1) + "…"


def test_a_short_first_line_is_the_title_as_is() -> None:
    [span] = split_articles("  A title of 200 chars at most  \nbody 5%")
    assert span.title == "A title of 200 chars at most"
