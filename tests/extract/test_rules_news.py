"""Held-out news sentences for the rule table: detection, value, unit, kind and qualifier.

Written by the GUIDELINES in agency wording, not taken from the other corpora, to check that
the rules generalise: quake magnitudes, fractions of a percentage point and basis points,
durations with an adjective ("three consecutive days"), multiplier verbs ("tripled"), signed
percentages, currency subunits — and what must stay out: scores, index and product names,
labels ("a Phase 3 trial"), "401(k)", "9/11", "24/7". ``noun``, ``speaker`` and ``date_text``
are left to their own tests. Run ``python tests/extract/test_rules_news.py`` for the figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from news import check


def _c(
    quote: str,
    value: float,
    unit: str | None = None,
    kind: str = "count",
    q: str = "=",
    value_max: float | None = None,
) -> dict:
    return {
        "quote": quote,
        "value": value,
        "value_max": value_max,
        "unit": unit,
        "kind": kind,
        "qualifier": q,
    }


PP, BP = "percentage_point", "basis_point"

# (id, sentence, expected claims)
CASES: list[tuple[str, str, list[dict]]] = [
    ("quake-richter",
     "At least 2,000 people died in the earthquake, which measured 6.8 on the Richter scale, "
     "officials said.",
     [_c("2,000", 2000, q=">="), _c("6.8 on the Richter scale", 6.8, "magnitude", "measure")]),
    ("quake-magnitude-prefix",
     "A magnitude 6.8 quake struck off the coast of Hokkaido early on Friday, the Japan "
     "Meteorological Agency said.",
     [_c("magnitude 6.8", 6.8, "magnitude", "measure")]),
    ("quake-magnitude-hyphen",
     "The 7.1-magnitude earthquake flattened buildings across the province.",
     [_c("7.1-magnitude", 7.1, "magnitude", "measure")]),
    ("quake-magnitude-of",
     "The tremor had a preliminary magnitude of 5.9, according to the U.S. Geological Survey.",
     [_c("magnitude of 5.9", 5.9, "magnitude", "measure")]),
    ("quake-richter-about",
     "The quake, which registered about 7 on the Richter scale, was felt in the capital.",
     [_c("7 on the Richter scale", 7, "magnitude", "measure", "~")]),
    ("rates-quarter-of-a-point",
     "The Federal Reserve raised its benchmark rate by a quarter of a percentage point on "
     "Wednesday.",
     [_c("a quarter of a percentage point", 0.25, PP, "percent")]),
    ("rates-half-a-point",
     "The Bank of England cut interest rates by half a percentage point to 4.5%.",
     [_c("half a percentage point", 0.5, PP, "percent"), _c("4.5%", 4.5, "percent", "percent")]),
    ("rates-quarter-point-cut", "Traders are betting on a quarter-point rate cut in September.",
     [_c("quarter-point", 0.25, PP, "percent")]),
    ("rates-three-quarters",
     "Policymakers lifted rates by three-quarters of a percentage point for a third time.",
     [_c("three-quarters of a percentage point", 0.75, PP, "percent")]),
    ("rates-basis-points",
     "The European Central Bank lifted its deposit rate by 50 basis points, its biggest move in "
     "two decades.",
     [_c("50 basis points", 50, BP, "percent"), _c("two decades", 20, "year", "duration")]),
    ("rates-bp-glued", "Economists polled by Reuters expect a 25bp hike at the next meeting.",
     [_c("25bp", 25, BP, "percent")]),
    ("rates-bps-range", "Mortgage spreads widened by 10-15 bps over the week.",
     [_c("10-15 bps", 10, BP, "percent", value_max=15)]),
    ("rates-basis-point-hyphen", "The bank delivered a 75-basis-point increase in July.",
     [_c("75-basis-point", 75, BP, "percent")]),
    ("heatwave-consecutive",
     "The heat wave pushed temperatures above 45C in Seville for three consecutive days.",
     [_c("45C", 45, "degC", "measure", ">"), _c("three consecutive days", 3, "day", "duration")]),
    ("straight-months",
     "House prices have fallen for four straight months, the longest run since 2009.",
     [_c("four straight months", 4, "month", "duration")]),
    ("working-days", "Suppliers must be paid within 30 working days under the new rules.",
     [_c("30 working days", 30, "day", "duration", "<=")]),
    ("more-years", "The president is seeking four more years in office.",
     [_c("four more years", 4, "year", "duration")]),
    ("tripled", "Shares of Nvidia have nearly tripled this year on demand for its AI chips.",
     [_c("tripled", 3, None, "other", "~")]),
    ("more-than-doubled", "The company's quarterly revenue more than doubled to $5.2 billion.",
     [_c("doubled", 2, None, "other", ">"), _c("$5.2 billion", 5.2e9, "USD", "money")]),
    ("halved", "The number of new infections has halved since January.",
     [_c("halved", 0.5, None, "other")]),
    ("quadrupled", "Egg prices quadrupled in the space of a year.",
     [_c("quadrupled", 4, None, "other")]),
    ("doubled-down", "The prime minister doubled down on his pledge to cut migration.", []),
    ("doubled-as", "The school gym doubled as a shelter during the floods.", []),
    ("twice-as-many",
     "There were twice as many applications this year as last year, the university said.",
     [_c("twice", 2, None, "other")]),
    ("three-times-as-likely", "Smokers are three times as likely to develop the disease.",
     [_c("three times", 3, None, "other")]),
    ("twice-a-year", "The board meets twice a year to review the strategy.", []),
    ("age-year-old", "A 10-year-old boy was among those rescued from the rubble.",
     [_c("10-year-old", 10, "year", "duration")]),
    ("score-win", "Liverpool sealed a 2-1 win at Anfield with a stoppage-time header.", []),
    ("score-defeat", "Arsenal slumped to a 0-2 defeat against Chelsea on Sunday.", []),
    ("score-lost", "The Celtics lost 104-112 in Boston.", []),
    ("score-draw", "Barcelona drew 1-1 with Napoli in the first leg.", []),
    ("vote-tally", "The Senate committee approved the nomination in a 7-0 vote.", []),
    ("covid", "Covid-19 hospitalisations rose 12% last week.",
     [_c("12%", 12, "percent", "percent")]),
    ("g7", "Leaders of the G7 agreed to provide $50 billion in loans to Ukraine.",
     [_c("$50 billion", 5e10, "USD", "money")]),
    ("401k", "Workers can put up to $23,000 a year into a 401(k) retirement plan.",
     [_c("$23,000", 23000, "USD", "rate", "<=")]),
    ("3d-911-247", "The museum's 3-D exhibit about the 9/11 attacks is open 24/7.", []),
    ("mortgage",
     "The average 30-year mortgage rate rose to 7.1%, the highest since 2000, Freddie Mac said.",
     [_c("30-year", 30, "year", "duration"), _c("7.1%", 7.1, "percent", "percent")]),
    ("warming-limit",
     "Scientists warn the world is likely to breach the 1.5C warming limit within a decade.",
     [_c("1.5C", 1.5, "degC", "measure")]),
    ("more-than-a-decade", "He led the company for more than a decade before stepping down.",
     [_c("a decade", 10, "year", "duration", ">")]),
    ("decade-ago", "A decade ago the town had no broadband at all.", []),
    ("month-on-month", "Consumer prices rose 0.2% month on month in March.",
     [_c("0.2%", 0.2, "percent", "percent")]),
    ("subscription", "The streaming service will cost $5.99 a month with adverts.",
     [_c("$5.99", 5.99, "USD", "rate")]),
    ("mph", "Storm Ciarán brought 100mph winds to the Channel Islands.",
     [_c("100mph", 100, "mile_per_hour", "measure")]),
    ("barrels-per-day",
     "Saudi Arabia will keep pumping about 9 million barrels per day through June.",
     [_c("9 million barrels", 9e6, "barrel", "rate", "~")]),
    ("tonnes", "The ship was carrying 20,000 tonnes of wheat bound for Egypt.",
     [_c("20,000 tonnes", 20000, "tonne", "measure")]),
    ("gigawatts", "The offshore wind farm will have a capacity of 1.2 GW when completed.",
     [_c("1.2 GW", 1.2, "gigawatt", "measure")]),
    ("nanometre", "TSMC will begin producing 3 nanometre chips in Arizona in 2028.",
     [_c("3 nanometre", 3, "nanometer", "measure")]),
    ("glued-million", "The drought has left 2m people in need of food aid, the UN said.",
     [_c("2m", 2e6)]),
    ("trillion-pounds", "The chancellor said public debt had climbed to £2.7tn.",
     [_c("£2.7tn", 2.7e12, "GBP", "money")]),
    ("crore", "The state cabinet approved Rs 500 crore for flood relief.",
     [_c("Rs 500 crore", 5e9, "INR", "money")]),
    ("lakh", "Each family of the victims will receive ₹2 lakh in compensation.",
     [_c("₹2 lakh", 2e5, "INR", "money")]),
    ("two-thirds-majority",
     "The constitutional amendment requires a two-thirds majority in parliament.",
     [_c("two-thirds", 200 / 3, "percent", "percent")]),
    ("one-in-five", "One in five adults in Britain has tried a weight-loss drug, a survey found.",
     [_c("One in five", 20, "percent", "percent")]),
    ("nine-in-ten", "Nine in 10 voters said the economy was their top concern.",
     [_c("Nine in 10", 90, "percent", "percent")]),
    ("record", "A record 1,200 migrants crossed the Channel in small boats on Saturday.",
     [_c("1,200", 1200)]),
    ("hundreds-of-thousands",
     "Hundreds of thousands of protesters marched through Paris against the pension reform.",
     [_c("Hundreds of thousands", 1e5)]),
    ("tens-of-millions-of-dollars",
     "The company has spent tens of millions of dollars lobbying Congress.",
     [_c("tens of millions of dollars", 1e7, "USD", "money")]),
    ("a-fifth", "A fifth of the workforce will be laid off by the end of the year.",
     [_c("A fifth", 20, "percent", "percent")]),
    ("top-ten", "The university climbed into the top 10 of the global rankings.",
     [_c("top 10", 10, None, "rank", "<=")]),
    ("world-number", "Sinner, the world No. 1, beat the No. 3 seed in straight sets.",
     [_c("No. 1", 1, None, "rank"), _c("No. 3", 3, None, "rank")]),
    ("ranked", "The country is ranked 12th out of 38 OECD members.",
     [_c("12th", 12, None, "rank"), _c("38", 38)]),
    ("minus-celsius", "Temperatures fell to minus 20C in parts of Siberia overnight.",
     [_c("minus 20C", -20, "degC", "measure")]),
    ("negative-percent", "Output growth slowed to -3.5% in the second quarter.",
     [_c("-3.5%", -3.5, "percent", "percent")]),
    ("index-points", "The FTSE 100 fell 45 points, or 0.6%, to 7,650.",
     [_c("45", 45), _c("0.6%", 0.6, "percent", "percent"), _c("7,650", 7650)]),
    ("index-name", "The S&P 500 closed up 0.8% at a record high.",
     [_c("0.8%", 0.8, "percent", "percent")]),
    ("cents", "The pound fell 1.5 cents against the dollar to $1.25.",
     [_c("1.5 cents", 0.015, "USD", "money"), _c("$1.25", 1.25, "USD", "money")]),
    ("cents-a-gallon", "Gasoline prices rose 12 cents a gallon last week.",
     [_c("12 cents", 0.12, "USD", "rate")]),
    ("pence", "The chain raised the price of a loaf by 10 pence.",
     [_c("10 pence", 0.1, "GBP", "money")]),
    ("and-a-half", "The tunnel took two and a half years to build.",
     [_c("two and a half years", 2.5, "year", "duration")]),
    ("label-phase-type",
     "The drug met its main goal in a Phase 3 trial of 1,500 patients with type 2 diabetes.",
     [_c("1,500", 1500)]),
    ("label-category",
     "Hurricane Milton strengthened into a Category 5 storm with winds of 180 mph.",
     [_c("180 mph", 180, "mile_per_hour", "measure")]),
    ("product-name", "The iPhone 15 Pro starts at $999 in the US.",
     [_c("$999", 999, "USD", "money")]),
    ("another", "Another 300 were injured in the blast, the health ministry said.",
     [_c("300", 300)]),
    ("told-outlet", "A police spokesman told Reuters 40 people had been arrested.",
     [_c("40", 40)]),
    ("ticked-up-to", "Unemployment ticked up to 4.1% in June, the Labor Department said.",
     [_c("4.1%", 4.1, "percent", "percent")]),
    ("rose-up-to", "Prices rose up to 10% in some regions after the floods.",
     [_c("10%", 10, "percent", "percent", "<=")]),
    ("factor-of", "The company said it had grown its user base by a factor of 10.",
     [_c("10", 10, None, "other")]),
    ("out-of-every", "Only 2 out of every 10 graduates find work within six months.",
     [_c("2 out of every 10", 20, "percent", "percent"),
      _c("six months", 6, "month", "duration", "<=")]),
    ("double-the-average",
     "The average price of a home in London is £523,000, more than double the national average.",
     [_c("£523,000", 523000, "GBP", "money"), _c("double", 2, None, "other", ">")]),
    ("double-murder", "Police are treating the deaths as a double murder.", []),
    ("times-their-stake", "Early investors were paid back 10 times their stake.",
     [_c("10 times", 10, None, "other")]),
    ("rose-by-a-third", "Sales of electric vehicles rose by a third last year.",
     [_c("a third", 100 / 3, "percent", "percent")]),
    ("fell-by-a-quarter", "Road deaths fell by a quarter to 1,200.",
     [_c("a quarter", 25, "percent", "percent"), _c("1,200", 1200)]),
    ("by-a-quarter-point", "The Fed raised rates by a quarter-point in July.",
     [_c("quarter-point", 0.25, PP, "percent")]),
    ("cents-per-share", "The company reported a net loss of $1.2 billion, or 45 cents a share.",
     [_c("$1.2 billion", 1.2e9, "USD", "money"), _c("45 cents", 0.45, "USD", "rate")]),
    ("oil-cents", "Brent crude settled down 94 cents, or 1.2%, at $78.52 a barrel.",
     [_c("94 cents", 0.94, "USD", "money"), _c("1.2%", 1.2, "percent", "percent"),
      _c("$78.52", 78.52, "USD", "rate")]),
    ("degrees-above-normal",
     "It was the hottest June on record, with temperatures 1.5 degrees above normal.",
     [_c("1.5 degrees", 1.5, "degree", "measure")]),
    ("index-names", "The Nikkei 225 rose 1.2%, while the Russell 2000 jumped 3%.",
     [_c("1.2%", 1.2, "percent", "percent"), _c("3%", 3, "percent", "percent")]),
    ("flight-number", "The Boeing 787 operating Flight 171 was carrying 242 people.",
     [_c("242", 242)]),
    ("double-as", "The sports hall will double as a shelter during the storm.", []),
    ("half-an-hour", "The 8.15am train was delayed by half an hour.",
     [_c("half an hour", 0.5, "hour", "duration")]),
    ("for-an-hour", "Residents waited for an hour before firefighters arrived.",
     [_c("an hour", 1, "hour", "duration")]),
    ("pushed-back-a-year", "The launch of the rocket has been pushed back by a year.",
     [_c("a year", 1, "year", "duration")]),
    ("company-bp", "Shares of BP fell 2% after the oil major cut its dividend.",
     [_c("2%", 2, "percent", "percent")]),
    ("headline-scale", "Apple Sells 50 Million iPhones In Record Quarter",
     [_c("50 Million", 5e7)]),
    ("win-seats-range", "The Greens are expected to win 2-3 seats in the election.",
     [_c("2-3", 2, value_max=3)]),
    ("square-foot-home", "The 2,000-square-foot home in Palo Alto sold for $4.2 million.",
     [_c("2,000-square-foot", 2000, "square_foot", "measure"),
      _c("$4.2 million", 4.2e6, "USD", "money")]),
    ("square-metres", "The average new flat in Hong Kong measures just 45 square metres.",
     [_c("45 square metres", 45, "square_meter", "measure")]),
    ("knots-nautical-miles",
     "The tanker was sailing at 12 knots about 200 nautical miles off the coast of Yemen.",
     [_c("12 knots", 12, "knot", "measure"),
      _c("200 nautical miles", 200, "nautical_mile", "measure", "~")]),
    ("parts-per-million", "Carbon dioxide levels at Mauna Loa peaked at 426 parts per million.",
     [_c("426 parts per million", 426, "ppm", "measure")]),
    ("megapixels-milligrams",
     "The phone's 200-megapixel camera weighs less than 500 milligrams.",
     [_c("200-megapixel", 200, "megapixel", "measure"),
      _c("500 milligrams", 500, "milligram", "measure", "<")]),
    ("broadband-speeds", "The new fibre network offers download speeds of up to 1 Gbps.",
     [_c("1 Gbps", 1, "gigabit_per_second", "measure", "<=")]),
    ("calendar-only",
     "The company was founded in 1998 and listed in Hong Kong on March 3, 2021.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "claims"), [pytest.param(s, c, id=i) for i, s, c in CASES])
def test_news_sentence(sentence: str, claims: list[dict]) -> None:
    outcome = check({"text": sentence, "claims": claims})
    assert not (outcome.missed or outcome.extra or outcome.wrong), outcome


def figures() -> dict[str, float]:
    """Precision, recall and the share of expected claims found with every field right."""
    found = missed = extra = wrong = 0
    for case_id, sentence, claims in CASES:
        o = check({"text": sentence, "claims": claims})
        found, missed, extra = found + o.found, missed + len(o.missed), extra + len(o.extra)
        wrong += len({w.split(":")[0] for w in o.wrong})
        for label, items in (("MISS ", o.missed), ("EXTRA", o.extra), ("WRONG", o.wrong)):
            for item in items:
                print(label, case_id, "|", item)
    return {
        "precision": found / (found + extra),
        "recall": found / (found + missed),
        "all_fields": (found - wrong) / (found + missed),
    }


if __name__ == "__main__":
    for name, value in figures().items():
        print(f"{name:12} {value:.3f}")
