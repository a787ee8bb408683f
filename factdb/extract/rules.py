"""The ordered rule table: each rule is a named, compiled-once pattern over one sentence.

Rules run in the order listed and a later rule never takes text an earlier one matched, so
the order encodes precedence: ranges before single amounts (so "1% to 5%" is one mention, not
two), money and percent before units (so "$5m" is money, not five metres), units before bare
counts (so "three years" is a duration), vague words last (so "tens of thousands" is not read
as "thousands").

Named groups the pipeline reads: ``n1``/``n2`` (the amount and a range's upper end), ``cur``
and ``cur2`` (currency surfaces), ``pct`` (a percent sign or word), ``unit`` (a unit surface),
``vague`` (a vague amount word), ``age`` (an age in decades, "her 20s"), ``frac`` (a fraction
word), ``ord`` (an ordinal rank), ``andjoin`` (a range joined by "and"), and ``q`` where the
quote is only part of the match (the rest is context that must be there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdb.extract.currency import patterns as currency_patterns
from factdb.extract.numbers import DIGITS, NUMBER
from factdb.extract.units import UNIT


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern; ``kind`` is the mention kind unless the unit decides it."""

    name: str
    kind: str
    pattern: re.Pattern[str]


_SYM, _NAMES, _CODES = currency_patterns()
# Shared pieces, each a verbose-regex fragment.
L = r"(?<![\w.,/$€£¥₹₩-])"  # an amount starts a token: not inside "C919", "3.5", "9/11", "-6"
R = r"(?![\w/:]|[.,]\d|-(?!year|second|minute|hour|day|week|month))"  # ...and ends one
N1 = rf"(?P<n1>{NUMBER})"
N2 = rf"(?P<n2>{NUMBER})"
# Range joiners; "and" only counts after "between", which the pipeline checks.
TO = r"(?:\s*[-–—]\s*|\s+(?:to|or)\s+|(?P<andjoin>\s+and\s+))"
PCT = r"(?:%|\s?(?:percent|per\s+cent)\b)"
CUR_SYM = rf"(?:{_SYM})"
CUR_NAME = rf"(?:(?i:(?:U\.?S\.?\s+)?(?:{_NAMES}))|(?-i:{_CODES}))\b"
TIME_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)"
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
FRACTIONS: dict[str, float] = {
    "half": 50.0, "a half": 50.0, "one-half": 50.0, "a third": 100 / 3, "one-third": 100 / 3,
    "one third": 100 / 3, "two-thirds": 200 / 3, "two thirds": 200 / 3, "a quarter": 25.0,
    "one-quarter": 25.0, "one quarter": 25.0, "three-quarters": 75.0, "three quarters": 75.0,
    "a fifth": 20.0, "one-fifth": 20.0,
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


def _alt(words: list[str] | dict[str, float]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


VAGUE_AMOUNT = rf"(?:{_alt([w for w in VAGUE if w not in ('decades', 'months')])})"
# What makes a glued "m" metres rather than millions: a race or a dimension after it.
_METRE_CONTEXT = r"""(?:final|finals|semi-?finals?|heats?|race|sprint|hurdles|freestyle|butterfly
    |backstroke|breaststroke|medley|relay|dash|steeplechase|world\s+record|title|gold|silver
    |bronze|medal|champion|champions|championship|tall|high|deep|long
    |wide|thick|away|above|below|underground|underwater|in\s+(?:diameter|length|height|depth))"""
# A multiplier is a claim only as a comparison: "twice as much as", "three times faster".
_COMPARISON = r"""(?:as\s+[a-z]+\s+as|more|less|fewer|higher|lower|larger|bigger|smaller|greater
    |faster|slower|longer|shorter|cheaper|costlier|likelier|the\s+(?:size|number|amount|rate|level
    |average|price|cost)|that\s+of|those\s+of)"""


def _rule(name: str, kind: str, pattern: str) -> Rule:
    return Rule(name, kind, re.compile(pattern, re.VERBOSE | re.IGNORECASE))


RULES: tuple[Rule, ...] = (
    _rule(
        "money.range",
        "money",
        rf"""
        {L}(?P<cur>{CUR_SYM})\s?{N1}        # "$10"
        {TO}(?:{CUR_SYM})?\s?{N2}{R}        # "-$15 million", "to 15bn"
    """,
    ),
    _rule(
        "money.symbol_prefix",
        "money",
        rf"""
        (?<![A-Za-z$])(?P<cur>{CUR_SYM})    # "$", "HK$", "€" (a letter before = part of a word)
        [ \u00a0]?{N1}{R}                   # "2.3 billion", "6bn"
    """,
    ),
    _rule(
        "money.code_prefix",
        "money",
        rf"""
        \b(?-i:(?P<cur>{_CODES}|RMB))       # "RMB", "USD" - upper case only
        [ \u00a0]?{N1}{R}
    """,
    ),
    _rule(
        "money.name_range",
        "money",
        rf"""
        {L}{N1}{TO}{N2}\s+(?P<cur>{CUR_NAME})  # "1 to 2 billion yuan"
    """,
    ),
    _rule(
        "money.name_suffix",
        "money",
        rf"""
        {L}{N1}[ \u00a0]?(?P<cur>{CUR_NAME})   # "17 billion RMB", "298 yuan"
    """,
    ),
    _rule(
        "money.vague",
        "money",
        rf"""
        \b(?P<vague>{VAGUE_AMOUNT})\s+of\s+(?P<cur>{CUR_NAME})  # "billions of dollars"
    """,
    ),
    _rule(
        "percent.range",
        "percent",
        rf"""
        {L}{N1}(?:{PCT})?{TO}{N2}(?P<pct>{PCT})  # "27% or 28%", "1% to 5%", "10-15 percent"
    """,
    ),
    _rule(
        "percent.points",
        "percent",
        rf"""
        {L}{N1}[\s-]percentage[\s-]points?\b     # "2 percentage points"
    """,
    ),
    _rule(
        "percent.simple",
        "percent",
        rf"""
        {L}{N1}-?(?P<pct>{PCT})              # "90%", "11 percent", "5-percent"
    """,
    ),
    _rule(
        "percent.fraction",
        "percent",
        rf"""
        \b(?P<frac>{_alt(FRACTIONS)})(?=\s+of\b)  # "half of the population", "two-thirds of"
    """,
    ),
    _rule(
        "percent.ratio",
        "percent",
        rf"""
        {L}(?P<rnum>{NUMBER})\s+(?:in|out\s+of)\s+(?P<rden>{NUMBER})  # "one in five adults"
        (?=\s+(?!of\b)[a-z])
    """,
    ),
    _rule(
        "age.apposition",
        "duration",
        r"""
        (?:(?-i:[A-Z][a-z’'-]+)|man|woman|boy|girl|mother|father|son|daughter|runner|player
        |driver|student|worker|resident|teacher|officer)
        ,\s(?P<q>(?P<n1>[1-9]\d?)),\s       # "John Smith, 35, said", "the runner, 35,"
    """,
    ),
    _rule(
        "age.years_old",
        "duration",
        rf"""
        {L}{N1}-year-old\b                   # "17-year-old"
    """,
    ),
    _rule(
        "age.aged",
        "duration",
        rf"""
        \b(?:age\s+of|aged)\s+(?P<q>{N1}){R}  # "at the age of 55", "aged 40"
    """,
    ),
    _rule(
        "age.decade",
        "duration",
        r"""
        \bin\s+(?:his|her|their|my|your|its)\s+  # "in her 20s", "in their late 30s"
        (?:(?:early|mid|late)[\s-]+)?
        (?P<q>(?P<age>[1-9]0)s)\b
    """,
    ),
    _rule(
        "spec.video_lines",
        "measure",
        r"""
        \b(?P<n1>\d{3,4})(?P<unit>p)\b       # "1080p", "720p"
    """,
    ),
    _rule(
        "spec.magnitude",
        "measure",
        rf"""
        {L}{N1}[\s-]?(?P<unit>magnitude)\b  # "7.4 magnitude", "7.4-magnitude"
    """,
    ),
    _rule(
        "spec.magnitude_prefix",
        "measure",
        rf"""
        \b(?P<unit>magnitude)[\s-]+{N1}{R}  # "magnitude 7.4", "a magnitude-6 quake"
    """,
    ),
    _rule(
        "measure.metres_event",
        "measure",
        rf"""
        {L}(?P<n1>{DIGITS})(?P<unit>m)\b      # "the 100m final", "a 5m-high wall"
        (?:(?=[\s-]+{_METRE_CONTEXT}\b)|(?<=,000m))  # "the 10,000m": never "10 billion"
    """,
    ),
    _rule(
        "measure.metres_the",
        "measure",
        rf"""
        (?<=\bthe\s)(?P<n1>{DIGITS})(?P<unit>m)  # "won the 100m in 9.79 seconds"
        (?=\s*[,.;:)]|\s+(?:in|at|on|and|by|with|for|to)\b)
    """,
    ),
    _rule(
        "measure.temperature_glued",
        "measure",
        rf"""
        (?<![\w.,/$€£¥₹₩-])(?P<neg>[-−]|minus\s+)?  # "-5C", "minus 10C"
        (?P<n1>{DIGITS})(?P<unit>(?-i:[CF])|°\s?(?-i:[CF]))\b  # "48.8C", "1.5C", "30°C"
    """,
    ),
    _rule(
        "ratio.multiplier",
        "other",
        rf"""
        {L}(?:(?P<mult>twice|thrice)(?=\s+{_COMPARISON}\b)  # "twice as much as"
        |{N1}(?:[\s-]times(?=\s+{_COMPARISON}\b)  # "three times faster"
        |-?fold\b))                           # "a threefold increase", "jumped 45-fold"
    """,
    ),
    _rule(
        "measure.range",
        "measure",
        rf"""
        {L}{N1}(?:\s?{UNIT})?{TO}{N2}[\s-]?(?P<unit>{UNIT})\b  # "two to four months"
    """,
    ),
    _rule(
        "measure.unit",
        "measure",
        rf"""
        {L}{N1}[\s-]?(?P<unit>{UNIT})\b      # "40 miles", "five-nanometer", "30fps"
    """,
    ),
    _rule(
        "vague.time",
        "duration",
        rf"""
        \b(?P<vague>{VAGUE_AMOUNT})\s+(?P<unit>{TIME_UNIT})\b  # "a few years", "multiple decades"
    """,
    ),
    _rule(
        "vague.span",
        "duration",
        r"""
        (?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bspanning\s)  # "for decades", "for months"
        |(?=decades\s+of\b))                 # "decades of hard work"
        (?P<vague>decades|months)\b
    """,
    ),
    _rule(
        "rank.ordinal",
        "rank",
        rf"""
        \b(?:ranked|ranking|ranks|rank|came|finished|placed)\s+  # the verb makes it a rank
        (?P<q>(?:No\.\s?)?(?P<ord>\d+(?:st|nd|rd|th)?|{_alt(ORDINAL_WORDS)}))\b
    """,
    ),
    _rule(
        "rank.number",
        "rank",
        r"""
        \bNo\.\s?(?P<ord>\d+)\b              # "the world's No. 2 chipmaker"
    """,
    ),
    _rule(
        "count.range",
        "count",
        rf"""
        {L}{N1}{TO}{N2}{R}                   # "one or two", "10-15"
    """,
    ),
    _rule(
        "count.vague",
        "count",
        rf"""
        \b(?P<vague>{VAGUE_AMOUNT})\b(?!-)   # "thousands", "hundreds of millions", "several"
    """,
    ),
    _rule(
        "count.number",
        "count",
        rf"""
        {L}{N1}{R}                           # "18,000", "seven", "1.4 million"
    """,
    ),
)
