"""Who says it (``speaker``) and which outlet a news item cites (``cited_outlet``)."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'.-]*[\w’'-](?:\s+(?:[A-Z][\w’'.-]*[\w’'-]|of|for|de|van|von|al))*"
# A named or described source: "David Fishman", "the company", "A NASA leader".
_SOURCE_NOUN = (
    r"(?:company|firm|government|ministry|report|study|survey|poll|analysis|analysts?"
    r"|researchers?|officials?|spokes(?:man|woman|person)|leader|agency|group|data|bank|court"
    r"|police|regulator|committee|commission|department|office|institute|council|board"
    r"|authorities|union|watchdog|administration|statement|carmaker|automaker|retailer|airline"
    r"|insurer|lender|startup|operator|organi[sz]ation|party|team|source|academic|professor"
    r"|scholar|expert|scientist|economist|analyst)"
)
# Sources named by a plural noun with no article: "…, researchers said", "Shenzhen officials say".
_PLURAL_SOURCE = (
    r"(?:[A-Z][\w’'-]+\s+)?(?:researchers|analysts|officials|scientists|experts|economists"
    r"|doctors|police|authorities|investigators|prosecutors|residents|witnesses|executives"
    r"|sources|diplomats|lawmakers|regulators)"
)
_SUBJECT = rf"(?:{_NAME}|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?{_SOURCE_NOUN}|{_PLURAL_SOURCE})"
_VERB = (
    r"(?:says|said|estimates|estimated|wrote|writes|tells|told|added|adds|notes|noted|argues"
    r"|argued|claims|claimed|reports|reported|predicts|predicted|found|finds|shows|showed"
    r"|warned|warns|stated|states|confirmed|confirms|revealed|reveals|disclosed|discloses)"
)
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
        rf"according\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:publication|newspaper|outlet|magazine|agency|broadcaster|site)\s+(?P<who>{_NAME})")),
    ("according_to", re.compile(r"according\s+to\s+(?P<who>[^,.;:()“”\"]+)")),
    ("data_from", re.compile(rf"\b(?:data|figures|statistics)\s+from\s+(?P<who>{_NAME})")),
    ("verb_subject", re.compile(rf"[,”\"]\s+{_VERB}\s+(?P<who>{_SUBJECT})")),
    ("the_noun_said", re.compile(  # "…, the carmaker said."
        rf"[,”\"]\s+(?P<who>the\s+(?:[\w-]+\s+){{0,2}}?[a-z]+)\s+{_VERB}\b")),
    ("subject_verb", re.compile(rf"(?P<who>{_SUBJECT})\s+(?:[a-z]+ly\s+)?{_VERB}\b")),
)  # fmt: skip
_PRONOUN_RE = re.compile(
    r"(?:^|[,”\"]\s+)(?:he|she|they)\s+" + _VERB + r"\b|\b(?:he|she)\s+" + _VERB + r"\b", re.I
)
_LABEL_RE = re.compile(r"^(?P<label>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}):\s")
_OUTLET_RE = re.compile(r"\((?P<outlet>[A-Z][^()$]{1,60}?)(?:\s*\$)?\s*\)?\s*$")
_NOT_OUTLETS = frozenset({"DMD", "VPP", "FSD", "CNAS", "DPP", "WAIC"})


def cited_outlet(paragraph: str) -> str:
    """The outlet a news item cites in brackets at its end: "… (Bloomberg $)" → "Bloomberg"."""
    m = _OUTLET_RE.search(paragraph)
    if not m or paragraph.rstrip().endswith((").", ")?")):
        return ""
    outlet = m.group("outlet").strip()
    return "" if outlet in _NOT_OUTLETS or len(outlet.split()) > 6 else outlet


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
    """Who the sentence attributes its claims to; a "he said" is ``last_person``."""
    for _name, pattern in SPEAKER_PATTERNS:
        m = pattern.search(sentence)
        if m:
            who = m.group("who").strip().rstrip(".")
            if who.lower() in _PRONOUNS:
                return last_person
            first, _, rest = who.partition(" ")
            if rest and first in ("The", "An"):  # "The company says" mid-text: "the company"
                return f"{first.lower()} {rest}"
            return who
    if last_person and _PRONOUN_RE.search(sentence):
        return last_person
    return ""


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
