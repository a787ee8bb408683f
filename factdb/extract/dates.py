"""When a claim holds: time expressions found by an ordered pattern table, resolved with dateparser.

``find_dates`` lists the time expressions of a sentence ("On June 4", "last year", "in 2018",
"this April", "Now"); ``resolve`` turns one into an ISO date truncated to its precision.
Pure years are resolved without dateparser; dateparser calls are cached per (expression,
reference date) because each costs about a millisecond.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise

import dateparser

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
_MONTH = r"(?:" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]|20)\d{2}"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_PERIOD = r"(?:week|month|year|quarter|decade|summer|spring|autumn|fall|winter|weekend)"
_NUMBER_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"

# Ordered: the first pattern to match at a position wins, so full dates ("April 24, 2024")
# come before their parts ("April 24") and "in the past week" before "past week".
DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("month_day_year", rf"(?:on\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("day_month_year", rf"(?:on\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\s+{_YEAR}\b"),
    ("month_day", rf"(?:on\s+)?{_MONTH}\s+{_DAY}\b(?:\s+this\s+year)?"),
    ("day_month", rf"(?:on\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b"),
    (
        "month_year",
        rf"(?:(?:in|since|by|until|from)\s+)?(?:early\s+|late\s+|mid-)?{_MONTH}\s+{_YEAR}\b",
    ),
    ("this_month", rf"(?:this|last|next)\s+{_MONTH}\b"),
    (
        "in_month",
        rf"(?:in|since|by|until|from|through|during)\s+(?:early\s+|late\s+|mid-)?{_MONTH}\b",
    ),
    ("decade", r"(?:in\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:19|20)\d0s\b"),
    ("every_day_of", rf"every\s+(?:single\s+)?day\s+of\s+{_YEAR}\b"),
    (
        "in_year",
        rf"(?:in|since|by|until|through|during|from|of)\s+(?:early\s+|late\s+|mid-)?{_YEAR}\b(?!s)",
    ),
    (
        "past_period",
        rf"(?:(?:in|over|during)\s+)?the\s+(?:past|last|previous|coming|next)\s+{_PERIOD}\b",
    ),
    ("this_period", rf"(?:(?:early|later|late|earlier)\s+)?(?:this|last|next)\s+{_PERIOD}\b"),
    ("recent", r"in\s+recent\s+(?:years|months|weeks|days)\b"),
    (
        "ago_later",
        rf"(?:just\s+)?{_NUMBER_WORD}\s+(?:years?|months?|weeks?|days?)\s+(?:ago|later|earlier)\b",
    ),
    ("weekday", rf"(?:(?:on|last|this|next)\s+)?{_WEEKDAY}\b"),
    (
        "now",
        r"\b(?:now(?!\s+(?:called|known|named))|currently|today|yesterday|at\s+present"
        r"|at\s+(?:this|the)\s+(?:point|moment))\b(?![’\']s)",
    ),
    # A recent, unstated time: kept as written, never resolved. "As recently as two years
    # ago" bounds another expression and "most recently" orders events: neither is a time.
    ("recently", r"(?<!as\s)(?<!most\s)(?<!more\s)\b(?:recently|lately)\b(?!\s+as\b)"),
)
_DATE_RE = re.compile(
    "|".join(rf"(?P<{name}>(?<![\w-]){pattern})" for name, pattern in DATE_PATTERNS),
    re.IGNORECASE,
)
_MONTH_RE = re.compile(_MONTH, re.IGNORECASE)
_CASE_SENSITIVE = {"month_day", "day_month", "in_month", "this_month", "month_year"}
_LEAD_RE = re.compile(r"^(?:on|in|since|by|until|through|during|from|of|over|just|the)\s+", re.I)
_PRECISION_LEN = {"year": 4, "month": 7, "day": 10}


# Where a time expression may start: every pattern opens with a word character after no word
# character or hyphen. Trying the patterns only there is much faster than a scan, which tries
# them at every character.
_WORD_START_RE = re.compile(r"(?<![\w-])\w")


def find_dates(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, pattern name) of each time expression in a sentence."""
    found = []
    end = 0
    for start in _WORD_START_RE.finditer(sentence):
        if start.start() < end:
            continue  # inside the last expression: matches do not overlap
        m = _DATE_RE.match(sentence, start.start())
        if m is None:
            continue
        end = m.end()
        name = m.lastgroup or ""
        # Month names must be capitalised: "may" and "march" are ordinary words too.
        if name in _CASE_SENSITIVE and not any(
            w[0].isupper() for w in _MONTH_RE.findall(m.group())
        ):
            continue
        found.append((m.start(), m.end(), name))
    return found


def resolve(expression: str, name: str, reference: date | None) -> tuple[str | None, str | None]:
    """(ISO date truncated to its precision, precision) for a time expression, or (None, None)."""
    return _resolve(" ".join(expression.split()), name, reference)


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
    precision = _precision(expression, name)
    if reference is None and not year:
        return None, None
    text = _LEAD_RE.sub("", _LEAD_RE.sub("", expression))
    text = re.sub(r"\b(?:early|late|later|earlier|mid-)\s*", "", text, flags=re.I)
    text = re.sub(r"\bthis\s+year\b", "", text, flags=re.I) if name == "month_day" else text
    text = re.sub(
        r"\b(?:currently|at present|at (?:this|the) (?:point|moment))\b", "now", text, flags=re.I
    )
    text = re.sub(r"^(?:past|previous)\s+", "last ", text, flags=re.I)
    text = re.sub(r"^this\s+(?=[A-Z])", "", text)  # "this April": the reference year's April
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    parsed = dateparser.parse(text.strip(), languages=["en"], settings=settings)
    if parsed is None:
        return None, None
    if name == "this_month" and expression.lower().startswith("this") and reference:
        parsed = parsed.replace(year=reference.year)
    return parsed.date().isoformat()[: _PRECISION_LEN[precision]], precision


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


# Clause breaks: a time expression in another clause usually dates something else
# ("…, which has 600 million users, announced the tool on June 6").
_SEGMENT_BREAK_RE = re.compile(r",(?!\d)|[;:—–]")
_FILLER_RE = re.compile(
    r"^(?:[\s,;:—–“”\"']|\b(?:and|but|or|so|just|like|then|even|yet|back)\b)*$", re.I
)
_GERUND_RE = re.compile(r"^[\s,;:—–]*[a-z]+ing\b")
_LEADING_PREPOSITION_RE = re.compile(r"^\s*(?:After|Before|Since|With|During|For|Over)\b")


def pick(
    sentence: str, start: int, end: int, spans: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The time expression an amount at sentence[start:end] holds at, from ``find_dates``.

    In order: the nearest one in the amount's own clause; a clause that is only a time
    expression ("In 2012, …", "…, like in 2074, …") next to or anywhere before the amount's
    clause; for a participle clause ("…, beating scores of …") the previous clause's; for an
    opening prepositional clause ("After three years of …, X shut down last month") the next.
    """
    spans = [s for s in spans if s[1] <= start or s[0] >= end]
    if not spans:
        return None
    segments = _segments(sentence)
    own = _segment_of(segments, start)

    def in_segment(i: int) -> list[tuple[int, int, str]]:
        if not 0 <= i < len(segments):
            return []
        lo, hi = segments[i]
        return [s for s in spans if lo <= s[0] and s[1] <= hi]

    here = in_segment(own)
    if here:
        return min(here, key=lambda s: start - s[1] if s[1] <= start else s[0] - end)
    for i, seg in enumerate(segments):
        if i == own or (i > own + 1):
            continue
        for s in in_segment(i):
            rest = sentence[seg[0] : s[0]] + sentence[s[1] : seg[1]]
            if _FILLER_RE.match(rest):
                return s
    text = sentence[segments[own][0] : segments[own][1]]
    if _GERUND_RE.match(text) and in_segment(own - 1):
        return in_segment(own - 1)[-1]
    if own == 0 and _LEADING_PREPOSITION_RE.match(text) and in_segment(1):
        return in_segment(1)[0]
    return None


def _segments(sentence: str) -> list[tuple[int, int]]:
    cuts = [0, *(m.start() for m in _SEGMENT_BREAK_RE.finditer(sentence)), len(sentence)]
    return list(pairwise(cuts))


def _segment_of(segments: list[tuple[int, int]], pos: int) -> int:
    return next((i for i, (lo, hi) in enumerate(segments) if lo <= pos < hi), len(segments) - 1)
