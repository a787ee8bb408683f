"""Matching claims across articles: the same figure restated in other words joins one fact.

Each tracked claim is described by what its sentence says around the figure (:class:`Clue`):
its content words (case-folded, singular, hyphens and compounds split, function words and
number words dropped, the words news copy uses for one another folded: :data:`SYNONYMS`),
weighted by how rare they are in the corpus and by how close they stand to the figure, with
its noun's words — a bare noun carried from the figure before (:func:`nouns_of`); whom it is
about (:func:`whom_of`: the companies, people, cities and territories its sentence names,
"the company" / "it" / "she" resolved to the nearest earlier name of its paragraph, else of
its article's figures or its title, "the island" / "the country" to the fitting territory
of its paragraph, else of its article); and the values it allows
(:mod:`factdb.facts.measure`). Two claims of different articles are compared only within one
dimension, and the evidence adds up (:func:`evidence`), each part explained in words:

* **what**: the rarity-weighted share of words the two contexts have in common (the geometric
  mean of their cosine and of the share of the shorter context the longer one holds, so that
  a terse restatement inside a long sentence still counts), less a little when they count
  different things ("sites" vs "kiosks"; a figure aimed at, "targeted 50,000 vehicles",
  against one reached), less much when they are of different numbered ones of a thing ("the
  fund's first phase" vs its third: :mod:`factdb.facts.instances`);
* **whom**: the same company or territory counts for; another company, another territory, or a
  company against a territory its sentence does not name counts strongly against — a
  look-alike (less strongly when a name was carried from an earlier sentence), unless each
  article names the other's company too (a product and its maker): then neither way. Who
  says a figure ("a tally by Huaxin Research", "Taipower's own report") is not whom it is
  about (:func:`factdb.facts.entities.mentions`);
* **value**, supporting only: the same value after conversion (each stated value allowed by
  the other's wording: "about 5 km" and "three miles"), values that allow a common value, or
  values within :data:`CLOSE` of each other (another source's count) count for, values more
  than :data:`FAR` apart a little against (twice more than :data:`VERY_FAR` apart, or of
  another subject, a part or another noun); money per month or week is compared as money a
  year; a figure its sentence sets against another source's ("a figure the bureau has not
  confirmed", "a lower count than media reported", "disputes the first figure") counts a
  little for a match with another value, and needs less context in common
  (:data:`MIN_WHAT_DISPUTED`); so does a figure said as changed to a new value ("raised that
  cap to 10 seconds", "now counts") with another value not far off (:data:`CHANGED`);
* **when** is said, not scored: a change over time is a timeline of one fact.

A claim joins the fact of its best match in another article when the score reaches
:data:`THRESHOLD`, else of its next best (:data:`MATCHES` are tried; claims of one article
with one grouping key are already one fact, as is a figure its article says again in another
sentence, the same value with evidence of :data:`RESTATED`, and claims of several articles
keyed alike are one fact unless a match took one elsewhere); a fact never takes two figures
of one sentence (unless it states a change, gives them at two dates or one sum in two
currencies), nor two companies (unless the match's articles each name both) or two
territories that none of its claims names together. A figure set against another source's
that matched no other article's joins the fact of a figure near it in its article that did,
the one counting its noun or sharing most of its context first (:func:`_join_set_against`: a
correction's "The article said ten seconds. The company says three."). The fact keeps the
key of its earliest claim, so keys stay stable as articles are added.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import (
    Callable,
    Collection,
    Container,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import Any, NamedTuple

import numpy as np

from factdb.extract.figure_words import names_a_figure
from factdb.extract.sentences import sentences
from factdb.facts import bulk
from factdb.facts.candidates import Candidates
from factdb.facts.checks import EVENT_MEASURES, periods_match
from factdb.facts.entities import (
    GOVERNS,
    ISLANDS,
    OPENING_PUNCTUATION,
    REGIONS,
    WORLD,
    Mentions,
    aliases,
    known_names,
    mentions,
    named_by_name,
    orgs_near,
    places_near,
    places_of,
    refers_back,
    territory_names,
    worldwide,
)
from factdb.facts.group import GENERIC_NOUNS
from factdb.facts.instances import instance_of, other_instances
from factdb.facts.measure import COUNT, MONEY, PERCENT, Interval, a_year, to_base
from factdb.facts.noun_keys import (
    CADENCES,
    GATHERING,
    IRREGULAR,
    PART_YEAR,
    PEOPLE,
    PEOPLE_OR_EVENTS,
    PERSON_ENDINGS,
    TARGET,
    aimed,
    aimed_at,
    fold_noun,
    plain_head,
    qualified_by,
    singular,
)
from factdb.facts.shards import in_shards, sent_as_fields, shard_count
from factdb.facts.statement import (
    KEY_SEPARATOR,
    Statement,
    fact_key,
    last_sentence,
    part_key,
    sets_against,
    two_sources_at,
)

THRESHOLD = 0.30
# One article's figure said again in another sentence, the same value of the same dimension
# ("capped at five seconds" … "only generates five-second-long videos"), joins its first
# saying at this score: within one article the topic's words are shared by most figures.
RESTATED = 0.40
MIN_WHAT = 0.1  # less context than this in common is no match, whatever else agrees…
# …unless one figure is the other converted into another unit ("64 km" for "40 miles",
# "180 seconds" for "three minutes"): a writer's conversion, hardly a coincidence.
MIN_WHAT_CONVERTED = 0.02
# …or one is set against another source's figure with another value: it names the figure it
# disputes in few words of its own ("a figure the bureau has not confirmed").
MIN_WHAT_DISPUTED = 0.05
# …or both count the same noun of the same named subject ("Gogoro had some 12,500 swap
# stations; the company now counts about 13,500" and "12,500 stations … Gogoro"), or one
# names no noun ("She has sent more than fifty thousand of them").
MIN_WHAT_ALIKE = 0.05
# Nouns that gather what the other counts: "a hoard now worth $6bn" (of bitcoins), "a fleet
# of 21,000" (vehicles).
COLLECTIVE_NOUNS = frozenset(
    {"hoard", "stash", "haul", "stockpile", "trove", "holding", "fleet", "network", "portfolio",
     "collection", "batch", "lot", "total", "tally", "sum"}
)  # fmt: skip
# Nouns of a part of a whole, whatever the whole: "its share is closer to 58 per cent" (of a
# drone market) and "around 95 per cent of them are buses" count nothing alike.
SHARE_NOUNS = frozenset({"share", "proportion", "percentage", "portion", "fraction"})
# Nouns that say nothing of what is counted, for or against a match.
UNSCORED_NOUNS = GENERIC_NOUNS | COLLECTIVE_NOUNS | SHARE_NOUNS
# Weights of the evidence (see the module's rules).
OTHER_NOUN = -0.1
SAME_NOUN = 0.1
OTHER_INSTANCE = -0.45  # another numbered one of a thing: "the first phase" vs "the third"
SAME_SUBJECT, OTHER_SUBJECT, OTHER_CARRIED = 0.15, -0.45, -0.15
SAME_PLACE, OTHER_PLACE, ORG_VS_PLACE = 0.1, -0.45, -0.2
PART_NAMED = -0.2  # a part of a named city or company against a whole that does not name it
VALUES_EQUAL, VALUES_AGREE, VALUES_FAR = 0.3, 0.1, -0.12
VALUES_CONVERTED = 0.45  # the same value stated in two different units
# The same value stated alike to PRECISE_DIGITS significant digits or more ("€2.34 billion",
# "₹43,300 crore", "6.1%"): two figures seldom share them by chance, while a round value
# ("60 million", "5%") is many figures'.
VALUES_PRECISE, PRECISE_DIGITS = 0.45, 2
DISPUTED = 0.25  # other values, one said against another source's figure
CHANGED = 0.15  # other values, not far apart, one said as changed ("raised … to", "now")
# "what" below FLOOR is no match: below the least "what" a match may have, or unable to reach
# THRESHOLD with every bonus
FLOOR = max(
    MIN_WHAT_CONVERTED,
    THRESHOLD - SAME_NOUN - SAME_SUBJECT - SAME_PLACE - max(VALUES_CONVERTED, VALUES_PRECISE),
)
EQUAL = 0.02  # values this close (relative) after conversion are the same number…
# …or this close, stated in two units: a conversion is rounded, an exchange rate moves
# ("344 billion yuan" and "$47.5 billion" at the corpus's 7.39 yuan to the dollar)
EQUAL_CONVERTED = 0.05
FAR = 3.0  # values further apart than this factor count against a match…
VERY_FAR = 10.0  # …and this far apart twice: "less than 1%" of a market is not "over 90%"
# A figure set against another source's is often far off it (FAR does not count against
# it), but not this many times (middles apart): "290 hydrogen stations" disputes no count
# of 13,000.
DISPUTED_SPAN = 10.0
CHANGE_SPAN = 10.0  # a sentence's two values of one count changed are never further apart
SPAN = 100.0  # one fact's values in one unit never span more than this factor…
ONE_ARTICLE_SPAN = 10.0  # …nor one article's figures it joins by their key alone
# Values this close count a little for a match: another source's count of the same thing
# ("16,800" against "21,000") is of its order; a look-alike's seldom is.
CLOSE, VALUES_CLOSE = 1.4, 0.1
# The same digits this many times apart at most, a power of ten, look like one figure misprinted
# ("$23 billion" for "$2.3 billion"), never far apart: they count as VALUES_CLOSE.
MISPRINT = 1000.0
NEAR = 40  # words this many characters from the figure weigh full, further ones FURTHER
FURTHER = 0.5
OTHERS = 0.2  # the weight of a word nearer another figure of the sentence
CANDIDATES = 10  # the claims with the largest share of rare words in common, scored in full
MATCHES = 3  # the best matches of a claim tried, in order
NEIGHBOUR = 400  # a disputed figure joins one of a sentence this many characters away at most
CARRY = 500  # "the company" refers to a name this many characters back at most
MAX_POSTING = 50  # words in more claims than this do not propose candidates (too common)
# Words that say nothing about what is measured: function words, reporting verbs, number
# words, and words of time (the date is compared apart).
_STOPWORDS = """
    a about above according across after again against all almost along already also although
    among an and another any are around as at be because been before being below between both
    but by can could did do does down during each either even ever every few for from further
    had has have having he her here hers him his how however i if in into is it its itself just
    last least less like many may might more most much must my near nearly new next no nor not
    now of off on once one only or other our out over own per put rather roughly same say said
    says she should since so some still such than that the their them then there these they
    this those though through to too under until up upon us very was we were what when where
    which while who whom why will with within without would yet you your
    zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen half
    percent per cent quarter third tenth
    year month week day today yesterday time early late end middle mid spring summer autumn
    fall winter january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday
    according reported report estimate estimated figure figures number total some count counts
    counted tally tallied
    """
STOPWORDS = frozenset(_STOPWORDS.split())
# Spellings folded to one form (British → American), so "centre" matches "center".
SPELLINGS: dict[str, str] = {
    "centre": "center", "metre": "meter", "kilometre": "kilometer", "litre": "liter",
    "programme": "program", "defence": "defense", "tonne": "ton", "organisation": "organization",
}  # fmt: skip
# Words news copy uses for one another when it restates a figure ("swap sites" for
# "battery-swap locations", "parking spaces" for "parking spots", "holds" for "controls"), by
# their matching form (singular, without -ing/-ed: "operat" is "operated").
SYNONYMS: dict[str, str] = {
    "project": "program", "scheme": "program", "initiative": "program",
    "site": "location", "space": "spot", "kiosk": "station", "point": "station",
    "pile": "charger",
    "car": "vehicle", "automobile": "vehicle", "subscriber": "user",
    "hold": "control", "held": "control", "own": "control", "run": "operate", "operat": "operate",
    "earmark": "budget", "allocat": "budget", "allocation": "budget", "firm": "company",
    "rival": "company", "competitor": "company", "licence": "permit", "license": "permit",
    "handset": "phone",
    "worker": "employee", "staff": "employee", "shop": "store", "outlet": "store",
    "client": "customer", "plant": "factory", "home": "household", "fatality": "death",
    "turnover": "revenue", "street": "road", "bay": "spot", "quake": "earthquake",
    "jail": "prison", "imprisonment": "prison", "sentence": "prison", "penalty": "prison",
    "fleet": "vehicle", "comput": "compute", "capacity": "power",
    "worth": "value", "valu": "value", "valuation": "value",
    "increas": "increase", "rais": "increase", "raise": "increase", "lift": "increase",
    "expand": "increase", "expansion": "increase",
    "boost": "increase", "net": "earn", "earning": "earn", "bitcoin": "coin",
    "income": "earn", "salary": "earn", "wage": "earn", "canister": "tank", "cylinder": "tank",
    "exchang": "swap", "exchange": "swap", "package": "program", "bicycle": "bike",
    "text": "message", "motorbike": "scooter", "moped": "scooter", "pack": "battery",
    "clip": "video", "footage": "video", "tremor": "earthquake", "temblor": "earthquake",
    "victim": "investor", "saver": "investor", "depositor": "investor", "shipment": "export",
    "humanity": "population",
    "mankind": "population", "western": "west", "eastern": "east", "northern": "north",
    "southern": "south",
    # what happens to people, as news of health and disasters words it
    "died": "death", "die": "death", "dead": "death", "kill": "death", "admit": "admission",
    "hospitalis": "admission", "hospitalize": "admission", "hospitalisation": "admission",
    "hospitalization": "admission", "infection": "case", "infect": "case", "sicken": "case",
    "vaccination": "vaccinat", "immunis": "vaccinat", "immunize": "vaccinat",
    "immunisation": "vaccinat", "immunization": "vaccinat", "inoculat": "vaccinat",
    "jab": "dose", "inhabitant": "resident", "refrigerator": "fridge",
    # money and output
    "spend": "budget", "cost": "budget", "investment": "invest", "production": "output",
    "produce": "output", "sale": "sell", "pay": "purchase", "buy": "purchase",
    "purchas": "purchase", "acquire": "purchase", "acquir": "purchase",
    "acquisition": "purchase", "takeover": "purchase",
}  # fmt: skip
# A sentence stating one figure at two times or by two sources: "540, up from the roughly
# 400", "from 8.1 million to 8.8 million", "compared with 230 a year earlier", "…; that share
# has climbed to 80%", "$6 billion …, and forecasters expect it to reach $8.5 billion", "…; a
# separate tally put the number at a dozen", "12,500, but a count by the ministry listed
# 10,400", "430, fewer than the company's figure", "12,500 a year ago; … now counts 13,500",
# "600 million when Kling launched; in the third quarter … reached 714 million", "600m …
# when Kling launched, and by the third quarter the platform counted 714 million", "19.5
# billion yuan, an increase on the 17 billion", "230 exaflops, and officials want to lift that
# to 300 exaflops", "400 … in 2024; by early 2025, … counted around 540". Two sources' figures
# after ", but … said" are :data:`~factdb.facts.statement.TWO_SOURCES`'s.
_CHANGE = re.compile(
    r"""\b(?=[\w,;])(?:(?:up|down|rising|falling|rose|fell|grew|increased|decreased|jumped|dropped)
      (?:\s+[a-z]+ly)?\s+from\b  # "up sharply from"
    | from\s+(?:about\s+|roughly\s+|around\s+)?[$€£¥]?\d[\d,.]*\s*\w*(?:\s+[\w-]+){0,3}?\s+to\b
    | \bnow\s+(?:valued\s+at|worth)\b  # "worth $4 billion in mid-2024, now valued at £5 billion"
    | \bha(?:s|ve|d)\s+since\s+(?:been|grown|risen|climbed|fallen|dropped|doubled|reached)\b
    | compared\s+(?:with|to)\b
    | (?:has|have|had)\s+(?:since\s+|now\s+|already\s+)?(?:(?:climbed|risen|grown|fallen
      |dropped|jumped|shrunk|slipped|slid|sunk|declined|dipped|edged\s+(?:up|down)|surged|soared|plunged|tumbled)
      \s+(?:to|past|above|beyond)|crept\s+(?:up\s+)?(?:to|past|above|over)|reached|passed|topped|surpassed)\b
    | (?:to|will)\s+(?:reach|hit|top|exceed|surpass|(?:grow|rise|climb|fall|drop)\s+to)\b
    | reached\b | (?:rose|grew|climbed|fell|dropped|jumped|increased|decreased|slipped|slid
      |sank|declined|dipped|edged\s+(?:up|down)|surged|soared|plunged|tumbled)\s+(?:to|past|beyond)\b
    | put\s+the\s+(?:number|figure|total|tally|count)\b
    | (?:but|while|whereas|though|although)\s+(?:a|an|the|another|its|their)\s+
      (?:[\w'’-]+\s+){0,3}?(?:count|tally|survey|poll|report|estimate|census|audit|study|analysis)\b
    | (?:fewer|more|lower|higher|less)\s+than\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?
      (?:figure|count|tally|estimate|claim)\b
    | ago\b[^.]{0,80}?\bnow\b | now\b[^.]{0,80}?\bago\b
    | (?:an?\s+)?(?:increase|rise|jump|drop|fall|decrease|cut)\s+(?:on|over|from)\s+the\b
    | (?:lift|raise|boost|increase|expand|push|bring|grow|cut|reduce|lower)\s+(?:[\w'’-]+\s+){0,4}?
      to\s+(?:about\s+|around\s+|roughly\s+|some\s+)?[$€£¥]?\d
    | [,;]\s+(?:and\s+|but\s+)?by\s+(?:the\s+)?(?:(?:end|middle|close|start)\s+of\s+(?:the\s+)?)?
      (?:(?:early|late|mid)[-\s]+)?
      (?:(?:first|second|third|fourth|last|next)\s+(?:quarter|half)|(?:19|20)\d\d|mid-?(?:19|20)\d\d
      |january|february|march|april|may|june|july|august|september|october|november|december
      |then|now|last\s+year|this\s+year|(?:this|last)\s+(?:spring|summer|autumn|fall|winter))\b
    | in\s+(?:19|20)\d\d\b[^.]{0,150}?[;,]\s+(?:today|now)\b
    | [;,]\s+(?:and\s+|but\s+)?by\s+the\s+time\b | last\s+year\b[^.;]{0,100}?\bnow\b)""",
    # searched in the lowercased sentence, one word boundary first (see DISPUTE); every wording
    # opens on a letter, "," or ";", so none is tried where a word ends before a space
    re.VERBOSE,
)
_TOKEN = re.compile(r"[a-z][a-z']*")
# Inflections dropped so that "refuelling" meets "refuel" and "operated" meets "operate".
_INFLECTION = re.compile(r"(?:ing|ed)$")
# A stem that lost its final e to -ing/-ed: a short consonant-vowel-consonant one ("rid",
# "mak", "tak"), or one ending in "rg"/"dg" ("charg", "judg").
_E_DROPPED = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$|[rd]g$")


@lru_cache(maxsize=1 << 16)
def term(word: str) -> str:
    """A word's matching form: spelling folded, an irregular past its verb, singular, without
    -ing/-ed, doubled letter undone ("refuelling" → "refuel"), an e after c, v or z put back
    ("priced" → "price"), a synonym folded to one word."""
    word = SPELLINGS.get(word, word).removesuffix("'s").removesuffix("'")
    word = IRREGULAR.get(word, word)
    word = singular(word)
    if len(word) > 6 and word.endswith("ly") and not word.endswith("ily"):
        word = word[:-2]  # "regularly" → "regular", "annually" → "annual"
    if len(word) > 5:
        stem = _INFLECTION.sub("", word)
        if stem != word:
            # "refuelling" → "refuel", "netted" → "net", but not "selling" → "sel"
            doubled = (
                len(stem) > 3 and stem[-1] == stem[-2] and (len(stem) > 4 or stem[-1] not in "lsfz")
            )
            word = stem[:-1] if doubled else stem
            if word[-1] in "cvz" or (not doubled and _E_DROPPED.search(word)):
                word += "e"  # "priced" → "price", "riding" → "ride", "charging" → "charge"
    if len(word) > 5 and word.endswith("ate"):
        word = word[:-1]  # "generate" meets "generated" and "generating": "generat"
    return SYNONYMS.get(word, _demonyms().get(word, word))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """A territory's adjective or people as its name, where both are one word: "chinese" is
    "china" ("Chinese brands" restate "China's brands")."""
    return {
        k.lower(): v.lower()
        for k, v in territory_names()[1].items()
        if k != v and " " not in k and " " not in v
    }


# Two sides of a size: "12 inches by 14 inches", "30cm by 35cm", "3 x 4 metres" (not "by 2030").
_SIZE = re.compile(r"\d(?:\s*[a-z]+)?\s+(?:by|x|×)\s+(?!(?:19|20)\d\d\b)\d")


@lru_cache(maxsize=4096)
def _read(sentence: str) -> tuple[tuple[tuple[str, int, int], ...], bool, bool, bool]:
    """A sentence's content words as (term, start, end), whether it states a change, whether
    it disputes another figure and whether it gives two sources'
    (:data:`~factdb.facts.statement.TWO_SOURCES`); read
    once for all the figures of a sentence."""
    tokens = tuple(
        [
            (term(word), *match.span())
            for match in _TOKEN.finditer(_folded(sentence))
            if (word := match.group()) not in STOPWORDS and len(word) >= 2
        ]
    )
    disputes = sets_against(sentence)
    lower = sentence.lower()
    two_sources = two_sources_at(sentence) >= 0
    # A figure set against another source's states one figure by two sources, as a change
    # does; two sides of one size ("roughly 30cm by 35cm") are two figures, whatever else.
    change = (disputes or two_sources or bool(_CHANGE.search(lower))) and not _SIZE.search(lower)
    return tokens, change, disputes, two_sources


def _folded(text: str) -> str:
    # Same length as ``text``, so that offsets still apply.
    return text.lower().replace("’", "'").replace("-", " ")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(_folded(text))


class Words(Mapping[str, float]):
    """A clue's words with their weights, in the order they were met: read like the dict it
    is made from, held as a tuple of words and a byte a weight, its code among the few
    weights there are (:func:`_code`; a dict of a few dozen words weighs twice as much, an
    array of the weights four times the codes, and every claim of a large corpus keeps one
    until matched)."""

    __slots__ = ("codes", "terms")

    def __init__(self, words: Mapping[str, float]) -> None:
        self.terms: tuple[str, ...] = tuple(words)
        self.codes = _codes(words.values())

    def __reduce__(self) -> tuple[Any, ...]:
        # The weights themselves: another process numbers them in its own order.
        return _words_of, (self.terms, self.weights)

    @property
    def weights(self) -> array[float]:
        """The weights, in the words' order."""
        return array("d", map(_WEIGHTS.__getitem__, self.codes))

    def __getitem__(self, word: str) -> float:
        try:
            return _WEIGHTS[self.codes[self.terms.index(word)]]
        except ValueError:
            raise KeyError(word) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __repr__(self) -> str:
        return f"Words({dict(self.items())!r})"

    def keys(self) -> KeysView[str]:
        """The words as a dict's keys (a set-like view, intersected as a dict's are)."""
        return dict.fromkeys(self.terms).keys()

    def values(self) -> array[float]:  # type: ignore[override]
        """The weights, in the words' order."""
        return self.weights

    def items(self) -> Iterator[tuple[str, float]]:  # type: ignore[override]
        """Each word with its weight, in order."""
        return zip(self.terms, map(_WEIGHTS.__getitem__, self.codes), strict=True)


_WEIGHTS: list[float] = []  # every weight a word has had in this process, by its code
_CODES: dict[float, int] = {}


def _code(weight: float) -> int:
    """The code of ``weight`` (a byte: :func:`clue` gives three weights)."""
    code = _CODES.get(weight)
    if code is None:
        assert len(_WEIGHTS) < 256, "a word's weight is one of a few"
        code = _CODES[weight] = len(_WEIGHTS)
        _WEIGHTS.append(weight)
    return code


def _codes(weights: Collection[float]) -> bytes:
    """The codes of ``weights``: looked up all at once, unless one is new."""
    try:
        return bytes(map(_CODES.__getitem__, weights))
    except KeyError:
        return bytes(map(_code, weights))


def _words_of(terms: tuple[str, ...], weights: array[float]) -> Words:
    """Words from their parts (unpickling: no dict made in between)."""
    words = Words.__new__(Words)
    words.terms, words.codes = terms, _codes(weights)
    return words


@sent_as_fields
@dataclass(frozen=True, slots=True)
class Whom:
    """Whom a figure is about: companies, people or cities (``orgs``) and territories
    (``places``), case-folded; ``carried``: the orgs are those of an earlier sentence (or the
    title) that "the company", "it" or "she" refers back to; ``beside``: its sentence sets
    them beside another's ("Luma AI's Dream Machine also started out with five-second clips"),
    so their figure is theirs alone, whoever else its article names."""

    orgs: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    carried: bool = False
    beside: bool = False


@sent_as_fields
@dataclass(frozen=True, slots=True)
class Clue:
    """What a claim's sentence says around its figure: words with their weight (1 near the
    figure, 1/2 further), its subject and its allowed values."""

    claim_id: int
    article_id: int
    sentence: int  # where its sentence starts: a sentence's figures measure different things…
    change: bool  # …unless it states a change ("540, up from 400"): one figure, two times
    dimension: str
    words: Words
    head: str  # the counted noun's last word as a term, "" if none
    whom: Whom
    interval: Interval | None  # None: no value, not compared
    stated: float  # the value as stated, in the interval's unit
    date: str  # the figure's date (its own, else its article's), "" if none
    dated: bool  # the date is the figure's own
    fresh: bool = False  # said to be new ("now has", "grew to"; see Statement.fresh)
    converts: int | None = None  # a conversion ("($2.3 billion)"): the claim it converts
    said_unit: str = ""  # the unit as stated ("mile"), before conversion to the base unit
    disputes: bool = False  # its sentence sets it against another source's figure
    part: bool = False  # a count of part of a group: "6,200 of the parking spaces"
    instance: str = ""  # the numbered thing it is of: "phase 3" (see factdb.facts.instances)
    reached: bool = False  # dated "by" its date (see Statement.reached)


# By (article, sentence start): its paragraph before it, else the paragraphs before that one.
Leads = Mapping[tuple[int, int], str]


def lead_at(leads: Leads | None, r: Any) -> str:
    """The lead (:func:`~factdb.facts.load.leads_of`) of the claim ``r``'s sentence: its
    paragraph before it, "" if it opens its paragraph."""
    lead = leads.get((r.article_id, r.sentence_start), "") if leads else ""
    return "" if "\n" in lead else lead


def paragraphs_before(leads: Leads | None, r: Any) -> str:
    """The paragraphs before the claim ``r``'s sentence if it opens its paragraph (from
    :func:`~factdb.facts.load.leads_of`), else ""."""
    lead = leads.get((r.article_id, r.sentence_start), "") if leads else ""
    return lead if "\n" in lead else ""


def clues_of(
    rows: Iterable[Any],
    statements: dict[int, Statement],
    known: Collection[str] | None = None,
    leads: Leads | None = None,
) -> list[Clue]:
    """The clues of the claims ``rows`` (of :data:`~factdb.facts.statement.COLUMNS`, with
    ``title``) whose statements are in ``statements`` (see :func:`whom_of` for whom each is
    about, :func:`nouns_of` for what it counts). A claim whose noun a reviewer corrected has
    none: the reviewer said what it counts, so it joins only claims of its own key. ``known``:
    the names of the sentences of every claim with a clue (:func:`clue_names`) if ``rows``
    are some articles of them; ``leads``: the paragraph before each sentence that may refer
    back (:func:`factdb.facts.load.leads_of`)."""
    chosen = [r for r in rows if r.id in statements and r.corrected_noun is None]
    figures: dict[tuple[int, int], list[int]] = defaultdict(list)
    for r in chosen:
        figures[r.article_id, r.sentence_start].append(r.start - r.sentence_start)
    whom = whom_of(chosen, clue_names(chosen) if known is None else known, leads)
    nouns = nouns_of(chosen, {r.id: statements[r.id].dimension for r in chosen}, leads)
    shares = _shares_disputed(chosen, statements)
    found = []
    for r in chosen:
        s = statements[r.id]
        offset = r.start - r.sentence_start
        dimension, values, stated = _values(s)
        if r.id in shares:
            dimension, values = PERCENT, values.scaled(1.0, PERCENT)
        allowed: Interval | None = values
        if s.vague:
            # "Thousands of bikes" restates nothing in particular: it meets only another
            # vague figure ("thousands of hydrogen bikes" again); "several", "a few" not even
            # that.
            dimension = VAGUE + dimension
            if s.value < VAGUE_LEAST:
                allowed = None
        about = whom[r.id]
        if dimension in PLACE_ONLY:
            about = Whom(places=about.places)
        elif about.orgs and _ALSO.search(r.sentence, 0, offset):
            about = Whom(about.orgs, about.places, about.carried, beside=True)
        found.append(
            clue(
                r.id,
                r.article_id,
                r.sentence_start,
                dimension,
                r.sentence,
                offset,
                len(r.quote),
                nouns[r.id],
                about,
                allowed,
                s.date or "",
                [o for o in figures[r.article_id, r.sentence_start] if o != offset],
                stated,
                s.dated,
                s.fresh,
                s.equivalent_id,
                s.unit or "",
                s.disputes,
                last_sentence(lead_at(leads, r)) if s.disputes else "",
                s.reached,
            )
        )
    return found


# A subject's figure set beside another's: "Luma AI's Dream Machine … also started out with
# five-second clips", "Sora likewise", "Luma AI's Dream Machine, launched a week after Kling,",
# "Hangzhou, by comparison, is planning 20,000 such spaces".
_ALSO = re.compile(
    r"\b(?:also|likewise|similarly|(?:by|in)\s+(?:comparison|contrast)"
    r"|(?:released|launched|introduced|unveiled|debuted)\s+"
    r"(?:(?:a|an|one|two|three|four|five|six|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?"
    r"(?:after|before|ahead\s+of))\b"
)


def _shares_disputed(rows: Sequence[Any], statements: dict[int, Statement]) -> set[int]:
    """The claims that set a count of at most a hundred against a share before them in
    their article (:data:`NEIGHBOUR` characters at most): "more than 90 of the 100 longest
    tokens came from spam sites. … A later recount put the figure at 76" is 76 of them, a
    share."""
    found = set()
    for claims in _by_article(rows, "start"):
        share_at = -NEIGHBOUR - 1  # where the last share's sentence starts
        for r in claims:
            s = statements[r.id]
            if s.dimension == PERCENT:
                share_at = r.sentence_start
            elif (
                s.dimension == COUNT
                and s.disputes
                and not s.vague
                and 0 <= (s.value_max or s.value) <= 100
                and 0 < r.sentence_start - share_at <= NEIGHBOUR
            ):
                found.add(r.id)
    return found


def clue_names(rows: Iterable[Any]) -> frozenset[str]:
    """The corpus's known names as :func:`whom_of` reads them for the claims ``rows``: those
    of the sentences of the claims with a clue (no noun correction)."""
    chosen = [r for r in rows if r.corrected_noun is None]
    return known_names((r.sentence for r in chosen), (r.title for r in chosen))


def _by_article(rows: Iterable[Any], order: str) -> Iterable[list[Any]]:
    """The claims ``rows`` article by article, each article's sorted by the field ``order``."""
    by_article: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        by_article[r.article_id].append(r)
    for claims in by_article.values():
        claims.sort(key=attrgetter(order))
        yield claims


def nouns_of(
    rows: Iterable[Any], dimensions: dict[int, str], leads: Leads | None = None
) -> dict[int, str]:
    """What each claim of ``rows`` counts: its noun; if it has none (or only filler: "the
    total had passed 61,000"; or only names a figure: "the alliance's own count for
    mid-2024 was about 25,000"), or only the last word of the noun of the figure before it (of
    its dimension, at most :data:`CARRY` characters back in its article, in its own
    paragraph when ``leads`` say where that starts), that figure's noun ("Kymco has 3,000"
    after "Gogoro has 12,500 battery-swap stations"; "stations" after "battery-swap
    stations"; "that share" after "a share of the market")."""
    found: dict[int, str] = {}
    for claims in _by_article(rows, "start"):
        last: dict[str, tuple[str, int]] = {}
        for r in claims:
            noun = r.noun
            before, at = last.get(dimensions[r.id], ("", -CARRY))
            if leads is not None:
                # A figure is of another paragraph's noun only if it says so: "netted him
                # 870,000 yuan" is not the phone price of the paragraph before, "has now sent
                # more than 55,000 of them" not the provinces of the section before.
                near = at >= r.sentence_start - len(lead_at(leads, r))
            else:
                near = r.start - at <= CARRY
            if (
                near
                and (
                    not fold_noun(noun)
                    or names_a_figure(noun)
                    # only what gathers it: "the network stood near 540" (stations)
                    or (len(words := _words(noun)) == 1 and words[0] in COLLECTIVE_NOUNS)
                    or (
                        " " not in noun
                        # its last word, or its head before "of" ("that share" after "a share
                        # of the European EV market")
                        and _words(noun)
                        in (_words(before)[-1:], _words(before.split(" of ")[0])[-1:])
                    )
                )
            ):
                noun = before
            found[r.id] = noun
            if noun:
                last[dimensions[r.id]] = noun, r.start
        _named_after(claims, dimensions, found)
    return found


def _named_after(claims: Sequence[Any], dimensions: dict[int, str], found: dict[int, str]) -> None:
    """A figure whose noun only names a figure, with no noun before it to carry, counts what
    the next figure of its sentence and dimension counts ("The company's own figure is north
    of 600 million, but QuestMobile puts its active user base closer to 450 million"), else
    nothing named: "company's own figure" counts no company."""
    for n, r in enumerate(claims):
        if not names_a_figure(found[r.id]):
            continue
        after = (
            found[e.id]
            for e in claims[n + 1 :]
            if e.sentence_start == r.sentence_start
            and dimensions[e.id] == dimensions[r.id]
            and found[e.id]
            and not names_a_figure(found[e.id])
        )
        found[r.id] = next(after, "")


# Measures of a natural event or of the weather: of where it happened, never of a company
# its sentence names ("how Gogoro's network reacted after the 7.4 magnitude earthquake").
PLACE_ONLY = frozenset({"seismic_magnitude", "temperature"})
VAGUE = "vague "  # the dimension of a vague figure: "vague count"
VAGUE_LEAST = 10  # a vague figure below this ("several": 3) is matched with none


def _values(s: Statement) -> tuple[str, Interval, float]:
    """A statement's dimension, interval and stated value for matching: money a year or per
    anything ("$6 billion a year", a market's size; "1 RMB per text", a price) is compared as
    money (what it is per is in its words), money per a time as money a year ("3,000 yuan a
    month" is 36,000 a year, not "3,000 yuan a year"), an amount per a calendar period as the
    amount a year (:func:`~factdb.facts.measure.a_year`)."""
    return a_year(s.value, s.value_max, s.qualifier, s.unit) or (
        s.dimension,
        s.interval,
        _in_base(s.value, s.unit or ""),
    )


@lru_cache(maxsize=1 << 16)
def _in_base(value: float, unit: str) -> float:
    return to_base(value, unit)[0]


def whom_of(
    rows: Iterable[Any], known: Collection[str], leads: Leads | None = None
) -> dict[int, Whom]:
    """Whom each claim of ``rows`` is about, by these rules: the names of its sentence
    (:func:`factdb.facts.entities.mentions`; an opening word only if ``known`` as a name,
    or if the sentence opens on it before a verb and refers back: "Hefei has earmarked …
    for its first phase");
    if it names no one but refers back ("the company", "its", "she"), the names of the
    nearest sentence naming some in its paragraph before it (``leads``: that text by
    article and sentence start; for "the company", none a role there names as a person:
    :func:`_named_last`), or the territories of the sentence just before if it names
    only those ("South Korea went further. It has 35,000"), else of the nearest earlier
    figure's sentence of its article that has some, if it starts at most :data:`CARRY`
    characters before, else of its title (those the corpus writes mid-sentence: a title may
    be in title case);
    "the island" without a territory of its own: the last island its paragraph named, else
    the island its article's sentences name most (the nearest first); "the country": the
    territory its paragraph named last, else its title's, else the nearest its article names
    ("the mainland" of Taiwan, Hong Kong or Macao: China);
    "the province" / "the state": what the nearest sentence naming some in its paragraph
    before it names (:func:`_region_named`), else that territory."""
    folded = {name.casefold() for name in known}
    found: dict[int, Whom] = {}
    # One object for each distinct answer (a sentence's figures mostly share one): every
    # claim of a large corpus keeps its clue's until matched.
    distinct: dict[Whom, Whom] = {}
    for claims in _by_article(rows, "sentence_start"):
        title = mentions(claims[0].title)
        said = [title] + [mentions(r.sentence) for r in claims]
        # "MIIT" is "the Ministry of Industry and Information Technology" all through an
        # article that says so once.
        named = dict(
            a
            for text in dict.fromkeys([claims[0].title, *(r.sentence for r in claims)])
            for a in aliases(text)
        )
        # A title's capitals may be title case: only names the corpus writes mid-sentence.
        headline = frozenset(o for o in title.names(known) if set(o.split()) & folded)
        last, last_at = headline, -CARRY
        for at, r in enumerate(claims, 1):
            m = said[at]
            orgs, places, carried = m.names(known), m.places, False
            offset = r.start - r.sentence_start
            if places:
                # "South Korea has 34,000, while Japan runs 160 stations": each its own.
                places = places_of(r.sentence, offset, places)
            if orgs:
                # "Ionex has 3,500 stations, and makers use Gogoro's batteries": Ionex's.
                orgs = orgs_near(r.sentence, offset, orgs)
            if orgs and r.noun and r.unit != PERCENT:
                # "12,500 GoStations": a product named as what is counted, not whom it is about
                # (a share's noun may name its holder: "Autel Robotics, which holds 7%")
                counted = r.noun.casefold()
                orgs = frozenset(o for o in orgs if not counted.endswith(o))
            if orgs and m.refers_to_org and refers_back(r.sentence, offset, orgs):
                orgs = frozenset()
            if not places and orgs & GOVERNS.keys():
                # "Beijing's stated aim": China's government, so China's figure
                places = frozenset(GOVERNS[o] for o in orgs if o in GOVERNS)
            if not orgs and m.refers_to_org and _antecedent(m.opening, r.sentence):
                # "Hefei has earmarked about 6 billion yuan … in its first phase": the name
                # the sentence opens on, though written nowhere else.
                orgs = frozenset({m.opening.casefold()})
            elif not orgs and m.refers_to_org:
                lead = lead_at(leads, r)
                orgs = _named_as(
                    lead or paragraphs_before(leads, r), r.sentence, known
                ) or _named_last(lead, known, _COMPANY_REFERENCE.search(r.sentence) is not None)
                if not orgs and not places:
                    # "South Korea leads. It has more than 35,000 hydrogen vehicles": the
                    # country named just before.
                    places = _placed_last(lead)
                if orgs:  # named in the paragraph: later references may carry it too
                    last, last_at = orgs, r.sentence_start
                elif headline and not lead and _PERSONAL.search(r.sentence):
                    # "he" opening a paragraph of a story whose title names a person ("He
                    # Jiankui presses on …"): the story's person, not one named in passing
                    # the paragraph before ("Zhang Renli got two years").
                    orgs = headline
                else:
                    # "The firm runs roughly 12,500 swap stations" opening the answer to a
                    # question: the company the paragraphs before it named last (not the
                    # analyst asked, unless "she" speaks of herself).
                    orgs = _named_last(
                        paragraphs_before(leads, r), known, not _PERSONAL.search(r.sentence)
                    ) or (last if r.sentence_start - last_at <= CARRY else headline)
                carried = bool(orgs)
            if orgs and not carried:
                last, last_at = orgs, r.sentence_start
            if not places and m.refers_to_place in REGIONS:
                # "The province counts about 4,000" after "Guangdong is the largest market":
                # Guangdong's, not the country's.
                lead = lead_at(leads, r)
                places = _region_named(lead) or _nearest_place(said, at)
            elif not places and m.refers_to_place == "island":
                # "the island": its paragraph's, else the one its article names most ("In
                # Japan, by contrast, …" in passing does not make a Taiwan story's island Japan)
                places = _last_naming(
                    lead_at(leads, r), lambda _, named: _islands(named)
                ) or _island_of(said, at)
            elif not places and m.refers_to_place:
                # "the country": the territory its paragraph named last, else its title's
                # ("China's compute numbers", not the US machine a paragraph before)
                places = (
                    _last_naming(lead_at(leads, r), lambda _, named: named.places)
                    or (title.places if len(title.places) == 1 else frozenset())
                    or _nearest_place(said, at)
                )
                if m.refers_to_place == "mainland" and places & OFF_THE_MAINLAND:
                    places = frozenset({"china"})  # "On the mainland" in a Taiwan story
            if worldwide(r.sentence, offset):
                # "DJI holds 70% of US sales, while the worldwide market is valued at $40
                # billion": the world's, not the US of the clause before
                places = (places & places_near(r.sentence, offset)) | {WORLD}
            if named:
                orgs = frozenset(named.get(o, o) for o in orgs)
            whom = Whom(orgs, places, carried)
            found[r.id] = distinct.setdefault(whom, whom)
    return found


# A count's cadence said after its noun: "reaches some 750 million users a day".
_CADENCE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,2}?(?:a|per|each|every)\s+(day|week)\b", re.I)
_CADENCE_OF = {"day": "daily", "week": "weekly"}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A part of a year a flow is counted over: "in the first half", "H1", "first-quarter
# revenue", "in the six months to March", "April–June", "in the quarter"; "in the same
# period" after one of those.
_PART_OF_A_YEAR = re.compile(
    rf"""\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:half|quarter)|h[12]|q[1-4]
    |half[-\s]year(?:ly)?|interim|quarterly
    |(?:in|during|over|for)\s+the\s+(?:first\s+|last\s+|past\s+|latest\s+)?(?:three|six|nine)\s+months
    |(?:three|six|nine)[-\s]months?\s+(?:to|ended|ending|through)
    |(?:in|during|for|over)\s+the\s+(?:latest\s+|last\s+|same\s+)?quarter
    |{_MONTH}\s*(?:–|-|to|through)\s*{_MONTH}
    |(?:in|during|over|for)\s+the\s+(same\s+(?:period|months))
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# …unless it says when a stock stood: "customers at the end of the first half".
_STOCK_AT = re.compile(r"(?:\bend\s+of\s+(?:the\s+|its\s+)?|\bas\s+of\s+(?:the\s+)?)$", re.I)
# The dimensions of sums and output, counted over a period (a count may be of a stock: "714
# million monthly users in the third quarter" are the users then, not some added then).
FLOWS = frozenset({MONEY, "mass", "energy", "volume"})
REACH = 60  # characters either side of a figure where its period is said
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
# A lone capitalised word opening a sentence before a verb: a subject ("Hefei has earmarked",
# "Wuhan will spend", "Xpeng reported"), unless a plural ("Analysts expect its …") or one of
# these adverbs ("Already has …"; "Meanwhile", "Today" and the other words that are never a
# subject, entities.NOT_SUBJECTS, are no opening name to begin with).
_OPENING_SUBJECT = re.compile(
    r"[\"“‘(]?[A-Z][a-z]+(?<!s)(?:,\s+for\s+(?:one|its\s+part),)?\s+(?:also\s+|now\s+|still\s+)?"
    r"(?:has|have|had|is|was|will|would|can|could|plans|wants|says|said|told|tells|[a-z]{3,}ed)\b"
)
_OPENING_ADVERBS = frozenset(
    {"instead", "together", "overall", "already", "thus", "elsewhere", "again", "once", "soon",
     "later"}
)  # fmt: skip


def _antecedent(opening: str, sentence: str) -> bool:
    """Whether the unknown word ``sentence`` opens on (``opening``) is what its "its" or "it"
    refers to: a subject (:data:`_OPENING_SUBJECT`), not an adverb or a participle."""
    return bool(
        opening
        and _OPENING_SUBJECT.match(sentence)
        and opening.casefold() not in _OPENING_ADVERBS
        and not opening.endswith(("ly", "ing"))  # "Having succeeded …, it"
    )


def _named_last(lead: str, known: Collection[str], companies: bool = False) -> frozenset[str]:
    """The names of the last sentence of ``lead`` that names some (see :func:`whom_of`); only
    those no role there says are people if ``companies`` ("the firm's stations" after "Its
    chief executive, Horace Luke, likes to say …" are the company's, named before)."""

    def named(text: str, m: Mentions) -> frozenset[str]:
        found = m.names(known)
        return frozenset(n for n in found if not _a_person(n, text)) if companies else found

    return _last_naming(lead, named)


# "the bank", "the airline": the trade word a name of that trade ends on ("Hoshino Bank").
_NAME_ENDS_OF = {
    "group": ("group",), "bank": ("bank",), "lender": ("bank",), "port": ("port",),
    "airline": ("airlines", "airline", "airways", "air"), "airport": ("airport",),
    "carrier": ("airlines", "airways", "air", "lines", "shipping"),
    "university": ("university",), "council": ("council",), "agency": ("agency",),
    "union": ("union",), "hospital": ("hospital",), "insurer": ("insurance", "assurance"),
    "miner": ("mining", "minerals", "resources"), "club": ("club", "fc", "united", "city"),
}  # fmt: skip
_TRADE_REFERENCE = re.compile(rf"\b(?:the|its)\s+({'|'.join(_NAME_ENDS_OF)})\b", re.IGNORECASE)


def _named_as(lead: str, sentence: str, known: Collection[str]) -> frozenset[str]:
    """The name nearest before ``sentence`` in ``lead`` that ends on the trade word by which
    ``sentence`` refers back ("the bank" after "Kansai Hoshino Financial Group … Hoshino
    Bank"), if any."""
    said = _TRADE_REFERENCE.search(sentence)
    if not said or not lead:
        return frozenset()
    ends = _NAME_ENDS_OF[said.group(1).casefold()]

    def named(_: str, m: Mentions) -> frozenset[str]:
        return frozenset(n for n in m.names(known) if n.rsplit(None, 1)[-1] in ends)

    found = _last_naming(lead, named)
    return found if len(found) == 1 else frozenset()


def _last_naming(lead: str, names: Callable[[str, Mentions], frozenset[str]]) -> frozenset[str]:
    """What ``names`` reads in the last sentence of ``lead`` (given its text and mentions)
    for which it reads anything."""
    for start, end in reversed(sentences(lead)):
        text = lead[start:end]
        found = names(text, mentions(text))
        if found:
            return found
    return frozenset()


# "the firm's", "the company": a reference to a company, not to a person.
_COMPANY_REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|startup|carmaker|automaker"
    r"|operator|chipmaker|manufacturer)\b",
    re.IGNORECASE,
)
_ROLE = (
    r"(?:chief\s+executive|ceo|chief\s+\w+\s+officer|co-?founder|founder|chairman|chairwoman"
    r"|president|spokes(?:man|woman|person)|director|executive|professor|analyst)"
)


def _a_person(name: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``name`` (case-folded) as a person by a role: "Its chief
    executive, Horace Luke,", "Horace Luke, Gogoro's cofounder"."""
    folded = re.escape(name).replace(r"\ ", r"\s+")
    return (
        re.search(
            rf"\b{_ROLE},?\s+{folded}\b|\b{folded},\s+(?:[\w’'-]+\s+){{0,2}}?{_ROLE}\b",
            sentence,
            re.IGNORECASE,
        )
        is not None
    )


def _placed_last(lead: str) -> frozenset[str]:
    """The territories of the last sentence of ``lead``, if it names only territories, each
    by its name (:func:`~factdb.facts.entities.named_by_name`)."""
    sentence = last_sentence(lead)
    m = mentions(sentence)
    return m.places & named_by_name(sentence) if not m.orgs and not m.opening else frozenset()


def _region_named(lead: str) -> frozenset[str]:
    """What the last sentence of ``lead`` naming some names, its opening capitals as well,
    known as a name or not ("Guangdong is still the largest single market")."""
    return _last_naming(
        lead, lambda _, m: m.orgs | m.places | ({m.opening.casefold()} if m.opening else set())
    )


def names_asked(rows: Sequence[Any], leads: Leads | None = None) -> tuple[set[str], set[str]]:
    """The words :func:`whom_of` looks up for the claims ``rows`` of one article: the names
    opening their sentences, the sentences of their ``leads`` and its title (among the known
    names), and the words of its title's names (among the known names case-folded). Its
    answers for them stay the same as long as those words' do (see
    :mod:`factdb.facts.stored`)."""
    if not rows:
        return set(), set()
    title = mentions(rows[0].title)
    said = [r.sentence for r in rows]
    if leads:
        for r in {(r.article_id, r.sentence_start): r for r in rows}.values():
            lead = leads.get((r.article_id, r.sentence_start), "")  # either kind
            if lead and mentions(r.sentence).refers_to_org:
                said.extend(lead[start:end] for start, end in sentences(lead))
    openings = {m.opening for m in [title, *map(mentions, said)] if m.opening}
    names = title.orgs | ({title.opening.casefold()} if title.opening else set())
    return openings, {w for name in names for w in name.split()}


# Whose "the mainland" is China's.
OFF_THE_MAINLAND = frozenset({"taiwan", "hong kong", "macao"})


def _islands(m: Mentions) -> frozenset[str]:
    """The islands among the territories ``m`` names."""
    return m.places & ISLANDS


def _island_of(said: Sequence[Mentions], at: int) -> frozenset[str]:
    """The island most of ``said`` name (of those named as often, the one named nearest
    before ``said[at]``, else after it)."""
    named = Counter(p for m in said for p in _islands(m))
    if not named:
        return frozenset()
    most = max(named.values())
    return _nearest(said, at, lambda m: {p for p in _islands(m) if named[p] == most})


def _nearest_place(said: Sequence[Mentions], at: int) -> frozenset[str]:
    """The territory named alone nearest before ``said[at]`` (else after it)."""
    return _nearest(said, at, attrgetter("places"))


def _nearest(
    said: Sequence[Mentions], at: int, fitting: Callable[[Mentions], Collection[str]]
) -> frozenset[str]:
    """The one territory ``fitting`` reads in the sentence of ``said`` nearest before
    ``said[at]`` (else after it) in which it reads exactly one."""
    for m in [*reversed(said[:at]), *said[at + 1 :]]:
        found = fitting(m)
        if len(found) == 1:
            return frozenset(found)
    return frozenset()


def clue(
    claim_id: int,
    article_id: int,
    sentence_start: int,
    dimension: str,
    sentence: str,
    offset: int,
    length: int,
    noun: str,
    whom: Whom,
    interval: Interval | None,
    date: str = "",
    others: Sequence[int] = (),
    stated: float | None = None,
    dated: bool = False,
    fresh: bool = False,
    converts: int | None = None,
    said_unit: str = "",
    disputed: bool = False,
    before: str = "",
    reached: bool = False,
) -> Clue:
    """The clue of the figure at ``sentence[offset:offset + length]`` counting ``noun``;
    ``others``: where the sentence's other figures start (each figure owns the words
    nearest to it; a word nearer another figure weighs :data:`OTHERS`); ``stated``: the value
    as stated (default: the interval's middle); ``dated``: ``date`` is the figure's own;
    ``converts``: the claim this figure is a conversion of; ``said_unit``: its unit as stated;
    ``disputed``: the sentence before sets it against another source's figure (its own
    sentence's saying so is read here); ``before``: the sentence before it in its paragraph,
    whose words a disputing figure takes at :data:`FURTHER` (what "our own count came to
    348" disputes is often named there); ``reached``: dated "by" its date."""
    words: dict[str, float] = {}
    end = offset + length
    tokens, change, disputes, two_sources = _read(sentence)
    disputes = disputes or disputed or (two_sources and bool(others))
    for key, at, stop in tokens:
        if offset <= at < end:
            # The figure's own words ("years", "exaflops") are its unit: the dimension says
            # most of that already.
            weight = FURTHER
        else:
            distance = offset - stop if at < offset else at - end
            weight = 1.0 if distance < NEAR else FURTHER
            for o in others:  # a plain loop: a generator costs more than the test
                if abs(at - o) < distance:
                    weight = OTHERS
                    break
        had = words.get(key)
        if had is None or weight > had:
            words[key] = weight
    noun = _CAMEL.sub(" ", noun)  # "GoStations" counts stations
    for word in _words(noun):
        if word not in STOPWORDS:
            words[term(word)] = 1.0
    for key, _, _ in _read(before)[0] if before else ():
        words.setdefault(key, FURTHER)
    # What is counted comes before where ("investors in the scheme", "packs in circulation").
    said = [w for w in _words(_WHERE.split(noun, 1)[0]) if w not in STOPWORDS]
    nouns = [term(w) for w in said]
    # "investors defrauded", "people killed": a participle after the counted noun says which
    counted = -2 if len(said) > 1 and _PARTICIPLE_AFTER.fullmatch(" ".join(said[-2:])) else -1
    head = MEASURED_BY_UNIT.get(dimension) or (
        nouns[counted] if nouns and not _named(said[counted], sentence) else ""
    )
    if said == ["people", "use"] or (
        head == "person"
        and (
            _PEOPLE_USE.match(sentence, end)
            or _USED_BY.search(sentence, max(0, offset - 40), offset)
        )
    ):
        # "700 million people now use its app", "an app used by 600 million", a noun read
        # with its verb: "450 million people use it"
        head = "user"
        words[head] = 1.0
    # "daily active users" are another count than "active users" (monthly, mostly); a share
    # of "daily energy use" is of energy use
    shares = dimension == PERCENT
    cadence = "" if shares else next((w for w in said[:counted] if w in CADENCES), "")
    if not (cadence or shares) and (per := _CADENCE_AFTER.match(sentence, end)):
        cadence = _CADENCE_OF[per.group(1).lower()]  # "750 million users a day"
    if (
        head
        and not cadence
        and dimension in FLOWS
        and "/" not in said_unit  # a price: "R19,400 per ounce" in the first half
        and _of_part_of_a_year(sentence, offset, end, others)
    ):
        cadence = PART_YEAR
    if head and cadence:
        head = f"{cadence} {head}"
    elif head and aimed_at(sentence, offset, end):
        head = f"{TARGET} {head}"
    return Clue(
        claim_id, article_id, sentence_start, change, dimension, Words(words),
        head,
        whom,
        interval,
        _middle(interval) if stated is None else stated,
        date,
        dated,
        fresh,
        converts,
        said_unit,
        disputes,
        dimension == COUNT and is_part(sentence, offset, end),
        instance_of(sentence, offset, end, others, noun, STOPWORDS),
        reached,
    )  # fmt: skip


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]{2,})")


def _named(word: str, sentence: str) -> bool:
    """Whether ``word`` is a name in ``sentence``: written there capitalised only, past its
    opening ("X", "TikTok"), a name a noun phrase was cut at, not what a figure counts."""
    found = [
        m.group()
        for m in re.finditer(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)
        if sentence[: m.start()].strip(OPENING_PUNCTUATION)
    ]
    return bool(found) and all(w[0].isupper() for w in found)


# Units that say what they measure: "720p" is a resolution whatever noun the sentence gives it
# ("720p in format", "rendered at 720p").
MEASURED_BY_UNIT = {"video_lines": "resolution", "video_frame_rate": "rate"}
UNIT_HEADS = frozenset(MEASURED_BY_UNIT.values())
_PEOPLE_USE = re.compile(r"\s+people\s+(?:who\s+)?(?:\w+\s+)?(?:use|used|using)\b", re.I)
_USED_BY = re.compile(
    r"\bused\s+(?:daily\s+|monthly\s+|regularly\s+)?by\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_PARTICIPLE_AFTER = re.compile(
    rf"(?:\w+s|people) (?:\w{{3,}}ed|cut|put|set|shut|hit|spread|{'|'.join(IRREGULAR)})"
    # what a thing is for: "a sweeping upgrade meant to let cars talk to the streets"
    r"|\w+ (?:meant|designed|intended|aimed|slated|scheduled|due)"
)
_WHERE = re.compile(r"\s+(?:in|at|on|across|around|under|within|throughout)\s+", re.IGNORECASE)


def is_part(sentence: str, start: int, end: int) -> bool:
    """Whether the count at ``sentence[start:end]`` counts part of a group: "6,200 of the
    parking spaces", "Of the 15,000 spaces promised, 11,300 were in service", "Shanghai alone
    hosts roughly 450,000 racks", "Guizhou … accounts for about 1 million racks", "a further
    3,000 bitcoins"."""
    return bool(
        _PART_OF.match(sentence, end)
        or _OF_THE_GROUP.match(sentence, 0, start)
        or _SHARE_BEFORE.search(sentence, 0, start)
        or _ADDED_BEFORE.search(sentence, 0, start)
    )


# A count added to another: "holding a further 3,000 or so seized bitcoins", "another 500".
_ADDED_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+(?:[a-z]+\s+)?[$€£¥]?$", re.I
)


# "6,200 of the parking spaces", "1,000 of its 12,500 stations"; not "1.4 million of its
# packs" (its 1.4 million packs); "10,000 fuel-cell vehicles for Beijing alone", "40,000:
# victims from Tianjin alone", "hosts around 900,000 racks on its own"
_PART_OF = re.compile(
    r"\s+of\s+(?:the|those|these)\b|\s+of\s+(?:its|their)\s+[\d$€£¥]"
    r"|:?\s+(?:[\w-]+\s+){0,4}?(?:for|in|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+alone\b"
    r"|\s+(?:[\w-]+\s+){0,4}?on\s+(?:its|their)\s+own\b"
)
_OF_THE_GROUP = re.compile(r"\W*Of\s+the\s+[\d,.]+\s[^,;]*,\s*$")
# A name's share of a larger count, just before the figure: "Guangdong province alone runs
# about 60 stations", "In Beijing alone, around 3,000 vehicles", "Guizhou, the province
# that …, accounts for about 1 million racks".
_SHARE_BEFORE = re.compile(
    r"\b(?!(?:That|This|It|These|Those|Which|Each)\b)[A-Z][\w’'-]*"
    r"(?:\s+(?:province|state|city|county|region|prefecture|district))?"
    r"\s+alone(?:\s+(?:[a-z]+\s+){1,4}|,\s+(?:[a-z]+\s+){0,3})$"
    r"|\b(?:accounts?|accounted|accounting)\s+for\s+(?:(?:about|around|roughly|some|nearly"
    r"|almost|over|more\s+than|just|only|another)\s+)?$"
)


@sent_as_fields
@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two claims are (or are not) the same figure: the score and each part in words."""

    score: float
    what: float  # the share of context in common, the part that must carry a match
    parts: tuple[str, ...]
    common: float = 0.0  # the weight of the shared words it was scored on
    both_named: bool = False  # each article names the other's subjects (see evidence)
    converted: bool = False  # one value is the other stated in another unit
    disputed: bool = False  # one is set against another source's figure, with another value
    alike: bool = False  # the same named subject, counting the same noun or one unnamed


class Rarity:
    """How rare each word is among the claims (inverse document frequency)."""

    def __init__(self, clues: Iterable[Clue]) -> None:
        clues = list(clues)
        n = len(clues)
        # Counted in one pass over every clue's words (Counter counts an iterable in C).
        df = Counter(chain.from_iterable(c.words for c in clues))
        named: dict[int, set[str]] = defaultdict(set)
        placed: dict[int, set[str]] = defaultdict(set)
        for c in clues:
            named[c.article_id].update(c.whom.orgs)
            placed[c.article_id].update(c.whom.places)
        # The companies and people each article names beside its figures, and the places.
        self.names = {article: frozenset(names) for article, names in named.items()}
        self.places = {article: frozenset(places) for article, places in placed.items()}
        self.weights = {w: math.log((n + 1) / (k + 1)) + 0.1 for w, k in df.items()}
        self.unseen = math.log(n + 1) + 0.1
        self._norms: dict[int, float] = {}

    def weight(self, word: str) -> float:
        """log(N / df), plus a little so a word every claim has still counts."""
        return self.weights.get(word, self.unseen)

    def norm(self, c: Clue) -> float:
        """The weight of a clue's words together."""
        found = self._norms.get(c.claim_id)
        if found is None:
            get, unseen = self.weights.get, self.unseen
            found = self._norms[c.claim_id] = sum(get(w, unseen) * x for w, x in c.words.items())
        return found

    def remember_norms(self, claim_ids: Iterable[int], norms: Iterable[float]) -> None:
        """Keep the norms of the claims ``claim_ids``, summed elsewhere in the same order."""
        self._norms.update(zip(claim_ids, norms, strict=True))


def evidence(
    a: Clue,
    b: Clue,
    rarity: Rarity,
    rate: Callable[[str, str], float | None],
    common: float | None = None,
    *,
    explain: bool = True,
) -> Evidence:
    """The evidence that ``a`` and ``b`` state the same figure (see the module's rules);
    ``rate(from, to)`` converts between the units of money; ``common``: the weight of their
    shared words, if known; ``explain``: put each part in words (else only the score)."""
    if common is None:
        common = sum(
            rarity.weight(w) * min(a.words[w], b.words[w]) for w in a.words.keys() & b.words.keys()
        )
    what = share_of(common, rarity.norm(a), rarity.norm(b))
    parts: list[str] = []
    if explain:
        weight, unseen = rarity.weights.get, rarity.unseen
        shared = set(a.words.terms).intersection(b.words.terms)
        top = heapq.nsmallest(4, shared, key=lambda w: (-weight(w, unseen), w))
        parts.append(f"what: {what:.0%} of the context in common ({', '.join(top) or 'no words'})")
    score = what
    if (
        a.head
        and b.head
        and a.head != b.head
        # One's noun said near the other figure ("stations served by 400"), not nearer
        # another figure of its sentence, may be what it counts in other words; but "daily
        # active users" are never the plain "active users" said near them.
        and (
            plain_head(a.head) == b.head
            or plain_head(b.head) == a.head
            or (b.words.get(a.head, 0.0) <= OTHERS and a.words.get(b.head, 0.0) <= OTHERS)
        )
        and not {a.head, b.head} & UNSCORED_NOUNS
        and not people_alike(a.head, b.head)
    ):
        score += OTHER_NOUN
        if explain:
            parts.append(f"what: counts {a.head!r} vs {b.head!r} ({OTHER_NOUN:+.2f})")
    if a.part != b.part:
        score += OTHER_NOUN
        if explain:
            parts.append(f"what: one counts part of a group, the other not ({OTHER_NOUN:+.2f})")
        part, whole = (a, b) if a.part else (b, a)
        if part.whom.orgs - whole.whom.orgs:
            # "Shanghai alone accounts for roughly 4,800 of the country's hydrogen vehicles":
            # the share of a city or company the whole does not name
            score += PART_NAMED
            if explain:
                named = ", ".join(sorted(part.whom.orgs - whole.whom.orgs))
                parts.append(f"whom: the part is {named!r}'s ({PART_NAMED:+.2f})")
    valued = _in_unit(a, b, rate)
    if other_instances(a.instance, b.instance):
        score += OTHER_INSTANCE
        if explain:
            parts.append(f"what: {a.instance!r} vs {b.instance!r} ({OTHER_INSTANCE:+.2f})")
    elif (
        a.head
        and b.head
        and qualified_by(a.head) != qualified_by(b.head)
        # (a target restated with its value is the target: "1,500 dark stores by March")
        and not (aimed(a.head) != aimed(b.head) and valued is not None and valued.same)
    ):
        # "the national plan calls for 50,000 fuel-cell vehicles" is not the 21,000 reached;
        # "400 million daily active users" are not the "600 million active users"
        score += OTHER_INSTANCE
        if explain:
            parts.append(f"what: {_other_count(a.head, b.head)} ({OTHER_INSTANCE:+.2f})")
    elif said := _people_vs_things(a, b):
        # "620,000 subscribers to its battery-swap service" are not its 1.4 million batteries
        score += OTHER_INSTANCE
        if explain:
            parts.append(f"what: {said} ({OTHER_INSTANCE:+.2f})")
    names = (rarity.names.get(a.article_id, _NONE), rarity.names.get(b.article_id, _NONE))
    homes = (rarity.places.get(a.article_id, _NONE), rarity.places.get(b.article_id, _NONE))
    whom, both = _whom(a.whom, b.whom, parts if explain else None, names, homes)
    score += whom
    same_noun = bool(a.head) and a.head == b.head and a.head not in UNSCORED_NOUNS
    alike = (same_noun or not (a.head and b.head)) and whom >= SAME_SUBJECT - 1e-9
    if whom >= 0 and same_noun:
        # The same noun counted, of no one else: a restatement more likely than a look-alike.
        score += SAME_NOUN
        if explain:
            parts.append(f"what: both count {a.head!r}, of no one else ({SAME_NOUN:+.2f})")
    converted = disputed = far = equal = False
    if a.interval is not None and b.interval is not None and valued is not None:
        factor, other, same = valued
        same_unit = b.interval.unit == a.interval.unit
        argued = (a.disputes or b.disputes) and _ratio(a.interval, other) <= DISPUTED_SPAN
        # Two caps state one limit each: "up to two minutes" is not "capped at five
        # seconds", though both allow five seconds.
        cap_a, cap_b = _cap(a.interval, a.stated), _cap(other, b.stated * factor)
        caps = cap_a and cap_b
        # A cap allows what is far below it, but states its limit: "up to two minutes"
        # does not agree with "10 seconds", a cap raised from five.
        agree = (
            not same
            and a.interval.overlaps(other)
            and not caps
            and not (cap_a != cap_b and _apart_by(a.stated, b.stated * factor) > FAR)
        )
        if same:
            equal = True
            converted = _units_differ(a, b)
            alike_to = same_unit and a.stated == b.stated and precise(a) and precise(b)
            bonus = VALUES_CONVERTED if converted else VALUES_PRECISE if alike_to else VALUES_EQUAL
            score += bonus
            said = (
                f"value: one is the other converted ({b.said_unit} to {a.said_unit})"
                if converted
                else f"value: the same, stated to {digits(a.stated)} significant digits"
                if alike_to
                else "value: the same after conversion"
            ) + f" (+{bonus:.2f})"
        elif agree:
            score += VALUES_AGREE
            said = f"value: both allow a common value (+{VALUES_AGREE:.2f})"
        elif _ratio(a.interval, other) <= CLOSE:
            score += VALUES_CLOSE
            said = f"value: within {CLOSE:g}x of each other (+{VALUES_CLOSE:.2f})"
        elif misprinted(a.stated, b.stated * factor) and not (
            a.head and b.head and a.head != b.head
        ):  # (of one thing: "14 million scooters" misprint no "1.4 million batteries")
            score += VALUES_CLOSE
            said = f"value: the same digits a power of ten apart (+{VALUES_CLOSE:.2f})"
        elif (
            apart := _apart_by(a.stated, b.stated * factor) if caps else _gap(a.interval, other)
        ) > FAR and not argued:
            far = True
            very = apart > VERY_FAR
            score += 2 * VALUES_FAR if very else VALUES_FAR
            said = (
                f"value: more than {VERY_FAR if very else FAR:g}x apart"
                f" ({(2 if very else 1) * VALUES_FAR:+.2f})"
            )
        else:
            said = ""
        if explain and said:
            parts.append(said)
        if far and (whom < 0 or a.part != b.part or unlike(a, b)):
            # Another subject, a part against a whole, or another noun, and values far
            # apart: a look-alike twice over ("Zorblat has 4,040 hydrogen refuelling
            # stations", China "more than 400"; "Guangdong province alone runs about 60";
            # Gogoro's "650,000 subscribers" and its 12,500 stations).
            score += VALUES_FAR
            if explain:
                whose = (
                    "of another subject"
                    if whom < 0
                    else "a part against a whole"
                    if a.part != b.part
                    else "of another noun"
                )
                parts.append(f"value: far apart, {whose} ({VALUES_FAR:+.2f})")
        # (values that agree are no figure set against the other: "three or five seconds"
        # in a sentence that argues is the "three or five seconds" before, not "five")
        disputed = argued and not same and not agree
        if disputed:
            score += DISPUTED
            if explain:
                parts.append(f"value: one set against another source's figure (+{DISPUTED:.2f})")
        if (a.fresh or b.fresh) and not same and not agree and not far:
            # "Kuaishou raised that cap to 10 seconds": a new value of a figure said before
            # (not one the other allows: "three seconds" is no new cap of "five seconds")
            score += CHANGED
            if explain:
                parts.append(f"value: one said as changed to a new value (+{CHANGED:.2f})")
    if explain and a.date and b.date:
        # Said, not scored: the checks tell a conflict (one period) from a timeline.
        if periods_match(
            a.date, a.dated, b.date, b.dated, a_fresh=a.fresh, b_fresh=b.fresh,
            a_disputes=a.disputes, b_disputes=b.disputes, event=a.dimension in EVENT_MEASURES,
            reached=a.reached or b.reached,
        ):  # fmt: skip
            parts.append(f"when: {a.date} and {b.date} count as one period")
        else:
            parts.append(f"when: {a.date} vs {b.date}, other periods: a timeline")
    # Two subjects each named in both articles are no evidence against a match, but values
    # far apart leave them two facts ("Kymco's Ionex runs 3,000 stations", Gogoro 12,500).
    # One value of a measure its unit names ("720p", "30fps"): what a short sentence adds
    # in words is little, the unit says what is measured.
    # So is one value of a measure no other figure shares ("230 EFLOPS": computing power),
    # one of them unnamed.
    alike = alike or (
        equal
        and whom >= 0
        and (
            (same_noun and a.head in UNIT_HEADS)
            or ((same_noun or not (a.head and b.head)) and of_a_measure(a.dimension))
        )
    )
    return Evidence(score, what, tuple(parts), common, both and not far, converted, disputed, alike)


_NONE: frozenset[str] = frozenset()


# Dimensions many kinds of figure share; any other names what it measures ("compute").
SHARED_DIMENSIONS = frozenset({COUNT, MONEY, PERCENT, "time", "length"})


def of_a_measure(dimension: str) -> bool:
    """Whether ``dimension`` names what its figures measure ("compute": EFLOPS), not a
    dimension many kinds of figure share (counts, sums, shares, times, lengths)."""
    return dimension not in SHARED_DIMENSIONS and not dimension.startswith(VAGUE)


_PEOPLE = frozenset(term(w) for w in PEOPLE)  # as a clue's head is folded ("undergraduat")
_EITHER = frozenset(term(w) for w in PEOPLE_OR_EVENTS)
PERSON = term("people")


def counts_of(c: Clue) -> str:
    """What a count's noun counts: "people" (:data:`~factdb.facts.noun_keys.PEOPLE`) or
    "things" (none that may count people: no agent's ending); "" for another figure, a count
    of no noun or of a noun that says nothing, or one that may count either."""
    head = plain_head(c.head)
    if (
        c.dimension != COUNT
        or not head
        or head in UNSCORED_NOUNS
        or head in GATHERING
        or head in _EITHER
    ):
        return ""
    return "people" if head in _PEOPLE else "" if head.endswith(PERSON_ENDINGS) else "things"


def of_people(head: str) -> bool:
    """Whether a counted noun counts people, or what happens to people ("death", "case")."""
    head = plain_head(head)
    return head in _PEOPLE or head in _EITHER


def people_alike(a: str, b: str) -> bool:
    """Whether one counted noun is plain "people" and the other counts people or what
    happens to them: "1,705 people died" and "1,705 deaths" count alike."""
    return (a == PERSON and of_people(b)) or (b == PERSON and of_people(a))


def _people_vs_things(a: Clue, b: Clue) -> str:
    """ "a count of people vs one of things" (or the other way) when one counts each (see
    :func:`counts_of`), else ""."""
    of_a, of_b = counts_of(a), counts_of(b)
    return f"a count of {of_a} vs one of {of_b}" if of_a and of_b and of_a != of_b else ""


def unlike(a: Clue, b: Clue) -> bool:
    """Whether ``a`` and ``b`` count nouns neither of which is the other's with a cadence or a
    target ("subscriber" and "station"; not "daily user" and "user"), nor people against
    what counts people (:func:`people_alike`)."""
    return bool(
        a.head
        and b.head
        and a.head != b.head
        and plain_head(a.head) != b.head
        and plain_head(b.head) != a.head
        and not {a.head, b.head} & UNSCORED_NOUNS
        and not people_alike(a.head, b.head)
    )


def share_of(common: float, own_a: float, own_b: float) -> float:
    """The share of two contexts' words (weights ``own_a``, ``own_b``) their shared words
    (``common``) make: the geometric mean of the cosine and of the shorter one's share."""
    scale = math.sqrt(math.sqrt(own_a * own_b) * min(own_a, own_b))
    return common / scale if scale else 0.0


@lru_cache(maxsize=1 << 16)  # asked for the same few subjects pair after pair
def _same_name(xs: frozenset[str], ys: frozenset[str]) -> str:
    """A name of ``xs`` that is one of ``ys`` or part of it ("qian" in "qian zhimin"), or ""."""
    common = xs & ys
    if common:
        return min(common)
    others = _split(ys)
    for x, many, _, words, initials in _split(xs):
        for y, _, spaced, other, its_initials in others:
            if (many or spaced) and (words <= other or other <= words):
                return x
            if x == its_initials or y == initials:
                return x  # "miit", the Ministry of Industry and Information Technology
    return ""


_CONNECTORS = frozenset({"of", "for", "and", "the", "&"})


@lru_cache(maxsize=1 << 16)
def _split(names: frozenset[str]) -> tuple[tuple[str, bool, bool, frozenset[str], str], ...]:
    """Each name (in set order), whether it has several words, whether it has a space, its
    words (a possessive's without its "'s"), and its initials if it has three words or more
    ("" if not)."""
    return tuple(
        (n, len(n.split()) > 1, " " in n, frozenset(map(unpossessed, n.split())), initials(n))
        for n in names
    )


def unpossessed(word: str) -> str:
    """A name's word without its possessive: "luma" of "luma's dream machine"."""
    return word.removesuffix("'s").removesuffix("’s")


def initials(name: str) -> str:
    """The initials of a name of three words or more, but "of", "and"…: "miit" for
    "ministry of industry and information technology"; "" for a shorter name."""
    letters = [w[0] for w in name.split() if w not in _CONNECTORS]
    return "".join(letters) if len(letters) >= 3 else ""


def _whom(
    a: Whom,
    b: Whom,
    parts: list[str] | None,
    names: tuple[frozenset[str], frozenset[str]],
    homes: tuple[frozenset[str], frozenset[str]],
) -> tuple[float, bool]:
    """The whom part of :func:`evidence`, its reasons appended to ``parts`` (if given), and
    whether two different subjects are each named in both articles (``names``: the names
    of each claim's article; ``homes``: the places of each claim's article)."""
    score = 0.0
    both_named = False
    if a.orgs and b.orgs:
        same = _same_name(a.orgs, b.orgs)
        # Each article also names the other's subject: they are about both (Kling and its
        # maker Kuaishou), so two different subjects are no evidence against the match.
        both_named = (
            not same
            and not (a.beside or b.beside)
            and bool(_same_name(a.orgs, names[1]) and _same_name(b.orgs, names[0]))
        )
        if same:
            score += SAME_SUBJECT
            if parts is not None:
                parts.append(f"whom: both about {same!r} ({SAME_SUBJECT:+.2f})")
        elif both_named:
            if parts is not None:
                parts.append(
                    f"whom: {', '.join(sorted(a.orgs))!r} vs {', '.join(sorted(b.orgs))!r},"
                    " each named in both articles (not scored)"
                )
        else:
            weight = OTHER_CARRIED if a.carried or b.carried else OTHER_SUBJECT
            score += weight
            if parts is not None:
                told = " (one named in an earlier sentence)" if a.carried or b.carried else ""
                parts.append(
                    f"whom: {', '.join(sorted(a.orgs))!r} vs {', '.join(sorted(b.orgs))!r}"
                    f"{told} ({weight:+.2f})"
                )
    elif a.orgs or b.orgs:
        # "Tesla's share" against "Chinese brands' share": a company against a place the
        # company's article does not name (Gogoro's three seconds are of Taiwan's grid in an
        # article about Gogoro in Taiwan; Wuhan's parking spots of China).
        named, other = (a, b) if a.orgs else (b, a)
        home = named.places | (homes[0] if a.orgs else homes[1])
        # Not when they share a territory too: the place one is about it as well.
        if other.places and other.places.isdisjoint(home) and not (a.carried or b.carried):
            score += ORG_VS_PLACE
            if parts is not None:
                places = ", ".join(sorted(other.places))
                parts.append(
                    f"whom: {', '.join(sorted(named.orgs))!r} vs {places!r} ({ORG_VS_PLACE:+.2f})"
                )
    if a.places and b.places:
        # "in Norway, Chinese brands" against "Chinese brands in the EU": a territory in
        # common, but each names one the other does not.
        if a.places & b.places and not (a.places - b.places and b.places - a.places):
            score += SAME_PLACE
            if parts is not None:
                place = sorted(a.places & b.places)[0]
                parts.append(f"whom: both in {place!r} ({SAME_PLACE:+.2f})")
        else:
            score += OTHER_PLACE
            if parts is not None:
                parts.append(
                    f"whom: {', '.join(sorted(a.places))!r} vs {', '.join(sorted(b.places))!r}"
                    f" ({OTHER_PLACE:+.2f})"
                )
    return score, both_named


class _InUnit(NamedTuple):
    """A clue's value in another's unit (:func:`_in_unit`)."""

    factor: float  # to the other's unit
    interval: Interval  # in the other's unit
    same: bool  # the same value as the other's (:func:`_same_value`)


def _in_unit(a: Clue, b: Clue, rate: Callable[[str, str], float | None]) -> _InUnit | None:
    """``b``'s value in ``a``'s unit at ``rate``, and whether it is ``a``'s; None if either
    states none or the rate is unknown."""
    if a.interval is None or b.interval is None:
        return None
    same_unit = b.interval.unit == a.interval.unit
    factor = 1.0 if same_unit else rate(b.interval.unit, a.interval.unit)
    if factor is None:
        return None
    other = b.interval if same_unit else b.interval.scaled(factor, a.interval.unit)
    same = _same_value(
        a.interval, a.stated, other, b.stated * factor, EQUAL if same_unit else EQUAL_CONVERTED
    )
    return _InUnit(factor, other, same)


def digits(value: float) -> int:
    """How many significant digits ``value`` has (``43_300e7``: 3)."""
    mantissa = f"{abs(value):.12g}".split("e")[0].replace(".", "")
    return len(mantissa.strip("0"))


def precise(c: Clue) -> bool:
    """Whether ``c``'s value is stated to :data:`PRECISE_DIGITS` significant digits or more
    in the unit it is compared in (a count, a sum of one currency, a share: not "25 miles",
    compared as 40,233.6 meters)."""
    return (
        c.interval is not None
        and c.said_unit in ("", c.interval.unit)
        and digits(c.stated) >= PRECISE_DIGITS
    )


def _of_part_of_a_year(sentence: str, offset: int, end: int, others: Sequence[int]) -> bool:
    """Whether the figure at ``offset:end`` is said of a part of a year
    (:data:`_PART_OF_A_YEAR`) within :data:`REACH` characters of it, nearer it than the
    sentence's other figures (which start at ``others``); "in the same period" when the
    sentence says of what part of a year."""
    said = [
        found
        for found in _PART_OF_A_YEAR.finditer(sentence)
        if not _STOCK_AT.search(sentence, 0, found.start())
    ]
    for found in said:
        start, stop = found.span()
        gap = start - end if start >= end else offset - stop
        if not 0 <= gap <= REACH or (found.group(1) and len(said) == 1):
            continue
        # (a figure inside the words is their own: "in the first three months")
        nearest = min(
            (o - stop if o >= stop else start - o for o in others if not start - 8 <= o < stop),
            default=REACH + 1,
        )
        if gap <= nearest:
            return True
    return False


def _middle(i: Interval | None) -> float:
    return 0.0 if i is None else (i.low + i.high) / 2


def _same_value(a: Interval, x: float, b: Interval, y: float, equal: float = EQUAL) -> bool:
    """Whether the stated values ``x`` and ``y`` are the same figure: each allowed by the
    other's wording ("over 600 million" and "600 million"; "about 5 km" and "three miles"),
    or within ``equal`` of each other."""
    return abs(x - y) <= equal * max(abs(x), abs(y)) or (
        a.low <= y <= a.high and b.low <= x <= b.high
    )


def _apart_by(x: float, y: float) -> float:
    """How many times the larger of two stated values is the smaller ("capped at five
    seconds" and "10 seconds": 2, though the cap allows anything from zero)."""
    low, high = sorted((abs(x), abs(y)))
    return high / low if low else math.inf


def misprinted(x: Any, y: Any) -> Any:
    """Whether stated values (floats or arrays of them) have the same digits a power of ten
    apart, up to :data:`MISPRINT` ("12,800" and "128,000"), two significant digits at least:
    "2" and "20" are as often two figures as one misprinted."""
    small, large = np.minimum(np.abs(x), np.abs(y)), np.maximum(np.abs(x), np.abs(y))
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = large / small
        power = 10.0 ** np.round(np.log10(ratio))
        mantissa = small / 10.0 ** np.floor(np.log10(small))
        return (
            (small > 0)
            & (power >= 10)
            & (power <= MISPRINT)
            & (np.abs(ratio / power - 1) <= 1e-6)  # the digits, not a number near them
            & (np.abs(mantissa - np.round(mantissa)) > EQUAL * mantissa)
        )


def _cap(i: Interval, stated: float) -> bool:
    """Whether a figure is a cap: "up to two minutes" allows all from zero to what it states."""
    return i.low <= 0 < stated == i.high


def _gap(a: Interval, b: Interval) -> float:
    """How many times the higher of two intervals that do not overlap starts above where
    the lower ends ("13%" and "1% to 5%": 2.6, not 13 times the 1% the range opens on)."""
    low, high = sorted((a, b), key=lambda i: i.low)
    return _apart_by(high.low, low.high)


def _ratio(a: Interval, b: Interval) -> float:
    return _apart_by(abs(a.high) + abs(a.low), abs(b.high) + abs(b.low))


# A value as stated, with its unit and the middle of what it allows ("between 1 and 5
# percent": 3, not 1, against "about 12%" said beside it)
Said = tuple[str, float, float]


class _Union:
    """Claims joined into facts; a fact never takes two values of one sentence, nor (by a
    match) two territories, or two companies, that no claim of it names together, nor values
    spanning more than :data:`SPAN` times."""

    def __init__(self, clues: Sequence[Clue]) -> None:
        self.parent: dict[int, int] = {}
        # A change sentence's figures may share a fact ("540, up from 400"), unless they are
        # too far apart to be one count changed ("had grown to 28,000 vehicles and the number
        # of stations to about 540"); one figure said twice may ("600 million. Kuaishou … has
        # more than 600 million active users"), so each sentence is recorded with its value
        # and unit (values in two currencies are one sum converted: "17 billion yuan, roughly
        # $2.3 billion or €2.1 billion").
        self.sentence: dict[int, tuple[int, int, Said]] = {
            c.claim_id: (
                c.article_id,
                c.sentence,
                (c.interval.unit if c.interval else "", c.stated, _middle(c.interval)),
            )
            for c in clues
        }
        # (and one whose figures are of two dates: "over 600 million active users when the
        # model launched, and it reported 714 million monthly users for the third quarter")
        dates: dict[tuple[int, int], set[str]] = defaultdict(set)
        for c in clues:
            dates[c.article_id, c.sentence].add(c.date)
        self.changes = {(c.article_id, c.sentence) for c in clues if c.change} | {
            at for at, said in dates.items() if len(said) > 1
        }
        # The sentences of each fact joined from several claims, with the value it states in
        # each, by its root (a dict each claim's own would weigh four times its sentence).
        self.sentences: dict[int, dict[tuple[int, int], Said]] = {}
        self.whom: dict[int, tuple[frozenset[str], frozenset[str]]] = {
            c.claim_id: (frozenset() if c.whom.carried else c.whom.orgs, c.whom.places)
            for c in clues
        }
        # Within one article a name carried from an earlier sentence ("The city has
        # budgeted …" after "Wuhan is the boldest") is as sure as one named.
        self.carried: dict[int, frozenset[str]] = {
            c.claim_id: c.whom.orgs for c in clues if c.whom.carried and c.whom.orgs
        }
        # An event's year, said by its own figure: another year's quake is another quake,
        # not a later figure of the same one.
        self.years: dict[int, str] = {
            c.claim_id: c.date[:4] for c in clues if c.dimension in PLACE_ONLY and c.dated
        }
        # The least and greatest value each fact states, by unit: matches chained through
        # sentences naming several figures must not join 500 sites, 12,500 stations and
        # 1.4 million batteries into one fact. A lone claim's is its own value (a tuple each,
        # not a dict: at 281,000 claims the difference is some 70 MB).
        self.value: dict[int, tuple[str, float]] = {
            c.claim_id: said for c in clues if (said := _stated(c)) is not None
        }
        self.spans: dict[int, dict[str, tuple[float, float]]] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def _sentences(self, root: int) -> dict[tuple[int, int], Said]:
        """The sentences of the fact rooted at ``root``, with the value it states in each."""
        found = self.sentences.get(root)
        if found is None:
            own = self.sentence.get(root)
            found = {} if own is None else {own[:2]: own[2]}
        return found

    def join(self, a: int, b: int, *, by_name: bool = True, one_article: bool = False) -> bool:
        """Join the facts of ``a`` and ``b``, not when they are about other territories, or
        (if ``by_name``) other companies ("15,000 spaces … 8,000 spaces" in Wuhan and
        Shenzhen), or their values would span too wide ("61,000 bitcoins" and the "150" police
        recovered from another man), nor when they state other values in one sentence ("30 cm
        by 36 cm", even keyed alike in one article: ``one_article``). Whether they are one
        fact now."""
        found_a, found_b = self.find(a), self.find(b)
        ra, rb = sorted((found_a, found_b))  # the earliest claim stays the root
        if ra == rb:
            return True
        mine, theirs = self._sentences(ra), self._sentences(rb)
        (orgs, places), (other_orgs, other_places) = (
            self.whom.get(ra, _NO_ONE),
            self.whom.get(rb, _NO_ONE),
        )
        if one_article:
            first, second = (a, b) if found_a == ra else (b, a)
            orgs = orgs or self.carried.get(first, orgs)
            other_orgs = other_orgs or self.carried.get(second, other_orgs)
        if (
            _other_figure_of_a_sentence(mine, theirs, self.changes)
            or (
                by_name
                and orgs
                and other_orgs
                # A name in common is the same name (min(common) is "" only if "" is one).
                and (orgs.isdisjoint(other_orgs) or "" in orgs)
                and not _same_name(orgs, other_orgs)
            )
            or (places and other_places and places.isdisjoint(other_places))
            or (ra in self.years and rb in self.years and self.years[ra] != self.years[rb])
            # (one article's figures of a noun keyed alike: "the largest seizure before was
            # about a thousand coins" is no count of the 61,000 coins)
            or _too_wide(self._span(ra), self._span(rb), ONE_ARTICLE_SPAN if one_article else SPAN)
        ):
            return False
        self.parent[rb] = ra
        self.sentences[ra] = mine | theirs if len(mine) > len(theirs) else theirs | mine
        self.sentences.pop(rb, None)
        self.whom[ra] = (orgs | other_orgs, places | other_places)
        self.whom.pop(rb, None)
        if rb in self.years:
            self.years.setdefault(ra, self.years.pop(rb))
        span, theirs_span = self._span(ra), self._span(rb)
        if theirs_span:
            span = dict(span)
            for unit, (low, high) in theirs_span.items():
                own = span.get(unit, (low, high))
                span[unit] = min(own[0], low), max(own[1], high)
        if span:
            self.spans[ra] = span
        self.spans.pop(rb, None)
        return True

    def _span(self, root: int) -> dict[str, tuple[float, float]]:
        """The least and greatest value the fact rooted at ``root`` states, by unit."""
        found = self.spans.get(root)
        if found is None:
            own = self.value.get(root)
            found = _NO_SPAN if own is None else {own[0]: (abs(own[1]), abs(own[1]))}
        return found


_NO_ONE: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def _other_figure_of_a_sentence(
    mine: dict[tuple[int, int], Said],
    theirs: dict[tuple[int, int], Said],
    changes: Container[tuple[int, int]],
) -> bool:
    """Whether two facts state other values in one unit in a sentence of both: in a sentence
    stating a change (``changes``), values more than :data:`CHANGE_SPAN` times apart."""
    small, large = sorted((mine, theirs), key=len)
    return any(
        at in large
        and large[at][0] == said[0]
        and large[at][1] != said[1]
        and (at not in changes or _apart_by(large[at][2], said[2]) > CHANGE_SPAN)
        for at, said in small.items()
    )


_NO_SPAN: dict[str, tuple[float, float]] = {}


def _too_wide(
    a: dict[str, tuple[float, float]], b: dict[str, tuple[float, float]], span: float = SPAN
) -> bool:
    """Whether two facts' values in a unit of both would together span more than ``span``
    times."""
    for unit in a.keys() & b.keys():
        (low_a, high_a), (low_b, high_b) = a[unit], b[unit]
        if max(high_a, high_b) > span * min(low_a, low_b):
            return True
    return False


def best_matches(
    clues: Sequence[Clue], rate: Callable[[str, str], float | None], rarity: Rarity | None = None
) -> dict[int, list[tuple[int, Evidence]]]:
    """Each claim's best :data:`MATCHES` matches in other articles scoring at least
    :data:`THRESHOLD`, best first (a later one is tried when an earlier one's fact cannot
    take the claim); their evidence is the score alone (see :func:`evidence`). Candidates
    are scored in bulk (:mod:`factdb.facts.bulk`), in parts over the machine's cores
    (:mod:`factdb.facts.shards`): :func:`matches_of` gives them as arrays."""
    found: dict[int, list[tuple[int, Evidence]]] = {}
    m = matches_of(clues, rate, rarity)
    for i, j, *numbers in zip(*(x.tolist() for x in m), strict=True):
        score, what, common, *flags = numbers
        e = Evidence(score, what, (), common, *flags)
        found.setdefault(clues[i].claim_id, []).append((clues[j].claim_id, e))
    return found


def matches_of(
    clues: Sequence[Clue], rate: Callable[[str, str], float | None], rarity: Rarity | None = None
) -> bulk.Matches:
    """:func:`best_matches` as arrays (:class:`~factdb.facts.bulk.Matches`)."""
    rarity = rarity or Rarity(clues)
    if not clues:
        return bulk.joined([])
    ranked = Candidates(
        clues, rarity.weight, limit=CANDIDATES, max_posting=MAX_POSTING, floor=FLOOR
    )
    matchable = np.flatnonzero(ranked.matchable)
    rarity.remember_norms(
        [clues[i].claim_id for i in matchable.tolist()], ranked.postings.norms[matchable].tolist()
    )
    scorer = bulk.Scorer(clues, ranked, rarity, rate)

    def work(part: int, parts: int) -> tuple[list[bulk.Matches]]:
        return ([bulk.best_of(batch, scorer) for batch in ranked.batches(part, parts)],)

    return bulk.joined([m for (part,) in in_shards(work, shard_count(len(clues))) for m in part])


def least_what(e: Evidence) -> float:
    """The least share of context in common a match with evidence ``e`` needs."""
    if e.converted:
        return MIN_WHAT_CONVERTED
    if e.disputed:
        return MIN_WHAT_DISPUTED
    return MIN_WHAT_ALIKE if e.alike else MIN_WHAT


def _units_differ(a: Clue, b: Clue) -> bool:
    """Whether both figures state a unit and not the same one ("mile" and "kilometer")."""
    return bool(a.said_unit and b.said_unit) and a.said_unit != b.said_unit


def _least(good: list[tuple[int, Evidence]]) -> float:
    """The score a match must beat to enter the best :data:`MATCHES` of ``good``."""
    return sorted([e.score for _, e in good])[-MATCHES]


def matched_keys(
    keys: dict[int, str], clues: Sequence[Clue], rate: Callable[[str, str], float | None]
) -> tuple[dict[int, str], Encoded]:
    """Each claim's key after matching: claims sharing a key or matched across articles
    form one fact (strongest matches first; never two figures of one sentence, nor two
    companies or territories), keyed by its earliest claim's key; and, for each claim that
    joined by a match, the evidence in words."""
    rarity = Rarity(clues)
    # A conversion ("17 billion RMB ($2.3 billion)") is matched for the claim it converts.
    main = {c.claim_id: c.converts for c in clues if c.converts is not None}
    claim_ids = np.array([c.claim_id for c in clues], dtype=np.int64)
    target = np.array([main.get(c.claim_id, c.claim_id) for c in clues], dtype=np.int64)
    keyed_clue = np.array([t in keys for t in target.tolist()], dtype=bool)
    # Scored before the facts are joined: the candidate index is then the largest thing held.
    found = matches_of(clues, rate, rarity)
    kept = np.flatnonzero(keyed_clue[found.a] & keyed_clue[found.b])
    # Strongest first, ties in the order found (a stable sort, as of the pairs in a list);
    # but a figure restated with the value it had goes before any match of another value (the
    # follow-up's "some 24,000 parcel lockers" joins the report's "about 24,000", not the
    # stronger match of the "9,000 new lockers" of its sentence, which it then cannot join).
    said = _said(clues)
    restated = (said[found.a[kept]] == said[found.b[kept]]) & (said[found.a[kept]] >= 0)
    pairs = kept[np.lexsort((-found.score[kept], ~restated))]
    union = _Union(clues)
    # A key joins its claims of one article before matching (unless they are about other
    # companies or territories: Wuhan's and Shenzhen's parking spaces); across articles the matches
    # decide first, so that a claim keyed like another article's claim ("prison" in China:
    # another person's term) can join the fact its evidence points to. Claims still keyed
    # alike after matching are one fact all the same. A count of part of a group is keyed
    # apart from the whole's ("4,000 of the vehicles" beside "28,000 vehicles").
    article = {c.claim_id: c.article_id for c in clues}
    part = {c.claim_id for c in clues if c.part}
    first: dict[tuple[int | None, str, bool], int] = {}
    for claim_id in sorted(keys):
        keyed_in = article.get(claim_id), keys[claim_id], claim_id in part
        union.join(first.setdefault(keyed_in, claim_id), claim_id, one_article=True)
    del article, first
    joined: dict[int, tuple[int, int, float]] = {}  # the first match each claim joined by
    for x, y in _changed_pairs(clues, keys):
        union.join(x, y, one_article=True)
    for x, y, common in _restated(clues, keys, rarity, rate):
        if union.join(x, y, one_article=True):
            joined.setdefault(y, (y, x, common))
    # A figure set against another source's joins the figure its own article sets it against
    # ("17 billion yuan … Not every account agrees: a plan worth 12 billion yuan") before
    # any match of it to another value that its bonuses carry, not its words: those are
    # tried after, for the claims that join left alone, and then what they matched may take
    # figures set against it in turn.
    carried = _weak_disputed(clues, found, pairs)
    _join_matches(union, found, pairs[~carried], claim_ids, target, joined, set())
    set_against = _join_set_against(union, clues, keys, rarity, rate)
    _join_matches(union, found, pairs[carried], claim_ids, target, joined, set_against.keys())
    set_against.update(_join_set_against(union, clues, keys, rarity, rate))
    named = _named_apart(union, keys)
    keyed: dict[int, str] = {}
    for claim_id in keys:
        root = union.find(claim_id)
        key = named.get(root) or keys[root]
        keyed[claim_id] = part_key(key) if root in part else key
    # Freed before the wording, which would otherwise hold as much again beside them.
    del found, pairs, union
    explained = _explained(joined, clues, rarity, rate)
    explained.texts.update((i, text.encode()) for i, text in set_against.items())
    return keyed, explained


def _stated(c: Clue) -> tuple[str, float] | None:
    """A clue's value as stated, with its unit; None if it states none, or one too rough to
    bound a fact's values or to be restated ("in the low hundreds")."""
    if c.interval is None or not c.stated or c.dimension.startswith(VAGUE):
        return None
    return c.interval.unit, c.stated


def _said(clues: Sequence[Clue]) -> np.ndarray:
    """Each clue's :func:`_stated` value as a number (two clues stating one value have the
    same), or -1 for a clue that states none."""
    ids: dict[tuple[str, float], int] = {}
    return np.array(
        [-1 if (said := _stated(c)) is None else ids.setdefault(said, len(ids)) for c in clues],
        dtype=np.int64,
    )


def _changed_pairs(clues: Sequence[Clue], keys: Container[int]) -> Iterator[tuple[int, int]]:
    """The two figures of a sentence stating a change, of one dimension and counting one
    thing (or one of them nothing named), where the sentence has no other of that dimension:
    one figure at two times, or by two sources ("The hoard, valued at nearly $4 billion when
    her case first drew attention, is now worth more than £5 billion"), whatever words each
    takes."""
    said: dict[tuple[int, int, str], list[Clue]] = defaultdict(list)
    for c in clues:
        if c.change and c.converts is None and c.claim_id in keys:
            said[c.article_id, c.sentence, c.dimension].append(c)
    for pair in said.values():
        heads = {c.head for c in pair} - {""}
        if len(pair) == 2 and len(heads) == 1:
            yield pair[0].claim_id, pair[1].claim_id


def _restated(
    clues: Sequence[Clue],
    keys: Container[int],
    rarity: Rarity,
    rate: Callable[[str, str], float | None],
) -> Iterator[tuple[int, int, float]]:
    """Figures of one article that state the same value of one dimension in two sentences
    with evidence of :data:`RESTATED` or more: one figure said again (each pair with the weight
    of their shared words, the earlier claim first). A vague figure ("decades") is too rough
    to be known as one; one set beside another's ("Luma's Dream Machine also makes 5-second
    clips") is another's value."""
    said: dict[tuple[int, str, str, float], list[Clue]] = defaultdict(list)
    for c in clues:
        if (
            c.interval is not None
            and c.converts is None
            and c.claim_id in keys
            and not c.dimension.startswith(VAGUE)
            and not c.whom.beside
        ):
            said[c.article_id, c.dimension, c.interval.unit, c.stated].append(c)
    for same in said.values():
        for n, a in enumerate(same):
            for b in same[n + 1 :]:
                if a.sentence == b.sentence:
                    continue
                e = evidence(a, b, rarity, rate, explain=False)
                if e.score >= RESTATED and e.what >= least_what(e):
                    yield a.claim_id, b.claim_id, e.common


_JOINED = 1 << 16  # matches made Python numbers at a time, as they are joined


def _weak_disputed(clues: Sequence[Clue], found: bulk.Matches, pairs: np.ndarray) -> np.ndarray:
    """Which matches ``pairs`` (indexes of ``found``) are of a figure set against another
    source's, to another value ("720p" is the same as stated), scoring less than
    :data:`THRESHOLD` and :data:`DISPUTED` together or sharing less context than
    :data:`MIN_WHAT` (bonuses carry them, not their words)."""
    disputes = np.array([c.disputes for c in clues], dtype=bool)
    a, b = found.a[pairs], found.b[pairs]
    weak = (disputes[a] | disputes[b]) & (
        (found.score[pairs] < THRESHOLD + DISPUTED) | (found.what[pairs] < MIN_WHAT)
    )
    for n in np.flatnonzero(weak).tolist():
        x, y = clues[a[n]], clues[b[n]]
        if x.interval and y.interval and (x.interval.unit, x.stated) == (y.interval.unit, y.stated):
            weak[n] = False
    return weak


def _join_matches(
    union: _Union,
    found: bulk.Matches,
    pairs: np.ndarray,
    claim_ids: np.ndarray,
    target: np.ndarray,
    joined: dict[int, tuple[int, int, float]],
    skip: Container[int],
) -> None:
    """Join the matches ``pairs`` (indexes of ``found``, in order) of claims not in ``skip``,
    recording in ``joined`` the first match each claim joined by."""
    for start in range(0, len(pairs), _JOINED):
        at = pairs[start : start + _JOINED]
        a, b = found.a[at], found.b[at]
        for claim_id, other, mine, theirs, both_named, common in zip(
            claim_ids[a].tolist(), claim_ids[b].tolist(), target[a].tolist(),
            target[b].tolist(), found.both_named[at].tolist(), found.common[at].tolist(),
            strict=True,
        ):  # fmt: skip
            if claim_id in skip or other in skip:
                continue
            if union.join(mine, theirs, by_name=not both_named) and mine not in joined:
                joined[mine] = claim_id, other, common


def _named_apart(union: _Union, keys: dict[int, str]) -> dict[int, str]:
    """The key of each fact keyed like an earlier one but about another company, which its
    key does not name ("Hellobike … runs about 5,000 hydrogen bikes of its own" beside
    Youon's "thousands of hydrogen bikes", both keyed "hydrogen bike, count" with no subject):
    the key with that company as its subject, so that the two stay the facts their matches
    made rather than one by their keys."""
    first: dict[str, frozenset[str]] = {}
    found: dict[int, str] = {}
    for root in sorted({union.find(claim_id) for claim_id in keys}):
        key = keys[root]
        orgs = union.whom.get(root, _NO_ONE)[0] or union.carried.get(root, _NONE)
        theirs = first.setdefault(key, orgs)
        noun, _, rest = key.partition(KEY_SEPARATOR)
        dimension, _, subject = rest.partition(KEY_SEPARATOR)
        if (
            theirs is not orgs
            and orgs
            and theirs
            and orgs.isdisjoint(theirs)
            and not _same_name(orgs, theirs)
            and noun
            and not subject
        ):
            name = " ".join(word[:1].upper() + word[1:] for word in min(orgs).split())
            found[root] = fact_key(noun, dimension, name)
    return found


def _join_set_against(
    union: _Union,
    clues: Sequence[Clue],
    keys: dict[int, str],
    rarity: Rarity,
    rate: Callable[[str, str], float | None],
) -> dict[int, str]:
    """Join each figure set against another source's ("The article said the stations reacted
    within ten seconds."), still of its own article alone, to the fact of a figure of its
    article within :data:`NEIGHBOUR` characters (of another sentence, or of its own if it
    names one figure by two sources) of its dimension, naming everyone and everywhere it names,
    and matched with another article's ("According to the company, they stopped drawing power
    in three seconds."): a correction names the figure it corrects near it. The one counting
    what it counts first, then the one sharing most of its context, then the nearest
    (:func:`_corrected`). The joins, in words, by claim joined."""
    order = sorted(
        (c for c in clues if c.claim_id in keys and c.interval is not None),
        key=lambda c: (c.article_id, c.sentence),
    )
    articles: dict[int, set[int]] = defaultdict(set)  # each fact's articles, by root
    for c in order:
        articles[union.find(c.claim_id)].add(c.article_id)

    def elsewhere(c: Clue) -> bool:
        return bool(articles[union.find(c.claim_id)] - {c.article_id})

    said: dict[int, str] = {}
    for n, d in enumerate(order):
        if not d.disputes or d.converts is not None or elsewhere(d):
            continue
        near = [
            e
            for e in _neighbours(order, n)
            # past figures of others ("17 billion yuan for 15,000 parking bays and five
            # kilometres of road. Not everyone agrees: Caixin put it closer to 12 billion
            # yuan") and of its own article alone ("roughly nine in ten of the longest entries",
            # a restatement not matched); never people against things ("100,000 people lost
            # money" is no count of the bitcoins police found)
            if (e.dimension == d.dimension or _of_a_hundred(d, e))
            and elsewhere(e)
            and not _people_vs_things(d, e)
        ]
        beside = _corrected(d, near, rarity, rate)
        for e in beside:
            if (
                # one sentence's other figure if it names one figure by two sources ("about
                # 3,000 yuan, not the 30,000 yuan claimed in a viral repost"), in whatever words
                # ("adds two to four months to projects, while … the delays can stretch to as
                # much as six months")
                (e.sentence != d.sentence or d.change)
                # of no one and nowhere the other does not name ("In India, … closer to ₹5,000")
                and (d.whom.orgs <= e.whom.orgs or (d.whom.carried and not _other_nouns(d, e)))
                and d.whom.places <= e.whom.places
                # not a daily count against a plain one ("more than 600 million active users
                # … Its daily audience is smaller, at roughly 408 million")
                and not (d.head and e.head and qualified_by(d.head) != qualified_by(e.head))
            ):
                both = articles[union.find(e.claim_id)] | articles[union.find(d.claim_id)]
                if not union.join(e.claim_id, d.claim_id, one_article=True):
                    continue
                articles[union.find(d.claim_id)] = both
                said[d.claim_id] = (
                    f"set against claim {e.claim_id}, {_where(e, d)}, which matches another "
                    "article's"
                )
                break
    return said


def _other_nouns(d: Clue, e: Clue) -> bool:
    """Whether both figures count a noun, and not the same one: stricter than :func:`unlike`,
    for which a cadence or target of the other's noun, or a generic noun, is no other noun."""
    return bool(d.head and e.head) and d.head != e.head


def _neighbours(order: Sequence[Clue], n: int) -> Iterator[Clue]:
    """The figures of ``order[n]``'s article (``order``: by article and sentence) within
    :data:`NEIGHBOUR` characters of its sentence, before and after it."""
    d = order[n]
    for step in (-1, 1):
        m = n + step
        while 0 <= m < len(order):
            e = order[m]
            if e.article_id != d.article_id or abs(e.sentence - d.sentence) > NEIGHBOUR:
                break
            yield e
            m += step


def _corrected(
    d: Clue, near: Sequence[Clue], rarity: Rarity, rate: Callable[[str, str], float | None]
) -> list[Clue]:
    """The figures ``near`` that the figure ``d`` set against another source's may correct,
    in the order tried: one counting what it counts first, past a nearer one of another noun
    ("nine in ten of the model's longest Chinese entries were spam. A second pass … counted 74
    spam tokens", correcting "over 90 of the 100 longest Chinese tokens"); then the one
    sharing most of its context ("I got 73 of the top hundred" corrects "more than ninety of
    the 100 longest Chinese tokens", not "nine-tenths of the Chinese text" after it); then the
    nearest."""
    return sorted(
        near,
        key=lambda e: (
            bool(d.head) and e.head != d.head,
            -round(evidence(d, e, rarity, rate, explain=False).what, 2),
            abs(e.sentence - d.sentence),
        ),
    )


def _where(e: Clue, d: Clue) -> str:
    """Where the figure ``e`` a figure ``d`` is set against is, in words."""
    if e.sentence == d.sentence:
        return "the other figure of its sentence"
    return f"a figure of a sentence {'before' if e.sentence < d.sentence else 'after'} it"


def _other_count(a: str, b: str) -> str:
    """In words, how two counted nouns of which one has a cadence or target differ."""
    if aimed(a) or aimed(b):
        return "a figure aimed at vs one reached"
    said = (f"a {q} count" if (q := qualified_by(h)) else "a plain count" for h in (a, b))
    return " vs ".join(said)


def _of_a_hundred(d: Clue, e: Clue) -> bool:
    """Whether ``d`` is a count of at most a hundred set against the share ``e``: "more than
    90 of the 100 longest tokens … A recount put the figure at 76" (76 of them)."""
    return (
        d.dimension == COUNT
        and e.dimension == PERCENT
        and d.interval is not None
        and 0 <= d.interval.high <= 100
    )


def _explained(
    joined: dict[int, tuple[int, int, float]],
    clues: Sequence[Clue],
    rarity: Rarity,
    rate: Callable[[str, str], float | None],
) -> Encoded:
    """The evidence in words of each claim's match (``joined``: the claim matched, the
    other, their common weight, by claim that joined), worded in parts over the cores."""
    matches = list(joined.values())
    wanted = {i for claim_id, other, _ in matches for i in (claim_id, other)}
    by_id = {c.claim_id: c for c in clues if c.claim_id in wanted}
    del wanted

    def work(part: int, parts: int) -> tuple[list[bytes]]:
        worded = []
        for claim_id, other, common in matches[part::parts]:
            mine, theirs = by_id[claim_id], by_id[other]
            e = evidence(mine, theirs, rarity, rate, common)
            if mine.article_id == theirs.article_id:
                line = f"restates claim {other} of its article (score {e.score:.2f} ≥ {RESTATED}): "
            else:
                line = f"matches claim {other} (score {e.score:.2f} ≥ {THRESHOLD}): "
            worded.append((line + "; ".join(e.parts)).encode())
        return (worded,)

    parts = in_shards(work, shard_count(len(matches)))
    texts: list[bytes] = [b""] * len(matches)
    for part, (worded,) in enumerate(parts):
        texts[part :: len(parts)] = worded
    return Encoded(dict(zip(joined, texts, strict=True)))


class Encoded(Mapping[int, str]):
    """Texts by claim id, held as UTF-8 and read as text: the "≥" of an evidence line would
    make Python hold each of its ~270 characters in two bytes, for most claims."""

    __slots__ = ("texts",)

    def __init__(self, texts: dict[int, bytes]) -> None:
        self.texts = texts

    def __getitem__(self, claim_id: int) -> str:
        return self.texts[claim_id].decode()

    def __iter__(self) -> Iterator[int]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)
