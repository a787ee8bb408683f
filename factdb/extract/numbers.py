"""Number surfaces in English news text: digits, number words, scale words and suffixes.

The regex fragments here are shared by the rule table (:mod:`factdb.extract.rules`);
:func:`parse_number` turns any text they match into a float.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factdb.extract.gates import by_first_letter

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,  # Indian English: "₹75,000 crore"
    "crore": 1e7,
    "dozen": 12,  # "two dozen abstentions"
}
# Suffixes glued to digits in headlines and business copy: "$6bn", "5m", "10K".
SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
# A decade of someone's age in words: "in their twenties" (20 to 29).
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
# Fixed amounts written as phrases; longest first so "half a dozen" beats "a dozen".
PHRASE_NUMBERS: dict[str, float] = {
    "half a dozen": 6, "half-dozen": 6, "half dozen": 6, "a dozen": 12, "a pair": 2,
    "a hundred": 100, "a thousand": 1e3, "a million": 1e6, "a billion": 1e9, "a trillion": 1e12,
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that prefixes never win."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_UNIT_ALT = alternation(list(UNITS_WORDS))
_TENS_ALT = alternation(list(TENS_WORDS))
_SCALE_ALT = alternation(list(SCALE_WORDS))
# Fractions as shares of one; a rule's unit says what of ("percent" unless it is set).
# "a third", "one-third", "two thirds", "nine-tenths": every numerator below its denominator.
DENOMINATORS: dict[str, int] = {
    "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10,
}  # fmt: skip
FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "a half": 1 / 2, "one-half": 1 / 2,
    **{f"{'an' if name[0] in 'ae' else 'a'} {name}": 1 / d for name, d in DENOMINATORS.items()},
    **{
        f"{numerator}{space}{name}{'s' if n > 1 else ''}": n / d
        for name, d in DENOMINATORS.items()
        for numerator, n in UNITS_WORDS.items()
        if 0 < n < d
        for space in ("-", " ")
    },
}  # fmt: skip
# The fractions that take a scale word: "half a million", "a quarter of a billion".
SCALE_FRACTIONS: dict[str, float] = {
    w: FRACTIONS[w] for w in ("half", "a quarter", "a third", "three quarters", "two thirds")
}
_FRACTION_ALT = alternation(list(SCALE_FRACTIONS)).replace(r"\s+", r"[\s-]+")
_FRACTION_OF_SCALE = rf"(?:{_FRACTION_ALT})\s+(?:of\s+)?an?\s+(?:{_SCALE_ALT})"
_FRACTION_OF_SCALE_RE = re.compile(rf"({_FRACTION_ALT})\s+(?:of\s+)?an?\s+({_SCALE_ALT})")

DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
WORD_NUMBER = rf"""(?:
    {_FRACTION_OF_SCALE}
  | {alternation(list(PHRASE_NUMBERS))}
  | (?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?
  | (?:{_UNIT_ALT})
)"""
# A scale word after a space or a hyphen ("17 billion", "a $2.3-billion deal"), or a suffix
# glued to the digits ("6bn").
SCALE = rf"(?:[ \u00a0-](?:{_SCALE_ALT})(?:[ \u00a0](?:{_SCALE_ALT}))?)"
SUFFIX = rf"(?:(?:{alternation(list(SCALE_SUFFIXES))})(?![\w]))"
HALF = r"(?:\s+and\s+a\s+half)"  # "two and a half years", "1 and a half million"
# The rest of a number after "hundred and": "one hundred and fifty", "a thousand and one".
AND_REST = rf"""(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+
    (?:(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?|(?:{_UNIT_ALT})))"""
# Scientific notation: "1.5e6", "6.02×10^23", "6.02 x 10²³", "2.48×10−5" (its caret lost).
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"
EXPONENT = rf"""(?:e[+-]?\d{{1,3}}(?!\w)
    |\s?[×x]\s?10(?:\^[-−]?\d{{1,3}}|[{_SUPERSCRIPTS}]+|[-−]\d{{1,3}}\b)
    |(?<=(?<![\d.,])10)(?:[{_SUPERSCRIPTS}]+|\^[-−]?\d{{1,3}}))"""  # "10⁹", "10^9" alone
# "8 B users": a spaced capital B before a word is billions (a spaced "m" is metres).
SPACED_BILLION = r"(?-i:[ \u00a0]B)(?=\s+[a-z])"
# The full amount: "18,000", "1.4 million", "$6bn" (without the $), "two", "half a dozen".
NUMBER = rf"""(?:
    {DIGITS}(?:{HALF}?{SCALE}|{SUFFIX}|{EXPONENT}|{SPACED_BILLION})?
  | {WORD_NUMBER}{HALF}?{SCALE}?{AND_REST}?
)"""

# Where a :data:`NUMBER` (or its sign) may start, for a case-insensitive lookahead: whether
# one matches, not how far, so its optional parts are left out; the number words are grouped
# by first letter (gates.by_first_letter), three times cheaper to try at every word start.
_WORD_NUMBER_OPENINGS = by_first_letter([
    *(rf"{f}\s+(?:of\s+)?an?\s+(?:{_SCALE_ALT})" for f in _FRACTION_ALT.split("|")),
    *alternation(list(PHRASE_NUMBERS)).split("|"),
    *_TENS_ALT.split("|"),
    *_UNIT_ALT.split("|"),
])  # fmt: skip
_UNSIGNED_OPENING = rf"\d|\.\d|{_WORD_NUMBER_OPENINGS}"
_MINUS = by_first_letter([rf"minus[\s-]+(?:{_UNSIGNED_OPENING})"])
NUMBER_OPENING = rf"\d|\.\d|[-−](?:{_UNSIGNED_OPENING})|{_WORD_NUMBER_OPENINGS}|{_MINUS}"

_WORD_RE = re.compile(r"[a-z]+", re.IGNORECASE)
_EXPONENT_RE = re.compile(
    rf"([\d,]*\.?\d+)(?:e([+-]?\d+)|\s?[×x]\s?10(?:\^?([-−]?\d+)|([{_SUPERSCRIPTS}]+)))"
)
_POWER_OF_TEN_RE = re.compile(rf"10(?:([{_SUPERSCRIPTS}]+)|\^([-−]?\d+))")
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789-")


def parse_number(surface: str) -> float:
    """The value of a number surface matched by :data:`NUMBER`, e.g. "1.4 million" → 1400000.0.

    Raises ValueError for text that is not a number.
    """
    s = " ".join(re.sub(r"(?<=\d)-(?=[a-z])", " ", surface.lower()).replace("\u00a0", " ").split())
    whole, half, scale = s.partition(" and a half")
    if half:
        return (parse_number(whole) + 0.5) * _scale_product(scale.split(), surface)
    if s in PHRASE_NUMBERS:
        return float(PHRASE_NUMBERS[s])
    fraction = _FRACTION_OF_SCALE_RE.match(s)
    if fraction:  # "half a million", "half a hundred thousand"
        share = SCALE_FRACTIONS[re.sub(r"[\s-]+", " ", fraction.group(1))]
        scale_after = _scale_product(s[fraction.end() :].split(), surface)
        return share * SCALE_WORDS[fraction.group(2)] * scale_after
    power_of_ten = _POWER_OF_TEN_RE.fullmatch(s)
    if power_of_ten:
        power = (power_of_ten.group(1) or power_of_ten.group(2)).translate(_FROM_SUPERSCRIPT)
        return 10.0 ** int(power.replace("−", "-"))
    exponent = _EXPONENT_RE.fullmatch(s)
    if exponent:
        power = next(g for g in exponent.groups()[1:] if g).translate(_FROM_SUPERSCRIPT)
        return float(exponent.group(1).replace(",", "")) * 10 ** int(power.replace("−", "-"))
    m = re.fullmatch(r"([\d,]*\.?\d+)\s*([a-z ]*)", s)
    if m:
        base = float(m.group(1).replace(",", ""))
        rest = m.group(2)
        if rest in SCALE_SUFFIXES:
            return base * SCALE_SUFFIXES[rest]
        return base * _scale_product(rest.split(), surface)
    return _parse_words(s, surface)


def _parse_words(s: str, surface: str) -> float:
    s = re.sub(r"^an? (?=(?:hundred|thousand) and )", "one ", s)  # "a hundred and ten"
    for phrase, amount in PHRASE_NUMBERS.items():
        if s.startswith(phrase + " "):
            return amount * _scale_product(s[len(phrase) :].split(), surface)
    total, current = 0.0, 0.0
    for word in _WORD_RE.findall(s):
        if word == "and":  # "one hundred and fifty"
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0.0
        else:
            raise ValueError(surface)
    return total + current


def _scale_product(words: list[str], surface: str) -> float:
    value = 1.0
    for word in words:
        if word not in SCALE_WORDS:
            raise ValueError(surface)
        value *= SCALE_WORDS[word]
    return value


def scale_of(surface: str) -> float:
    """The multiplier of a surface's scale word or suffix: "2 billion" → 1e9, "15" → 1."""
    words = re.sub(r"(?<=\d)-(?=[a-z])", " ", surface.lower()).split()
    if len(words) > 1 and words[-1] in SCALE_WORDS:
        return SCALE_WORDS[words[-1]] * SCALE_WORDS.get(words[-2], 1)
    m = re.fullmatch(r"[\d,.]+([a-z]+)", words[0]) if words else None
    return SCALE_SUFFIXES.get(m.group(1), 1.0) if m else 1.0
