"""A claim's table rows from the extractor's mentions: citation offsets shifted into the
source's text, a fingerprint, the extractor's version; parenthetical conversions linked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, SQLModel

from factdb.claims.fingerprint import fingerprint
from factdb.extract import EXTRACTOR_VERSION, Mention
from factdb.store.models import Claim

INSERT_SLICE = 100


def claim_row(
    mention: Mention,
    article_text: str,
    *,
    source_id: int,
    source_sha256: str,
    article_id: int,
    offset: int,
) -> dict[str, Any]:
    """The claim table row for a mention found in ``article_text``, which starts at ``offset``
    of its source's text; offsets are shifted into the source text."""
    start, end = mention.start + offset, mention.end + offset
    return {
        "source_id": source_id,
        "article_id": article_id,
        "start": start,
        "end": end,
        "quote": mention.quote,
        "sentence": article_text[mention.sentence_start : mention.sentence_end],
        "sentence_start": mention.sentence_start + offset,
        "sentence_end": mention.sentence_end + offset,
        "value": mention.value,
        "value_max": mention.value_max,
        "unit": mention.unit,
        "kind": mention.kind,
        "qualifier": mention.qualifier,
        "vague": mention.vague,
        "noun": mention.noun,
        "noun_implied": mention.noun_implied,
        "speaker": mention.speaker,
        "cited_outlet": mention.cited_outlet,
        "date_text": mention.date_text,
        "date": mention.date,
        "date_precision": mention.date_precision,
        "normalized_value": mention.normalized_value,
        "normalized_unit": mention.normalized_unit,
        "rule": mention.rule,
        "extractor_version": EXTRACTOR_VERSION,
        "fingerprint": fingerprint(source_sha256, start, end, mention.quote),
    }


def insert_claims(
    session: Session, rows: Sequence[dict[str, Any]], equivalents: Sequence[int | None]
) -> list[int]:
    """Insert claim rows (multi-row inserts) and link each parenthetical conversion to the
    claim it converts, ``equivalents[i]`` being that claim's index in ``rows``; returns the
    new ids in row order."""
    if not rows:
        return []
    table = SQLModel.metadata.tables[str(Claim.__tablename__)]
    # A Core insert skips the ORM's per-row bookkeeping; SQLAlchemy splices the RETURNING
    # rows of its insert batches back together at a cost quadratic in the rows of one call,
    # so a claim-dense source goes in slices.
    statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    connection = session.connection()
    ids = [
        claim_id
        for first in range(0, len(rows), INSERT_SLICE)
        for claim_id in connection.execute(statement, rows[first : first + INSERT_SLICE]).scalars()
    ]
    links = [
        {"id": ids[i], "equivalent_id": ids[target]}
        for i, target in enumerate(equivalents)
        if target is not None
    ]
    if links:
        session.execute(update(Claim), links)
    return ids
