"""Fixtures for the fact-tracking tests: the sample corpus plus short test articles that
restate its figures (some consistently, some not), ingested into a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result
from seeded import SEEDS, build, private_copy
from sqlalchemy import select

from factdb.cli import app
from factdb.facts.candidates import Candidate, Candidates
from factdb.facts.listing import facts_of_claims
from factdb.store.database import Database
from factdb.store.models import Claim

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"


@pytest.fixture(scope="session")
def corpus_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the sample corpus and the test articles, ingested once."""
    return build(tmp_path_factory.mktemp("facts") / "factdb.sqlite", [SEEDS, CORPUS])


@pytest.fixture
def corpus_url(tmp_path: Path, corpus_template: Path) -> str:
    """The URL of a private copy of the corpus database."""
    return private_copy(corpus_template, tmp_path)


@pytest.fixture
def corpus_db(corpus_url: str) -> Iterator[Database]:
    """The corpus database, opened."""
    database = Database(corpus_url)
    yield database
    database.dispose()


@pytest.fixture
def run_cli(corpus_url: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run `factdb ARGS… --db <corpus>` in-process; returns the click result."""
    monkeypatch.setenv("FACTDB_REVIEWER", "tester")
    monkeypatch.setenv("COLUMNS", "200")

    def run(*args: str) -> Result:
        return CliRunner().invoke(app, [*map(str, args), "--db", corpus_url])

    return run


def ranked(candidates: Candidates) -> Iterator[tuple[int, list[Candidate]]]:
    """Each claim's candidates (with a usable value, by index), batch after batch, as lists."""
    for low, high, matched, index, common, what in candidates.batches():
        bounds = np.searchsorted(matched, np.arange(low, high + 1)).tolist()
        found = list(zip(index.tolist(), common.tolist(), what.tolist(), strict=True))
        for a in range(low, high):
            if candidates.matchable[a]:
                yield a, found[bounds[a - low] : bounds[a - low + 1]]


@contextmanager
def built(tmp_path: Path, texts: dict[str, str]) -> Iterator[Database]:
    """A database built from ``texts`` (file name → text) written into ``tmp_path``."""
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = Database(f"sqlite:///{build(tmp_path / 'f.sqlite', [tmp_path])}")
    try:
        yield db
    finally:
        db.dispose()


def fact_ids(db: Database) -> dict[tuple[str, int], int]:
    """Each claim's fact id, by its quote and article."""
    with db.session() as session:
        ids = {(c.quote, c.article_id): c.id for c in session.scalars(select(Claim)).all()}
    facts = facts_of_claims(db, [i for i in ids.values() if i is not None])
    return {key: facts[i].id or 0 for key, i in ids.items() if i is not None}
