"""Schema versions with Alembic: the database records its revision (``alembic_version``).

Opening a database (:func:`ensure_schema`) gives an empty one the current schema, upgrades
an older SQLite file after copying it to a timestamped backup beside it, and refuses a newer
one. An older PostgreSQL database is shared by a team, so it is only upgraded on request
(:func:`migrate`, ``factdb migrate``), after its owner has taken a dump. Databases made by
factdb before it used Alembic have the core tables but no revision: they count as
:data:`INITIAL_REVISION`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from factdb.errors import DatabaseError
from factdb.store.locate import HEAD_REVISION, no_database

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from factdb.store.database import Database

MIGRATIONS = Path(__file__).parent / "migrations"
INITIAL_REVISION = "0001"
# Any fixed number: serialises schema changes of concurrent openers of a PostgreSQL database.
_PG_LOCK_KEY = 0x66616374


@dataclass(frozen=True, slots=True)
class Migration:
    """What :func:`migrate` did: the revision before and after, and the backup it made."""

    before: str | None
    after: str
    backup: Path | None = None


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for factdb's migrations, run on ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The schema revision this version of factdb writes."""
    return HEAD_REVISION


def alembic_head() -> str | None:
    """The head of the migration scripts (what :data:`HEAD_REVISION` must say)."""
    return _scripts().get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The database's revision; :data:`INITIAL_REVISION` for a pre-Alembic factdb database,
    None for an empty one."""
    tables = inspect(connection)
    if tables.has_table("alembic_version"):
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision is not None:
            return str(revision)
    return INITIAL_REVISION if tables.has_table("source") else None


def ensure_schema(db: Database, *, create: bool = True) -> None:
    """Make the database usable by this factdb: create (if ``create``), upgrade (SQLite) or
    refuse it; an empty database opened without ``create`` is "no factdb database"."""
    head = head_revision()
    with _guarded(db):
        with db.engine.connect() as conn:
            revision = current_revision(conn)
        if revision == head:
            return
        if revision is None and not create:
            raise no_database(db.name)
        if revision is not None and not db.is_sqlite:
            # Read again under the schema lock: another opener may have been creating the
            # schema, committed between two of the reads above (its tables, then no revision).
            with _schema_transaction(db) as conn:
                revision = current_revision(conn)
            if revision == head:
                return
            _check_known(db, revision)
            raise DatabaseError(
                f"{db.name}: schema is at revision {revision}, this factdb needs {head}; "
                "back the database up (pg_dump), then run `factdb migrate`"
            )
        _check_known(db, revision)
    migrate(db)


def migrate(db: Database) -> Migration:
    """Upgrade the database to the current schema in one transaction, backing up a SQLite
    file first; an empty database gets the whole schema."""
    head = head_revision()
    with _guarded(db):
        with db.engine.connect() as conn:
            before = current_revision(conn)
        _check_known(db, before)
        if before == head:
            return Migration(before, head)
        backup = _backup_sqlite(db) if before is not None and db.is_sqlite else None
        with _schema_transaction(db) as conn:
            # Another process may have migrated while we waited for the lock.
            before = current_revision(conn)
            if before != head:
                from alembic import command

                config = alembic_config(conn)
                if before == INITIAL_REVISION and not _has_version_table(conn):
                    command.stamp(config, INITIAL_REVISION)
                command.upgrade(config, "head")
    return Migration(before, head, backup)


def is_known_revision(revision: str) -> bool:
    """Whether ``revision`` is one of this factdb's schema revisions."""
    try:
        return _scripts().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def _check_known(db: Database, revision: str | None) -> None:
    if revision is not None and not is_known_revision(revision):
        raise DatabaseError(
            f"{db.name}: schema revision {revision!r} is newer than this factdb knows "
            f"(up to {head_revision()}); upgrade factdb to use this database"
        )


def _has_version_table(connection: Connection) -> bool:
    return inspect(connection).has_table("alembic_version")


@contextmanager
def _guarded(db: Database) -> Iterator[None]:
    # An unopenable database (corrupt file, server down) is named in one line.
    try:
        yield
    except SQLAlchemyError as exc:
        raise db.error(exc) from exc


@contextmanager
def _schema_transaction(db: Database) -> Iterator[Connection]:
    """One transaction holding the database's write lock, so concurrent openers of an empty
    database do not both create it, and a failed migration leaves nothing changed."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            # pysqlite would run DDL outside any transaction; an explicit one makes it atomic.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        yield conn


def _backup_sqlite(db: Database) -> Path:
    """Copy the SQLite file (with its write-ahead log) to ``NAME.YYYYmmddTHHMMSS.bak``."""
    path = Path(db.name)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    backup = path.with_name(f"{path.name}.{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(backup)
        try:
            source.backup(target)  # a consistent snapshot, unlike copying the file
        finally:
            target.close()
    finally:
        source.close()
    return backup
