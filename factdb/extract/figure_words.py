"""Words that name a figure rather than what it counts: "the figure", "its own count"."""

from __future__ import annotations

import re

FIGURE_WORDS = frozenset({"figure", "tally", "count", "total", "number", "estimate"})

# A noun that only names a figure: "the alliance's own count for mid-2024", "the total".
_A_FIGURE = re.compile(
    r"(?:[\w’'-]+\s+){{0,3}}?(?:{})(?:\s+(?:for|in|at)\b.*)?$".format(
        "|".join(sorted(FIGURE_WORDS - {"number"}))  # "the number of …" names what it counts
    ),
    re.IGNORECASE,
)


def names_a_figure(noun: str) -> bool:
    """Whether ``noun`` only names a figure, not what it counts: "the alliance's own count for
    mid-2024", "the total"."""
    return _A_FIGURE.match(noun) is not None
