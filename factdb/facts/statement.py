"""A claim as fact tracking sees it: its effective values, folded noun, subject and date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factdb.facts.measure import Interval, dimension, interval
from factdb.facts.nouns import fold_noun
from factdb.facts.subjects import subject
from factdb.models import Claim
from factdb.review import effective

KEY_SEPARATOR = "|"


@dataclass(frozen=True, slots=True)
class Statement:
    """One claim's figure, with the grouping fields derived from it."""

    claim_id: int
    fingerprint: str
    source_id: int
    article_id: int
    quote: str
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str
    vague: bool
    noun: str  # folded: "hydrogen vehicle"
    subject: str
    dimension: str
    date: str | None  # when the figure holds: the claim's date, else its article's
    date_precision: str | None
    equivalent_id: int | None  # set on a parenthetical conversion: the claim it converts

    @property
    def key(self) -> str:
        """The grouping key: noun, dimension and subject."""
        return fact_key(self.noun, self.dimension, self.subject)

    @property
    def interval(self) -> Interval:
        """The values the statement allows, in comparable units."""
        return interval(self.value, self.value_max, self.qualifier, self.unit)


def fact_key(noun: str, dimension: str, subject: str) -> str:
    """A fact's key: readable, and stable for as long as the grouping rules are."""
    return KEY_SEPARATOR.join((noun, dimension, subject))


def statement(
    claim: Claim, published: date | None, names: frozenset[str] = frozenset()
) -> Statement:
    """The statement of a claim (reviewer corrections win) in an article of ``published``;
    ``names`` are the corpus's known names (see :func:`factdb.facts.subjects.known_names`)."""
    noun = effective(claim, "noun")
    unit = effective(claim, "unit")
    offset = claim.start - claim.sentence_start
    figure_date, precision = claim.date, claim.date_precision
    if figure_date is None and published is not None:
        figure_date, precision = published.isoformat(), "day"
    return Statement(
        claim_id=claim.id or 0,
        fingerprint=claim.fingerprint,
        source_id=claim.source_id,
        article_id=claim.article_id,
        quote=claim.quote,
        value=effective(claim, "value"),
        value_max=effective(claim, "value_max"),
        unit=unit,
        qualifier=claim.qualifier,
        vague=claim.vague,
        noun=fold_noun(noun),
        subject=subject(claim.sentence, offset, offset + len(claim.quote), noun, names),
        dimension=dimension(unit),
        date=figure_date,
        date_precision=precision,
        equivalent_id=claim.equivalent_id,
    )
