"""What is counted or measured: the shortest faithful noun phrase near an amount."""

from __future__ import annotations

import re

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
    "today", "yesterday", "tomorrow", "including", "excluding", "plus",
    # adverbs of place and manner after an amount: "grossed $1.3 billion worldwide"
    "worldwide", "nationwide", "globally", "overall", "apiece", "altogether", "abroad",
    "overseas",
    # frequent verbs that follow or precede an amount's noun: "a dozen remain in hospital"
    "goes", "go", "went", "comes", "come", "came", "expects", "expect", "plans", "wants",
    "want", "needs", "sees", "see", "saw", "includes", "gets", "got", "makes", "make", "made",
    "gives", "gave", "shows", "showed", "remain", "remains", "remained", "live", "lives",
    "lived", "buy", "buys", "bought", "sells", "owns", "owned", "think", "believe", "believes",
])  # fmt: skip
# Stop words a share's phrase may contain: "share of the population on Earth".
_SHARE_INNER = frozenset(
    ["the", "a", "an", "your", "their", "its", "his", "her", "our", "my", "of", "in", "on", "them"]
)
# Words that end a clause: "$1 billion to build a factory and …".
_CLAUSE_ENDS = frozenset(["and", "but", "while", "which", "that", "who", "whom", "where", "when"])
# Words that start a clause telling what a duration or a sum is for: "three years in prison",
# "two years to finish the research", "$200 on a pressure ball".
_CLAUSE_HEADS = frozenset([
    "in", "to", "since", "before", "after", "of", "on", "for", "through", "from", "into", "at",
    "off",
])  # fmt: skip
# Heads of a clause that says what a span of time is: "two years since I sent out …",
# "the four years between these two news cycles".
_SPAN_HEADS = frozenset(["since", "after", "before", "to", "for", "until", "between"])
# Heads after which a capitalised word is a place or a date, not the thing measured:
# "48.8C in Sicily", "$315tn in the first quarter".
_WHERE_HEADS = frozenset(["in", "on", "at", "since", "before", "after", "through"])
# Words that open a noun phrase without being part of the shortest faithful one.
_DETERMINERS = frozenset([
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
    "those", "each", "every", "some",
])  # fmt: skip
# The head of a time phrase: "in the year to March", "for the first quarter".
_TIME_NOUNS = frozenset([
    "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days",
    "season", "period", "decade", "half", "morning", "afternoon", "evening", "night",
    "start", "end", "beginning", "middle", "close", "turn",
    "weekend", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
])  # fmt: skip
# Heads of a clause after an amount that say where or when, not what it is: "worth £100m at
# the port", "$42,990 before tax credits", "520 kilometres on a single charge".
_NOT_WHAT_HEADS = {
    "money": frozenset(["at", "before", "after", "since"]),
    "measure": frozenset(["on", "at"]),
}
# Frequent irregular past tenses that follow a news subject: "an earthquake struck".
_PAST_VERBS = frozenset([
    "struck", "hit", "shook", "swept", "tore", "left", "sent", "brought", "caught", "fought",
    "won", "lost", "drew", "beat", "led", "sank", "broke",
])  # fmt: skip
# Words a verb's complement opens with: "struck off the coast", "tore through the town".
_PARTICLES = frozenset(["off", "through", "across", "into", "onto", "out", "down", "up", "near"])
# Heads of "for the first time", "on several occasions": when, not what.
_OCCASIONS = frozenset(["time", "times", "occasion", "occasions"])
# Prepositions a noun phrase runs on through when a name follows: "factory in Turkey".
_NAME_LINKS = frozenset(["in", "for", "of", "from"])
_CLAUSE_KINDS = frozenset(["duration", "money", "measure", "rate", "rank"])
# An amount ends on a digit, so "in 2022," keeps its comma: "2022" then ",".
_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*|\d(?:[\d,.]*\d)?\w*|[^\w\s]")
# An amount used as an adjective inside a subject: "the yield on 10-year Treasuries".
_COMPOUND_RE = re.compile(r"\d[\d,.]*-[^\W\d_][\w’'-]*")
_SUBJECT_WORD_RE = re.compile(rf"{_COMPOUND_RE.pattern}|{_WORD_RE.pattern}")
_AMOUNT_TOKENS = frozenset(["$", "€", "£", "¥", "₹", "million", "billion", "trillion", "bn", "m"])
_SHARE_RE = re.compile(r"^\s+(?:share\s+)?of\s+", re.IGNORECASE)
_ADJECTIVE_ENDINGS = ("ive", "er", "ly", "ed", "able", "ible", "ful", "ous", "ent", "ant", "al")
# A dimension adjective after a measure: "828m tall" measures the subject, not "tall".
_DIMENSION_RE = re.compile(r"^[\s-]+(?:tall|high|deep|wide|thick|across|away)\b")
_LONG_RE = re.compile(r"^[\s-]+long\b|^\s+in\s+length\b")
_OF_NUMBER_RE = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?\d[\d,.]*\s+(?=\w)")
_OF_RE = re.compile(r"^\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?")
_CONVERSION_RE = re.compile(r"^\s*\([^()]*\)")
_WORTH_RE = re.compile(
    r"(?:the|a|an|its|their)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+(?:is|was|are|were)\s+"
    r"(?:\w+ly\s+)?worth\s*$"
)
_AMONG_RE = re.compile(r"\bamong\s+(?:the\s+)?(?:few\s+|many\s+)?((?:[\w’'-]+\s+){0,3}[\w’'-]+s)\b")
# Verbs of change or measurement: "Shares of Nvidia fell 5%", "The phone weighs 187 grams",
# "Revenue came in at", and the participles that open a clause ", topping $1 trillion".
_MEASURE_VERBS = r"""(?:rose|rise|rises|risen|grew|grow|grows|grown|fell|fall|falls|fallen
    |dropped|drops|climbed|climbs|jumped|jumps|slid|slides|slumped|surged|soared|plunged
    |plummeted|tumbled
    |declined|declines|increased|increases|decreased|decreases|gained|gains|edged|dipped|hit
    |hits|reached|reach|reaches|topped|tops|totalled|totaled|totals|stood|stands|was|were|is|are
    |be|cost|costs|measured|measures|covers|covered|lasts|lasted|last|shrank|shrunk|expanded
    |closed|ended|opened|amounted|amounts|averaged|averages|ranged|range|ranges|peaked|hovered
    |travels?|travell?ed|moves?|moved|fly|flies|flew|flown|spins?|eased|slowed|accelerated|stands
    |doubled|tripled|halved|quadrupled|widened|narrowed|swelled|rebounded|recovered|slipped
    |sank|rallied|advanced|retreated|crashed|collapsed|weighs?|weighed|spans?|spanned
    |stretch(?:es|ed)?|starts?|started|remain(?:s|ed)?|stay(?:s|ed)|held|holds|recorded
    |records|registered|registers|c[oa]mes?\s+in|rising|falling|climbing|jumping|dropping
    |reaching|hitting|topping|totalling|totaling|surging|soaring|sliding|gaining|declining
    |increasing|ending|closing|trad(?:ed|es|ing)|stand|grossed|grosses|earned|earns|generated
    |generates|fetched|fetches|(?:sold|sells|went|goes)\s+for)"""
# A verb of change or measurement, and what may stand between it and the amount:
# "Global debt hit a record $315tn", "the battery lasts up to", "the deal is worth", "the Dow
# dropped 626 points, or 1.5%".
_MEASURE_VERB_RE = re.compile(
    rf"""\b{_MEASURE_VERBS}
    (?:\s+(?:up|down|back))?(?:\s+(?:by|to|at|from|around|between|below|above|past|beyond))?
    (?:\s+(?:another|a\s+further|an\s+(?:additional|extra)))?
    (?:\s+(?:a|an)\s+(?:record|new\s+record|(?:(?:all-time\s+|record\s+)?(?:high|low)|average
    |total|combined)\s+of))?
    (?:\s+(?:just|only|barely|now|currently|still))?(?:\s+worth)?
    (?:\s+[^\s,]+(?:\s+[^\s,]+)?,\s+or)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MEASURE_VERB_WORD_RE = re.compile(_MEASURE_VERBS, re.IGNORECASE | re.VERBOSE)
# Words between a subject and its verb: "the market for AI chips would reach".
_AUXILIARIES = frozenset([
    "would", "will", "could", "may", "might", "can", "has", "have", "had", "is", "was", "be",
    "been", "now", "also", "still", "currently", "just", "already", "again", "expected", "set",
    "likely", "to", "only", "reportedly", "more", "than", "almost", "forecast", "projected",
    "predicted", "estimated", "due", "poised", "seen",
])  # fmt: skip
# Prepositions inside a subject: "Shares of Nvidia", "Life expectancy in the US".
_SUBJECT_LINKS = frozenset(["of", "in", "for", "among", "on", "at", "to", "from"])
_OF_WHICH_RE = re.compile(r"^\s+of\s+(?:which|whom|them|those)\b", re.IGNORECASE)
_PLURAL_NP_RE = re.compile(r"\b((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*[^s\W]s)\b")
_MAX_WORDS = 6
# Judgements a writer adds to what is counted, not part of it: "dirt-cheap prices as low as
# 298 yuan" are prices, "a record $5bn in profits" is profits.
_EVALUATIVE = frozenset([
    "cheap", "dirt-cheap", "record", "huge", "massive", "whopping", "hefty", "staggering",
    "modest", "paltry", "meagre", "meager", "mere", "enormous", "astonishing", "impressive",
    "eye-watering", "jaw-dropping", "bumper", "sky-high", "rock-bottom", "lofty", "measly",
])  # fmt: skip
# A duration's verb: what comes before it is the thing that lasts ("the process took").
_LASTING_RE = re.compile(
    r"\b(?:took|takes|take|lasted|lasts|last|lasting|spanned|spans|runs|ran|run|held|holds)"
    r"(?:\s+for)?\s*$",
    re.IGNORECASE,
)
# A verb that changes or fixes its object, then the amount: "cut its deposit rate by 25 basis
# points to 3.75%", "held interest rates at 5.25%", "sending its shares down 6%", "pushed
# temperatures above 40C".
_OBJECT_CHANGE_RE = re.compile(
    r"""\b(?:cut|cuts|raised?|raises|lowered|lowers|increased|reduced|hiked|lifted|trimmed
    |slashed|boosted|held|holds|kept|keeps|left|leaves|pushed|pushing|drove|driving|sent
    |sending|brought|bringing|took|taking)
    \s+(?P<what>(?:(?:its|their|the|a|an|his|her|our)\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)
    (?:\s+by\s+[^,;]{1,40}?)?\s+(?:to|at|up|down|by|above|below|past)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Verbs of spending, and the noun a sum after them is: "Microsoft will invest A$5 billion".
_SPENDING_NOUNS = {
    "invest": "investment", "invests": "investment", "invested": "investment",
    "investing": "investment", "spend": "spending", "spends": "spending", "spent": "spending",
    "spending": "spending", "borrow": "borrowing", "borrows": "borrowing",
    "borrowed": "borrowing", "borrowing": "borrowing", "donate": "donation",
    "donates": "donation", "donated": "donation", "donating": "donation",
}  # fmt: skip
_SPENDING_VERB_RE = re.compile(
    rf"\b(?P<verb>{'|'.join(_SPENDING_NOUNS)})(?:\s+(?:a\s+further|another|an\s+extra))?\s*$",
    re.IGNORECASE,
)
# A change set off by commas after the subject: "Oil prices, already up 15% this year, rose".
_ASIDE_CHANGE_RE = re.compile(r",\s+(?:already\s+|still\s+|now\s+)?(?:up|down)\s*$", re.IGNORECASE)
# Pronouns that open a relative clause: "the earthquake, which measured 6.8".
_RELATIVES = frozenset(["which", "that", "who"])
_OBJECT_PRONOUNS = frozenset(["it", "them", "this", "that", "itself", "themselves"])
# A qualifier between a verb and its sum: "valued at about", "worth an estimated".
_ROUGHLY = (
    r"(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some|up\s+to"
    r"|an?\s+(?:reported|estimated))\s+)?"
)
# "valued the startup at", "values Shein at": the thing valued, then the sum.
_VALUED_RE = re.compile(
    r"\bvalu(?:ed|es|ing)\s+(?P<what>(?:(?:the|its|their|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?"
    rf"[\w’'-]+)\s+at\s+{_ROUGHLY}$",
    re.IGNORECASE,
)
# The passive: "The merger, valued at $69 billion", "Shein was valued at".
_VALUED_AT_RE = re.compile(rf"\bvalued\s+at\s+{_ROUGHLY}$", re.IGNORECASE)
# "fined the bank $1.3 billion": the sum is a fine, whatever the "for …" after it says.
_FINED_RE = re.compile(r"\bfined\s+(?:[\w’'-]+\s+){0,4}?$", re.IGNORECASE)
# A noun phrase, then "worth" and the sum: "cocaine worth an estimated £100m".
_WORTH_TAIL_RE = re.compile(rf"(?<=[^\W\d_])\s+worth\s+{_ROUGHLY}$", re.IGNORECASE)
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


def noun_after(after: str, kind: str) -> str:
    """The noun phrase after an amount: "18,000 hydrogen vehicles on …" → "hydrogen vehicles"."""
    if kind == "percent":
        m = _SHARE_RE.match(after)
        if not m:  # "a 20% stake in the miner", "a 5% rise in quarterly profit"
            tokens = _WORD_RE.findall(after[:120])
            if tokens and tokens[0].lower().endswith(_ADJECTIVE_ENDINGS):
                return ""  # "95% effective", "20% higher": the subject is what is measured
            phrase = _phrase_with_complement(tokens)
            # "4.4% year on year": a time, and the subject is what is measured
            return "" if phrase.split(" ", 1)[0].lower() in _TIME_NOUNS else phrase
        phrase = _share_phrase(_WORD_RE.findall(after[m.end() : m.end() + 160]))
        return f"share of {phrase}" if phrase else ""
    if is_length(after):
        return "length"
    if _DIMENSION_RE.match(after):
        return ""
    if kind == "count":
        m = _OF_NUMBER_RE.match(after)  # "90 of the 100 longest tokens" count the same thing
        after = (
            after[m.end() - 1 :] if m else _OF_RE.sub(" ", after)
        )  # "thousands of", "a few of the"
    else:
        after = _CONVERSION_RE.sub("", after)  # "870,000 RMB (about $120,000) through …"
    tokens = _WORD_RE.findall(after[:120])
    if kind == "duration" and tokens and tokens[0].lower() in _SPAN_HEADS:
        return _span_clause(after)
    if kind in _CLAUSE_KINDS and tokens and tokens[0].lower() in _CLAUSE_HEADS:
        head = tokens[0].lower()
        # a sum is not where or when it is found: "£100m at the port"; a measure is not what
        # it is measured on: "520 kilometres on a single charge", "6.8 on the Richter scale"
        if head in _NOT_WHAT_HEADS.get(kind, ()):
            return ""
        return _clause(after)
    return _phrase(tokens)


def is_length(after: str) -> bool:
    """True when the amount is followed by "long" or "in length" ("200 characters long")."""
    return bool(_LONG_RE.match(after))


def noun_before(before: str, linked: bool) -> str:
    """The noun phrase an amount is attached to from the left: "a frame rate of 30fps".

    ``linked`` says a qualifier joined them ("video resolution up to 1080p").
    """
    m = _WORTH_RE.search(before)
    if m:  # "the US drone market is currently worth $6 billion"
        return m.group(1)
    if re.search(r",\s+(?:now\s+|currently\s+)?worth\s*$", before):
        return _last_plural(before)  # "61,000 bitcoins, now worth nearly $4 billion"
    words = _WORD_RE.findall(before[-80:])
    if words and words[-1].lower() in ("of", "for", "from", "at", "as", "by"):
        words = words[:-1]
    elif not linked:  # only an amount joined to the phrase belongs to it: not "carry 2 kg"
        return ""
    if words and words[-1].lower().endswith(("ed", "ing")):  # a verb: "earned 870,000 RMB"
        return ""
    picked: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word[0].isdigit() and picked:
            return ""  # the words are another amount's unit: "12 inches by 14 inches"
        if not word[0].isalpha() or word.lower() in STOP_WORDS or len(picked) == 4:
            break
        if picked and word.lower() in _EVALUATIVE:
            break  # a judgement opens the phrase: "found dirt-cheap prices"
        if picked and word.endswith("ing") and i and words[i - 1] == ",":
            break  # a clause opens: "…, outpacing inflation of 3.2%"
        if picked and word.endswith("ed") and i and _is_content(words[i - 1]):
            break  # a verb after its subject: "the company reported sales of" (not "an estimated")
        picked.append(word)
    if picked and picked[0].lower() in _TIME_NOUNS:  # "in June from 2.6 per cent": a date
        return ""
    return " ".join(reversed(picked))


def shortest(noun: str) -> str:
    """The noun without the judgements that open it: "dirt-cheap prices" → "prices"."""
    words = noun.split()
    while len(words) > 1 and words[0].lower() in _EVALUATIVE:
        words.pop(0)
    return " ".join(words)


def noun_subject(before: str) -> str:
    """What the verb right before an amount says is measured: the subject of a verb of change
    or measurement ("Smoking rates among adults dropped to 11.5%" → "Smoking rates among
    adults"), the object a verb changes ("cut its deposit rate by 25 basis points to 3.75%" →
    "deposit rate"), or the noun of a verb of spending ("will invest A$5 billion" →
    "investment")."""
    tail = before[-160:]
    m = _MEASURE_VERB_RE.search(tail)
    if m:
        return _subject_before(before[: len(before) - len(tail) + m.start()])
    m = _ASIDE_CHANGE_RE.search(before)
    if m:  # "Oil prices, already up 15% this year, …": only a subject that opens the sentence
        return _whole_noun_phrase(_WORD_RE.findall(before[: m.start()]))
    m = _OBJECT_CHANGE_RE.search(tail)
    if m:
        return _without_determiner(m.group("what"))
    m = _SPENDING_VERB_RE.search(tail)
    return _SPENDING_NOUNS[m.group("verb").lower()] if m else ""


def noun_lasting(before: str) -> str:
    """What a duration is the length of, the subject of "took"/"lasted" right before it:
    "The generation process took around three minutes" → "generation process"."""
    tail = before[-160:]
    m = _LASTING_RE.search(tail)
    return _subject_before(before[: len(before) - len(tail) + m.start()]) if m else ""


def noun_valued(before: str) -> str:
    """What a sum is the value of, from the verb that gives it: "Investors valued the startup
    at $2.3bn" → "valuation of the startup", "The merger, valued at $69 billion" → "valuation
    of merger", "a five-year contract worth a reported $275 million" → "five-year contract",
    "fined the bank $1.3 billion" → "fine"."""
    m = _VALUED_RE.search(before[-120:])
    if m:
        what = m.group("what")
        return "valuation" if what.lower() in _OBJECT_PRONOUNS else f"valuation of {what}"
    m = _VALUED_AT_RE.search(before)
    if m:  # "The merger, valued at $69 billion"
        what = _subject_before(before[: m.start()])
        return f"valuation of {what}" if what else "valuation"
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
    tokens = _trim_auxiliaries(_SUBJECT_WORD_RE.findall(text))
    if len(tokens) > 1 and tokens[-1].lower() in _RELATIVES and tokens[-2] == ",":
        return _noun_phrase_ending(tokens[:-2], frozenset(["of"]))
    if tokens and tokens[-1] == "," and "," in tokens[:-1]:
        opening = len(tokens) - 2 - tokens[-2::-1].index(",")
        tokens = _trim_auxiliaries(tokens[:opening])
    elif tokens and tokens[-1].lower() in ("and", ","):  # "assets rose, topping $1 trillion"
        return _opening_subject(tokens)
    return _noun_phrase_ending(tokens[-30:], _SUBJECT_LINKS)


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
        inner_determiner = low in _DETERMINERS and prev in links  # "for the measure"
        inner = picked and prev and (inner_link or inner_determiner)
        if not (_is_content(tok) or _COMPOUND_RE.fullmatch(tok) or inner):
            break
        picked.append(tok)
        if len(picked) == 8:
            break
    return " ".join(reversed(picked))


def _opening_subject(tokens: list[str]) -> str:
    """The noun phrase a sentence opens with, up to its first verb or punctuation."""
    i = 1 if tokens and tokens[0].lower() in _DETERMINERS else 0
    picked: list[str] = []
    while i < len(tokens) and _is_content(tokens[i]) and len(picked) < 4:
        if picked and _MEASURE_VERB_WORD_RE.fullmatch(tokens[i]):
            return " ".join(picked)  # "The musical opened in 2021 and runs"
        picked.append(tokens[i])
        i += 1
    return " ".join(picked) if i < len(tokens) and not _is_content(tokens[i]) else ""


def _whole_noun_phrase(tokens: list[str]) -> str:
    """The tokens as a noun phrase without its determiner, or "" when they are more."""
    words = tokens[1:] if tokens and tokens[0].lower() in _DETERMINERS else tokens
    return " ".join(words) if words and all(map(_is_content, words)) else ""


def _without_determiner(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[1:] if len(words) > 1 and words[0].lower() in _DETERMINERS else words)


def noun_of(before: str) -> str:
    """The noun a bare count is "of": "a vote of 68" → "vote", "an audience of more than 3
    billion" → "audience"."""
    m = re.search(rf"\bof\s+{_ROUGHLY}$", before)
    return noun_before(before[: m.start() + 2], linked=False) if m else ""


def noun_of_which(before: str, after: str) -> str:
    """The group a "1.4 million of which" counts: the last plural noun phrase before it."""
    return _last_plural(before) if _OF_WHICH_RE.match(after) else ""


def _last_plural(before: str) -> str:
    found = ""
    for m in _PLURAL_NP_RE.finditer(before):
        words = [w for w in m.group(1).split() if w.lower() not in STOP_WORDS]
        if words:  # the head and one modifier: a word before those may be a verb ("uses")
            found = " ".join(words[-2:])
    return found


def noun_among(before: str) -> str:
    """The group a bare count picks from: "among the few long tokens …, two are" → "long tokens"."""
    m = _AMONG_RE.search(before)
    return m.group(1) if m else ""


def noun_implied(prev_sentence: str) -> str:
    """What a bare count refers back to: the first plural noun phrase of the previous sentence."""
    for m in _PLURAL_NP_RE.finditer(prev_sentence):
        words = m.group(1).split()
        while words and words[0].lower() in STOP_WORDS:
            words.pop(0)
        if words and all(w.lower() not in STOP_WORDS for w in words):
            return " ".join(words)
    return ""


def noun_of_pronoun(before: str, prev_sentence: str) -> str:
    """What a pronoun subject stands for, when the sentence opens with it and soon reaches its
    amount: "… set up the third phase of its chip fund. This one's worth $47.5 billion." →
    "third phase of its chip fund" (the first object of the previous sentence)."""
    if not _PRONOUN_SUBJECT_RE.match(before):
        return ""
    tokens = _WORD_RE.findall(prev_sentence)
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
    tokens = _WORD_RE.findall(sentence)
    if len(tokens) > 1 and tokens[1] == ",":  # an opener: "First,", "However,"
        tokens = tokens[2:]
    while tokens and tokens[0].lower() in _DETERMINERS:
        tokens.pop(0)
    picked: list[str] = []
    for tok in tokens:
        low = tok.lower()
        if not _is_content(tok) or low in _FREQUENCY_ADVERBS or low.endswith("ly"):
            break
        picked.append(tok)
    return " ".join(picked) if picked and _is_plural(picked[-1]) else ""


def _object_phrase(tokens: list[str]) -> str:
    """A noun phrase with coordinated adjectives and an "of" complement: "third and largest
    phase of its semiconductor investment fund"."""
    picked: list[str] = []
    for i, tok in enumerate(tokens):
        low = tok.lower()
        last = picked[-1].lower() if picked else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        # "third and largest phase" (not "a car and a house"), "phase of its fund"
        adjectives = low == "and" and last not in ("", "of") and bool(nxt) and _is_content(nxt)
        complement = (low == "of" and bool(last)) or (last == "of" and low in _DETERMINERS)
        if not (adjectives or complement or _is_content(tok)) or len(picked) == 10:
            break
        picked.append(tok)
    while picked and picked[-1].lower() in ("and", "of", *_DETERMINERS):
        picked.pop()
    return " ".join(picked)


def _phrase(tokens: list[str]) -> str:
    picked: list[str] = []
    for i, tok in enumerate(tokens):
        superlative = not i and tok.lower() in ("most", "least") and len(tokens) > 1
        if not tok[0].isalpha() or len(picked) == _MAX_WORDS:
            break
        if tok.lower() in STOP_WORDS and not superlative:  # "the most advanced supercomputers"
            break
        if picked and tok.endswith(("ed", "ing")) and _is_plural(picked[-1]):
            break  # a verb after a plural noun: "500 locations stopped drawing"
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not i and tok.endswith("ed") and (not nxt[:1].isalpha() or nxt.lower() in STOP_WORDS):
            break  # a verb right after the amount: "a crowd of 90,000 watched the final"
        if picked and (tok.endswith("ed") or tok.lower() in _PAST_VERBS) and _opens_object(nxt):
            break  # a verb and its object: "a magnitude 7.4 earthquake struck off the coast"
        picked.append(tok)
    return " ".join(picked)


def _opens_object(tok: str) -> bool:
    """True when ``tok`` can open a verb's object or complement: a determiner, a particle, an
    amount or a name."""
    low = tok.lower()
    return bool(tok) and (low in _DETERMINERS or low in _PARTICLES or not tok[0].islower())


def _is_plural(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") or low in ("people", "children", "men", "women", "police")


def _phrase_with_complement(tokens: list[str]) -> str:
    """A noun phrase and its "in"/"of" complement: "rise in quarterly profit"."""
    head = _phrase(tokens)
    n = len(head.split())
    if not head or n + 1 >= len(tokens) or tokens[n].lower() not in ("in", "of"):
        return head
    link = [tokens[n]]
    rest = tokens[n + 1 :]
    while rest and rest[0].lower() in _DETERMINERS:
        link.append(rest.pop(0))
    complement = _phrase(rest)
    return " ".join([head, *link, complement]) if complement else head


def _share_phrase(tokens: list[str]) -> str:
    picked: list[str] = []
    for tok in tokens:
        low = tok.lower()
        if tok[0].isdigit() or tok in _AMOUNT_TOKENS:
            continue  # "half of its $10 billion budget": the budget's own amount
        if not tok[0].isalnum() or (low in STOP_WORDS and low not in _SHARE_INNER):
            break
        picked.append(tok)
    while picked and picked[-1].lower() in _SHARE_INNER - {"them"}:
        picked.pop()
    return " ".join(picked[:8])


def _span_clause(text: str) -> str:
    """Words up to the next clause break or amount, at most eight: what a duration spans."""
    words: list[str] = []
    for tok in _WORD_RE.findall(text[:160]):
        if not tok[0].isalpha() or (words and tok.lower() in _CLAUSE_ENDS):
            break
        words.append(tok)
        if len(words) == 8:
            break
    return " ".join(words)


def _clause(text: str) -> str:
    """The noun phrase of the clause an amount opens: "in prison" → "prison",
    "to build a factory in Turkey" → "factory in Turkey"; "" for a place or a time."""
    tokens = _WORD_RE.findall(text[:160])
    head = tokens[0].lower()
    i = 1
    if head == "to" and len(tokens) > 1 and tokens[1].islower() and tokens[1] not in STOP_WORDS:
        i = 2  # an infinitive: "to build", "to finish"
    while i < len(tokens) and tokens[i].lower() in _DETERMINERS:
        i += 1
    if i + 2 < len(tokens) and tokens[i][0].isdigit() and tokens[i + 1] == "-":
        i += 3  # an amount used as an adjective: "£4bn of 10-year bonds"
    indefinite = i > 1 and tokens[i - 1].lower() in ("a", "an")  # "in a Series B round"
    if i < len(tokens) and head in _WHERE_HEADS and tokens[i][0].isupper() and not indefinite:
        return ""
    words: list[str] = []
    while i < len(tokens) and len(words) < _MAX_WORDS:
        tok = tokens[i]
        low = tok.lower()
        if low in _NAME_LINKS and words and _name_follows(tokens, i + 1):
            words.append(tok)
        elif not _is_content(tok) or (words and _is_participle(tokens, i)):
            break
        else:
            words.append(tok)
        i += 1
    while words and words[-1].lower() in _NAME_LINKS:
        words.pop()
    if not words or words[-1].lower() in _TIME_NOUNS or words[-1].lower() in _OCCASIONS:
        return ""
    return " ".join(words)


def _is_participle(tokens: list[str], i: int) -> bool:
    """True when tokens[i] opens a reduced relative clause: "a round led by Sequoia"."""
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    return tokens[i].lower().endswith("ed") and nxt in ("by", "to", "from", "in", "at", "on")


def _is_content(tok: str) -> bool:
    """A word a noun phrase may hold; "US" is a name, not the pronoun "us"."""
    return tok[0].isalpha() and (tok.lower() not in STOP_WORDS or (tok.isupper() and len(tok) > 1))


def _name_follows(tokens: list[str], i: int) -> bool:
    """True when tokens[i:] starts with a capitalised word, perhaps after "the"."""
    if i < len(tokens) and tokens[i].lower() == "the":
        i += 1
    return i < len(tokens) and tokens[i][0].isupper()
