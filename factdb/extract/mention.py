"""The extractor's output: one frozen value object per quantity mention.

The extractor knows nothing about the database; the ingest pipeline turns each
:class:`Mention` into a stored claim, shifting its offsets by the article's start.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter

KINDS = ("count", "money", "percent", "measure", "duration", "rate", "rank", "other")
QUALIFIERS = ("=", "~", ">", ">=", "<", "<=")


@dataclass(frozen=True, slots=True)
class Mention:
    """A quantitative claim found in a text.

    Offsets are Python string indices into the text given to the extractor, so
    ``text[start:end] == quote`` and ``text[sentence_start:sentence_end] == sentence``.
    """

    start: int
    end: int
    quote: str
    sentence_start: int
    sentence_end: int
    value: float
    value_max: float | None = None
    unit: str | None = None  # ISO 4217 code, "percent", a pint unit name, "fps", "p", ...
    kind: str = "count"  # one of KINDS
    qualifier: str = "="  # one of QUALIFIERS
    vague: bool = False
    noun: str = ""
    noun_implied: bool = False
    speaker: str = ""
    cited_outlet: str = ""
    date_text: str = ""
    date: str | None = None  # ISO text truncated to its precision: "2018", "2024-06", "2024-06-04"
    date_precision: str | None = None  # "year" | "month" | "day"
    normalized_value: float | None = None  # value in pint base units (SI), or the ISO amount
    normalized_unit: str | None = None
    rule: str = ""  # the name of the rule that found it
    equivalent_to: int | None = None  # index of the mention it converts (parenthetical conversion)


_FIELDS = tuple(f.name for f in fields(Mention))
_VALUES = attrgetter(*_FIELDS)
_INDEX = {name: i for i, name in enumerate(_FIELDS)}


def changed(mention: Mention, **changes: object) -> Mention:
    """``dataclasses.replace(mention, **changes)`` at half its cost: the fields are read in
    one call and passed by position."""
    values = list(_VALUES(mention))
    for name, value in changes.items():
        values[_INDEX[name]] = value
    return Mention(*values)
