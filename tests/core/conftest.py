"""Fixtures for the core tests: a real SQLite file built from the sample corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factdb.cli import app
from factdb.db import Database
from factdb.ingest import ingest_paths

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the sample corpus ingested once per test session."""
    path = tmp_path_factory.mktemp("template") / "factdb.sqlite"
    db = Database(f"sqlite:///{path}")
    ingest_paths(db, [SEEDS])
    db.dispose()
    return path


@pytest.fixture
def db_url(tmp_path: Path, seeded_template: Path) -> str:
    """The URL of a private copy of the seeded database."""
    path = tmp_path / "factdb.sqlite"
    shutil.copy(seeded_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def db(db_url: str) -> Database:
    """The seeded database, opened."""
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run `factdb ARGS…` in-process, in a temporary working directory; returns the result."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTDB_DATABASE_URL", raising=False)
    monkeypatch.setenv("FACTDB_REVIEWER", "tester")
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return run
