"""Compound rate units: an amount per unit of something, written ``numerator/denominator``.

"$71.10 a barrel" is 71.10 ``USD/barrel``, "45 cents a share" 0.45 ``USD/share``, "8 tonnes
per hectare" 8 ``metric_ton/hectare`` and "1.2 million bpd" 1.2 million ``barrel/day``. The
numerator is an ISO 4217 code or a pint unit name; the denominator a pint unit name, or the
singular noun a price is per ("share", "person", "night") when it is no unit. The kind is
``rate`` and the noun keeps its "per X", as the gold guidelines write a rate.
"""

from __future__ import annotations

import re

from pint.errors import PintError

from factdb.extract.units import UNIT, canonical_unit, is_time, normalize

# A measure per unit of something else: "8 tonnes per hectare", "181.1 bushels an acre".
_PER_UNIT_RE = re.compile(rf"^\s+(?:per|an?|each)\s+(?P<unit>{UNIT})\b(?!\s*-)")
# Periods a measure is said per when it is a flow: "barrel/day" is a rate, "km/h" a speed.
_SHORT_PERIODS = frozenset(["second", "minute", "hour"])


def compound(numerator: str, per: str) -> str:
    """The compound unit of ``numerator`` per the word or unit surface ``per``: "USD" and
    "barrel" → "USD/barrel", "USD" and "kg" → "USD/kilogram", "USD" and "shares" →
    "USD/share"."""
    word = per.strip()
    unit = canonical_unit(word)
    if unit is None:
        lower = word.lower()
        unit = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    return f"{numerator}/{unit}"


def per_unit(after: str) -> tuple[str, str] | None:
    """(canonical unit, surface) of a unit a measure is said per, right after it: "per
    hectare" → ("hectare", "hectare"); None when no unit follows or it is a period (a period
    is the per-period rule's: "36,000 tonnes a year")."""
    m = _PER_UNIT_RE.match(after)
    if m is None:
        return None
    unit = canonical_unit(m.group("unit"))
    if unit is None or is_time(unit):
        return None
    return unit, m.group("unit")


def is_flow(unit: str) -> bool:
    """Whether a compound unit is an amount per period of a day or longer ("barrel/day"),
    a rate rather than a speed ("kilometer/hour")."""
    _, slash, denominator = unit.partition("/")
    return bool(slash) and denominator not in _SHORT_PERIODS and _is_period(denominator)


def _is_period(unit: str) -> bool:
    try:
        return is_time(unit)
    except (PintError, AttributeError):  # a counted noun ("share"), which pint does not know
        return False


def normalized(value: float, unit: str) -> tuple[float, str]:
    """A rate in base units: 71.10 USD/barrel → 447.2 USD/meter ** 3, 1.5 million
    barrel/day → 2.76 meter ** 3 / second; a rate per counted thing ("USD/share",
    "hour/night") is left as it is."""
    code, _, denominator = unit.partition("/")
    try:
        if not code.isupper():
            return normalize(value, unit)
        factor, base = normalize(1.0, denominator)
    except (PintError, AttributeError):  # a counted noun, which pint does not know
        return value, unit
    return value / factor, f"{code}/{base}"
