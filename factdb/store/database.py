"""The database: URL resolution, the engine, and one session per unit of work."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlmodel import Session, create_engine

from factdb.errors import DatabaseError
from factdb.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)

DEFAULT_URL = "sqlite:///db/factdb.sqlite"
URL_ENV = "FACTDB_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def resolve_url(url: str | None = None) -> str:
    """The database URL: the one given, else ``$FACTDB_DATABASE_URL``, else the SQLite default."""
    return url or os.environ.get(URL_ENV) or DEFAULT_URL


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the CLI and the review app read while the other writes; the busy timeout
    # makes a second writer wait for the lock instead of failing at once.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    """An open factdb database: owns the engine; hands out sessions."""

    def __init__(self, url: str | None = None, *, create: bool = True) -> None:
        self.url = resolve_url(url)
        try:
            parsed = make_url(self.url)
        except ArgumentError as exc:
            raise DatabaseError(f"{self.url}: not a database URL") from exc
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            path = parsed.database
            if path and path != ":memory:":
                if not create and not Path(path).exists():
                    raise DatabaseError(f"{path}: no such database")
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(
                self.url, connect_args={"check_same_thread": False, "timeout": 10}
            )
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(self.url, pool_pre_ping=True)
        if create:
            self.create_schema()

    def create_schema(self) -> None:
        """Create missing tables (an empty database gets the current schema)."""
        from factdb.store.schema import ensure_schema

        ensure_schema(self)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work: committed on success, rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                # Locked, read-only, unreachable: say which database, in one line.
                reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
                raise DatabaseError(f"{self.name}: database error: {reason}") from exc
            except BaseException:
                session.rollback()
                raise

    @property
    def name(self) -> str:
        """How to name this database in a message: its file, or its URL without password."""
        parsed = make_url(self.url)
        if self.is_sqlite:
            return parsed.database or ":memory:"
        return parsed.render_as_string(hide_password=True)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
