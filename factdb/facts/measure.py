"""What a figure measures and which values it allows, in comparable (pint base) units.

A claim's value is widened into the interval its wording allows, by these rules:

* rounding: a plain figure stands for anything that rounds to it ("21,000" is 20,500–21,500),
  but never more than :data:`MAX_ROUNDING` of it either way ("20,000" is 19,000–21,000);
* ``~`` ("about", "nearly"): :data:`APPROX` either way, on top of rounding;
* ``>``/``>=`` ("over", "at least"): from the figure up to :data:`OVER` above it, since a
  writer who knew of a much higher figure would have said so; ``<`` ("under") mirrors it;
* ``<=`` ("up to", "as much as", "at most") is a cap, not an estimate: "up to seven years in
  prison" allows every value from zero to seven years;
* a range spans its two ends, each rounded; vague amounts ("thousands") are not compared.

Two statements agree when their intervals overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import pint

from factdb.extract.currency import tables as currency_tables
from factdb.extract.units import normalize, registry

MAX_ROUNDING = 0.05
APPROX = 0.05
OVER = 0.25

# Friendly names for pint dimensionalities; anything else shows pint's own text.
DIMENSION_NAMES: dict[str, str] = {
    "[length]": "length",
    "[time]": "time",
    "[mass]": "mass",
    "[temperature]": "temperature",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[length] / [time]": "speed",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
}
COUNT = "count"
MONEY = "money"
PERCENT = "percent"
# Units that name what they count: "100,000 characters" is a count of characters, as "47,000"
# of them in the sentence after is.
COUNTED_UNITS = frozenset({"character"})


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a statement allows, in ``unit`` (a pint base unit, an ISO currency, "")."""

    low: float
    high: float
    unit: str

    def overlaps(self, other: Interval) -> bool:
        """Whether some value satisfies both statements."""
        return self.low <= other.high and other.low <= self.high

    def scaled(self, factor: float, unit: str) -> Interval:
        """The interval converted by a rate."""
        return Interval(self.low * factor, self.high * factor, unit)


def is_currency(unit: str | None) -> bool:
    """Whether ``unit`` is an ISO 4217 currency code."""
    return bool(unit) and unit in currency_tables()[2]


@lru_cache(maxsize=1024)
def dimension(unit: str | None) -> str:
    """What a unit measures: "count", "money", "percent", or a pint dimension ("length")."""
    if not unit or unit in COUNTED_UNITS:
        return COUNT
    if is_currency(unit):
        return MONEY
    if unit == PERCENT:
        return PERCENT
    try:
        dims = str(registry().Quantity(1, unit).dimensionality)
    except (pint.errors.PintError, ValueError, AttributeError):
        return unit  # a unit pint does not know ("fps" is defined; anything else) is its own
    return DIMENSION_NAMES.get(dims, dims.strip("[]"))


@lru_cache(maxsize=256)
def per_year(per: str) -> float:
    """How many of the time ``per`` make a year (12 for "month"); 1 for anything else."""
    try:
        return float(registry().Quantity(1, "year").to(per).magnitude)
    # pint's parser fails on some words ("text message") with an AssertionError.
    except (pint.errors.PintError, ValueError, AttributeError, AssertionError):
        return 1.0


def currency_of(unit: str | None) -> str:
    """The currency of a sum or of a sum per something ("CNY/month": "CNY"), else ""."""
    code = (unit or "").partition("/")[0]
    return code if is_currency(code) else ""


# Calendar periods a rate of an amount is per: "117 tonnes a year", "5 million barrels a day"
# (not the seconds and hours of a speed or a flow).
PERIODS = frozenset({"year", "month", "week", "day", "quarter"})


def a_year(
    value: float, value_max: float | None, qualifier: str, unit: str | None
) -> tuple[str, Interval, float] | None:
    """A rate as an amount a year, as matching and checks compare it: money per anything
    ("CNY/month": 12 times as much; "CNY/text": a price per thing as it is) and an amount per
    a calendar period ("117 tonnes of cocaine a year" is the 117 tonnes "consumed in the UK
    each year"): its dimension, interval and stated value; None for anything else."""
    amount, _, per = (unit or "").partition("/")
    if not (amount and per and (is_currency(amount) or per in PERIODS)):
        return None
    scale = per_year(per)
    high = None if value_max is None else value_max * scale
    stated = value * scale
    return dimension(amount), interval(stated, high, qualifier, amount), to_base(stated, amount)[0]


def to_base(value: float, unit: str | None) -> tuple[float, str]:
    """``value`` in comparable units: pint base units, or as is for counts, money, percent."""
    if not unit or unit in COUNTED_UNITS:
        return value, ""
    if unit == PERCENT or is_currency(unit):
        return value, unit
    try:
        return normalize(value, unit)
    except (pint.errors.PintError, ValueError, AttributeError):
        return value, unit


def rounding(value: float) -> float:
    """Half a step of the figure's last significant digit, capped at :data:`MAX_ROUNDING`."""
    if value == 0:
        return 0.0
    exponent = Decimal(repr(abs(value))).normalize().as_tuple().exponent
    step = 0.5 * 10.0 ** int(exponent)
    return min(step, MAX_ROUNDING * abs(value))


@lru_cache(maxsize=1 << 17)
def interval(value: float, value_max: float | None, qualifier: str, unit: str | None) -> Interval:
    """The interval a statement allows, in comparable units (see the module's rules)."""
    high_value = value if value_max is None else value_max
    low, base_unit = to_base(value - rounding(value), unit)
    high, _ = to_base(high_value + rounding(high_value), unit)
    exact_low, _ = to_base(value, unit)
    exact_high, _ = to_base(high_value, unit)
    if qualifier == "~":
        low, high = low - APPROX * abs(exact_low), high + APPROX * abs(exact_high)
    elif qualifier in (">", ">="):
        low, high = exact_low, exact_high + OVER * abs(exact_high)
    elif qualifier == "<=":
        low, high = min(0.0, exact_low), exact_high
    elif qualifier == "<":
        low, high = exact_low - OVER * abs(exact_low), exact_high
    return Interval(low, high, base_unit)
