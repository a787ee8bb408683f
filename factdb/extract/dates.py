"""When a claim holds: time expressions found by an ordered pattern table, resolved with dateparser.

``find_dates`` lists the time expressions of a sentence ("On June 4", "last year", "in 2018",
"this April", "Now", "in the second quarter", "in the three months to June", "FY2024");
``resolve`` turns one into an ISO date truncated to its precision. Pure years and parts of a
year (quarters, halves, fiscal years: their year) are resolved without dateparser; a period
named by its end resolves to that end. Dateparser calls are cached per (expression, reference
date) because each costs about a millisecond, and the commonest expressions ("now", "last
week", "June 4") are read without it (:func:`plain_date`, checked against it).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from factdb.extract import attribution
from factdb.extract.gates import by_first_letter
from factdb.extract.numbers import parse_number

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept?", "Oct", "Nov", "Dec"
)  # fmt: skip
_MONTH = r"(?:" + "|".join(MONTHS) + rf"|(?:{'|'.join(_MONTH_ABBREVIATIONS)})\.)"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})"
_YEAR = r"(?:1[89]|20)\d{2}"
# "As recently as 2020, analysts put its share at 76%": the time the figure held.
_AS_RECENTLY_AS = r"as\s+(?:recently|late|early|long\s+ago|far\s+back)\s+as"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_PERIOD = r"(?:week|month|year|quarter|decade|summer|spring|autumn|fall|winter|weekend|season)"
_DAY_PART = r"(?:morning|afternoon|evening|night)"
_NUMBER_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
# A calendar date as a period's end or a point in time: "June", "July 28", "Aug. 2",
# "March 2024", "31 March".
_CALENDAR = rf"(?:{_MONTH}(?:\s+{_DAY})?(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?)"
_ORDINAL = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
# Which year a period belongs to: "of 2024", "of the year", "of last year".
_OF_YEAR = rf"(?:\s+of\s+(?:{_YEAR}\b|the\s+year|this\s+year|last\s+year))"
# The preposition before a day: "on June 4", "from July 1", "until 31 March".
_ON = r"(?:(?:on|from|by|until|since|through|before|after)\s+)?"
_FISCAL = rf"(?:fiscal|financial)(?:\s+year)?\s+(?:{_YEAR}|\d{{2}})(?:[-/]\d{{2}})?\b"

# Ordered: the first pattern to match at a position wins, so full dates ("April 24, 2024")
# come before their parts ("April 24") and "in the past week" before "past week".
DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    # A period named by its end: "in the three months to June", "the quarter ended July 28".
    (
        "period_to",
        r"(?:(?:in|for|during|over)\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:months|weeks|quarter|half"
        rf"|year|week|month|period)\s+(?:to|ended|ending|through)\s+(?:in\s+|the\s+end\s+of\s+)?"
        rf"(?:{_CALENDAR}|{_WEEKDAY})\b",
    ),
    # "between April 26 and May 29", "between January and the end of March".
    (
        "between",
        rf"between\s+(?:{_CALENDAR}|{_YEAR})\s+and\s+(?:the\s+end\s+of\s+)?(?:{_CALENDAR}|{_YEAR})"
        r"\b",
    ),
    # "in the April-June period", "the April-to-June quarter", "in January-March".
    (
        "month_range",
        rf"(?:(?:in|for|during|over|from)\s+)?(?:the\s+)?{_MONTH}(?:\s*[-–]\s*|-?to-?|\s+(?:to|through)\s+)"
        rf"{_MONTH}(?:\s+(?:period|quarter))?(?:,?\s+{_YEAR})?\b",
    ),
    # "as of June 2024", "as at the end of March", "as of September this year"
    (
        "as_of",
        rf"as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?(?:{_CALENDAR}(?:,?\s+(?:of\s+)?"
        rf"(?:this|last|next)\s+year)?|{_YEAR})\b",
    ),
    # "at the end of June", "by the end of the year", "since the start of 2023".
    (
        "edge_of",
        r"(?:(?:at|by|until|to|from|since|before|after|towards?)\s+)?the\s+(?:end|start"
        rf"|beginning|middle|close)\s+of\s+(?:{_CALENDAR}|{_YEAR}|(?:the|this|last|next)\s+"
        r"(?:year|month|quarter|week|decade))\b",
    ),
    # Parts of a year: "in the second quarter", "the first half of 2024", "in Q3", "FY2024",
    # "in fiscal 2023"; resolved to their year.
    (
        "part_of_year",
        rf"(?:(?:in|during|for|over|of|into)\s+)?(?:the\s+)?(?:(?:fiscal|financial)\s+)?"
        rf"{_ORDINAL}[\s-]+(?:quarter|half){_OF_YEAR}?\b",
    ),
    (
        "quarter_code",
        rf"(?:(?:in|during|for|of|into)\s+)?(?:the\s+)?(?:(?:Q[1-4]|H[12])(?:\s+{_YEAR}|\s*['’]\d{{2}})?"
        rf"|FY\s?-?(?:{_YEAR}|\d{{2}})|{_FISCAL})\b",
    ),
    (
        "counted_period",
        r"(?:(?:in|during|for|over|within)\s+)?the\s+(?:first|past|last|previous|next|coming)\s+"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
        rf"(?:months|weeks|days|years|hours){_OF_YEAR}?",
    ),
    ("the_quarter", r"(?:in|during|for)\s+the\s+(?:quarter|half)\b(?!\s+of\b)"),
    # "in the just-ended fiscal year", "for the current financial year": which year it is
    # depends on the company's calendar, so it is not resolved.
    (
        "fiscal_year",
        r"(?:(?:in|during|for|over)\s+)?the\s+(?:just[\s-]ended|latest|current|previous|prior"
        r"|past|last|coming|next|new)\s+(?:fiscal|financial)\s+year\b",
    ),
    (
        "same_period",
        r"(?:(?:in|during|for)\s+)?the\s+same\s+(?:period|month|quarter|week|half|time)\s+"
        rf"(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|(?:of|in)\s+{_YEAR})\b",
    ),
    (
        "to_date",
        r"year[\s-]to[\s-]date|so\s+far\s+(?:this|in)\s+(?:year|month|week|quarter|season|\d{4})"
        r"\b",
    ),
    # "at the weekend", "during the summer", "in the winter of 2022".
    (
        "the_weekend",
        r"(?:over|during|at|on|by|in)\s+the\s+(?:weekend|summer|winter|spring|autumn)\b"
        rf"(?:\s+of\s+{_YEAR}\b)?",
    ),
    ("month_day_year", rf"{_ON}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("day_month_year", rf"{_ON}{_DAY}\s+(?:of\s+)?{_MONTH}\s+{_YEAR}\b"),
    # "on April 3 last year": the April 3 of the year before the reference's
    ("month_day", rf"{_ON}{_MONTH}\s+{_DAY}\b(?:,?\s+(?:this|last|next)\s+year\b)?"),
    ("day_month", rf"{_ON}{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+(?:this|last|next)\s+year\b)?"),
    (
        "month_year",
        rf"(?:(?:in|since|by|until|from|{_AS_RECENTLY_AS})\s+)?(?:early\s+|late\s+|mid-)?{_MONTH}"
        rf"\s+{_YEAR}\b",
    ),
    # "in April last year", "in March of this year": a month of the year before or after.
    (
        "month_of_year",
        rf"(?:(?:in|since|by|until|from|through|during)\s+)?(?:early\s+|late\s+|mid-)?{_MONTH}"
        r"(?:\s+of)?\s+(?:last|this|next)\s+year\b",
    ),
    ("this_month", rf"(?:this|last|next)\s+{_MONTH}\b"),
    (
        "in_month",
        rf"(?:in|since|by|until|from|through|during)\s+(?:early\s+|late\s+|mid-)?{_MONTH}\b",
    ),
    # "the April quake", "the March report", "its May sales", "Chinese brands' June share":
    # that month, as "in April" is.
    (
        "the_month",
        rf"(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=[’']s\s)|(?<=s[’']\s)){_MONTH}"
        rf"(?:\s+{_YEAR})?(?=\s+[a-z])",  # "the June 2024 market"
    ),
    # "China ended 2024 with 28,000 vehicles", "began 2025 with": the year's last or first
    # month, as "at the end of 2024" is.
    (
        "year_ended",
        rf"(?:(?<=\bended\s)|(?<=\bclosed\s)|(?<=\bfinished\s)){_YEAR}(?=\s+(?:with|at)\b)",
    ),
    ("year_begun", rf"(?:(?<=\bbegan\s)|(?<=\bstarted\s)){_YEAR}(?=\s+(?:with|at)\b)"),
    # "its 2023 revenue", "a 2021 programme", "the 2023 survey": that year, as "in 2023" is.
    (
        "the_year",
        r"(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\ba\s)|(?<=[’']s\s)|(?<=s[’']\s))"
        rf"{_YEAR}(?=\s+[\"“]?[a-z])",
    ),
    ("decade", r"(?:in\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:19|20)\d0s\b"),
    ("every_day_of", rf"every\s+(?:single\s+)?day\s+of\s+{_YEAR}\b"),
    (
        "in_year",
        rf"(?:in|since|by|until|through|during|from|of|for|{_AS_RECENTLY_AS})\s+"
        rf"(?:early\s+|late\s+|mid-)?{_YEAR}"
        r"(?:[-/–]\d{2}(?!\d))?\b(?!s)",
    ),
    (
        "past_period",
        rf"(?:(?:in|over|during)\s+)?the\s+(?:past|last|previous|coming|next)\s+{_PERIOD}\b",
    ),
    # "over the coming years", "in the past few months": a span around the reference date.
    (
        "plural_period",
        r"(?:(?:in|over|during|within)\s+)?the\s+(?:past|last|previous|coming|next)\s+"
        r"(?:few\s+|several\s+|couple\s+of\s+)?(?:years|months|weeks|days|decades)\b",
    ),
    ("this_period", rf"(?:(?:early|later|late|earlier)\s+)?(?:this|last|next)\s+{_PERIOD}\b"),
    # "that month", "the same year": the sentence's other time, at that precision.
    (
        "that_period",
        r"(?:(?:in|during|for|by|over)\s+)?(?:that|the\s+same)\s+(?:month|year|quarter|week)\b"
        r"(?!\s+(?:a\s+year|last\s+year|of|in)\b)",
    ),
    ("recent", r"in\s+recent\s+(?:years|months|weeks|days)\b"),
    (
        "ago_later",
        rf"(?:just\s+)?{_NUMBER_WORD}\s+(?:years?|months?|weeks?|days?)\s+(?:ago|later|earlier"
        r"|before(?=\s*(?:[,.;:)]|$)))\b",
    ),
    (
        "weekday",
        rf"(?:(?:late|early)\s+)?(?:(?:on|last|this|next|since|by|until|for)\s+)?{_WEEKDAY}\b"
        rf"(?:\s+{_DAY_PART}\b)?",
    ),
    (
        "now",
        rf"\b(?:(?:this|yesterday)\s+{_DAY_PART}|tonight|last\s+night"
        r"|now(?!\s+(?:called|known|named))|currently|today|yesterday|at\s+present"
        r"|at\s+(?:this|the)\s+(?:point|moment))\b(?![’\']s)",
    ),
    # A recent, unstated time: kept as written, never resolved. "As recently as two years
    # ago" bounds another expression and "most recently" orders events: neither is a time.
    ("recently", r"(?<!as\s)(?<!most\s)(?<!more\s)\b(?:recently|lately)\b(?!\s+as\b)"),
)
# The words a time expression may open on, besides a month, a weekday or a digit: matching the
# patterns only where one of them starts is far cheaper than at every word (a test checks that
# no expression in the news corpus or in random text built from the patterns' words is lost).
OPENING_WORDS = (
    "in", "for", "during", "over", "from", "on", "by", "until", "since", "through", "before",
    "after", "at", "to", "towards?", "of", "into", "within", "as", "between", "the", "this",
    "last", "next", "every", "just", "early", "late", "later", "earlier", "mid", "fiscal",
    "financial", "first", "second", "third", "fourth", "final", "year", "so", "a", "an", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "yesterday",
    "tonight", "now", "currently", "today", "recently", "lately", "that", "jan", "feb", "mar",
    "apr",
    "jun", "jul", "aug", "sept?", "oct", "nov", "dec", "fy", "q[1-4]", "h[12]",
)  # fmt: skip
# The words grouped by their first letter, which a case-sensitive class matches (see
# gates.by_first_letter): tried at every word start, this is a third of what the plain
# alternation costs.
_OPENING_FRAGMENTS = (
    *OPENING_WORDS, *MONTHS, *(f"{a}\\." for a in _MONTH_ABBREVIATIONS), *WEEKDAYS
)  # fmt: skip
_OPENING = rf"(?=(?:{by_first_letter(_OPENING_FRAGMENTS)})\b|\d|{by_first_letter(['fy'])})"
# A time expression opens a word, not after a hyphen ("year-on-year" is no "on").
_DATE_RE = re.compile(
    rf"(?<![\w-]){_OPENING}(?:"
    + "|".join(rf"(?P<{name}>{pattern})" for name, pattern in DATE_PATTERNS)
    + ")",
    re.IGNORECASE,
)
_MONTH_RE = re.compile(_MONTH, re.IGNORECASE)
_CASE_SENSITIVE = {
    "month_day", "day_month", "in_month", "this_month", "month_year", "period_to", "as_of",
    "month_range", "edge_of", "between", "month_of_year", "the_month",
}  # fmt: skip
# A month or year before a noun is resolved as the same written with "in".
_AS_NAMED = {"the_month": "in_month", "the_year": "in_year"}
_LEAD_RE = re.compile(
    r"^(?:on|in|since|by|until|through|during|from|of|over|just|the|for|before|after"
    rf"|{_AS_RECENTLY_AS})\s+",
    re.I,
)
_PRECISION_LEN = {"year": 4, "month": 7, "day": 10}


def find_dates(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, pattern name) of each time expression in a sentence."""
    found = []
    for m in _DATE_RE.finditer(sentence):  # matches do not overlap
        name = m.lastgroup or ""
        # Month names must be capitalised: "may" and "march" are ordinary words too.
        months = _MONTH_RE.findall(m.group())
        if name in _CASE_SENSITIVE and months and not any(w[0].isupper() for w in months):
            continue
        found.append((m.start(), m.end(), _AS_NAMED.get(name, name)))
    return found


REFERENCE_PRECISIONS = ("day", "month", "year")


def resolve(
    expression: str, name: str, reference: date | None, precision: str = "day"
) -> tuple[str | None, str | None]:
    """(ISO date truncated to its precision, precision) for a time expression, or (None, None).

    ``precision`` is how much of ``reference`` is known. With "2024" only, a month or day the
    expression names is placed in 2024 ("In June" → 2024-06, not the June before 1 January),
    and what only the reference could fix ("today", "this week", "on Monday") is given to
    the year: "2024".
    """
    expression = " ".join(expression.split())
    if name == "as_of" and _RELATIVE_YEAR_RE.search(expression):
        name = "month_of_year"  # "as of September last year": as "in September last year"
    iso, found = _resolve(expression, name, _period_end(reference, precision))
    if iso is None or found is None or _RANK[found] <= _RANK[precision]:
        return iso, found
    if _MONTH_RE.search(expression):  # the text names the month; the year is the reference's
        return iso, found
    return iso[: _PRECISION_LEN[precision]], precision


_RANK = {"year": 0, "month": 1, "day": 2}
# "a year earlier", "two months before": a time before another the sentence names.
_EARLIER_THAN_RE = re.compile(
    rf"^(?:just\s+)?({_NUMBER_WORD})\s+(years?|months?)\s+(?:earlier|before)$", re.IGNORECASE
)


def resolve_in_sentence(
    sentence: str,
    span: tuple[int, int, str],
    spans: Sequence[tuple[int, int, str]],
    reference: date | None,
    precision: str = "day",
) -> tuple[str | None, str | None]:
    """:func:`resolve` for the time expression ``span`` of ``sentence``, with the others
    (``spans``) as its context: "a year earlier" is a year before the sentence's other time
    ("280 at the end of June, against 230 a year earlier" → June of the year before), else
    before the reference; a month without a year takes the year the sentence gives that
    month ("in April 2024, … on April 3" → 2024-04-03)."""
    expression = " ".join(sentence[span[0] : span[1]].split())
    others = [o for o in spans if o != span]
    earlier = _EARLIER_THAN_RE.match(expression)
    if earlier:
        anchor, kept = _anchor(sentence, others, reference, precision)
        if anchor is None:
            return None, None
        word = earlier.group(1).lower()
        count = 1 if word in ("a", "an") else int(parse_number(word))
        months = count * (12 if earlier.group(2).lower().startswith("year") else 1)
        if kept == "year" and months % 12:
            return None, None  # "two months before 2024": no month to count from
        day = date.fromisoformat(anchor + "-01-01"[: 10 - len(anchor)])
        return _add_months(day, -months).isoformat()[: _PRECISION_LEN[kept]], kept
    if span[2] == "that_period":
        return _that_period(sentence, expression, others, reference, precision)
    iso, found = resolve(expression, span[2], reference, precision)
    month = _MONTH_RE.search(expression)
    if iso and month and not _FULL_YEAR_RE.search(expression):
        for o in others:
            text = sentence[o[0] : o[1]]
            other_month = _MONTH_RE.search(text)
            year = _FULL_YEAR_RE.search(text)
            if (
                other_month
                and year
                and _full_month(other_month.group()) == _full_month(month.group())
            ):
                return year.group() + iso[4:], found
    return iso, found


def _that_period(
    sentence: str,
    expression: str,
    spans: Sequence[tuple[int, int, str]],
    reference: date | None,
    precision: str,
) -> tuple[str | None, str | None]:
    """ "that month" / "the same year" (``expression``) as the first of the sentence's other
    times (``spans``) that resolves, kept to a month or a year; none without one."""
    found = _first_resolved(sentence, spans, reference, precision)
    if found is None:
        return None, None
    iso, kept = found
    if expression.lower().endswith("year") or kept == "year":
        return iso[:4], "year"
    return iso[:7], "month"


def _anchor(
    sentence: str,
    spans: Sequence[tuple[int, int, str]],
    reference: date | None,
    precision: str,
) -> tuple[str | None, str]:
    """What "a year earlier" counts back from: the first of ``spans`` that resolves, else the
    reference's month (not its very day), as (ISO date, precision)."""
    found = _first_resolved(sentence, spans, reference, precision)
    if found is not None:
        return found
    if reference is None:
        return None, precision
    kept = "month" if precision == "day" else precision
    return reference.isoformat()[: _PRECISION_LEN[kept]], kept


def _first_resolved(
    sentence: str,
    spans: Sequence[tuple[int, int, str]],
    reference: date | None,
    precision: str,
) -> tuple[str, str] | None:
    """The first of ``spans`` that resolves, as (ISO date, precision), if any."""
    for start, end, name in spans:
        iso, found = resolve(sentence[start:end], name, reference, precision)
        if iso and found:
            return iso, found
    return None


def _period_end(reference: date | None, precision: str) -> date | None:
    """The last day of the year or month a reference of that precision stands for: an
    expression resolved in the past of it stays in the reference's period."""
    if reference is None or precision == "day":
        return reference
    if precision == "year":
        return date(reference.year, 12, 31)
    following = date(reference.year + reference.month // 12, reference.month % 12 + 1, 1)
    return following - timedelta(days=1)


@lru_cache(maxsize=2048)
def _resolve(expression: str, name: str, reference: date | None) -> tuple[str | None, str | None]:
    year = re.search(rf"\b{_YEAR}\b", expression)
    if name in ("in_year", "every_day_of") and year:
        return year.group(), "year"
    if name == "decade":
        return re.search(r"\d{4}", expression).group(), "year"  # type: ignore[union-attr]
    if name == "recently" or (
        name in ("recent", "ago_later") and not expression.lower().endswith("ago")
    ):
        return None, None  # relative to another event, not to the reference date
    if name == "the_weekend" and year:
        return year.group(), "year"
    if name in ("the_quarter", "the_weekend", "fiscal_year", "plural_period", "that_period"):
        return None, None  # which quarter or weekend the sentence does not say, or a span
    edge = _year_edge(expression, name, year.group() if year else None, reference)
    if edge:
        # "At the end of 2024" is its last month, not the whole year a mid-year figure is of;
        # "by the end of last year" too.
        return edge, "month"
    if name in ("period_to", "as_of", "month_range", "between") or (
        name == "edge_of" and _CALENDAR_RE.search(expression)
    ):
        return _resolve_calendar(expression, reference)
    if name == "counted_period" and not re.search(r"\bfirst\b", expression, re.I):
        return None, None  # the past or next N months: a span around the reference date
    if name in _YEAR_PARTS or name in _RELATIVE_MONTHS:
        return _part_of(expression, name, reference)
    precision = _precision(expression, name)
    if reference is None and not year:
        return None, None
    text = _LEAD_RE.sub("", _LEAD_RE.sub("", expression))
    text = re.sub(rf"^(?:this\s+{_DAY_PART}|tonight)$", "today", text, flags=re.I)
    text = re.sub(r"^last\s+night$", "yesterday", text, flags=re.I)
    text = re.sub(rf"\b(?:early|late|later|earlier|mid-)\s*|\s+{_DAY_PART}\b", "", text, flags=re.I)
    text, reference = _day_of_year(text, name, reference)
    text = re.sub(
        r"\b(?:currently|at present|at (?:this|the) (?:point|moment))\b", "now", text, flags=re.I
    )
    text = re.sub(r"^(?:past|previous)\s+", "last ", text, flags=re.I)
    text = re.sub(r"^this\s+(?=[A-Z])", "", text)  # "this April": the reference year's April
    text = text.strip()
    parsed = None if reference is None else plain_date(text, reference)
    if parsed is None:
        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if reference is not None:
            settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
        read = dateparser.parse(text, languages=["en"], settings=settings)
        if read is None:
            return None, None
        parsed = read.date()
    if name == "this_month" and expression.lower().startswith("this") and reference:
        parsed = parsed.replace(year=reference.year)
    return parsed.isoformat()[: _PRECISION_LEN[precision]], precision


def _day_of_year(text: str, name: str, reference: date | None) -> tuple[str, date | None]:
    """A day of a year relative to ``reference`` ("April 3 last year") as the day alone and
    the last day of that year to read it against; any other text as it is."""
    shifted = _DAY_OF_YEAR_RE.search(text) if name in ("month_day", "day_month") else None
    if shifted is None or reference is None:
        return text, reference
    year = reference.year + _YEAR_SHIFT[shifted.group(1).lower()]
    return text[: shifted.start()], date(year, 12, 31)


def _year_edge(expression: str, name: str, year: str | None, reference: date | None) -> str | None:
    """The month ("2024-12") of the year's edge an expression names with its ``year`` ("at the
    end of 2024") or one relative to the ``reference`` date ("by the end of last year"), if it
    names one."""
    shift = _RELATIVE_YEAR_RE.search(expression) if name == "edge_of" and reference else None
    if shift and reference:
        year = str(reference.year + _YEAR_SHIFT.get(shift.group(1).lower(), 0))  # "the year": 0
    edge = _edge_month(expression, name) if year else None
    return f"{year}-{edge}" if edge else None


def _edge_month(expression: str, name: str) -> str | None:
    """The month of the year's edge an expression with a year names ("at the end of 2024",
    "as of the end of 2024", "ended 2024 with": "12"), if it names one and no month."""
    if name in _YEAR_EDGES:
        return _YEAR_EDGES[name]
    edge = _EDGE_RE.search(expression) if name in ("edge_of", "as_of") else None
    return (
        None if edge is None or _MONTH_RE.search(expression) else _EDGE_MONTHS[edge.group().lower()]
    )


# Months added to the reference date by the commonest relative expressions.
_MONTH_SHIFTS = {
    "now": 0, "today": 0, "this year": 0, "last month": -1, "next month": 1, "last year": -12,
    "next year": 12,
}  # fmt: skip
_MONTH_NUMBERS = {name: n for n, name in enumerate(MONTHS, 1)}
_PLAIN_DAY_RE = re.compile(rf"({'|'.join(MONTHS)})(?: ([1-9]\d?)(?:, ((?:1[89]|20)\d\d))?)?")


def plain_date(text: str, reference: date) -> date | None:
    """The date dateparser reads in the commonest expressions ("now", "last week", "next
    year", "June", "June 4", "June 4, 2024"), past dates preferred, relative to
    ``reference``, without its millisecond a call; None for any other text, and where
    dateparser's reading is its own (an invalid day, February 29, "February" after the 28th).
    """
    low = text.lower()
    if low in _MONTH_SHIFTS:
        return _add_months(reference, _MONTH_SHIFTS[low])
    if low == "last week":
        return reference - timedelta(days=7)
    m = _PLAIN_DAY_RE.fullmatch(text)
    if m is None:
        return None
    month = _MONTH_NUMBERS[m[1]]
    if m[2] is None:  # the reference's day of that month, or the month's last day
        if month == 2 and reference.day > 28:
            return None
        day = min(reference.day, calendar.monthrange(2001, month)[1])
    else:
        day = int(m[2])
        if m[3]:
            year = int(m[3])
            return date(year, month, day) if day <= calendar.monthrange(year, month)[1] else None
        if (month, day) == (2, 29) or day > calendar.monthrange(2001, month)[1]:
            return None
    found = date(reference.year, month, day)
    return found if found <= reference else date(reference.year - 1, month, day)


def _add_months(day: date, months: int) -> date:
    """``day`` ``months`` later (earlier when negative), on the last day of a shorter month."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


_EDGE_MONTHS = {"end": "12", "close": "12", "start": "01", "beginning": "01", "middle": "06"}
_EDGE_RE = re.compile("|".join(_EDGE_MONTHS), re.I)
_YEAR_EDGES = {"year_ended": "12", "year_begun": "01"}
_RELATIVE_YEAR_RE = re.compile(r"\b(the|this|last|next)\s+year\b", re.I)
# Periods resolved to the year they fall in: quarters, halves, fiscal years, "so far this year".
_YEAR_PARTS = frozenset(
    {"part_of_year", "quarter_code", "counted_period", "same_period", "to_date", "edge_of"}
)
_FULL_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_SHORT_YEAR_RE = re.compile(r"(?:FY\s?-?|['’]|(?:fiscal|financial)\s+(?:year\s+)?)(\d{2})\b", re.I)
_EARLIER_RE = re.compile(r"\b(?:last\s+year|a\s+year\s+(?:earlier|ago|before))\b", re.I)
_PART_RE = re.compile(
    rf"\b(?:(?P<ord>{_ORDINAL})[\s-]+(?P<part>quarter|half)|(?P<code>[QH])(?P<n>[1-4]))\b", re.I
)
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4,
                   "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip
_CALENDAR_RE = re.compile(rf"{_CALENDAR}|{_YEAR}")
_DAY_RE = re.compile(r"(?<![\d,])\d{1,2}(?:st|nd|rd|th)?\b(?!,\d{3})")


def _year_of(expression: str, reference: date | None) -> tuple[str | None, str | None]:
    """The year of a period: written ("Q3 2023", "FY24", "fiscal 2023"), a year before the
    reference ("the same month last year"), or the reference year's — the year before when
    the named quarter or half has not begun by the reference date."""
    if m := _FULL_YEAR_RE.search(expression):
        return m.group(), "year"
    if m := _SHORT_YEAR_RE.search(expression):
        return f"20{m.group(1)}", "year"
    if reference is None:
        return None, None
    if _EARLIER_RE.search(expression):
        return str(reference.year - 1), "year"
    if re.search(r"\bnext\s+year\b", expression, re.I):
        return str(reference.year + 1), "year"
    return str(reference.year - _not_begun(expression, reference)), "year"


def _not_begun(expression: str, reference: date) -> int:
    """1 when the quarter or half an expression names starts after the reference month."""
    m = _PART_RE.search(expression)
    if m is None:
        return 0
    if m.group("code"):
        n, months = int(m.group("n")), 3 if m.group("code").upper() == "Q" else 6
    else:
        n = _ORDINAL_NUMBER[m.group("ord").lower()]
        months = 3 if m.group("part").lower() == "quarter" else 6
    return int(months * (n - 1) + 1 > reference.month)


def _resolve_calendar(expression: str, reference: date | None) -> tuple[str | None, str | None]:
    """A period named by its end ("the three months to June", "April-June"), or a point ("as
    of March 31", "the end of June"): the last date it names."""
    found = _CALENDAR_RE.findall(expression)
    if not found:
        weekday = re.search(_WEEKDAY, expression)  # "in the week to Sunday"
        return _resolve(weekday.group(), "weekday", reference) if weekday else (None, None)
    text = found[-1]
    month, year, day = _MONTH_RE.search(text), _FULL_YEAR_RE.search(text), _DAY_RE.search(text)
    if not month:
        name = "in_year"
    elif day:
        name = "month_day_year" if year else "month_day"
    else:
        name = "month_year" if year else "in_month"
    return _resolve(text, name, reference)


_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
_DAY_OF_YEAR_RE = re.compile(r",?\s+(this|last|next)\s+year$", re.IGNORECASE)
_RELATIVE_MONTHS = ("month_of_year", "this_month")


def _part_of(expression: str, name: str, reference: date | None) -> tuple[str | None, str | None]:
    """A part of a year (its year) or a month of a year relative to the reference's."""
    if name not in _RELATIVE_MONTHS:
        return _year_of(expression, reference)
    return (None, None) if reference is None else (_month_of(expression, reference), "month")


def _month_of(expression: str, reference: date) -> str:
    """The month a relative month names, as ISO: "April last year" in 2025 is 2024-04; "last
    April" is the latest April before the reference's month, "next April" the first after,
    "this April" the reference year's."""
    month = _MONTH_NUMBERS[_full_month(_MONTH_RE.search(expression).group())]  # type: ignore[union-attr]
    words = expression.lower().split()
    if words[-1] == "year":
        year = reference.year + _YEAR_SHIFT[words[-2]]
    else:
        shift = _YEAR_SHIFT[next(w for w in words if w in _YEAR_SHIFT)]
        year = reference.year
        if shift < 0 and month >= reference.month:
            year -= 1
        elif shift > 0 and month <= reference.month:
            year += 1
    return f"{year:04d}-{month:02d}"


def _full_month(name: str) -> str:
    """A month's full name from its name or abbreviation ("Sept." → "September")."""
    return next(m for m in MONTHS if m.lower().startswith(name.lower().rstrip(".")[:3]))


def _precision(expression: str, name: str) -> str:
    if name in ("month_day_year", "day_month_year", "month_day", "day_month", "weekday", "now"):
        return "day"
    if name in ("month_year", "this_month", "in_month"):
        return "month"
    low = expression.lower()
    if (
        re.search(r"\b(?:week|weekend|days?|ago)\b", low)
        and "year" not in low
        and "month" not in low
    ):
        return "day"
    if "month" in low:
        return "month"
    return "year"


_FILLER_RE = re.compile(
    r"^(?:[\s,;:.!?—–“”\"']|\b(?:and|but|or|so|just|like|then|even|yet|back)\b)*$", re.I
)
# A clause that qualifies or sets beside the one before: "…, beating scores of …" (a
# participle), "…, up 83% from a year earlier" (a change), "…, fewer than the 240,000
# forecast", "…, while the jobless rate rose to 3.9%", "…, with prices up 2.2%", "… and were
# up 5%"; its amounts
# hold when an earlier clause's do. An appositive ("…, its lowest level in two months") or a
# relative clause ("…, which grow 60% of …") states something else.
_DEPENDENT_RE = re.compile(
    r"^[\s,;:—–]*(?:[a-z]+ing\b|(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop|decline"
    r"|gain|jump)\s+of|compared\s+(?:with|to)|versus|while|whereas|as|with|above|below"
    r"|short\s+of|ahead\s+of|(?:fewer|more|less|higher|lower|greater|smaller|bigger|better|worse)"
    rf"\s+than|{attribution.AND_AUXILIARY})\b)"
)
# A clause that goes on with the one before, not a new one: "settled down $1.42, or 1.7%, at
# $82.08 a barrel on Thursday", "$28 billion, plus or minus 2%, for the second quarter".
_CONTINUATION_RE = re.compile(r"^[\s,]*(?:or|at|to|plus\s+or\s+minus|give\s+or\s+take)\b", re.I)
# A comparison's baseline: "up 20% from 2023", "than a year ago", "compared with the same
# period last year", "on a year earlier". "From" before a plain date is a start ("cut output
# from November", "rise 7% from July 1").
_COMPARISON_RE = re.compile(r"\b(?:from|than|with|to|on|versus|vs\.?|against)\s+$", re.I)
_CHANGE_FROM_RE = re.compile(r"(?:%|per\s*cent|percent|points?)\s+from\s+$", re.I)
_RELATIVE_EARLIER_RE = re.compile(
    r"(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+\w+"
    r"|the\s+same\s+\w+|last\s+year)\b",
    re.I,
)
# "From" a day is a start ("rise 7% from July 1"), "from January to May" a period.
# "its highest level since 2008", "the biggest drop since March": since when it is a record.
_SUPERLATIVE_RE = re.compile(
    r"\b(?:[a-z]{2,}est|most|least|first|best|worst)\s+(?:[\w-]+\s+){0,3}$", re.I
)
_BASELINE_WINDOW = 200
_NO_BASELINES = frozenset(
    {"month_day", "day_month", "month_day_year", "day_month_year", "month_range", "between"}
)
# A baseline amount's own time: "rose to 27.8% this year from 27.2% in 2023", "down from 67 a
# year earlier", "from the 7% it achieved in 2023" — the time of that amount only.
_BASELINE_AMOUNT_RE = re.compile(
    r"\d.*?\b(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    r"(?P<amount>[$€£¥]?\d[\d.,]*%?(?:\s+[a-z]+){0,2}?)(?:\s+(?:it|they|he|she|we)\s+[a-z]+)?"
    r"\s+$",
    re.I,
)
# When a statement was made: "Tesla said on Wednesday it delivered 443,956 vehicles in the
# three months through June" — the amount's own period, when its clause has one, comes first.
_STATEMENT_TIME_RE = re.compile(
    r"\b(?:said|says|reported|reports|announced|announces|added|confirmed|disclosed|revealed"
    r"|warned|told\s+\w+(?:\s+\w+)?)\s+$",
    re.I,
)
# "For" and a gerund name the cause, another event: "jailed on Thursday for stealing $8
# billion", "fined on Tuesday for failing to report £2m" — the earlier time is not its.
_GERUND_RE = re.compile(r"\bfor\s+[a-z]+ing\b")
_LEADING_PREPOSITION_RE = re.compile(r"^\s*(?:After|Before|Since|With|During|For|Over)\b")
# An opening clause of what happened at the same time: "During a grid disturbance in January,
# more than 1,000 stations paused", "When the quake struck on April 3, 500 sites stopped".
_SIMULTANEOUS_RE = re.compile(r"\s*(?:During|When|While|Amid|Amidst)\b")
# An opening clause that dates only itself: "After a 20% fall in 2022, …", "Founded in 1998, …".
_OPENING_MODIFIER_RE = re.compile(
    rf"{_LEADING_PREPOSITION_RE.pattern}|^\s*[A-Z][a-z]+ed\s+(?:in|on|at|by|from|as|with|since)\b"
)

# When a report came out, not when its figures hold: "A June 28 explainer said …", "an
# article on March 25 stated …", "a profile of the scientist published on April 2 said …".
_REPORT_NOUN = (
    r"(?:article|explainer|analysis|profile|report|story|brief|column|editorial|piece|post"
    r"|op-ed|newsletter|interview|feature|fact-check|broadcast|podcast|blog|video)s?"
)
_REPORT_DATED_RE = re.compile(
    rf"\b{_REPORT_NOUN}\s+(?:(?:[\w’'-]+\s+){{0,6}}?(?:published|posted|dated|released|aired"
    # "… published by another outlet in November"
    r"|issued|printed)\s+(?:by\s+(?:[\w’'-]+\s+){1,4}?)?(?:on\s+|in\s+)?|(?:on|of|dated)\s+)$",
    re.I,
)
_REPORT_DAY_RE = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_REPORT_NOUN}\b", re.I)
_DAYS = frozenset({"month_day", "day_month", "month_day_year", "day_month_year", "weekday"})

_Span = tuple[int, int, str]


# A figure a list line defines after a colon or dash: "• 280 exaflops: the country's …".
_DEFINED_AFTER_RE = re.compile(r"\s*[:—–]\s")


def pick(sentence: str, start: int, end: int, spans: list[_Span]) -> _Span | None:
    """The time expression an amount at sentence[start:end] holds at, from ``find_dates``.

    A change's baseline ("up 83% from a year earlier") and another amount's baseline ("from
    27.2% in 2023") are no candidates. In order: the nearest one in the amount's own clause
    (not one before a gerund that opens another event: "on Thursday for stealing $8bn"; the
    time of a statement only when the clause has no other: "said on Wednesday it sold …"); a
    clause that is only a time expression ("In 2012, …", "…, like in 2074, …") before the
    amount's clause or after it past clauses that only go on with it ("…, plus or minus 2%,
    for the second quarter"); a continuing clause's ("$1.42, or 1.7%, at $82.08 on
    Thursday"); for an opening prepositional clause ("After three years of …, X shut down last
    month") the next; for a clause that qualifies, sets beside or goes on with an earlier one
    ("…, up 12% on a year earlier", "…, while the jobless rate rose to 3.9%", "its count for
    that month was lower, at about 8%") the nearest earlier clause's, and for a figure a list
    line defines after a colon ("• 280 exaflops: the … power at the end of 2024") the next,
    not an opening modifier's ("Founded in 1998, …") nor a statement's; else the time of an
    attribution clause ("…, the company said on Tuesday").
    """
    spans = [
        s
        for s in spans
        if (s[1] <= start or s[0] >= end)
        and not _is_baseline(sentence, s, start)
        and not _dates_report(sentence, s)
    ]
    if not spans:
        return None
    segments = attribution.clauses(sentence)
    own = _segment_of(segments, start)

    def in_segment(i: int) -> list[_Span]:
        if not 0 <= i < len(segments):
            return []
        lo, hi = segments[i]
        return [s for s in spans if lo <= s[0] and s[1] <= hi]

    here = [
        s for s in in_segment(own) if s[1] > start or not _GERUND_RE.search(sentence, s[1], start)
    ]
    here = [s for s in here if not _STATEMENT_TIME_RE.search(sentence, 0, s[0])] or here
    if here:
        return min(here, key=lambda s: start - s[1] if s[1] <= start else s[0] - end)
    if _DEFINED_AFTER_RE.match(sentence, end) and in_segment(own + 1):
        # "• 280 exaflops: the country's total computing power at the end of 2024"
        return in_segment(own + 1)[0]
    found = _time_only_before(sentence, segments, own, in_segment) or _following(
        sentence, segments, own, in_segment
    )
    if found:
        return found
    if own > 0 and _SIMULTANEOUS_RE.match(sentence, segments[0][0]) and in_segment(0):
        return in_segment(0)[-1]
    text = sentence[segments[own][0] : segments[own][1]]
    if own == 0 and _LEADING_PREPOSITION_RE.match(text) and in_segment(1):
        return in_segment(1)[0]
    if _DEPENDENT_RE.match(text) or _CONTINUATION_RE.match(text):
        for i in range(own - 1, -1, -1):
            lo, hi = segments[i]
            if i == 0 and _OPENING_MODIFIER_RE.match(sentence[lo:hi]):
                break
            times = [s for s in in_segment(i) if not _is_statement(sentence, segments[i], s)]
            if times:
                return times[-1]
    return _statement_date(sentence, segments, own, in_segment)


def _time_only(sentence: str, segment: tuple[int, int], span: _Span) -> bool:
    return bool(_FILLER_RE.match(sentence[segment[0] : span[0]] + sentence[span[1] : segment[1]]))


def _time_only_before(
    sentence: str,
    segments: attribution.Clauses,
    own: int,
    in_segment: Callable[[int], list[_Span]],
) -> _Span | None:
    """A clause before the amount's that is only a time expression: "In 2012, …"."""
    for i in range(own):
        for s in in_segment(i):
            if _time_only(sentence, segments[i], s):
                return s
    return None


def _following(
    sentence: str,
    segments: attribution.Clauses,
    own: int,
    in_segment: Callable[[int], list[_Span]],
) -> _Span | None:
    """The time of a later clause that is only a time expression or goes on with the amount's
    clause, past clauses that only go on with it."""
    for i in range(own + 1, len(segments)):
        continues = bool(_CONTINUATION_RE.match(sentence[segments[i][0] : segments[i][1]]))
        for s in in_segment(i):
            if continues or _time_only(sentence, segments[i], s):
                return s
        if not continues:
            return None
    return None


def _statement_date(
    sentence: str,
    segments: attribution.Clauses,
    own: int,
    in_segment: Callable[[int], list[_Span]],
) -> _Span | None:
    """The time of the attribution clause, for an amount with no time of its own: "…5,000
    jobs, the Financial Times reported on Monday" — it holds as of the statement."""
    for i, segment in enumerate(segments):
        if i == own:
            continue
        for s in in_segment(i):
            if _is_statement(sentence, segment, s):
                return s
    return None


def _is_statement(sentence: str, segment: tuple[int, int], span: _Span) -> bool:
    """True for the time of an attribution clause: ", the company said on Tuesday"."""
    return attribution.is_attribution(
        sentence[segment[0] : span[0]] + sentence[span[1] : segment[1]]
    )


def _is_baseline(sentence: str, span: _Span, start: int) -> bool:
    """True for the time a change is measured from ("up 83% from a year earlier", "up 20%
    from 2023", "than a year ago"), a record's horizon ("the highest since 2019"), or the time
    of a baseline amount other than the one at ``start`` ("from 27.2% in 2023"): the amount at
    ``start`` does not hold at it."""
    # What marks a baseline sits just before it; a window keeps a huge sentence linear.
    lo = max(0, span[0] - _BASELINE_WINDOW)
    expr, before = sentence[span[0] : span[1]], sentence[lo : span[0]]
    if expr.lower().startswith("since") and _SUPERLATIVE_RE.search(before):
        return True
    if (m := _BASELINE_AMOUNT_RE.search(before)) and not (
        lo + m.start("amount") <= start < lo + m.end("amount")
    ):
        return True
    if m := re.match(r"from\s+", expr, re.I):
        before, expr = before + m.group(), expr[m.end() :]
    if _CHANGE_FROM_RE.search(before) and span[2] not in _NO_BASELINES:
        return True
    return bool(_COMPARISON_RE.search(before) and _RELATIVE_EARLIER_RE.match(expr))


def _dates_report(sentence: str, span: _Span) -> bool:
    """True for the day a report came out (:data:`_REPORT_DATED_RE`, "A June 28 explainer"):
    its figures hold when the report says they do, else as of its article."""
    lo, hi, name = span
    expr = sentence[lo:hi]
    if m := re.match(r"(?:on|of|dated|in)\s+", expr, re.I):
        lo += m.end()
    before = sentence[max(0, lo - 120) : lo]
    if _REPORT_DATED_RE.search(before):
        return True
    return name in _DAYS and _REPORT_DAY_RE.match(sentence, hi) is not None


def _segment_of(segments: attribution.Clauses, pos: int) -> int:
    return next((i for i, (lo, hi) in enumerate(segments) if lo <= pos < hi), len(segments) - 1)
