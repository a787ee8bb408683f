"""Storing prepared sources in a plain SQLite file with the standard library's ``sqlite3``.

An ingest into a new SQLite file, or into one at this factdb's schema, needs neither
SQLAlchemy, SQLModel nor Alembic: loading them and creating the schema with them costs the
writing process ~0.7 s of CPU, which it would take from the extraction workers sharing the
cores. A new file gets the schema the migrations make (:mod:`factdb.store.head_schema`); the
rows are exactly those :func:`factdb.ingest.writer.store_source` writes
(``tests/ingest/test_sqlite_writer.py`` compares every column), each source in a transaction
of its own. A source whose file has an earlier version stored, whose reviews it inherits, is
left to that writer, as is every other database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from factdb.claims.rows import CLAIM_COLUMNS
from factdb.errors import DatabaseError
from factdb.ingest.prepare import PreparedSource
from factdb.store import head_schema
from factdb.store.locate import HEAD_REVISION, sqlite_file

BUSY_TIMEOUT_SECONDS = 10  # as factdb.store.database's engine waits for a writer's lock

# Every other claim column and its model's default (factdb.store.models.Claim).
CLAIM_DEFAULTS: dict[str, Any] = {
    "equivalent_id": None,
    "orphaned": False,
    "status": "unreviewed",
    "note": "",
    "evidence_url": "",
    "reviewed_by": "",
    "reviewed_at": None,
    "corrected_value": None,
    "corrected_value_max": None,
    "corrected_unit": None,
    "corrected_noun": None,
    "version": 1,
}
_SOURCE_COLUMNS = (
    "path", "location", "media_type", "fetched_at", "sha256", "size", "ingested_at", "title",
    "url", "outlet", "published", "text",
)  # fmt: skip
_ARTICLE_COLUMNS = (
    "source_id", "ordinal", "title", "start", "end", "published", "published_precision",
    "published_inferred", "url",
)  # fmt: skip
_CLAIM_NAMES = ("source_id", "article_id", *CLAIM_COLUMNS, *CLAIM_DEFAULTS)
_DEFAULT_VALUES = tuple(CLAIM_DEFAULTS.values())
LOOKUP_SLICE = 500  # hashes per IN (...) list


def _insert(table: str, columns: Iterable[str], tail: str = "") -> str:
    names = list(columns)
    quoted = ", ".join(f'"{n}"' for n in names)
    return f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(names))}){tail}"


_INSERT_SOURCE = _insert("source", _SOURCE_COLUMNS, " ON CONFLICT (sha256) DO NOTHING RETURNING id")
_INSERT_ARTICLE = _insert("article", _ARTICLE_COLUMNS)
_INSERT_CLAIM = _insert("claim", _CLAIM_NAMES)


def slices(hashes: set[str]) -> Iterable[list[str]]:
    """``hashes`` in sorted lists of at most :data:`LOOKUP_SLICE`, for ``IN (...)`` lookups."""
    wanted = sorted(hashes)
    return (wanted[i : i + LOOKUP_SLICE] for i in range(0, len(wanted), LOOKUP_SLICE))


class SqliteWriter:
    """A SQLite file at this factdb's schema, written with the standard library."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, url: str) -> SqliteWriter | None:
        """The writer for the file a plain ``sqlite:///PATH`` URL names, given the current
        schema if it is missing or empty; None when only the database library can open the
        database (another URL, an older or newer schema, not a database at all)."""
        path = sqlite_file(url)
        if path is None or head_schema.REVISION != HEAD_REVISION:
            return None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except (OSError, sqlite3.Error):
            return None
        try:
            current = _at_head(connection)
        except sqlite3.Error:  # not a database, locked for longer than the timeout...
            current = False
        if not current:
            connection.close()
            return None
        return cls(connection, path)

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()

    def stored(self, hashes: set[str]) -> set[str]:
        """Which of ``hashes`` are already stored sources."""
        found: set[str] = set()
        with self._errors():
            for chunk in slices(hashes):
                marks = ", ".join("?" * len(chunk))
                query = f"SELECT sha256 FROM source WHERE sha256 IN ({marks})"
                found.update(sha256 for (sha256,) in self.connection.execute(query, chunk))
        return found

    def store(self, prepared: PreparedSource) -> tuple[int, int] | Literal[False] | None:
        """Insert ``prepared`` in a transaction of its own: (articles, claims); None when a
        source with its sha256 is stored already; False, with nothing written, when an
        earlier version of its file is stored (:func:`factdb.ingest.writer.store_source`
        carries its reviews over)."""
        with self._errors(), self._transaction():
            return self._store(prepared)

    def _store(self, prepared: PreparedSource) -> tuple[int, int] | Literal[False] | None:
        source, meta, execute = prepared.source, prepared.source.meta, self.connection.execute
        location = source.location or None
        if location and execute("SELECT 1 FROM source WHERE location = ?", (location,)).fetchone():
            return False
        row = execute(
            _INSERT_SOURCE,
            (
                source.path,
                location,
                source.media_type,
                _datetime(source.fetched_at),
                source.sha256,
                source.size,
                _datetime(datetime.now(UTC)),  # models.utcnow, as SQLAlchemy stores it
                meta.title,
                meta.url,
                meta.outlet,
                _date(meta.published),
                source.text,
            ),
        ).fetchone()
        if row is None:
            return None
        source_id = row[0]
        articles = prepared.articles
        # A feed's title is the feed's, never its one entry's.
        single_title = meta.title if len(articles) == 1 and not source.entries else None
        article_ids = [
            execute(
                _INSERT_ARTICLE,
                (
                    source_id,
                    a.span.ordinal,
                    single_title or a.span.title,
                    a.span.start,
                    a.span.end,
                    _date(a.dated.published),
                    a.dated.precision,
                    a.dated.inferred,
                    a.url,
                ),
            ).lastrowid
            for a in articles
        ]
        self._insert_claims(source_id, article_ids, prepared)
        return len(articles), len(prepared.claims)

    def _insert_claims(
        self, source_id: int, article_ids: list[int | None], prepared: PreparedSource
    ) -> None:
        """The source's claim rows in order; then each parenthetical conversion linked to
        the claim it converts (ids grow in insertion order under the write lock)."""
        rows = [
            (source_id, article_ids[a], *values, *_DEFAULT_VALUES) for a, *values in prepared.claims
        ]
        self.connection.executemany(_INSERT_CLAIM, rows)
        if prepared.equivalents:
            query = "SELECT id FROM claim WHERE source_id = ? ORDER BY id"
            ids = [i for (i,) in self.connection.execute(query, (source_id,))]
            links = [(ids[target], ids[i]) for i, target in prepared.equivalents]
            self.connection.executemany("UPDATE claim SET equivalent_id = ? WHERE id = ?", links)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE: the write lock first, so reading then writing never meets a newer snapshot.
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:  # locked, read-only, disk full: one line
            raise DatabaseError(f"{self.path}: database error: {exc}") from exc


def _at_head(connection: sqlite3.Connection) -> bool:
    """Set the connection up as :mod:`factdb.store.database` does; give an empty database
    the current schema; whether the database is at it."""
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("BEGIN IMMEDIATE")  # two ingests creating one file: one creates it
    try:
        if connection.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,):
            for statement in head_schema.STATEMENTS:
                connection.execute(statement)
            insert = "INSERT INTO alembic_version (version_num) VALUES (?)"
            connection.execute(insert, (head_schema.REVISION,))
            revision = (head_schema.REVISION,)
        else:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
    return revision == (HEAD_REVISION,)


def _datetime(value: datetime | None) -> str | None:
    """As SQLAlchemy stores a DATETIME in SQLite."""
    return None if value is None else f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"


def _date(value: date | None) -> str | None:
    """As SQLAlchemy stores a DATE in SQLite."""
    return None if value is None else f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
