"""The extractor: sentences → rule matches → filtered, annotated :class:`Mention` objects."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from factdb.extract import attribution, dates, filters, nouns
from factdb.extract.currency import SUBUNITS, to_iso
from factdb.extract.mention import Mention
from factdb.extract.numbers import parse_number, scale_of
from factdb.extract.qualifiers import qualifier
from factdb.extract.qualifiers import strip as strip_qualifier
from factdb.extract.rules import (
    ARTICLE_AMOUNTS,
    FRACTION_PREFIXES,
    FRACTIONS,
    MULTIPLIERS,
    ORDINAL_WORDS,
    RULES,
    VAGUE,
    Rule,
)
from factdb.extract.sentences import paragraphs, sentences
from factdb.extract.units import canonical_unit, display_name, is_time, normalize

# A sentence without a digit or one of these words holds no amount; skipping it is the fast path.
_MAYBE_AMOUNT_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions"
    r"|trillion|dozen|dozens|few|several|multiple|half|third|thirds|quarter|quarters|fifth"
    r"|scores|decades|months|zero|first|second|ranked|ranking|finished|placed|came|twice|thrice"
    r"|twofold|threefold|fourfold|fivefold|tenfold|hundredfold|doubled|doubling|tripled|tripling"
    r"|trebled|quadrupled|quadrupling|halved|double|triple|quadruple|fifths|tenth"
    r"|an?\s+(?:decade|century|year|month|fortnight|week|day|hour|minute)"  # "for a decade"
    r")\b",
    re.IGNORECASE,
)
# "1 RMB per text", "$200 per toy", "3,000 RMB ($410) annually": a rate, not a sum.
_NOT_A_PERIOD = r"(?!\s+(?:ago|earlier|later|before|after)\b)"  # "$1.5bn a year ago": a date
_RATE_RE = re.compile(
    rf"^\s*(?:\([^()]{{1,40}}\)\s*)?(?:(?P<per>per|a|an|each)\s+(?P<what>[a-z]+)\b{_NOT_A_PERIOD}"
    r"|(?P<adv>annually|yearly|monthly|weekly|daily|hourly)\b)"
)
_ADVERB_PERIOD = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                  "daily": "day", "hourly": "hour"}  # fmt: skip
_RATE_PERIODS = frozenset(
    [
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "text",
        "toy",
        "unit",
        "person",
        "head",
        "barrel",
        "ounce",
        "share",
        "gallon",
        "litre",
        "liter",
        "tonne",
        "ton",
        "kilo",
        "night",
        "dose",
        "ticket",
    ]
)
# Between an amount and its bracketed conversion: "17 billion RMB ($2.3 billion)".
_CONVERSION_GAP_RE = re.compile(r"^\s*(?:per\s+\w+\s*)?\(\s*(?:that[’']s\s+)?[a-z\s]{0,20}$", re.I)
# Amount-like idioms: "one day" (someday), "one of the …" is already dropped as a lone "one".
_IDIOM_RE = re.compile(r"one\s+day\b(?!\s+(?:later|after|before|ago))", re.I)
# Between two amounts of the same thing: "dropped to 11.5%, down from 20.9%".
_PAIR_GAP_RE = re.compile(
    r"^\s*(?:to|from|,?\s*(?:up|down)(?:\s+from)?|,?\s*(?:compared\s+(?:with|to)|versus"
    r"|vs\.?|against))$",
    re.I,
)
# A measure per period: "36,000 tonnes of carbon dioxide a year", "5 GW annually".
_MEASURE_RATE_RE = re.compile(
    r"^(?:\s+of)?(?:\s+[\w’'-]+){0,4}?\s+(?:(?:per|a|an|each)\s+(?P<what>year|month|week|day|hour)"
    rf"\b{_NOT_A_PERIOD}|(?P<adv>annually|yearly|monthly|weekly|daily))\b",
    re.I,
)
# A duration per period, right after it: "10 hours a day", "three days a week".
_DURATION_RATE_RE = re.compile(
    rf"^\s+(?:per|a|an|each)\s+(?P<what>year|month|week|day)\b{_NOT_A_PERIOD}"
    r"|^\s+(?P<adv>annually|yearly|monthly|weekly|daily)\b",
    re.I,
)
_PER_PERIOD = {"measure": _MEASURE_RATE_RE, "duration": _DURATION_RATE_RE}
# "443,956 vehicles in the second quarter, down 4.8%": the change of the amount before.
_CHANGE_GAP_RE = re.compile(r",\s*(?:up|down)(?:\s+(?:by|from))?$", re.I)
# "over five years" after a verb of duration means more than five; elsewhere it is the span.
_OVER_RE = re.compile(r"(?:^|(?P<word>[\w’'—-]+)[,]?)\s+over\s*$", re.I)
_OVER_MEANS_MORE = frozenset([
    "for", "of", "took", "take", "takes", "taking", "lasted", "lasts", "lasting", "spent",
    "spend", "been", "after", "in", "within", "just", "well", "than", "is", "was", "are",
    "were", "be", "—", "-",
])  # fmt: skip
# Between two amounts that modify one noun: "five-year, $275 million", "two-hour, 40-km".
_MODIFIER_GAP_RE = re.compile(r"^,\s*$")
# "3,492 kilometres over 21 stages", "$12bn of spending over five years": the amount before
# is spread over this one; "over" is not "more than".
_SPREAD_GAP_RE = re.compile(r"^(?:\s+[a-z]+){0,2}\s+over\s*$")
_REPEAT_RE = re.compile(r"\b(?:twice|thrice|times)\b", re.I)
_LENGTH_UNITS = frozenset({"character"})  # a unit only when it measures a length


@dataclass
class _Found:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def extract(text: str, reference_date: date | None = None) -> list[Mention]:
    """Every quantitative claim in ``text``, in text order."""
    mentions: list[Mention] = []
    labels: dict[str, str] = {}
    last_person = ""
    prev_sentence = ""
    for p_start, p_end in paragraphs(text):
        paragraph = text[p_start:p_end]
        label = attribution.interview_label(paragraph, labels)
        quoted = ""  # who spoke the paragraph's last quotation, for the quotation's next sentence
        for s_start, s_end in sentences(text, p_start, p_end):
            sentence = text[s_start:s_end]
            if not _MAYBE_AMOUNT_RE.search(sentence):
                last_person = attribution.person(sentence) or last_person
                quoted = attribution.quotation_speaker(sentence, last_person, quoted)
                prev_sentence = sentence
                continue
            who = attribution.speaker(sentence, last_person) or label
            if not who and attribution.opens_quotation(sentence):
                who = quoted
            quoted = who if attribution.closes_quotation(sentence) else ""
            last_person = (
                who if attribution.is_person(who) else attribution.person(sentence) or last_person
            )
            outlet = attribution.cited_outlet(paragraph, sentence)
            offset = len(mentions)
            for m in _mentions_in(sentence, s_start, prev_sentence, reference_date):
                equivalent = None if m.equivalent_to is None else offset + m.equivalent_to
                speaker = attribution.speaker_for(sentence, m.start - s_start, m.end - s_start, who)
                mentions.append(
                    replace(m, speaker=speaker, cited_outlet=outlet, equivalent_to=equivalent)
                )
            prev_sentence = sentence
    return mentions


def _mentions_in(
    sentence: str, offset: int, prev_sentence: str, reference: date | None
) -> list[Mention]:
    """The mentions of one sentence; ``equivalent_to`` indexes this sentence's list."""
    taken = filters.blocked_spans(sentence)
    found: list[_Found] = []
    gates: dict[re.Pattern[str], bool] = {}
    for rule in RULES:
        if rule.gate is not None:
            if rule.gate not in gates:
                gates[rule.gate] = rule.gate.search(sentence) is not None
            if not gates[rule.gate]:
                continue
        for m in rule.pattern.finditer(sentence):
            start, end = m.span("q") if m.groupdict().get("q") else m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if not _accept(rule, m, sentence, start, end):
                continue
            taken.append(m.span())
            found.append(_Found(start, end, rule, m))
    if not found:
        return []
    found.sort(key=lambda f: f.start)
    date_spans = dates.find_dates(sentence)
    out: list[Mention] = []
    for f in found:
        mention = _build(f, sentence, offset, prev_sentence, out)
        out.append(_with_date(mention, sentence, offset, date_spans, reference))
    return _share_modified_noun(out, sentence, offset)


def _share_modified_noun(mentions: list[Mention], sentence: str, offset: int) -> list[Mention]:
    """An amount used as an adjective before another amount modifies the same noun: "a
    five-year, $275 million contract extension" — both are the contract extension's."""
    for i, (m, nxt) in enumerate(pairwise(mentions)):
        if not m.noun and "-" in m.quote and nxt.noun:
            gap = sentence[m.end - offset : nxt.start - offset]
            if _MODIFIER_GAP_RE.match(gap):
                mentions[i] = replace(m, noun=nxt.noun)
    return mentions


def _accept(rule: Rule, m: re.Match[str], sentence: str, start: int, end: int) -> bool:
    """Whether a rule match is a claim at all (see :mod:`factdb.extract.filters`)."""
    before, after = sentence[:start], sentence[end:]
    groups = m.groupdict()
    if groups.get("andjoin") and not re.search(r"\bbetween\s+$", before, re.I):
        return False
    if _IDIOM_RE.match(sentence, start):
        return False
    if groups.get("rnum") and parse_number(m.group("rnum")) >= parse_number(m.group("rden")):
        return False
    if groups.get("n2"):
        low, high = _range(m.group("n1"), m.group("n2"))
        if high <= low:
            return False  # "a vote of 68 to 32", "won 4-1", "drew 1-1": two amounts, not a range
        joiner = sentence[m.end("n1") : m.start("n2")]
        if re.search(r"\bto\b", joiner, re.I) and filters.is_change(before):
            return False  # "rose from 2% to 3%", "fell by €1.1bn to €9.8bn": two amounts
    if not rule.name.startswith("count.") or groups.get("vague"):
        return True
    surfaces = [m.group("n1")] + ([m.group("n2")] if groups.get("n2") else [])
    if len(surfaces) == 1 and surfaces[0].lower() == "one":
        return False  # a lone "one" is nearly always a pronoun or an article in news copy
    if all(filters.is_calendar_number(s, before, after) for s in surfaces):
        return False
    if len(surfaces) == 2 and filters.is_score(sentence[start:end], before, after):
        return False
    return not (
        filters.is_time_of_day(after)
        or filters.is_list_number(before, after)
        or filters.is_figure_count(before, after)
        or filters.is_name_part(surfaces[0], before, after, not before.strip())
        or filters.is_label(surfaces[0], before, after)
        or filters.is_k_label(surfaces[0], after)
        or any(filters.is_proper_number(s, before, after, False) for s in surfaces[1:])
    )


def _value(f: _Found) -> tuple[float, float | None, bool]:
    """(value, value_max, vague) of a match."""
    g = f.match.groupdict()
    if g.get("vague"):
        return float(VAGUE[" ".join(g["vague"].lower().split())]), None, True
    if g.get("frac"):
        return FRACTIONS[" ".join(g["frac"].lower().split())], None, False
    if g.get("pre"):
        return FRACTION_PREFIXES[g["pre"].lower()], None, False
    if g.get("art"):
        return ARTICLE_AMOUNTS[" ".join(g["art"].lower().split())], None, False
    if g.get("age"):
        decade = float(g["age"])
        return decade, decade + 9, False
    if g.get("ord"):
        word = g["ord"].lower()
        rank = (
            ORDINAL_WORDS.index(word) + 1 if word in ORDINAL_WORDS else int(word.rstrip("stndrh"))
        )
        return float(rank), None, False
    if g.get("rnum"):  # "one in five": a share
        return 100 * parse_number(g["rnum"]) / parse_number(g["rden"]), None, False
    if g.get("mult"):
        return MULTIPLIERS[g["mult"].lower()], None, False
    if g.get("clock"):  # "2:01:09" → seconds
        return (
            sum(float(p) * 60**i for i, p in enumerate(reversed(g["clock"].split(":")))),
            None,
            False,
        )
    if not g.get("n2"):
        return parse_number(g["n1"]) * (-1 if g.get("neg") else 1), None, False
    return (*_range(g["n1"], g["n2"]), False)


def _range(low: str, high: str) -> tuple[float, float]:
    """The two ends of a range; "1 to 2 million" shares its scale."""
    value, value_max = parse_number(low), parse_number(high)
    if scale_of(low) == 1 and scale_of(high) > 1:
        value *= scale_of(high)
    return value, value_max


def _unit(f: _Found, after: str) -> tuple[str | None, str, float]:
    """(unit, kind, multiplier) of a match; the multiplier turns decades into years."""
    g = f.match.groupdict()
    kind = f.rule.kind
    if g.get("cur"):
        return to_iso(g["cur"].replace(".", "")), kind, 1.0
    if g.get("sub") or g.get("pence"):  # "1.5 cents", "25p": a share of the major unit
        code, share = SUBUNITS[" ".join((g["sub"] or g["pence"]).lower().split())]
        return code, kind, share
    if g.get("pts"):  # "2 percentage points", "50 basis points", "25bp"
        point = "percentage" if g["pts"].lower().startswith("percentage") else "basis"
        return f"{point}_point", kind, 1.0
    if f.rule.unit:
        return f.rule.unit, kind, 1.0
    if g.get("pp") or g.get("pre"):  # "half a percentage point", "a quarter-point cut"
        return "percentage_point", kind, 1.0
    if g.get("frac"):  # a share of one, as a percentage
        return "percent", kind, 100.0
    if g.get("pct") or f.rule.name == "percent.ratio":
        return "percent", kind, 1.0
    surface = (g.get("unit") or g.get("vague") or "").lower()
    if surface.startswith("decade"):
        return "year", "duration", 10.0 if g.get("unit") else 1.0
    if surface == "months" and not g.get("unit"):
        return "month", "duration", 1.0
    if kind == "duration" and not g.get("unit"):
        return "year", kind, 1.0  # ages: "17-year-old", "in her 20s", "at the age of 55"
    if not g.get("unit"):
        return None, kind, 1.0
    unit = "p" if g["unit"] == "p" else canonical_unit(g["unit"])
    if unit is None or (unit in _LENGTH_UNITS and not nouns.is_length(after)):
        return None, "count", 1.0
    return unit, ("duration" if is_time(unit) else "measure"), 1.0


def _build(
    f: _Found, sentence: str, offset: int, prev_sentence: str, earlier: list[Mention]
) -> Mention:
    """A mention (without its date) from one accepted match."""
    before, after = sentence[: f.start], sentence[f.end :]
    value, value_max, vague = _value(f)
    unit, kind, factor = _unit(f, after)
    if f.match.groupdict().get("unit") and unit is None:  # "100,000 characters": a count
        f.end = next(f.match.end(g) for g in ("n2", "n1", "vague") if f.match.groupdict().get(g))
        after = sentence[f.end :]
    value = _scaled(value, factor)
    value_max = None if value_max is None else _scaled(value_max, factor)
    lasting = nouns.noun_lasting(strip_qualifier(before)) if kind == "duration" else ""
    valued = nouns.noun_valued(before) if kind == "money" else ""
    noun = lasting or valued or nouns.noun_after(after, kind)
    implied = False
    if kind == "percent" and (carried := nouns.share_of_referent(noun, prev_sentence)):
        noun, implied = carried, True  # "Only 1% of them": them = the last sentence's subject
    equivalent = _converts(earlier, before, offset) if kind == "money" else None
    rate = _RATE_RE.match(after) if kind == "money" else None
    if equivalent is not None:
        kind, noun = earlier[equivalent].kind, earlier[equivalent].noun
    elif rate and (
        rate.group("adv")
        or rate.group("what") in _RATE_PERIODS
        or rate.group("per") in ("per", "each")
    ):
        kind = "rate"
        noun = f"per {rate.group('what') or _ADVERB_PERIOD[rate.group('adv')]}"
    if f.rule.name.startswith("age."):
        noun = "age"
    if f.rule.name == "percent.ratio" and noun:
        noun = f"share of {noun}"  # "one in five adults"
    if not noun and kind in ("money", "measure", "duration", "percent"):
        stripped = strip_qualifier(before)
        linked = stripped != before.rstrip() and _qualifier(before, after, kind) != "="
        noun = nouns.noun_subject(stripped) or nouns.noun_before(stripped, linked=linked)
        if not noun:
            noun = nouns.noun_of_pronoun(stripped, prev_sentence)
            implied = bool(noun)
    if not noun:
        noun = _parallel_noun(earlier, before, offset, kind, unit)
    if not noun and kind == "count":
        noun = (
            nouns.noun_of_which(before, after)
            or nouns.noun_of(before)
            or nouns.noun_subject(strip_qualifier(before))
        )
    if not noun and kind == "count" and not re.match(r"^\s*(?:of|[a-z]+-?[a-z]*\s+of)\b", after):
        noun = nouns.noun_among(before)
        if not noun:
            noun = nouns.noun_implied(prev_sentence)
            implied = bool(noun)
    per_period = _PER_PERIOD.get(kind)
    per = per_period.match(after) if per_period else None
    if per and not _REPEAT_RE.search(per.group()):  # "36,000 tonnes of CO2 a year", "8 hours a day"
        kind = "rate"
        noun = f"{noun} per {per.group('what') or _ADVERB_PERIOD[per.group('adv').lower()]}"
        noun = noun.strip()
    noun = nouns.shortest(noun)
    norm_value, norm_unit = normalized_quantity(value, unit, kind)
    return Mention(
        start=offset + f.start,
        end=offset + f.end,
        quote=sentence[f.start : f.end],
        sentence_start=offset,
        sentence_end=offset + len(sentence),
        value=value,
        value_max=value_max,
        unit=display_name(unit) if unit else None,
        kind=kind,
        qualifier=f.rule.qualifier
        or _qualifier(before, after, kind, spread=_spread_over(earlier, before, offset)),
        vague=vague,
        noun=noun,
        noun_implied=implied,
        normalized_value=norm_value,
        normalized_unit=norm_unit,
        rule=f.rule.name,
        equivalent_to=equivalent,
    )


def _scaled(value: float, factor: float) -> float:
    """``value * factor`` without binary noise: 94 cents is 0.94, not 0.9400000000000001."""
    return float(f"{value * factor:.12g}")


def _converts(earlier: list[Mention], before: str, offset: int) -> int | None:
    """Index of the money mention this one converts: "17 billion RMB ($2.3 billion)"."""
    if not earlier or earlier[-1].kind not in ("money", "rate"):
        return None
    gap = before[earlier[-1].end - offset :]
    return len(earlier) - 1 if _CONVERSION_GAP_RE.match(gap) else None


def _parallel_noun(
    earlier: list[Mention], before: str, offset: int, kind: str, unit: str | None
) -> str:
    """The noun of the amount just before, when this one is its pair: "11.5%, down from
    20.9%", "1.3bn users, while Telegram has about 900m", "rose 12 per cent to £4.2bn"."""
    if not earlier or not earlier[-1].noun or earlier[-1].noun.startswith("per "):
        return ""
    prev = earlier[-1]
    gap = strip_qualifier(before[prev.end - offset :])
    if _PAIR_GAP_RE.match(gap) or _CHANGE_GAP_RE.search(gap):
        return prev.noun
    if prev.kind == kind == "duration" and len(gap.strip(" ,")) == 0:
        return prev.noun  # "3 minutes 27.65 seconds"
    same = prev.kind == kind and prev.unit == (display_name(unit) if unit else None)
    return prev.noun if same and len(gap) <= 60 and ";" not in gap else ""


def _spread_over(earlier: list[Mention], before: str, offset: int) -> bool:
    """True when "over" joins a sum or a measure to this amount: "3,492 km over 21 stages"."""
    if not earlier or earlier[-1].kind not in ("money", "measure"):
        return False
    return bool(_SPREAD_GAP_RE.match(before[earlier[-1].end - offset :]))


def _qualifier(before: str, after: str, kind: str, *, spread: bool = False) -> str:
    """The qualifier, except that "£12bn over five years" or "3,492 km over 21 stages" gives
    a span, not "more than"."""
    q = qualifier(before, after)
    if q == ">" and spread:
        return "="
    if q == ">" and kind == "duration":
        m = _OVER_RE.search(before)
        if m and m.group("word") and m.group("word").lower() not in _OVER_MEANS_MORE:
            return "="
    return q


def normalized_quantity(
    value: float, unit: str | None, kind: str
) -> tuple[float | None, str | None]:
    """``value`` in ``unit`` as compared across claims: money in its currency, percentages as
    they are, other units in pint base (SI) units, counts without a unit."""
    if unit is None:
        return value, ""
    if kind in ("money", "rate") and unit.isupper():
        return value, unit
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
    reference: date | None,
) -> Mention:
    """The mention with the time expression of its sentence that it holds at, if any."""
    best = dates.pick(sentence, m.start - offset, m.end - offset, spans)
    if best is None:
        return m
    expr = sentence[best[0] : best[1]]
    iso, precision = dates.resolve(expr, best[2], reference)
    return replace(m, date_text=expr, date=iso, date_precision=precision)
