"""Words that name a figure rather than what it counts: "the figure", "its own count"."""

from __future__ import annotations

import re

FIGURE_WORDS = frozenset(
    {"figure", "tally", "count", "total", "number", "estimate", "maximum", "minimum"}
)

# A noun that only names a figure: "the alliance's own count for mid-2024", "the total".
_A_FIGURE = re.compile(
    # "the number of …" names what it counts
    r"(?:[\w’'-]+\s+){{0,3}}?(?:{})(?<!number(?=\s+of\b))(?:\s+(?:for|in|at)\b.*)?$".format(
        "|".join(sorted(FIGURE_WORDS))
    ),
    re.IGNORECASE,
)


def names_a_figure(noun: str) -> bool:
    """Whether ``noun`` only names a figure, not what it counts: "the alliance's own count for
    mid-2024", "the total", "number" ("the 21,000 number leaves out trucks")."""
    return _A_FIGURE.match(noun) is not None


def figure_named_after(noun: str) -> str:
    """The figure word a noun read after an amount starts with, if it names that amount
    rather than what it counts ("number" in "the 21,000 number leaves out trucks"), else ""."""
    first, _, rest = noun.partition(" ")
    named = first.lower() in FIGURE_WORDS and not rest.lower().startswith("of ")
    return first if named else ""


# Words before a figure word that say which figure, not what it counts: "the alliance's own
# count", "a lower tally", "the official figure", "the June figure".
_WHICH_FIGURE = frozenset(
    {"own", "new", "same", "first", "final", "official", "revised", "updated", "current",
     "actual", "rough", "estimated", "previous", "published", "reported", "headline", "initial",
     "total", "overall", "whole", "entire", "real", "true", "latest", "original", "public",
     "lower", "higher", "smaller", "larger", "bigger", "earlier", "later", "newer", "older",
     "greater", "fewer", "lowest", "highest", "smallest", "largest", "biggest", "modest",
     "conservative", "rival", "competing", "separate", "independent", "alternative"}
)  # fmt: skip
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip


def counted_before_figure(noun: str) -> str:
    """What a figure word's modifier counts: "the company's own daily-user figure" →
    "daily-user", "the rack total" → "rack"; "" for "the alliance's own count", "a lower
    tally", "the June figure" (words that say which figure, not what it counts)."""
    words = noun.split()
    if len(words) < 2 or words[-1].lower() not in FIGURE_WORDS:
        return ""
    before = words[:-1]
    owner = max((i for i, w in enumerate(before) if w.endswith(("'s", "’s", "s'"))), default=-1)
    kept = [
        w
        for w in before[owner + 1 :]
        if w.lower() not in _WHICH_FIGURE
        and w.lower() not in _MONTHS
        and w.lower() not in ("the", "a", "an", "its", "their", "this", "that")
        and not any(c.isdigit() for c in w)
    ]
    return " ".join(kept)
