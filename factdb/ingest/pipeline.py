"""The ingest pipeline: each run is one transaction, so bad input leaves nothing behind."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update
from sqlmodel import Session, SQLModel, col

from factdb.db import Database
from factdb.extract import EXTRACTOR_VERSION, Mention, extract
from factdb.fingerprint import fingerprint
from factdb.identity import inherit_reviews
from factdb.ingest.reader import SourceFile, find_files, read_source
from factdb.ingest.refdate import infer_reference_date, plausible_years
from factdb.ingest.split import ArticleSpan, split_articles
from factdb.models import Article, Claim, Source

ProgressCallback = Callable[[str, int], None]
INSERT_SLICE = 100


@dataclass
class IngestReport:
    """What an ingest run did."""

    files: int = 0
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    articles: int = 0
    claims: int = 0
    bytes: int = 0


def ingest_paths(
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | None = None,
    progress: ProgressCallback | None = None,
    on_files: Callable[[Sequence[os.PathLike[str]]], None] | None = None,
) -> IngestReport:
    """Ingest files and folders; a source already stored (same sha256) is skipped.

    Everything is one transaction: an unreadable file aborts the run with nothing written.
    ``on_files`` receives the file list before work starts; ``progress`` is called after
    each file with its path and size.
    """
    files = find_files(paths)
    if on_files:
        on_files(files)
    report = IngestReport(files=len(files))
    with db.session() as session:
        for path in files:
            source = read_source(path, published=published)
            if _source_id(session, source.sha256) is not None:
                report.unchanged.append(source.path)
            else:
                articles, claims = store_source(session, source)
                inherit_reviews(session, source.sha256)  # a changed file keeps its reviews
                report.added.append(source.path)
                report.articles += articles
                report.claims += claims
            report.bytes += source.size
            if progress:
                progress(source.path, source.size)
    return report


def _source_id(session: Session, sha256: str) -> int | None:
    return session.execute(select(col(Source.id)).where(col(Source.sha256) == sha256)).scalar()


def store_source(session: Session, source: SourceFile) -> tuple[int, int]:
    """Insert a source, its articles and their claims; returns (articles, claims)."""
    meta = source.meta
    source_id = session.execute(
        insert(Source).returning(col(Source.id)),
        [
            {
                "path": source.path,
                "sha256": source.sha256,
                "size": source.size,
                "title": meta.title,
                "url": meta.url,
                "outlet": meta.outlet,
                "published": meta.published,
                "text": source.text,
            }
        ],
    ).scalar_one()
    spans = split_articles(source.text, default_title=meta.title or source.path)
    dates = article_dates(source.text, spans, meta.published)
    n_claims = 0
    for span, (published, inferred) in zip(spans, dates, strict=True):
        article_id = session.execute(
            insert(Article).returning(col(Article.id)),
            [
                {
                    "source_id": source_id,
                    "ordinal": span.ordinal,
                    "title": meta.title if len(spans) == 1 and meta.title else span.title,
                    "start": span.start,
                    "end": span.end,
                    "published": published,
                    "published_inferred": inferred,
                }
            ],
        ).scalar_one()
        article_text = source.text[span.start : span.end]
        mentions = extract(article_text, published)
        n_claims += insert_claims(
            session, source_id, source.sha256, article_id, span.start, article_text, mentions
        )
    return len(spans), n_claims


def article_dates(
    text: str, spans: list[ArticleSpan], given: date | None
) -> list[tuple[date | None, bool]]:
    """Each article's reference date and whether it was inferred from the text."""
    if given is not None:
        return [(given, False)] * len(spans)
    today = date.today()
    source_year = max(plausible_years(text, today), default=None)
    return [
        (infer_reference_date(text[s.start : s.end], fallback_year=source_year, today=today), True)
        for s in spans
    ]


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
    session: Session,
    source_id: int,
    source_sha256: str,
    article_id: int,
    offset: int,
    article_text: str,
    mentions: Sequence[Mention],
) -> int:
    """Insert an article's claims and link parenthetical conversions; returns the count."""
    if not mentions:
        return 0
    rows = [
        claim_row(
            m,
            article_text,
            source_id=source_id,
            source_sha256=source_sha256,
            article_id=article_id,
            offset=offset,
        )
        for m in mentions
    ]
    table = SQLModel.metadata.tables[str(Claim.__tablename__)]
    # A Core insert skips the ORM's per-row bookkeeping; SQLAlchemy splices the RETURNING
    # rows of its insert batches back together at a cost quadratic in the rows of one call,
    # so a claim-dense article goes in slices.
    statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    connection = session.connection()
    ids = [
        claim_id
        for first in range(0, len(rows), INSERT_SLICE)
        for claim_id in connection.execute(statement, rows[first : first + INSERT_SLICE]).scalars()
    ]
    links = [
        {"id": ids[i], "equivalent_id": ids[m.equivalent_to]}
        for i, m in enumerate(mentions)
        if m.equivalent_to is not None
    ]
    if links:
        session.execute(update(Claim), links)
    return len(rows)
