"""Folding a counted noun to its grouping form: "hydrogen-powered vehicles" → "hydrogen vehicle".

The rules are data, applied in this order (each documented where it is defined):
lower-case and split hyphens, drop filler words and filler suffixes, singularise the head
noun (the last word) by the irregular table, then the first matching suffix rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Modifier suffixes that say how a thing works, not what it is: "hydrogen-powered vehicles"
# and "hydrogen vehicles" count the same vehicles. The stem before the suffix is kept.
FILLER_SUFFIXES = ("powered", "fueled", "fuelled", "driven", "based", "run", "operated")
# Words that qualify the count, not the thing counted ("new vehicles", "more stations").
FILLER_WORDS = frozenset(
    {"a", "an", "the", "new", "more", "other", "additional", "total", "such", "some", "those"}
)
# Plurals no suffix rule gets right.
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "mice": "mouse", "feet": "foot", "teeth": "tooth", "geese": "goose",
    "data": "data", "media": "media", "criteria": "criterion", "phenomena": "phenomenon",
    "indices": "index", "analyses": "analysis", "crises": "crisis", "series": "series",
    "species": "species", "news": "news", "lives": "life", "wives": "wife", "knives": "knife",
    "leaves": "leaf", "halves": "half", "shelves": "shelf", "buses": "bus", "gases": "gas",
}  # fmt: skip
# Irregular past forms, as their verb: "took around three minutes" meets "each taking".
IRREGULAR: dict[str, str] = {
    "took": "take", "taken": "take", "sold": "sell", "spent": "spend", "built": "build",
    "made": "make", "paid": "pay", "grew": "grow", "grown": "grow", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "ran": "run", "won": "win", "lost": "lose",
    "bought": "buy", "brought": "bring", "kept": "keep", "sent": "send", "gave": "give",
    "given": "give", "got": "get", "shrank": "shrink", "shrunk": "shrink", "drew": "draw",
    "drawn": "draw", "wrote": "write", "written": "write", "began": "begin",
    "begun": "begin", "saw": "see", "seen": "see", "went": "go", "gone": "go",
    "became": "become", "came": "come",
}  # fmt: skip
# Words ending in "s" that are already singular.
SINGULAR_S = frozenset(
    {"bus", "gas", "virus", "status", "campus", "census", "bonus", "chassis", "lens", "plus"}
)
# (plural ending, singular ending), first match wins, so longer endings come first.
SUFFIX_RULES: tuple[tuple[str, str], ...] = (
    ("ies", "y"),  # batteries → battery (but not "series", handled above)
    ("sses", "ss"),  # businesses → business
    ("ches", "ch"),  # inches → inch
    ("shes", "sh"),  # crashes → crash
    ("xes", "x"),  # taxes → tax
    ("zzes", "zz"),
    ("oes", "o"),  # tomatoes → tomato
    ("ss", "ss"),  # business stays business
    ("us", "us"),  # campus stays campus
    ("is", "is"),  # analysis stays analysis
    ("s", ""),  # vehicles → vehicle
)

_PLURAL_ENDINGS = tuple(plural for plural, _ in SUFFIX_RULES)  # a word ending in none keeps it
_WORD = re.compile(r"[a-z0-9][a-z0-9.'’]*")
# A filler suffix ending a hyphenated word: "hydrogen-powered" → "hydrogen".
_FILLER_SUFFIX = re.compile(r"-(?:{})(?!\S)".format("|".join(FILLER_SUFFIXES)))


def singular(word: str) -> str:
    """The singular of an English noun by the rule tables above."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in SINGULAR_S or len(word) <= 2 or not word.endswith(_PLURAL_ENDINGS):
        return word
    for plural, single in SUFFIX_RULES:
        if word.endswith(plural):
            return word[: len(word) - len(plural)] + single
    return word


@lru_cache(maxsize=1 << 18)
def fold_noun(noun: str) -> str:
    """The grouping form of a noun phrase: filler dropped, hyphens split, head singular."""
    text = _FILLER_SUFFIX.sub("", noun.casefold().replace("’", "'"))
    tokens = [t for t in _WORD.findall(text) if t not in FILLER_WORDS]
    if not tokens:
        return ""
    tokens[-1] = singular(tokens[-1])
    return " ".join(tokens)


# Counts of a cadence are other counts than the plain one: "daily active users" are not
# "active users" (monthly, mostly).
CADENCES = frozenset({"daily", "weekly"})
# A figure aimed at is another figure than the one reached: "targeted 50,000 vehicles by 2025"
# is not the 21,000 on the road.
TARGET = "target"
# A flow over part of a year is another figure than the year's: "214,000 tonnes in the first
# half" is not the "412,000 tonnes" of 2023.
PART_YEAR = "part-year"
# A figure aimed at, right after the word that says so: "a national plan targeted 50,000",
# "a goal of 1 million", "aims to have 1,000 stations", "wants to increase the total by 30%",
# "the goal of putting 50,000", "they want around 50,000".
_AIMED_AT = re.compile(
    r"\b(?:target(?:s|ed|ing)?|goals?|aim(?:s|ed|ing)?|ambitions?|pledged|promised"
    r"|want(?:s|ed)?|plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)\s+(?:to|for))"
    # only the words of an aim between ("targeting TikTok came four years after" aims at none)
    r"(?:\s+(?:of|to|is|was|at|for|by|a|an|the|its|some|about|around|roughly|just|over|under"
    r"|more|than|nearly|almost|up|reach|have|hit|put|set|total|increase|grow|raise|lift|boost"
    r"|build|deploy|install|sell|produce|deliver|open|add|spend|invest|cut|double|triple"
    r"|halve|get|bring|make|run|operate|putting|having|reaching|getting|bringing|building"
    r"|adding|deploying|installing|selling|running|opening))*\s*$",
    re.I,
)
# …or said after it, in its clause: "the 50,000 fuel-cell vehicles Beijing hoped to have on
# the road" (not "sold 500 cars and plans to sell more"), "50,000 fuel-cell vehicles by the
# end of next year, a goal most analysts expect to be missed".
_AIMED_AFTER = re.compile(
    r"(?:(?![^,.;]*?\b(?:and|but|or|which|that|who|while)\b)[^,.;]{0,50}?"
    r"\b(?:hop|want|plann|aim|intend)(?:s|ed|es)?\s+to\b"
    r"|[^.;]{0,80}?,\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:goal|target|aim|ambition)\b)",
    re.I,
)


@lru_cache(maxsize=1 << 16)  # a figure's statement and its clue ask in turn
def aimed_at(sentence: str, offset: int, end: int | None = None) -> bool:
    """Whether the figure at ``sentence[offset:end]`` is one aimed at (:data:`_AIMED_AT`,
    :data:`_AIMED_AFTER`)."""
    return _AIMED_AT.search(sentence, max(0, offset - 40), offset) is not None or (
        end is not None and _AIMED_AFTER.match(sentence, end) is not None
    )


def aimed(head: str) -> bool:
    """Whether a counted noun is of a figure aimed at ("target vehicle")."""
    return head.startswith(f"{TARGET} ")


# Counted nouns that count people (as folded: "subscriber" is "user", "worker" "employee"), and
# the endings of nouns that may (an agent's: "saver", "complainant"): a count of people is
# never a count of things, however near their words ("620,000 subscribers to its
# battery-swap service" are not its "1.4 million" batteries).
PEOPLE = frozenset({
    "user", "person", "customer", "employee", "investor", "rider", "member", "student",
    "resident", "visitor", "passenger", "patient", "driver", "buyer", "reader", "viewer",
    "follower", "fan", "player", "child", "adult", "citizen", "voter", "tourist", "consumer",
    "teenager", "woman", "man", "official", "soldier", "doctor", "nurse", "teacher", "farmer",
    "migrant", "refugee", "audience", "population", "workforce", "active", "undergraduate",
    "graduate", "death", "victim", "casualty", "fatality", "life", "pupil", "headcount",
    "staff", "personnel", "crew", "client", "guest", "individual", "youth", "girl", "boy",
    "infant", "baby", "mother", "parent", "pensioner", "veteran", "colleague", "candidate",
    "delegate", "recruit", "inmate", "suspect", "pilot", "athlete", "surgeon", "midwife",
    "clerk", "troop", "civilian", "landlord", "homeowner",
})  # fmt: skip
# Counted nouns of what happens to people, which may be counted as people or as events
# ("36,000 cases" of cholera are the "36,000 people" it sickened).
PEOPLE_OR_EVENTS = frozenset({
    "case", "infection", "injury", "admission", "hospitalisation", "hospitalization", "birth",
    "arrest", "job", "vaccination", "diagnosis", "dose", "arrival", "departure", "visit",
    "trip", "attendance", "enrolment", "enrollment", "layoff", "redundancy", "vote",
    "subscription", "registration",
})  # fmt: skip
PERSON_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee")
# Nouns that gather people or things alike ("user base", "talent pool").
GATHERING = frozenset({"base", "pool", "group", "community", "network", "following", "market"})


def qualified_by(head: str) -> str:
    """The cadence or target that makes a counted noun another count than the plain one
    ("daily user": "daily", "target vehicle": "target"); "" for a plain one."""
    first, _, rest = head.partition(" ")
    return first if rest and (first in CADENCES or first in (TARGET, PART_YEAR)) else ""


def plain_head(head: str) -> str:
    """A counted noun without its cadence or target ("daily user", "target vehicle": "user",
    "vehicle"); one without as it is."""
    qualifier = qualified_by(head)
    return head[len(qualifier) + 1 :] if qualifier else head
