"""The database: URL resolution, the engine, and one session per unit of work.

Only commands that create a database (``ingest``, ``import``, ``migrate``) open it with
``create=True``; every reader opens an existing one, so a misspelt path is an error, not a new
empty database. PostgreSQL connections give up after a connect timeout and statements after a
statement timeout, each reported in one line, so a server that never answers cannot hang a
command.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlmodel import Session, create_engine

from factdb.environment import CONNECT_TIMEOUT_ENV, STATEMENT_TIMEOUT_ENV
from factdb.errors import DatabaseError, describe_error
from factdb.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from factdb.store.locate import no_database, resolve_url

# Seconds; each can be set in the environment (a slow VPN, a huge rebuild).
DEFAULT_CONNECT_TIMEOUT = 10
DEFAULT_STATEMENT_TIMEOUT = 300
SQLITE_BUSY_TIMEOUT_MS = 10_000
# Every spelling of PostgreSQL people paste; all go through psycopg 3, the installed driver.
POSTGRES_DRIVERS = frozenset(
    {"postgres", "postgresql", "postgresql+psycopg", "postgresql+psycopg2", "postgresql+psycopg3"}
)
POSTGRES_DRIVER = "postgresql+psycopg"
# "user:secret@" after a scheme or at the start of a scheme-less string.
_PASSWORD_RE = re.compile(r"((?:^|://)[^:/@\s]*:)[^@/\s]*@")


def mask_password(text: str) -> str:
    """``text`` with any URL password replaced by ``***``, for messages."""
    return _PASSWORD_RE.sub(r"\1***@", text)


def parse_url(raw: str) -> URL:
    """The SQLAlchemy URL for ``raw``: SQLite, or PostgreSQL under any common spelling;
    anything else is a :class:`DatabaseError` that never shows the password."""
    shown = mask_password(raw)
    usage = "write sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/NAME"
    if "://" not in raw:
        raise DatabaseError(f"{shown}: not a database URL ({usage})")
    try:
        url = make_url(raw)
        url.port  # noqa: B018  (a non-numeric port only fails when read)
    except (ArgumentError, ValueError) as exc:
        reason = "the port is not a number" if isinstance(exc, ValueError) else usage
        raise DatabaseError(f"{shown}: not a database URL ({reason})") from exc
    if url.get_backend_name() == "sqlite":
        return url
    if url.drivername in POSTGRES_DRIVERS:
        return url.set(drivername=POSTGRES_DRIVER)
    raise DatabaseError(
        f"{shown}: unsupported database {url.get_backend_name()!r}; factdb stores claims in "
        "SQLite (sqlite:///PATH) or PostgreSQL (postgresql://…)"
    )


def _seconds(env: str, default: int) -> float:
    value = os.environ.get(env)
    try:
        return float(value) if value else default
    except ValueError as exc:
        raise DatabaseError(f"${env}: {value!r} is not a number of seconds") from exc


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
    """An open factdb database: owns the engine; hands out sessions.

    ``create``: an empty or missing database gets the current schema (else it is refused with
    "no factdb database"); ``check``: the schema's revision is checked on opening (an older
    SQLite file is upgraded after a backup, a newer one refused); only ``factdb migrate``
    opens without the check, to do it itself.
    """

    def __init__(self, url: str | None = None, *, create: bool = True, check: bool = True):
        self.url = resolve_url(url)
        parsed = parse_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.name = (
            (parsed.database or ":memory:")
            if self.is_sqlite
            else parsed.render_as_string(hide_password=True)
        )
        if self.is_sqlite:
            path = parsed.database
            if path and path != ":memory:":
                if not create and not _has_content(Path(path)):
                    raise no_database(path)
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(
                parsed, connect_args={"check_same_thread": False, "timeout": 10}
            )
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            connect = _seconds(CONNECT_TIMEOUT_ENV, DEFAULT_CONNECT_TIMEOUT)
            statement = _seconds(STATEMENT_TIMEOUT_ENV, DEFAULT_STATEMENT_TIMEOUT)
            self.engine = create_engine(
                parsed,
                pool_pre_ping=True,
                connect_args={
                    # libpq wants whole seconds, at least 2 (it reads 1 as 2).
                    "connect_timeout": max(2, round(connect)),
                    "options": f"-c statement_timeout={round(statement * 1000)}",
                },
            )
        if check:
            from factdb.store.schema import ensure_schema

            ensure_schema(self, create=create)

    def create_schema(self) -> None:
        """Create missing tables (an empty database gets the current schema)."""
        from factdb.store.schema import ensure_schema

        ensure_schema(self, create=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work: committed on success, rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                # Locked, read-only, unreachable, timed out: name the database, in one line.
                # (Other errors pass through: callers handle an IntegrityError themselves.)
                session.rollback()
                raise self.error(exc) from exc
            except BaseException:
                session.rollback()
                raise

    def error(self, exc: BaseException) -> DatabaseError:
        """``exc`` as one line naming this database: locked, read-only, unreachable…"""
        return DatabaseError(f"{self.name}: {describe_error(exc)}")

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False
