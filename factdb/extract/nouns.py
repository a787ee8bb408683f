"""What is counted or measured: the shortest faithful noun phrase near an amount.

This module reads the phrase after an amount ("18,000 hydrogen vehicles") and the one it is
attached to from the left ("a frame rate of 30fps"); :mod:`factdb.extract.clause_subjects` finds
what a verb before an amount measures, and its functions are re-exported here.
"""

from __future__ import annotations

import re

from factdb.extract.clause_subjects import (
    DETERMINERS,
    MEASURE_VERB_WORD_RE,
    PAST_VERBS,
    ROUGHLY,
    STOP_WORDS,
    TIME_NOUNS,
    WORD_RE,
    is_content,
    is_plural,
    noun_lasting,
    noun_of_pronoun,
    noun_put_at,
    noun_subject,
    noun_valued,
    share_of_referent,
)
from factdb.extract.currency import SUBUNITS, to_iso
from factdb.extract.numbers import SCALE_WORDS, TENS_WORDS, UNITS_WORDS

__all__ = [
    "STOP_WORDS",
    "is_length",
    "noun_after",
    "noun_among",
    "noun_before",
    "noun_implied",
    "noun_lasting",
    "noun_of",
    "noun_of_pronoun",
    "noun_of_which",
    "noun_put_at",
    "noun_subject",
    "noun_valued",
    "share_of_referent",
    "shortest",
]

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
# Heads of a clause after an amount that say where or when, not what it is: "worth £100m at
# the port", "$42,990 before tax credits", "520 kilometres on a single charge", "travelled 4.5
# billion km to reach Pluto".
_NOT_WHAT_HEADS = {
    "money": frozenset(["at", "before", "after", "since"]),
    "measure": frozenset(["on", "at", "to"]),
}
# Words a verb's complement opens with: "struck off the coast", "tore through the town".
_PARTICLES = frozenset(["off", "through", "across", "into", "onto", "out", "down", "up", "near"])
# Words after which a word is a verb: "will rise by 9.8%".
_MODALS = frozenset(["will", "would", "could", "can", "may", "might", "should", "must", "to"])
# Nouns of speed after a percentage: "grew at a 4.1% pace".
_PACES = frozenset(["pace", "clip"])
# Words after a noun that looks like a past verb: "a $5bn hit to profits".
_HIT_LINKS = frozenset(["to", "on", "from", "of"])
# Words after a verb of change: "fell to", "rose by".
_CHANGE_LINKS = frozenset(["to", "by", "from"])
# Where a thing is, after a bare verb: "factories sit within", "stations stand in".
_PLACE_LINKS = frozenset(
    ["within", "around", "across", "near", "along", "inside", "throughout", "among", "in", "on",
     "at"]
)  # fmt: skip
# Adverbials after an amount that say how it is reckoned, not what it is: "145.2p on average".
_RECKONING_RE = re.compile(r"^\s+(?:on\s+average|in\s+total|in\s+all|in\s+real\s+terms)\b")
# Heads of "for the first time", "on several occasions": when, not what.
_OCCASIONS = frozenset(["time", "times", "occasion", "occasions"])
# Prepositions a noun phrase runs on through when a name follows: "factory in Turkey".
_NAME_LINKS = frozenset(["in", "for", "of", "from"])
_CLAUSE_KINDS = frozenset(["duration", "money", "measure", "rate", "rank"])
_AMOUNT_TOKENS = frozenset(["$", "€", "£", "¥", "₹", "million", "billion", "trillion", "bn", "m"])
_SHARE_RE = re.compile(r"^\s+(?:share\s+)?of\s+", re.IGNORECASE)
_ADJECTIVE_ENDINGS = ("ive", "er", "ly", "ed", "able", "ible", "ful", "ous", "ent", "ant", "al")
# A dimension adjective after a measure: "828m tall" measures the subject, not "tall".
_DIMENSION_RE = re.compile(r"^[\s-]+(?:tall|high|deep|wide|thick|across|away)\b")
_LONG_RE = re.compile(r"^[\s-]+long\b|^\s+in\s+length\b")
_OF_NUMBER_RE = re.compile(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|those\s+|these\s+)?"
    r"(?:[\w.-]+['’]s\s+)?"  # "90 of the model's 100 longest tokens"
    r"(?:same\s+|top\s+|first\s+|largest\s+|biggest\s+)?"
    r"(?:\d[\d,.]*|(?:one\s+|a\s+)?(?:hundred|thousand)|ten|twenty|fifty)\s+(?=\w)"
)
_OF_RE = re.compile(r"^\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?")
_CONVERSION_RE = re.compile(r"^\s*\([^()]*\)")
# When an amount was given, between it and the clause saying what it is for: "17bn yuan in
# 2024 for an infrastructure package", "$5 million last year on new buses".
_LEADING_TIME_RE = re.compile(
    r"^\s+(?:in\s+(?:(?:19|20)\d\d|(?-i:[A-Z][a-z]+)(?:\s+(?:19|20)\d\d)?)"
    r"|(?:last|this|next)\s+(?:year|month|week|quarter))(?=\s+(?:for|on)\b)"
)
# An amount and the bracket of its conversion: "reached 118F (" before "47.8C)".
_CONVERTED_RE = re.compile(r"\d[\d,.]*\s*[^\s(]*\s*\(\s*$")
_PLUS_MINUS_RE = re.compile(r",?\s*(?:plus\s+or\s+minus|±)\s*$", re.IGNORECASE)
_TRAILING_ROUGHLY_RE = re.compile(rf"\b{ROUGHLY}$")  # "reached about " before "118F (47.8C)"
# "an audience of more than " (not a qualifier's "of": "a user base north of ")
_OF_ROUGHLY_RE = re.compile(
    rf"(?<!north\s)(?<!upwards\s)(?<!excess\s)(?<!shy\s)(?<!short\s)\bof\s+{ROUGHLY}$"
)
_OLD_RE = re.compile(r"^[\s-]+old\b")
_WORTH_RE = re.compile(
    r"(?:the|a|an|its|their)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+(?:is|was|are|were)\s+"
    r"(?:\w+ly\s+)?worth\s*$"
)
_AMONG_RE = re.compile(r"\bamong\s+(?:the\s+)?(?:few\s+|many\s+)?((?:[\w’'-]+\s+){0,3}[\w’'-]+s)\b")
_OF_WHICH_RE = re.compile(r"^\s+of\s+(?:which|whom|them|those)\b", re.IGNORECASE)
# (Not from a possessive's "s": "Gogoro’s battery-swap sites" are "battery-swap sites".)
_PLURAL_NP_RE = re.compile(r"(?<![’'])\b((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*[^s\W]s)\b")
_MAX_WORDS = 6
# After a word ending in "s", what makes it a verb, not a plural: a name or an amount as its
# object.
_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:[A-Z]|\d|(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+\d)"
)
_AMOUNT_BEFORE_RE = re.compile(r"\d\s+(?:[A-Z]{1,3}\s+)?$")  # "14 cents", "14 US cents"
# Judgements a writer adds to what is counted, not part of it: "dirt-cheap prices as low as
# 298 yuan" are prices, "a record $5bn in profits" is profits.
_EVALUATIVE = frozenset([
    "cheap", "dirt-cheap", "record", "huge", "massive", "whopping", "hefty", "staggering",
    "modest", "paltry", "meagre", "meager", "mere", "enormous", "astonishing", "impressive",
    "eye-watering", "jaw-dropping", "bumper", "sky-high", "rock-bottom", "lofty", "measly",
])  # fmt: skip


def noun_after(after: str, kind: str) -> str:
    """The noun phrase after an amount: "18,000 hydrogen vehicles on …" → "hydrogen vehicles"."""
    if kind == "percent":
        m = _SHARE_RE.match(after)
        if not m:  # "a 20% stake in the miner", "a 5% rise in quarterly profit"
            tokens = WORD_RE.findall(after[:120])
            if tokens and tokens[0].lower().endswith(_ADJECTIVE_ENDINGS):
                return ""  # "95% effective", "20% higher": the subject is what is measured
            phrase = _phrase_with_complement(tokens)
            # "4.4% year on year": a time, "grew at a 4.1% pace": a speed; the subject is what
            # is measured
            words = phrase.lower().split()
            return "" if words and (words[0] in TIME_NOUNS or words[-1] in _PACES) else phrase
        phrase = _share_phrase(WORD_RE.findall(after[m.end() : m.end() + 160]))
        return f"share of {phrase}" if phrase else ""
    after = after.removeprefix(")")  # a conversion's closing bracket: "(48km) of new track"
    if is_length(after):
        return "length"
    if kind == "duration" and _OLD_RE.match(after):
        return "age"  # "500 years old"
    if _RECKONING_RE.match(after):
        return ""
    if _DIMENSION_RE.match(after):
        return ""
    if kind == "count":
        m = _OF_NUMBER_RE.match(after)  # "90 of the 100 longest tokens" count the same thing
        after = (
            after[m.end() - 1 :] if m else _OF_RE.sub(" ", after)
        )  # "thousands of", "a few of the"
    else:
        after = _CONVERSION_RE.sub("", after)  # "870,000 RMB (about $120,000) through …"
        after = _LEADING_TIME_RE.sub("", after)  # "17bn yuan in 2024 for a package"
    tokens = WORD_RE.findall(after[:120])
    if kind == "duration" and tokens and tokens[0].lower() in _SPAN_HEADS:
        return _span_clause(after)
    if kind in _CLAUSE_KINDS and tokens and tokens[0].lower() in _CLAUSE_HEADS:
        head = tokens[0].lower()
        # a sum is not where or when it is found: "£100m at the port"; a measure is not what
        # it is measured on: "520 kilometres on a single charge", "6.8 on the Richter scale"
        if head in _NOT_WHAT_HEADS.get(kind, ()):
            return ""
        return _clause(after)
    if tokens and tokens[0].islower() and tokens[0].endswith("ing"):
        return _phrase_with_complement(tokens)  # "9.79 trillion yen intervening in the market"
    return _phrase(tokens)


def is_length(after: str) -> bool:
    """True when the amount is followed by "long" or "in length" ("200 characters long")."""
    return bool(_LONG_RE.match(after))


def noun_before(before: str, linked: bool) -> str:
    """The noun phrase an amount is attached to from the left: "a frame rate of 30fps".

    ``linked`` says a qualifier joined them ("video resolution up to 1080p"). A conversion
    in brackets measures what the amount before it does ("reached 118F (47.8C)").
    """
    m = _CONVERTED_RE.search(before)
    if m:
        first = _TRAILING_ROUGHLY_RE.sub("", before[: m.start()])
        return noun_subject(first) or noun_before(first, linked=False)
    before = _PLUS_MINUS_RE.sub("", before)  # "a margin of error of plus or minus"
    m = _WORTH_RE.search(before)
    if m:  # "the US drone market is currently worth $6 billion"
        return m.group(1)
    if re.search(r",\s+(?:now\s+|currently\s+)?worth\s*$", before):
        return _last_plural(before)  # "61,000 bitcoins, now worth nearly $4 billion"
    words = WORD_RE.findall(before[-80:])
    if words and words[-1].lower() in ("of", "for", "from", "at", "as", "by"):
        words = words[:-1]
    elif not linked:  # only an amount joined to the phrase belongs to it: not "carry 2 kg"
        return ""
    last = words[-1].lower() if words else ""
    determined = len(words) > 1 and words[-2].lower() in DETERMINERS
    verb = last.endswith(("ed", "ing")) and not determined
    # a verb: "earned 870,000 RMB" (not a noun: "a reading of"); a hedge: "the share was
    # likely closer to 70%"
    if verb or last in _HEDGES:
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
        past = word.endswith("ed") or word in PAST_VERBS
        if picked and past and i and is_content(words[i - 1]):
            break  # a verb after its subject: "the company reported sales of" (not "an estimated")
        picked.append(word)
    if picked and picked[0].lower() in TIME_NOUNS:  # "in June from 2.6 per cent": a date
        return ""
    opener = words[len(words) - len(picked) - 1].lower() if len(words) > len(picked) else ""
    if opener in _MODALS:  # a verb: "will rise by 9.8%"
        return ""
    return " ".join(reversed(picked))


def shortest(noun: str) -> str:
    """The noun without the judgements that open it: "dirt-cheap prices" → "prices"."""
    words = noun.split()
    while len(words) > 1 and words[0].lower() in _EVALUATIVE:
        words.pop(0)
    return " ".join(words)


def noun_of(before: str) -> str:
    """The noun a bare count is "of": "a vote of 68" → "vote", "an audience of more than 3
    billion" → "audience"."""
    m = _OF_ROUGHLY_RE.search(before)
    return noun_before(before[: m.start() + 2], linked=False) if m else ""


def noun_of_which(before: str, after: str) -> str:
    """The group a "1.4 million of which" counts: the last plural noun phrase before it."""
    return _last_plural(before) if _OF_WHICH_RE.match(after) else ""


def _last_plural(before: str) -> str:
    found = ""
    for m in _PLURAL_NP_RE.finditer(before):
        head = m.group(1).split()[-1].lower()
        if head in STOP_WORDS or (
            _AMOUNT_BEFORE_RE.search(before, 0, m.start()) and (head in SUBUNITS or to_iso(head))
        ):
            continue  # "last month she has": its "has" a verb; "about 14 US cents": a sum's
        words = [w for w in m.group(1).split() if w.lower() not in STOP_WORDS]
        if words:  # the head and one modifier: a word before those may be a verb ("uses")
            found = " ".join(words[-2:])
    return found


def noun_among(before: str) -> str:
    """The group a bare count picks from: "among the few long tokens …, two are" → "long tokens"."""
    m = _AMONG_RE.search(before)
    return m.group(1) if m else ""


# Pronouns that take a verb in "-s" ("everyone counts", "nobody agrees").
_ONE_OR_ALL = frozenset(
    ["everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "everything",
     "something", "nothing"]
)  # fmt: skip


def noun_implied(prev_sentence: str) -> str:
    """What a bare count refers back to: the first plural noun phrase of the previous sentence
    that is not an amount ("in three seconds" counts nothing), past an opening clause that
    sets the scene ("Spread over more than 2,500 sites, the firm had about 12,500 swap
    stations" → "swap stations"), if the rest has one."""
    opening = _SCENE_OPENING_RE.match(prev_sentence)
    if opening:
        return _first_plural(prev_sentence, opening.end()) or _first_plural(prev_sentence, 0)
    return _first_plural(prev_sentence, 0)


# An opening participle or preposition's clause: "Spread over …,", "With 12,500 stations …,".
_SCENE_OPENING_RE = re.compile(
    r"(?:[A-Z][a-z]+ed|Spread|Built|Set|Given|Seen|With|Across|Over|After|Besides|Including"
    r"|Unlike|Beyond)\b(?:[^,;]|,(?=\d)){0,80},\s"
)


def _first_plural(prev_sentence: str, start: int) -> str:
    for m in _PLURAL_NP_RE.finditer(prev_sentence, start):
        if _OBJECT_AFTER_RE.match(prev_sentence, m.end()):
            continue  # a verb: "China still trails South Korea", "Japan counts about 8,900"
        words = m.group(1).split()
        # (nor the scale word of one: "8.1 million racks" → "racks", "1.4 million-plus")
        while words and (
            words[0].lower() in STOP_WORDS or words[0].lower().split("-")[0] in SCALE_WORDS
        ):
            words.pop(0)
        if words and words[0].lower() in _ONE_OR_ALL:
            continue  # a pronoun and its verb: "Not everyone counts the same way."
        amount = bool(words) and (words[0].lower() in UNITS_WORDS or words[0].lower() in TENS_WORDS)
        if words and not amount and all(w.lower() not in STOP_WORDS for w in words):
            return " ".join(words)
    return ""


# A verb of reporting a figure, in the past: "… Gogoro reported", "… the company claimed".
_REPORTED_RE = re.compile(
    r"(?:reported|claimed|cited|announced|counted|estimated|listed|recorded|said|gave|quoted)",
    re.I,
)
# Adverbs that hedge a figure, between its verb and its qualifier.
_HEDGES = frozenset(["likely", "probably", "possibly", "perhaps", "maybe", "arguably"])
# Endings of adverbs (not of adjectives in -ly: "daily", "early", "elderly").
_ADVERB_ENDINGS = ("ally", "ively", "ently", "antly", "ously", "edly")


def _phrase(tokens: list[str]) -> str:
    picked: list[str] = []
    for i, tok in enumerate(tokens):
        superlative = not i and tok.lower() in ("most", "least") and len(tokens) > 1
        if not tok[0].isalpha() or len(picked) == _MAX_WORDS:
            break
        if tok.lower() in STOP_WORDS and not superlative:  # "the most advanced supercomputers"
            break
        if picked and tok.endswith(("ed", "ing")) and is_plural(picked[-1]):
            break  # a verb after a plural noun: "500 locations stopped drawing"
        if picked and tok.lower().endswith("ly") and is_plural(picked[-1]):
            break  # an adverb after a plural noun: "16,500 vehicles actually on the road"
        if not i and tok.lower().endswith(_ADVERB_ENDINGS):
            break  # an adverb right after the amount: "only about 350 actually open"
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not i and tok.endswith("ed") and (not nxt[:1].isalpha() or nxt.lower() in STOP_WORDS):
            break  # a verb right after the amount: "a crowd of 90,000 watched the final"
        if not i and tok.lower() in PAST_VERBS and nxt.lower() not in _HIT_LINKS:
            break  # "$156 million beat forecasts", "24 stood at" (not "a $5bn hit to profits")
        if not i and tok[:1].isupper() and _REPORTED_RE.fullmatch(nxt):
            break  # a name and its verb: "the more than five hundred Gogoro reported"
        if picked and (tok.lower() in UNITS_WORDS or tok.lower() in TENS_WORDS):
            break  # another amount: "took 150 firefighters six hours"
        if picked and tok.lower() in PAST_VERBS:
            break  # a verb: "a magnitude 6.4 earthquake struck southern Taiwan"
        if picked and tok.endswith("ed") and _opens_object(nxt):
            break  # a verb and its object: "500 homes destroyed the", "crowd watched the"
        if picked and MEASURE_VERB_WORD_RE.fullmatch(tok) and nxt.lower() in _CHANGE_LINKS:
            break  # a verb of change: "the two-year fixed rate fell to"
        if (
            picked
            and is_plural(picked[-1])
            and not is_plural(tok)
            and tok.islower()
            and nxt.lower() in _PLACE_LINKS
        ):
            break  # a verb after a plural noun: "thousands of component factories sit within"
        picked.append(tok)
    return " ".join(picked)


def _opens_object(tok: str) -> bool:
    """True when ``tok`` can open a verb's object or complement: a determiner, a particle, an
    amount or a name."""
    low = tok.lower()
    return bool(tok) and (low in DETERMINERS or low in _PARTICLES or not tok[0].islower())


def _phrase_with_complement(tokens: list[str]) -> str:
    """A noun phrase and its "in"/"of" complement: "rise in quarterly profit"."""
    head = _phrase(tokens)
    n = len(head.split())
    if not head or n + 1 >= len(tokens) or tokens[n].lower() not in ("in", "of"):
        return head
    link = [tokens[n]]
    rest = tokens[n + 1 :]
    while rest and rest[0].lower() in DETERMINERS:
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
    tokens = WORD_RE.findall(text[:160])
    if len(tokens) > 1 and (tokens[1].lower() in TIME_NOUNS or tokens[1][0].isdigit()):
        return ""  # a date, not what the span is: "the 12 months to June"
    for tok in tokens:
        if not tok[0].isalpha() or (words and tok.lower() in _CLAUSE_ENDS):
            break
        words.append(tok)
        if len(words) == 8:
            break
    return " ".join(words)


def _clause(text: str) -> str:
    """The noun phrase of the clause an amount opens: "in prison" → "prison",
    "to build a factory in Turkey" → "factory in Turkey"; "" for a place or a time."""
    tokens = WORD_RE.findall(text[:160])
    head = tokens[0].lower()
    i = 1
    if head == "to" and len(tokens) > 1 and tokens[1].islower() and tokens[1] not in STOP_WORDS:
        i = 2  # an infinitive: "to build", "to finish"
    while i < len(tokens) and tokens[i].lower() in DETERMINERS:
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
        elif not is_content(tok) or (words and (_is_participle(tokens, i) or low in PAST_VERBS)):
            break  # "a round led by Sequoia", "90mm of rain fell in 12 hours"
        else:
            words.append(tok)
        i += 1
    while words and words[-1].lower() in _NAME_LINKS:
        words.pop()
    if not words or words[-1].lower() in TIME_NOUNS or words[-1].lower() in _OCCASIONS:
        return ""
    if head in _WHERE_HEADS and any(w.lower() in TIME_NOUNS for w in words):
        return ""  # a time: "in the fiscal year ended Sept. 30"
    return " ".join(words)


def _is_participle(tokens: list[str], i: int) -> bool:
    """True when tokens[i] opens a reduced relative clause: "a round led by Sequoia"."""
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    return tokens[i].lower().endswith("ed") and nxt in ("by", "to", "from", "in", "at", "on")


def _name_follows(tokens: list[str], i: int) -> bool:
    """True when tokens[i:] starts with a capitalised word, perhaps after "the", that is not a
    month or a day ("gold in March")."""
    if i < len(tokens) and tokens[i].lower() == "the":
        i += 1
    return i < len(tokens) and tokens[i][0].isupper() and tokens[i].lower() not in TIME_NOUNS
