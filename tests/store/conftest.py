"""Fixtures of the store tests: the sample corpus ingested into a fresh database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from seeded import SEEDS
from sqlalchemy import func, select

from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Claim


@pytest.fixture
def corpus_db(db_url: str) -> Iterator[Database]:
    """The sample corpus ingested into a fresh database (SQLite, then PostgreSQL)."""
    db = Database(db_url)
    ingest_paths(db, [SEEDS])
    with db.session() as session:
        assert session.scalar(select(func.count(Claim.id))), "the corpus yields no claims"
    yield db
    db.dispose()


@pytest.fixture
def seed_text() -> str:
    """The text of the first file of the sample corpus."""
    return next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
