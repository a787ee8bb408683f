"""Export cells: formula injection neutralised, numbers plain."""

from __future__ import annotations

import pytest

from factdb.claims.description import number_text
from factdb.export.cells import code_cell, text_cell


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_triggers_are_neutralised(trigger: str) -> None:
    assert text_cell(f"{trigger}HYPERLINK(1)") == f"'{trigger}HYPERLINK(1)"


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
