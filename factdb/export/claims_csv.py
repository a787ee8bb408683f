"""The claims CSV: one row per claim, UTF-8, fixed column names (see README)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from factdb.claims.description import number_text
from factdb.claims.queries import ClaimFilter
from factdb.claims.review import effective
from factdb.export.cells import TITLE_CAP, code_cell, short_title, text_cell
from factdb.export.files import atomic_text_file
from factdb.extract.mention import QUALIFIERS
from factdb.facts.listing import facts_of_claims
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Fact, Source

COLUMNS = (
    "claim_id",
    "source",
    "source_path",
    "article",
    "start",
    "end",
    "quote",
    "sentence",
    "value",
    "value_max",
    "unit",
    "extracted_value",
    "extracted_unit",
    "kind",
    "qualifier",
    "noun",
    "speaker",
    "cited_outlet",
    "date_text",
    "date",
    "normalized_value",
    "normalized_unit",
    "fact_id",
    "fact",
    "status",
    "note",
    "evidence_url",
    "reviewed_by",
    "reviewed_at",
    "rule",
    "extractor_version",
)
_PAGE = 2000


@dataclass(frozen=True, slots=True)
class ExportedClaim:
    """A claim with what its row shows of its source and article."""

    claim: Claim
    source: str  # the path as given to ingest
    source_location: str | None  # the resolved path, or the URL
    article_title: str  # already cut to its first line (see :func:`short_title`)


def claim_record(row: ExportedClaim, fact: Fact | None) -> list[str]:
    """A claim's CSV cells, in :data:`COLUMNS` order; corrections override extractions."""
    claim = row.claim
    return [
        number_text(claim.id),
        text_cell(row.source),
        text_cell(row.source_location),
        text_cell(row.article_title),
        number_text(claim.start),
        number_text(claim.end),
        text_cell(claim.quote),
        text_cell(claim.sentence),
        number_text(effective(claim, "value")),
        number_text(effective(claim, "value_max")),
        text_cell(effective(claim, "unit")),
        number_text(claim.value),
        text_cell(claim.unit),
        text_cell(claim.kind),
        code_cell(claim.qualifier, QUALIFIERS),
        text_cell(effective(claim, "noun")),
        text_cell(claim.speaker),
        text_cell(claim.cited_outlet),
        text_cell(claim.date_text),
        text_cell(claim.date),
        number_text(claim.normalized_value),
        text_cell(claim.normalized_unit),
        number_text(fact.id if fact else None),
        text_cell(fact.name if fact else None),
        text_cell(claim.status),
        text_cell(claim.note),
        text_cell(claim.evidence_url),
        text_cell(claim.reviewed_by),
        text_cell(claim.reviewed_at),
        text_cell(claim.rule),
        text_cell(claim.extractor_version),
    ]


def claim_pages(
    db: Database,
    filters: ClaimFilter = ClaimFilter(),  # noqa: B008
) -> Iterator[list[ExportedClaim]]:
    """Every claim matching ``filters`` with its source and article, by id, a page at a time
    so memory stays bounded (a title is read only as far as its row shows it)."""
    last_id = 0
    while True:
        query = filters.apply(
            select(
                Claim,
                col(Source.path),
                col(Source.location),
                func.substr(col(Article.title), 1, TITLE_CAP + 1),
            )
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
        yield [ExportedClaim(c, path, where, short_title(title)) for c, path, where, title in page]
        last_id = page[-1][0].id


def export_csv(
    db: Database,
    path: str | os.PathLike[str],
    filters: ClaimFilter = ClaimFilter(),  # noqa: B008
) -> int:
    """Write the claims CSV to ``path`` atomically; returns the number of rows. The facts
    are brought up to date first, so each row names its claim's current fact."""
    rows = 0
    refresh = True
    with atomic_text_file(path) as handle:
        # RFC 4180's CRLF: with it the csv module quotes any cell holding a bare CR or LF,
        # so a cell can never split its row.
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for page in claim_pages(db, filters):
            facts = facts_of_claims(
                db, [r.claim.id for r in page if r.claim.id is not None], refresh=refresh
            )
            refresh = False
            writer.writerows(claim_record(r, facts.get(r.claim.id or 0)) for r in page)
            rows += len(page)
    return rows
