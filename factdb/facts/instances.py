"""Which numbered one of a thing a figure is of: "the fund's first phase", "phase three",
"its second factory". Two figures of different ones of a thing ("138.7 billion yuan raised by
the first phase" against "the third phase … worth $47.5 billion") are look-alikes, however
alike their words.

Periods ("the first quarter", "its second year") are not instances: the figure's date tells
those apart, and a change between them is a timeline of one fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factdb.extract.numbers import UNITS_WORDS, alternation
from factdb.extract.rules import ORDINAL_WORDS
from factdb.facts.noun_keys import IRREGULAR, singular

# An instance's key: the counted thing and its number, "phase 3".
Instance = str

_ORDINAL = rf"(?P<ord>{alternation(ORDINAL_WORDS)}|\d{{1,2}}(?:st|nd|rd|th))"
# "the first phase", "the third and largest phase", "its second factory"
_ORDINAL_BEFORE = re.compile(
    rf"\b{_ORDINAL}(?:\s+and\s+[a-z]+est)?\s+(?P<thing>[a-z]+)\b", re.IGNORECASE
)
# "phase three", "round 2": the things news numbers after their name
_NUMBERED_THINGS = ("phase", "round", "stage", "tranche", "wave", "generation", "edition")
_NUMBERED_AFTER = re.compile(
    rf"\b(?P<thing>{'|'.join(_NUMBERED_THINGS)})\s+"
    rf"(?P<num>{alternation(list(UNITS_WORDS))}|\d{{1,2}})\b(?![.,]\d)",
    re.IGNORECASE,
)
# Words one of those patterns needs (looked up before either is tried).
_CUES = (*ORDINAL_WORDS, *_NUMBERED_THINGS)
_NUMERIC_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
# What an ordinal numbers that is no thing of its own: a period, a rank, a time (and any
# superlative: "the second largest").
_NOT_THINGS = frozenset(
    {"time", "times", "half", "quarter", "year", "month", "week", "day", "hour", "minute",
     "season", "place", "most", "worst"}
)  # fmt: skip


@lru_cache(maxsize=4096)  # one sentence's figures ask of it in turn
def instances(
    text: str, skip: frozenset[str] = frozenset()
) -> tuple[tuple[int, int, Instance], ...]:
    """Each numbered thing ``text`` names, as (start, end, "thing N"), in order; a word of
    ``skip`` (function words: "a second for each") is no thing."""
    lowered = text.lower()
    # Most sentences name none: words looked up first, the patterns only where one is.
    if not any(cue in lowered for cue in _CUES) and not _NUMERIC_ORDINAL.search(text):
        return ()
    found = []
    for m in _ORDINAL_BEFORE.finditer(text):
        thing = m["thing"].lower()
        if singular(thing) in _NOT_THINGS or thing in skip or thing.endswith("est"):
            continue
        if thing.endswith("ed") or thing in IRREGULAR:
            continue  # a verb: "when the case first drew wide attention"
        word = m["ord"].lower()
        n = ORDINAL_WORDS.index(word) + 1 if word in ORDINAL_WORDS else int(word[:-2])
        found.append((m.start(), m.end(), f"{singular(thing)} {n}"))
    for m in _NUMBERED_AFTER.finditer(text):
        num = m["num"].lower()
        n = UNITS_WORDS[num] if num in UNITS_WORDS else int(num)
        found.append((m.start(), m.end(), f"{m['thing'].lower()} {n}"))
    return tuple(sorted(found))


def instance_of(
    sentence: str,
    start: int,
    end: int,
    others: Sequence[int] = (),
    noun: str = "",
    skip: frozenset[str] = frozenset(),
) -> Instance:
    """The numbered thing the figure at ``sentence[start:end]`` is of: the one its sentence
    names nearest to it with no other of its figures (starting at ``others``) between them,
    one of its own clause first ("the third phase …, worth 344 billion yuan; the first phase
    …": the third), else the one its counted ``noun`` names ("third and largest phase of its
    fund", carried from the sentence before); "" if none. ``skip``: as :func:`instances`."""
    best, nearest = "", (True, len(sentence) + 1)
    for at, stop, key in instances(sentence, skip):
        gap = (stop, start) if stop <= start else (end, at)
        distance = (";" in sentence[gap[0] : gap[1]], max(gap[1] - gap[0], 0))
        if distance < nearest and not any(gap[0] < o < gap[1] for o in others):
            best, nearest = key, distance
    if best:
        return best
    named = instances(noun, skip)
    return named[0][2] if named else ""


def thing_of(instance: Instance) -> str:
    """The thing an instance numbers: "phase" of "phase 3"; "" of none."""
    return instance.rsplit(" ", 1)[0]


def other_instances(a: Instance, b: Instance) -> bool:
    """Whether two figures are of different numbered ones of one thing ("phase 1", "phase 3")."""
    return bool(a and b) and a != b and thing_of(a) == thing_of(b)
