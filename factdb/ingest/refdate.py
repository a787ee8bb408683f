"""Inferring an article's reference date from the absolute dates it mentions.

News text states when things happened relative to its publication ("last year", "on June
4"), so a claim's date can only be resolved against the article's date. When none is given,
the best evidence is the text itself: the latest full date it mentions, or its latest
month-and-day completed with the latest plausible year found in the article or the whole
source (articles collected in one file come from one period, and an article's own years
are often the past it discusses). Years after today are forecasts ("by 2074"), never the present.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

import dateparser

if TYPE_CHECKING:
    from factdb.ingest.split import ArticleSpan

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Ordered from most to least precise: a full date beats a month and day beats a year.
FULL_DATE = re.compile(rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")
MONTH_DAY = re.compile(rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)")
# A year, not an amount: "2000 years ago", "the 2000s" and "$2024" are not years.
YEAR = re.compile(r"(?<![\d$€£¥.,-])(?:19|20)\d\d(?![\d%]|s\b|\s+years?\b)")


@lru_cache(maxsize=4096)
def _parse(expression: str, year: int | None) -> date | None:
    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"]}
    if year is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(year, 12, 31)
        settings["PREFER_DATES_FROM"] = "past"
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def plausible_years(text: str, today: date) -> list[int]:
    """Four-digit years in ``text`` that are not in the future."""
    return [int(m.group()) for m in YEAR.finditer(text) if 1900 <= int(m.group()) <= today.year]


def infer_reference_date(
    text: str, *, fallback_year: int | None = None, today: date | None = None
) -> date | None:
    """The latest date ``text`` states, or None when it states no usable date."""
    today = today or date.today()
    full = [d for m in FULL_DATE.finditer(text) if (d := _parse(m.group(), None))]
    full = [d for d in full if d <= today]
    years = plausible_years(text, today)
    if fallback_year is not None:
        years.append(fallback_year)
    year = max(years, default=None)
    partial: list[date] = []
    if year is not None:
        partial = [d for m in MONTH_DAY.finditer(text) if (d := _parse(m.group(), year))]
    candidates = [d for d in full + partial if d <= today]
    if candidates:
        return max(candidates)
    if year is not None:
        return date(year, 1, 1)
    return None


def article_dates(
    text: str, spans: list[ArticleSpan], given: date | None
) -> list[tuple[date | None, bool]]:
    """Each article's reference date and whether it was inferred from the text."""
    if given is not None:
        return [(given, False)] * len(spans)
    today = date.today()
    source_year = max(plausible_years(text, today), default=None)
    return [
        (infer_reference_date(text[s.start : s.end], fallback_year=source_year, today=today), True)
        for s in spans
    ]
