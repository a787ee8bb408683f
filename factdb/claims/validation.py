"""Checking what a reviewer types: statuses, and corrections' numbers and units.

Units are checked against the extractor's own tables — ISO 4217 codes, symbols and names from
:mod:`factdb.extract.currency`, news surface forms and the pint registry from
:mod:`factdb.extract.units` — so a corrected unit is stored the way extracted ones are.
"""

from __future__ import annotations

import math
import re

from factdb.errors import ValidationError
from factdb.extract.numbers import parse_number
from factdb.store.status import Status

STATUSES = tuple(s.value for s in Status)
EVIDENCE_SCHEMES = ("http://", "https://", "doi:", "file:")
# Stored as claims store them; pint would call "%" "percent" too, but not "per cent".
_PERCENT = {"%", "percent", "per cent", "pct"}
# How a spreadsheet writes a large or small number: "1.7E+10".
_E_NOTATION = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+")


def check_status(status: str) -> None:
    """Refuse a status that is not one of :data:`STATUSES`."""
    if status not in STATUSES:
        raise ValidationError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")


def parse_value(text: str, *, what: str = "value") -> float:
    """A finite number from what a person typed: "1,200", "2.3 billion", "-4.5", "twelve",
    or a spreadsheet wrote: "1.7E+10"."""
    s = text.strip()
    if _E_NOTATION.fullmatch(s):
        number = float(s)
        if not math.isfinite(number):
            raise ValidationError(f"{what} {text!r} is not a finite number")
        return number
    negative = s.startswith(("-", "−"))
    body = s[1:].lstrip() if negative else s
    if not body:
        raise ValidationError(f"{what} {text!r} is not a number")
    try:
        number = parse_number(body)
    except (ValueError, KeyError) as exc:
        raise ValidationError(f"{what} {text!r} is not a number") from exc
    if not math.isfinite(number):
        raise ValidationError(f"{what} {text!r} is not a finite number")
    return -number if negative else number


def normalize_unit(text: str) -> str:
    """The stored form of a unit a person typed, or :class:`ValidationError` for nonsense.

    Currencies become ISO 4217 codes ("us$", "euros" → "USD", "EUR"), news surface forms their
    canonical unit ("miles" → "mile", "%" → "percent"), anything else must be a unit pint
    knows ("km/h", "watt * hour") and is written as pint writes it.
    """
    # pint and CLDR load on first use: listing or reviewing claims does not need them.
    import pint

    from factdb.extract.currency import to_iso
    from factdb.extract.units import canonical_unit, display_name, registry

    s = " ".join(text.split())
    if not s:
        raise ValidationError("unit is empty")
    if s.lower() in _PERCENT:
        return "percent"
    iso = to_iso(s)
    if iso is not None:
        return iso
    known = canonical_unit(s)
    if known is not None:
        return display_name(known)
    try:
        quantity: pint.Quantity = registry().Quantity(s)
    except (pint.errors.PintError, ValueError, TypeError, AttributeError, SyntaxError) as exc:
        raise ValidationError(
            f"unit {text!r} is neither a currency (ISO 4217) nor a unit pint knows"
        ) from exc
    if quantity.magnitude != 1 or quantity.dimensionless:
        raise ValidationError(f"unit {text!r} is not a unit (give one like USD, mile or km/h)")
    return str(quantity.units)


def check_evidence_url(text: str) -> None:
    """Refuse evidence that is not a link (http://, https://, doi:, file:)."""
    if not text.startswith(EVIDENCE_SCHEMES):
        raise ValidationError(f"evidence {text!r} is not a URL (http://, https://, doi:)")
