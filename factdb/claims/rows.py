"""A claim's table row from the extractor's mention: citation offsets shifted into the
source's text, a fingerprint, the extractor's version.

Light (no database library): ingest builds these rows in its extraction workers, so that
the one process writing to the database only adds the ids it gets from the database.
"""

from __future__ import annotations

from typing import Any

from factdb.claims.fingerprint import fingerprint
from factdb.extract import EXTRACTOR_VERSION, Mention

# What a claim row holds beside its source and article ids, in the order of claim_values.
CLAIM_COLUMNS = (
    "start",
    "end",
    "quote",
    "sentence",
    "sentence_start",
    "sentence_end",
    "value",
    "value_max",
    "unit",
    "kind",
    "qualifier",
    "vague",
    "noun",
    "noun_implied",
    "speaker",
    "cited_outlet",
    "date_text",
    "date",
    "date_precision",
    "normalized_value",
    "normalized_unit",
    "rule",
    "extractor_version",
    "fingerprint",
)


def claim_values(
    mention: Mention, article_text: str, *, source_sha256: str, offset: int
) -> tuple[Any, ...]:
    """The :data:`CLAIM_COLUMNS` of the claim for a mention found in ``article_text``, which
    starts at ``offset`` of its source's text; offsets are shifted into the source text."""
    start, end = mention.start + offset, mention.end + offset
    return (
        start,
        end,
        mention.quote,
        article_text[mention.sentence_start : mention.sentence_end],
        mention.sentence_start + offset,
        mention.sentence_end + offset,
        mention.value,
        mention.value_max,
        mention.unit,
        mention.kind,
        mention.qualifier,
        mention.vague,
        mention.noun,
        mention.noun_implied,
        mention.speaker,
        mention.cited_outlet,
        mention.date_text,
        mention.date,
        mention.date_precision,
        mention.normalized_value,
        mention.normalized_unit,
        mention.rule,
        EXTRACTOR_VERSION,
        fingerprint(source_sha256, start, end, mention.quote),
    )


def claim_row(
    mention: Mention,
    article_text: str,
    *,
    source_id: int,
    source_sha256: str,
    article_id: int,
    offset: int,
) -> dict[str, Any]:
    """The claim table row for a mention found in ``article_text`` (see :func:`claim_values`)."""
    values = claim_values(mention, article_text, source_sha256=source_sha256, offset=offset)
    return {"source_id": source_id, "article_id": article_id} | dict(
        zip(CLAIM_COLUMNS, values, strict=True)
    )
