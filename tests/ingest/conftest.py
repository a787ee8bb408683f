"""Fixtures of the ingest tests: a folder of distinct files, and the `factdb` executable for
tests that run ingests as real processes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from seeded import SEED_FILE

FACTDB = str(Path(sys.executable).parent / "factdb")
EDITIONS = 10


def write_editions(folder: Path, count: int, *, first: int = 0) -> list[Path]:
    """``count`` files of the sample corpus, each made distinct by its first line."""
    text = SEED_FILE.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(first, first + count):
        path = folder / f"edition_{n:03d}.txt"
        path.write_text(f"Edition {n}\n\n{text}", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def editions(tmp_path: Path) -> Path:
    """A folder of :data:`EDITIONS` distinct copies of the sample corpus."""
    folder = tmp_path / "editions"
    write_editions(folder, EDITIONS)
    return folder
