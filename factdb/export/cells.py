"""Turning values into safe export cells."""

from __future__ import annotations

import re
from datetime import date, datetime

from factdb.ingest.split import cap_title

# What a spreadsheet runs as a formula: a cell opening with one of these (OWASP's list)...
FORMULA_OPENERS = ("=", "@", "\t", "\r")
# ...or with a sign, unless the sign starts a number ("-5%", "+.5") whose cell calls nothing:
# "-2+3+cmd|' /C calc'!A0" is a number followed by a DDE call.
_SIGNED_NUMBER = re.compile(r"[+-]\.?\d")
_CALLS = re.compile(r"[(|!]")  # a function call, a DDE link, another sheet's cell


def needs_guard(text: str) -> bool:
    """Whether a spreadsheet would run ``text`` as a formula, leading apostrophes aside (so
    that "'=x" is guarded too, and :func:`untext` gives back exactly what was written)."""
    text = text.lstrip("'")
    if text.startswith(FORMULA_OPENERS):
        return True
    if text.startswith(("+", "-")):
        return not _SIGNED_NUMBER.match(text) or bool(_CALLS.search(text))
    return False


def text_cell(value: object) -> str:
    """A text cell, neutralised against formula injection with a leading apostrophe."""
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date | datetime) else str(value)
    return "'" + text if needs_guard(text) else text


def untext(cell: str) -> str:
    """The text a cell written by :func:`text_cell` holds, without its guarding apostrophe."""
    return cell[1:] if cell.startswith("'") and needs_guard(cell[1:]) else cell


def short_title(title: str | None) -> str:
    """A title's first line, capped as ingest caps titles (an older database may hold a
    whole one-line file as a title: repeated on every row, it must not blow the file up)."""
    lines = (title or "").strip().splitlines()
    return cap_title(lines[0]) if lines else ""


def code_cell(value: str, allowed: tuple[str, ...]) -> str:
    """A cell from a fixed vocabulary, written as is: "=" is the exact-value qualifier, not a
    formula, and neutralising it would change the value other tools read."""
    if value not in allowed:
        return text_cell(value)
    return value
