"""What looks like an amount but is not a claim: dates, times, list numbers, product names.

Each check looks at a candidate's surface and the sentence around it; rules match first, and
a candidate that any check rejects is dropped.
"""

from __future__ import annotations

import re

from factdb.extract.dates import MONTHS
from factdb.extract.nouns import STOP_WORDS

_MONTH = r"(?:" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_YEAR_RE = re.compile(r"(?:1[0-9]|20)\d{2}")
# "June 4", "April 24, 2024", "from June 13 to 15": the day and the year of a calendar date.
_AFTER_MONTH_RE = re.compile(
    rf"\b{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+|\s*(?:[-–—]|to|and|through|until)\s*))?$"
)
_BEFORE_MONTH_RE = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b")
_TIME_OF_DAY_RE = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o[’']clock|GMT|UTC|ET\b|BST)", re.I)
# Words that may precede a bare number without making it a name ("In 2012", "Over 18,000").
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "of",
        "to",
        "for",
        "by",
        "with",
        "from",
        "about",
        "over",
        "under",
        "above",
        "below",
        "around",
        "nearly",
        "almost",
        "some",
        "only",
        "just",
        "than",
        "and",
        "or",
        "but",
        "if",
        "as",
        "up",
        "into",
        "since",
        "until",
        "after",
        "before",
        "during",
        "between",
        "among",
        "per",
        "each",
        "every",
        "all",
        "more",
        "less",
        "fewer",
        "least",
        "most",
        "top",
        "no",
        "not",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "another",
        "roughly",
        "approximately",
        "exactly",
        "fully",
        "barely",
        "estimated",
        "additional",
        "perhaps",
        "maybe",
        # words opening a clause: "When two Stanford students released …"
        "when",
        "while",
        "although",
        "though",
        "because",
        "once",
        "where",
        "possibly",
        "probably",
        "reportedly",
        "now",
        "today",
        "still",
        "also",
        "even",
        "already",
        "overall",
    ]
)
_PREV_TOKEN_RE = re.compile(r"([\w’'.-]+)\s+$")


_FAR_YEAR_RE = re.compile(r"2[1-9]\d{2}")  # "by 2100": a year only after a word of time
_TIME_PREPOSITION_RE = re.compile(r"\b(?:by|in|until|till|before|after|since|from|through)\s+$")


def is_calendar_number(surface: str, before: str, after: str) -> bool:
    """A year used as a date ("in 2018", "by 2100"), or the day or year of a date ("June 4")."""
    if _YEAR_RE.fullmatch(surface):
        return True
    if _FAR_YEAR_RE.fullmatch(surface) and _TIME_PREPOSITION_RE.search(before):
        return True
    return bool(_AFTER_MONTH_RE.search(before) or _BEFORE_MONTH_RE.match(after))


def is_time_of_day(after: str) -> bool:
    """ "5 p.m.", "9 am"."""
    return bool(_TIME_OF_DAY_RE.match(after))


def is_name_part(surface: str, before: str, after: str, sentence_start: bool) -> bool:
    """A number that belongs to a name: "Llama 3 is", "MiniCPM-Llama3-V 2.5", "The Three Body",
    "the FTSE 100 fell", "a Boeing 737 jet".

    A bare number right after a capitalised word that is not a function word names a product,
    an index or a version rather than counting something — unless a plural noun follows
    ("told Reuters 40 people").
    """
    if is_proper_number(surface, before, after, sentence_start):
        return True  # "the Group of Seven", "The Three Body Problem"
    if re.search(r",\d{3}|\s", surface):
        return False  # names never hold "18,000" or "1.5 million": "Apple Sells 50 Million"
    m = _PREV_TOKEN_RE.search(before)
    if not m:
        return False
    prev = m.group(1)
    if (
        prev.lower() in FUNCTION_WORDS
        or _POSSESSIVE_RE.search(prev)
        or not any(c.isupper() or c.isdigit() for c in prev)  # "FTSE", "iPhone", "Llama3"
    ):
        return False
    # In a headline every word is capitalised, so the next word is read whatever its case.
    nxt = re.match(r"\s+([A-Za-z]+)\b" if _is_headline(before, after) else r"\s+([a-z]+)\b", after)
    word = nxt.group(1).lower() if nxt else ""
    return not word or word in STOP_WORDS or not _is_plural(word)


def is_k_label(surface: str, after: str) -> bool:
    """ "4K video", "a 10K race": a glued capital K before a singular noun is a resolution or a
    distance, not thousands ("50K followers" are)."""
    if not re.fullmatch(r"\d{1,2}K", surface):
        return False
    nxt = re.match(r"\s+([A-Za-z]+)", after)
    return not (nxt and _is_plural(nxt.group(1).lower()))


def is_proper_number(surface: str, before: str, after: str, sentence_start: bool) -> bool:
    """A number word capitalised inside a sentence names something: "the Group of Seven", "the
    Big Three automakers", "7-Eleven" — unless the whole line is in title case (a headline)."""
    if not surface[:1].isupper() or surface[:1].isdigit() or sentence_start:
        return False
    return not _is_headline(before, after)


def _is_headline(before: str, after: str) -> bool:
    """A line in title case ("Storm Kills Three People"): no lower-case content word."""
    words = re.findall(r"[A-Za-z]{4,}", before + " " + after)
    return not any(w[0].islower() and w not in STOP_WORDS for w in words)


_POSSESSIVE_RE = re.compile(r"['’]s?$")  # "China's 1.4 billion people", "the states' 50"
_IRREGULAR_PLURALS = frozenset(
    ["people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep",
     "fish", "deer", "feet", "teeth", "mice", "geese", "crew", "troops", "aircraft"]
)  # fmt: skip


def _is_plural(word: str) -> bool:
    """A crude plural test, enough to tell "40 people" from "100 fell" or "737 jet"."""
    return word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "us")))


# Nouns that take a number as an identifier, not an amount: "a Phase 3 trial", "type 2
# diabetes", "Article 50", "Flight 370", "stage 14 of the Tour".
LABEL_NOUNS = frozenset(
    ["type", "stage", "phase", "level", "category", "grade", "tier", "class", "zone", "section",
     "article", "chapter", "clause", "amendment", "proposition", "route", "highway", "interstate",
     "gate", "terminal", "platform", "room", "floor", "flight", "page", "exit", "row", "seat",
     "item", "act", "season", "episode", "version", "generation", "district", "ward", "precinct",
     "channel", "division", "figure", "table", "game", "round", "lap", "hole", "heat", "step",
     "junction", "number"]
)  # fmt: skip
_BARE_NUMBER_RE = re.compile(r"\d+|[A-Za-z]+")  # "3", "Two": no separators, no scale
_CODE_SUFFIX_RE = re.compile(r"\([a-z\d]{1,2}\)", re.I)  # "401(k)", "section 230(c)"


_LABEL_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(LABEL_NOUNS))})s?\s+(?:\d+\s*(?:,|and|or|to|through|[-–])\s*)?$",
    re.IGNORECASE,
)  # "Phase 3", "junctions 4 and 5"


def is_label(surface: str, before: str, after: str) -> bool:
    """A number used as an identifier: after a label noun, or glued to a bracketed letter
    (house numbers are a name rule: :mod:`factdb.extract.names`)."""
    if _CODE_SUFFIX_RE.match(after):
        return True
    return bool(_BARE_NUMBER_RE.fullmatch(surface) and _LABEL_RE.search(before))


# A verb of change before "from"/"by": "rose from 2% to 3%", "fell by €1.1bn to €9.8bn" give
# a change and a level (or two levels), never a range.
_CHANGE_RE = re.compile(
    r"\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|increased?|increases|increasing"
    r"|decreased?|decreases|decreasing|climbed?|climbs|jumped|jumps|grew|grown|grows|growing"
    r"|declined?|declines|dropped|drops|slipped|slips|surged?|surges|soared?|soars|plunged?"
    r"|plunges|slumped|edged|inched|cut|cuts|raised?|raises|lowered|lowers|lifted|lifts"
    r"|reduced?|reduces|went|goes|moved?|moves|shifted|changed|doubled|halved|widened|narrowed"
    r"|shrank|shrunk|expanded|up|down)(?:\s+[\w’'-]+){0,3}?\s+(?:from|by)\s+$",
    re.IGNORECASE,
)


def is_change(before: str) -> bool:
    """Whether an "X to Y" after ``before`` is a change, not a range: "rose from 2% to 3%"."""
    return bool(_CHANGE_RE.search(before))


# A hyphenated pair of small whole numbers next to a result word is a score or a tally.
_SCORE_RE = re.compile(r"\d{1,3}\s?[-–—]\s?\d{1,3}")
_RESULT_AFTER_RE = re.compile(
    r"^(?:\s+[\w-]+)?\s+(?:win|wins|victory|defeat|loss|draw|lead|vote|ruling|decision|verdict"
    r"|margin|majority|scoreline|thrashing|triumph|drubbing|rout|tie|aggregate|record|result"
    r"|home|away|shootout|series|count)\b",
    re.I,
)
_SET_BEFORE_RE = re.compile(r"\d{1,2}[-–]\d{1,2}(?:\(\d+\))?,\s*$")
_SET_AFTER_RE = re.compile(r"^(?:\(\d+\))?,\s*\d{1,2}[-–]\d{1,2}\b")
_RESULT_BEFORE_RE = re.compile(
    r"\b(?:won|win|wins|lost|lose|loses|beat|beats|drew|draw|draws|defeated|trailed|trail"
    r"|trails|trailing|led|lead|leads|leading|edged|thrashed|routed|crushed|finished|ended"
    r"|score\s+(?:was|is|of|stood\s+at)|scoreline\s+of)"
    r"\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+)*(?:by\s+)?$"
)


def is_score(surface: str, before: str, after: str) -> bool:
    """A score or a vote tally, not a range: "a 0-2 defeat", "lost 104-112", "a 5-4 vote"
    (but "expected to win 2-3 seats" counts seats)."""
    if not _SCORE_RE.fullmatch(surface):
        return False
    if _RESULT_AFTER_RE.match(after) or _SET_BEFORE_RE.search(before) or _SET_AFTER_RE.match(after):
        return True  # a result word, or a run of set scores: "lost 6-7, 3-6"
    nxt = re.match(r"\s+([a-z]+)", after)
    return bool(_RESULT_BEFORE_RE.search(before)) and not (nxt and _is_plural(nxt.group(1)))


_PHONE = r"\+?\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]?\d{3,4}\b"
# Strings whose digits are never amounts.
_NO_AMOUNT_RE = re.compile(
    rf"""
    \S+@\S+                                   # e-mail addresses
    | (?:https?://|www\.)\S+                   # URLs
    | {_PHONE}                                 # phone numbers
    """,
    re.VERBOSE,
)
_PHONE_RE = re.compile(_PHONE)
# What an e-mail address or a URL holds: without any, only a phone number is looked for (the
# scan for "\S+@" is the costly part).
_ADDRESS_MARKS = ("@", "http", "www.")


def blocked_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses, URLs and phone numbers, where no amount may start."""
    if any(mark in sentence for mark in _ADDRESS_MARKS):
        return [m.span() for m in _NO_AMOUNT_RE.finditer(sentence)]
    return [m.span() for m in _PHONE_RE.finditer(sentence)]


# A caption opening on a count of figures: "Two graphs showing how …", "Three photos of …".
_FIGURE_COUNT_RE = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:graphs?|charts?|photos?|photographs?|pictures?|images?|maps?"
    r"|screenshots?|illustrations?|diagrams?|infographics?)\s+(?:showing|show|shows|of|from"
    r"|depicting|comparing)\b",
    re.IGNORECASE,
)


def is_figure_count(before: str, after: str) -> bool:
    """A caption's count of the figures it describes: page furniture, not a claim."""
    return not before.strip() and bool(_FIGURE_COUNT_RE.match(after))


def is_list_number(before: str, after: str, number: str) -> bool:
    """A list marker inside a sentence: "(1)", "2)", "two measures: 1. a surcharge …; 2. a
    cap" (a small whole number: "61,000. The number of bitcoins…" heads a figure)."""
    return bool(re.search(r"\(\s*$", before) and re.match(r"\s*\)", after)) or bool(
        (not before.strip() or re.search(r"[:;]\s*$", before))
        and re.match(r"[.)]\s", after)
        and re.fullmatch(r"\d{1,3}", number)
    )
