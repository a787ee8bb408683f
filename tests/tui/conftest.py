"""Fixtures for the review app's tests: a real SQLite database built from the sample corpus
once per session, copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from seeded import SEEDS, private_copy
from tui_harness import build_for_app

from factdb.store.database import Database


@pytest.fixture(scope="session")
def seed_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus ingested once per session."""
    return build_for_app(tmp_path_factory.mktemp("seed") / "seed.sqlite", SEEDS)


def _corpus_copies(folder: Path, copies: int) -> Path:
    """The corpus ``copies`` times (each copy edited, so it is a new source), built."""
    seeds = folder / "seeds"
    seeds.mkdir()
    for seed in SEEDS.iterdir():
        shutil.copy(seed, seeds / seed.name)
        for n in range(1, copies):
            (seeds / f"copy{n}-{seed.name}").write_text(seed.read_text() + f"\nEdit {n}.\n")
    return build_for_app(folder / "corpus.sqlite", seeds)


@pytest.fixture(scope="session")
def big_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus twice: more than a page."""
    return _corpus_copies(tmp_path_factory.mktemp("big"), 2)


@pytest.fixture(scope="session")
def many_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus eight times: more claims than the table's window holds."""
    return _corpus_copies(tmp_path_factory.mktemp("many"), 8)


def _copy(source: Path, tmp_path: Path) -> Database:
    return Database(private_copy(source, tmp_path))


@pytest.fixture
def db(seed_db_file: Path, tmp_path: Path) -> Database:
    """A private copy of the corpus database."""
    return _copy(seed_db_file, tmp_path)


@pytest.fixture
def big_db(big_db_file: Path, tmp_path: Path) -> Database:
    """A private copy of the two-copies database."""
    return _copy(big_db_file, tmp_path)


@pytest.fixture
def many_db(many_db_file: Path, tmp_path: Path) -> Database:
    """A private copy of the eight-copies database."""
    return _copy(many_db_file, tmp_path)
