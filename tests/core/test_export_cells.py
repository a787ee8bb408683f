"""Export cells: formula injection neutralised, numbers plain."""

from __future__ import annotations

import pytest

from factdb.claims.description import number_text
from factdb.export.cells import FORMULA_OPENERS, code_cell, short_title, text_cell, untext


@pytest.mark.parametrize("trigger", [*FORMULA_OPENERS, "+", "-"])
def test_formula_triggers_are_neutralised(trigger: str) -> None:
    assert text_cell(f"{trigger}HYPERLINK(1)") == f"'{trigger}HYPERLINK(1)"


@pytest.mark.parametrize(
    "text",
    [
        "=1+2",
        "@SUM(A1)",
        "\t=1",
        "\rx",
        "+A1",
        "-A1",
        "-",
        "+ 5",
        "-2+3+cmd|' /C calc'!A0",  # a number, then a DDE call
        "+1+HYPERLINK(1)",
        "-1+Sheet2!A1",
        "'=1+2",  # an apostrophe of its own: guarded too, so reading back is exact
        "''-x",
    ],
)
def test_what_a_spreadsheet_runs_is_guarded_and_reads_back(text: str) -> None:
    cell = text_cell(text)
    assert cell == "'" + text
    assert untext(cell) == text


@pytest.mark.parametrize(
    "text", ["-5%", "+2.3 points", "-.5", "-0.4%", "+44 20 7946 0000", "'quoted'", "5 - 3", ""]
)
def test_a_signed_number_and_plain_text_are_written_as_is(text: str) -> None:
    assert text_cell(text) == text
    assert untext(text) == text


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Short title", "Short title"),
        ("  First line\nsecond line", "First line"),
        ("x" * 5000, "x" * 199 + "…"),
        (None, ""),
    ],
)
def test_titles_are_cut_to_their_first_line(title: str | None, shown: str) -> None:
    assert short_title(title) == shown


def test_plain_text_and_none() -> None:
    assert text_cell("18,000 vehicles") == "18,000 vehicles"
    assert text_cell(None) == ""


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (18000.0, "18000"),
        (2.3, "2.3"),
        (17e9, "17000000000"),
        (0.1 + 0.2, "0.30000000000000004"),
        (None, ""),
        (float("nan"), ""),
        (-5.0, "-5"),
        (12, "12"),
        (25 * 1609.344 * 1.6, "64373.76"),
        (1e-7, "0.0000001"),
        (1.5e20, "150000000000000000000"),
        (0.000123456789, "0.000123456789"),
    ],
)
def test_numbers_are_plain(value: float | None, cell: str) -> None:
    assert number_text(value) == cell


def test_qualifier_vocabulary_is_kept_but_free_text_is_not() -> None:
    assert code_cell("=", ("=", "~")) == "="
    assert code_cell("=cmd()", ("=", "~")) == "'=cmd()"
