"""Storing one prepared source: its row, its articles and their claims, and the reviews it
inherits from the earlier version of its file — all in the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from factdb.claims.identity import inherit_reviews
from factdb.claims.rows import claim_row, insert_claims
from factdb.ingest.prepare import PreparedSource
from factdb.store.models import Article, Source

_DIALECT_INSERT: dict[str, Any] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def store_source(session: Session, prepared: PreparedSource) -> tuple[int, int] | None:
    """Insert ``prepared``; returns (articles, claims), or None when a source with the same
    sha256 is already stored (by an earlier run, or by another ingest running at once)."""
    source, meta = prepared.source, prepared.source.meta
    row = {
        "path": source.path,
        "location": source.location or None,
        "media_type": source.media_type,
        "sha256": source.sha256,
        "size": source.size,
        "title": meta.title,
        "url": meta.url,
        "outlet": meta.outlet,
        "published": meta.published,
        "text": source.text,
    }
    # ON CONFLICT: a concurrent ingester that stored the same bytes first wins; this one
    # waits for its commit (PostgreSQL) and then skips, with no duplicate and no error.
    statement = _DIALECT_INSERT[session.get_bind().dialect.name](Source).values(row)
    source_id = session.execute(
        statement.on_conflict_do_nothing(index_elements=["sha256"]).returning(col(Source.id))
    ).scalar()
    if source_id is None:
        return None
    articles = prepared.articles
    single_title = meta.title if len(articles) == 1 else None
    article_ids = session.scalars(
        insert(Article).returning(col(Article.id), sort_by_parameter_order=True),
        [
            {
                "source_id": source_id,
                "ordinal": a.span.ordinal,
                "title": single_title or a.span.title,
                "start": a.span.start,
                "end": a.span.end,
                "published": a.dated.published,
                "published_precision": a.dated.precision,
                "published_inferred": a.dated.inferred,
            }
            for a in articles
        ],
    ).all()
    rows: list[dict[str, Any]] = []
    equivalents: list[int | None] = []
    for article, article_id in zip(articles, article_ids, strict=True):
        assert article_id is not None  # RETURNING gives each new row's id
        text = source.text[article.span.start : article.span.end]
        base = len(rows)
        for mention in article.mentions:
            rows.append(
                claim_row(
                    mention,
                    text,
                    source_id=source_id,
                    source_sha256=source.sha256,
                    article_id=article_id,
                    offset=article.span.start,
                )
            )
            target = mention.equivalent_to
            equivalents.append(None if target is None else base + target)
    insert_claims(session, rows, equivalents)
    inherit_reviews(session, source.sha256)  # a changed file keeps its reviews
    return len(articles), len(rows)
