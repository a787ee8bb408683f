"""Fixtures every test folder can use: a real PostgreSQL server for the session and a
``db_url`` fixture that runs a test against SQLite and against PostgreSQL.

The server is ``$FACTDB_TEST_POSTGRES_URL`` if set (a database the tests may create
databases on), else one started here from the Debian packages' ``initdb``/``pg_ctl`` in a
temporary folder, listening on 127.0.0.1 and a free port. PostgreSQL refuses to run as root,
so as root it runs as the ``postgres`` OS user. When no server can be had the PostgreSQL
tests are skipped, except in CI (``$CI`` set), where they fail: CI must test PostgreSQL.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_URL_ENV = "FACTDB_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgres")
_db_names = itertools.count(1)


class PostgresUnavailable(Exception):
    """No PostgreSQL server could be found or started."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise PostgresUnavailable(f"{name} not found (install Debian's postgresql package)")


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    if shutil.which("runuser") is None:
        raise PostgresUnavailable("running as root and runuser is missing")
    return ["runuser", "-u", "postgres", "--", *command]


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise PostgresUnavailable(f"{Path(command[0]).name}: {done.stderr.strip()[-500:]}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database (``postgres``)."""
    given = os.environ.get(POSTGRES_URL_ENV)
    if given:
        yield given
        return
    try:
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    except PostgresUnavailable as exc:
        _unavailable(exc)
    home = Path(tempfile.mkdtemp(prefix="factdb-pg-"))
    data, port = home / "data", _free_port()
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
    try:
        _run(
            _as_server_user(
                [
                    initdb,
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                    "--no-sync",
                ]
            )
        )
        options = f"-p {port} -c listen_addresses=127.0.0.1 -k {home} -c fsync=off -F"
        _run(
            _as_server_user(
                [pg_ctl, "-D", str(data), "-o", options, "-l", str(home / "log"), "-w", "start"]
            )
        )
    except (PostgresUnavailable, OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(home, ignore_errors=True)
        _unavailable(exc)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(home, ignore_errors=True)


def _unavailable(reason: BaseException) -> None:
    message = f"no PostgreSQL server for the tests: {reason}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set, so this fails instead of skipping)")
    pytest.skip(message)


def fresh_postgres_url(server_url: str) -> str:
    """A new empty database on the server at ``server_url``; returns its URL."""
    name = f"factdb_test_{os.getpid()}_{next(_db_names)}"
    _outside_transaction(server_url, f'CREATE DATABASE "{name}"')
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def fresh_sqlite_url(folder: Path) -> str:
    """A new SQLite database file (not yet created) in ``folder``; returns its URL."""
    return f"sqlite:///{folder / f'factdb-{next(_db_names)}.sqlite'}"


def drop_postgres_database(server_url: str, url: str) -> None:
    """Drop the database at ``url``, closing whatever connections a test left open."""
    database = make_url(url).database
    _outside_transaction(server_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def _outside_transaction(server_url: str, sql: str) -> None:
    """Run ``sql`` on the server in autocommit mode (CREATE and DROP DATABASE need it)."""
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    url = fresh_postgres_url(postgres_server)
    try:
        yield url
    finally:
        drop_postgres_database(postgres_server, url)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a new, empty database, once on SQLite and once on PostgreSQL."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return fresh_sqlite_url(tmp_path)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """The URL of a new, empty SQLite database file in the test's tmp_path."""
    return fresh_sqlite_url(tmp_path)
