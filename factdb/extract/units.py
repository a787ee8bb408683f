"""Physical and time units: surface forms → canonical unit, and pint normalisation.

One pint :class:`~pint.UnitRegistry` is built lazily (it costs ~0.2 s) and shared. Custom
definitions cover what pint gets wrong in news copy: "fps" is frames per second (pint reads
foot per second), "1080p" counts video lines, an earthquake "magnitude" is its own scale,
flops are counted operations, and prompt lengths count characters.
"""

from __future__ import annotations

from functools import cache, lru_cache

import pint

from factdb.extract.numbers import alternation as _alt

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
)

# Canonical unit (a pint name, singular) → surface forms. Word forms match in any case;
# ABBREVIATIONS match exactly, so "5G" or "MW" are never confused with "g" or "mw".
WORD_FORMS: dict[str, tuple[str, ...]] = {
    "second": ("second", "seconds", "sec", "secs"),
    "minute": ("minute", "minutes", "mins"),
    "hour": ("hour", "hours", "hrs"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years"),
    "decade": ("decade", "decades"),  # the pipeline counts it in years; pint's is logarithmic
    "century": ("century", "centuries"),
    "mile": ("mile", "miles"),
    "light_year": ("light-year", "light-years", "light year", "light years"),
    "kilometer": ("kilometer", "kilometers", "kilometre", "kilometres"),
    "meter": ("meter", "meters", "metre", "metres"),
    "centimeter": ("centimeter", "centimeters", "centimetre", "centimetres"),
    "millimeter": ("millimeter", "millimeters", "millimetre", "millimetres"),
    "nanometer": ("nanometer", "nanometers", "nanometre", "nanometres"),
    "inch": ("inch", "inches"),
    "foot": ("foot", "feet"),
    "square_kilometer": ("square kilometers", "square kilometres"),
    "square_mile": ("square miles", "square mile", "square-mile"),
    "square_meter": (
        "square metres",
        "square meters",
        "square metre",
        "square meter",
        "square-metre",
        "square-meter",
    ),
    "square_foot": ("square feet", "square foot", "square-foot"),
    "cubic_meter": ("cubic metres", "cubic meters", "cubic metre", "cubic meter"),
    "cubic_foot": ("cubic feet", "cubic foot"),
    "nautical_mile": ("nautical miles", "nautical mile"),
    "yard": ("yard", "yards"),
    "knot": ("knot", "knots"),
    "acre": ("acre", "acres"),
    "hectare": ("hectare", "hectares"),
    "kilogram": ("kilogram", "kilograms", "kilo", "kilos"),
    "gram": ("gram", "grams"),
    "milligram": ("milligram", "milligrams"),
    "microgram": ("microgram", "micrograms"),
    "ounce": ("ounce", "ounces"),
    "carat": ("carat", "carats"),
    "metric_ton": ("tonne", "tonnes", "metric ton", "metric tons"),
    "ton": ("ton", "tons"),
    "pound": ("pound", "pounds"),
    "liter": ("liter", "liters", "litre", "litres"),
    "gallon": ("gallon", "gallons"),
    "barrel": ("barrel", "barrels"),
    "bushel": ("bushel", "bushels"),
    "watt": ("watt", "watts"),
    "kilowatt": ("kilowatt", "kilowatts"),
    "megawatt": ("megawatt", "megawatts"),
    "gigawatt": ("gigawatt", "gigawatts"),
    "terawatt": ("terawatt", "terawatts"),
    "horsepower": ("horsepower",),
    "kilowatt_hour": ("kilowatt-hour", "kilowatt-hours", "kilowatt hours"),
    "megawatt_hour": ("megawatt-hour", "megawatt-hours", "megawatt hours"),
    "gigawatt_hour": ("gigawatt-hour", "gigawatt-hours", "gigawatt hours"),
    "terawatt_hour": ("terawatt-hour", "terawatt-hours", "terawatt hours"),
    "gigabyte": ("gigabyte", "gigabytes"),
    "terabyte": ("terabyte", "terabytes"),
    "petabyte": ("petabyte", "petabytes"),
    "megabyte": ("megabyte", "megabytes"),
    "megabit_per_second": ("megabits per second", "megabit per second"),
    "gigabit_per_second": ("gigabits per second", "gigabit per second"),
    "megapixel": ("megapixel", "megapixels"),
    "ppm": ("parts per million",),
    "mile_per_hour": ("miles per hour", "mile per hour"),
    "kilometer_per_hour": ("kilometers per hour", "kilometres per hour"),
    "degree_Celsius": ("degrees Celsius", "degree Celsius", "degrees C"),
    "degree": ("degree", "degrees"),  # "1.5 degrees above normal", "a 180-degree turn"
    "degree_Fahrenheit": ("degrees Fahrenheit", "degree Fahrenheit", "degrees F"),
    "exaflop": ("exaflop", "exaflops"),
    "petaflop": ("petaflop", "petaflops"),
    "teraflop": ("teraflop", "teraflops"),
    "fps": ("fps", "frames per second"),
    "magnitude": ("magnitude", "Richter"),
    "character": ("characters", "character"),
}
ABBREVIATIONS: dict[str, str] = {
    "km": "kilometer", "cm": "centimeter", "mm": "millimeter", "nm": "nanometer",
    "kg": "kilogram", "mg": "milligram", "ml": "milliliter", "mL": "milliliter",
    "GHz": "gigahertz", "MHz": "megahertz", "mAh": "milliampere_hour", "ft": "foot",
    "lb": "pound", "lbs": "pound", "mph": "mile_per_hour",
    "km/h": "kilometer_per_hour", "kph": "kilometer_per_hour", "kW": "kilowatt",
    "MW": "megawatt", "GW": "gigawatt", "kWh": "kilowatt_hour", "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour", "TWh": "terawatt_hour", "GB": "gigabyte", "TB": "terabyte",
    "PB": "petabyte", "MB": "megabyte", "°C": "degree_Celsius", "°F": "degree_Fahrenheit",
    "km2": "square_kilometer", "km²": "square_kilometer", "sq km": "square_kilometer",
    "hrs": "hour", "yrs": "year", "sq ft": "square_foot", "sqm": "square_meter",
    "m²": "square_meter", "hp": "horsepower", "oz": "ounce", "ppm": "ppm", "TW": "terawatt",
    "Mbps": "megabit_per_second", "Gbps": "gigabit_per_second",
}  # fmt: skip
# Letters that are a unit only glued to digits in a context a rule checks ("the 100m final",
# "48.8C"); anywhere else "5m" is five million and "5 C" is not an amount.
GLUED_ONLY: dict[str, str] = {"m": "meter", "C": "degree_Celsius", "F": "degree_Fahrenheit"}
# What a unit is shown as in a Mention (pint's name otherwise).
DISPLAY_NAMES: dict[str, str] = {
    "metric_ton": "tonne",
    "degree_Celsius": "degC",
    "degree_Fahrenheit": "degF",
}

_FORM_TO_UNIT: dict[str, str] = {
    form.lower(): unit for unit, forms in WORD_FORMS.items() for form in forms
}


# Regex alternation of every unit surface: case-insensitive words, exact abbreviations.
UNIT = rf"(?:(?i:{_alt(list(_FORM_TO_UNIT))})|(?-i:{_alt(list(ABBREVIATIONS))}))"


@cache
def registry() -> pint.UnitRegistry:
    """The shared pint registry with factdb's news definitions."""
    ureg: pint.UnitRegistry = pint.UnitRegistry(cache_folder=None, on_redefinition="ignore")
    for definition in CUSTOM_DEFINITIONS:
        ureg.define(definition)
    return ureg


def canonical_unit(surface: str) -> str | None:
    """The canonical unit of a surface form ("miles" → "mile", "km" → "kilometer")."""
    s = " ".join(surface.split())
    return ABBREVIATIONS.get(s) or GLUED_ONLY.get(s) or _FORM_TO_UNIT.get(s.lower())


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
