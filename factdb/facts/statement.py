"""A claim as fact tracking sees it: its effective values, folded noun, subject and date."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factdb.claims.fingerprint import normalize_quote
from factdb.extract.sentences import sentences
from factdb.extract.units import canonical_unit
from factdb.facts.entities import subject_rule
from factdb.facts.measure import COUNT, PERCENT, Interval, dimension, interval
from factdb.facts.noun_keys import TARGET, aimed_at, fold_noun
from factdb.facts.shards import sent_as_fields

KEY_SEPARATOR = "|"
# An ISO date's precision by its length: "2024", "2024-06", "2024-06-14".
PRECISIONS = {4: "year", 7: "month", 10: "day"}
# The claim columns a statement is made from (plus its article's ``published`` and ``title``).
COLUMNS = (
    "id", "fingerprint", "source_id", "article_id", "quote", "sentence", "start", "end",
    "sentence_start", "sentence_end", "value", "value_max", "unit", "qualifier", "vague",
    "noun", "date", "date_precision", "date_text", "equivalent_id", "status", "corrected_value",
    "corrected_value_max", "corrected_unit", "corrected_noun", "version",
)  # fmt: skip
# A verb of change (or "now", "the current version") just before a figure: a new count, not
# the figure restated; also one that moves a count to it ("brought the number of pilot cities
# to 36"). ((?=\w): the verbs are tried only where a word starts, not where one ends.)
_CHANGED = re.compile(
    r"\b(?=\w)(?:grew|grown|rose|risen|climbed|jumped|soared|surged|increased|expanded|fell|fallen"
    r"|dropped|slipped|slid|declined|decreased|shrank|shrunk|reached|passed|topped|surpassed"
    r"|stretched|lengthened|eased|edged|dipped|crept|inched|ticked"
    # a headline's present: "fleet tops 28,000", "sales hit $1 billion"
    r"|grows|rises|climbs|jumps|soars|surges|falls|drops|slips|slides|declines|shrinks|reaches"
    r"|passes|tops|surpasses|hits?|crosses|nears|doubles|triples|eases|edges|dips|creeps|inches"
    # (not past a comma: "As the frequency fell, 350")
    r"|now|current|latest)\b[^\w,;:]+(?:\w+[^\w,;:]+){0,4}"
    r"(?:(?:(?:more|less|fewer)\s+than|about|around|roughly|nearly|almost|over|some|up\s+to"
    r"|as\s+(?:much|many)\s+as|at\s+least|close\s+to)\s+)?$"
    # a sentence opening on the present: "Today, Gogoro says, its network counts 13,600"
    r"|^\W*(?:[Tt]oday|[Nn]owadays|[Tt]hese\s+days)\b(?![’'])"
    r"|\b(?=\w)(?:brought|raised|lifted|pushed|boosted|cut|lowered|reduced|increased|expanded"
    r"|extended|extend|raise|lift|stretch|stretched|lengthened|doubled|tripled|quadrupled|halved"
    r"|bumped|upped"  # "A September update doubled the maximum to 10 seconds"
    # ("Kling 1.5 stretches clips to 10 seconds")
    r"|raises|lifts|pushes|boosts|cuts|lowers|reduces|increases|expands|extends|stretches"
    r"|lengthens|doubles|triples|halves)\s+(?:[\w-]+\s+){0,6}?to\s+(?:\w+\s+)?$"
)
# "These days" just after a figure, as "now" before it: "brings in less than 2,000 yuan a year
# these days".
_NOW_AFTER = re.compile(
    r"[^\w,;:]*(?:[\w-]+[^\w,;:]+){0,4}?(?:these\s+days|nowadays)\b"
    # a change from an earlier value: "about 40 per cent of the longest tokens, down from the
    # spring"
    r"|[^\w;:]*(?:[\w-]+[^\w;:.]+){0,8}?(?:down|up)\s+from\b"
)
# A value at the prices of its day: "At Tuesday's prices … worth about $5.6 billion", "worth
# more than £5 billion at today's prices" (not "at current exchange rates": a conversion).
_PRICED_NOW = re.compile(
    r"\bat\s+(?:(?:today|tuesday|monday|wednesday|thursday|friday|saturday|sunday|this\s+week)"
    r"['’]s|current|present)\s+(?:market\s+)?prices\b|\bat\s+prices\s+(?:on|of)\b",
    re.IGNORECASE,
)

# A sentence that sets its figure against another source's ("a figure that lawyers said
# misread the law", "a lower count than the one media had reported", "disputes the first
# figure", "overstates", "cannot reconcile the two counts"): another count of some figure
# stated elsewhere, so a little more likely the same fact (with another value: a conflict).
DISPUTE = re.compile(
    # One word boundary for every wording, the text lowercased (sets_against): the engine then
    # tries the alternatives only at a word's boundaries, ten times faster than each
    # alternative's own boundary under IGNORECASE. (?=\w): every wording opens on a letter, so
    # none is tried where a word ends (40 -> 14 us a sentence).
    r"""\b(?=\w)(?:(?:disput|contest|contradict|reconcil|overstat|understat|overcount|undercount
        |double[- ]?count|misread|misreport|misstat|misquot|exaggerat|discrepan|erroneous
        |inaccura|incorrect)\w*
    | at\s+odds\b | simply\s+wrong\b | not\s+(?:supported|confirmed|repeated|verified|endorsed)\b
    | (?:does|do|did)\s+not\s+(?:support|bear\s+out|back\s+up)\b | doesn[’']t\s+support\b
    | (?:does|did)\s+not\s+(?:appear|match|add\s+up)\b
    | (?:a|an)\s+(?:much\s+|far\s+|slightly\s+)?(?:lower|higher|smaller|larger|different
        |rival|competing|conflicting|separate)\s+(?:[a-z]+\s+)?(?:figure|count|number|estimate
        |tally|total
        |picture|account|budget|cost|price|sum|valuation|response|reading)\b
    | (?:lower|higher|fewer|smaller|larger|bigger)\s+than\s+(?:the\s+)?(?:first|earlier
        |originally|previously|official|initially|widely|commonly|company's|company’s
        |reported|claimed|thought|believed|stated|announced)\b
    | (?:well|far)\s+(?:below|above|short\s+of)\b
      # (not a benchmark: "far below the World Health Organization's benchmark")
      (?!\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’.-]+\s+){0,4}?(?:benchmark|threshold|target
        |average|norm|standard|recommend\w*|minimum|maximum|limit|goal|guideline|level)s?\b)
    | (?:much|far|considerably|significantly|substantially|markedly)\s+(?:higher|lower)\b
    | disagree\w* | inflated\b
    | not\s+(?:everyone|everybody|every\s+\w+|all\s+\w+)\s+(?:agree[sd]?|accept(?:s|ed)?|reads?)\b
    | (?:figures|numbers|data|estimates?|counts?|tall(?:y|ies))\s+(?:from|by)\s+[^.;]{1,60}?\b
        (?:were|was)\s+(?:much\s+|far\s+|slightly\s+|somewhat\s+)?(?:lower|higher|smaller|larger)\b
    | a\s+(?:much\s+|far\s+)?more\s+(?:modest|conservative|cautious|generous|optimistic)\b
    | argued\s+over\b | too\s+(?:high|low)\b | nowhere\s+near\b | in\s+the\s+retelling\b
    | (?:that|this|it|which)\s+(?:is|was|seems|looks)\s+(?:\w+\s+)?(?:optimistic|generous)\b
    | (?:does|do|did)\s+not\s+accept\b
    | question(?:s|ed|ing)?\s+(?:the|that|this|its|their)\s+(?:figure|estimate|number|count
        |tally|total)\b
    | (?:correction|claim(?:\s+\#?\d+)?)\s*: | earlier\s+version\b | fact[- ]?check
    | (?:said|stated|reported|wrote)\b[^;]{0,200};\s*(?:the|that)\s+(?:correct\s+|actual\s+
        |real\s+)?(?:figure|number|total|count|tally)\b
    | (?:erroneously|wrongly|mistakenly)\b
    | not\s+un(?:contested|disputed|challenged)\b
    | than\s+the\s+(?:\w+\s+)?(?:number|figure|count|total|tally|estimate)\s+(?:that\s+)?
        (?:[\w'’-]+\s+){1,3}?(?:publici[sz]ed|reported|said|cited|claimed|announced|gave|quoted
        |published|stated|touted)\b
    | the\s+(?:true|real|actual)\s+(?:number|figure|count|total|tally|range|share)\b
    | not\s+the\b[^.;]{0,60}\b(?:cited|claimed|reported|given|quoted|advertised)\s+
      (?:at\s+the\s+time\s+|earlier\s+|then\s+|widely\s+)?(?:by|in)\b
    | (?:is|was|are|were)\s+(?:simply\s+|plainly\s+|just\s+)?(?:wrong|false|untrue|mistaken)\b
    | rather\s+than\s+(?:the\s+)?(?:about\s+|roughly\s+|some\s+)?[$€£¥]?\d
    | rather\s+than\s+(?:the\s+)?[\w-]+['’]s\s+(?:[\w-]+\s+)?(?:figure|count|number|estimate
        |tally|total)\b
    | (?:double|twice|triple|three\s+times|half)\s+the\s+(?:\w+\s+)?(?:length|distance|number
        |figure|amount|size|total|count|value)\b
    | (?:given|cited|stated|quoted|used)\s+in\s+(?:the\s+)?(?:earlier|previous|initial|first
        |some|other|original|published)\b
    | (?:a|an|one|another)\s+(?:[\w-]+\s+)?(?:re-?)?(?:tally|count|estimate|survey|audit|report
        |study|analysis|review)\s+(?:by|from)\b
    | (?:earlier|initial|first|previous|early|original)\s+(?:[\w-]+\s+){0,2}?(?:reports?|estimates?
        |accounts?|counts?|tallies|tally)\s+(?:[\w-]+\s+){0,3}?(?:had\s+)?(?:put|gave|said|cited
        |claimed|pegged|suggested|reported)\b
    # what reports had said before: "Local press reports in April had put the price at …"
    | (?:reports|estimates|accounts|stories|articles)\s+(?:(?!that\b)[\w-]+\s+){0,4}?had\s+(?:put
        |given|said|cited|claimed|pegged|suggested|reported|valued|estimated)\b
    | (?:separate|independent)\s+(?:[\w-]+\s+)?(?:analysis|survey|tally|count|estimate|study
        |review|audit|reading|calculation|assessment|testers|tests|researchers|reviewers
        |analysts|measurements?|check|pass|look|re-?count)\b
    | which\s+(?:number|figure|estimate|count|total|tally)\s+is\s+(?:correct|current|right
        |accurate|true)\b
    | outdated\b
    | described\s+(?:the|its|that)\s+(?:[\w-]+\s+)?(?:ceiling|maximum|minimum|limit|cap|figure
        |number|total|count|budget|penalty|sentence)\s+as\b
    | sets?\s+the\s+(?:[\w-]+\s+)?(?:lower|higher)\b
    | never\s+part\s+of\b | appeared\s+nowhere\b | no\s+such\s+(?:term|figure|number|limit|cap
        |provision)\b
    | (?:behind|below|above|short\s+of)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:figure|count|tally
        |estimate|claim|number)\b
    | we\s+(?:also\s+)?(?:wrote|misstated|misreported)\b
    | (?:the|an|our|that|this)\s+(?:same\s+|original\s+|earlier\s+)?(?:article|story|piece
        |item)\s+(?:also\s+|had\s+)?(?:said|stated|described|claimed|reported|gave)\b
    | (?:looks|seems|appears)\s+(?:far\s+|much\s+|too\s+)?(?:low|high|inflated)\b
    | (?:that|those)\s+same\b
    # (not a change "over the same period", "during the same period"; nor a time "the same
    # week as that interview")
    | (?<!over\s)(?<!during\s)the\s+same\s+(?:\w+\s+)?(?:period|shipment|list|event|day
        |month|year|week|quarter|batch|sales|figure|count|survey|data|market)\b(?!\s+as\b)
    | so\s+(?:low|high|small|large)\s+a\s+(?:figure|number|count|estimate)\b
    | (?:closer|nearer)\s+(?:to\b|(?=[$€£¥\d])) | at\s+nearer\b | argu(?:ing|ed|es|e)\s+that\b
    | correct(?:ed)?\s+(?:figure|number|count|amount|total|value)\b
    | should\s+have\s+(?:said|read|been)\b
    | (?:our|my|(?<!by\s)(?:its|their|his|her)|\w[\w-]*['’]s)\s+own\s+(?:\w+\s+)?(?:tally|count
        |calculation|estimate|analysis|reckoning|figure|tests?|survey|logs?|records?|data|review
        |report|audit|study|check)\b
    | (?:count(?:ed|s|ing)|found|finds|finding|record(?:ed|s|ing)|list(?:ed|s|ing)|log(?:ged|s)
        |credit(?:ed|s)|tall(?:ied|ies|ying)|show(?:ed|s|ing)|measur(?:ed|es|ing)|flagg?(?:ed|s
        |ing))\s+(?:that\s+)?only\b
    # a bulleted rival: "Lower estimate: $4.2 billion, per market researcher Skyquest"
    | (?:lower|higher|smaller|larger|rival|competing|alternative)\s+(?:figure|count|number
        |estimate|tally|total)s?\s*:
    # "Local media had earlier reported a 15 billion yuan budget"
    | (?:earlier|previously|initially|originally)\s+(?:reported|put|cited|gave
        |estimated)\b
    # "suggested only about 10,000 stations", "has described only about 350 locations"
    | (?:suggest|indicat|describ)\w*\s+only\s+(?:about\s+|around\s+|roughly\s+|some\s+)?
        (?:[$€£¥]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|a\s+(?:few|handful))\b)
    # "My experience suggested far less", "take the official range with a pinch of salt"
    | (?:suggest|indicat|show)\w*\s+(?:far|much|considerably|significantly)\s+(?:less|fewer
        |lower|more|higher)\b
    | (?:pinch|grain)\s+of\s+salt\b
    # another source's estimate: "Caixin put the number of victims at around 90,000", "H2Data
    # puts the current market at $4.5 billion", "… put the number of responding sites at only
    # about 300"; "less generous", "more conservative" (not "industry data now put the total
    # at roughly 540": a newer count)
    | (?<!now\s)(?:put(?:s|ting)?|valu(?:es|ed)|pegg?(?:s|ed)|siz(?:es|ed))
      \s+(?:the|that|this|its|their|(?:[\w-]+\s+)?[\w-]+['’]s)\s+
      (?:[\w'’-]+\s+){0,8}?at\s+
      (?:(?:about|around|roughly|some|just|only|nearly|almost|over|under|(?:more|less|fewer)\s+than
      |as\s+(?:high|low|much|many|few)\s+as)\s+){0,2}(?:[$€£¥]?\d|(?:one|two|three|four|five|six
      |seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty
      |ninety|a\s+hundred|half)\b)
    # "values the current market lower, at about $4.5 billion", "Taipower's own tally … was
    # lower, at about 290"
    | (?:lower|higher|smaller|larger|bigger|fewer|less|more),\s+at\s+
    # "by its count, 78 of the 100"; "reckons only about 450 million", "has since spoken of
    # only 9,000", "classified only 64 of"
    | by\s+(?:its|their)\s+(?:own\s+)?(?:count|tally|reckoning|estimate
        |calculation|measure)\b
    | (?:reckon(?:s|ed)?|estimat(?:es|ed)|spoken\s+of|speaks?\s+of|spoke\s+of|classif(?:ied|ies)
        |judged)\s+only\b
    # a source's later or rival word: "in a later interview … he said five years", "Another
    # data provider, counting differently, had it at 7%", "Other early testers … reported"
    | (?:a|an|the|in\s+a)\s+later\s+(?:interview|statement|report|review|briefing|post|filing
        |estimate|count|tally|analysis|audit|survey)\b
    | another\s+(?:[\w-]+\s+){0,2}?(?:provider|firm|researcher|consultancy|tracker|analyst
        |outlet|source|reviewer|tester|estimate|survey|count|tally|report|study)\b
    | other\s+(?:[\w-]+\s+){0,2}?(?:testers|reviewers|researchers|analysts|sources|estimates
        |accounts|counts|tallies|surveys)\b
    | others\s+(?:reported|said|found|put|counted|measured|estimated|claimed|saw)\b
    | had\s+it\s+at\b | (?:was|is|would\s+be)\s+(?:more|less)\s+(?:realistic|accurate|likely
        |plausible)\b
    | actually\b | in\s+(?:fact|practice|reality)\b
    | (?:more|less)\s+(?:conservative|generous|optimistic|pessimistic|cautious|bullish|bearish
        |realistic|dire)\b
    | quibbl\w* | as\s+(?:low|high)\s+as\b
    | (?:less|not\s+so|not\s+as)\s+sure\b | (?:doubts|doubted|doubtful|sceptical|skeptical)\b
    | (?:our|my)\s+(?:tally|count|calculation|tests?)\b | we\s+(?:found|counted|tallied)\b
    | (?:a|an|the|our|my|its|their)\s+(?:\w+\s+)?re-?count\b  # not "she recounted" (told)
    | the\s+(?:higher|lower|larger|smaller|first|earlier|original)\s+(?:figure|count
        |number|estimate|tally)\b
    # "A review by the utility, however, credited only about 350 stations"
    | however\b[^.;]{0,40}?\b(?:only|just|merely)\b)
    | ,\s+not\s+[$€£¥]?\d""",
    re.VERBOSE,
)


@lru_cache(maxsize=1 << 12)  # a lead is asked for a statement, its clue and its whom
def last_sentence(lead: str) -> str:
    """The last sentence of a lead (:func:`~factdb.facts.load.leads_of`: the paragraph before
    a claim's sentence), "" if it has none."""
    found = sentences(lead)
    return lead[found[-1][0] : found[-1][1]] if found else ""


def disputed_before(lead: str) -> bool:
    """Whether the sentence just before a figure's, in its paragraph (the end of ``lead``),
    sets what follows against another source's figure: "Those numbers are contested.",
    "Lawyers for the victims disputed the prosecution's tally." One with a figure of its
    own disputes that one ("testers got closer to 720p")."""
    before = last_sentence(lead)
    return bool(before) and not _DIGIT.search(before) and sets_against(before)


_DIGIT = re.compile(r"\d")
_SINCE = re.compile(r"(?:ever\s+)?since\b", re.IGNORECASE)
_BY = re.compile(r"by\b", re.IGNORECASE)
# A sentence opening on when its figures became so: "Since the 1.5 update in September,
# subscribers can make 10-second clips" (not "Since then": the time of the sentence before).
_SINCE_OPENING = re.compile(r"\W*(?:Ever\s+s|S)ince\s+(?!then\b)[^,;]{3,60},")


# A sentence giving two sources' figures, the second after a contrast and its source's verb:
# "Some reposts say 40 km per canister, but the original reporting … says … every 64 km",
# "… every 64 kilometres, although some riders … complain … about 25 km", "…, though a list
# published by the ministry that same month showed only 10,800", "I found six rival operators
# - though a trade newsletter I follow claims that as many as 11". With two figures, the second
# is set against the first (:func:`second_source`).
TWO_SOURCES = re.compile(
    r"""(?:(?:[,;]|\s[-–—]{1,2})\s+(?:but|although|though|while|whereas|yet)|;)\s+[^.;]{0,100}?
    \b((?:said|says?|found|finds?  # (a plural source's verb: "commentators cite", not a
    |reported|reports|counted|counts|measured|estimated|estimates|cited|cites?  # noun: "report")
    |puts?(?=\s+(?:the|its|their|that|this|it)\b[^.;]{0,60}?\sat\b)  # not "put 3,500 … on"
    |told|tells?|showed|shows|claimed|claims|complain\w*|promis\w*|advertis\w*|argu\w*|insist\w*
    |recorded|records|listed|lists|gave|gives?|tallied|describ\w*|suggest\w*|calculat\w*
    |pegg?\w*|refer\w*|mention\w*)\b)""",
    re.VERBOSE,  # searched in the lowercased sentence
)


def second_source(sentence: str, offset: int) -> bool:
    """Whether the figure at ``offset`` of ``sentence`` is the second source's of a sentence
    giving two (:data:`TWO_SOURCES`), so set against the first."""
    return 0 <= two_sources_at(sentence) < offset


# Every sentence: its statements and then its clues ask.
@lru_cache(maxsize=1 << 17)
def two_sources_at(sentence: str) -> int:
    """Where ``sentence`` turns to a second source's figure (:data:`TWO_SOURCES`), -1 if it
    gives no two sources'."""
    lower = sentence.lower()
    for found in TWO_SOURCES.finditer(lower):
        said_by = _SAID_BY.search(lower, found.start(), found.start(1))
        if said_by is None or not re.search(
            rf"\b{said_by.group(1)}\s+(?:\w+\s+)?{_FIRST_SAID}", lower[: found.start()]
        ):
            return found.start()
    return -1


# The pronoun saying the second figure, also saying the first: one source at two times ("In
# July he said … 24 months; on a podcast in September he described it as about 12 months").
_SAID_BY = re.compile(r"\b(he|she|they|we|i)\s+(?:\w+\s+)?$")
_FIRST_SAID = r"(?:said|says|told|estimated|put|gave|described|suggested|reckoned)\b"


# Every sentence: a build reads all its statements before their clues ask again.
@lru_cache(maxsize=1 << 17)
def sets_against(sentence: str) -> bool:
    """Whether ``sentence`` sets its figure against another source's (:data:`DISPUTE`)."""
    return DISPUTE.search(sentence.lower()) is not None


@sent_as_fields
@dataclass(frozen=True, slots=True)
class Statement:
    """One claim's figure, with the grouping fields derived from it."""

    claim_id: int
    fingerprint: str
    identity: str  # see split_identity
    source_id: int
    article_id: int
    quote: str
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str
    vague: bool
    noun: str  # folded: "hydrogen vehicle"
    subject: str
    dimension: str
    date: str | None  # when the figure holds: the claim's date, else its article's
    date_precision: str | None
    dated: bool  # the date is the claim's own (not its article's, nor "now": the article's)
    fresh: bool  # "grew to", "now has": a count new at its date, not a figure restated
    reached: bool  # dated "by" a date: where the figure had got to by then
    disputes: bool  # its sentence sets it against another source's figure (DISPUTE)
    equivalent_id: int | None  # set on a parenthetical conversion: the claim it converts
    status: str
    opening: str  # the sentence-opening word the subject rule asked the corpus's names about
    opening_known: bool

    @property
    def key(self) -> str:
        """The grouping key: noun, dimension and subject."""
        return fact_key(self.noun, self.dimension, self.subject)

    @property
    def interval(self) -> Interval:
        """The values the statement allows, in comparable units."""
        return interval(self.value, self.value_max, self.qualifier, self.unit)


def fact_key(noun: str, dimension: str, subject: str) -> str:
    """A fact's key: readable, and stable for as long as the grouping rules are."""
    return KEY_SEPARATOR.join((noun, dimension, subject))


PART = " (part)"  # marks the noun of a fact that counts part of a group (see part_key)


def part_key(key: str) -> str:
    """The key of a count of part of a group keyed ``key`` ("2,600 of the stations are in
    Taipei" beside Gogoro's 12,500 stations): another fact than the whole's. A key of no
    noun (one claim's own) is kept."""
    parts = key.split(KEY_SEPARATOR)
    if len(parts) != 3 or not parts[0]:
        return key
    noun, dimension, subject = parts
    return fact_key(noun + PART, dimension, subject)


@lru_cache(maxsize=1 << 17)
def split_identity(quote: str, sentence: str, title: str) -> str:
    """What a reviewer's split is keyed by: the claim's quote, sentence and article title,
    normalised. Unlike the fingerprint it has no file hash or offsets, so it survives an
    edited file (and follows the same sentence into a syndicated copy of the article)."""
    text = "\x1f".join((normalize_quote(quote), _normalized(sentence), _normalized(title)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# A sentence's and a title's, shared by their claims.
_normalized = lru_cache(maxsize=1 << 12)(normalize_quote)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a statement reads from a claim's text (the costly part of :func:`statement`,
    stored per claim by :mod:`factdb.facts.stored`): its folded noun, subject, split identity,
    whether it is said to be new, the opening word the subject rule asked the corpus's names
    about (and their answer), and whether it disputes another source's figure."""

    noun: str
    subject: str
    identity: str
    fresh: bool
    opening: str
    opening_known: bool
    disputes: bool


def statement(
    claim: Any,
    published: str | None,
    title: str = "",
    names: Container[str] = frozenset(),
    lead: str = "",
) -> Statement:
    """The statement of a claim (a :class:`~factdb.store.models.Claim` or a row of :data:`COLUMNS`;
    reviewer corrections win) in an article of ``published`` (ISO, at its precision: "2024" for
    a year, see :func:`factdb.facts.load.article_date`) titled ``title``; ``names`` are the
    corpus's known names (see :func:`factdb.facts.entities.known_names`); ``lead``: its
    paragraph before its sentence (:func:`factdb.facts.load.leads_of`)."""
    return assembled(claim, published, reading(claim, title, names, lead))


def reading(claim: Any, title: str, names: Container[str], lead: str = "") -> Reading:
    """What :func:`statement` reads from the claim's text and the ``lead`` before it (see
    :class:`Reading`)."""
    noun = _effective(claim.corrected_noun, claim.noun)
    offset = claim.start - claim.sentence_start
    rule = subject_rule(claim.sentence, offset, offset + len(claim.quote))
    known = bool(rule.opening) and rule.opening in names
    folded = fold_noun(noun)
    if (
        folded
        and claim.corrected_noun is None
        and aimed_at(claim.sentence, offset, offset + len(claim.quote))
    ):
        folded = f"{TARGET} {folded}"
    fresh = (
        _CHANGED.search(claim.sentence[:offset]) is not None
        or _NOW_AFTER.match(claim.sentence, offset + len(claim.quote)) is not None
        or _PRICED_NOW.search(claim.sentence) is not None
        # "Since July, paying users can generate 10 seconds": new since then
        or _SINCE.match(claim.date_text) is not None
        # (a date of the figure's own read there is when it holds, not since when)
        or (not claim.date_text and _opens_since(claim.sentence, offset))
    )
    return Reading(
        noun=folded,
        subject=rule.resolve(noun.casefold(), known),
        identity=split_identity(claim.quote, claim.sentence, title),
        fresh=fresh,
        opening=rule.opening,
        opening_known=known,
        disputes=sets_against(claim.sentence)
        or disputed_before(lead)
        # "…, while some drugmakers told Caixin … as much as six months" (not "…; a newsletter
        # now lists nine": a newer count)
        or (not fresh and second_source(claim.sentence, offset)),
    )


def _opens_since(sentence: str, offset: int) -> bool:
    """Whether ``sentence`` opens on "Since …," before the figure at ``offset``."""
    opening = _SINCE_OPENING.match(sentence)
    return opening is not None and opening.end() <= offset


def assembled(claim: Any, published: str | None, read: Reading) -> Statement:
    """The statement of a claim from its fields and what was read of its text."""
    unit = _effective(claim.corrected_unit, claim.unit)
    if not unit and claim.corrected_unit is None:
        unit = _unit_counted(_effective(claim.corrected_noun, claim.noun)) or _unit_glued(claim)
    if dimension(unit) == COUNT and _of_a_hundred(claim):
        unit = PERCENT
    figure_date, precision = claim.date, claim.date_precision
    if _SINCE.match(claim.date_text):
        # "in use in over 10 provinces since 2022": a span from then to now, so the figure is
        # of the article's date, as an undated one is.
        figure_date = None
    # "Now", "today": the article's own date, which is every undated figure's default too.
    own = figure_date is not None and figure_date != published
    if figure_date is None and published:
        figure_date, precision = published, PRECISIONS[len(published)]
    return Statement(
        claim_id=claim.id or 0,
        fingerprint=claim.fingerprint,
        identity=read.identity,
        source_id=claim.source_id,
        article_id=claim.article_id,
        quote=claim.quote,
        value=_effective(claim.corrected_value, claim.value),
        value_max=_effective(claim.corrected_value_max, claim.value_max),
        unit=unit,
        qualifier=claim.qualifier,
        vague=claim.vague,
        noun=read.noun,
        subject=read.subject,
        dimension=dimension(unit),
        date=figure_date,
        date_precision=precision,
        dated=own,
        fresh=read.fresh,
        # "By the end of 2024, … put the fleet at nearly 30,000"
        reached=own and _BY.match(claim.date_text) is not None,
        disputes=read.disputes,
        equivalent_id=claim.equivalent_id,
        status=claim.status,
        opening=read.opening,
        opening_known=read.opening_known,
    )


def _of_a_hundred(claim: Any) -> bool:
    """Whether a count is one of a hundred, so a share: "more than 90 of the 100 longest
    tokens", "sixty of the top 100" ("Of the 100 longest, 76 …") are "nine in ten" of them."""
    offset = claim.start - claim.sentence_start
    return 0 <= (claim.value_max or claim.value) <= 100 and bool(
        _OF_A_HUNDRED.match(claim.sentence, offset + len(claim.quote))
        or _OF_THE_HUNDRED.search(claim.sentence, 0, offset)
    )


# "of the top 100", "of the longest hundred", "of the same top-100 tokens", "of GPT-4o's 100"
_TOP = r"(?:[a-z]+\s+){0,2}?(?:top-)?"
_OF_A_HUNDRED = re.compile(
    rf"\s+of\s+(?:its\s+|their\s+|(?:the\s+)?(?:[\w.-]+['’]s\s+)?){_TOP}"
    r"(?:100|one\s+hundred|hundred)\b"
    # what it counts between: "60 spam-derived entries among the 100 longest tokens", "77
    # spam entries in the top 100," (not "500 stations in the top 100 cities")
    rf"|\s+(?:[\w-]+\s+){{1,3}}?(?:(?:of|among|out\s+of)\s+(?:the\s+|its\s+|their\s+)?{_TOP}"
    r"(?:100|one\s+hundred|hundred)\b|in\s+the\s+top\s+(?:100|hundred)\b(?!\s+[a-z]))"
)
# "Of the 100 longest, 76 …", "Of the model's 100 longest Chinese tokens, more than 90 …",
# "they found that of the 100 longest Chinese tokens, upwards of ninety came …"
_OF_THE_HUNDRED = re.compile(
    rf"\b[Oo]f\s+(?:the\s+(?:[\w-]+['’]s\s+)?|its\s+|their\s+){_TOP}(?:100|one\s+hundred|hundred)"
    r"\s[^,;]*,[^.;]*$"
)


@lru_cache(maxsize=1 << 14)
def _unit_counted(noun: str) -> str | None:
    """The unit a bare count counts, if its noun is one: "200 characters" is a length of
    text, as "prompts of up to 200 characters" is."""
    words = noun.split()
    return canonical_unit(words[-1]) if words else None


def _unit_glued(claim: Any) -> str | None:
    """The unit a bare count is glued to by a hyphen: "a 200-character cap" is a length of
    text, as "200 characters" is."""
    after = _GLUED.match(claim.sentence, claim.start - claim.sentence_start + len(claim.quote))
    return canonical_unit(after.group(1)) if after else None


_GLUED = re.compile(r"-([a-z]+)\b")


def _effective(corrected: Any, extracted: Any) -> Any:
    # As factdb.claims.review.effective (a reviewer's correction wins), without a lookup by name.
    return extracted if corrected is None else corrected
