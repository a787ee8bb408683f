"""`factdb import` trusts no citation: every claim's quote and sentence must be where its
offsets point in its source's text, and every text must match its hash; a broken backup is
refused with one line naming the line and the problem, and nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import func, select

from factdb.cli import app
from factdb.export.jsonl import TEXT_HASH, export_jsonl, tables
from factdb.store.database import Database

Record = dict[str, Any]


def _backup(db: Database, path: Path) -> list[Record]:
    export_jsonl(db, path)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _save(path: Path, records: list[Record]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


def _first(records: list[Record], table: str) -> tuple[int, Record]:
    """The line number and the record of the first row of ``table``."""
    return next((n, r) for n, r in enumerate(records, start=1) if r.get("table") == table)


def _import(path: Path, url: str) -> Result:
    return CliRunner().invoke(app, ["import", str(path), "--db", url])


def _empty(url: str) -> bool:
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            return not any(conn.scalar(select(func.count()).select_from(t)) for t in tables())
    finally:
        db.dispose()


def _shift(*names: str) -> Callable[[Record], None]:
    def damage(row: Record) -> None:
        for name in names:
            row[name] += 1

    return damage


def _edit_text(row: Record) -> None:
    text = row["text"]
    i = text.index("0")  # a digit changed, the length kept: 2023 becomes 2123
    row["text"] = text[:i] + "1" + text[i + 1 :]


@pytest.mark.parametrize(
    ("table", "damage", "problem"),
    [
        ("claim", _shift("start", "end"), "claim {id}: its quote"),
        ("claim", _shift("sentence_start", "sentence_end"), "claim {id}: its sentence"),
        ("claim", lambda row: row.update(start=-len(row["quote"]), end=0), "claim {id}: its quote"),
        ("source", _edit_text, "source {id}: its text does not match its hash"),
    ],
    ids=["quote-offsets", "sentence-offsets", "negative-offsets", "edited-text"],
)
def test_a_broken_citation_is_refused(
    seed_db: Database,
    tmp_path: Path,
    sqlite_url: str,
    table: str,
    damage: Callable[[Record], None],
    problem: str,
) -> None:
    backup = tmp_path / "backup.jsonl"
    records = _backup(seed_db, backup)
    line, record = _first(records, table)
    damage(record["row"])
    _save(backup, records)

    result = _import(backup, sqlite_url)

    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    expected = f"{backup} line {line}: " + problem.format(id=record["row"]["id"])
    assert len(lines) == 1 and expected in lines[0], result.output
    assert _empty(sqlite_url)


def test_a_backup_without_text_hashes_is_checked_against_the_file_hash(
    seed_db: Database, tmp_path: Path, sqlite_url: str
) -> None:
    """A backup written before ``text_sha256`` existed: the text is checked against the hash
    of the file's bytes, and a good one still imports."""
    backup = tmp_path / "backup.jsonl"
    records = _backup(seed_db, backup)
    for record in records:
        record.pop(TEXT_HASH, None)
    _save(backup, records)
    assert _import(backup, sqlite_url).exit_code == 0

    line, source = _first(records, "source")
    _edit_text(source["row"])
    _save(backup, records)
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    result = _import(backup, fresh)
    assert result.exit_code != 0
    assert f"line {line}: source 1: its text does not match its hash" in result.output
    assert _empty(fresh)


def test_a_broken_citation_is_refused_by_postgresql_too(
    seed_db: Database, tmp_path: Path, postgres_url: str
) -> None:
    backup = tmp_path / "backup.jsonl"
    records = _backup(seed_db, backup)
    line, claim = _first(records, "claim")
    claim["row"]["quote"] = claim["row"]["quote"] + "0"
    _save(backup, records)

    result = _import(backup, postgres_url)

    assert result.exit_code != 0
    assert f"line {line}: claim {claim['row']['id']}: its quote" in result.output
    assert _empty(postgres_url)
