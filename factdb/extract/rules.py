"""The ordered rule table: each rule is a named, compiled-once pattern over one sentence.

Rules run in the order listed and a later rule never takes text an earlier one matched, so
the order encodes precedence: names that hold numbers first (they exclude, see
:mod:`factdb.extract.names`), ranges before single amounts (so "1% to 5%" is one mention, not
two), money and percent before units (so "$5m" is money, not five metres), units before bare
counts (so "three years" is a duration), vague words last (so "tens of thousands" is not read
as "thousands").

The named groups a pattern may define are the fields of
:class:`factdb.extract.reading.Groups`, which says what each one holds (a test checks that
the two agree); :data:`PATTERN_ONLY_GROUPS` are read by a pattern's own conditionals only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factdb.extract import gates
from factdb.extract.currency import GLUED_SYMBOLS, SUBUNITS
from factdb.extract.currency import patterns as currency_patterns
from factdb.extract.currency import tables as currency_tables
from factdb.extract.gates import Gate
from factdb.extract.names import NAME_PATTERNS
from factdb.extract.numbers import (
    DECADE_WORDS,
    DENOMINATORS,
    DIGITS,
    FRACTIONS,
    NUMBER,
    NUMBER_OPENING,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    UNITS_WORDS,
)
from factdb.extract.numbers import alternation as _alt
from factdb.extract.units import UNIT


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern; ``kind`` is the mention kind unless the unit decides it.

    ``gate``, when set, is a cheap test that finds something every match of ``pattern``
    holds (a currency symbol, "%", "magnitude"…): a sentence it fails is not scanned.
    Rules of one family share one gate object, so a sentence is tested once per family.
    ``unit``, ``qualifier`` and ``noun``, when set, are what the rule's wording fixes ("one
    in five" is a percentage, "in the top 10" at most 10th, "aged 40" an age). ``shares``: the
    noun after the amount is the whole it is a share of ("one in five adults" → "share of
    adults"). ``screened``: its matches are bare numbers, kept only when no check of
    :mod:`factdb.extract.filters` finds a date, a score, a list number or a name in them.
    ``excludes``: a match is a name, not an amount (:mod:`factdb.extract.names`); it takes its
    text so that no later rule reads a claim there. ``opens_on_number``: every match starts
    where :data:`NUMBER_START` finds a number (or its sign) starting a token, so only those
    positions are tried (far cheaper than a scan that tries the pattern at every character).
    """

    name: str
    kind: str
    pattern: re.Pattern[str]
    gate: Gate | None = None
    unit: str | None = None
    qualifier: str | None = None
    noun: str | None = None
    shares: bool = False
    screened: bool = False
    excludes: bool = False
    opens_on_number: bool = False


# Groups only a pattern's own conditionals read: "(?(by)…)", "(?(factor)…)", "(?(btw)…)".
PATTERN_ONLY_GROUPS = frozenset({"by", "factor", "btw"})


_SYM, _NAMES, _CODES = currency_patterns()
# Digits an ISO code may be glued to: an amount with a scale suffix, cents or thousands.
_GLUED_AMOUNT = rf"\d[\d,]*(?:\.\d+)?(?:{_alt(SCALE_SUFFIXES)})\b|\d+\.\d\d\b|\d{{1,3}},\d{{3}}"
_SYM_LIST = list(currency_tables()[0])
# Shared pieces, each a verbose-regex fragment.
L = r"(?<![\w.,/:$€£¥₹₩-])"  # an amount starts a token: not inside "C919", "3.5", "9/11", "-6",
# "2:01:09"
# ...and ends one, or opens a list line ("Over five hundred: Gogoro stations that paused")
R = r"(?![\w/]|:(?!\s+[^\W\d_])|[.,]\d|-(?!year|second|minute|hour|day|week|month|plus\b))"
# A sum ends a token, or a price per unit goes on after a slash: "$2,400/oz", "€80/MWh".
R_MONEY = rf"(?:{R}|(?=/[A-Za-z]))"
N1 = rf"(?P<n1>{NUMBER})"
N2 = rf"(?P<n2>{NUMBER})"
# Where a number, or a sign before one, may start a token (overlapping: every such position).
# Every rule that opens on a number begins with a lookbehind that refuses a letter or a digit
# before it, so positions inside a word or a number ("often", "2024") are never tried.
NUMBER_START = re.compile(rf"(?<!\w)(?={NUMBER_OPENING})", re.IGNORECASE)
# Range joiners; "and" only counts after "between", which the pipeline checks.
TO = r"(?:\s*[-–—]\s*|\s+(?:to|or)\s+|(?P<andjoin>\s+and\s+))"
PCT = r"(?:%|\s?(?:percent|per\s+cent)\b|(?<=\d)(?-i:pc)\b)"  # "5pc" in British copy
CUR_SYM = rf"(?:{_SYM})"
CUR_NAME = rf"(?:(?i:(?:U\.?S\.?\s+)?(?:{_NAMES}))|(?-i:{_CODES}))\b"
# "pounds" is sterling after a scale word or a vague amount ("5 billion pounds", "thousands of
# pounds"); "20 pounds" may be a weight.
_POUNDS = r"pounds(?:\s+sterling)?\b"
_SCALED_POUNDS = rf"""(?:(?<=illion\s)|(?<=\dbn\s)|(?<=\dm\s)|(?<=\dtn\s)|(?<=lakh\s)|(?<=crore\s))
    {_POUNDS}"""
TIME_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)"
# Words between an amount and its time unit that keep it a duration: "three consecutive days".
TIME_ADJECTIVE = r"""(?:consecutive|straight|successive|more|full|long|additional|further|extra
    |whole|working|business|calendar|trading|school)"""
# The units of a duration written in two parts: "1 minute 54.06 seconds", "2 hr 15 min".
_BIG_TIME = r"(?:hours?|hrs?|h|minutes?|mins?|min)"
_SMALL_TIME = r"(?:minutes?|mins?|min|seconds?|secs?|sec|s)"
# A sign: "-3.5%", "minus 40 degrees Celsius" (not "plus or minus 3 points", a margin).
NEG = r"(?P<neg>[-−](?=\d)|(?<!\bor\s)minus[\s-]+)?"  # "minus 40 degrees", "minus-3 yards"
ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
# Fractions that only open a compound: "a quarter-point cut", "a half-point rise".
FRACTION_PREFIXES: dict[str, float] = {"quarter": 1 / 4, "half": 1 / 2, "three-quarter": 3 / 4}
# An amount written with an article: "for a decade", "more than half a century".
# A fraction of one time unit: "a quarter of an hour", "three-quarters of an hour".
FRACTIONS_OF_ONE: dict[str, float] = {
    f"{fraction} of {article}": value
    for fraction, value in FRACTIONS.items()
    if not fraction.startswith("half")
    for article in ("a", "an")
}
ARTICLE_AMOUNTS: dict[str, float] = {
    "a": 1, "an": 1, "half a": 1 / 2, "half an": 1 / 2, **FRACTIONS_OF_ONE
}  # fmt: skip
# Multiplier words: "twice as much as", "revenue doubled", "prices halved".
MULTIPLIERS: dict[str, float] = {
    "twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4, "doubled": 2,
    "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "quadrupled": 4,
    "quadrupling": 4, "halved": 1 / 2,
}  # fmt: skip
# Vague amounts: surface → value, by the GUIDELINES conventions (the lower bound implied).
VAGUE: dict[str, float] = {
    "hundreds of millions": 1e8, "tens of millions": 1e7, "hundreds of thousands": 1e5,
    "tens of thousands": 1e4, "hundreds of billions": 1e11, "tens of billions": 1e10,
    "billions": 1e9, "millions": 1e6, "thousands": 1e3, "hundreds": 1e2, "dozens": 12,
    "scores": 20, "a few dozen": 36, "several dozen": 36, "a few hundred": 300,
    "several hundred": 300, "a few thousand": 3000, "several thousand": 3000, "a few": 3,
    "several": 3, "multiple": 2, "decades": 10, "months": 1,
}  # fmt: skip


VAGUE_AMOUNT = rf"(?:{_alt([w for w in VAGUE if w not in ('decades', 'months')])})"
# "of" after a fraction, but not "half of a million" (an amount, in numbers.NUMBER).
_TIME_UNITS = r"(?:decade|century|year|month|fortnight|week|day|hour|minute)"
_OF = rf"\s+of\b(?!\s+an?\s+(?:{_alt(SCALE_WORDS)}|{_TIME_UNITS})\b)"  # (nor "of an hour")
# A fraction of a (percentage) point: "half a percentage point", "a quarter point".
_POINT = r"\s+(?:(?:of\s+)?an?\s+)?(?:percentage[\s-])?point\b"
# Video resolutions written as lines ("1080p"); any other number before "p" is pence.
VIDEO_LINES = ["144", "240", "360", "480", "540", "576", "720", "1080", "1440", "2160", "4320"]
# What makes a glued "m" metres rather than millions: a race or a dimension after it.
_METRE_CONTEXT = r"""(?:final|finals|semi-?finals?|heats?|race|sprint|hurdles|freestyle|butterfly
    |backstroke|breaststroke|medley|relay|dash|steeplechase|world\s+record|title|gold|silver
    |bronze|medal|champion|champions|championship|tall|high|deep|long
    |wide|thick|away|above|below|underground|underwater|in\s+(?:diameter|length|height|depth))"""


# A conversion to feet or inches in brackets after a glued "m": "15m (49ft)".
_LENGTH_CONVERSION = (
    r"\s*\(\s*(?:about\s+|around\s+)?[\d.,]+\s?(?:ft|feet|foot|in|inches|yd|yards)\b"
)
# Nouns of a height or a length before a glued "m": "waves of 4m", "a depth of 30m".
_METRE_NOUNS = ["waves of", "waves of up to", "swell of", "swells of", "a height of",
                "a depth of", "a length of", "a width of", "a drop of", "surges of"]  # fmt: skip


def _after(words: Iterable[str]) -> str:
    """Fixed-width lookbehinds, one per phrase: the text just before must end with one."""
    phrases = (r"\s".join(re.escape(part) for part in w.split()) for w in words)
    return "|".join(rf"(?<=\b{phrase}\s)" for phrase in phrases)


# Words before "the top 10" that make it a rank.
_TOP_AFTER = _after(
    f"{w} the"
    for w in ("in", "into", "among", "within", "inside", "cracked", "made", "make", "reached")
)
# Words before "a decade", "an hour" that make it an amount of time.
_SPAN_WORDS = [
    "for", "took", "take", "takes", "taking", "lasted", "lasting", "lasts", "spent", "spend",
    "spending", "spanning", "than", "nearly", "almost", "about", "around", "roughly", "over",
    "under", "after", "by",
    # "at least a decade", "closer to a decade", "up to a year", "would need a decade", "as
    # much as a decade"
    "least", "to", "nearer", "need", "needs", "needed", "requires", "required", "much as",
    "many as",
]  # fmt: skip
# Multipliers that need a comparison after them; the rest of MULTIPLIERS are verbs.
_MULTIPLIER_ADVERBS = ["twice", "thrice", "double", "triple", "quadruple"]
# A multiplier is a claim only as a comparison: "twice as much as", "three times faster",
# "double what the US spends", "ten times forward earnings" (a valuation; not "will double
# as a shelter").
_COMPARISON = r"""(?:as\s+(?!(?:an?|the|his|her|its|their|our|well|part|he|she|it|they|we|i|you)\b)
    (?-i:[a-z]+)
    |more|less|fewer|higher|lower|larger|bigger|smaller|greater|faster|slower|longer|shorter
    |cheaper|costlier|likelier|the\s+(?:[a-z]+\s+)?(?:size|number|amount|rate|level|average
    |price|cost|limit|threshold|target|cap|total|norm|money|funding|spending|budget|investment)|(?:their|its|his|her|our|your)\s+[a-z]+|that\s+of|those\s+of
    |(?:forward\s+|trailing\s+)?(?:earnings|sales|revenue|ebitda|book\s+value)|what)"""


def _rule(
    name: str,
    kind: str,
    pattern: str,
    gate: Gate | None = None,
    *,
    unit: str | None = None,
    qualifier: str | None = None,
    noun: str | None = None,
    shares: bool = False,
    screened: bool = False,
    excludes: bool = False,
    opens_on_number: bool = False,
) -> Rule:
    """A rule with its pattern compiled verbose and case-insensitive (see :class:`Rule`)."""
    compiled = re.compile(pattern, re.VERBOSE | re.IGNORECASE)
    return Rule(
        name, kind, compiled, gate, unit, qualifier, noun, shares, screened, excludes,
        opens_on_number,
    )  # fmt: skip


def _symbol_gate(also: str = "") -> Gate:
    """A currency symbol's mark ("$", "€", "₹"…: a substring test), or the whole symbol when it
    is letters and dots only ("Rs"), in any case and after no letter (as both money rules read
    it: not the "rs" of "years"), or the regex ``also``. The regex opens on a class of the
    symbols' first letters in either case, which ``re`` searches for alone, and reads the
    letter before and the rest of the symbol after it: three times cheaper than a lookbehind
    tried at every character."""
    marks: set[str] = set()
    plain: list[str] = []
    for symbol in _SYM_LIST:
        own = {c for c in symbol if not (c.isalpha() or c.isspace() or c == ".")}
        marks |= own
        if not own:
            plain.append(symbol)
    if not all(symbol[0].isascii() for symbol in plain):
        raise ValueError(f"a currency symbol of letters opens on no ASCII letter: {plain}")
    firsts = "".join(sorted({c for symbol in plain for c in gates.letter_cases(symbol[0])}))
    rests = "|".join(
        f"(?<={re.escape(symbol[0])}){re.escape(symbol[1:])}"
        for symbol in sorted(plain, key=len, reverse=True)
    )
    regex = f"(?-i:[{firsts}])(?i:(?<![A-Za-z$].)(?:{rests}))"
    return gates.pattern(f"{regex}|{also}" if also else regex, 0, *sorted(marks))


# Gates (see Rule): each finds a piece of text that every match of its rules contains.
_G_SYMBOL = _symbol_gate()
# ISO codes, "RMB", "R27.58" (case-sensitive). Gate patterns open on a character, not on an
# alternation or a boundary, so that they are searched for it alone (several times faster):
# "(?<!\w.)" after a first letter is a word boundary before it.
_G_CODE = gates.pattern(r"[A-Z](?:[A-Z]{2}|(?<!\w.)\d)")
_G_SYMBOL_OR_CODE = _symbol_gate(_G_CODE.pattern.pattern if _G_CODE.pattern else "")
_G_PERCENT = gates.words("%", "cent", "basis", "bp", "pc")  # "per cent", "25bp", "5pc"
_G_FRACTION = gates.words("half", *DENOMINATORS)
_G_RATIO = gates.pattern(r"\s(?:in|out)\s", re.I)
_G_APPOSITION = gates.pattern(r",\s[1-9]\d?(?:,\s|\.?$)")
_G_YEAR_OLD = gates.words("-old")
_G_AGED = gates.words("age")
_G_LIFE_EVENT = gates.words(
    "founded",
    "retired",
    "died",
    "joined",
    "became",
    "stepped",
    "took",
    "married",
    "graduated",
    "emigrated",
    "started",
    "launched",
    "set up",
)
_G_WHEN = gates.words("when", "at the time")
_G_AGE_DECADE = gates.pattern(r"[1-9]0s", re.I, *DECADE_WORDS)
_G_VIDEO = gates.pattern(r"\dp", re.I)
# The months a compound duration adds to its years, in words: "six years and eight months".
_MONTHS_IN_A_YEAR = _alt(word for word, n in UNITS_WORDS.items() if 0 < n < 12)
_G_MAGNITUDE = gates.words("magnitude", "richter")
_G_QUAKE = gates.words("quake", "tremor", "temblor", "aftershock")
# A bare magnitude a quake is measured at: not "at 7.45 am", "at 2.3 km", "at 4.5%".
_QUAKE_AT = r"""[1-9]\.\d(?!\d|[.,]\d|\s*(?:%|°|(?:per|percent|km|kilomet\w*|met\w*|m|cm
    |mm|mi|miles|feet|ft|[ap]\.?m|seconds|minutes|hours|degrees|times|million|billion)\b))"""
# A quake and, later in its sentence (decimal points aside), "at"; a further "at" after a figure.
_QUAKE_THEN_AT = (
    r"\b(?:earth)?(?:quake|tremor|temblor|aftershock)s?\b(?:[^.!?]|\.\d){0,120}?\bat\s+"
)
_LATER_AT = r"(?:[^.!?]|\.\d){0,80}?\bat\s+"
_G_METRES = gates.pattern(r"\dm", re.I)
_G_TEMPERATURE = gates.pattern(r"\d(?:°\s?)?[CF]")
_G_MULTIPLIER = gates.words(
    "twice", "thrice", "times", "fold", "doubl", "tripl", "trebl", "quadrupl", "halved", "factor"
)
_G_TIME = gates.words(
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "fortnight"
)
# "a week later", "a year after": the word the match ends on, rarer than a unit of time.
_G_LATER = gates.words("later", "after")
_G_HUNDRED = gates.words("hundred", "thousand")
_G_CLOCK = gates.pattern(r"\d:\d")
# "2h 15min", "2 hrs", "1 minute": "hr" and "min" as words, not the "hr" of "three" or the
# "min" of "minister" (which opened the rule on one sentence in eight).
_G_BIG_TIME = gates.pattern(
    r"[hH](?<=[\d\s-][hH])\b|[hHmM](?i:(?<=h)rs?|(?<=m)ins?)\b", 0, "hour", "minute"
)
_G_LONG_TIME = gates.words("year")
_G_FEET = gates.pattern(r"\d[\s-]?f(?:oo|ee)?t", re.I)
_G_TOP = gates.words("top")
_G_INCHES = gates.pattern(r"\din\b")
_G_SPAN = gates.words("decades", "months")
# Where a second or third age of a list after "aged" starts (a lookbehind is of fixed width,
# so one per width of the ages before it).
_AGED_LIST = "|".join(
    rf"(?<=\baged\s{before}{sep})"
    for before in (r"\d", r"\d\d", r"\d,\s\d", r"\d,\s\d\d", r"\d\d,\s\d", r"\d\d,\s\d\d")
    for sep in (r",\s", r"\sand\s", r",\sand\s")
)
# A poll's or survey's points are percentage points: "down three points since March".
_G_POLL = gates.words("poll", "survey", "approval", "favourability", "favorability")
_G_RANK = gates.words("rank", "came", "finished", "placed")
_G_STANDING = gates.words(
    "seed", "ranking", "standings", "table", "league", "list", "index", "chart"
)
_G_NUMBER_SIGN = gates.words("no.")
_G_VAGUE = gates.words(
    "hundred", "million", "billion", "thousand", "dozen", "scores", "few", "several", "multiple"
)


RULES: tuple[Rule, ...] = (
    # Names first: "the FTSE 100", "iPhone 15", "ZIP code 90210" are not amounts.
    *(_rule(name, "other", pattern, gate, excludes=True) for name, pattern, gate in NAME_PATTERNS),
    _rule(
        "spec.video_lines",
        "measure",
        rf"""
        \b(?P<n1>{_alt(VIDEO_LINES)})(?P<unit>p)\b  # "1080p", "720p" (before pence: "301p")
    """,
        _G_VIDEO,
    ),
    _rule(
        "money.range",
        "money",
        rf"""
        {L}(?P<cur>{CUR_SYM}|(?-i:{_CODES}|RMB)(?=[ \u00a0]\d))\s?{N1}  # "$10", "USD 1.5"
        {TO}(?:{CUR_SYM}|(?-i:{_CODES}|RMB)[ \u00a0])?\s?{N2}{R_MONEY}  # "-$15 million",
    """,  # "to 15bn", "-2 billion"
        _G_SYMBOL_OR_CODE,
    ),
    _rule(
        "money.symbol_prefix",
        "money",
        rf"""
        (?:(?P<sign>(?<![\w.,-])(?<!\bor\s)minus\s+|(?<![\w.,$-])[-−])(?={CUR_SYM}\s?\d))?
                                             # "minus $37.63", "-$5.2bn"
        (?<![A-Za-z$])(?P<cur>{CUR_SYM})    # "$", "HK$", "€" (a letter before = part of a word)
        (?P<neg>[-−](?=\d))?                 # "$-12.3bn"
        [ \u00a0]?{N1}{R_MONEY}             # "2.3 billion", "6bn", "$82/bbl"
    """,
        _G_SYMBOL,
    ),
    _rule(
        "money.code_prefix",
        "money",
        rf"""
        (?:\b(?-i:(?P<cur>{_CODES}|RMB))    # "RMB", "USD" - upper case only, and apart from
        (?:[ \u00a0]|(?={_GLUED_AMOUNT}))   # the digits ("COP28" is a summit, not pesos)
        |(?<![\w.$&-])(?-i:(?P<glued>{_alt(GLUED_SYMBOLS)}))(?={_GLUED_AMOUNT}))  # "R27.58":
        {N1}{R_MONEY}                       # a letter that is a currency only glued so; codes
    """,  # glued only when scaled or in cents: "USD25m", "EUR3.5bn"
        _G_CODE,
    ),
    _rule(
        "money.name_range",
        "money",
        rf"""
        {L}{N1}{TO}{N2}\s+(?P<cur>{CUR_NAME})  # "1 to 2 billion yuan"
    """,
        opens_on_number=True,
    ),
    _rule(
        "money.name_suffix",
        "money",
        rf"""
        {L}{N1}(?:[ \u00a0-]?(?P<cur>{CUR_NAME}|{_SCALED_POUNDS})  # "17 billion RMB", "298 yuan",
                                              # "its 17-billion-yuan smart-road programme"
        |(?:[\s-]|(?<=\d))(?P<sub>{_alt(w for w in SUBUNITS if len(w) > 1)})\b  # "1.5 cents",
        |(?<=\d)(?P<pence>(?-i:p))\b)       # "a 10-cent rise" (glued only to digits: not
    """,  # "Tencent"), "25p a share", "fell to 301p"
        opens_on_number=True,
    ),
    _rule(
        "money.vague",
        "money",
        rf"""
        \b(?P<vague>{VAGUE_AMOUNT})\s+of\s+(?P<cur>{CUR_NAME}|{_POUNDS})  # "billions of dollars"
    """,
        _G_VAGUE,
    ),
    _rule(
        "percent.range",
        "percent",
        rf"""
        {L}{N1}(?:{PCT})?{TO}{N2}(?P<pct>{PCT})  # "27% or 28%", "1% to 5%", "10-15 percent"
    """,
        _G_PERCENT,
        opens_on_number=True,
    ),
    _rule(
        "percent.points",
        "percent",
        rf"""
        {L}{NEG}{N1}(?:{TO}{N2})?[\s-]?          # "2 percentage points", "10-15 bps", "25bp"
        (?P<pts>percentage[\s-]points?|basis[\s-]points?|(?-i:bps?))\b  # not "BP"
    """,
        _G_PERCENT,
        opens_on_number=True,
    ),
    _rule(
        "percent.poll_points",
        "percent",
        rf"""
        {L}{N1}[\s-]points?\b(?![\s-]+(?:of|clear|per)\b)  # "leads by 21 points, … a
        (?=.*?\b(?:polls?|polling|survey|approval|favou?rability)\b)  # YouGov poll" (not
                                              # "points of sale", "two points clear")
    """,
        _G_POLL,
        unit="percentage_point",
        opens_on_number=True,
    ),
    _rule(
        "percent.simple",
        "percent",
        rf"""
        {L}{NEG}{N1}-?(?P<pct>{PCT})         # "90%", "11 percent", "5-percent", "-3.5%"
    """,
        _G_PERCENT,
        opens_on_number=True,
    ),
    _rule(
        "percent.fraction",
        "percent",
        rf"""
        \b(?:(?<=\bby\s)|(?<=\bby\sas\smuch\sas\s)|(?<=\bby\sup\sto\s)|(?<=\bby\snearly\s)
            |(?<=\bby\salmost\s)|(?<=\bby\sabout\s)|(?<=\bby\sroughly\s)|(?<=\bby\smore\sthan\s)
            |(?=(?:{_alt(FRACTIONS)})        # "cut output by as much as a third"
            (?:{_OF}|\s+the\b|[\s-]+(?:super)?majority\b|{_POINT}
            |\s+(?:among|were|are|have|is|was|goes|went)\b  # "half the planet", "two-thirds
            # among children", "roughly three-fifths goes on food", "burn a sixth less fuel"
            |\s+(?:less|more|fewer|lower|higher|cheaper|smaller|bigger|larger)\s+[a-z]
            |:\s+(?:the|how|what)\b)))       # "• Nearly a third: the increase in …",
        (?P<frac>{_alt(FRACTIONS)})          # "half of the population", "a two-thirds majority",
        (?:(?P<pp>{_POINT})|(?![\w-]|\s+an?\b|\s+of\s+an?\s+{_TIME_UNITS}\b))  # "fell by a
                                              # quarter", "half a percentage point"
        |(?P<by>(?<=\bby\sa\s))?            # (an empty group: "by a" before)
        \b(?P<pre>{_alt(FRACTION_PREFIXES)})-(?:percentage-)?point\b  # "by a half-point",
        (?(by)|(?=\s+(?:[a-z]+\s+)?(?:rate|cut|hike|increase|reduction|rise|raise|move|drop)s?\b))
                                              # "a quarter-point cut"
    """,
        _G_FRACTION,
    ),
    _rule(
        "percent.fraction_at",
        "percent",
        rf"""
        (?:(?<=\bat\s)|(?<=\bat\sabout\s)|(?<=\bat\saround\s)|(?<=\bat\sroughly\s)
          |(?<=\bat\snearly\s)|(?<=\bat\salmost\s)|(?<=\bat\sjust\sover\s)
          |(?<=\bat\sjust\sunder\s)|(?<=\bat\scloser\sto\s)|(?<=\bat\snearer\s)
          |(?<=\bat\sless\sthan\s)|(?<=\bat\smore\sthan\s)|(?<=\bat\sonly\s)
          |(?<=\bat\sjust\s)
          # "it had climbed to nearly two-thirds", "suggests the share is nearer a third"
          |(?<=\bto\s)|(?<=\bto\sabout\s)|(?<=\bto\saround\s)|(?<=\bto\sroughly\s)
          |(?<=\bto\snearly\s)|(?<=\bto\salmost\s)|(?<=\bto\sjust\sover\s)
          |(?<=\bto\sjust\sunder\s)|(?<=\bto\sless\sthan\s)|(?<=\bto\smore\sthan\s)
          |(?<=\bnearer\s)|(?<=\bcloser\sto\s)  # "put the share nearer a third"
          # "a more conservative reading would say a third."
          |(?<=\bsay\s)|(?<=\bsays\s)|(?<=\bsaid\s))  # "put the share at about
        (?P<frac>{_alt(FRACTIONS)})          # a quarter", "…at closer to a third over the year"
        (?=\s*[,;:)]|\.?$|\.\s|\s+(?:over|in|for|during|that|this|last|by|of\s+the\s+total)\b)
    """,
        _G_FRACTION,
    ),
    _rule(
        "percent.ratio",
        "percent",
        rf"""
        {L}(?P<rnum>{NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?  # "one in five adults",
        (?!(?:1[89]|20)\d\d\b)                # (not a year: "up from half a dozen in 2024")
        (?P<rden>{NUMBER})                    # "2 out of every 10 graduates"
        (?=\s+[a-z]|\s*[,;:)]|\.?$)          # "1 in 6 adults", "or 1 in 6,", "nine in ten of"
    """,
        _G_RATIO,
        unit="percent",
        shares=True,
        opens_on_number=True,
    ),
    _rule(
        "age.apposition",
        "duration",
        r"""
        \b(?-i:[A-Za-z][a-z’'-]*[a-z])       # a name or a noun: "John Smith", "the striker"
        ,\s(?P<q>(?P<n1>[1-9]\d?))           # "John Smith, 35, said", "the striker, 24, has",
        (?:,\s(?!(?:and|or|nor)\b|\d)|\.?$)  # "…against Donald Trump, 77." (not "3, 14, and 15")
    """,
        _G_APPOSITION,
        noun="age",
    ),
    _rule(
        "age.years_old",
        "duration",
        rf"""
        {L}{N1}-(?P<unit>year|month|week|day)s?-old\b  # "17-year-old", "a five-day-old baby"
    """,
        _G_YEAR_OLD,
        noun="age",
        opens_on_number=True,
    ),
    _rule(
        "age.aged",
        "duration",
        rf"""
        \b(?:age\s+(?:of|as)|aged)\s+(?P<btw>between\s+)?  # "aged 40", "at the age of 55",
        (?P<q>{N1}(?:(?:\s*[-–]\s*|\s+to\s+|(?(btw)\s+and\s+|(?!))){N2})?){R}
                                              # "children aged 2 to 6", "aged between 16 and 19"
    """,
        _G_AGED,
        noun="age",
    ),
    _rule(
        "age.listed",
        "duration",
        rf"""
        (?:{_AGED_LIST})                    # "three men aged 24, 31 and 47": the later ages
        (?P<q>(?P<n1>[1-9]\d?))\b(?![.,]\d|\s*%)
    """,
        _G_AGED,
        noun="age",
    ),
    _rule(
        "age.at_event",
        "duration",
        r"""
        \b(?:founded|co-founded|retired|died|joined|stepped\s+down|took\s+over|married
          |graduated|emigrated
          |(?:started|launched|set\s+up)\s+(?:the|a|an|his|her|their)\s+
           (?:company|firm|business|start-?up|[\w-]*maker))\b  # "launched the chipmaker at 55"
        [^.;:!?]{0,80}?\bat\s+(?P<q>(?P<n1>[1-9]\d))\b  # "founded TSMC at 55", "died at 86"
        (?=\s*[,.;)]|\s*$|\s+(?:and|when|after|before|but|in)\b)
    """,
        _G_LIFE_EVENT,
        noun="age",
    ),
    _rule(
        "age.was_when",
        "duration",
        r"""
        # a person ("Morris Chang was 55 when he founded TSMC", "She was 17 at the time")
        (?-i:\b(?:[Hh]e|[Ss]he|I|[Tt]hey|[Ww]e)|\b[A-Z][a-z]+\s+[A-Z][a-z]+)
        \s+(?:was|were|is|turned)\s+(?P<q>(?P<n1>[1-9]\d))\b
        (?=\s+(?:when|at\s+the\s+time)\b)
    """,
        _G_WHEN,
        noun="age",
    ),
    _rule(
        "age.when_was",
        "duration",
        r"""
        # a person's age at an event, said after it ("founded TSMC when he was 55")
        \bwhen\s+(?-i:he|she|I|they|we)\s+(?:was|were|turned)\s+(?P<q>(?P<n1>[1-9]\d))\b
        (?=\s*[,.;)]|\s*$|\s+(?:and|but|in|at)\b)
    """,
        _G_WHEN,
        noun="age",
    ),
    _rule(
        "age.list_line",
        "duration",
        r"""
        # a list line's figure that is an age ("55: Morris Chang's age when he founded TSMC",
        # "55 — Morris Chang's age")
        (?:^|(?<=[-•*–]\s))(?P<q>(?P<n1>[1-9]\d))
        (?=(?::|\s+[—–])\s+(?:(?:the|his|her|their)\s+|[^.;:]{1,60}?[’']s\s+)age\b)
    """,
        _G_AGED,
        noun="age",
    ),
    _rule(
        "age.decade",
        "duration",
        rf"""
        \bin\s+(?:his|her|their|my|your|its)\s+  # "in her 20s", "in their late 30s",
        (?:(?:early|mid|late)[\s-]+)?             # "in their twenties"
        (?P<q>(?P<age>[1-9]0(?=s)|{_alt(DECADE_WORDS)})s?)\b
    """,
        _G_AGE_DECADE,
        noun="age",
    ),
    _rule(
        "spec.magnitude",
        "measure",
        rf"""
        {L}{N1}(?:[\s-]?|\s+on\s+the\s+|\s+in\s+)  # "7.4 magnitude", "7.4-magnitude",
        (?P<unit>magnitude|Richter)\b(?:\s+scale\b)?  # "6.8 on the Richter scale", "7.4 in
                                              # magnitude"
    """,
        _G_MAGNITUDE,
        opens_on_number=True,
    ),
    _rule(
        "spec.magnitude_prefix",
        "measure",
        rf"""
        \b(?P<unit>magnitude)(?:[\s-]+|\s+of\s+){N1}{R}  # "magnitude 7.4", "magnitude of 6"
    """,
        _G_MAGNITUDE,
    ),
    _rule(
        "spec.quake_magnitude",
        "measure",
        r"""
        (?<![\w.,/:$€£¥-])(?P<n1>[1-9]\.\d)    # "the 7.4 tremor", "a 6.1 quake": its magnitude
        (?=[\s-]+(?:earthquake|quake|tremor|temblor|aftershock)\b)
    """,
        _G_QUAKE,
        unit="magnitude",
        opens_on_number=True,
    ),
    _rule(
        "spec.quake_measured_first",
        "measure",
        rf"""
        {_QUAKE_THEN_AT}
        (?P<q>(?P<n1>{_QUAKE_AT}))             # a quake two sources measured at two magnitudes:
        (?={_LATER_AT}{_QUAKE_AT})             # the first (the second: below)
    """,
        _G_QUAKE,
        unit="magnitude",
    ),
    _rule(
        "spec.quake_measured_at",
        "measure",
        rf"""
        {_QUAKE_THEN_AT}
        (?:{_QUAKE_AT}{_LATER_AT})?             # "which the USGS measured at 7.4 and Taiwan's
        (?P<q>(?P<n1>{_QUAKE_AT}))              # weather agency at 7.2": the second
    """,
        _G_QUAKE,
        unit="magnitude",
    ),
    _rule(
        "measure.metres_event",
        "measure",
        rf"""
        {L}(?P<n1>{DIGITS})(?P<unit>m)\b      # "the 100m final", "a 5m-high wall"
        (?:(?=[\s-]+{_METRE_CONTEXT}\b)|(?<=,000m)  # "the 10,000m": never "10 billion"
        |(?={_LENGTH_CONVERSION}))            # "15m (49ft)"
    """,
        _G_METRES,
        opens_on_number=True,
    ),
    _rule(
        "measure.metres_of",
        "measure",
        rf"""
        (?:{_after(_METRE_NOUNS)})(?P<n1>{DIGITS})(?P<unit>m)\b(?![.,]\d)  # "waves of 4m"
    """,
        _G_METRES,
        opens_on_number=True,
    ),
    _rule(
        "measure.metres_the",
        "measure",
        rf"""
        (?<=\bthe\s)(?P<n1>{DIGITS})(?P<unit>m)  # "won the 100m in 9.79 seconds"
        (?=\s*[,.;:)]|\s+(?:in|at|on|and|by|with|for|to)\b)
    """,
        _G_METRES,
    ),
    _rule(
        "measure.temperature_range",
        "measure",
        rf"""
        {L}(?P<neg>[-−](?=\d)|minus\s+)?(?P<n1>{DIGITS})(?:°\s?)?(?-i:[CF])?  # "30 to 35C",
        {TO}(?P<neg2>(?<=\s)[-−](?=\d)|minus\s+)?(?P<n2>{DIGITS})  # "38-40°C", "-5C to -10C"
        (?P<unit>(?-i:[CF])|°\s?(?-i:[CF]))\b
    """,
        _G_TEMPERATURE,
        opens_on_number=True,
    ),
    _rule(
        "measure.temperature_glued",
        "measure",
        rf"""
        (?<![\w.,/$€£¥₹₩-])(?P<neg>[-−]|minus\s+)?  # "-5C", "minus 10C"
        (?P<n1>{DIGITS})(?P<unit>(?-i:[CF])|°\s?(?-i:[CF]))\b  # "48.8C", "1.5C", "30°C"
    """,
        _G_TEMPERATURE,
        opens_on_number=True,
    ),
    _rule(
        "ratio.multiplier",
        "other",
        rf"""
        (?P<mult>\b(?:{_alt([w for w in MULTIPLIERS if w not in _MULTIPLIER_ADVERBS])})\b
        (?!\s+(?:down|up|as|back)\b)          # "revenue doubled", not "doubled down"
        |{L}(?:{_alt(_MULTIPLIER_ADVERBS)})  # "twice as much as", "Twice: how much China spends"
        (?=\s+{_COMPARISON}\b|:\s+how\s+(?:much|many)\b))
        |{L}(?P<factor>(?<=\bfactor\sof\s))?{N1}  # (an empty group: "by a factor of" before)
        (?:[\s-]times(?=\s+{_COMPARISON}\b)     # "three times faster"
        |-?fold\b                             # "a threefold increase", "jumped 45-fold"
        |(?(factor){R}|(?!)))                 # "by a factor of 10"
    """,
        _G_MULTIPLIER,
    ),
    _rule(
        "duration.clock",
        "duration",
        r"""
        \b(?:in|time\s+of|clocked|clocking|timed|ran|swam)\s+  # a race time, not a time of day:
        (?P<q>(?P<clock>\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?))(?![\d:])  # "won in 2:01:09"
    """,
        _G_CLOCK,
        unit="second",
    ),
    _rule(
        "duration.article",
        "duration",
        rf"""
        (?=(?:an?|half)\s)(?:{_after(_SPAN_WORDS)}  # "for a decade" (not "within a decade")
        |(?:(?<=\bin\s)|(?<=\bwithin\s))(?=half\s))  # "in half a century": a horizon
        (?P<q>(?P<art>an?|half\s+an?)\s+
        (?P<unit>decade|century|year|month|fortnight|week|day|hour|minute))\b
        (?![\s-]+(?:ago|earlier|later|after|on|from|into|old)\b)  # not "a decade ago"
    """,
        _G_TIME,
    ),
    _rule(
        "duration.fraction_of",
        "duration",
        rf"""
        \b(?P<q>(?P<art>{_alt(FRACTIONS_OF_ONE)})\s+   # "a quarter of an hour",
        (?P<unit>{_TIME_UNITS}))\b                    # "three-quarters of an hour"
        (?![\s-]+(?:ago|earlier|later|after|on|from|into|old)\b)
    """,
        _G_FRACTION,
    ),
    _rule(
        "duration.once_a",
        "duration",
        r"""
        (?<=\bonce\s)                      # an interval long enough to be a claim: "about once
        (?P<q>(?P<art>a)\s+(?P<unit>decade|century))\b  # a decade", as "once every 10 years"
    """,
        _G_TIME,
    ),
    _rule(
        "duration.article_between",
        "duration",
        r"""
        (?<!\bonce\s)(?<!\btwice\s)(?<!\btimes\s)(?<![\d%]\s)  # not "once a week", "$500 a week"
        \b(?P<q>(?P<art>an?)\s+                         # "just a year later", "released a
        (?P<unit>decade|century|year|month|fortnight|week|day|hour))  # week after Kling": the
        \s+(?=(?:later|after)\b)                         # time between two events
    """,
        _G_LATER,
    ),
    _rule(
        "duration.compound",
        "duration",
        rf"""
        {L}{N1}[\s-]?(?P<unit>{_BIG_TIME})\b       # "1 minute 54.06 seconds", "2 hr 15 min",
        (?:,?\s+(?:and\s+)?)(?P<rest>{NUMBER})[\s-]?  # "six minutes and 17 seconds"
        (?P<rest_unit>{_SMALL_TIME})\b
    """,
        _G_BIG_TIME,
    ),
    _rule(
        "duration.compound_long",
        "duration",
        rf"""
        {L}{N1}[\s-]?(?P<unit>years?)\s+and\s+  # "six years and eight months": the whole
        (?P<rest>(?:1[01]|[1-9])(?![\d.,])|{_MONTHS_IN_A_YEAR})  # in months; fewer than a year
        [\s-]?(?P<rest_unit>months?)\b  # holds ("of two years and 18 months": two sentences)
    """,
        _G_LONG_TIME,
    ),
    _rule(
        "measure.feet_inches",
        "measure",
        rf"""
        {L}(?P<n1>[1-9])(?:-|\s?)(?P<unit>foot|feet|ft)(?:-|\s)?  # "6-foot-9", "6ft 2in",
        (?P<inches>1[01]|\d)(?:\s?(?:in|inches)\b|(?![\w.,]))  # "5 feet 11 inches"
    """,
        _G_FEET,
    ),
    _rule(
        "measure.inches_glued",
        "measure",
        rf"""
        {L}(?P<n1>{DIGITS})(?P<unit>(?-i:in))\b(?![.,]\d|-)  # "4in of snow", "a 12in screen"
    """,
        _G_INCHES,
        opens_on_number=True,
    ),
    _rule(
        "measure.range",
        "measure",
        rf"""
        {L}{N1}(?:\s?{UNIT})?{TO}{N2}[\s-]?(?P<unit>{UNIT})\b  # "two to four months"
    """,
        opens_on_number=True,
    ),
    _rule(
        "measure.unit",
        "measure",
        rf"""
        {L}{NEG}{N1}(?P<plus>-plus)?          # "10-plus years": at least 10
        (?:(?<=\d)[\s-]?|[\s-]|\s+{TIME_ADJECTIVE}\s+(?={TIME_UNIT}\b))  # "three consecutive
        (?P<unit>{UNIT})\b                   # days", "40 miles", "five-nanometer", "-5 km",
                                             # "5km" (but "eighth" is no "eight h")
    """,
        opens_on_number=True,
    ),
    _rule(
        "vague.time",
        "duration",
        rf"""
        \b(?P<vague>{VAGUE_AMOUNT})\s+(?P<unit>{TIME_UNIT})\b  # "a few years", "multiple decades"
    """,
        _G_VAGUE,  # its amount is vague: a rarer word than a unit of time
    ),
    _rule(
        "vague.span",
        "duration",
        r"""
        (?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bspanning\s)|(?<=\bin\s)  # "for decades", "in months"
        |(?=decades\s+of\b))                 # "decades of hard work"
        (?P<vague>decades|months)\b
    """,
        _G_SPAN,
    ),
    _rule(
        "rank.ordinal",
        "rank",
        rf"""
        \b(?:ranked|ranking|ranks|rank|came|finished|placed)\s+  # the verb makes it a rank
        (?P<q>(?:No\.\s?)?(?P<ord>\d+(?:st|nd|rd|th)?|{_alt(ORDINAL_WORDS)}))\b
    """,
        _G_RANK,
    ),
    _rule(
        "rank.standing",
        "rank",
        r"""
        \b(?P<q>(?P<ord>\d+(?:st|nd|rd|th)))\b  # a numeric ordinal that names a standing:
        (?=[\s-]+seed(?:ed)?\b                  # "13th seed"
        |\s+(?:in|on)\s+(?:the\s+)?(?:[\w&’'-]+\s+){0,3}?  # "48th in the ATP rankings"
         (?:rankings?|standings|table|league|list|index|charts?)\b)
    """,
        _G_STANDING,
    ),
    _rule(
        "rank.number",
        "rank",
        r"""
        \bNo\.\s?(?P<ord>\d+)\b              # "the world's No. 2 chipmaker"
    """,
        _G_NUMBER_SIGN,
    ),
    _rule(
        "rank.top",
        "rank",
        rf"""
        (?=top[\s-])(?:{_TOP_AFTER})\btop[\s-]{N1}{R}  # "climbed into the top 10": 10th or better
    """,
        _G_TOP,
        qualifier="<=",
    ),
    _rule(
        "count.of_the_hundred",
        "count",
        r"""
        \bof\s+the\s+(?:(?:top|first|last)\s+)?  # the set a part is of, in a word: "90 of the
        (?P<q>(?P<n1>hundred|thousand))\b(?!-)  # hundred longest tokens", "83 of the top hundred"
    """,
        _G_HUNDRED,
    ),
    _rule(
        "count.range",
        "count",
        rf"""
        {L}{N1}{TO}{N2}{R}                   # "one or two", "10-15"
    """,
        screened=True,
        opens_on_number=True,
    ),
    _rule(
        "count.vague",
        "count",
        rf"""
        \b(?P<vague>{VAGUE_AMOUNT})\b(?!-)   # "thousands", "hundreds of millions", "several",
        (?:(?:\s+of)?\s+(?!pounds?\b|characters?\b)(?P<unit>{UNIT})\b)?  # "a few hundred metres",
                                              # "thousands of acres" (not of pounds: money)
    """,
        _G_VAGUE,
    ),
    _rule(
        "count.number",
        "count",
        rf"""
        {L}{N1}(?:{R}                        # "18,000", "seven", "1.4 million",
        |(?<=\d)(?=-(?!(?:for|to|and|or|of|in|on|by|an?|the|per)\b)(?-i:[a-z]+)\b(?!-)))
                                              # digits before a noun: "a 12-storey block"
    """,
        screened=True,
        opens_on_number=True,
    ),
)
