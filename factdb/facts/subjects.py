"""Who or what a figure is about ("China", "Gogoro", "DJI"), read from the claim's sentence.

Rules, in order: a country or territory named in the sentence (CLDR's English territory
names via babel, plus the short forms and demonyms news copy uses), nearest before the number,
else nearest after it; else the nearest capitalised name before the number that is not a
function word, a month or weekday, a title, a currency, or part of the counted noun. A name
that opens the sentence counts only if it has an inner capital ("DJI", "iPhone") or is known
as a name from elsewhere in the corpus, since most capitalised opening words are just words.
No subject is better than a wrong one, so anything else leaves it empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from babel import Locale

from factdb.extract.currency import to_iso

# Short forms news copy uses for territories, mapped to CLDR's English name.
TERRITORY_ALIASES: dict[str, str] = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "EU": "European Union", "Hong Kong": "Hong Kong", "Macau": "Macao",
    "South Korea": "South Korea", "Korea": "South Korea",
    # Demonyms name their country when they open a subject ("Chinese companies", "the
    # Chinese government"); CLDR has no demonyms, so the common ones are listed here.
    "Chinese": "China", "American": "United States", "Japanese": "Japan",
    "Taiwanese": "Taiwan", "Korean": "South Korea", "Indian": "India", "British": "United Kingdom",
    "German": "Germany", "French": "France", "Russian": "Russia", "European": "European Union",
}  # fmt: skip
# Capitalised words that open sentences or name times, never a figure's subject.
_NOT_SUBJECT_WORDS = """
    a an the this that these those there here it its they their we our he she his her i you
    in on at by for from with of to as and but or so yet if when while since after before
    now then today yesterday last next this about over under more less nearly almost around
    some many most few all each every one two three four five six seven eight nine ten
    according meanwhile however also still even only just both per my your i'm i’m
    ceo cto cfo chairman president minister mr ms mrs dr
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
NOT_SUBJECTS = frozenset(_NOT_SUBJECT_WORDS.split())
# Territory codes that are not places a figure is about ("world", "unknown region"...).
_SKIP_CODES = frozenset({"001", "ZZ", "QO", "EZ", "UN"})
# A run of capitalised words ("Lantau Group", "BYD", "Hong Kong"), joined by spaces.
_INNER_CAPITAL = re.compile(r"^\w+[A-Z]")
# A capitalised word after a lower-case word or comma: inside a sentence, so a name.
_WORD_IN_SENTENCE = re.compile(r"(?<=[a-z,] )[A-Z][\w&-]*")
_POSSESSIVE = re.compile(r"[’']s$")
_NAME = re.compile(r"\b[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*")


@cache
def _territories() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern over every territory surface and its surface → canonical name table."""
    names: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if code not in _SKIP_CODES and not code.isdigit():
            names[name] = name
            # "Hong Kong SAR China" is written "Hong Kong" in news copy.
            names.setdefault(name.split(" SAR ")[0], name.split(" SAR ")[0])
    names.update(TERRITORY_ALIASES)
    alternation = "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
    # The lookahead rejects most positions at once: every surface starts with a capital.
    return re.compile(rf"(?=[A-Z])(?<![\w.])(?:{alternation})(?![\w])"), names


def known_names(sentences: Iterable[str]) -> frozenset[str]:
    """Capitalised words seen other than at a sentence's start: names, not opening words."""
    return frozenset(m.group() for text in sentences for m in _WORD_IN_SENTENCE.finditer(text))


def subject(
    sentence: str, start: int, end: int, noun: str = "", names: frozenset[str] = frozenset()
) -> str:
    """The subject of the figure at ``sentence[start:end]``, or "" if none is clear;
    ``names`` are the corpus's :func:`known_names`."""
    pattern, territories = _territories()
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for match in pattern.finditer(sentence):
        if match.end() <= start:
            before = (match.start(), territories[match.group()])
        elif match.start() >= end and after is None:
            after = (match.start(), territories[match.group()])
    if before:
        return before[1]
    if after:
        return after[1]
    return _name_before(sentence[:start], noun.casefold(), names)


def _name_before(text: str, noun: str, names: frozenset[str]) -> str:
    for match in reversed(list(_NAME.finditer(text))):
        words = match.group().split()
        opening = match.start() == len(text) - len(text.lstrip(" “\"'‘("))
        if opening and not (_INNER_CAPITAL.search(words[0]) or words[0] in names):
            words.pop(0)
        while words and words[0].casefold().strip(".’'") in NOT_SUBJECTS:
            words.pop(0)
        name = _POSSESSIVE.sub("", " ".join(words)).rstrip(".’'")
        if (
            name
            and name.casefold() not in noun
            and name.casefold() not in NOT_SUBJECTS
            and to_iso(name) is None  # "RMB", "Yuan" are units, not subjects
        ):
            return name
    return ""
