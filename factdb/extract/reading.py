"""What one rule match says by itself: its named groups, read as an amount and a unit.

:class:`Groups` lists every named group a pattern in :data:`~factdb.extract.rules.RULES`
may define (a test checks the two agree); the readers here turn a match's groups into a
value (or range) and a unit with its kind. Context — the noun, the qualifier, a rate — is
read elsewhere (:mod:`factdb.extract.noun_strategies`, :mod:`factdb.extract.extractor`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdb.extract import nouns
from factdb.extract.currency import GLUED_SYMBOLS, SUBUNITS, to_iso
from factdb.extract.numbers import DECADE_WORDS, parse_number, scale_of
from factdb.extract.rules import (
    ARTICLE_AMOUNTS,
    FRACTION_PREFIXES,
    FRACTIONS,
    MULTIPLIERS,
    ORDINAL_WORDS,
    PATTERN_ONLY_GROUPS,
    VAGUE,
    Rule,
)
from factdb.extract.units import canonical_unit, conversion_factor, in_context, is_time

_LENGTH_UNITS = frozenset({"character"})  # a unit only when it measures a length


@dataclass(frozen=True, slots=True)
class Groups:
    """A match's named groups (None when the group did not take part)."""

    n1: str | None = None  # the amount
    n2: str | None = None  # a range's upper end
    neg: str | None = None  # a minus sign or word
    sign: str | None = None  # ... before a currency symbol: "minus $37.63"
    neg2: str | None = None  # ... before a range's upper end: "-5C to -10C"
    plus: str | None = None  # "-plus" between an amount and its unit: "10-plus years"
    andjoin: str | None = None  # a range joined by "and" (only after "between")
    cur: str | None = None  # a currency surface: "$", "yuan", "RMB"
    glued: str | None = None  # a letter that is a currency glued to an amount: "R27.58"
    sub: str | None = None  # a currency's minor unit: "cents"
    pence: str | None = None  # "p" glued to digits: "25p"
    pct: str | None = None  # a percent sign or word
    pts: str | None = None  # percentage or basis points
    pp: str | None = None  # "a percentage point" after a fraction: "half a percentage point"
    unit: str | None = None  # a unit surface
    vague: str | None = None  # a vague amount word: "thousands"
    age: str | None = None  # an age in decades: "in her 20s"
    frac: str | None = None  # a fraction word: "half", "two-thirds"
    pre: str | None = None  # a fraction opening a compound: "quarter-point"
    art: str | None = None  # an article as an amount: "for a decade"
    mult: str | None = None  # a multiplier word: "twice", "doubled"
    ord: str | None = None  # an ordinal rank: "third", "No. 2"
    rnum: str | None = None  # "one in five": the one
    rden: str | None = None  # ... and the five
    clock: str | None = None  # a race time: "2:01:09"
    inches: str | None = None  # the inches after feet: "6-foot-9"
    rest: str | None = None  # a duration's second part: "1 minute 54.06 seconds"
    rest_unit: str | None = None  # ... and its unit, in which the whole is given
    q: str | None = None  # the quote, when the rest of the match is context

    @classmethod
    def of(cls, match: re.Match[str]) -> Groups:
        """The groups of ``match``."""
        return cls(**{k: v for k, v in match.groupdict().items() if k not in PATTERN_ONLY_GROUPS})


@dataclass(frozen=True, slots=True)
class Amount:
    """A match's value, the upper end of its range, and whether it is a vague word."""

    value: float
    value_max: float | None = None
    vague: bool = False


@dataclass(frozen=True, slots=True)
class UnitReading:
    """A match's unit and kind; ``factor`` turns its value into the unit ("decades" → ×10)."""

    unit: str | None
    kind: str
    factor: float = 1.0


def amount(g: Groups) -> Amount:
    """The value (and range end) the groups give."""
    if g.vague:
        return Amount(float(VAGUE[_words(g.vague)]), vague=True)
    worded = _worded_amount(g)
    if worded is not None:
        return Amount(worded)
    if g.age:  # "in her 20s", "in their twenties": 20 to 29
        age = float(DECADE_WORDS.get(g.age.lower()) or g.age)
        return Amount(age, age + 9)
    if g.rnum and g.rden:  # "one in five": a share
        return Amount(100 * parse_number(g.rnum) / parse_number(g.rden))
    if g.clock:  # "2:01:09" → seconds
        parts = reversed(g.clock.split(":"))
        return Amount(sum(float(p) * 60**i for i, p in enumerate(parts)))
    assert g.n1 is not None  # every other rule has an amount
    if g.n2:
        low, high = sorted(signed_range(g))  # "-5C to -10C" is -10 to -5
        return Amount(low, high)
    if g.rest and g.unit and g.rest_unit:  # "1 minute 54.06 seconds": 114.06 seconds
        factor = conversion_factor(canonical_unit(g.unit) or "", canonical_unit(g.rest_unit) or "")
        whole = parse_number(g.n1) * (factor or 0.0) + parse_number(g.rest)
        return Amount(float(f"{whole:.12g}"))
    if g.inches:  # "6-foot-9": 6.75 feet
        return Amount(float(f"{parse_number(g.n1) + int(g.inches) / 12:.12g}"))
    return Amount(parse_number(g.n1) * (-1 if g.neg or g.sign else 1))


def _worded_amount(g: Groups) -> float | None:
    """The value of an amount written as a word of one of the rule tables, if it is one."""
    if g.frac:
        return FRACTIONS[_words(g.frac)]
    if g.pre:
        return FRACTION_PREFIXES[g.pre.lower()]
    if g.art:
        return ARTICLE_AMOUNTS[_words(g.art)]
    if g.mult:
        return MULTIPLIERS[g.mult.lower()]
    if g.ord:
        word = g.ord.lower()
        return float(
            ORDINAL_WORDS.index(word) + 1 if word in ORDINAL_WORDS else int(word.rstrip("stndrh"))
        )
    return None


def _words(surface: str) -> str:
    return " ".join(surface.lower().split())


def number_range(low: str, high: str) -> tuple[float, float]:
    """The two ends of a range; "1 to 2 million" shares its scale."""
    value, value_max = parse_number(low), parse_number(high)
    if scale_of(low) == 1 and scale_of(high) > 1:
        value *= scale_of(high)
    return value, value_max


def signed_range(g: Groups) -> tuple[float, float]:
    """The two ends of a range as written, with their signs."""
    assert g.n1 is not None and g.n2 is not None
    low, high = number_range(g.n1, g.n2)
    return -low if g.neg else low, -high if g.neg2 else high


def unit_of(g: Groups, rule: Rule, before: str, after: str) -> UnitReading:
    """The unit and kind of a match; ``before`` and ``after`` are the sentence around it (they
    say whose "crowns" they are, and whether "characters" is a length)."""
    return _marked_unit(g, rule, before, after) or _worded_unit(g, rule.kind, after)


def currency(g: Groups, before: str, after: str) -> str | None:
    """The ISO code of a match's currency, if it has one the sentence around it can tell."""
    return to_iso(g.cur.replace(".", ""), before, after) if g.cur else None


def _marked_unit(g: Groups, rule: Rule, before: str, after: str) -> UnitReading | None:
    """A currency, a point or a percentage: a unit its mark or its rule fixes."""
    if g.cur:
        return UnitReading(currency(g, before, after), rule.kind)
    if g.glued:
        return UnitReading(GLUED_SYMBOLS[g.glued], rule.kind)
    minor = g.sub or g.pence
    if minor:  # "1.5 cents", "25p": a share of the major unit
        code, share = SUBUNITS[_words(minor)]
        return UnitReading(code, rule.kind, share)
    if g.pts:  # "2 percentage points", "50 basis points", "25bp"
        point = "percentage" if g.pts.lower().startswith("percentage") else "basis"
        return UnitReading(f"{point}_point", rule.kind)
    if rule.unit:
        return UnitReading(rule.unit, rule.kind)
    if g.pp or g.pre:  # "half a percentage point", "a quarter-point cut"
        return UnitReading("percentage_point", rule.kind)
    if g.frac:  # a share of one, as a percentage
        return UnitReading("percent", rule.kind, 100.0)
    if g.pct:
        return UnitReading("percent", rule.kind)
    return None


def _worded_unit(g: Groups, kind: str, after: str) -> UnitReading:
    """A unit written as a word after the amount, or implied by a time word or the kind."""
    surface = (g.rest_unit or g.unit or g.vague or "").lower()
    if surface.startswith("decade"):
        return UnitReading("year", "duration", 10.0 if g.unit else 1.0)
    if surface.startswith("centur") and g.unit:  # counted in years, as a decade is
        return UnitReading("year", "duration", 100.0)
    if not g.unit:
        if surface == "months":
            return UnitReading("month", "duration")
        # ages: "17-year-old", "in her 20s", "at the age of 55"
        return UnitReading("year" if kind == "duration" else None, kind)
    unit = "p" if g.unit == "p" else in_context(g.rest_unit or g.unit, after)
    if unit is None or (unit in _LENGTH_UNITS and not nouns.is_length(after)):
        return UnitReading(None, "count")  # "100,000 characters": a count
    return UnitReading(unit, "duration" if is_time(unit) else "measure")
