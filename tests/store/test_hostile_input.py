"""Hostile and broken input: each is refused with one line naming the file and the problem,
and the database is left exactly as it was (nothing half-written)."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from factdb.cli import app
from factdb.errors import InputError
from factdb.export.jsonl import tables
from factdb.ingest import ingest_paths
from factdb.ingest.reader import MAX_FILE_BYTES
from factdb.ingest.split import TITLE_LIMIT
from factdb.store import database as db_module
from factdb.store.database import Database

GOOD = "City council approved $4 million for 12 new bridges in 2023.\n"


def _rows(db: Database) -> dict[str, list[Any]]:
    with db.engine.connect() as conn:
        return {
            t.name: conn.execute(select(t).order_by(*t.primary_key.columns)).all() for t in tables()
        }


def _binary(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def _latin1(path: Path) -> None:
    path.write_bytes("Le café a coûté 5 euros.\n".encode("cp1252"))


def _nul(path: Path) -> None:
    path.write_bytes(GOOD.encode() + b"\x00" + GOOD.encode())


def _huge(path: Path) -> None:
    path.touch()
    os.truncate(path, MAX_FILE_BYTES + 1)  # sparse: no gigabyte is written


def _empty(path: Path) -> None:
    path.write_bytes(b" \n\n")


def _self_link(path: Path) -> None:
    path.symlink_to(path)


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "binary": (_binary, "binary file"),
    "not-utf8": (_latin1, "not UTF-8 (byte 0xe9"),
    "nul-bytes": (_nul, "NUL byte at offset"),
    "huge": (_huge, "over the"),
    "empty": (_empty, "file is empty"),
    "symlink-to-itself": (_self_link, "broken or looping symbolic link"),
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_file_is_refused_and_nothing_is_written(
    corpus_db: Database, tmp_path: Path, kind: str
) -> None:
    make, message = HOSTILE[kind]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    bad = folder / "b_bad.txt"
    make(bad)
    before = _rows(corpus_db)

    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", corpus_db.url])

    assert result.exit_code != 0
    assert f"{bad}: " in result.output and message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert _rows(corpus_db) == before


@pytest.mark.parametrize("change", ["deleted", "emptied"])
def test_file_changing_during_ingest_is_refused(
    corpus_db: Database, tmp_path: Path, change: str
) -> None:
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in files:
        path.write_text(GOOD, encoding="utf-8")
    before = _rows(corpus_db)

    def meddle(_listed: object) -> None:  # runs after the files were listed, before reading
        if change == "deleted":
            files[1].unlink()
        else:
            files[1].write_text("", encoding="utf-8")

    with pytest.raises(InputError, match=str(files[1])):
        ingest_paths(corpus_db, files, on_files=meddle)
    assert _rows(corpus_db) == before


def test_symlink_loops_and_deep_folders_are_walked_once(sqlite_url: str, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    deep = root.joinpath(*[f"d{i}" for i in range(60)])
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(GOOD, encoding="utf-8")
    (root / "top.txt").write_text(GOOD.replace("12", "13"), encoding="utf-8")
    (root / "d0" / "loop").symlink_to(root, target_is_directory=True)

    result = CliRunner().invoke(app, ["ingest", str(root), "--db", sqlite_url])

    assert result.exit_code == 0, result.output
    assert "ingested 2 new file(s)" in result.output


def test_very_long_line_is_ingested(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text("word " * 40_000 + "and 5 km. " + GOOD.strip() * 200, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", sqlite_url])
    assert result.exit_code == 0, result.output


def test_locked_database_fails_cleanly_and_keeps_its_data(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "SQLITE_BUSY_TIMEOUT_MS", 200)  # fail fast, not in 10 s
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(GOOD.replace("12", "14"), encoding="utf-8")
    db = Database(sqlite_url)
    ingest_paths(db, [first])
    before = _rows(db)
    holder = sqlite3.connect(db.engine.url.database or "", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = CliRunner().invoke(app, ["ingest", str(second), "--db", sqlite_url])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code != 0
    assert "database is locked" in result.output
    assert str(db.engine.url.database) in result.output
    assert _rows(db) == before
    db.dispose()


def test_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "b_feed.txt")  # no writer: reading it would block forever
    url = f"sqlite:///{tmp_path / 'factdb.sqlite'}"
    factdb = Path(sys.executable).parent / "factdb"

    done = subprocess.run(
        [factdb, "ingest", str(folder), "--db", url], capture_output=True, text=True, timeout=120
    )

    assert done.returncode != 0
    assert done.stderr.strip() == f"Error: {folder / 'b_feed.txt'}: not a regular file " + (
        "(a named pipe); give text files or folders"
    )
    db = Database(url)
    assert all(not rows for rows in _rows(db).values())
    db.dispose()


def test_byte_order_mark_is_not_counted_in_offsets(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "excel.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    out = tmp_path / "claims.csv"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(path), "--db", sqlite_url]).exit_code == 0
    assert runner.invoke(app, ["export", str(out), "--db", sqlite_url]).exit_code == 0
    text = path.read_text(encoding="utf-8-sig")  # what the README says offsets index
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert rows and all(text[int(r["start"]) : int(r["end"])] == r["quote"] for r in rows)


def test_one_line_file_gets_a_short_title(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text(GOOD.replace("\n", " ") * 2_000, encoding="utf-8")  # 120 KB, one line
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    db = Database(sqlite_url)
    [article] = _rows(db)["article"]
    assert len(article.title) <= TITLE_LIMIT and article.title.endswith("…")
    db.dispose()
