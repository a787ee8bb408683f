"""Physical and time units: surface forms → canonical unit, and pint normalisation.

One pint :class:`~pint.UnitRegistry` is built lazily and shared; pint keeps its parsed
definitions in factdb's cache folder (:func:`factdb.extract.compiled.cache_folder`), which
makes building it ~0.03 s instead of ~0.25 s. Custom
definitions cover what pint gets wrong in news copy: "fps" is frames per second (pint reads
foot per second), "1080p" counts video lines, an earthquake "magnitude" is its own scale,
flops are counted operations, and prompt lengths count characters.
"""

from __future__ import annotations

import pickle
import re
from functools import cache, lru_cache

import pint

from factdb.extract import unit_lexicon
from factdb.extract.compiled import cache_folder, kept_value, source_digest
from factdb.extract.unit_lexicon import SQUARABLE, Lexicon, build, trie_pattern

CUSTOM_DEFINITIONS = (
    "fps = [video_frame_rate]",
    "p = [video_lines]",
    "magnitude = [seismic_magnitude]",
    "flop = [compute]",
    "character = [text_length]",
    "square_kilometer = kilometer ** 2",
    "square_mile = mile ** 2",
    "square_meter = meter ** 2",
    "cubic_meter = meter ** 3",
    "megapixel = 1e6 * pixel",
    "megabit_per_second = megabit / second",
    "gigabit_per_second = gigabit / second",
    "pound_force_foot = pound_force * foot",
    "revolution_per_minute = revolutions_per_minute",
    "newton_meter = newton * meter",
    "mile_per_gallon = mile / gallon",
    "million_btu = 1e6 * british_thermal_unit",  # gas prices: "$4.50/MMBtu"
    "international_unit = [biological_activity]",  # vitamins and drugs: "10,000 IU"
)

# Surfaces pint lacks or reads otherwise, canonical unit → surfaces (pint's own names,
# aliases, symbols, plurals and prefixed forms come from :mod:`factdb.extract.unit_lexicon`).
NEWS_FORMS: dict[str, tuple[str, ...]] = {
    "decade": ("decade", "decades"),  # the pipeline counts it in years; pint's is logarithmic
    "kilogram": ("kilo", "kilos"),
    "metric_ton": ("metric ton", "metric tons", "tonne", "tonnes"),
    "square_meter": ("sqm",),
    "degree_Celsius": ("degrees C", "°C"),
    "degree_Fahrenheit": ("degrees F", "°F"),
    "magnitude": ("magnitude", "Richter"),
    "fps": ("fps", "frames per second", "frames a second", "frame per second"),
    "character": ("characters", "character"),
    # Computing power is written with the prefix's capital: "230 EFLOPS", "900 PFLOPS".
    "exaflop": ("EFLOPS", "EFLOP/s", "exaFLOPS"),
    "petaflop": ("PFLOPS", "PFLOP/s", "petaFLOPS"),
    "ppm": ("parts per million", "ppm"),
    "megabit_per_second": ("Mbps", "megabits per second", "megabit per second"),
    "gigabit_per_second": ("Gbps", "gigabits per second", "gigabit per second"),
    "kilometer_per_hour": ("km/h", "km/hr", "kph", "kmh", "km per hour"),
    "barrel/day": ("bpd", "b/d"),
    "pound_force_foot": ("pound-feet", "pound-foot", "lb-ft", "lb ft", "pound feet"),
    "revolution_per_minute": ("rpm", "revolutions per minute", "revolution per minute"),
    "pound": ("lbs",),
    "hour": ("hrs",),
    "year": ("yrs",),
    "minute": ("mins",),
    "second": ("secs",),
    "million_btu": ("MMBtu", "mmBtu", "MMBTU", "mmbtu"),
    "international_unit": ("IU", "international units", "international unit"),
    "kilocalorie": ("kcal",),
    "mile_per_gallon": ("mpg", "miles per gallon", "mile per gallon"),
    "horsepower": ("bhp", "brake horsepower"),
    "millimole/liter": ("mmol/L", "mmol/l"),  # blood tests
    "micromole/liter": ("µmol/L", "μmol/L", "umol/L"),
}
# Symbols that name another unit in some contexts: "kt" is a knot ("winds of 120 kt") but a
# kilotonne when "of" a substance follows or it is said per period ("400 kt of CO2").
CONTEXT_UNITS: dict[str, tuple[str, str]] = {
    "kt": ("kilotonne", r"^\s+(?:of\b|(?:a|per)\s+(?:year|month|day)\b)"),
}

# Letters that are a unit only glued to digits in a context a rule checks ("the 100m final",
# "48.8C", "4in of snow"); anywhere else "5m" is five million and "5 C" is not an amount.
GLUED_ONLY: dict[str, str] = {
    "m": "meter", "C": "degree_Celsius", "F": "degree_Fahrenheit", "in": "inch"
}  # fmt: skip
# What a unit is shown as in a Mention (pint's name otherwise).
DISPLAY_NAMES: dict[str, str] = {
    "metric_ton": "tonne",
    "degree_Celsius": "degC",
    "degree_Fahrenheit": "degF",
}


@cache
def registry() -> pint.UnitRegistry:
    """The shared pint registry with factdb's news definitions."""
    return _registry(cached=True)


def _registry(*, cached: bool) -> pint.UnitRegistry:
    """A pint registry with factdb's news definitions, its parsed definitions kept in
    factdb's cache folder if ``cached``."""
    ureg: pint.UnitRegistry
    folder = cache_folder("pint") if cached else None
    try:
        ureg = pint.UnitRegistry(cache_folder=folder, on_redefinition="ignore")
    except (OSError, EOFError, pickle.UnpicklingError):  # a cache file another process writes
        ureg = pint.UnitRegistry(cache_folder=None, on_redefinition="ignore")
    for definition in CUSTOM_DEFINITIONS:
        ureg.define(definition)
    for length in SQUARABLE:  # "square_foot" is pint's; "square_centimeter" is not
        ureg.define(f"square_{length} = {length} ** 2")
        ureg.define(f"cubic_{length} = {length} ** 3")
    return ureg


@cache
def lexicon() -> Lexicon:
    """Every news-safe unit surface, built from a registry read without pint's disk cache
    and kept in factdb's cache (:func:`~factdb.extract.compiled.kept_value`). A registry
    read from pint's cache lacks the units pint makes while parsing its definitions
    ("decimeter", "centipoise"), so built from it the surfaces depended on whether that
    cache was warm: the first run on a machine read "3 decimeters", later ones did not."""
    key = source_digest(unit_lexicon.__file__, __file__) + pint.__version__
    words, symbols = kept_value("unit-lexicon", key, _lexicon_tables)
    return Lexicon(words, symbols)


def _lexicon_tables() -> tuple[dict[str, str], dict[str, str]]:
    built = build(_registry(cached=False), NEWS_FORMS)
    return built.words, built.symbols


@cache
def unit_pattern() -> str:
    """Regex of every unit surface: words in any case, symbols exactly, longest first."""
    lex = lexicon()
    return rf"(?:(?i:{trie_pattern(lex.words)})|(?-i:{trie_pattern(lex.symbols)}))"


def canonical_unit(surface: str) -> str | None:
    """The canonical unit of a surface form ("miles" → "mile", "km" → "kilometer")."""
    s = " ".join(surface.split())
    return lexicon().lookup(s) or GLUED_ONLY.get(s)


@cache
def _context_patterns() -> dict[str, tuple[str, re.Pattern[str]]]:
    return {s: (unit, re.compile(after)) for s, (unit, after) in CONTEXT_UNITS.items()}


def in_context(surface: str, after: str) -> str | None:
    """The canonical unit of a surface given the text ``after`` it (see :data:`CONTEXT_UNITS`)."""
    other = _context_patterns().get(surface)
    if other is not None and other[1].match(after):
        return other[0]
    return canonical_unit(surface)


UNIT = unit_pattern()


def display_name(unit: str) -> str:
    """The unit name stored in a Mention."""
    return DISPLAY_NAMES.get(unit, unit)


@lru_cache(maxsize=256)
def _base(unit: str) -> tuple[float, str, bool]:
    """(factor to base units, base unit name, whether the unit is time) for one unit."""
    ureg = registry()
    q = ureg.Quantity(1.0, unit)
    base = q.to_base_units()
    return (
        float(base.magnitude),
        str(base.units),
        q.dimensionality == ureg.get_dimensionality("[time]"),
    )


@lru_cache(maxsize=1024)
def conversion_factor(unit: str, other: str) -> float | None:
    """What a value in ``unit`` is multiplied by to be in ``other`` (1.0 for two names of one
    unit: "tonne" and "metric_ton", "degC" and "degree_Celsius"); None when pint does not know
    both or they measure different things, or for two different offset units (°C and °F
    differ by more than a factor)."""
    ureg = registry()
    try:
        a, b = ureg.Unit(unit), ureg.Unit(other)
        if a == b:
            return 1.0
        one = ureg.Quantity(1.0, a)
        if not (one._is_multiplicative and ureg.Quantity(1.0, b)._is_multiplicative):
            return None
        return float(one.to(b).magnitude)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, AssertionError):
        return None


def is_time(unit: str) -> bool:
    """True for units of time (a quantity in them is a duration)."""
    return _base(unit)[2]


def normalize(value: float, unit: str) -> tuple[float, str]:
    """``value`` in ``unit`` expressed in pint base (SI) units, e.g. 40 mile → 64373.76 meter."""
    if unit.startswith("degree_"):  # offset units cannot be scaled by a factor
        q = registry().Quantity(value, unit).to_base_units()
        return float(q.magnitude), str(q.units)
    factor, base, _ = _base(unit)
    return value * factor, base
