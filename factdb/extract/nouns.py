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
    "said", "says", "say", "told", "last", "past", "next", "recent",
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
])  # fmt: skip
_CLAUSE_KINDS = frozenset(["duration", "money", "measure", "rate", "rank"])
_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*|\d[\d,.]*\w*|[^\w\s]")
_SHARE_RE = re.compile(r"^\s+(?:share\s+)?of\s+", re.IGNORECASE)
_LONG_RE = re.compile(r"^[\s-]+long\b|^\s+in\s+length\b")
_OF_NUMBER_RE = re.compile(r"^\s+of\s+(?:the\s+)?\d[\d,.]*\s+(?=\w)")
_OF_RE = re.compile(r"^\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?")
_CONVERSION_RE = re.compile(r"^\s*\([^()]*\)")
_WORTH_RE = re.compile(
    r"(?:the|a|an|its|their)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+(?:is|was|are|were)\s+"
    r"(?:\w+ly\s+)?worth\s*$"
)
_AMONG_RE = re.compile(r"\bamong\s+(?:the\s+)?(?:few\s+|many\s+)?((?:[\w’'-]+\s+){0,3}[\w’'-]+s)\b")
_PLURAL_NP_RE = re.compile(r"\b((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*[^s\W]s)\b")
_MAX_WORDS = 6


def noun_after(after: str, kind: str) -> str:
    """The noun phrase after an amount: "18,000 hydrogen vehicles on …" → "hydrogen vehicles"."""
    if kind == "percent":
        m = _SHARE_RE.match(after)
        return (
            f"share of {_share_phrase(_WORD_RE.findall(after[m.end() : m.end() + 160]))}"
            if m
            else ""
        )
    if is_length(after):
        return "length"
    if kind == "count":
        m = _OF_NUMBER_RE.match(after)  # "90 of the 100 longest tokens" count the same thing
        after = (
            after[m.end() - 1 :] if m else _OF_RE.sub(" ", after)
        )  # "thousands of", "a few of the"
    else:
        after = _CONVERSION_RE.sub("", after)  # "870,000 RMB (about $120,000) through …"
    tokens = _WORD_RE.findall(after[:120])
    if kind in _CLAUSE_KINDS and tokens and tokens[0].lower() in _CLAUSE_HEADS:
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
    words = _WORD_RE.findall(before[-80:])
    if words and words[-1].lower() in ("of", "for", "from", "at", "as"):
        words = words[:-1]
    elif not linked:  # only an amount joined to the phrase belongs to it: not "carry 2 kg"
        return ""
    if words and words[-1].lower().endswith("ed"):  # a verb: "a businessman earned 870,000 RMB"
        return ""
    picked: list[str] = []
    for word in reversed(words):
        if not word[0].isalpha() or word.lower() in STOP_WORDS or len(picked) == 4:
            break
        picked.append(word)
    return " ".join(reversed(picked))


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


def _phrase(tokens: list[str]) -> str:
    picked: list[str] = []
    for tok in tokens:
        if not tok[0].isalpha() or tok.lower() in STOP_WORDS or len(picked) == _MAX_WORDS:
            break
        picked.append(tok)
    return " ".join(picked)


def _share_phrase(tokens: list[str]) -> str:
    picked: list[str] = []
    for tok in tokens:
        low = tok.lower()
        if not tok[0].isalnum() or (low in STOP_WORDS and low not in _SHARE_INNER):
            break
        picked.append(tok)
    while picked and picked[-1].lower() in _SHARE_INNER - {"them"}:
        picked.pop()
    return " ".join(picked[:8])


def _clause(text: str) -> str:
    """Words up to the next clause break or amount, at most eight."""
    words: list[str] = []
    for tok in _WORD_RE.findall(text[:160]):
        if not tok[0].isalpha() or (words and tok.lower() in _CLAUSE_ENDS):
            break
        words.append(tok)
        if len(words) == 8:
            break
    return " ".join(words)
