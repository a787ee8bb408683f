"""Storing one prepared source: its row, its articles and their claims, and the reviews it
inherits from the earlier version of its file — all in the caller's transaction.

Claims arrive as rows the extraction workers built; they go in with one ``executemany`` of a
plain ``INSERT`` per source (no ORM objects, no per-row ``RETURNING``), so the single
writing process keeps up with every worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Dialect, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from factdb.claims.identity import inherit_reviews
from factdb.claims.rows import CLAIM_COLUMNS
from factdb.ingest.prepare import PreparedSource
from factdb.store.models import Article, Claim, Source

_DIALECT_INSERT: dict[str, Any] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def store_source(session: Session, prepared: PreparedSource) -> tuple[int, int] | None:
    """Insert ``prepared``; returns (articles, claims), or None when a source with the same
    sha256 is already stored (by an earlier run, or by another ingest running at once)."""
    source, meta = prepared.source, prepared.source.meta
    row = {
        "path": source.path,
        "location": source.location or None,
        "media_type": source.media_type,
        "fetched_at": source.fetched_at,
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
    # A feed's title is the feed's, never its one entry's.
    single_title = meta.title if len(articles) == 1 and not source.entries else None
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
                "url": a.url,
            }
            for a in articles
        ],
    ).all()
    _insert_claims(session, source_id, article_ids, prepared)
    inherit_reviews(session, source.sha256)  # a changed file keeps its reviews
    return len(articles), len(prepared.claims)


def _insert_claims(
    session: Session, source_id: int, article_ids: Sequence[int | None], prepared: PreparedSource
) -> None:
    """Insert the source's claim rows in order and link each parenthetical conversion to
    the claim it converts."""
    if not prepared.claims:
        return
    connection = session.connection()
    sql = _claim_statements(connection.dialect)
    connection.exec_driver_sql(
        sql.insert,
        [(source_id, article_ids[a], *values, *sql.defaults) for a, *values in prepared.claims],
    )
    if prepared.equivalents:
        # Ids grow in insertion order (one writer holds SQLite's lock; PostgreSQL's sequence
        # only grows), so the source's claims by id are its rows in order.
        ids = [i for (i,) in connection.exec_driver_sql(sql.ids, (source_id,))]
        links = [(ids[target], ids[i]) for i, target in prepared.equivalents]
        connection.exec_driver_sql(sql.link, links)


@dataclass(frozen=True, slots=True)
class _ClaimStatements:
    """Driver-level statements (no ORM, no per-row compilation) for a source's claims."""

    insert: str  # a row: source id, article id, CLAIM_COLUMNS, then ``defaults``
    defaults: tuple[Any, ...]  # every other column's model default
    ids: str  # a source's claim ids, in order
    link: str  # set a claim's equivalent_id (equivalent id, claim id)


@cache
def _claim_statements(dialect: Dialect) -> _ClaimStatements:
    table = Claim.__table__  # type: ignore[attr-defined]  # SQLModel declares no __table__
    given = ("source_id", "article_id", *CLAIM_COLUMNS)
    rest = [c for c in table.columns if c.name not in given and not c.primary_key]
    names = [*given, *(c.name for c in rest)]
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    return _ClaimStatements(
        insert=(
            f"INSERT INTO claim ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join([mark] * len(names))})"
        ),
        defaults=tuple(None if c.default is None else c.default.arg for c in rest),
        ids=f"SELECT id FROM claim WHERE source_id = {mark} ORDER BY id",
        link=f"UPDATE claim SET equivalent_id = {mark} WHERE id = {mark}",
    )
