"""The ingest pipeline: each run is one transaction, so bad input leaves nothing behind."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, select
from sqlmodel import Session, col

from factdb.claims.identity import inherit_reviews
from factdb.claims.rows import insert_claims
from factdb.extract import extract
from factdb.ingest.reader import SourceFile, find_files, read_source
from factdb.ingest.refdate import article_dates
from factdb.ingest.split import split_articles
from factdb.store.database import Database
from factdb.store.models import Article, Source

ProgressCallback = Callable[[str, int], None]


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
