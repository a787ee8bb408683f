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
