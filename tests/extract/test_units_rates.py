"""Compound rate units (factdb.extract.rates) and how the scorer compares them with gold,
whose rates give the numerator alone with "per X" in the noun."""

from __future__ import annotations

import pytest

from factdb.evaluate import unit_factor
from factdb.extract import extract
from factdb.extract.rates import compound, is_flow, normalized

RATES = [
    ("Brent settled at $71.10 a barrel.", "$71.10", 71.10, "USD/barrel", "per barrel"),
    ("Shell paid 45 cents a share.", "45 cents", 0.45, "USD/share", "per share"),
    ("Rent is $2,000 a month.", "$2,000", 2000, "USD/month", "per month"),
    ("Onions cost ₹60 a kg.", "₹60", 60, "INR/kilogram", "per kg"),
    ("Power costs 24.50p per kWh.", "24.50p", 0.245, "GBP/kilowatt_hour", "per kWh"),
    ("A wheat yield of 8 tonnes per hectare.", "8 tonnes", 8, "metric_ton/hectare",
     "wheat yield per hectare"),
    ("Output rose to 1.2 million bpd.", "1.2 million bpd", 1.2e6, "barrel/day", "Output per day"),
    # "every" a period, past a comma too
    ("Her office job pays about the same sum, 3,000 yuan, every month.", "3,000 yuan", 3000,
     "CNY/month", "per month"),
    ("Tickets cost $5 every day.", "$5", 5, "USD/day", "per day"),
]  # fmt: skip


@pytest.mark.parametrize(
    "text", ["It costs $5 every time.", "The fund raised $5 million, a year after the launch."]
)
def test_every_but_a_period_and_a_after_a_comma_make_no_rate(text: str) -> None:
    assert "/" not in (extract(text)[0].unit or "")


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "noun"), RATES, ids=[r[1] for r in RATES]
)
def test_rate_has_a_compound_unit(
    text: str, quote: str, value: float, unit: str, noun: str
) -> None:
    m = next(m for m in extract(text) if m.quote == quote)
    assert (m.value, m.unit, m.kind, m.noun) == (pytest.approx(value), unit, "rate", noun)


def test_a_price_per_unit_is_normalised_with_pint() -> None:
    (m,) = extract("Brent settled at $71.10 a barrel.")
    assert m.normalized_unit == "USD/meter ** 3"
    # pint's barrel is the US liquid barrel (31.5 gallons; its oil barrel is "oil_barrel")
    assert m.normalized_value == pytest.approx(71.10 / (31.5 * 0.003785411784))


def test_compound_and_normalized() -> None:
    assert compound("USD", "barrel") == "USD/barrel"
    assert compound("USD", "shares") == "USD/share"
    assert compound("USD", "kg") == "USD/kilogram"
    assert normalized(2.0, "USD/share") == (2.0, "USD/share")
    assert is_flow("barrel/day")
    assert not is_flow("kilometer/hour")
    assert not is_flow("USD/share")


def test_a_speed_keeps_its_unit_and_a_measure_per_year_is_per_year() -> None:
    speed, emissions = extract("It drove at 60 km/h and emits 36,000 tonnes of CO2 a year.")
    assert (speed.unit, speed.kind) == ("kilometer_per_hour", "measure")
    assert (emissions.unit, emissions.kind, emissions.noun) == (
        "metric_ton/year",
        "rate",
        "CO2 per year",
    )


@pytest.mark.parametrize(
    ("predicted", "gold", "kind", "factor"),
    [
        ("USD/barrel", "USD", "rate", 1.0),  # a gold rate gives the numerator alone
        ("USD/barrel", "USD", "money", None),  # ... but a sum is no rate
        ("barrel/day", "barrel", "rate", 1.0),
        ("tonne", "metric_ton", "measure", 1.0),  # two names pint gives one unit
        ("degC", "degree_Celsius", "measure", 1.0),
        ("hour", "minute", "duration", 60.0),  # converted: 2.25 hours is 135 minutes
        ("USD", "SGD", "money", None),
        (None, "USD", "money", None),
        (None, None, "count", 1.0),
    ],
)
def test_scorer_unit_factor(
    predicted: str | None, gold: str | None, kind: str, factor: float | None
) -> None:
    assert unit_factor(predicted, gold, kind) == factor


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Brent rose to $76.30 a barrel on Monday, while WTI slipped to $73.20.", "USD/barrel"),
        ("Onions jumped to ₹60 a kg from ₹35 a month ago.", "INR/kilogram"),
    ],
)
def test_a_bare_price_paired_with_a_price_per_unit_is_one_too(text: str, unit: str) -> None:
    _, second = extract(text)
    assert (second.kind, second.unit) == ("rate", unit)


def test_a_sum_after_a_break_is_no_pair() -> None:
    _, total = extract("Tickets cost $50 a head; the club made $2m.")
    assert (total.kind, total.unit) == ("money", "USD")


def test_what_a_holding_is_worth_is_a_total_not_a_price_s_pair() -> None:
    price, total = extract("Above $91,000 per coin, they are worth about $5.6 billion.")
    assert (price.unit, total.kind, total.unit) == ("USD/coin", "money", "USD")


def test_a_converted_price_per_unit_shares_its_denominator() -> None:
    rmb, usd = extract("Users pay 1 RMB ($0.14) per text message.")
    assert (rmb.unit, usd.unit, usd.kind, usd.equivalent_to) == ("CNY/text", "USD/text", "rate", 0)
