"""Turning values into safe export cells."""

from __future__ import annotations

from datetime import date, datetime

# A spreadsheet treats a cell starting with one of these as a formula (OWASP's list).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: object) -> str:
    """A text cell, neutralised against formula injection with a leading apostrophe."""
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date | datetime) else str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def code_cell(value: str, allowed: tuple[str, ...]) -> str:
    """A cell from a fixed vocabulary, written as is: "=" is the exact-value qualifier, not a
    formula, and neutralising it would change the value other tools read."""
    if value not in allowed:
        return text_cell(value)
    return value
