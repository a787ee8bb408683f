"""The subject of the verb before an amount, and the words every noun rule shares.

A noun phrase a verb says is measured ("Shares of Nvidia fell 5%", "cut its deposit rate
to 3.75%", "The merger, valued at $69 billion"), what a duration is the length of ("the
process took three minutes"), and what a pronoun subject stands for.
"""

from __future__ import annotations

import re

from factdb.extract.figure_words import FIGURE_WORDS, names_a_figure
from factdb.extract.units import canonical_unit

# Words that end (or never start) a noun phrase: verbs, prepositions, conjunctions, pronouns.
STOP_WORDS = frozenset([
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "must", "should", "do", "does", "did", "in", "on", "at",
    "to", "from", "by", "with", "for", "about", "into", "through", "over", "under", "after",
    "before", "since", "during", "than", "as", "per", "like", "across", "around", "between",
    "within", "without", "against", "among", "of", "and", "or", "but", "so", "that", "which",
    "who", "whom", "whose", "while", "when", "where", "because", "if", "though", "although",
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "my", "our",
    "your", "it", "they", "them", "he", "she", "we", "i", "you", "me", "us", "him", "later",
    "ago", "more", "most", "also", "still", "now", "just", "only", "even", "long", "each",
    "such", "both", "either", "then", "there", "here", "what", "how", "why", "not", "no",
    "yet", "already", "worth", "took", "take", "takes", "taking", "every", "off", "up", "down",
    "said", "says", "say", "told", "last", "past", "next", "recent", "above", "below", "beyond",
    "today", "yesterday", "tomorrow", "including", "excluding", "plus", "near", "amid",
    "despite", "until", "via", "toward", "towards", "throughout", "along", "behind", "ahead",
    "beneath", "onto", "upon", "according", "compared", "respectively",
    # adverbs of place and manner after an amount: "grossed $1.3 billion worldwide"
    "worldwide", "nationwide", "globally", "overall", "apiece", "altogether", "abroad",
    "overseas",
    # frequent verbs that follow or precede an amount's noun: "a dozen remain in hospital"
    "goes", "go", "went", "comes", "come", "came", "expects", "expect", "plans", "wants",
    "want", "needs", "sees", "see", "saw", "includes", "gets", "got", "makes", "make", "made",
    "gives", "gave", "shows", "showed", "remain", "remains", "remained", "live", "lives",
    "lived", "buy", "buys", "bought", "sells", "owns", "owned", "think", "believe", "believes",
])  # fmt: skip
# Words that open a noun phrase without being part of the shortest faithful one.
DETERMINERS = frozenset([
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
    "those", "each", "every", "some",
])  # fmt: skip
# The head of a time phrase: "in the year to March", "for the first quarter".
TIME_NOUNS = frozenset([
    "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days",
    "season", "period", "decade", "half", "morning", "afternoon", "evening", "night",
    "start", "end", "beginning", "middle", "close", "turn",
    "weekend", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
])  # fmt: skip
# Words before a figure word that say which figure, not what it counts: "the alliance's own
# count", "a lower tally", "the official figure" (and determiners and times: "our own count",
# "the June figure").
_WHICH_FIGURE = frozenset(
    {"own", "new", "same", "first", "final", "official", "revised", "updated", "current",
     "actual", "rough", "estimated", "previous", "published", "reported", "headline", "initial",
     "total", "overall", "whole", "entire", "real", "true", "latest", "original", "public",
     "lower", "higher", "smaller", "larger", "bigger", "earlier", "later", "newer", "older",
     "greater", "fewer", "lowest", "highest", "smallest", "largest", "biggest", "modest",
     "conservative", "rival", "competing", "separate", "independent", "alternative"}
)  # fmt: skip


def counted_before_figure(noun: str) -> str:
    """What a figure word's modifier counts: "the company's own daily-user figure" →
    "daily-user", "the rack total" → "rack"; "" for "the alliance's own count", "a lower
    tally", "our own count", "the June figure" (words that say which figure, not what it
    counts)."""
    words = noun.split()
    if len(words) < 2 or words[-1].lower() not in FIGURE_WORDS:
        return ""
    before = words[:-1]
    owner = max((i for i, w in enumerate(before) if w.endswith(("'s", "’s", "s'"))), default=-1)
    kept = [
        w
        for w in before[owner + 1 :]
        if w.lower() not in _WHICH_FIGURE
        and w.lower() not in DETERMINERS
        and w.lower() not in TIME_NOUNS
        and not any(c.isdigit() for c in w)
    ]
    return " ".join(kept)


# An amount ends on a digit, so "in 2022," keeps its comma: "2022" then ",".
WORD_RE = re.compile(r"[^\W\d_][\w’'-]*|\d(?:[\d,.]*\d)?\w*|[^\w\s]")
# An amount used as an adjective inside a subject: "the yield on 10-year Treasuries".
_COMPOUND_RE = re.compile(r"\d[\d,.]*-[^\W\d_][\w’'-]*")
# A name joined by an ampersand: "S&P 500", "AT&T".
_AMPERSAND_RE = re.compile(r"[A-Z]+&[A-Z]+")
_SUBJECT_WORD_RE = re.compile(rf"{_COMPOUND_RE.pattern}|{_AMPERSAND_RE.pattern}|{WORD_RE.pattern}")
# A number that ends a name: "FTSE 100", "Nikkei 225", "Euro Stoxx 50".
_NAME_NUMBER_RE = re.compile(r"\d{1,4}")
# Verbs of change or measurement: "Shares of Nvidia fell 5%", "The phone weighs 187 grams",
# "Revenue came in at", and the participles that open a clause ", topping $1 trillion".
_MEASURE_VERBS = r"""(?:rose|rise|rises|risen|grew|grow|grows|grown|fell|fall|falls|fallen
    |dropped|drops|climbed|climbs|jumped|jumps|slid|slides|slumped|surged|soared|plunged
    |plummeted|tumbled
    |declined|declines|increased|increases|decreased|decreases|gained|gains|edged|dipped|hit
    |hits|reached|reach|reaches|topped|tops|totalled|totaled|totals|stood|stands|was|were|is|are
    |be|cost|costs|measured|measures|covers|covered|lasts|lasted|last|shrank|shrunk|expanded
    |closed|ended|opened|amounted|amounts|averaged|averages|ranged|range|ranges|peaked|hovered
    |hovers|hovering|sits|sat
    |travels?|travell?ed|moves?|moved|fly|flies|flew|flown|spins?|eased|slowed|accelerated
    |doubled|tripled|halved|quadrupled|widened|narrowed|swelled|rebounded|recovered|slipped
    |sank|rallied|advanced|retreated|crashed|collapsed|weighs?|weighed|spans?|spanned
    |stretch(?:es|ed)?|starts?|started|remain(?:s|ed)?|stay(?:s|ed)|held|holds|recorded
    |records|registered|registers|c[oa]mes?\s+in|rising|falling|climbing|jumping|dropping
    |reaching|hitting|topping|totalling|totaling|surging|soaring|sliding|gaining|declining
    |increasing|ending|closing|trad(?:ed|es|ing)|stand|grossed|grosses|earned|earns|generated
    |generates|fetched|fetches|(?:sold|sells|went|goes)\s+for|settled|settles|settling|averaging
    |added|adds|shed|sheds|ticked|ticks|inched|inches|crept|creeps|shot|spiked|spikes
    |soar|surge|plunge|slump|tumble|rally|climb|drop|dip|sink|slide|edge|shrink|expand
    |double|triple|halve|widen|narrow|peak|peaks|runs|ran|passed|passes|surpassed|surpasses
    |exceeded|exceeds|crossed|crosses)"""
# A change before a second amount: "slid 8% to", "rose 12 basis points to".
_CHANGE = r"[$€£¥]?\d[\d,.]*(?:%|\s+(?:(?:percentage|basis)\s+)?points?|\s+per\s+cent|\s+cents?)?"
# A verb of change or measurement, and what may stand between it and the amount:
# "Global debt hit a record $315tn", "the battery lasts up to", "the deal is worth", "the Dow
# dropped 626 points, or 1.5%".
_MEASURE_VERB_RE = re.compile(
    rf"""\b{_MEASURE_VERBS}
    (?:\s+(?:up|down|back|higher|lower|high|low|steady|stable|unchanged|flat))?
    (?:\s+(?:by\s+)?(?:as\s+much\s+as\s+|about\s+|nearly\s+|almost\s+|some\s+)?{_CHANGE}\s+to)?
    (?:,?\s+(?:by|to|at|from|around|between|below|above|past|beyond|for))?
    (?:\s+(?:a|an)(?:\s+(?:daily|weekly|monthly|quarterly|yearly|annual|annuali[sz]ed))?)?
    (?:\s+(?:another|a\s+further|an\s+(?:additional|extra)))?
    (?:\s+(?:a|an)\s+(?:record|new\s+record|(?:(?:all-time\s+|record\s+)?(?:high|low)|average
    |total|combined)\s+of))?
    (?:\s+(?:just|only|barely|now|currently|still))?(?:\s+worth)?
    (?:\s+[^\s,]+(?:\s+[^\s,]+)?,\s+or)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
MEASURE_VERB_WORD_RE = re.compile(_MEASURE_VERBS, re.IGNORECASE | re.VERBOSE)
_ANY_MEASURE_VERB_RE = re.compile(rf"\b{_MEASURE_VERBS}\b", re.IGNORECASE | re.VERBOSE)
# Frequent irregular past tenses that follow a news subject: "an earthquake struck".
PAST_VERBS = frozenset([
    "struck", "hit", "shook", "swept", "tore", "left", "sent", "brought", "caught", "fought",
    "won", "lost", "drew", "beat", "led", "sank", "broke", "rose", "fell", "grew", "slid",
    "forecast", "stood", "shrank", "held", "found", "thought", "felt", "knew", "paid", "sold",
])  # fmt: skip
# A sentence's subject naming what a figure counts, with words after it that only say which:
# "The number of batteries circulating through those stations", "The share of adults who".
_FIGURE_OF_RE = re.compile(
    r"\s*[Tt]he\s+(number|count|total|share|proportion)\s+of\s+((?:[\w-]+\s+){0,2}?[\w-]+)"
    r"\s+(?:[a-z]+ing|that|which|who)\b"
)
# Words between a subject and its verb: "the market for AI chips would reach".
_AUXILIARIES = frozenset([
    "would", "will", "could", "may", "might", "can", "has", "have", "had", "is", "was", "be",
    "are", "were",
    "been", "now", "also", "still", "currently", "just", "already", "again", "expected", "set",
    "likely", "to", "only", "reportedly", "more", "than", "almost", "forecast", "projected",
    "predicted", "estimated", "due", "poised", "seen", "having",
    # "has kept rising, to", "continued to climb to", "keeps growing"
    "kept", "keeps", "keep", "continued", "continues", "continue",
])  # fmt: skip
# Prepositions inside a subject: "Shares of Nvidia", "Life expectancy in the US".
_SUBJECT_LINKS = frozenset(
    ["of", "in", "for", "among", "on", "at", "to", "from", "between", "before"]
)
# A duration's verb: what comes before it is the thing that lasts ("the process took").
_LASTING_RE = re.compile(
    r"\b(?:took|takes|take|lasted|lasts|last|lasting|spanned|spans|runs|ran|run|held|holds)"
    r"(?:\s+for)?(?:\s+(?:at\s+least|up\s+to))?(?:\s+(?:another|a\s+further|an\s+(?:extra|additional)))?"
    r"\s*$",
    re.IGNORECASE,
)
# A state a duration is spent in: "on probation for two years", "in detention for 130 days".
_STATE_FOR_RE = re.compile(
    r"\b(?:on|under|in)\s+(?:(?:the|a|an)\s+)?(?P<state>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+for\s*$"
)
# A verb that changes or fixes its object, then the amount: "cut its deposit rate by 25 basis
# points to 3.75%", "held interest rates at 5.25%", "sending its shares down 6%", "pushed
# temperatures above 40C".
_OBJECT_CHANGE_RE = re.compile(
    r"""\b(?:cut|cuts|raised?|raises|lowered|lowers|increased|reduced|hiked|lifted|trimmed
    |slashed|boosted|held|holds|kept|keeps|left|leaves|pushed|pushing|drove|driving|sent
    |sending|brought|bringing|took|taking)
    \s+(?P<what>(?:(?:its|their|the|a|an|his|her|our)\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)
    (?:\s+(?:unchanged|steady|stable|flat))?(?:\s+by\s+[^,;]{1,40}?)?\s+(?:to|at|up|down|by|above|below|past)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Verbs of spending, and the noun a sum after them is: "Microsoft will invest A$5 billion".
_SPENDING_NOUNS = {
    "invest": "investment", "invests": "investment", "invested": "investment",
    "investing": "investment", "spend": "spending", "spends": "spending", "spent": "spending",
    "spending": "spending", "borrow": "borrowing", "borrows": "borrowing",
    "borrowed": "borrowing", "borrowing": "borrowing", "donate": "donation",
    "donates": "donation", "donated": "donation", "donating": "donation", "pay": "payment",
    "pays": "payment", "paid": "payment", "paying": "payment",
}  # fmt: skip
_SPENDING_VERB_RE = re.compile(
    rf"\b(?P<verb>{'|'.join(_SPENDING_NOUNS)})(?:\s+(?:a\s+further|another|an\s+extra))?\s*$",
    re.IGNORECASE,
)
# A change set off by commas after the subject: "Oil prices, already up 15% this year, rose".
_ASIDE_CHANGE_RE = re.compile(r",\s+(?:already\s+|still\s+|now\s+)?(?:up|down)\s*$", re.IGNORECASE)
# Words that open an absolute clause of change: "with prices up 2.2% and volumes up 2.1%".
_ABSOLUTE_OPENERS = frozenset(["with", "and", ","])
# A noun of change in apposition: "fell to 59.7% from 67.3%, a drop of 7.6 points".
_CHANGE_NOUN_RE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:increase|rise|fall|drop|decline|decrease|gain|jump"
    r"|reduction|slide|cut)\s+of\s*$",
    re.IGNORECASE,
)
# A time adjunct that ends a subject: "temperatures in the 12 months to June", "sales in the
# first quarter".
_TIME_ADJUNCT_RE = re.compile(
    r"\s+(?:in|during|over|for)\s+(?:the\s+)?(?:\S+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(TIME_NOUNS))})(?:\s+(?:to|through|until)\s+\S+)?$",
    re.IGNORECASE,
)
_AMOUNT_WORD_RE = re.compile(r"(\d[\d,.]*)(?:\s+(?:million|billion|trillion|bn|m)\b)?\s+")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Marks that belong to a name or a grade: "A*".
_NAME_MARKS = frozenset(["*", "+"])
# Pronouns that open a relative clause: "the earthquake, which measured 6.8".
_RELATIVES = frozenset(["which", "that", "who"])
_OBJECT_PRONOUNS = frozenset(["it", "them", "this", "that", "itself", "themselves"])
# A qualifier between a verb and its sum: "valued at about", "worth an estimated".
ROUGHLY = (
    r"(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some|up\s+to"
    r"|an?\s+(?:reported|estimated))\s+)?"
)
# "valued the startup at", "values Shein at": the thing valued, then the sum.
_VALUED_RE = re.compile(
    r"\bvalu(?:ed|es|ing)\s+(?P<what>(?:(?:the|its|their|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?"
    rf"[\w’'-]+)\s+at\s+{ROUGHLY}$",
    re.IGNORECASE,
)
# The passive: "The merger, valued at $69 billion", "Shein was valued at".
_VALUED_AT_RE = re.compile(rf"\bvalued\s+at\s+{ROUGHLY}$", re.IGNORECASE)
# "fined the bank $1.3 billion": the sum is a fine, whatever the "for …" after it says.
_FINED_RE = re.compile(r"\bfined\s+(?:[\w’'-]+\s+){0,4}?$", re.IGNORECASE)
# A noun phrase, then "worth" and the sum: "cocaine worth an estimated £100m".
_WORTH_TAIL_RE = re.compile(rf"(?<=[^\W\d_])\s+worth\s+{ROUGHLY}$", re.IGNORECASE)
# A sentence whose subject is a pronoun and that reaches its amount in a few words:
# "This one's worth $47.5 billion", "It costs $3,499".
_PRONOUN_SUBJECT_RE = re.compile(
    r"^\s*(?:it|this|that)(?:\s+one)?(?:[’']s\b|\s+[\w’']+)(?:\s+[\w’']+){0,2}\s*$",
    re.IGNORECASE,
)
_THEM_SHARE_RE = re.compile(r"^share of (?:them|those|these)\b")
# Adverbs that end a subject: "Taiwanese people never really adopted Twitter".
_FREQUENCY_ADVERBS = frozenset(
    ["never", "always", "often", "rarely", "seldom", "sometimes", "usually", "all"]
)


def noun_subject(before: str) -> str:
    """What the verb right before an amount says is measured: the subject of a verb of change
    or measurement ("Smoking rates among adults dropped to 11.5%" → "Smoking rates among
    adults"; "The plant will cost £46bn" → "cost of plant"), the thing a change in apposition
    or in an absolute clause is of ("…, an increase of 0.6 points", "with prices up 2.2%",
    "…passengers last year, up 6%"), the object a verb changes ("cut its deposit rate by 25
    basis points to 3.75%" → "deposit rate"), or the noun of a verb of spending ("will invest
    A$5 billion" → "investment")."""
    tail = before[-160:]
    m = _MEASURE_VERB_RE.search(tail)
    changed_object = _OBJECT_CHANGE_RE.search(tail)
    if m and changed_object and changed_object.start("what") <= m.start():
        m = None  # a verb's object, not a verb: "cut construction costs by"
    if m:
        subject = _subject_before(before[: len(before) - len(tail) + m.start()])
        costs = subject and m.group().lower().startswith("cost")
        return f"cost of {subject}" if costs else subject  # "The plant will cost £46bn"
    m = _CHANGE_NOUN_RE.search(tail)
    if m:
        return _last_verb_subject(before[: len(before) - len(tail) + m.start()])
    changed = _absolute_change(WORD_RE.findall(tail))
    if changed:
        return changed
    if before.rstrip().endswith(","):  # "carried 19.3 million passengers in June, 10% more"
        return _previous_claim_noun(before.rstrip()[:-1])
    m = _ASIDE_CHANGE_RE.search(before)
    if m:  # "Oil prices, already up 15% this year, …": only a subject that opens the sentence
        head = before[: m.start()]
        return _whole_noun_phrase(WORD_RE.findall(head)) or _previous_claim_noun(head)
    if changed_object:
        return _without_determiner(changed_object.group("what"))
    m = _SPENDING_VERB_RE.search(tail)
    return _SPENDING_NOUNS[m.group("verb").lower()] if m else ""


def _absolute_change(tokens: list[str]) -> str:
    """The noun of an absolute clause of change that ends ``tokens``: "…, with prices up"."""
    if len(tokens) < 3 or tokens[-1].lower() not in ("up", "down"):
        return ""
    start = len(tokens) - 1
    while start and len(tokens) - start < 5 and is_content(tokens[start - 1]):
        start -= 1
    opened = start and tokens[start - 1].lower() in _ABSOLUTE_OPENERS
    return _without_determiner(" ".join(tokens[start:-1])) if opened else ""


def _last_verb_subject(text: str) -> str:
    """The subject of the last verb of change or measurement in ``text``."""
    verbs = list(_ANY_MEASURE_VERB_RE.finditer(text))
    return _subject_before(text[: verbs[-1].start()]) if verbs else ""


def _previous_claim_noun(text: str) -> str:
    """What the last amount in ``text`` measures, for a change set off after it: the subject
    of its verb ("cut the cereal harvest to 3.12 million tonnes, down 43%"), the plural noun
    it counts ("12.4 million containers in 2023, up 8%"), or what it is "of" ("operating
    profit of 4.3 trillion yen for the year to March 2025, down 20%")."""
    amounts = [m for m in _AMOUNT_WORD_RE.finditer(text) if not _YEAR_RE.fullmatch(m.group(1))]
    if not amounts:
        return ""
    head = text[: amounts[-1].start()].rstrip("$€£¥")
    subject = noun_subject(head)
    if subject:
        return subject
    words: list[str] = []
    for tok in WORD_RE.findall(text[amounts[-1].end() :]):
        if not is_content(tok) or len(words) == 3:
            break
        words.append(tok)
    if words and is_plural(words[-1]) and canonical_unit(words[-1]) is None:
        return " ".join(words)
    m = re.search(r"\bof\s+(?:[a-z]+\s+){0,2}$", head)
    return _noun_phrase_ending(WORD_RE.findall(head[: m.start()]), _SUBJECT_LINKS) if m else ""


def noun_lasting(before: str) -> str:
    """What a duration is the length of: the subject of "took"/"lasted" right before it ("The
    generation process took around three minutes" → "generation process"), or the state it is
    spent in ("placed on probation for three years" → "probation")."""
    tail = before[-160:]
    m = _LASTING_RE.search(tail)
    if m:
        return _subject_before(before[: len(before) - len(tail) + m.start()])
    m = _STATE_FOR_RE.search(tail)
    return m.group("state") if m and m.group("state").split()[-1] not in TIME_NOUNS else ""


# A figure a source gives for something: "put the mid-2024 fleet at just 16,800", "pegged
# Kuaishou's active users in June 2024 at about 480 million", "put the number of standard
# racks in use at mid-2024 at about 6.2 million".
_PUT_AT_RE = re.compile(
    r"\b(?:put|puts|putting|pegged|pegs|placed|places)\s+"
    r"(?:(?:the|its|their|his|her)\s+|(?-i:[A-Z])[\w’'-]*[’']s\s+)?"
    r"(?P<what>(?:[\w’'-]+\s+){0,8}?[\w’'-]+)"
    # "put the practical total far lower, at about 60,000"
    r"(?:\s+(?:(?:far|much|a\s+little|slightly|somewhat|considerably)\s+)?(?:lower|higher|smaller"
    r"|larger|down|up),?)?"
    rf"\s+(?:at\s+(?:just\s+|only\s+)?(?:{ROUGHLY}|(?:closer|nearer|close)\s+to\s+|nearer\s+)"
    # "puts Kuaishou's monthly audience nearer 480 million"
    r"|(?:closer|nearer|close)\s+to\s+|nearer\s+)$",
    re.IGNORECASE,
)
# A figure a comparison gives its subject: "Its daily user base is smaller, at roughly 400
# million", "its monthly audience was lower, at about 500 million".
_COMPARED_AT_RE = re.compile(
    r"\b(?:the|its|their|his|her|(?-i:[A-Z])[\w’'-]*[’']s)\s+"
    r"(?P<what>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:is|was|are|were)\s+"
    r"(?:(?:far|much|a\s+little|slightly|somewhat|considerably)\s+)?"
    r"(?:smaller|larger|bigger|lower|higher|greater|fewer|more\s+modest),?\s+"
    rf"at\s+(?:just\s+|only\s+)?{ROUGHLY}$",
    re.IGNORECASE,
)
# A sum a source gives its subject in the passive: "DJI's own revenue is estimated at about
# $3.8 billion", "The company's annual revenue was put at $2 billion".
_PASSIVE_AT_RE = re.compile(
    r"\b(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:now\s+|currently\s+|widely\s+)?"
    rf"(?:estimated|put|pegged|placed|reckoned|calculated|assessed)\s+at\s+(?:just\s+|only\s+)?"
    rf"{ROUGHLY}$",
    re.IGNORECASE,
)
# When the figure holds, inside what it is of: "… in June 2024", "as of 2023".
_WHEN_TAIL_RE = re.compile(r"\s+(?:in|for|during|as\s+of|by|at)\s+(?:\w+[\s-]+)?\d.*$")


def noun_put_at(before: str) -> str:
    """What a source's figure is of, from "put … at": "A tally put the mid-2024 fleet at
    16,800" → "fleet", "put Kuaishou's active users in June 2024 at 480 million" → "active
    users"; or from a comparison: "Its daily user base is smaller, at roughly 400 million"."""
    tail = before[-160:]
    m = _PUT_AT_RE.search(tail) or _COMPARED_AT_RE.search(tail)
    if not m:
        return ""
    words = _WHEN_TAIL_RE.sub("", m.group("what")).split()
    noun = " ".join(w for w in words if not any(c.isdigit() for c in w))
    # ("put it at twelve": a pronoun's noun is the one before, carried)
    if not names_a_figure(noun) and noun.lower() not in _OBJECT_PRONOUNS:
        return noun
    if modifier := counted_before_figure(noun):
        return modifier  # "put the rack total at about 6.5 million"
    # "A tally of registered swap sites … put the number at": what the tally counts; else
    # ("puts the figure at", "the June figure") the figure before it, named there (see the
    # parallel strategy), or the noun after it.
    counted = _TALLY_OF_RE.search(tail, 0, m.start())
    return counted.group("what") if counted else ""


# A count of something: "A tally of registered swap sites compiled by …".
_TALLY_OF_RE = re.compile(
    r"\b(?:tally|count|census|list|audit|register|database)\s+of\s+"
    r"(?P<what>[a-z][\w’'-]*"
    r"(?:\s+(?!by\b|from\b|compiled\b|kept\b|published\b|put\b)[a-z][\w’'-]*){0,3})"
)


def noun_valued(before: str) -> str:
    """What a sum is the value of, from the verb that gives it: "Investors valued the startup
    at $2.3bn" → "valuation of the startup", "The merger, valued at $69 billion" → "valuation
    of merger", "a five-year contract worth a reported $275 million" → "five-year contract",
    "fined the bank $1.3 billion" → "fine", "DJI's own revenue is estimated at about $3.8
    billion" → "DJI's own revenue"."""
    m = _VALUED_RE.search(before[-120:])
    if m:
        what = m.group("what")
        return "valuation" if what.lower() in _OBJECT_PRONOUNS else f"valuation of {what}"
    m = _VALUED_AT_RE.search(before)
    if m:  # "The merger, valued at $69 billion"
        what = _subject_before(before[: m.start()])
        return f"valuation of {what}" if what else "valuation"
    tail = before[-160:]
    m = _PASSIVE_AT_RE.search(tail)
    if m:  # "DJI's own revenue is estimated at about $3.8 billion": its revenue
        return _subject_before(tail[: m.start()])
    if _FINED_RE.search(before[-120:]):
        return "fine"
    m = _WORTH_TAIL_RE.search(before)
    if not m or re.search(r"[’']s$", before[: m.start()]):  # "This one’s worth": a pronoun's
        return ""
    return _subject_before(before[: m.start()])


def _subject_before(text: str) -> str:
    """The subject of the verb that follows ``text``: the noun phrase ending it, the one
    before a clause between commas ("The fine, the largest ever, amounted to"), the one a
    relative pronoun stands for ("the earthquake, which measured"), or the sentence's subject
    when the verb is coordinated ("The bridge … took eight years to build and cost")."""
    figure_of = _FIGURE_OF_RE.match(text)
    if figure_of:  # "The number of batteries circulating through those stations has risen"
        return f"{figure_of.group(1)} of {figure_of.group(2)}"
    tokens = _trim_auxiliaries(_SUBJECT_WORD_RE.findall(text))
    adjunct = _TIME_ADJUNCT_RE.search(" ".join(tokens))
    if adjunct:  # "Global average temperatures in the 12 months to June were"
        tokens = " ".join(tokens)[: adjunct.start()].split()
    if len(tokens) > 1 and tokens[-1].lower() in _RELATIVES and tokens[-2] == ",":
        return _noun_phrase_ending(tokens[:-2], frozenset(["of"]))
    if tokens and tokens[-1] == "," and "," in tokens[:-1]:
        opening = len(tokens) - 2 - tokens[-2::-1].index(",")
        tokens = _trim_auxiliaries(tokens[:opening])
    elif tokens and tokens[-1].lower() in ("and", ","):  # "assets rose, topping $1 trillion"
        return _opening_subject(tokens)
    return _noun_phrase_ending(tokens[-30:], _SUBJECT_LINKS) or _opening_clause(tokens)


def _opening_clause(tokens: list[str]) -> str:
    """A sentence's whole subject when the words before its verb are one noun phrase with
    links and marks: "The proportion of A-level entries awarded A or A*" (not "The report
    said it")."""
    if len(tokens) < 2 or len(tokens) > 14 or tokens[0].lower() not in ("the", "a", "an"):
        return ""
    words: list[str] = []
    for tok in tokens[1:]:
        low = tok.lower()
        if words and tok in _NAME_MARKS:
            words[-1] += tok  # "A*", glued back
        elif is_content(tok) or tok.isupper() or low in _SUBJECT_LINKS or low in ("and", "or"):
            words.append(tok)
        else:
            return ""
    return " ".join(words)


def _trim_auxiliaries(tokens: list[str]) -> list[str]:
    end = len(tokens)
    while end and (tokens[end - 1].lower() in _AUXILIARIES or tokens[end - 1].endswith("ly")):
        end -= 1
    return tokens[:end]


def _noun_phrase_ending(tokens: list[str], links: frozenset[str]) -> str:
    """The noun phrase that ends ``tokens``, running on through ``links``: "Shares of Nvidia"."""
    picked: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        tok, low = tokens[i], tokens[i].lower()
        prev = tokens[i - 1].lower() if i else ""
        inner_link = low in links and prev not in STOP_WORDS  # "Shares of Nvidia"
        inner_determiner = low in DETERMINERS and prev in links  # "for the measure"
        # "the rail line between London and Birmingham"
        pair = low == "and" and "between" in (t.lower() for t in tokens[max(0, i - 4) : i])
        inner = picked and prev and (inner_link or inner_determiner or pair)
        named = is_content(tok) or _COMPOUND_RE.fullmatch(tok) or _AMPERSAND_RE.fullmatch(tok)
        if not (named or inner or _ends_name(tokens, i) or _is_age(tokens, i)):
            break
        if picked and i and is_content(tokens[i - 1]) and _is_verb(tok, tokens[i - 1], picked[-1]):
            break  # a verb after its subject: "Toyota forecast operating profit of"
        picked.append(tok)
        if len(picked) == 12:
            break
    while picked and (picked[-1].lower() in links or picked[-1].lower() in DETERMINERS):
        picked.pop()  # a phrase cut short opens with a word, not a link: not "of the HS2 …"
    return " ".join(reversed(picked))


def _is_verb(tok: str, prev: str, nxt: str) -> bool:
    """True when ``tok`` is a verb between its subject ``prev`` and its object ``nxt``:
    "Apple reported revenue" (not "traded in London", "two-year fixed mortgage rate")."""
    named_subject = prev[0].isupper() and is_content(nxt)
    past = tok.isalpha() and tok.islower() and tok.endswith("ed")  # not "high-speed"
    return tok in PAST_VERBS or (past and named_subject)


_AGE_WORDS = frozenset(["and", "or", "over", "under", "older", "above"])


def _is_age(tokens: list[str], i: int) -> bool:
    """True when tokens[i] belongs to an age inside a subject: "children aged 10 to 11",
    "workers aged 21 and over"."""
    aged = any(t.lower() in ("aged", "under", "over") for t in tokens[max(0, i - 3) : i])
    return aged and (tokens[i].isdigit() or tokens[i].lower() in _AGE_WORDS)


def _ends_name(tokens: list[str], i: int) -> bool:
    """True when tokens[i] is a number that ends a name: "FTSE 100", "Stoxx 600 index" (not
    "March 2024", "In 2023")."""
    prev = tokens[i - 1] if i else "-"
    capitalised = any(c.isupper() for c in prev)  # "FTSE", "iPhone"
    name = is_content(prev) and capitalised and prev.lower() not in TIME_NOUNS
    return name and bool(_NAME_NUMBER_RE.fullmatch(tokens[i]))


def _opening_subject(tokens: list[str]) -> str:
    """The noun phrase a sentence opens with, up to its first verb or punctuation."""
    i = 1 if tokens and tokens[0].lower() in DETERMINERS else 0
    picked: list[str] = []
    while i < len(tokens) and is_content(tokens[i]) and len(picked) < 4:
        if picked and MEASURE_VERB_WORD_RE.fullmatch(tokens[i]):
            return " ".join(picked)  # "The musical opened in 2021 and runs"
        picked.append(tokens[i])
        i += 1
    return " ".join(picked) if i < len(tokens) and not is_content(tokens[i]) else ""


def _whole_noun_phrase(tokens: list[str]) -> str:
    """The tokens as a noun phrase without its determiner, or "" when they are more."""
    words = tokens[1:] if tokens and tokens[0].lower() in DETERMINERS else tokens
    return " ".join(words) if words and all(map(is_content, words)) else ""


def _without_determiner(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[1:] if len(words) > 1 and words[0].lower() in DETERMINERS else words)


def noun_of_pronoun(before: str, prev_sentence: str) -> str:
    """What a pronoun subject stands for, when the sentence opens with it and soon reaches its
    amount: "… set up the third phase of its chip fund. This one's worth $47.5 billion." →
    "third phase of its chip fund" (the first object of the previous sentence)."""
    if not _PRONOUN_SUBJECT_RE.match(before):
        return ""
    tokens = WORD_RE.findall(prev_sentence)
    for i, tok in enumerate(tokens[1:], 1):
        if tok.lower() in ("the", "a", "an"):
            return _object_phrase(tokens[i + 1 :])
    return ""


def share_of_referent(noun: str, prev_sentence: str) -> str:
    """A share "of them" with the group the pronoun stands for, the subject of the previous
    sentence: "Taiwanese people never adopted Twitter. Only 1% of them use it" → "share of
    Taiwanese people use it"; "" when there is no pronoun or no plural subject."""
    m = _THEM_SHARE_RE.match(noun)
    group = _plural_subject(prev_sentence) if m else ""
    return f"share of {group}{noun[m.end() :]}" if m and group else ""


def _plural_subject(sentence: str) -> str:
    tokens = WORD_RE.findall(sentence)
    if len(tokens) > 1 and tokens[1] == ",":  # an opener: "First,", "However,"
        tokens = tokens[2:]
    while tokens and tokens[0].lower() in DETERMINERS:
        tokens.pop(0)
    picked: list[str] = []
    for tok in tokens:
        low = tok.lower()
        if not is_content(tok) or low in _FREQUENCY_ADVERBS or low.endswith("ly"):
            break
        picked.append(tok)
    return " ".join(picked) if picked and is_plural(picked[-1]) else ""


def _object_phrase(tokens: list[str]) -> str:
    """A noun phrase with coordinated adjectives and an "of" complement: "third and largest
    phase of its semiconductor investment fund"."""
    picked: list[str] = []
    for i, tok in enumerate(tokens):
        low = tok.lower()
        last = picked[-1].lower() if picked else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        # "third and largest phase" (not "a car and a house"), "phase of its fund"
        adjectives = low == "and" and last not in ("", "of") and bool(nxt) and is_content(nxt)
        complement = (low == "of" and bool(last)) or (last == "of" and low in DETERMINERS)
        if not (adjectives or complement or is_content(tok)) or len(picked) == 10:
            break
        picked.append(tok)
    while picked and picked[-1].lower() in ("and", "of", *DETERMINERS):
        picked.pop()
    return " ".join(picked)


def is_plural(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") or low in ("people", "children", "men", "women", "police")


def is_content(tok: str) -> bool:
    """A word a noun phrase may hold; "US" is a name, not the pronoun "us"."""
    return tok[0].isalpha() and (tok.lower() not in STOP_WORDS or (tok.isupper() and len(tok) > 1))
