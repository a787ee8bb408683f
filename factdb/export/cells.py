"""Turning values into safe export cells."""

from __future__ import annotations

import re
from datetime import date, datetime

# What a spreadsheet runs as a formula: a cell opening with one of these (OWASP's list)...
FORMULA_OPENERS = ("=", "@", "\t", "\r")
# ...or with a sign, unless the sign starts a number ("-5%", "+.5") whose cell calls nothing:
# "-2+3+cmd|' /C calc'!A0" is a number followed by a DDE call.
_SIGNED_NUMBER = re.compile(r"[+-]\.?\d")
_CALLS = re.compile(r"[(|!]")  # a function call, a DDE link, another sheet's cell
# Cells longer than this are cut: one title repeated on every row must not blow the file up.
TITLE_CAP = 200


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
    """A title's first line, cut to :data:`TITLE_CAP` characters with "…"."""
    lines = (title or "").strip().splitlines()
    first = lines[0].strip() if lines else ""
    return first if len(first) <= TITLE_CAP else first[: TITLE_CAP - 1] + "…"


def code_cell(value: str, allowed: tuple[str, ...]) -> str:
    """A cell from a fixed vocabulary, written as is: "=" is the exact-value qualifier, not a
    formula, and neutralising it would change the value other tools read."""
    if value not in allowed:
        return text_cell(value)
    return value
