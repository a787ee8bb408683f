"""Fixtures for the review app's tests: a real SQLite database built from the sample corpus
once per session, copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tui_harness import SEEDS, build

from factdb.db import Database


@pytest.fixture(scope="session")
def seed_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus ingested once per session."""
    return build(tmp_path_factory.mktemp("seed") / "seed.sqlite", SEEDS)


@pytest.fixture(scope="session")
def big_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus twice (the second copy edited, so it is a new source): more than a page."""
    folder = tmp_path_factory.mktemp("big") / "seeds"
    folder.mkdir()
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
        (folder / f"copy-{seed.name}").write_text(seed.read_text() + "\nEdited.\n")
    return build(folder.parent / "big.sqlite", folder)


def _copy(source: Path, tmp_path: Path) -> Database:
    target = tmp_path / "factdb.sqlite"
    shutil.copy(source, target)
    return Database(f"sqlite:///{target}")


@pytest.fixture
def db(seed_db_file: Path, tmp_path: Path) -> Database:
    """A private copy of the corpus database."""
    return _copy(seed_db_file, tmp_path)


@pytest.fixture
def big_db(big_db_file: Path, tmp_path: Path) -> Database:
    """A private copy of the two-copies database."""
    return _copy(big_db_file, tmp_path)
