"""Qualifiers: the words before (or after) an amount that say how exact it is.

"about 21,000" → "~", "more than 400" → ">", "up to seven years" → "<=". The qualifier
words are never part of a mention's quote; they are read from the text just before it.
"""

from __future__ import annotations

import re

# Phrase before the amount → qualifier. Longer phrases first: "no more than" must not be
# read as "more than", nor "a little over" as a bare "over".
BEFORE: tuple[tuple[str, str], ...] = (
    ("more or fewer than", "="), ("more or less than", "="), ("more or less", "~"),
    ("no more than", "<="), ("not more than", "<="), ("no fewer than", ">="),
    ("no less than", ">="), ("a little over", ">"), ("a little more than", ">"),
    ("a little under", "<"), ("a little less than", "<"), ("a little below", "<"),
    ("a little above", ">"),
    ("just over", ">"), ("just under", "<"), ("slightly more than", ">"),
    ("slightly less than", "<"), ("well over", ">"), ("more than", ">"), ("over", ">"),
    ("above", ">"), ("upwards of", ">"), ("in excess of", ">"), ("at least", ">="),
    ("as low as", ">="), ("as little as", ">="), ("starting at", ">="), ("starting from", ">="),
    ("up to", "<="), ("as much as", "<="), ("as many as", "<="), ("as high as", "<="),
    ("at most", "<="), ("capped at", "<="), ("within", "<="), ("less than", "<"),
    ("fewer than", "<"), ("under", "<"), ("below", "<"), ("almost", "~"), ("nearly", "~"),
    ("about", "~"), ("around", "~"), ("roughly", "~"), ("approximately", "~"),
    ("some", "~"), ("an estimated", "~"), ("estimated", "~"), ("close to", "~"),
    ("closer to", "~"), ("nearer to", "~"), ("nearer", "~"), ("near", "~"), ("something like", "~"),
    ("approx.", "~"), ("circa", "~"), ("an average of", "~"),
    ("in the region of", "~"), ("just shy of", "<"), ("shy of", "<"), ("north of", ">"),
    ("south of", "<"), ("upward of", ">"), ("a maximum of", "<="), ("a minimum of", ">="),
    ("as few as", ">="),
)  # fmt: skip
# Phrase right after the amount (and its unit) → qualifier: "10 years or so".
AFTER: tuple[tuple[str, str], ...] = (
    ("or so", "~"),
    ("or thereabouts", "~"),
    ("give or take", "~"),
    ("or more", ">="),
    ("or less", "<="),
    ("or fewer", "<="),
    ("plus", ">="),
)


def _alt(phrases: tuple[tuple[str, str], ...]) -> str:
    """A regex alternation of the phrases, in table order (longer phrases come first)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in phrases)


_BEFORE_RE = re.compile(
    rf"\b(?P<q>{_alt(BEFORE)})"
    r"(?:\s+(?:a|an|only|just))?\s*\(?\s*$",  # "more than a 90% share", "(about $120,000"
    re.IGNORECASE,
)
_TRAILING_RE = re.compile(rf"\b(?:{_alt(BEFORE)})(?:\s+(?:a|an|only|just))?\s*$", re.IGNORECASE)
_AFTER_RE = re.compile(rf"^(?:[\s,]*|-)(?P<q>{_alt(AFTER)})\b", re.IGNORECASE)  # "$13bn-plus"
# A phrasal verb "<verb> up" before "up to" makes it "to": "unemployment ticked up to 4.1%"
# ("rose up to 10%", "goes up to 1080p", "drive up to 300 miles" stay "as much as").
_MOVED_UP_RE = re.compile(
    r"\b(?:tick|edg|inch|creep|crept|mov|shot|shoot|ramp|ratchet|bump|revis|nudg)\w*\s+$",
    re.IGNORECASE,
)
# "over five years" after a verb of duration means more than five; elsewhere it is the span.
_OVER_RE = re.compile(r"(?:^|(?P<word>[\w’'—-]+)[,]?)\s+over\s*$", re.I)
_OVER_MEANS_MORE = frozenset([
    "for", "of", "took", "take", "takes", "taking", "lasted", "lasts", "lasting", "spent",
    "spend", "been", "after", "in", "within", "just", "well", "than", "is", "was", "are",
    "were", "be", "—", "-",
])  # fmt: skip
_BEFORE_MAP = {p: q for p, q in BEFORE}
_AFTER_MAP = {p: q for p, q in AFTER}


def qualifier(before: str, after: str, kind: str = "", *, spread: bool = False) -> str:
    """The qualifier of an amount given the sentence text before and after its quote.

    "Over" before an amount is a span, not "more than", when ``spread`` says it joins an
    earlier sum or measure to this one ("£12bn over five years", "3,492 km over 21 stages"),
    and before a duration unless the word before it makes it a length ("took over five years"
    is more than five; "fell 3% over five years" is the span).
    """
    q = _phrase_qualifier(before, after)
    if q == ">" and spread:
        return "="
    if q == ">" and kind == "duration":
        m = _OVER_RE.search(before)
        if m and m.group("word") and m.group("word").lower() not in _OVER_MEANS_MORE:
            return "="
    return q


def _phrase_qualifier(before: str, after: str) -> str:
    window = before[-40:]
    m = _BEFORE_RE.search(window)
    if m:
        phrase = " ".join(m.group("q").lower().split())
        if phrase == "up to" and _MOVED_UP_RE.search(window[: m.start()]):
            return "="
        return _BEFORE_MAP[phrase]
    m = _AFTER_RE.match(after[:20])
    if m:
        return _AFTER_MAP[" ".join(m.group("q").lower().split())]
    return "="


def strip(before: str) -> str:
    """``before`` without the qualifier phrase that ends it: "worth north of " → "worth"."""
    return _TRAILING_RE.sub("", before.rstrip())
