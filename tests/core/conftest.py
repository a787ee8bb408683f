"""Fixtures for the core tests: real databases (SQLite files and, where a server can be had,
PostgreSQL databases) built from the sample corpus."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from seeded import SEEDS, build, private_copy

from factdb.cli import app
from factdb.ingest import ingest_paths
from factdb.store.database import Database

BACKENDS = ("sqlite", "postgres")


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the sample corpus ingested once per test session."""
    return build(tmp_path_factory.mktemp("template") / "factdb.sqlite", [SEEDS])


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path, seeded_template: Path) -> Iterator[Database]:
    """The sample corpus in a private database, once on SQLite and once on PostgreSQL."""
    if request.param == "postgres":
        database = Database(request.getfixturevalue("postgres_url"))
        ingest_paths(database, [SEEDS])
    else:
        database = Database(private_copy(seeded_template, tmp_path))
    yield database
    database.dispose()


@dataclass
class Cli:
    """`factdb ARGS…` run in-process against one database."""

    url: str

    def __call__(self, *args: object) -> Result:
        return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)

    def database(self) -> Database:
        """The database the commands use."""
        return Database(self.url)


@pytest.fixture(params=BACKENDS)
def cli(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A CLI runner in a temporary working directory: on SQLite it uses the default database
    (db/factdb.sqlite, so the default is exercised); on PostgreSQL, `$FACTDB_DATABASE_URL`."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTDB_REVIEWER", "tester")
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
        monkeypatch.setenv("FACTDB_DATABASE_URL", url)
        return Cli(url)
    monkeypatch.delenv("FACTDB_DATABASE_URL", raising=False)
    return Cli(f"sqlite:///{tmp_path / 'db' / 'factdb.sqlite'}")
