"""Who says it (``speaker``) and which outlet a news item cites (``cited_outlet``)."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'.-]*[\w’'-](?:\s+(?:[A-Z][\w’'.-]*[\w’'-]|of|de|van|von|al))*"
# A named or described source: "David Fishman", "the company", "A NASA leader".
_SOURCE_NOUN = (
    r"(?:company|firm|government|ministry|report|study|survey|analysts?|researchers?|officials?"
    r"|spokes(?:man|woman|person)|leader|agency|group|data)"
)
_SUBJECT = rf"(?:{_NAME}|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?{_SOURCE_NOUN})"
_VERB = (
    r"(?:says|said|estimates|estimated|wrote|writes|tells|told|added|adds|notes|noted|argues"
    r"|argued|claims|claimed|reports|reported|predicts|predicted)"
)
# Ordered: an explicit "according to" beats a verb; "…,” says X" beats "X says".
SPEAKER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("according_to_outlet", re.compile(
        rf"according\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:publication|newspaper|outlet|magazine|agency|broadcaster|site)\s+(?P<who>{_NAME})")),
    ("according_to", re.compile(r"according\s+to\s+(?P<who>[^,.;:()“”\"]+)")),
    ("data_from", re.compile(rf"\b(?:data|figures|statistics)\s+from\s+(?P<who>{_NAME})")),
    ("verb_subject", re.compile(rf"[,”\"]\s+{_VERB}\s+(?P<who>{_SUBJECT})")),
    ("subject_verb", re.compile(rf"(?P<who>{_SUBJECT})\s+{_VERB}\b")),
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


def speaker(sentence: str, last_speaker: str) -> str:
    """Who the sentence attributes its claims to; a "he said" repeats ``last_speaker``."""
    for _name, pattern in SPEAKER_PATTERNS:
        m = pattern.search(sentence)
        if m:
            who = m.group("who").strip().rstrip(".")
            first, _, rest = who.partition(" ")
            if rest and first in ("The", "An"):  # "The company says" mid-text: "the company"
                return f"{first.lower()} {rest}"
            return who
    if last_speaker and _PRONOUN_RE.search(sentence):
        return last_speaker
    return ""
