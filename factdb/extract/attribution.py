"""Who says it (``speaker``) and which outlet a news item cites (``cited_outlet``)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from factdb.extract.gates import by_first_character, by_first_letter

_NAME = r"[A-Z][\w’'.-]*[\w’'-](?:\s+(?:[A-Z][\w’'.-]*[\w’'-]|of|for|de|van|von|al))*"
# A named or described source: "David Fishman", "the company", "A NASA leader".
_SOURCE_NOUN = (
    r"(?:company|firm|government|ministry|report|study|survey|poll|analysis|analysts?"
    r"|researchers?|officials?|spokes(?:man|woman|person)|leader|agency|group|data|bank|court"
    r"|police|regulator|committee|commission|department|office|institute|council|board"
    r"|authorities|union|watchdog|administration|statement|carmaker|automaker|retailer|airline"
    r"|insurer|lender|startup|operator|organi[sz]ation|party|team|source|academic|professor"
    r"|scholar|expert|scientist|economist|analyst|executive|chairman|chairwoman|director"
    r"|minister|secretary|president|founder|manager)"
)
# Sources named by a plural noun with no article: "…, researchers said", "Shenzhen officials
# say", "official figures showed", "Analysts polled by Reuters had expected".
_PLURAL_NOUN = (
    r"(?i:researchers|analysts|officials|scientists|experts|economists|doctors|police"
    r"|authorities|investigators|prosecutors|lawyers|attorneys|residents|witnesses|executives"
    r"|organi[sz]ers|firefighters|rescuers|medics|forecasters|campaigners|activists|traders"
    r"|sources|diplomats"
    r"|lawmakers|regulators|data|figures|statistics|estimates|records|documents|filings"
    r"|calculations|projections|polls|surveys)"
)
# Not a modifier of a plural source: "while economists expected" is a clause of economists'.
_FUNCTION_WORD = r"(?:the|a|an|and|or|of|that|which|as|but|while|when|after|if|because|though|with)"
_PLURAL_SOURCE = (
    rf"(?:(?:{_NAME}|(?<!%\s)(?<!\d\s)\b(?!{_FUNCTION_WORD}\b)[a-z][\w-]+)\s+)?"
    rf"{_PLURAL_NOUN}(?:\s+(?:polled|surveyed|interviewed|contacted|cited|quoted)\s+by\s+{_NAME})?"
)
# "a YouGov poll for The Times": who commissioned or ran it stays part of the source.
# A day or month before a verb is a time, not a source: "… on Tuesday showed".
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|June|July|August|September|October|November|December)\b)"
)
_SUBJECT = (
    rf"(?:{_NOT_A_NAME}{_NAME}|(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w/-]+\s+){{0,4}}?{_SOURCE_NOUN}"
    rf"(?:\s+(?:for|by|from)\s+{_NAME})?|{_PLURAL_SOURCE})"
)
_VERBS = (
    "says", "said", "estimates", "estimated", "wrote", "writes", "tells", "told", "notes",
    "noted", "argues", "argued",
    # "added"/"claimed" say something, not "added 8 million subscribers", "claimed his first win"
    r"add(?:s|ed)(?=\s*(?:that\b|[,.;:”\"]|$))",
    r"claim(?:s|ed)\b(?!\s+(?:his|her|their|its|victory|responsibility|the\s+(?:title|win|lives)))",
    "reports", "reported", "predicts", "predicted", "found", "finds", "shows", "showed", "show",
    "warned", "warns", "stated", "states", "confirmed", "confirms", "revealed", "reveals",
    "disclosed", "discloses", "expected", "expects", "forecast", "forecasts", "projected",
    "projects", "understands", "understood", "learned", "learnt", "suggested", "suggests",
    "indicated", "indicates", "sought", "seeks", "recommended", "recommends",
)  # fmt: skip
_VERB = f"(?:{'|'.join(_VERBS)})"
# "Analysts had on average expected …", "Economists widely predicted …".
_ADVERB = r"(?:(?:[a-z]+ly|on\s+average|on\s+balance)\s+)?"
_AUXILIARY = rf"(?:(?:had|have|has)\s+{_ADVERB})?"
_PRONOUNS = frozenset({"he", "she"})
# A sentence that opens on a person's name: "Lisa Su, AMD’s chief executive, spoke …".
_PERSON_RE = re.compile(
    r"^(?:(?:Senator|Sen\.|Rep\.|President|Vice\s+President|Mayor|Governor|Gov\.|Dr\.|Mr\."
    r"|Mrs\.|Ms\.|Prof\.|Professor|Judge|Justice|(?:Prime|Foreign|Finance)\s+Minister|Minister"
    r"|Chancellor|Secretary|General|Gen\.|Sir|Dame|Lord|Lady|King|Queen|Pope|Coach|Captain"
    r"|Chief\s+Executive|CEO)\s+)?"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})(?=\s*,|\s+[a-z])"
)
_NOT_FIRST_NAMES = frozenset(
    ["The", "A", "An", "In", "On", "At", "For", "But", "And", "This", "That", "These", "Those",
     "It", "When", "While", "After", "Before", "Last", "Next", "According", "As", "If", "So"]
)  # fmt: skip
# Ordered: an explicit "according to" beats a verb; "…,” says X" beats "X says".
SPEAKER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("according_to_outlet", re.compile(
        rf"[Aa]ccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:publication|newspaper|outlet|magazine|agency|broadcaster|site)\s+(?P<who>{_NAME})")),
    ("according_to", re.compile(r"[Aa]ccording\s+to\s+(?P<who>[^,.;:()“”\"]+)")),
    ("data_from", re.compile(  # "Figures from the SMMT", "data released by the Census Bureau"
        r"\b(?i:data|figures|statistics|estimates)\s+(?:(?:released|published|compiled"
        rf"|collected|provided)\s+by|from|by)\s+(?:the\s+)?(?P<who>{_NAME})")),
    # "two-thirds of respondents told Pew Research Center": the share is the pollster's finding.
    ("respondents_told", re.compile(
        rf"\bof\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Za-z]+s\s+(?:(?:surveyed|polled|questioned)\s+)?"
        rf"told\s+(?P<who>(?:the\s+)?{_NAME})")),
    ("verb_subject", re.compile(rf"[,”\"]\s+{_VERB}\s+(?P<who>{_SUBJECT})")),
    ("the_noun_said", re.compile(  # "…, the carmaker said."
        rf"[,”\"]\s+(?P<who>the\s+(?:[\w’'-]+\s+){{0,3}}?[a-z]+)\s+{_VERB}\b")),
    # "Aramco, the world’s biggest oil exporter, said", "The company, which employs 2,000
    # people, said": the source before its description.
    # A subject starts a word: the lookahead skips the other positions fast.
    ("name_described", re.compile(
        rf"\b(?=[A-Za-z])(?P<who>{_SUBJECT}),\s+(?:the|an?|its|which|who|{_NAME}[’']s)\s+[^,]{{1,80}},\s+"
        rf"{_ADVERB}{_AUXILIARY}{_VERB}\b")),
    # "a Times/Siena College survey of 1,023 voters found": the sample is no part of the name.
    ("subject_verb", re.compile(
        rf"\b(?=[A-Za-z])(?P<who>{_SUBJECT})(?:\s+of\s+[\d,]+\s+[a-z]+)?\s+{_ADVERB}{_AUXILIARY}{_VERB}\b")),
    # "Economists expect …": a plural source, not "Two-thirds of Americans say".
    ("plural_verb", re.compile(
        rf"\b(?P<who>{_PLURAL_SOURCE})\s+{_ADVERB}(?:say|expect|estimate|predict|warn)\b")),
    ("it_said", re.compile(rf"[,”\"]\s+(?P<who>it)\s+{_VERB}\b")),
)  # fmt: skip
_PRONOUN_RE = re.compile(
    r"(?:^|[,”\"]\s+)(?:he|she|they)\s+" + _VERB + r"\b|\b(?:he|she)\s+" + _VERB + r"\b", re.I
)
_LABEL_RE = re.compile(r"^(?P<label>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}):\s")
_OUTLET_RE = re.compile(r"\((?P<outlet>[A-Z][^()$]{1,60}?)(?:\s*\$)?\s*\)?(?P<stop>[.?!])?\s*$")
_NOT_OUTLETS = frozenset({"DMD", "VPP", "FSD", "CNAS", "DPP", "WAIC"})
# News outlets and journals cited by name alone: the international wire services, broadcasters,
# newspapers, business press and medical and science journals most often cited in English news.
KNOWN_OUTLETS = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg News",
    "Bloomberg", "Dow Jones", "Xinhua", "Kyodo", "Yonhap", "Interfax", "TASS", "ANSA", "dpa",
    "BBC", "CNN", "CNBC", "NPR", "PBS", "NBC", "ABC", "CBS", "Fox News", "Sky News", "Al Jazeera",
    "NHK", "Deutsche Welle", "France 24", "Euronews", "ITV", "Channel 4",
    "New York Times", "Washington Post", "Wall Street Journal", "Financial Times", "FT",
    "Guardian", "Times", "Sunday Times", "Telegraph", "Economist", "Independent", "Observer",
    "Los Angeles Times", "USA Today", "Politico", "Axios", "Semafor", "Information", "Nikkei Asia",
    "Nikkei", "Caixin", "South China Morning Post", "Straits Times", "Yomiuri", "Asahi",
    "Der Spiegel", "Le Monde", "Handelsblatt", "El País", "Corriere della Sera", "Forbes",
    "Fortune", "Business Insider", "Insider", "MarketWatch", "Barron’s", "Barron's", "Wired",
    "The Verge", "TechCrunch", "Rest of World", "ProPublica", "Lancet", "Nature", "Science",
    "New England Journal of Medicine", "JAMA", "BMJ",
)  # fmt: skip
_KNOWN_OUTLET = "|".join(re.escape(o) for o in sorted(KNOWN_OUTLETS, key=len, reverse=True))
# A name that says it is a news outlet: "Bloomberg News", "The Jakarta Post", "Korea Herald".
_OUTLET_SUFFIX = (
    r"News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Daily|Press|Broadcasting|Radio"
    r"|Television|TV|Magazine|Chronicle|Observer|Standard|Mail|Express|Wire|Review"
)
# "The Times of India", "Voice of America": a place after the name stays part of it.
_OUTLET_NAME = (
    rf"(?:The\s+)?(?:(?:{_KNOWN_OUTLET})(?![\w’'-])"
    rf"|(?:[A-Z][\w’'&.-]*\s+){{1,3}}(?:{_OUTLET_SUFFIX})\b)(?:\s+of\s+[A-Z][a-z]+\b)?"
)
# The outlet-type noun that names one: "the Nikkei business daily", "broadcaster NHK".
# "Daily" only after the name: before one it is an adjective ("daily Covid cases").
OUTLET_NOUN = (
    r"(?:newspaper|broadcaster|magazine|tabloid|journal|news\s+agency|website|publication"
    r"|newsletter)"
)
# "the British newspaper": a nationality, not a name, unless the name is an outlet's.
_DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:ese|ish|an|ch|i)")
# Ordered: an outlet given as a source; the first to match in the paragraph is the one cited.
OUTLET_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("typed", re.compile(
        rf"\b{OUTLET_NOUN}\s+({_NAME})"
        # "the Chinese online publication Personage": the name after the noun is the outlet's.
        rf"|\bthe\s+({_NAME})\s+(?:[a-z]+\s+)?(?:{OUTLET_NOUN}|daily)\b(?!\s+[A-Z])")),
    ("cited", re.compile(
        r"\b(?:told|interview\s+with|[Aa]ccording\s+to|[Cc]iting|cited\s+by|seen\s+by|reviewed\s+by"
        r"|obtained\s+by|polled\s+by|surveyed\s+by|commissioned\s+by|for|in|by|with)\s+"
        rf"(?:(?:the|a|an)\s+)?({_OUTLET_NAME})")),
    # These two open on the name: the lookahead skips every position that cannot start one
    # (each known outlet starts with a capital, or is "dpa").
    ("outlets_work", re.compile(  # "Reuters calculations showed", "a Bloomberg News analysis"
        rf"(?=[A-Zd])({_OUTLET_NAME})(?:[’']s)?\s+(?:calculations?|analysis|tally|poll|survey|report"
        r"|estimates?|count|investigation|review|data)\b")),
    ("reported", re.compile(
        rf"(?=[A-Zd])({_OUTLET_NAME})\s+(?:(?:has|had)\s+)?(?:(?:[a-z]+ly|earlier|first)\s+)?"
        r"(?:reported|reports|said|says"
        r"|understands|learned|learnt|revealed|found|calculated|estimated|wrote)\b")),
)  # fmt: skip


def cited_outlet(paragraph: str, sentence: str) -> str:
    """The news outlet or publication a paragraph's ``sentence`` cites: in brackets at the
    paragraph's end ("… (Bloomberg $)" → "Bloomberg"), else :func:`named_outlet` of the
    sentence. A paragraph's other sentences need not come from the outlet one of them names."""
    if outlet := _bracketed_outlet(paragraph):
        return outlet
    return named_outlet(sentence)


@lru_cache(maxsize=1)  # the same paragraph for each of its sentences
def _bracketed_outlet(paragraph: str) -> str:
    m = _OUTLET_RE.search(paragraph)
    if not m:
        return ""
    outlet = m.group("outlet").strip()
    if m.group("stop"):  # a bracket inside the sentence: an outlet only by its name, not "(DMD)."
        return outlet if re.fullmatch(_OUTLET_NAME, outlet) else ""
    return "" if outlet in _NOT_OUTLETS or len(outlet.split()) > 6 else outlet


# Every outlet pattern but the typed one holds an outlet's name, and so a known outlet or an
# outlet's suffix: searched for by first letter, a cheap test that most sentences fail.
_OUTLET_WORDS_RE = re.compile(
    by_first_character([*map(re.escape, KNOWN_OUTLETS), *_OUTLET_SUFFIX.split("|")])
)
_NAMING_OUTLET = frozenset(name for name, _ in OUTLET_PATTERNS if name != "typed")


def named_outlet(sentence: str) -> str:
    """The outlet a sentence names as a source: "…, Mayor Eric Adams told Reuters" → "Reuters",
    "according to a Bloomberg report", "the Nikkei business daily reported", "in The Lancet"."""
    named: bool | None = None  # whether the sentence holds an outlet's word, once asked
    for name, pattern in OUTLET_PATTERNS:
        if name in _NAMING_OUTLET:
            named = bool(_OUTLET_WORDS_RE.search(sentence)) if named is None else named
            if not named:
                continue
        for m in pattern.finditer(sentence):
            outlet = next(g for g in m.groups() if g)
            if not _DEMONYM_RE.fullmatch(outlet) or re.fullmatch(_OUTLET_NAME, outlet):
                return outlet
    return ""


def interview_label(paragraph: str, known: dict[str, str]) -> str:
    """The speaker of a Q&A paragraph ("Mullaney: …"; "M: …" after "Mullaney:" was seen)."""
    m = _LABEL_RE.match(paragraph)
    if not m:
        return ""
    label = m.group("label")
    if len(label) == 1:
        return known.get(label, label)
    known.setdefault(label[0], label)
    return label


def person(sentence: str) -> str:
    """The person a sentence opens on, for a later "she said": "Senator Maria Lopez spoke …"."""
    m = _PERSON_RE.match(sentence)
    if not m or m.group("name").split()[0] in _NOT_FIRST_NAMES:
        return ""
    return m.group("name")


def speaker(sentence: str, last_person: str) -> str:
    """Who the sentence attributes its claims to; a "he said" is ``last_person``, an "…, it
    said" the organisation the sentence opens on."""
    if m := _attribution(sentence):
        who = m.group("who").strip().rstrip(".")
        if who.lower() in _PRONOUNS:
            return last_person
        if who == "it":
            return _opening_organisation(sentence)
        first, _, rest = who.partition(" ")
        if rest and first in ("The", "An"):  # "The company says" mid-text: "the company"
            return f"{first.lower()} {rest}"
        return who
    if last_person and _PRONOUN_RE.search(sentence):
        return last_person
    return ""


# Cheap necessary conditions for the patterns that hold a verb, tried once per sentence: most
# sentences have none, and the costliest patterns try a subject at every word. The pattern of
# respondents opens on a word boundary (tried at every character): the word it must hold is
# searched for alone, several times faster, as is the "ccording" of "according to". The
# verbs' gate is their alternation grouped by first letter: searched for those letters, it
# costs half what the plain one does; so are the nouns of data.
_VERB_RE = re.compile(by_first_character(_VERBS))
_ACCORDING_RE = re.compile(r"ccording")
_GATES = {
    "according_to_outlet": _ACCORDING_RE,
    "according_to": _ACCORDING_RE,
    "data_from": re.compile(by_first_letter(["data", "figures", "statistics", "estimates"]), re.I),
    "respondents_told": re.compile(r"told"),
    "verb_subject": _VERB_RE,
    "the_noun_said": _VERB_RE,
    "name_described": _VERB_RE,
    "subject_verb": _VERB_RE,
    "plural_verb": re.compile(r"(?:say|expect|estimate|predict|warn)\b"),
    "it_said": _VERB_RE,
}


# Each of :data:`SPEAKER_PATTERNS` with its gate (None: tried on every sentence).
_GATED_PATTERNS = tuple((pattern, _GATES.get(name)) for name, pattern in SPEAKER_PATTERNS)


@lru_cache(maxsize=256)  # the sentence's speaker, then each of its amounts', ask again
def _attribution(sentence: str) -> re.Match[str] | None:
    """The first of :data:`SPEAKER_PATTERNS` to match the sentence."""
    # Gates by identity: hashing a compiled pattern hashes its whole program (microseconds).
    passed: dict[int, bool] = {}
    for pattern, gate in _GATED_PATTERNS:
        if gate is not None:
            held = passed.get(id(gate))
            if held is None:
                held = passed[id(gate)] = gate.search(sentence) is not None
            if not held:
                continue
        if m := pattern.search(sentence):
            return m
    return None


# "the 240,000 forecast by economists", "a 6% rise forecast in a Reuters poll": the agent's.
_AGENT_RE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:forecast|expected|predicted|projected|estimated|anticipated)"
    rf"\s+(?:by\s+(?P<who>{_SUBJECT})|in\s+(?P<poll>(?:a|an|the)\s+(?:[\w/-]+\s+){{0,3}}?"
    r"(?:poll|survey)))"
)
# An attribution in a subordinate clause whose verb says something ("…, after the carmaker
# reported its first drop", "… as the agency warned the heatwave could last") is the clause's
# own, not the rest of the sentence's; "…, as the ministry reported on Friday" is a source.
_SUBORDINATE_RE = re.compile(
    r"\b(?:after|as|while|when|because|before|following|amid|since|until|once|although|though"
    r"|whereas)\s+(?:[\w’'.-]+\s+){0,6}$",
    re.I,
)
_COMPLEMENT_RE = re.compile(
    r"\s+(?!(?:on|in|at|by|to|for|from|with|last|this|earlier|late|later|today|yesterday)\b)"
    r"[\w’'-]"
)
# The clause of estimates an "according to" ends: "…, above analysts’ average estimate of
# $26.8 billion, according to LSEG data" — the provider is the estimates' source only.
_ACCORDING_TO_RE = re.compile(r"according\s+to\b", re.I)
_ESTIMATE_RE = re.compile(
    r"\b(?:estimates?|consensus|expectations|expected|forecasts?|predicted)\b[^,;]*$", re.I
)
_DIGIT_RE = re.compile(r"\d")


def speaker_for(sentence: str, start: int, end: int, default: str) -> str:
    """Who asserts the amount at ``sentence[start:end]``, given the sentence's speaker
    ``default``: the agent of a forecast ("the 240,000 forecast by economists"); nobody the
    sentence names, for an amount outside the subordinate clause that holds the attribution
    ("Shares fell 12% after the carmaker reported …"); the attribution of the amount's own
    clause ("…, while analysts expected 4%"); for an amount before a later amount's clause,
    the attribution opening the sentence ("Nvidia forecast $28 billion, plus or minus 2%, …,
    above the estimate of $26.8 billion, according to LSEG data": the last clause's only), or
    nobody when an "according to" follows a clause of estimates ("Revenue rose 12%, beating
    estimates of $4.1 billion, according to LSEG data"); else ``default``."""
    if agent := _AGENT_RE.match(sentence, end):
        return agent.group("who") or agent.group("poll")
    m = _attribution(sentence)
    if m is None:
        return default
    spans = clauses(sentence)
    outside = _outside_subordinate(sentence, m, spans, start, end)
    if outside is not None:
        return outside
    lo, hi = _clause_at(spans, start)
    if own := speaker(sentence[lo:hi], ""):
        return own
    if m.start() >= hi and _DIGIT_RE.search(sentence, hi, m.start()):
        head = speaker(sentence[:hi], "")
        before = sentence[: _clause_at(spans, m.start())[0]]
        provider = _ACCORDING_TO_RE.match(sentence, m.start()) and _ESTIMATE_RE.search(before)
        return head if head or provider else default
    return default


def _clause_at(spans: Clauses, pos: int) -> tuple[int, int]:
    return next((c for c in spans if c[0] <= pos < c[1]), spans[-1])


def _outside_subordinate(
    sentence: str, m: re.Match[str], spans: Clauses, start: int, end: int
) -> str | None:
    """The speaker of the rest of the sentence, for an amount outside the subordinate clause
    that holds the attribution ``m``; None when the amount is inside it or there is none."""
    sub = _SUBORDINATE_RE.search(sentence, 0, m.start("who"))
    if sub is None or not _COMPLEMENT_RE.match(sentence, m.end()):
        return None
    if end <= sub.start():
        return speaker(sentence[: sub.start()], "")
    clause_end = _clause_at(spans, m.start("who"))[1]
    return speaker(sentence[clause_end:], "") if start >= clause_end else None


# The organisation a sentence opens on, as its subject: "Ryanair carried …", "The airline’s
# profit …"; a name must be followed by a verb-like word, so "Sales at X rose" gives nothing.
_OPENING_ORGANISATION_RE = re.compile(
    r"^(?:(?P<described>The\s+[a-z]+)(?:[’']s)?[\s,]"
    rf"|(?P<name>{_NAME})(?:[’']s\s|\s+(?:[a-z]+(?:ed|s)|will|would|has|had|is|was|plans)\b))"
)


def _opening_organisation(sentence: str) -> str:
    m = _OPENING_ORGANISATION_RE.match(sentence)
    if m is None:
        return ""
    if m.group("described"):
        return "the " + m.group("described").split()[1]
    return "" if m.group("name").split()[0] in _NOT_FIRST_NAMES else m.group("name")


_WORD = r"[^\W\d][\w’'.&+-]*"  # no digits: a clause with an amount says more than who
_ATTRIBUTION_CLAUSE_RE = re.compile(
    rf"^[\s,;:—–“”\"']*(?:[Aa]ccording\s+to\b[^\d]*|(?:{_WORD}\s+){{1,6}}?{_AUXILIARY}{_VERB}"
    rf"(?:\s+{_WORD}){{0,6}})[\s.,;:—–“”\"']*$"
)


# Clause breaks: a comma not inside a number or a date ("June 30, 2024"), a semicolon, a colon
# not inside a clock time ("at 7:58 a.m."), a dash, and "and"/"but" before an auxiliary ("… in
# 2023 and will spend …").
AND_AUXILIARY = (
    r"(?:and|but)\s+(?:will|would|could|can|may|might|should|must|has|have|had|is|are|was|were)"
)
_CLAUSE_BREAK_RE = re.compile(
    rf",(?!\d|\s+(?:1[89]|20)\d\d\b)|;|:(?!\d)|[—–]|\s(?={AND_AUXILIARY}\b)"
)

Clauses = tuple[tuple[int, int], ...]


@lru_cache(maxsize=1)  # asked per amount, by speaker_for and by dates.pick
def clauses(sentence: str) -> Clauses:
    """(start, end) of each clause of a sentence; each but the first starts at its break."""
    cuts = [0, *(m.start() for m in _CLAUSE_BREAK_RE.finditer(sentence)), len(sentence)]
    return tuple(pairwise(cuts))


def is_attribution(clause: str) -> bool:
    """True for a clause that only says who asserts something: ", the company said in a
    statement", ", Mayor Eric Adams told Reuters", ", according to the ministry"."""
    return bool(_ATTRIBUTION_CLAUSE_RE.match(clause))


def opens_quotation(sentence: str) -> bool:
    """True for a sentence that starts inside quotation marks: “Transportation happens …”."""
    return sentence.lstrip().startswith(("“", '"'))


def closes_quotation(sentence: str) -> bool:
    """True for a sentence that holds a closing quotation mark: “… scenarios,” Luke says."""
    return "”" in sentence or sentence.count('"') >= 2


def quotation_speaker(sentence: str, last_person: str, quoted: str) -> str:
    """The speaker a quoted sentence passes on to the quotation's next sentence: its own
    attributed speaker, else the one it inherited when it is itself quoted, else ""."""
    if not closes_quotation(sentence):
        return ""
    return speaker(sentence, last_person) or (quoted if opens_quotation(sentence) else "")


def is_person(who: str) -> bool:
    """True for a speaker named like a person ("Fishman", "Austin Wang"), not "the company"."""
    return bool(who) and who[0].isupper() and who.split()[0] not in _NOT_FIRST_NAMES


def is_outlet(name: str) -> bool:
    """Whether ``name`` is a news outlet's by itself: a known outlet ("Reuters") or a name
    ending in an outlet's word ("Pan-Asia Wire", "MIT Technology Review")."""
    return re.fullmatch(_OUTLET_NAME, name) is not None
