"""Numbers that are names are not claims (issue 11), each excluded by a rule whose name says
why; the amounts around them are still found. Scientific notation and "8 B" are one amount."""

from __future__ import annotations

from datetime import date

import pytest

from factdb.extract import extract
from factdb.extract.extractor import exclusions

REF = date(2024, 8, 6)

# (sentence, the name holding a number, the rule that excludes it, the claims still found)
NAMES = [
    ("Boeing delivered 44 of its 737 Max jets in June.", "737 Max", "name.aircraft_model", ["44"]),
    (
        "The carrier ordered 10 Boeing 787 Dreamliners.",
        "787 Dreamliners",
        "name.aircraft_model",
        ["10"],
    ),
    ("The 737 fleet was grounded for 20 days.", "737", "name.aircraft_model", ["20 days"]),
    (
        "Apple sold 20 million iPhone 15 handsets in the quarter.",
        "iPhone 15",
        "name.product",
        ["20 million"],
    ),
    ("Windows 11 runs on 400 million PCs.", "Windows 11", "name.product", ["400 million"]),
    ("The Pixel 8 costs $699.", "Pixel 8", "name.product", ["$699"]),
    ("SpaceX launched 22 satellites on a Falcon 9 rocket.", "Falcon 9", "name.product", ["22"]),
    ("Max Verstappen won his 60th Formula 1 race.", "Formula 1", "name.product", []),
    ("More than 1,000 people died of Covid 19 last week.", "Covid 19", "name.product", ["1,000"]),
    ("The FTSE 100 closed 2.04% lower.", "FTSE 100", "name.index", ["2.04%"]),
    ("Shares in the S&P 500 index have risen 15% this year.", "S&P 500", "name.index", ["15%"]),
    ("Futures on the Nasdaq 100 rose 1.1%.", "Nasdaq 100", "name.index", ["1.1%"]),
    ("Japan's Nikkei 225 fell 12%, its worst day since 1987.", "Nikkei 225", "name.index", ["12%"]),
    ("Residents of ZIP code 90210 can call the hotline.", "ZIP code 90210", "name.postcode", []),
    ("The office is at 9 Main Street, Beverly Hills, CA 90210.", "CA 90210", "name.postcode", []),
    ("Police searched a flat in Leeds LS6 2AB on Tuesday.", "LS6 2AB", "name.postcode", []),
    (
        "Police were called to 14 Elm Grove shortly after 11pm.",
        "14 Elm Grove",
        "name.house_number",
        [],
    ),
    (
        "Anyone with information should call 101 quoting log 1842.",
        "call 101",
        "name.phone_number",
        [],
    ),
    ("Traffic on Route 66 was halted for 3 hours.", "Route 66", "name.route", ["3 hours"]),
    ("Interstate 95 was closed after 12 cars collided.", "Interstate 95", "name.route", ["12"]),
    ("Nvidia's RTX 4090 costs $1,599.", "RTX 4090", "name.product", ["$1,599"]),
    ("Flight 93 crashed, killing 44 people.", "Flight 93", "name.product", ["44"]),
    ("Sales of 4K TVs rose 12% in the quarter.", "4K", "name.video_format", ["12%"]),
    ("The match was filmed in 8K at 120 fps.", "8K", "name.video_format", ["120 fps"]),
    (
        "The qubits are cooled to near absolute zero for 3 hours.",
        "zero",
        "name.zero_idiom",
        ["3 hours"],
    ),
]


@pytest.mark.parametrize(("sentence", "name", "rule", "claims"), NAMES, ids=[n[1] for n in NAMES])
def test_a_name_is_no_claim_and_its_rule_says_why(
    sentence: str, name: str, rule: str, claims: list[str]
) -> None:
    assert (name, rule) in exclusions(sentence)
    assert [m.quote for m in extract(sentence, REF)] == claims


# Numbers next to the same words that are amounts.
AMOUNTS = [
    ("The airline flies 737 jets on its domestic routes.", ["737"]),
    ("Apple sold 15 million iPhones.", ["15 million"]),
    ("Windows 10 million users will lose support.", ["10 million"]),
    ("The FTSE 100 fell 100 points.", ["100"]),
    ("Officials counted 90210 ballots.", ["90210"]),
    ("The army plans to call 300 reservists.", ["300"]),
]


@pytest.mark.parametrize(("sentence", "quotes"), AMOUNTS, ids=[a[0][:30] for a in AMOUNTS])
def test_an_amount_beside_a_name_word_stays_a_claim(sentence: str, quotes: list[str]) -> None:
    assert [m.quote for m in extract(sentence, REF)] == quotes


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("Avogadro's constant is 6.02×10^23 per mole.", "6.02×10^23", 6.02e23),
        ("Avogadro's constant is 6.02 x 10²³ per mole.", "6.02 x 10²³", 6.02e23),
        ("The team counted about 1.5e6 molecules in each sample.", "1.5e6", 1.5e6),
        ("The app now has 8 B users worldwide.", "8 B", 8e9),
    ],
)
def test_scientific_notation_and_a_spaced_b_are_one_amount(
    sentence: str, quote: str, value: float
) -> None:
    (m,) = extract(sentence, REF)
    assert (m.quote, m.value) == (quote, pytest.approx(value))


def test_a_name_before_a_comma_is_still_a_name() -> None:
    sentence = "The iPhone 15, launched in 2023, sold well."
    assert ("iPhone 15", "name.product") in exclusions(sentence)
