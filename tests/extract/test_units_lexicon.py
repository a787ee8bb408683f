"""The unit lexicon built from pint (factdb.extract.unit_lexicon): what each surface means,
what the news-safe filter keeps out, and how the extractor reads units glued, ranged,
signed and converted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factdb.extract import extract
from factdb.extract.unit_lexicon import plurals, trie_pattern
from factdb.extract.units import canonical_unit, conversion_factor, lexicon

SURFACES = [
    ("Hz", "hertz"), ("kHz", "kilohertz"), ("GHz", "gigahertz"), ("MPa", "megapascal"),
    ("μm", "micrometer"), ("µm", "micrometer"), ("rpm", "revolution_per_minute"),
    ("kt", "knot"), ("W", "watt"), ("kW", "kilowatt"), ("MW", "megawatt"), ("GW", "gigawatt"),
    ("dB", "decibel"), ("g", "gram"), ("kg", "kilogram"), ("mg", "milligram"),
    ("mcg", "microgram"), ("ml", "milliliter"), ("mL", "milliliter"), ("L", "liter"),
    ("min", "minute"), ("hr", "hour"), ("h", "hour"), ("sec", "second"), ("sq m", "square_meter"),
    ("m2", "square_meter"), ("m²", "square_meter"), ("sqm", "square_meter"),
    ("sq ft", "square_foot"), ("km2", "square_kilometer"), ("4 km squared"[2:], "square_kilometer"),
    ("mph", "mile_per_hour"), ("bpd", "barrel/day"), ("mAh", "milliampere_hour"),
    ("TB", "terabyte"), ("GB", "gigabyte"), ("km/h", "kilometer_per_hour"),
    ("km/hr", "kilometer_per_hour"), ("kWh", "kilowatt_hour"), ("m/s", "meter_per_second"),
    ("mg/L", "milligram/liter"), ("µg/m³", "microgram/cubic_meter"),
    ("pound-feet", "pound_force_foot"), ("kilowatt-hours", "kilowatt_hour"),
    ("kilometres per hour", "kilometer_per_hour"), ("miles per hour", "mile_per_hour"),
    ("litres per minute", "liter/minute"), ("light-years", "light_year"),
    ("degrees Celsius", "degree_Celsius"), ("square metres", "square_meter"),
    ("Square Miles", "square_mile"), ("nanometres", "nanometer"), ("exaflops", "exaflop"),
    ("zettaflops", "zettaflop"), ("zettabytes", "zettabyte"),
    ("kilotonnes", "kilotonne"), ("inches", "inch"), ("feet", "foot"), ("centuries", "century"),
    ("TeV", "teraelectron_volt"), ("hectares", "hectare"), ("knots", "knot"),
]  # fmt: skip
# Words and letters pint reads as units that a reporter never means after a number.
NOT_UNITS = [
    "in", "at", "a", "an", "or", "is", "th", "pp", "bp", "pc", "mil", "B", "b", "G", "K", "M",
    "m", "s", "d", "t", "p", "points", "Tesla", "henry", "count", "cups", "stones", "quarters",
    "bars", "bit", "SEC", "Sec", "oct", "%", "µ", "pm", "am",
]  # fmt: skip


@pytest.mark.parametrize(("surface", "unit"), SURFACES, ids=[s for s, _ in SURFACES])
def test_surface_reads_as_its_pint_unit(surface: str, unit: str) -> None:
    assert canonical_unit(surface) == unit


@pytest.mark.parametrize("surface", NOT_UNITS)
def test_news_unsafe_surface_is_no_unit(surface: str) -> None:
    assert lexicon().lookup(surface) is None


def test_the_lexicon_is_pints_not_a_hand_list() -> None:
    lex = lexicon()
    assert len(lex.words) + len(lex.symbols) > 1500
    assert lex.lookup("furlongs") == "furlong"  # named nowhere in factdb: from pint alone


def test_plurals() -> None:
    assert plurals("inch") == ["inches"]
    assert plurals("century") == ["centuries"]
    assert plurals("day") == ["days"]
    assert plurals("hertz") == []


def test_trie_pattern_prefers_the_longest_surface() -> None:
    import re

    pattern = re.compile(rf"(?:{trie_pattern(['km', 'km/h', 'k', 'square metres'])})\b")
    assert pattern.match("km/h").group() == "km/h"
    assert pattern.match("km ").group() == "km"
    assert pattern.match("square  metres").group() == "square  metres"


def test_conversion_factor() -> None:
    assert conversion_factor("tonne", "metric_ton") == 1.0
    assert conversion_factor("degC", "degree_Celsius") == 1.0
    assert conversion_factor("hour", "minute") == 60.0
    assert conversion_factor("degC", "degF") is None
    assert conversion_factor("mile", "hour") is None
    assert conversion_factor("USD", "EUR") is None


EXTRACTED = [
    ("The speaker hums at 300 Hz.", "300 Hz", 300, None, "hertz", "measure"),
    ("Add 20g of sugar.", "20g", 20, None, "gram", "measure"),
    ("Boil it for 5min.", "5min", 5, None, "minute", "duration"),
    ("A 50m2 flat.", "50m2", 50, None, "square_meter", "measure"),
    ("Driving at 80km/hr on the road.", "80km/hr", 80, None, "kilometer_per_hour", "measure"),
    ("The lamp uses 3-5W of power.", "3-5W", 3, 5, "watt", "measure"),
    ("The pipe bursts at 40 MPa.", "40 MPa", 40, None, "megapascal", "measure"),
    ("The engine spins at 7,000 rpm.", "7,000 rpm", 7000, None, "revolution_per_minute",
     "measure"),
    ("It makes 546 pound-feet of torque.", "546 pound-feet", 546, None, "pound_force_foot",
     "measure"),
    ("He was held to minus-3 yards.", "minus-3 yards", -3, None, "yard", "measure"),
    ("Frost of -4C hit the Alps.", "-4C", -4, None, "degC", "measure"),
    ("A 6-foot-9 forward signed.", "6-foot-9", 6.75, None, "foot", "measure"),
    ("Crews reported waves of 4m.", "4m", 4, None, "meter", "measure"),
    ("The 2 TB drive and a 5,000 mAh battery.", "5,000 mAh", 5000, None, "milliampere_hour",
     "measure"),
    ("Bandgaps of 1.7 eV.", "1.7 eV", 1.7, None, "electron_volt", "measure"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "value", "value_max", "unit", "kind"),
    EXTRACTED,
    ids=[e[1] for e in EXTRACTED],
)
def test_extracts_unit(
    text: str, quote: str, value: float, value_max: float | None, unit: str, kind: str
) -> None:
    m = next(m for m in extract(text) if m.quote == quote)
    assert (m.value, m.value_max, m.unit, m.kind) == (
        pytest.approx(value),
        value_max,
        unit,
        kind,
    )


@pytest.mark.parametrize(
    "text", ["8 B users signed up.", "He lives at 5 in the street.", "He scored 30 points."]
)
def test_no_unit_where_the_filter_says_so(text: str) -> None:
    assert all(m.unit is None for m in extract(text))


def test_glued_m_is_million_without_a_length_context() -> None:
    (m,) = extract("The club paid 15m for him.")
    assert (m.value, m.unit) == (15e6, None)


def test_bracketed_conversion_is_linked_as_equivalent() -> None:
    metres, feet = extract("The tower is 15m (49ft) tall.")
    assert (metres.value, metres.unit) == (15, "meter")
    assert (feet.value, feet.unit, feet.equivalent_to) == (49, "foot", 0)


@pytest.mark.parametrize(
    "text",
    [
        "The canisters have to be swapped every 40 miles, or about 64 kilometers, of riding.",
        "Generation took around three minutes per clip, or roughly 180 seconds, which reviewers"
        " called slow.",
        "The trail climbs 3,000 feet — some 914 metres — above the valley.",
        "Riders must recharge every 30 miles, which is about 48 km, on the old packs.",
        "The plan repaves about eight kilometres of the ring road (five miles, as the council"
        " put it) by spring.",
        "Permits can take three to six months – roughly 13 to 26 weeks, by one lawyer's count.",
        "The hull is 40 feet - about 12 metres - from bow to stern.",
        # (d38 of the held-out follow-ups)
        "The tank is supposed to be swapped every 40 miles, which works out at roughly 64 km.",
        "The new line adds 25 miles of track, equal to about 40 km, to the network.",
        "A canister has to be swapped roughly every 64 kilometres – that's 40 miles, for my"
        " American readers.",
        # (c40)
        "The operators say each one is good for around 40 miles (call it 65 km) before it has"
        " to be swapped.",
        "The bridge spans 2 miles (that's roughly 3.2 km) across the bay.",
    ],
)
def test_a_measure_restated_in_another_unit_after_or_is_linked_as_equivalent(text: str) -> None:
    first, second = extract(text)
    assert (first.equivalent_to, second.equivalent_to) == (None, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Runners can pick a 5 km, or 10 km course.",
        "The tank lasts 40 miles, or 100 kilometers with the larger tank.",
        "The route runs 12 km (3 miles of it on gravel) along the coast.",
    ],
)
def test_measures_after_or_that_do_not_agree_are_two_figures(text: str) -> None:
    assert [m.equivalent_to for m in extract(text)] == [None, None]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("She won in 1 minute 54.06 seconds.", "1 minute 54.06 seconds", 114.06, "second"),
        ("He was six minutes 17 seconds faster.", "six minutes 17 seconds", 377, "second"),
        ("The trip takes 2 hr 15 min.", "2 hr 15 min", 135, "minute"),
        ("It lasted 3 hours and 20 minutes.", "3 hours and 20 minutes", 200, "minute"),
    ],
)
def test_duration_in_two_parts_is_one_amount(
    text: str, quote: str, value: float, unit: str
) -> None:
    (m,) = extract(text)
    assert (m.quote, m.value, m.unit, m.kind) == (quote, pytest.approx(value), unit, "duration")


def test_the_lexicon_is_the_same_whether_pint_s_cache_is_cold_or_warm(tmp_path: Path) -> None:
    """pint's cached registry lacks units it makes while parsing its definitions: the
    lexicon must not depend on it (the first run on a machine read "3 decimeters")."""
    probe = (
        "from factdb.extract.units import canonical_unit, lexicon; lex = lexicon(); "
        "print(len(lex.words), len(lex.symbols), canonical_unit('decimeters'))"
    )
    env = {**os.environ, "FACTDB_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)  # the first fills the cache, the second reads it
    ]
    assert runs[0] == runs[1]
    assert runs[0].split()[-1] == "decimeter"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("A desk of 12 by 14 inches will do.", [(12, "inch"), (14, "inch")]),
        ("The flat's kitchen is about 3 x 4 metres.", [(3, "meter"), (4, "meter")]),
        ("Each panel is 60 × 120 centimetres.", [(60, "centimeter"), (120, "centimeter")]),
    ],
)  # fmt: skip
def test_a_sizes_first_side_has_the_unit_of_its_second(
    text: str, sides: list[tuple[float, str]]
) -> None:
    assert [(m.value, m.unit) for m in extract(text)] == sides
