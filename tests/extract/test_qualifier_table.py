"""One real sentence per entry of the qualifier phrase table (issue 14): each phrase, right
before or after an amount, gives the qualifier written in its case, so changing, dropping or
misspelling any entry of :mod:`factdb.extract.qualifiers` turns a case red."""

from __future__ import annotations

from datetime import date

import pytest

from factdb.extract import extract
from factdb.extract.qualifiers import AFTER, BEFORE

REF = date(2024, 8, 6)

# phrase → (sentence, the quote of the amount it qualifies, the qualifier it must get)
BEFORE_CASES: dict[str, tuple[str, str, str]] = {
    "more or fewer than": (
        "Nobody could say whether more or fewer than 300 people attended the rally.",
        "300",
        "=",
    ),
    "more or less than": (
        "Analysts were split on whether the bank would raise more or less than $2 billion.",
        "$2 billion",
        "=",
    ),
    "more or less": (
        "The renovation cost more or less $4 million, the council said.",
        "$4 million",
        "~",
    ),
    "no more than": (
        "Gatherings of no more than 20 people are allowed under the order.",
        "20",
        "<=",
    ),
    "not more than": ("The fine is not more than $5,000 for a first offence.", "$5,000", "<="),
    "no fewer than": (
        "No fewer than 40 ships were waiting to enter the port on Monday.",
        "40",
        ">=",
    ),
    "no less than": (
        "The project will need no less than $3 billion in new funding.",
        "$3 billion",
        ">=",
    ),
    "a little over": ("The company employs a little over 2,000 people in Ohio.", "2,000", ">"),
    "a little more than": ("The stadium holds a little more than 60,000 fans.", "60,000", ">"),
    "a little under": (
        "The hoard is now valued at more than £5 billion, up from a little under $4 billion.",
        "$4 billion",
        "<",
    ),
    "a little less than": ("The trip took a little less than 40 minutes.", "40 minutes", "<"),
    "a little below": ("Inflation came in a little below 2% in June.", "2%", "<"),
    "a little above": ("Turnout was a little above 60% this year.", "60%", ">"),
    "just over": ("Turnout was just over 45% in the first round.", "45%", ">"),
    "just under": ("The index fell just under 2% in early trading.", "2%", "<"),
    "slightly more than": ("Slightly more than 1,500 homes lost power overnight.", "1,500", ">"),
    "slightly less than": (
        "Exports were slightly less than $10 billion in May.",
        "$10 billion",
        "<",
    ),
    "well over": ("The firm has sold well over 3 million phones this year.", "3 million", ">"),
    "more than": ("More than 200 flights were cancelled at Heathrow.", "200", ">"),
    "over": ("The wildfire destroyed over 300 homes in the valley.", "300", ">"),
    "above": ("Inflation stayed above 3% through the spring.", "3%", ">"),
    "upwards of": ("The storm caused upwards of $1 billion in damage.", "$1 billion", ">"),
    "in excess of": (
        "The bank paid bonuses in excess of £1 million to its traders.",
        "£1 million",
        ">",
    ),
    "at least": ("At least 14 people were killed in the blast.", "14", ">="),
    "as low as": ("Mortgage rates could fall to as low as 5% next year.", "5%", ">="),
    "as little as": ("Tickets for the match cost as little as £10.", "£10", ">="),
    "starting at": ("The new phone will sell starting at $799 in the US.", "$799", ">="),
    "starting from": ("Flights to Lisbon are on sale starting from €39.", "€39", ">="),
    "up to": ("The scheme offers grants of up to £7,500 to households.", "£7,500", "<="),
    "as much as": ("Shares of the chipmaker rose as much as 9% in Tokyo.", "9%", "<="),
    "as many as": ("As many as 5,000 workers could lose their jobs.", "5,000", "<="),
    "as high as": ("Mortgage rates climbed as high as 8% last year.", "8%", "<="),
    "at most": ("The court can impose a fine of at most $10,000.", "$10,000", "<="),
    "capped at": ("Annual rent increases are capped at 5% under the new law.", "5%", "<="),
    "within": ("The retailer promises delivery within 30 minutes in London.", "30 minutes", "<="),
    "less than": ("Less than 10% of voters backed the plan.", "10%", "<"),
    "fewer than": ("Fewer than 500 tickets remain for the final.", "500", "<"),
    "under": ("The hatchback sells for under $30,000 in Europe.", "$30,000", "<"),
    "below": ("Unemployment fell below 4% in June.", "4%", "<"),
    "almost": ("Almost 900 people have applied for the posts.", "900", "~"),
    "nearly": ("Nearly 70,000 fans packed the stadium on Saturday.", "70,000", "~"),
    "about": ("The plant will employ about 1,200 people.", "1,200", "~"),
    "around": ("Around 40% of the harvest was lost to the drought.", "40%", "~"),
    "roughly": ("Roughly 3,000 jobs will be cut by the end of the year.", "3,000", "~"),
    "approximately": (
        "The tanker carried approximately 2 million barrels of crude.",
        "2 million barrels",
        "~",
    ),
    "some": ("Some 250 firefighters battled the blaze.", "250", "~"),
    "an estimated": ("An estimated 12,000 people joined the march.", "12,000", "~"),
    "estimated": ("The strike hit estimated 40,000 workers, the union said.", "40,000", "~"),
    "close to": ("Close to 60% of households in the region own a car.", "60%", "~"),
    "closer to": (
        "A rival tally put the fleet at closer to 17,000, counting only licensed buses.",
        "17,000",
        "~",
    ),
    "nearer to": ("Union officials put turnout nearer to 40% than the 60% claimed.", "40%", "~"),
    "nearer": ("A Brussels group put the June figure nearer 14 per cent.", "14 per cent", "~"),
    "near": ("As of September this year, the network stood near 540.", "540", "~"),
    "something like": ("The region lost something like 10,000 jobs last year.", "10,000", "~"),
    "approx.": ("The new estate will have approx. 500 homes.", "500", "~"),
    "circa": ("The manor was sold for circa £3 million.", "£3 million", "~"),
    "an average of": ("Each household paid an average of $1,200 in fees.", "$1,200", "~"),
    "in the region of": (
        "The club paid in the region of £50 million for the striker.",
        "£50 million",
        "~",
    ),
    "just shy of": ("Quarterly sales came in just shy of $5 billion.", "$5 billion", "<"),
    "shy of": ("Turnout was shy of 30% in the by-election.", "30%", "<"),
    "north of": ("The painting is expected to fetch north of $10 million.", "$10 million", ">"),
    "south of": ("Bitcoin slipped south of $60,000 on Friday.", "$60,000", "<"),
    "upward of": ("The project created upward of 2,000 jobs.", "2,000", ">"),
    "a maximum of": ("Each buyer may purchase a maximum of 4 tickets.", "4", "<="),
    "a minimum of": ("The loan requires a minimum of $500 a month in repayments.", "$500", ">="),
    "as few as": ("As few as 30 people turned up to vote.", "30", ">="),
}
AFTER_CASES: dict[str, tuple[str, str, str]] = {
    "or so": ("The crossing takes 10 days or so by sea.", "10 days", "~"),
    "or thereabouts": ("The house was built for £200,000 or thereabouts.", "£200,000", "~"),
    "give or take": ("The crowd was 20,000, give or take, according to police.", "20,000", "~"),
    "or more": ("Sales could rise 10% or more next year.", "10%", ">="),
    "or less": ("Households earning $50,000 or less will get the rebate.", "$50,000", "<="),
    "or fewer": ("Firms with 50 or fewer employees are exempt from the rule.", "50", "<="),
    "plus": ("Seats for the final are selling for $1,000 plus on resale sites.", "$1,000", ">="),
}


def test_every_table_entry_has_a_case() -> None:
    """The cases follow the table entry by entry (a phrase added, dropped or misspelt there
    shows here); what each must give is written in the case, not read from the table."""
    assert list(BEFORE_CASES) == [phrase for phrase, _ in BEFORE]
    assert list(AFTER_CASES) == [phrase for phrase, _ in AFTER]


def _qualifier_of(sentence: str, quote: str) -> str:
    (m,) = [m for m in extract(sentence, REF) if m.quote == quote]
    return m.qualifier


@pytest.mark.parametrize("phrase", list(BEFORE_CASES))
def test_a_phrase_before_the_amount(phrase: str) -> None:
    sentence, quote, expected = BEFORE_CASES[phrase]
    assert f"{phrase} {quote}".lower() in sentence.lower()
    assert _qualifier_of(sentence, quote) == expected


@pytest.mark.parametrize("phrase", list(AFTER_CASES))
def test_a_phrase_after_the_amount(phrase: str) -> None:
    sentence, quote, expected = AFTER_CASES[phrase]
    assert f"{quote} {phrase}" in sentence or f"{quote}, {phrase}" in sentence
    assert _qualifier_of(sentence, quote) == expected
