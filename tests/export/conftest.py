"""Fixtures of the export tests: the sample corpus in a private SQLite file per test (what is
tested here is file handling, the same on either backend; tests/store runs the exchange on
both)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from seeded import SEEDS, build, private_copy

from factdb.store.database import Database


@pytest.fixture(scope="session")
def export_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the sample corpus ingested once per test session."""
    return build(tmp_path_factory.mktemp("export") / "factdb.sqlite", [SEEDS])


@pytest.fixture
def seed_db(tmp_path: Path, export_template: Path) -> Iterator[Database]:
    """A private copy of the sample corpus database."""
    db = Database(private_copy(export_template, tmp_path))
    yield db
    db.dispose()
