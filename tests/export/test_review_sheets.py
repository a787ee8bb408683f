"""Reviews back from a spreadsheet as spreadsheets save it: Excel's "CSV UTF-8" (BOM, CRLF),
`;` with a decimal comma, E-notation, 15 significant digits, blank rows, any case, a few
columns; a bad row named by its row number with a hint."""

from __future__ import annotations

import codecs
import csv
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from factdb.claims.queries import history
from factdb.claims.review import Correction, review_claim
from factdb.cli import app
from factdb.export.claims_csv import export_csv
from factdb.store.database import Database
from factdb.store.models import Claim


def _exported(db: Database, path: Path) -> tuple[list[str], list[dict[str, str]]]:
    export_csv(db, path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or ()), list(reader)


def _save(
    path: Path,
    header: list[str],
    rows: list[dict[str, str]],
    *,
    delimiter: str = ",",
    bom: bool = False,
    blank_rows: int = 0,
) -> None:
    """Write the sheet as a spreadsheet would: CRLF, its delimiter, maybe Excel's BOM."""
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([row.get(c, "") for c in header] for row in rows)
        writer.writerows([[""] * len(header)] * blank_rows)
        handle.write("\r\n")


def _import(db: Database, path: Path) -> Result:
    return CliRunner().invoke(app, ["import-reviews", str(path), "--db", db.url])


def _claim(db: Database, claim_id: str) -> Claim:
    with db.session() as session:
        return session.get_one(Claim, int(claim_id))


def test_excel_csv_utf8_with_bom_and_crlf(seed_db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "claims.csv"
    header, rows = _exported(seed_db, sheet)
    rows[0]["status"] = "verified"
    _save(sheet, header, rows, bom=True)
    assert sheet.read_bytes().startswith(codecs.BOM_UTF8 + b"claim_id,")

    result = _import(seed_db, sheet)

    assert result.exit_code == 0, result.output
    assert "1 review(s) recorded" in result.output
    assert _claim(seed_db, rows[0]["claim_id"]).status == "verified"


def test_semicolons_with_a_decimal_comma(seed_db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "claims.csv"
    header, rows = _exported(seed_db, sheet)
    rows[0]["value"] = "2,5"
    _save(sheet, header, rows, delimiter=";", bom=True)

    result = _import(seed_db, sheet)

    assert result.exit_code == 0, result.output
    assert _claim(seed_db, rows[0]["claim_id"]).corrected_value == 2.5


def test_e_notation_is_a_number(seed_db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "claims.csv"
    header, rows = _exported(seed_db, sheet)
    rows[0]["value"] = "1.7E+10"
    _save(sheet, header, rows)

    result = _import(seed_db, sheet)

    assert result.exit_code == 0, result.output
    assert _claim(seed_db, rows[0]["claim_id"]).corrected_value == 17e9


def test_fifteen_digits_read_back_are_no_correction(seed_db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "claims.csv"
    _, rows = _exported(seed_db, sheet)
    review_claim(seed_db, int(rows[0]["claim_id"]), correction=Correction(value=0.1 + 0.2))
    header, rows = _exported(seed_db, sheet)
    assert rows[0]["value"] == "0.30000000000000004"
    rows[0]["value"] = "0.3"  # what Excel saves: it keeps 15 significant digits
    _save(sheet, header, rows)

    result = _import(seed_db, sheet)

    assert result.exit_code == 0, result.output
    assert "0 review(s) recorded" in result.output


def test_blank_rows_are_skipped(seed_db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "claims.csv"
    header, rows = _exported(seed_db, sheet)
    _save(sheet, header, rows, blank_rows=2)

    result = _import(seed_db, sheet)

    assert result.exit_code == 0, result.output
    assert f"{len(rows)} row(s), 0 review(s) recorded" in result.output


@pytest.mark.parametrize("typed", ["Rejected", "REJECTED", " rejected "])
def test_a_status_in_any_case(seed_db: Database, tmp_path: Path, typed: str) -> None:
    sheet = tmp_path / "claims.csv"
    header, rows = _exported(seed_db, sheet)
    rows[0]["status"] = typed
    _save(sheet, header, rows)

    result = _import(seed_db, sheet)

    assert result.exit_code == 0, result.output
    assert _claim(seed_db, rows[0]["claim_id"]).status == "rejected"


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        (["claim_id", "status"], {"status": "disputed"}, {"status": "disputed"}),
        (["Claim_ID", "Note"], {"note": "see p. 4"}, {"note": "see p. 4", "status": "unreviewed"}),
        (["claim_id", "unit"], {"unit": "USD"}, {"corrected_unit": "USD"}),
    ],
    ids=["status", "note-any-case", "unit"],
)
def test_claim_id_plus_what_changed(
    seed_db: Database,
    tmp_path: Path,
    header: list[str],
    cells: dict[str, str],
    expected: dict[str, Any],
) -> None:
    sheet = tmp_path / "claims.csv"
    _, rows = _exported(seed_db, sheet)
    claim_id = rows[0]["claim_id"]
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerow([claim_id, *cells.values()])

    result = _import(seed_db, sheet)

    assert result.exit_code == 0, result.output
    claim = _claim(seed_db, claim_id)
    assert {name: getattr(claim, name) for name in expected} == expected
    assert claim.corrected_value is None and claim.corrected_noun is None  # columns not given
    assert len(history(seed_db, int(claim_id))) == 1


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"status": "maybe"}, "row 3: claim {id}: unknown status 'maybe'; use one of"),
        ({"value": "lots"}, "row 3: claim {id}: value 'lots' is not a number; write a number"),
        ({"claim_id": "x"}, "row 3: claim_id 'x' is not a claim id; leave that column"),
        ({"value": ""}, "row 3: claim {id}: value is empty"),
    ],
    ids=["status", "value", "claim_id", "empty-value"],
)
def test_a_bad_row_is_named_with_a_hint(
    seed_db: Database, tmp_path: Path, cells: dict[str, str], message: str
) -> None:
    sheet = tmp_path / "claims.csv"
    header, rows = _exported(seed_db, sheet)
    rows[0]["status"] = "verified"  # a good row, not applied either
    claim_id = rows[1]["claim_id"]
    rows[1].update(cells)
    _save(sheet, header, rows, bom=True)

    result = _import(seed_db, sheet)

    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(sheet) in lines[0], result.output
    assert message.format(id=claim_id) in lines[0]
    assert _claim(seed_db, rows[0]["claim_id"]).status == "unreviewed"


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (["status", "note"], "no claim_id column"),
        (["claim_id", "mood"], "unknown column(s) mood"),
        (["claim_id", "quote"], "nothing to import"),
    ],
)
def test_a_sheet_without_what_it_needs_is_refused(
    seed_db: Database, tmp_path: Path, header: list[str], message: str
) -> None:
    sheet = tmp_path / "claims.csv"
    sheet.write_text(",".join(header) + "\r\n1,x\r\n", encoding="utf-8")
    result = _import(seed_db, sheet)
    assert result.exit_code != 0
    assert message in result.output and "factdb export --format csv" in result.output
