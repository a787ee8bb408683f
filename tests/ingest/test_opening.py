"""Ingesting into a database named by its URL: the sources a SQLite file already holds are told
with the standard library, the same ones the database library finds; a file not there yet is
created."""

from __future__ import annotations

import hashlib
from pathlib import Path

from factdb.ingest import ingest_paths
from factdb.ingest.runner import _stored_hashes
from factdb.ingest.sqlite_writer import SqliteWriter
from factdb.store.database import Database

from .conftest import write_editions


def _hashes(paths: list[Path]) -> set[str]:
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def test_a_sqlite_file_tells_its_sources_as_the_database_library_does(tmp_path: Path) -> None:
    files = write_editions(tmp_path / "in", 4)
    url = f"sqlite:///{tmp_path / 'new' / 'factdb.sqlite'}"
    assert _stored_quickly(url, _hashes(files)) == set()  # a new file: nothing stored

    report = ingest_paths(url, files[:2], jobs=1)
    assert len(report.added) == 2 and report.claims > 0
    db = Database(url, create=False)
    everything = _hashes(files)
    quick = _stored_quickly(url, everything)
    assert quick == _stored_hashes(db, everything) == _hashes(files[:2])

    report = ingest_paths(url, files, jobs=2)
    assert len(report.unchanged) == 2 and len(report.added) == 2
    assert _stored_quickly(url, everything) == everything
    db.dispose()


def _stored_quickly(url: str, hashes: set[str]) -> set[str]:
    writer = SqliteWriter.open(url)
    assert writer is not None
    try:
        return writer.stored(hashes)
    finally:
        writer.close()
