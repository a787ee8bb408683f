"""When two statements of one fact speak of one period: a later article restating a figure
without a date of its own speaks of it as known (a conflict if it disagrees), unless it says
the figure is new ("now has", "grew to"), which makes a timeline."""

from __future__ import annotations

import random
from collections import namedtuple
from datetime import date

import pytest

from factdb.facts.checks import (
    Conversion,
    Rates,
    _conflicting,
    _conflicts,
    _finding,
    _pairwise,
    check_fact,
    comparable,
    periods_match,
    same_period,
)
from factdb.facts.statement import COLUMNS, Statement, statement

Row = namedtuple("Row", COLUMNS)


def said(
    sentence: str,
    quote: str,
    published: date,
    own_date: str | None = None,
    value: float = 1.0,
    qualifier: str = "=",
    lead: str = "",
    unit: str | None = None,
    date_text: str = "",
) -> Statement:
    """The statement of ``quote`` (``value``, ``qualifier``) in ``sentence`` of an article
    published on ``published``, after ``lead`` in its paragraph."""
    start = sentence.index(quote)
    row = Row(
        id=1, fingerprint="f", source_id=1, article_id=1, quote=quote, sentence=sentence,
        start=start, end=start + len(quote), sentence_start=0, sentence_end=len(sentence),
        value=value, value_max=None, unit=unit, qualifier=qualifier, vague=False, noun="vehicles",
        date=own_date, date_precision="year" if own_date else None, date_text=date_text,
        equivalent_id=None,
        status="unreviewed", corrected_value=None, corrected_value_max=None,
        corrected_unit=None, corrected_noun=None, version=1,
    )  # fmt: skip
    return statement(row, published.isoformat(), "", frozenset(), lead)


SEED = said("China has about 21,000 hydrogen vehicles on the road.", "21,000", date(2024, 8, 2))


@pytest.mark.parametrize(
    ("sentence", "quote", "published", "same"),
    [
        # Restated as known in a later article: the seed's period, so a different value conflicts.
        ("There are some 15,000 hydrogen vehicles in China.", "15,000", date(2025, 3, 10), True),
        (
            "China has 12,000 fuel-cell vehicles, the ministry said.",
            "12,000",
            date(2024, 11, 1),
            True,
        ),
        # A change verb of another clause says nothing of the figure.
        (
            "As subsidies fell, China had some 20,000 hydrogen vehicles.",
            "20,000",
            date(2025, 3, 10),
            True,
        ),
        # Said to be new: another period, a timeline.
        ("China now has roughly 28,000 fuel-cell vehicles.", "28,000", date(2025, 3, 10), False),
        ("The fleet grew to 28,000 vehicles.", "28,000", date(2025, 3, 10), False),
        ("The pilot list has risen to 35 cities.", "35", date(2025, 1, 9), False),
        (
            "A second round brought the number of pilot cities to 36.",
            "36",
            date(2025, 10, 14),
            False,
        ),
        ("By spring the fleet had passed 25,000 vehicles.", "25,000", date(2025, 4, 1), False),
        # A headline's present says so too.
        (
            "China's fuel-cell fleet tops 28,000 as trucks take over",
            "28,000",
            date(2025, 7, 24),
            False,
        ),
        ("Hydrogen truck sales hit 9,000 in first half", "9,000", date(2025, 7, 24), False),
        # Too far apart to be the same count, said new or not.
        ("There are some 30,000 hydrogen vehicles in China.", "30,000", date(2027, 1, 5), False),
    ],
)
def test_an_undated_restatement_in_a_later_article(
    sentence: str, quote: str, published: date, same: bool
) -> None:
    later = said(sentence, quote, published)
    assert same_period(SEED, later) is same
    assert same_period(later, SEED) is same


def test_a_figure_said_to_be_new_later_the_same_year_is_a_new_count() -> None:
    later = said("China now has 23,000 hydrogen vehicles.", "23,000", date(2024, 11, 1))
    assert not same_period(SEED, later)
    # On the article's own date it is that date's figure, said new or not.
    same_day = said("China now has 23,000 hydrogen vehicles.", "23,000", date(2024, 8, 2))
    assert same_period(SEED, same_day)


def test_an_own_date_decides_over_the_article_date() -> None:
    dated = said(
        "By the end of 2025 there were 28,000 vehicles.", "28,000", date(2026, 1, 5), "2025"
    )
    assert dated.dated and not same_period(SEED, dated)


@pytest.mark.parametrize("date_text", ["since 2022", "ever since 2022", "Since 2022"])
def test_a_figure_since_a_date_is_of_its_article_date(date_text: str) -> None:
    # A span from then to now: "in use in over 10 provinces since 2022" (an article of July
    # 2024) is the count an official disputes in September with "six provinces".
    since = said(
        f"It has been in use in over 10 Chinese provinces {date_text}.", "10",
        date(2024, 7, 3), "2022", qualifier=">", date_text=date_text,
    )  # fmt: skip
    assert since.date == "2024-07-03" and not since.dated
    official = said("An official put the number at six provinces.", "six", date(2024, 9, 3))
    assert same_period(since, official) and same_period(official, since)
    # "in 2022" stays a figure of 2022
    dated = said(
        "It was in use in 10 Chinese provinces in 2022.", "10", date(2024, 7, 3), "2022",
        date_text="in 2022",
    )  # fmt: skip
    # (not set against it: a disputing figure of no date is of the period it disputes)
    stated = said("Officials say it is in use in six provinces.", "six", date(2024, 9, 3))
    assert dated.date == "2022" and not same_period(dated, stated)


def test_a_month_is_within_an_article_dated_by_its_year_alone() -> None:
    # "we counted 73 of the 100 longest tokens in June" against a figure of an article whose
    # date is known only as 2024 (and of no month of 2023, nor of an article of May 2024).
    assert periods_match("2024-06", True, "2024", False)
    assert periods_match("2024", False, "2024-06", True)
    assert not periods_match("2023-06", True, "2024", False)
    assert not periods_match("2024-06", True, "2024-03-05", False)


def test_a_figure_of_a_day_is_of_its_month() -> None:
    # "380 sites curtailed charging during the April 3 dip" against the undated "over 500" of
    # an article of April 15; not of a February day, nor of another year's April.
    assert periods_match("2024-04-03", True, "2024-04-15", False)
    assert periods_match("2024-04-15", False, "2024-04-03", True)
    assert not periods_match("2024-02-03", True, "2024-04-15", False)
    assert not periods_match("2023-04-03", True, "2024-04-15", False)


def test_a_current_figure_is_of_one_of_the_two_months_before() -> None:
    june = said(
        "The think-tank put computing power at 197 exaflops at the end of June 2024.",
        "197",
        date(2025, 1, 20),
        "2024-06",
    )
    current = said("The country currently has 230 exaflops.", "230", date(2024, 7, 3))
    assert same_period(june, current) and same_period(current, june)
    fresh = said("The country now has 230 exaflops.", "230", date(2024, 7, 3))
    august = said("The country currently has 230 exaflops.", "230", date(2024, 8, 3))
    september = said("The country currently has 230 exaflops.", "230", date(2024, 9, 3))
    assert same_period(june, august) and same_period(august, june)
    assert not same_period(june, fresh) and not same_period(june, september)


def test_a_count_of_a_unit_is_that_measure_unless_a_reviewer_said_otherwise() -> None:
    sentence = "The trail runs for under 200 kilometres."
    start = sentence.index("200 kilometres")
    fields = dict(
        id=1, fingerprint="f", source_id=1, article_id=1, quote="200 kilometres",
        sentence=sentence, start=start, end=start + 14, sentence_start=0,
        sentence_end=len(sentence), value=200.0, value_max=None, unit=None, qualifier="<",
        vague=False, noun="kilometres", date=None, date_precision=None, date_text="",
        equivalent_id=None,
        status="unreviewed", corrected_value=None, corrected_value_max=None,
        corrected_unit=None, corrected_noun=None, version=1,
    )  # fmt: skip
    counted = statement(Row(**fields), "2025-06-10")
    assert (counted.unit, counted.dimension) == ("kilometer", "length")
    kept = statement(Row(**{**fields, "corrected_unit": ""}), "2025-06-10")
    assert kept.dimension == "count"
    bikes = statement(Row(**{**fields, "noun": "hydrogen bikes"}), "2025-06-10")
    assert (bikes.unit, bikes.dimension) == (None, "count")


def test_a_figure_since_a_date_is_new_since_then() -> None:
    sentence = "Since July, paying users can generate 10 seconds at a time."
    since = said(sentence, "10 seconds", date(2024, 9, 25), date_text="Since July")
    assert since.fresh and since.date == "2024-09-25"
    assert not said(sentence, "10 seconds", date(2024, 9, 25), date_text="July").fresh


def test_a_disputed_figure_speaks_of_the_period_of_the_figure_it_disputes() -> None:
    dated = said(
        "By the end of 2023 China had 18,000 hydrogen vehicles.", "18,000", date(2025, 3, 10),
        "2023",
    )  # fmt: skip
    disputing = said(
        "Analysts dispute that count, putting the fleet at 12,000 vehicles.",
        "12,000",
        date(2025, 3, 10),
    )
    plain = said("There are some 12,000 hydrogen vehicles in China.", "12,000", date(2025, 3, 10))
    # Undated, a figure set against another source's is of that figure's period…
    assert disputing.disputes and same_period(dated, disputing) and same_period(disputing, dated)
    # …which a plain restatement, stated in another year's article, is not.
    assert not plain.disputes and not same_period(dated, plain)


@pytest.mark.parametrize(
    ("sentence", "quote", "fresh", "disputes"),
    [
        # A value at the prices of its day is new at that day, not the earlier value restated.
        ("At Tuesday's prices, above $91,000 per coin, they are worth about $5.6 billion.",
         "$5.6 billion", True, False),
        ("Officers seized 61,000 bitcoins; at today's prices the haul is worth over £5 billion.",
         "£5 billion", True, False),
        ("At prices on January 20 this year, 61,000 bitcoins would be worth over $6 billion.",
         "$6 billion", True, False),
        ("The fund converts to $1.4 billion at current exchange rates.", "$1.4 billion", False,
         False),
        ("Kling 1.5, released in September, stretches clips to 10 seconds.", "10 seconds", True,
         False),
        ("It now says it runs more than 13,000 on the island.", "13,000", True, False),
        ("Trackers reckon it has eased to around 85% after a wave of customs holds.", "85%",
         True, False),
        # a sentence opening on the present
        ("Today, Gogoro says, its network counts more than 13,600 stations.", "13,600", True,
         False),
        ("Today's filing lists 13,600 stations.", "13,600", False, False),
        # a change to a new value
        ("In July Kuaishou extended that to 10 seconds for most users.", "10 seconds", True,
         False),
        ("The overall budget has since been lifted to 20 billion yuan.", "20 billion yuan", True,
         False),
        ("By late August, generation times had stretched to ten minutes per clip.",
         "ten minutes", True, False),
        # (a40, c40 of the held-out follow-ups)
        ("A September update doubled the maximum to 10 seconds.", "10 seconds", True, False),
        ("Since the 1.5 update in September, subscribers can make 10-second clips.", "10-second",
         True, False),
        ("Since then, China has made implanting an edited embryo a crime that can carry seven "
         "years in prison.", "seven years", False, False),
        # "now" a few words before the figure.
        ("Its website now lists a little over 13,000.", "13,000", True, False),
        # …or "the current version", or "these days" just after it.
        ("The current version produces 10-second clips in full HD.", "10-second", True, False),
        ("The side business brings in less than 2,000 yuan a year these days.", "2,000 yuan",
         True, False),
        ("It brought in 2,000 yuan, and these days she sends fewer.", "2,000 yuan", False,
         False),
        # (b48, f48 of the held-out follow-ups) "now" before a figure up to a bound; a change
        # from an earlier value just after it
        ("The latest Kling versions now produce clips of up to 10 seconds in a single pass.",
         "10 seconds", True, False),
        ("Researchers classed roughly 40 per cent of the longest Chinese tokens as spam, down "
         "from the spring.", "40 per cent", True, False),
        ("Researchers classed roughly 40 per cent of the longest Chinese tokens as spam. It was "
         "down from the spring.", "40 per cent", False, False),
        # A change over the period of another figure is no dispute of it; the same period
        # another source gives a figure for is.
        ("The fleet rose to about 30,000 over the same period, the alliance said.", "30,000",
         True, False),
        ("For the same period, the ministry counted 30,000 vehicles.", "30,000", False, True),
        # (rules 205, x48) what reports had said before; not what a company reports it had done
        ("Local press reports in April had put the price at R$3.5 billion.", "R$3.5 billion",
         False, True),
        ("The company reports that it had put 500 stations in place.", "500", False, False),
        # (rules 203, w48) a benchmark is no other source's count of the figure
        ("The county employs 1,150 nurses in its hospitals, or about one nurse for every 3,800 "
         "residents, far below the World Health Organization's benchmark.", "1,150", False,
         False),
        ("The ministry counted 1,150 nurses, far below the union's figure.", "1,150", False,
         True),
        # a count lower than another's
        ("Taipower's own logs counted only about 400 sites that responded.", "400", False,
         True),
        ("The ministry counted 400 sites that responded.", "400", False, False),
        # what earlier reports said
        ("Earlier Chinese reports had put the number of investors at about 100,000.", "100,000",
         False, True),
        ("Some early accounts in British media put the stash at about 70,000 coins.", "70,000",
         False, True),
        ("Earlier this year the firm put 30,000 new vehicles on the road.", "30,000", False,
         False),
        # "however … only": fewer than the figure before says
        ("A review by the utility, however, credited only about 350 stations.", "350", False,
         True),
        ("However, the firm plans 350 more stations.", "350", False, False),
        # Whose own count it is by: the subject's own account, no dispute of another source;
        # a reporter's own count is one.
        ("By her own reckoning she has passed 60,000 messages.", "60,000", True, False),
        ("By our own count, she has sent 60,000 messages.", "60,000", False, True),
        ("Its own tally puts the fleet at 15,000 vehicles.", "15,000", False, True),
        # another source's estimate of the figure (d38, a38 of the held-out follow-ups)
        ("Chinese police records cited by Caixin put the number of victims at around 90,000.",
         "90,000", False, True),
        ("Some analysts are more conservative: Boston-based Aerial Insight puts the current "
         "market at $4.5 billion.", "$4.5 billion", True, True),
        ("A Youon technician I chatted with at a depot was less generous: in his experience a "
         "tank is good for about 50 km before the assist fades.", "50 km", False, True),
        ("Lexicographers might quibble with that total (the standard Kangxi dictionary lists "
         "about 47,000), but the point stands.", "47,000", False, True),
        ("Some analysts' estimates for mid-2024 were as low as 197 exaflops.", "197 exaflops",
         False, True),
        ("The island's Energy Administration lists only about 10,000 registered sites.",
         "10,000", False, True),
        ("The China Academy of Information and Communications Technology, using a narrower "
         "definition of a standard rack, put last year's figure at about 6 million rather than "
         "the academic's count.", "6 million", False, True),
        ("Jiumei herself is less sure: maybe 30,000, she told us.", "30,000", False, True),
        ("Analysts are sceptical of the 9,000 figure.", "9,000", False, True),
        ("The firm put 500 new stations into service in May.", "500", False, False),
        # (rules 153, b42, d42) the second of two sources' figures in one sentence, not the
        # first, nor a newer count after "; … now"
        ("Companies say the approval process adds two to four months to projects, while some "
         "foreign drugmakers told Caixin that the delays can stretch to as much as six months.",
         "six months", False, True),
        ("Companies say the approval process adds two to four months to projects, while some "
         "foreign drugmakers told Caixin that the delays can stretch to as much as six months.",
         "two to four months", False, False),
        ("Last summer the firm had half a dozen rivals; a trade newsletter I follow now lists "
         "nine competitors.", "nine", True, False),
        ("The ministry put the project at risk with a 5% cut.", "5%", False, False),
        # (rules 166, c43) a time named by an event is no other source's figure
        ('The same week as that interview, Beijing launched the third phase of its "Big Fund" '
         "for chips, worth 344 billion yuan.", "344 billion yuan", False, False),
        ("The same week, a trade group put the fleet at 25,000.", "25,000", False, True),
    ],
)  # fmt: skip
def test_what_makes_a_figure_new_or_set_against_another(
    sentence: str, quote: str, fresh: bool, disputes: bool
) -> None:
    found = said(sentence, quote, date(2025, 1, 20))
    assert (found.fresh, found.disputes) == (fresh, disputes)


def test_a_dated_disputed_figure_is_of_an_undated_figure_of_the_months_around_it() -> None:
    reported = said("China has 21,000 hydrogen vehicles.", "21,000", date(2024, 8, 2))
    near = said(
        "A lower count than the official one puts July's fleet at 15,000 vehicles.",
        "15,000", date(2024, 9, 1), "2024-07",
    )  # fmt: skip
    far = said(
        "A lower count than the official one puts the fleet at 15,000 vehicles in December.",
        "15,000", date(2024, 9, 1), "2023-12",
    )  # fmt: skip
    assert near.disputes and same_period(reported, near) and same_period(near, reported)
    assert not same_period(reported, far)


def test_a_disputed_figure_dated_by_a_later_date_is_where_it_had_got_to() -> None:
    # (rules 164, d43) not another count of the seed's period: a timeline
    reported = said("China has about 21,000 hydrogen vehicles.", "21,000", date(2024, 8, 2))
    text = (
        "By the end of 2024, cumulative sales data from the carmakers' association put the "
        "fleet at nearly 30,000, and the number of filling stations had passed 540."
    )
    later = said(text, "30,000", date(2025, 2, 1), "2024-12", date_text="By the end of 2024")
    assert later.disputes and later.reached
    assert not same_period(reported, later) and not same_period(later, reported)
    # dated in the end of 2024 without "by": the disputed period's months still
    during = said(text, "30,000", date(2025, 2, 1), "2024-12", date_text="at the end of 2024")
    assert not during.reached and same_period(reported, during)


@pytest.mark.parametrize(
    ("lead", "disputes"),
    [
        ("Those numbers are contested. ", True),
        ("China's fleet grew fast. Not every analyst accepts the official count. ", True),
        ("Lawyers for the victims disputed the prosecution's tally. ", True),
        # A sentence with a figure of its own disputes that one, not the next.
        ("Early testers got closer to 720p. ", False),
        ("China's fleet grew fast. ", False),
        ("", False),
    ],
)
def test_a_sentence_before_may_set_a_figure_against_another(lead: str, disputes: bool) -> None:
    july = said(
        "The alliance said 17,000 vehicles were in service at the end of December.",
        "17,000", date(2025, 1, 9), "2024-12", 17000.0, "=", lead,
    )  # fmt: skip
    assert july.disputes is disputes
    # Disputing, a dated figure speaks of the period of an undated one months before.
    assert same_period(SEED, july) is disputes


def test_a_large_facts_conflicts_are_counted_in_bulk_as_pair_by_pair() -> None:
    # 96 statements (the bulk count starts at 64): values, dates of their own or not, said to
    # be new or not, disputing or not, exact, approximate, caps or floors, in articles of
    # several dates.
    rng = random.Random(7)
    sentences = (
        "China has {} hydrogen vehicles.",
        "China now has {} hydrogen vehicles.",
        "Analysts dispute that, putting the fleet at {} vehicles.",
    )
    members = []
    for _ in range(96):
        figure = str(rng.choice((12000, 15000, 16000, 21000, 21500, 30000)))
        own = rng.choice((None, "2024", "2024-07", "2025-03"))
        published = date(rng.choice((2024, 2025)), rng.choice((3, 7, 8, 12)), 1)
        text = rng.choice(sentences).format(figure)
        qualifier = rng.choice(("=", "~", "<=", ">"))
        members.append(said(text, figure, published, own, float(figure), qualifier))
    items, _ = comparable(members, Rates([]))
    pairs = list(_pairwise(sorted(items, key=lambda c: c.interval.low)))
    # the same pairs in the same order, listed (a fact's detail) and counted (its row)
    assert pairs and list(_conflicting(items)) == pairs
    assert _conflicts(items) == len(pairs)
    checks = check_fact(members, Rates([]), most=5)
    assert checks.findings == [_finding(low, high) for low, high in pairs[:5]]
    assert checks.more == len(pairs) - 5


def test_a_rate_the_corpus_never_gives_goes_through_a_currency_both_were_converted_to() -> None:
    def converted(i: int, source: str, target: str, rate: float) -> Conversion:
        return Conversion(i, i + 100, "", "", source, target, rate)

    rates = Rates(
        [
            converted(1, "CNY", "USD", 0.14),  # "17 billion RMB ($2.3 billion)"
            converted(2, "CNY", "USD", 0.135),
            converted(3, "INR", "USD", 0.012),  # "₹19,000 crore (about $2.3 billion)"
            converted(4, "GBP", "EUR", 1.17),
        ]
    )
    assert rates.rate("CNY", "USD") == pytest.approx(0.1375)
    assert rates.rate("INR", "CNY") == pytest.approx(0.012 / 0.1375)
    assert rates.rate("CNY", "INR") == pytest.approx(0.1375 / 0.012)
    assert rates.rate("CNY", "GBP") is None  # no currency in common


def test_sums_in_two_currencies_may_differ_by_the_rate_of_the_day() -> None:
    # (rules 212, e49) 2023 revenue of R$6.8 billion, restated a year later as US$1.2 billion
    # at the day's rate (5.6 to the dollar, not the corpus's 5.0): no conflict; US$1 billion is
    rates = Rates([Conversion(1, 101, "", "", "BRL", "USD", 0.2)])
    revenue = [
        said(text, quote, date(2025, 2, 18), "2023", value, unit=unit)
        for text, quote, value, unit in (
            ("Net revenue for 2023 was R$6.8 billion.", "R$6.8 billion", 6.8e9, "BRL"),
            ("It booked 2023 net revenue of US$1.2 billion.", "US$1.2 billion", 1.2e9, "USD"),
            ("A rival put 2023 net revenue at US$1 billion.", "US$1 billion", 1e9, "USD"),
        )
    ]
    items, notes = comparable(revenue, rates)
    assert not notes
    pairs = {(low.statement.quote, high.statement.quote) for low, high in _conflicting(items)}
    assert pairs == {("US$1 billion", "R$6.8 billion"), ("US$1 billion", "US$1.2 billion")}


def test_a_figure_set_against_another_is_of_its_period_whatever_now_it_says() -> None:
    # A fact-check quoting a post: anyone who implants an edited embryo "now faces up to 10
    # years" (disputed) is of the period of the law it misstates, not a new count.
    assert periods_match("2024-10-22", False, "2024", False, a_fresh=True, a_disputes=True)
    assert not periods_match("2024-10-22", False, "2024", False, a_fresh=True)


def test_magnitudes_conflict_by_their_difference_not_their_ratio() -> None:
    quakes = [
        said(text, quote, date(2024, 4, 20), "2024-04", value, unit="magnitude")
        for text, quote, value in (
            ("The April quake was a magnitude 7.4.", "7.4", 7.4),
            ("A viral post called the April quake a magnitude 8.1.", "8.1", 8.1),
            ("Another agency measured the April quake at magnitude 7.5.", "7.5", 7.5),
        )
    ]
    items, _ = comparable(quakes, Rates([]))
    pairs = {(low.statement.value, high.statement.value) for low, high in _conflicting(items)}
    assert pairs == {(7.4, 8.1), (7.5, 8.1)}  # 7.4 and 7.5 are one reading, 9% is not
    many = [quakes[k % 3] for k in range(70)]  # counted in bulk from 64 statements
    items, _ = comparable(many, Rates([]))
    assert _conflicts(items) == len(list(_conflicting(items))) > 0


def test_money_per_a_time_is_compared_as_money_a_year() -> None:
    # As matching compares it: "her annual income at about 10,000 yuan" against "earns around
    # 3,000 RMB annually" is a conflict; "250 yuan a month" is the 3,000 a year.
    year, month, amount = (
        said(text, quote, date(2025, 2, 3), value=value, qualifier="~", unit=unit)
        for text, quote, value, unit in (
            ("She earns around 3,000 RMB annually.", "3,000 RMB", 3000.0, "CNY/year"),
            ("She earns about 250 yuan a month.", "250 yuan", 250.0, "CNY/month"),
            ("A profile put her annual income at 10,000 yuan.", "10,000 yuan", 10000.0, "CNY"),
        )
    )
    items, notes = comparable([year, month, amount], Rates([]))
    assert not notes and {i.interval.unit for i in items} == {"CNY"}
    pairs = {(low.statement.quote, high.statement.quote) for low, high in _conflicting(items)}
    assert pairs == {("3,000 RMB", "10,000 yuan"), ("250 yuan", "10,000 yuan")}


@pytest.mark.parametrize(
    ("a", "a_dated", "b", "b_dated", "same"),
    [
        # k35: the seed's "7.4 magnitude" quake of April 2024 and a later article's "magnitude-7.2"
        ("2024-04", True, "2025-04-10", False, True),
        ("2024-04", False, "2025-09-01", False, True),
        # dated to other years: another quake
        ("2024-04", True, "2021-09", True, False),
    ],
)
def test_an_events_measure_is_of_one_period_unless_both_are_dated_apart(
    a: str, a_dated: bool, b: str, b_dated: bool, same: bool
) -> None:
    assert periods_match(a, a_dated, b, b_dated, event=True) is same
    assert not periods_match("2024-04", True, "2025-04-10", False)  # other measures: a timeline


def test_an_undated_figure_of_the_first_half_of_a_year_may_be_the_year_befores() -> None:
    # A broker's "52% in 2023" against the 44% an article of February 2024 gave with no date:
    # one period (a rival estimate, a conflict), not a timeline; an article of September or
    # of 2025 speaks of its own time.
    rival = said(
        "Kotwal Securities said in a note this month that the company held closer to 31% in "
        "2023, with rival ZoomBasket on 52%.",
        "52%", date(2024, 8, 20), "2023",
    )  # fmt: skip
    sentence = (
        "DashCart holds an estimated 38% of India's quick-commerce market, according to "
        "Mumbai-based Praxis Market Analytics, behind rival ZoomBasket with 44%."
    )
    february = said(sentence, "44%", date(2024, 2, 14))
    assert same_period(rival, february) and same_period(february, rival)
    for later in (date(2024, 9, 14), date(2025, 2, 14)):
        assert not same_period(rival, said(sentence, "44%", later))


def test_sums_of_a_currency_the_corpus_never_converts_are_compared_among_themselves() -> None:
    # (x48) the budget office's C$39.5 billion against the company's C$34 billion, in a fact
    # whose other figures are in US dollars and a corpus with no Canadian dollar rate
    cost = [
        said(text, quote, date(2024, 7, 1), "2024", value, unit=unit)
        for text, quote, value, unit in (
            ("The budget office put the expansion's cost at C$39.5 billion.", "C$39.5 billion",
             39.5e9, "CAD"),
            ("The company says the expansion will cost C$34 billion.", "C$34 billion", 34e9,
             "CAD"),
            ("Shippers pay $9 billion for the expansion.", "$9 billion", 9e9, "USD"),
            ("Its lenders put in $7 billion.", "$7 billion", 7e9, "USD"),
            ("Investors hold $8 billion of its bonds.", "$8 billion", 8e9, "USD"),
        )
    ]  # fmt: skip
    checks = check_fact(cost, Rates([]))
    pairs = {(f.claim_ids[0], f.claim_ids[1]) for f in checks.findings}
    assert (cost[1].claim_id, cost[0].claim_id) in pairs
    assert any("compared with its other CAD figures only" in n for n in checks.notes)
    assert {p.interval.unit for p in checks.timeline} == {"USD"}


def test_a_large_facts_sums_in_two_currencies_conflict_in_bulk_as_pair_by_pair() -> None:
    # (rules 212's rate-of-the-day tolerance, in a fact of 96 statements) R$6.8 billion and
    # US$1.2 billion are the same revenue at the day's rate, counted in bulk as pair by pair
    rates = Rates([Conversion(1, 101, "", "", "BRL", "USD", 0.2)])
    rng = random.Random(11)
    members = []
    for _ in range(96):
        value, unit = rng.choice(((6.8e9, "BRL"), (1.2e9, "USD"), (1e9, "USD"), (5e9, "BRL")))
        quote = f"{'R$' if unit == 'BRL' else 'US$'}{value / 1e9:g} billion"
        members.append(said(f"Net revenue for 2023 was {quote}.", quote, date(2025, 2, 18),
                            "2023", value, unit=unit))  # fmt: skip
    items, _ = comparable(members, rates)
    pairs = list(_pairwise(sorted(items, key=lambda c: c.interval.low)))
    assert pairs and list(_conflicting(items)) == pairs
    assert _conflicts(items) == len(pairs)
