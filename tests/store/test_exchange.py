"""Backup and exchange: a JSONL round trip loses nothing; reviews come back from a CSV that
a person edited, all or nothing; CSV cells cannot run formulas."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from seeded import SEEDS
from sqlalchemy import func, select

from factdb.claims.queries import history
from factdb.claims.review import Correction, review_claim, undo_last_review
from factdb.cli import app
from factdb.export.cells import text_cell
from factdb.export.claims_csv import export_csv
from factdb.export.jsonl import export_jsonl, tables
from factdb.extract.mention import QUALIFIERS
from factdb.store.database import Database
from factdb.store.models import Claim, Review

FORMULAS = ("=1+2", "+A1", "-cmd", "@SUM(A1)", "\tx", "\rx", "-2+3+cmd|' /C calc'!A0")


def _rows(db: Database) -> dict[str, list[Any]]:
    with db.engine.connect() as conn:
        return {
            t.name: conn.execute(select(t).order_by(*t.primary_key.columns)).all() for t in tables()
        }


def _reviewed(db: Database) -> Database:
    ids = [c.id for c in _claims(db)]
    review_claim(db, ids[0], status="verified", note="ok", reviewer="ann")
    review_claim(db, ids[1], correction=Correction(value=12.5, unit="USD"), reviewer="bob")
    undo_last_review(db, ids[0], reviewer="cy")
    with db.session() as session:
        session.get_one(Claim, ids[2]).orphaned = True
    return db


def _claims(db: Database) -> list[Claim]:
    with db.session() as session:
        return list(session.scalars(select(Claim).order_by(Claim.id)))


def _invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_jsonl_round_trip_keeps_every_row(corpus_db: Database, tmp_path: Path) -> None:
    _reviewed(corpus_db)
    backup = tmp_path / "backup.jsonl"
    result = _invoke("export", "--format", "jsonl", str(backup), "--db", corpus_db.url)
    assert result.exit_code == 0, result.output
    restored = Database(f"sqlite:///{tmp_path / 'restored.sqlite'}")

    result = _invoke("import", str(backup), "--db", restored.url)

    assert result.exit_code == 0, result.output
    assert _rows(restored) == _rows(corpus_db)
    again = tmp_path / "again.jsonl"
    export_jsonl(restored, again)
    assert again.read_bytes() == backup.read_bytes()
    restored.dispose()


def test_import_into_either_backend_then_keep_working(
    db_url: str, sqlite_url: str, tmp_path: Path
) -> None:
    origin = Database(sqlite_url)
    _invoke("ingest", str(SEEDS), "--db", sqlite_url)
    _reviewed(origin)
    backup = tmp_path / "backup.jsonl"
    export_jsonl(origin, backup)
    target = Database(db_url)

    result = _invoke("import", str(backup), "--db", db_url)

    assert result.exit_code == 0, result.output
    assert _rows(target) == _rows(origin)
    # Ids came from the file: new rows must get fresh ones (PostgreSQL's sequences moved on).
    claim = _claims(target)[5]
    review_claim(target, claim.id, status="rejected", reviewer="dee")
    assert [r.reviewer for r in history(target, claim.id)] == ["dee"]
    origin.dispose()
    target.dispose()


def test_import_refuses_a_database_that_is_not_empty(corpus_db: Database, tmp_path: Path) -> None:
    backup = tmp_path / "backup.jsonl"
    export_jsonl(corpus_db, backup)
    before = _rows(corpus_db)
    result = _invoke("import", str(backup), "--db", corpus_db.url)
    assert result.exit_code != 0
    assert "not empty" in result.output
    assert _rows(corpus_db) == before


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda lines: ["not json", *lines[1:]], "not a factdb JSONL export"),
        (lambda lines: [*lines[:3], "{oops", *lines[3:]], "line 4: not JSON"),
        (lambda lines: [*lines[:3], '{"table": "nope", "row": {}}'], "line 4: unknown table"),
        (
            lambda lines: [*lines[:3], '{"table": "claim", "row": {"id": 1, "x": 2}}'],
            "line 4: unknown column(s) x in claim",
        ),
        (lambda lines: [*lines[:2], *lines[3:]], "rows do not fit together"),
        (lambda lines: lines[:1] + lines[1:3] * 2, "rows do not fit together"),
        (
            lambda lines: [lines[0].replace('"schema": "', '"schema": "9'), *lines[1:]],
            "does not know",
        ),
    ],
    ids=["header", "bad-json", "table", "column", "missing-parent", "duplicate", "schema"],
)
def test_broken_backup_is_refused_and_writes_nothing(
    corpus_db: Database, tmp_path: Path, sqlite_url: str, damage: Any, message: str
) -> None:
    backup = tmp_path / "backup.jsonl"
    export_jsonl(corpus_db, backup)
    broken = tmp_path / "broken.jsonl"
    lines = backup.read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join(damage(lines)) + "\n", encoding="utf-8")
    result = _invoke("import", str(broken), "--db", sqlite_url)
    assert result.exit_code != 0
    assert str(broken) in result.output and message in result.output
    assert all(not rows for rows in _rows(Database(sqlite_url)).values())


def _export_rows(db: Database, path: Path) -> tuple[list[str], list[dict[str, str]]]:
    export_csv(db, path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or ()), list(reader)


def _write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_import_reviews_applies_a_spreadsheet_by_claim_id(
    corpus_db: Database, tmp_path: Path
) -> None:
    sheet = tmp_path / "claims.csv"
    header, rows = _export_rows(corpus_db, sheet)
    first, second = rows[0], rows[1]
    first.update(status="verified", note="=checked against the source", evidence_url="doi:10.1/x")
    second.update(value="42", unit="km", noun="roads")
    _write_rows(sheet, header, rows)

    result = _invoke("import-reviews", str(sheet), "--reviewer", "eve", "--db", corpus_db.url)

    assert result.exit_code == 0, result.output
    assert f"{len(rows)} row(s), 2 review(s) recorded, {len(rows) - 2} unchanged" in result.output
    claims = {c.id: c for c in _claims(corpus_db)}
    one, two = claims[int(first["claim_id"])], claims[int(second["claim_id"])]
    assert (one.status, one.note, one.evidence_url) == (
        "verified",
        "=checked against the source",
        "doi:10.1/x",
    )
    corrected = (two.corrected_value, two.corrected_unit, two.corrected_noun)
    assert corrected == (42, "kilometer", "roads")
    assert [(r.action, r.reviewer) for r in history(corpus_db, two.id)] == [("import", "eve")]
    # The file now matches the database: importing it again records nothing.
    header, rows = _export_rows(corpus_db, sheet)
    result = _invoke("import-reviews", str(sheet), "--db", corpus_db.url)
    assert result.exit_code == 0, result.output
    assert "0 review(s) recorded" in result.output


def _review_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(Review.id))) or 0)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda h, r: (h, [r[0] | {"quote": r[0]["quote"] + "x"}, *r[1:]]), "changed since"),
        (lambda h, r: (h, [r[0] | {"start": "0"}, *r[1:]]), "changed since"),
        (lambda h, r: (h, [r[0] | {"claim_id": "999999"}, *r[1:]]), "no such claim"),
        (lambda h, r: (h, [r[0] | {"status": "maybe"}, *r[1:]]), "unknown status"),
        (lambda h, r: (h, [r[0] | {"value": "lots"}, *r[1:]]), "value"),
        (lambda h, r: ([c for c in h if c != "claim_id"], r), "no claim_id column"),
        (lambda h, r: ([*h, "mood"], r), "unknown column(s) mood"),
        (lambda h, r: ([], []), "empty file"),
    ],
    ids=["quote", "offsets", "claim", "status", "value", "missing", "extra", "empty"],
)
def test_import_reviews_refuses_the_whole_file(
    corpus_db: Database, tmp_path: Path, edit: Any, message: str
) -> None:
    sheet = tmp_path / "claims.csv"
    header, rows = _export_rows(corpus_db, sheet)
    rows[1]["status"] = "rejected"  # a good row that must not be applied either
    header, rows = edit(header, rows)
    if header:
        _write_rows(sheet, header, [{k: v for k, v in r.items() if k in header} for r in rows])
    else:
        sheet.write_text("", encoding="utf-8")
    before = _rows(corpus_db)
    result = _invoke("import-reviews", str(sheet), "--db", corpus_db.url)
    assert result.exit_code != 0
    assert str(sheet) in result.output and message in result.output
    assert _rows(corpus_db) == before


def test_csv_cells_cannot_run_formulas(corpus_db: Database, tmp_path: Path) -> None:
    assert [text_cell(f) for f in FORMULAS] == ["'" + f for f in FORMULAS]
    claims = _claims(corpus_db)
    on_file = FORMULAS
    for claim, formula in zip(claims, on_file, strict=False):
        review_claim(
            corpus_db, claim.id, note=formula, correction=Correction(noun=formula), reviewer="x"
        )
    sheet = tmp_path / "claims.csv"
    _, rows = _export_rows(corpus_db, sheet)
    for row, formula in zip(rows, on_file, strict=False):
        assert row["note"] == "'" + formula
        assert row["noun"] == "'" + formula
    assert all(row["qualifier"] in QUALIFIERS for row in rows)
    # Reading the file back sees the text as it was, not the apostrophe.
    result = _invoke("import-reviews", str(sheet), "--db", corpus_db.url)
    assert result.exit_code == 0, result.output
    assert "0 review(s) recorded" in result.output


def test_csv_cell_with_a_carriage_return_stays_in_its_row(
    corpus_db: Database, tmp_path: Path
) -> None:
    claim = _claims(corpus_db)[0]
    review_claim(corpus_db, claim.id, note="\rx", reviewer="x")
    _, rows = _export_rows(corpus_db, tmp_path / "claims.csv")
    assert rows[0]["note"] == "'\rx"
