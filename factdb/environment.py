"""The environment variables factdb reads, in one place (each is also a command-line option
or documented in the README). A module of names only, so the CLI can build its options
without importing the store."""

from __future__ import annotations

# The database URL when `--db` is not given; else DEFAULT_URL.
URL_ENV = "FACTDB_DATABASE_URL"
DEFAULT_URL = "sqlite:///db/factdb.sqlite"
# The name recorded with each review when `--reviewer` is not given; else the login name.
REVIEWER_ENV = "FACTDB_REVIEWER"
# PostgreSQL: seconds to wait for a connection and for one statement.
CONNECT_TIMEOUT_ENV = "FACTDB_CONNECT_TIMEOUT"
STATEMENT_TIMEOUT_ENV = "FACTDB_STATEMENT_TIMEOUT"
# The folder factdb keeps compiled patterns and parsed unit definitions in between runs;
# else $XDG_CACHE_HOME/factdb or ~/.cache/factdb.
CACHE_DIR_ENV = "FACTDB_CACHE_DIR"
