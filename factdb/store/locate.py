"""Where a factdb database is, and which schema it must have, without a database library:
what a command that only reads a SQLite file needs before deciding to load SQLAlchemy."""

from __future__ import annotations

import os
import re
from pathlib import Path

from factdb.environment import DEFAULT_URL, URL_ENV
from factdb.errors import DatabaseError

# The revision this factdb writes. Alembic's head, spelt out so that opening a current database
# (every command) does not load Alembic; a test checks that the two agree.
HEAD_REVISION = "0009"
# A SQLite URL naming a file by a plain path: no query, no percent-escapes, not in memory.
_PLAIN_SQLITE_URL = re.compile(r"sqlite(?:\+pysqlite)?:///(?!:memory:$)([^?#%]+)")


def resolve_url(url: str | None = None) -> str:
    """The database URL: the one given, else ``$FACTDB_DATABASE_URL``, else the SQLite default."""
    return url or os.environ.get(URL_ENV) or DEFAULT_URL


def no_database(name: str) -> DatabaseError:
    """The error for a reader pointed at a database that does not exist (yet)."""
    return DatabaseError(f"no factdb database at {name} — run `factdb ingest` first")


def sqlite_file(url: str) -> Path | None:
    """The file a plain ``sqlite:///PATH`` URL names; None for any other URL (PostgreSQL, an
    in-memory database, a URL with options), which only SQLAlchemy reads."""
    found = _PLAIN_SQLITE_URL.fullmatch(url)
    return Path(found.group(1)) if found else None
