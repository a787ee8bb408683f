"""What an amount is of: an ordered list of noun strategies, the first to find a noun wins.

Each strategy is a small function of a :class:`Scene` (the match, the sentence around it, the
amounts found before it) that returns ``(noun, implied)`` or None when it does not apply or
finds nothing; ``implied`` says the noun comes from another sentence. The order is the
precedence: what the rule's wording fixes, then what a conversion or a rate decides, then the
words right after the amount, then the words before it, then the amount before it, and last
the previous sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from factdb.extract import nouns
from factdb.extract.clause_subjects import counted_before_figure
from factdb.extract.figure_words import figure_named_after, names_a_figure
from factdb.extract.mention import Mention
from factdb.extract.qualifiers import qualifier
from factdb.extract.qualifiers import strip as strip_qualifier
from factdb.extract.rules import Rule
from factdb.extract.units import canonical_unit, display_name

# "1 RMB per text", "$200 per toy", "3,000 RMB ($410) annually": a rate, not a sum.
_NOT_A_PERIOD = r"(?!\s+(?:ago|earlier|later|before|after)\b)"  # "$1.5bn a year ago": a date
_RATE_RE = re.compile(
    # (past a comma only before "every" or an adverb: "3,000 yuan, every month")
    rf"^\s*(?:\([^()]{{1,40}}\)\s*)?(?:,\s*(?=every\b|annually|yearly|monthly|weekly|daily))?"
    rf"(?:(?P<per>per|a|an|each|every)\s+"
    rf"(?P<what>(?:sq|square|cubic)\s+[A-Za-z]+|[A-Za-z]+)\b{_NOT_A_PERIOD}"
    r"|(?P<adv>annually|yearly|monthly|weekly|daily|hourly|pcm|per\s+annum|pa|psf)\b"
    r"|(?P<pa>p\.a\.)"
    r"|/(?P<slash>[A-Za-z][A-Za-z\d²³]*)\b)"  # "$2,400/oz", "€3,000/m2", "$3,000/month"
)
# Words that say "per" a period or a unit at once: "annually", "£1,500 pcm" (per calendar
# month), "€40,000 pa", "S$2,000 psf" (per square foot).
_ADVERB_PERIOD = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                  "daily": "day", "hourly": "hour", "pcm": "month", "per annum": "year",
                  "pa": "year", "p.a.": "year", "psf": "square foot"}  # fmt: skip
# Periods written short after a slash: "$3,000/mo".
_SLASH_PERIODS = {"mo": "month", "mth": "month", "wk": "week"}
# What "a"/"an" may introduce as a rate's unit ("per" and "each" introduce any noun).
_RATE_PERIODS = frozenset([
    "year", "month", "week", "day", "hour", "minute", "second", "text", "toy", "unit",
    "person", "head", "barrel", "ounce", "share", "gallon", "litre", "liter", "tonne", "ton",
    "kilo", "night", "dose", "ticket",
])  # fmt: skip
# Between an amount and its bracketed conversion: "17 billion RMB ($2.3 billion)".
# ("1 RMB per text ($0.14)", "3,000 yuan a year ($410)", "earns 3,000 yuan annually ($410)")
_CONVERSION_GAP_RE = re.compile(
    r"^\s*(?:(?:per|an?|each)\s+\w+\s*|(?:annually|yearly|monthly|weekly|daily)\s*)?"
    r"\(\s*(?:that[’']s\s+)?[a-z\s.]{0,20}$",
    re.I,
)
# The words that round a conversion: "about", "roughly", "close to", "c." …
ABOUT = (
    r"(?:about|around|roughly|some|nearly|almost|approximately|approx\.|c\.|close\s+to"
    r"|north\s+of|upwards\s+of|just\s+(?:over|under)"
    r"|a\s+little\s+(?:over|under|more\s+than|less\s+than)|slightly\s+(?:over|under|more\s+than"
    r"|less\s+than))"
)
# What may stand between an amount (or a measure) and its conversion: a dash (a spaced hyphen
# too), ", or", ", which is" ("works out at", "comes to"), ", equal to", "– that's", or a comma
# before one of ABOUT's words.
CONVERSION_BREAK = (
    r"(?:(?:[—–,]|\s-(?=\s))\s*(?:that['’]s|that\s+is|i\.e\.,?)"  # "64 km – that's 40 miles"
    r"|[—–]|\s-(?=\s)|,\s*or|,\s*(?:which\s+(?:is|works\s+out\s+(?:at|to)|comes\s+to|equals"
    r"|translates\s+(?:in)?to)|equal\s+to|equivalent\s+to)|,(?=\s*"
    rf"{ABOUT}\s))"
)
# Between an amount and its conversion into another currency: "17bn yuan — about €2.1bn",
# "17 billion yuan, roughly $2.35 billion".
# ("298 yuan, or just over US$40", "1 yuan per message, about 14 US cents")
_CONVERSION_DASH_RE = re.compile(
    # what the sum is: "344bn yuan of capital, or about $47.5bn"; what it is per: "per
    # message", "1 yuan apiece, or about 14 US cents"
    r"^(?:\s+(?:of|in|per)\s+[a-z]+|\s+(?:apiece|each))?"
    rf"\s*{CONVERSION_BREAK}\s*{ABOUT}?\s*$"
    # a short phrase of what it is, then a break or a bracket and "roughly": "a $6 billion
    # business for Southeast Asian growers, or roughly 43 billion yuan", "17 billion yuan for
    # the project, roughly 2.2 billion euros", "one yuan a text — about 14 US cents"
    rf"|^\s+[a-z][^\d,;:.()$€£¥]{{0,60}}?\s*(?:{CONVERSION_BREAK}|\()\s*{ABOUT}\s*$"
)
# Between two amounts of the same thing: "dropped to 11.5%, down from 20.9%".
_CONVERSION_OR_RE = re.compile(rf"^\s*,?\s+or\s+{ABOUT}?\s*$", re.I)
_PAIR_GAP_RE = re.compile(
    r"^\s*(?:to|from|,?\s*(?:up|down)(?:\s+from)?|,?\s*(?:compared\s+(?:with|to)|versus"
    r"|vs\.?|against))$",
    re.I,
)
# The amount before named again: "…; the company now puts the figure at about 1.6 million",
# "…, but its own report gives a figure of about 1.1 million".
_THE_FIGURE_RE = re.compile(
    r"\b(?:the|that|this|its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:figure|tally|count|total|number"
    r"|estimate)\b",
    re.I,
)
# A count's own subject between it and the amount before: "and the number of stations".
_NUMBER_OF_RE = re.compile(r"\bnumber\s+of\s+[a-z]", re.I)
# Another source's count of the amount before, after a semicolon: "more than 1.4 million of its
# batteries were in circulation; filings with the economics ministry listed roughly 1.2 million".
_OTHER_SOURCE_GAP_RE = re.compile(
    r";\s+[^.;]{0,80}?\b(?:listed|counted|reported|recorded|gave|showed|estimated|tallied|found)"
    r"\s+"
    r"(?:only\s+|just\s+)?$"
    # "one reporter counted six rivals …, though a trade group reckons there are at least 10"
    r"|,\s+(?:though|although|but|while|whereas)\s+[^.;]{0,80}?\b(?:reckons?|estimates?|believes?"
    r"|thinks?|counts?|says?|said|insists?)\s+(?:that\s+)?there\s+(?:are|were)\s+(?:only\s+|just\s+)?$"
)
# "443,956 vehicles in the second quarter, down 4.8%": the change of the amount before.
_CHANGE_GAP_RE = re.compile(
    r",\s*(?:(?:up|down)(?:\s+[a-z]+ly)?(?:\s+(?:by|from)(?:\s+the)?)?|compared\s+(?:with|to)"
    r"|versus|against"
    # "only around 11,000 of the firm's sites were fully operational, well short of the 12,500"
    r"|(?:well\s+|far\s+|just\s+|slightly\s+)?(?:short\s+of|below|above|rather\s+than)\s+the"
    r")\s*$",
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
    rf"^(?:\s+of(?:\s+[\w’'-]+){{1,2}})?\s+(?:per|a|an|each)\s+"  # "4 hours of sunshine a day"
    rf"(?P<what>year|month|week|day|night)\b{_NOT_A_PERIOD}"
    r"|^\s+(?P<adv>annually|yearly|monthly|weekly|daily)\b",
    re.I,
)
_PER_PERIOD = {"measure": _MEASURE_RATE_RE, "duration": _DURATION_RATE_RE}
_REPEAT_RE = re.compile(r"\b(?:twice|thrice|times)\b", re.I)
# A suffix that only qualifies the amount before its noun: "400-plus stations", "12,500-odd".
# "400-plus stations", "six or so competitors", "20 or more sites"
_APPROXIMATE_SUFFIX_RE = re.compile(
    r"^(?:-(?:plus|odd|some)|\s+or\s+(?:so|more|fewer|thereabouts))\b", re.I
)
# After a bare count, "of" opens what it counts ("two of the ships"), not a noun to look for.
_OF_AFTER_RE = re.compile(r"^\s*(?:of|[a-z]+-?[a-z]*\s+of)\b")
_NAMED_BEFORE = frozenset(["money", "measure", "duration", "percent"])  # see _subject_or_before


@dataclass
class Scene:
    """One accepted match in its sentence, as the noun strategies see it.

    ``kind`` starts as the match's own and becomes the kind of what a conversion converts
    ("17 billion RMB ($2.3 billion)") or "rate" for a price ("$200 per toy").
    """

    rule: Rule
    before: str
    after: str
    kind: str
    unit: str | None
    prev_sentence: str
    earlier: Sequence[Mention]
    offset: int
    converts: int | None = field(init=False)  # index in ``earlier`` of what this converts
    money_rate: str = field(init=False)  # "per toy" for a price, else ""

    def __post_init__(self) -> None:
        money = self.kind == "money"
        self.converts = (
            _converts(self.earlier, self.before, self.offset, self.unit) if money else None
        )
        self.money_rate = "" if self.converts is not None else _money_rate(self.after, self.kind)
        if self.converts is not None:
            self.kind = self.earlier[self.converts].kind
        elif self.money_rate:
            self.kind = "rate"

    @cached_property
    def stripped(self) -> str:
        """The text before the amount without its qualifier phrase."""
        return strip_qualifier(self.before)

    @cached_property
    def noun_after(self) -> str:
        """The noun phrase after the amount (read for the match's own kind; a share's as a
        count's: "nine in ten consumer drones")."""
        after = _APPROXIMATE_SUFFIX_RE.sub("", self.after, count=1)
        return nouns.noun_after(after, "count" if self.rule.shares else self.kind)


Found = tuple[str, bool]  # (noun, implied)

# The words that say what a figure standing alone is of (see _defined_after), up to the noun
# phrase: "That is DJI's share of …", "The approximate number of …", "The size of …".
_WHAT_OF = (
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:approximate|estimated|total|rough)\s+)?"
    r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*[’']s\s+)?"
    r"(?:(?:number|count|size|value|amount|total|tally)\s+of\s+(?:the\s+)?)?"
)
_DEFINED_AFTER_RE = re.compile(
    rf"[.!]\s+(?:(?:That|This|It)(?:\s+is|[’']s)\s+)?{_WHAT_OF}(?=[a-z])"
)
# A list line's figure, then what it counts: "Over five hundred: Gogoro stations that paused",
# "500-plus: swap locations that paused charging",
# "Hundreds: the number of Taiwanese engineers TSMC has flown to Arizona", "12,500 — swap
# stations".
_LIST_LINE_RE = re.compile(rf"(?:-?plus|\+|-odd)?(?::|\s+[—–])\s+{_WHAT_OF}(?=[A-Za-z])")


def _fixed_by_rule(s: Scene) -> Found | None:
    """The rule's wording says what is measured: "aged 40", "in her 20s" are ages."""
    return (s.rule.noun, False) if s.rule.noun else None


def _of_converted(s: Scene) -> Found | None:
    """A bracketed conversion is of what it converts: "17 billion RMB ($2.3 billion)"."""
    return None if s.converts is None else (s.earlier[s.converts].noun, False)


def _rate_unit(s: Scene) -> Found | None:
    """A sum per unit or period is named by that unit: "$200 per toy" → "per toy"."""
    return (s.money_rate, False) if s.money_rate else None


def _lasting(s: Scene) -> Found | None:
    """A duration is the length of what took or lasted it: "the process took three minutes"."""
    return (nouns.noun_lasting(s.stripped), False) if s.kind == "duration" else None


def _valued(s: Scene) -> Found | None:
    """A sum a verb of value gives: "valued the startup at $2.3bn" (not a conversion's)."""
    own = s.kind == "money" and s.converts is None
    return (nouns.noun_valued(s.before), False) if own else None


def _put_at(s: Scene) -> Found | None:
    """What a source puts a figure at: "put the mid-2024 fleet at just 16,800" → "fleet"."""
    return nouns.noun_put_at(s.before), False


# A figure named by a figure word with a clause of its own before the verb: "the figure we
# intended to cite was roughly 21,000", "the number cited by prosecutors is 61,000".
_FIGURE_CLAUSE_RE = re.compile(
    r"\b(?:the|that|this|its|their|our)\s+(figure|number|total|tally|count|estimate)\s+"
    r"(?!of\b)(?:[\w’'-]+\s+){1,6}?(?:is|was|are|were|stands|stood|comes\s+to|came\s+to)\s*$"
    # "the national tally stood at": a figure word standing at a value
    r"|\b(?:the|that|this|its|their|our)\s+(?:[a-z’'-]+\s+){0,2}?(figure|tally|count|estimate)\s+"
    r"(?:stands|stood)\s+at\s*$",
    re.I,
)


def _figure_clause(s: Scene) -> Found | None:
    """A figure word with a clause before the verb names the figure, not what it counts (the
    clause's "prosecutors" are not counted): "the number cited by prosecutors is 61,000"."""
    m = _FIGURE_CLAUSE_RE.search(s.stripped)
    return ((m.group(1) or m.group(2)).lower(), False) if m else None


def _share_of_them(s: Scene) -> Found | None:
    """A share "of them" is of the previous sentence's subject: "Only 1% of them use it"."""
    if s.kind != "percent":
        return None
    carried = nouns.share_of_referent(s.noun_after, s.prev_sentence)
    return (carried, True) if carried else None


def _count_of_them(s: Scene) -> Found | None:
    """A count "of them" is of what the previous sentence counted, not of a noun before it
    in its own: "The firm ran 12,500 swap points. Within 3 seconds, more than five hundred of
    them stopped" → "swap points"."""
    if s.kind != "count" or not _OF_THEM_RE.match(s.after):
        return None
    noun = nouns.noun_implied(s.prev_sentence)
    return (noun, True) if noun else None


_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)


def _defined_after(s: Scene) -> Found | None:
    """A figure standing alone is of what the next words say: "More than 90%. That is DJI's
    share of the global consumer drone market" → "share of global consumer drone market",
    "61,000. The number of bitcoins controlled by…" → "bitcoins"; a list line's, what
    follows its colon: "Hundreds: Taiwanese engineers sent to Arizona" → "Taiwanese
    engineers"."""
    if s.stripped.strip():
        return None
    m = _DEFINED_AFTER_RE.match(s.after) or _LIST_LINE_RE.match(s.after)
    if m is None:
        return None
    noun = nouns.noun_after(s.after[m.end() :], "count" if s.rule.shares else s.kind)
    return (noun, False) if noun else None


def _after(s: Scene) -> Found | None:
    """The noun phrase right after the amount: "18,000 hydrogen vehicles" (not for a
    conversion, which takes its original's); a share rule's is the whole: "one in five adults"
    → "share of adults"."""
    if s.converts is not None:
        return None
    noun = s.noun_after
    named = figure_named_after(noun)  # "the 21,000 number leaves out trucks"
    if named:
        return named, False
    return (f"share of {noun}" if noun and s.rule.shares else noun), False


def _subject_or_before(s: Scene) -> Found | None:
    """A sum, measure, duration or share named before it: the subject of its verb ("Smoking
    rates dropped to 11.5%") or the noun it is attached to ("a frame rate of 30fps")."""
    if s.kind not in _NAMED_BEFORE:
        return None
    linked = s.stripped != s.before.rstrip() and qualifier(s.before, s.after, s.kind) != "="
    return nouns.noun_subject(s.stripped) or nouns.noun_before(s.stripped, linked=linked), False


def _pronoun(s: Scene) -> Found | None:
    """What a pronoun subject stands for: "This one's worth $47.5 billion"."""
    if s.kind not in _NAMED_BEFORE:
        return None
    noun = nouns.noun_of_pronoun(s.stripped, s.prev_sentence)
    return noun, bool(noun)


def _parallel(s: Scene) -> Found | None:
    """The noun of the amount just before, when this one is its pair: "11.5%, down from
    20.9%", "1.3bn users, while Telegram has about 900m", "rose 12 per cent to £4.2bn"."""
    if not s.earlier or not s.earlier[-1].noun or s.earlier[-1].noun.startswith("per "):
        return None
    prev = s.earlier[-1]
    gap = strip_qualifier(s.before[prev.end - s.offset :])
    if _NUMBER_OF_RE.search(gap):
        return None  # "28,000 vehicles and the number of stations reached 540": its own
    if _THE_FIGURE_RE.search(gap):
        return prev.noun, False  # "1.4 million batteries …; the company now puts the figure at"
    if _PAIR_GAP_RE.match(gap) or _CHANGE_GAP_RE.search(gap) or _OTHER_SOURCE_GAP_RE.search(gap):
        return prev.noun, False
    if prev.kind == s.kind == "duration" and len(gap.strip(" ,")) == 0:
        return prev.noun, False  # "3 minutes 27.65 seconds"
    same = prev.kind == s.kind and prev.unit == (display_name(s.unit) if s.unit else None)
    if not same or len(gap) > 60 or ";" in gap or nouns.noun_subject(gap):
        return None  # (its own clause's subject: "…, and the app's daily actives are closer to")
    return prev.noun, False


_ENDS_OF_RE = re.compile(r"\bof\s*$")


def _count_of(s: Scene) -> Found | None:
    """A bare count of a group named before it: "1.4 million of which", "a vote of 68", or
    the subject of its verb."""
    if s.kind != "count":
        return None
    noun = (
        nouns.noun_of_which(s.before, s.after)
        or nouns.noun_of(s.before)
        or nouns.noun_subject(s.stripped)
        # "a user base north of 600 million": the noun a qualifier's "of" links it to
        or (nouns.noun_before(s.stripped, linked=True) if _ENDS_OF_RE.search(s.before) else "")
    )
    counted = counted_before_figure(noun)
    if counted:
        return counted, False  # "the company's own daily-user figure hovers around 390 million"
    if names_a_figure(noun) and s.earlier and s.earlier[-1].noun:
        # "1.4 million packs were circulating, but the company's own count for mid-2024 was
        # 1.1 million": a count of what the figure before it counts.
        return s.earlier[-1].noun, True
    return noun, False


def _among(s: Scene) -> Found | None:
    """A bare count picking from a group: "among the few long tokens …, two are"."""
    if s.kind != "count" or _OF_AFTER_RE.match(s.after):
        return None
    return nouns.noun_among(s.before), False


def _implied(s: Scene) -> Found | None:
    """A bare count of what the previous sentence named: its first plural noun phrase."""
    if s.kind != "count" or _OF_AFTER_RE.match(s.after):
        return None
    noun = nouns.noun_implied(s.prev_sentence)
    return noun, bool(noun)


NOUN_STRATEGIES: tuple[Callable[[Scene], Found | None], ...] = (
    _fixed_by_rule,
    _of_converted,
    _rate_unit,
    _lasting,
    _valued,
    _share_of_them,
    _count_of_them,
    _put_at,
    _figure_clause,
    _defined_after,
    _after,
    _subject_or_before,
    _pronoun,
    _parallel,
    _count_of,
    _among,
    _implied,
)


def noun_of(scene: Scene) -> Found:
    """The first noun a strategy finds, by :data:`NOUN_STRATEGIES`' order ("" if none)."""
    for strategy in NOUN_STRATEGIES:
        found = strategy(scene)
        if found and found[0]:
            return ("", False) if _TIME_ONLY.fullmatch(found[0]) else found
    return "", False


# A time is not what a figure counts: "230 exaflops in mid-2024", "$4 billion in early 2025"
# count nothing named.
_TIME_ONLY = re.compile(r"(?:(?:early|mid|late|end)[\s-]*)?(?:19|20)\d\d", re.I)


def per_period(scene: Scene, noun: str) -> tuple[str, str, str]:
    """(kind, noun, period) with a measure or a duration per period made a rate: "36,000
    tonnes of CO2 a year" → "CO2 per year", "8 hours a day" (not "twice a day"); the period
    is "" when there is none."""
    pattern = _PER_PERIOD.get(scene.kind)
    per = pattern.match(scene.after) if pattern else None
    if per is None or _REPEAT_RE.search(per.group()):
        return scene.kind, noun, ""
    period = (per.group("what") or _ADVERB_PERIOD[per.group("adv").lower()]).lower()
    return "rate", f"{noun} per {period}".strip(), period


def _money_rate(after: str, kind: str) -> str:
    """ "per <unit>" when a sum is a price per unit or period: "$200 per toy", "3,000 RMB
    annually", "$70 a barrel"; "" otherwise."""
    rate = _RATE_RE.match(after) if kind == "money" else None
    if rate is None:
        return ""
    adverb = rate.group("adv") or rate.group("pa")
    if adverb:
        return f"per {_ADVERB_PERIOD[' '.join(adverb.lower().split())]}"
    slash = rate.group("slash")
    if slash:
        period = _SLASH_PERIODS.get(slash.lower())
        known = period or canonical_unit(slash) or slash.lower() in _RATE_PERIODS
        return f"per {period or slash}" if known else ""
    what = rate.group("what")
    if what in _RATE_PERIODS or rate.group("per") in ("per", "each") or canonical_unit(what):
        return f"per {rate.group('what')}"
    return ""


def other_currency(unit: str | None, other: str | None) -> bool:
    """Whether two sums (or prices: "USD/barrel") are in other currencies."""
    return (unit or "").partition("/")[0] != (other or "").partition("/")[0]


def _converts(earlier: Sequence[Mention], before: str, offset: int, unit: str | None) -> int | None:
    """Index of the money mention this one (in ``unit``) converts: "17 billion RMB ($2.3
    billion)", "17bn yuan — about €2.1bn", "10 billion yuan, or $1.4 billion"."""
    if not earlier or earlier[-1].kind not in ("money", "rate"):
        return None
    gap = before[earlier[-1].end - offset :]
    # A conversion of a conversion converts the amount first stated: "17 billion yuan (about
    # $2.3 billion, or roughly €2.1 billion)".
    first = earlier[-1].equivalent_to
    converted = len(earlier) - 1 if first is None else first
    if _CONVERSION_GAP_RE.match(gap):
        return converted
    # After a dash or ", or", only another currency is a conversion: "$5bn — $3bn of it…"
    # starts a breakdown.
    other = other_currency(earlier[-1].unit, unit)
    if other and _CONVERSION_DASH_RE.match(gap):
        return converted
    # A second conversion of the first amount: "17 billion yuan, roughly $2.3 billion or about
    # €2.1 billion".
    if other and first is not None and _CONVERSION_OR_RE.match(gap):
        return first
    return None
