"""The claims CSV: one row per claim, UTF-8, fixed column names (see README)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator

from sqlalchemy import select
from sqlmodel import col

from factdb.claims.description import number_text
from factdb.claims.queries import ClaimFilter
from factdb.claims.review import effective
from factdb.export.cells import code_cell, text_cell
from factdb.export.files import atomic_text_file
from factdb.extract.mention import QUALIFIERS
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Source

COLUMNS = (
    "claim_id",
    "source",
    "article",
    "start",
    "end",
    "quote",
    "sentence",
    "value",
    "value_max",
    "unit",
    "kind",
    "qualifier",
    "noun",
    "speaker",
    "cited_outlet",
    "date_text",
    "date",
    "normalized_value",
    "normalized_unit",
    "status",
    "note",
    "evidence_url",
    "reviewed_by",
    "reviewed_at",
    "rule",
    "extractor_version",
)
_PAGE = 2000


def claim_record(claim: Claim, source_path: str, article_title: str) -> list[str]:
    """A claim's CSV cells, in :data:`COLUMNS` order; corrections override extractions."""
    return [
        number_text(claim.id),
        text_cell(source_path),
        text_cell(article_title),
        number_text(claim.start),
        number_text(claim.end),
        text_cell(claim.quote),
        text_cell(claim.sentence),
        number_text(effective(claim, "value")),
        number_text(effective(claim, "value_max")),
        text_cell(effective(claim, "unit")),
        text_cell(claim.kind),
        code_cell(claim.qualifier, QUALIFIERS),
        text_cell(effective(claim, "noun")),
        text_cell(claim.speaker),
        text_cell(claim.cited_outlet),
        text_cell(claim.date_text),
        text_cell(claim.date),
        number_text(claim.normalized_value),
        text_cell(claim.normalized_unit),
        text_cell(claim.status),
        text_cell(claim.note),
        text_cell(claim.evidence_url),
        text_cell(claim.reviewed_by),
        text_cell(claim.reviewed_at),
        text_cell(claim.rule),
        text_cell(claim.extractor_version),
    ]


def iter_claims(
    db: Database,
    filters: ClaimFilter = ClaimFilter(),  # noqa: B008
) -> Iterator[tuple[Claim, str, str]]:
    """Every claim matching ``filters`` with its source path and article title, by id,
    read page by page so memory stays bounded."""
    last_id = 0
    while True:
        query = filters.apply(
            select(Claim, col(Source.path), col(Article.title))
            .join(Article, col(Article.id) == col(Claim.article_id))
            .join(Source, col(Source.id) == col(Claim.source_id))
            .where(col(Claim.id) > last_id)
            .order_by(col(Claim.id))
            .limit(_PAGE)
        )
        with db.session() as session:
            page = session.execute(query).all()
        if not page:
            return
        yield from ((c, p, t) for c, p, t in page)
        last_id = page[-1][0].id


def export_csv(
    db: Database,
    path: str | os.PathLike[str],
    filters: ClaimFilter = ClaimFilter(),  # noqa: B008
) -> int:
    """Write the claims CSV to ``path`` atomically; returns the number of rows."""
    rows = 0
    with atomic_text_file(path) as handle:
        # RFC 4180's CRLF: with it the csv module quotes any cell holding a bare CR or LF,
        # so a cell can never split its row.
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for claim, source_path, title in iter_claims(db, filters):
            writer.writerow(claim_record(claim, source_path, title))
            rows += 1
    return rows
