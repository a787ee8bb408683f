"""The extractor: sentences → rule matches → filtered, annotated :class:`Mention` objects."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from factdb.extract import attribution, dates, filters, nouns, rates
from factdb.extract.currency import SHARED, reading_text, writes_yuan_as_yen_sign
from factdb.extract.gates import fold
from factdb.extract.mention import Mention, changed
from factdb.extract.noun_strategies import (
    ABOUT,
    CONVERSION_BREAK,
    Scene,
    noun_of,
    other_currency,
    per_period,
)
from factdb.extract.numbers import DECADE_WORDS, parse_number
from factdb.extract.qualifiers import qualifier
from factdb.extract.reading import Groups, amount, currency, signed_range, unit_of
from factdb.extract.rules import NUMBER_START, RULES, Rule
from factdb.extract.sentences import paragraphs, sentences, soften
from factdb.extract.units import conversion_factor, display_name, normalize

# A sentence without a digit, one of these words or a unit of time after "a"/"an" holds no
# amount; skipping it is the fast path (a set lookup per word is far cheaper than a regex
# alternation of the words tried at every character).
_AMOUNT_WORDS = frozenset([
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
    "dozen", "dozens", "few", "several", "multiple", "half", "third", "thirds", "quarter",
    "quarters", "fifth", "scores", "decades", "months", "zero", "first", "second", "ranked",
    "ranking", "finished", "placed", "came", "twice", "thrice", "twofold", "threefold",
    "fourfold", "fivefold", "tenfold", "hundredfold", "doubled", "doubling", "tripled",
    "tripling", "trebled", "quadrupled", "quadrupling", "halved", "double", "triple", "quadruple",
    "fifths", "tenth", "tenths", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths",
    "ninth", "ninths", "pair", *DECADE_WORDS,
])  # fmt: skip
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"\w+")
_AN_TIME_RE = re.compile(  # "for a decade"
    r"\ban?\s+(?:decade|century|year|month|fortnight|week|day|hour|minute)\b", re.I
)


def _may_hold_amount(sentence: str) -> bool:
    return bool(
        _DIGIT_RE.search(sentence)
        or not _AMOUNT_WORDS.isdisjoint(_WORD_RE.findall(sentence.lower()))
        or _AN_TIME_RE.search(sentence)
    )


# Amount-like idioms: "one day" (someday), "one of the …" is already dropped as a lone "one".
_IDIOM_RE = re.compile(r"one\s+day\b(?!\s+(?:later|after|before|ago))", re.I)
# Between two amounts that modify one noun: "five-year, $275 million", "two-hour, 40-km".
_MODIFIER_GAP_RE = re.compile(r"^,\s*$")
# A break between two prices that stops the second from being the first's pair.
# Between a price and a sum that is not its pair: a break, a total, what a holding is worth
# ("above $91,000 per coin, they are worth about $5.6 billion").
_UNPAIRED_GAP_RE = re.compile(
    r"[;(]|\b(?:and\s+(?:a|an|the)|total|in\s+all|worth|valued\s+at)\b", re.I
)
# Between a measure and its conversion in brackets: "15m (49ft)", "40 miles (about 64km)".
_MEASURE_CONVERSION_GAP_RE = re.compile(
    r"^\s*\(\s*(?:(?:call\s+it|that[’']?s|that\s+is|i\.e\.,?|or)\s+)?"
    r"(?:about|around|roughly|some|approximately|nearly|almost|or)?\s*$",
    re.I,
)
# "every 40 miles, or about 64 kilometers", "three minutes per clip, or roughly 180 seconds",
# "every 40 miles, which is about 64 km", "five kilometres of road (three miles, …)": the
# measure again in another unit, but only if the values agree ("5 km, or 10 km" offers a
# choice).
_MEASURE_OR_GAP_RE = re.compile(
    r"^(?:\s+per\s+\w+|\s+[a-z][^\d,;:.()]{0,60}?)?\s*"
    rf"(?:{CONVERSION_BREAK}|\()\s*{ABOUT}?\s*$",
    re.I,
)
# A sentence restating the sum before in another currency: "At current exchange rates that
# is roughly €5.7 billion", "That works out to about £3.1 billion".
_THAT_IS_RE = re.compile(
    r"(?:(?:At|Converted\s+at|At\s+today['’]s)\s+[^,.;]{0,40}?,?\s+)?(?:[Tt]hat|[Tt]his|[Ii]t)"
    r"(?:\s+is|['’]s|\s+equals|\s+comes\s+to|\s+works\s+out\s+(?:at|to))\s+"
    rf"(?:{ABOUT}\s+)?"
)
AGREE = 0.1  # how far (relative) a measure restated in another unit may be from the first
# "3,492 kilometres over 21 stages", "$12bn of spending over five years": the amount before
# is spread over this one; "over" is not "more than".
_SPREAD_GAP_RE = re.compile(r"^(?:\s+[a-z]+){0,2}\s+over\s*$")
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.I)
_TO_RE = re.compile(r"\bto\b", re.I)
_PER_BEFORE_RE = re.compile(r"\bper\s+$", re.I)
# A change from one amount to another: "rose from 8 to 9 million barrels a day".
_BARE_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CHANGE_TO_RE = re.compile(r"\s+to\s+")
_FROM_RE = re.compile(r"\bfrom\s+$", re.I)
# Between the sides of a size: "30 by 36 centimetres", "4 x 5 metres".
_DIMENSION_GAP_RE = re.compile(r"\s*(?:by|x|×)\s*")
# What sets one sum against another just before it: "from", "compared with", "after".
_COMPARED_RE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|after|than)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|just))?\s+$"
)
_SCALE_RE = re.compile(r"\b(?:thousand|million|billion|trillion|bn|mn|crore|lakh)\b", re.I)


class _Reference(NamedTuple):
    """When the text was published, and how much of that date is known."""

    published: date | None
    precision: str


@dataclass(frozen=True, slots=True)
class _Found:
    """An accepted rule match: the quote's span, and the match with its groups."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    groups: Groups


def extract(
    text: str, reference_date: date | None = None, *, precision: str = "day"
) -> list[Mention]:
    """Every quantitative claim in ``text``, in text order.

    ``reference_date`` is when the text was published; ``precision`` ("day", "month" or
    "year") says how much of it is known: a year-only date is the whole year, not 1 January.
    """
    if precision not in dates.REFERENCE_PRECISIONS:
        raise ValueError(f"precision {precision!r}: not one of {dates.REFERENCE_PRECISIONS}")
    reference = _Reference(reference_date, precision)
    flat = soften(text)  # the same length: every offset into it is one into ``text``
    with reading_text(flat):
        mentions = _yuan_signs(text, _extract(flat, reference))
    if flat is text:
        return mentions
    return [changed(m, quote=text[m.start : m.end]) for m in mentions]


def _yuan_signs(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each sum in "¥" read as yuan if ``text`` writes the yuan so
    (:func:`~factdb.extract.currency.writes_yuan_as_yen_sign`): "Wuhan … ¥17 billion"."""
    signed = [m.unit is not None and "JPY" in m.unit and "¥" in m.quote for m in mentions]
    if not any(signed) or not writes_yuan_as_yen_sign(text):
        return mentions
    return [
        changed(
            m,
            unit=str(m.unit).replace("JPY", "CNY"),
            normalized_unit=m.normalized_unit and m.normalized_unit.replace("JPY", "CNY"),
        )
        if sign
        else m
        for m, sign in zip(mentions, signed, strict=True)
    ]


def _extract(text: str, reference: _Reference) -> list[Mention]:
    """The mentions of a text whose wrapped line breaks are spaces."""
    mentions: list[Mention] = []
    labels: dict[str, str] = {}
    last_person = ""
    prev_sentence = ""
    prev_money: int | None = None  # the last sum of the sentence before, by index
    for p_start, p_end in paragraphs(text):
        paragraph = text[p_start:p_end]
        label = attribution.interview_label(paragraph, labels)
        quoted = ""  # who spoke the paragraph's last quotation, for the quotation's next sentence
        for s_start, s_end in sentences(text, p_start, p_end):
            sentence = text[s_start:s_end]
            if not _may_hold_amount(sentence):
                last_person = attribution.person(sentence) or last_person
                quoted = attribution.quotation_speaker(sentence, last_person, quoted)
                prev_sentence, prev_money = sentence, None
                continue
            who = attribution.speaker(sentence, last_person) or label
            if not who and attribution.opens_quotation(sentence):
                who = quoted
            quoted = who if attribution.closes_quotation(sentence) else ""
            last_person = (
                who if attribution.is_person(who) else attribution.person(sentence) or last_person
            )
            offset = len(mentions)
            found = _mentions_in(sentence, s_start, prev_sentence, reference)
            outlet = attribution.cited_outlet(paragraph, sentence) if found else ""
            for i, m in enumerate(found):
                equivalent = None if m.equivalent_to is None else offset + m.equivalent_to
                if i == 0 and equivalent is None:
                    equivalent = _converts_sum_before(m, sentence, prev_money, mentions)
                speaker = attribution.speaker_for(sentence, m.start - s_start, m.end - s_start, who)
                mentions.append(
                    changed(m, speaker=speaker, cited_outlet=outlet, equivalent_to=equivalent)
                )
            sums = [offset + i for i, m in enumerate(found) if m.kind in ("money", "rate")]
            prev_sentence, prev_money = sentence, sums[-1] if sums else None
    return mentions


def _converts_sum_before(
    m: Mention, sentence: str, prev_money: int | None, mentions: list[Mention]
) -> int | None:
    """The sum of the sentence before that a sentence opening "At current exchange rates that
    is roughly €5.7 billion" converts into another currency, by index, if any (the sum first
    stated, if that one was a conversion: "17 billion yuan, or about $2.3 billion")."""
    if prev_money is None or m.kind not in ("money", "rate"):
        return None
    before = mentions[prev_money]
    opening = sentence[: m.start - m.sentence_start]
    if not (other_currency(before.unit, m.unit) and _THAT_IS_RE.fullmatch(opening)):
        return None
    return prev_money if before.equivalent_to is None else before.equivalent_to


def _mentions_in(
    sentence: str, offset: int, prev_sentence: str, reference: _Reference
) -> list[Mention]:
    """The mentions of one sentence; ``equivalent_to`` indexes this sentence's list."""
    found = [f for f in _matches(sentence) if not f.rule.excludes]
    if not found:
        return []
    date_spans = dates.find_dates(sentence)
    out: list[Mention] = []
    for f in found:
        mention = _build(f, sentence, offset, prev_sentence, out)
        out.append(_with_date(mention, sentence, offset, date_spans, reference))
    out = _share_changed_scale(_share_modified_noun(out, sentence, offset), sentence, offset)
    return _share_compared_currency(out, sentence, offset)


def _matches(sentence: str) -> list[_Found]:
    """The accepted rule matches of a sentence, in text order: rules run in table order and
    a match never overlaps text an earlier one took (see :mod:`factdb.extract.rules`)."""
    taken = filters.blocked_spans(sentence)
    found: list[_Found] = []
    folded = fold(sentence)
    starts: list[int] = []  # where a number may start, found once the first rule needs it
    for rule in _open_rules(tuple(gate.holds(sentence, folded) for gate in _GATES)):
        if rule.opens_on_number and not starts:
            starts = [m.start() for m in NUMBER_START.finditer(sentence)] or [len(sentence) + 1]
        for m in _rule_matches(rule, sentence, starts):
            g = Groups.of(m)
            start, end = m.span("q") if g.q else m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if not rule.excludes and not _accept(rule, m, g, sentence, start, end):
                continue
            taken.append(m.span())
            found.append(_Found(start, end, rule, m, g))
    found.sort(key=lambda f: f.start)
    return found


# Each gate once, in the order the rules first use them.
_GATES = tuple(dict.fromkeys(rule.gate for rule in RULES if rule.gate is not None))


@lru_cache(maxsize=1024)
def _open_rules(held: tuple[bool, ...]) -> tuple[Rule, ...]:
    """The rules, in table order, whose gate holds (``held``: each of :data:`_GATES`'s)."""
    shut = {gate for gate, holds in zip(_GATES, held, strict=True) if not holds}
    return tuple(rule for rule in RULES if rule.gate not in shut)


def exclusions(sentence: str) -> list[tuple[str, str]]:
    """(text, rule name) of each number in ``sentence`` that a name rule says is no amount:
    why "FTSE 100" or "iPhone 15" gave no claim."""
    return [(sentence[f.start : f.end], f.rule.name) for f in _matches(sentence) if f.rule.excludes]


def _rule_matches(rule: Rule, sentence: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The rule's matches, as ``finditer`` gives them; a rule that opens on a number is tried
    only where one starts."""
    if not rule.opens_on_number:
        yield from rule.pattern.finditer(sentence)
        return
    end = 0
    for start in starts:
        if start < end or start > len(sentence):
            continue
        m = rule.pattern.match(sentence, start)
        if m is not None:
            end = max(m.end(), start + 1)
            yield m


def _share_modified_noun(mentions: list[Mention], sentence: str, offset: int) -> list[Mention]:
    """An amount used as an adjective before another amount modifies the same noun: "a
    five-year, $275 million contract extension" — both are the contract extension's."""
    for i, (m, nxt) in enumerate(pairwise(mentions)):
        if not m.noun and "-" in m.quote and nxt.noun:
            gap = sentence[m.end - offset : nxt.start - offset]
            if _MODIFIER_GAP_RE.match(gap):
                mentions[i] = changed(m, noun=nxt.noun)
    return mentions


def _share_changed_scale(mentions: list[Mention], sentence: str, offset: int) -> list[Mention]:
    """A bare number a change starts from has the scale and unit of the one it goes to: "rose
    from 8 to 9 million barrels a day" starts from 8 million barrels a day, not from 8; so
    has a size's first side: "30 by 36 centimetres" is 30 cm by 36 cm."""
    for i, (m, nxt) in enumerate(pairwise(mentions)):
        if m.unit is not None or m.kind != "count" or not _BARE_NUMBER_RE.fullmatch(m.quote):
            continue
        gap = m.end - offset, nxt.start - offset
        change = _CHANGE_TO_RE.fullmatch(sentence, *gap) and _FROM_RE.search(
            sentence, 0, m.start - offset
        )
        if not (change or (nxt.kind == "measure" and _DIMENSION_GAP_RE.fullmatch(sentence, *gap))):
            continue
        figure = _BARE_NUMBER_RE.search(nxt.quote)
        stated = parse_number(figure.group()) if figure else 0.0
        factor = nxt.value / stated if stated else 1.0
        if nxt.unit is None and factor == 1.0:
            continue  # "grew from 400 to 540 stations": both already counts
        value = m.value * factor
        norm_value, norm_unit = normalized_quantity(value, nxt.unit, nxt.kind)
        mentions[i] = changed(
            m, value=value, unit=nxt.unit, kind=nxt.kind, noun=m.noun or nxt.noun,
            normalized_value=norm_value, normalized_unit=norm_unit,
        )  # fmt: skip
    return mentions


def _share_compared_currency(mentions: list[Mention], sentence: str, offset: int) -> list[Mention]:
    """A scaled bare number a sum is compared with is a sum of its currency: "rose to $5
    billion from 4.2 billion", "2.27 billion dirhams in the second quarter, after 2.14 billion
    in the first"."""
    for i, (m, nxt) in enumerate(pairwise(mentions)):
        scale = _SCALE_RE.search(nxt.quote)
        if (
            m.kind != "money"
            or nxt.kind != "count"
            or nxt.unit is not None
            or nxt.noun not in ("", m.noun)  # ("$2 billion, more than 1.5 billion people")
            or scale is None
            or not _BARE_NUMBER_RE.match(nxt.quote)
            or scale.group().lower() not in m.quote.lower()
            or not _COMPARED_RE.search(sentence, m.end - offset, nxt.start - offset)
            or not m.value
            or not 0.1 <= nxt.value / m.value <= 10
        ):
            continue
        norm_value, norm_unit = normalized_quantity(nxt.value, m.unit, m.kind)
        mentions[i + 1] = changed(
            nxt, unit=m.unit, kind=m.kind, normalized_value=norm_value, normalized_unit=norm_unit
        )
    return mentions


def _accept(rule: Rule, m: re.Match[str], g: Groups, sentence: str, start: int, end: int) -> bool:
    """Whether a rule match is a claim at all (see :mod:`factdb.extract.filters`)."""
    before = sentence[:start]
    if g.andjoin and not _BETWEEN_RE.search(before):
        return False
    if g.cur and g.cur.lower() in SHARED and currency(g, before, sentence[end:]) is None:
        return False  # "crowns" in a sentence that does not say whose
    if _PER_BEFORE_RE.search(before):  # "12.5 kWh per 100 km", "per 100,000 people": the
        return False  # denominator of the rate before it, no claim of its own
    if _IDIOM_RE.match(sentence, start):
        return False
    if g.rnum and g.rden and parse_number(g.rnum) >= parse_number(g.rden):
        return False
    if g.n1 and g.n2 and not _is_range(m, g, sentence, before):
        return False
    return not (rule.screened and not g.vague and _screened_out(g, sentence, start, end))


def _is_range(m: re.Match[str], g: Groups, sentence: str, before: str) -> bool:
    """Whether two numbers joined by "to" or a dash are one range."""
    low, high = signed_range(g)
    if high <= low and not (g.neg and g.neg2):  # "-5C to -10C" is a range as it falls
        return False  # "a vote of 68 to 32", "won 4-1", "drew 1-1": two amounts, not a range
    joiner = sentence[m.end("n1") : m.start("n2")]
    return not (_TO_RE.search(joiner) and filters.is_change(before))  # "rose from 2% to 3%"


def _screened_out(g: Groups, sentence: str, start: int, end: int) -> bool:
    """Whether a bare number is a date, a time, a score, a list number, a label or part of
    a name rather than a claim."""
    before, after = sentence[:start], sentence[end:]
    assert g.n1 is not None
    first, rest = g.n1, [g.n2] if g.n2 else []
    if not rest and first.lower() == "one":
        return True  # a lone "one" is nearly always a pronoun or an article in news copy
    if all(filters.is_calendar_number(s, before, after) for s in (first, *rest)):
        return True
    if rest and filters.is_score(sentence[start:end], before, after):
        return True
    checks = (
        lambda: filters.is_time_of_day(after),
        lambda: filters.is_list_number(before, after, first),
        lambda: filters.is_figure_count(before, after),
        lambda: filters.is_name_part(first, before, after, not before.strip()),
        lambda: filters.is_label(first, before, after),
        lambda: filters.is_k_label(first, after),
        lambda: any(filters.is_proper_number(s, before, after, False) for s in rest),
    )
    return any(check() for check in checks)


def _build(
    f: _Found, sentence: str, offset: int, prev_sentence: str, earlier: list[Mention]
) -> Mention:
    """A mention (without its date) from one accepted match: the match's own reading, then
    its noun by :data:`~factdb.extract.noun_strategies.NOUN_STRATEGIES`, then a measure or
    duration per period made a rate."""
    reading = unit_of(f.groups, f.rule, sentence[: f.start], sentence[f.end :])
    end = f.end
    if f.groups.unit and reading.unit is None:  # "100,000 characters": a count, without them
        end = f.match.end("n2" if f.groups.n2 else "n1" if f.groups.n1 else "vague")
    before, after = sentence[: f.start], sentence[end:]
    if end != f.end and after.startswith("-"):
        after = " " + after[1:]  # "a 200-character ceiling": what is counted
    scene = Scene(f.rule, before, after, reading.kind, reading.unit, prev_sentence, earlier, offset)
    noun, implied = noun_of(scene)
    kind, noun, period = per_period(scene, noun)
    unit, kind, noun = _rate_unit(reading.unit, kind, noun, scene, period)
    spread = _spread_over(earlier, before, offset)
    value = amount(f.groups)
    norm_value, norm_unit = normalized_quantity(_scaled(value.value, reading.factor), unit, kind)
    return Mention(
        start=offset + f.start,
        end=offset + end,
        quote=sentence[f.start : end],
        sentence_start=offset,
        sentence_end=offset + len(sentence),
        value=_scaled(value.value, reading.factor),
        value_max=None if value.value_max is None else _scaled(value.value_max, reading.factor),
        unit=display_name(unit) if unit else None,
        kind=kind,
        qualifier=f.rule.qualifier
        or (">=" if f.groups.plus else qualifier(before, after, kind, spread=spread)),
        vague=value.vague,
        noun=nouns.shortest(noun),
        noun_implied=implied,
        normalized_value=norm_value,
        normalized_unit=norm_unit,
        rule=f.rule.name,
        equivalent_to=(
            scene.converts
            if scene.converts is not None
            else _converted_measure(scene, _scaled(value.value, reading.factor))
        ),
    )


def _rate_unit(
    unit: str | None, kind: str, noun: str, scene: Scene, period: str
) -> tuple[str | None, str, str]:
    """(unit, kind, noun) with a rate's compound unit (:mod:`factdb.extract.rates`): a price
    per unit or period ("$71.10 a barrel" → USD/barrel), a measure per unit of another ("8
    tonnes per hectare" → metric_ton/hectare, noun "… per hectare"; "2 min 51 sec per
    kilometre" → second/kilometer) or per ``period`` ("1.5
    million barrels a day" → barrel/day, "8 hours a day" → hour/day), a flow ("bpd")."""
    if unit is None:
        return unit, kind, noun
    if period and scene.kind in ("measure", "duration") and "/" not in unit:
        return f"{unit}/{period}", kind, noun
    if kind == "rate" and scene.money_rate and unit.isupper():
        return rates.compound(unit, scene.money_rate.removeprefix("per ")), kind, noun
    converted = None if scene.converts is None else scene.earlier[scene.converts].unit or ""
    if kind == "rate" and unit.isupper() and converted and "/" in converted:
        return f"{unit}/{converted.partition('/')[2]}", kind, noun  # "1 RMB ($0.14) per text"
    paired = _paired_price(unit, kind, scene)
    if paired is not None:
        return paired.unit, "rate", noun or paired.noun
    per = rates.per_unit(scene.after) if kind in ("measure", "duration") else None
    if per is not None:
        return f"{unit}/{per[0]}", "rate", f"{noun} per {per[1]}".strip()
    if kind == "measure" and rates.is_flow(unit):
        return unit, "rate", f"{noun} per {unit.partition('/')[2]}".strip()
    return unit, kind, noun


def _paired_price(unit: str, kind: str, scene: Scene) -> Mention | None:
    """The price per unit just before a bare sum in the same currency, which the sum is the
    pair of: "$76.30 a barrel, while WTI slipped to $73.20", "₹60 a kg from ₹35"."""
    if kind != "money" or not unit.isupper() or not scene.earlier:
        return None
    prev = scene.earlier[-1]
    gap = scene.before[prev.end - scene.offset :]
    same = prev.kind == "rate" and (prev.unit or "").partition("/")[0] == unit
    return prev if same and len(gap) <= 80 and not _UNPAIRED_GAP_RE.search(gap) else None


def _converted_measure(scene: Scene, value: float) -> int | None:
    """Index of the measure this one (of ``value``) converts, in brackets right after it
    ("15m (49ft)"), or after ", or" when the two agree ("40 miles, or about 64 km")."""
    if not scene.earlier or scene.unit is None or scene.kind not in ("measure", "duration"):
        return None
    prev = scene.earlier[-1]
    if prev.unit is None:
        return None
    gap = scene.before[prev.end - scene.offset :]
    factor = conversion_factor(prev.unit, scene.unit)
    if not factor:
        return None
    agrees = value > 0 and abs(prev.value * factor - value) <= AGREE * value
    # In brackets right after it, only a value that agrees: "12 km (3 miles of it on gravel)"
    # is a part.
    if scene.kind == "measure" and agrees and _MEASURE_CONVERSION_GAP_RE.match(gap):
        return len(scene.earlier) - 1
    if factor != 1.0 and agrees and _MEASURE_OR_GAP_RE.match(gap):
        return len(scene.earlier) - 1
    return None


def _scaled(value: float, factor: float) -> float:
    """``value * factor`` without binary noise: 94 cents is 0.94, not 0.9400000000000001."""
    return float(f"{value * factor:.12g}")


def _spread_over(earlier: list[Mention], before: str, offset: int) -> bool:
    """True when "over" joins a sum or a measure to this amount: "3,492 km over 21 stages"."""
    if not earlier or earlier[-1].kind not in ("money", "measure"):
        return False
    return bool(_SPREAD_GAP_RE.match(before[earlier[-1].end - offset :]))


def normalized_quantity(
    value: float, unit: str | None, kind: str
) -> tuple[float | None, str | None]:
    """``value`` in ``unit`` as compared across claims: money in its currency (a rate in its
    currency per pint base unit), percentages as they are, other units in pint base (SI) units,
    counts without a unit."""
    if unit is None:
        return value, ""
    if kind in ("money", "rate") and unit.isupper():
        return value, unit
    if kind == "rate" and "/" in unit:  # "USD/barrel", "barrel/day", "hour/night"
        return rates.normalized(value, unit)
    if unit in ("percent", "percentage_point"):
        return value, unit
    if unit == "basis_point":
        return value / 100, "percentage_point"
    return normalize(value, unit)


def _with_date(
    m: Mention,
    sentence: str,
    offset: int,
    spans: list[tuple[int, int, str]],
    reference: _Reference,
) -> Mention:
    """The mention with the time expression of its sentence that it holds at, if any."""
    best = dates.pick(sentence, m.start - offset, m.end - offset, spans)
    if best is None:
        return m
    expr = sentence[best[0] : best[1]]
    iso, precision = dates.resolve_in_sentence(sentence, best, spans, *reference)
    return changed(m, date_text=expr, date=iso, date_precision=precision)
