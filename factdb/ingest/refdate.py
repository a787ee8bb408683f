"""Inferring an article's reference date from the absolute dates it mentions.

News text states when things happened relative to its publication ("last year", "on June
4"), so a claim's date can only be resolved against the article's date. When none is given,
the best evidence is the text itself: the latest full date it mentions, or its latest
month-and-day completed with the latest plausible year found in the article or the whole
source (articles collected in one file come from one period, and an article's own years
are often the past it discusses). Years after today are forecasts ("by 2074"), never the present.

A date keeps its precision: an article that only says "June 2024" is dated 2024-06 (month),
one that only says "2024" is dated 2024 (year), never 1 January.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factdb.ingest.split import ArticleSpan

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Ordered from most to least precise: a full date beats a month and day, then a month and
# year, then a year.
FULL_DATE = re.compile(rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")
MONTH_DAY = re.compile(rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)")
MONTH_YEAR = re.compile(rf"\b{_MONTH}\.?,?\s+(?:19|20)\d\d\b")
# Where a month's name may begin (within a word too: the patterns above check the boundary).
_MONTH_NAME = re.compile(_MONTH)
# A year, not an amount: "2000 years ago", "the 2000s" and "$2024" are not years. The
# character before it is tested after its "19" or "20": a pattern that opens on those digits
# is searched for them alone, several times faster than one opening on a lookbehind.
YEAR = re.compile(r"(?:19|20)(?<![\d$€£¥.,-]..)\d\d(?![\d%]|s\b|\s+years?\b)")


PRECISIONS = ("day", "month", "year")
# YYYY, YYYY-MM or YYYY-MM-DD: the precision is what is written.
_ISO_PREFIX = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    """An article's reference date and how much of it is known: the first day of its month
    or year when the precision is ``month`` or ``year``."""

    date: date
    precision: str = "day"

    def __str__(self) -> str:
        return self.date.isoformat()[: {"day": 10, "month": 7, "year": 4}[self.precision]]


def parse_reference_date(text: str) -> ReferenceDate:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with the precision written; ValueError else."""
    match = _ISO_PREFIX.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    precision = "day" if day else "month" if month else "year"
    return ReferenceDate(date(int(year), int(month or 1), int(day or 1)), precision)


# The month a written month name (or its abbreviation) stands for, by its first three letters.
_MONTH_NUMBERS = {name[:3]: n for n, name in enumerate(calendar.month_name) if n}
_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def _parse(expression: str, year: int | None) -> date | None:
    """The date a :data:`FULL_DATE`, :data:`MONTH_DAY` (completed with ``year``) or
    :data:`MONTH_YEAR` match states, as dateparser reads it; read directly when it is a valid
    date (dateparser takes a millisecond a call), else left to dateparser."""
    month = _MONTH_NUMBERS[expression[:3]]
    numbers = [int(n) for n in _NUMBER.findall(expression)]
    stated: int | None
    if len(numbers) == 2:  # month day year
        day, stated = numbers
    elif numbers[0] >= 1000:  # month year: its first day
        day, stated = 1, numbers[0]
    else:  # month day, in the given year
        day, stated = numbers[0], year
    if stated is None:
        return _dateparser(expression, year)
    try:
        return date(stated, month, day)
    except ValueError:  # June 31, February 29 of a common year: whatever dateparser makes of it
        return _dateparser(expression, year)


def _dateparser(expression: str, year: int | None) -> date | None:
    import dateparser  # slow to import: only when a date must be inferred

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"]}
    if year is not None:
        settings["RELATIVE_BASE"] = datetime(year, 12, 31)
        settings["PREFER_DATES_FROM"] = "past"
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def plausible_years(text: str, today: date) -> list[int]:
    """Four-digit years in ``text`` that are not in the future."""
    return [int(m.group()) for m in YEAR.finditer(text) if 1900 <= int(m.group()) <= today.year]


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[str]:
    """The text of each match of ``pattern.finditer(text)``, ``pattern`` tried only at
    ``starts``, where a month's name begins: every match of :data:`FULL_DATE`,
    :data:`MONTH_DAY` or :data:`MONTH_YEAR` opens on one and holds no other, so none overlap.
    A pattern opening on a word boundary would be tried at every character, several times
    slower."""
    for start in starts:
        if m := pattern.match(text, start):
            yield m.group()


def infer_reference_date(
    text: str, *, fallback_year: int | None = None, today: date | None = None
) -> ReferenceDate | None:
    """The latest date ``text`` states, at its precision, or None when it states none."""
    today = today or date.today()
    years = plausible_years(text, today)
    if fallback_year is not None:
        years.append(fallback_year)
    year = max(years, default=None)
    starts = [m.start() for m in _MONTH_NAME.finditer(text)]
    days = [d for m in _matches(FULL_DATE, text, starts) if (d := _parse(m, None))]
    if year is not None:
        days += [d for m in _matches(MONTH_DAY, text, starts) if (d := _parse(m, year))]
    months = [
        d.replace(day=1) for m in _matches(MONTH_YEAR, text, starts) if (d := _parse(m, None))
    ]
    # Latest month first; within one month a stated day beats the bare month.
    candidates = [(d.year, d.month, 1, d.day, ReferenceDate(d)) for d in days if d <= today]
    candidates += [(d.year, d.month, 0, 0, ReferenceDate(d, "month")) for d in months if d <= today]
    if candidates:
        return max(candidates, key=lambda c: c[:4])[4]
    if year is not None:
        return ReferenceDate(date(year, 1, 1), "year")
    return None


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """An article's reference date (None when unknown) and whether it was inferred."""

    reference: ReferenceDate | None
    inferred: bool

    @property
    def published(self) -> date | None:
        """The date, None when unknown."""
        return None if self.reference is None else self.reference.date

    @property
    def precision(self) -> str | None:
        """``day``, ``month`` or ``year``; None when the date is unknown."""
        return None if self.reference is None else self.reference.precision


def article_dates(
    text: str, spans: list[ArticleSpan], given: ReferenceDate | None
) -> list[ArticleDate]:
    """Each article's reference date: ``given`` for all, else inferred from its text."""
    if given is not None:
        return [ArticleDate(given, False)] * len(spans)
    today = date.today()
    source_year = max(plausible_years(text, today), default=None)
    return [
        ArticleDate(
            infer_reference_date(text[s.start : s.end], fallback_year=source_year, today=today),
            True,
        )
        for s in spans
    ]
