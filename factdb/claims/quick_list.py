"""Listing claims from a SQLite file with the standard library's sqlite3.

`factdb claims` is a command people run many times in a row; loading SQLAlchemy, SQLModel
and pydantic costs it about a second each time. On a SQLite file at this factdb's schema it
reads the same rows, in the same order, through the same filter as
:func:`factdb.claims.queries.list_claims` (a test compares the two); any other database (a
PostgreSQL URL, an older or newer schema, a missing file) is left to the full reader, which
upgrades, refuses or reports it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, fields
from pathlib import Path

from factdb.claims.filters import SORT_COLUMNS, ClaimFilter, check_sort
from factdb.errors import DatabaseError
from factdb.store.locate import HEAD_REVISION, sqlite_file

BUSY_TIMEOUT_SECONDS = 10  # as the full reader waits for a writer's lock


@dataclass(frozen=True, slots=True)
class ListedClaim:
    """The fields of a claim a listing shows (and the corrections that override them)."""

    id: int
    article_id: int
    quote: str
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str
    noun: str
    date: str | None
    status: str
    corrected_value: float | None
    corrected_value_max: float | None
    corrected_unit: str | None
    corrected_noun: str | None


_COLUMNS = ", ".join(f"claim.{f.name}" for f in fields(ListedClaim))


@contextmanager
def current_sqlite(url: str) -> Iterator[sqlite3.Connection | None]:
    """A connection to the SQLite file ``url`` names when it holds a database at this
    factdb's schema, else None (the caller uses the full reader). Never creates a file."""
    path = sqlite_file(url)
    connection = None if path is None else _open_current(path)
    if connection is None:
        yield None
        return
    with closing(connection):
        try:
            yield connection
        except sqlite3.Error as exc:  # locked for longer than the timeout, a damaged file
            raise DatabaseError(f"{path}: database error: {exc}") from exc


def _open_current(path: Path) -> sqlite3.Connection | None:
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        # mode=rw: a file that vanished meanwhile is an error, never a new empty database.
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:  # no version table, not a database: the full reader says what
        revision = None
    if revision == (HEAD_REVISION,):
        return connection
    connection.close()
    return None


def list_claims(
    connection: sqlite3.Connection,
    filters: ClaimFilter,
    *,
    offset: int = 0,
    limit: int | None = None,
    sort: str = "id",
    descending: bool = False,
) -> list[ListedClaim]:
    """What :func:`factdb.claims.queries.list_claims` lists, read with sqlite3."""
    check_sort(sort)
    where, params = filters.where_sql()
    way = "DESC" if descending else "ASC"
    order = [f"claim.{SORT_COLUMNS[sort]} {way}"] + ([f"claim.id {way}"] if sort != "id" else [])
    query = (
        f"SELECT {_COLUMNS} FROM claim JOIN article ON article.id = claim.article_id "
        f"WHERE {where} ORDER BY {', '.join(order)} LIMIT ? OFFSET ?"
    )
    rows = connection.execute(query, [*params, -1 if limit is None else limit, offset])
    return [ListedClaim(*row) for row in rows]


def count_claims(connection: sqlite3.Connection, filters: ClaimFilter) -> int:
    """What :func:`factdb.claims.queries.count_claims` counts, read with sqlite3."""
    where, params = filters.where_sql()
    query = f"SELECT count(claim.id) FROM claim WHERE {where}"
    return int(connection.execute(query, params).fetchone()[0])
