"""Reviews edited in a spreadsheet: a claims CSV (:mod:`factdb.export.claims_csv`) whose
status, note, evidence and value columns a person changed, applied back by claim id, all or
nothing.

Spreadsheets rewrite what they save, so this reads what they write: Excel's "CSV UTF-8" (a
byte-order mark, CRLF line ends); `;` or tab between cells (sniffed from the header row), with
a decimal comma in a `;` file, as the locales that choose `;` write it; numbers in E-notation
("1.7E+10") or cut to 15 significant digits; blank rows; a status in any case; column names in
any case; and only some columns: `claim_id` plus those that changed.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from sqlmodel import Session

from factdb.claims.description import number_text
from factdb.claims.review import Correction, apply_review, effective, validate_correction
from factdb.claims.validation import check_evidence_url, check_status, parse_value
from factdb.errors import InputError, ValidationError
from factdb.export.cells import untext
from factdb.export.claims_csv import COLUMNS
from factdb.export.files import open_text_input
from factdb.store.database import Database
from factdb.store.models import Claim

# Checked when present: a row whose claim's quote or offsets differ is refused.
IDENTITY_COLUMNS = ("start", "end", "quote")
# The columns a reviewer edits; a sheet needs claim_id and at least one of these.
REVIEW_COLUMNS = ("status", "note", "evidence_url", "value", "value_max", "unit", "noun")
DELIMITERS = ",;\t"
# Excel keeps 15 significant digits: 0.30000000000000004 comes back as 0.3, unchanged.
SPREADSHEET_DIGITS = 15
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+(?:[eE][+-]?\d+)?")
_NUMBER_HINT = "write a number such as 1200, 2.5 or 1.7E+10"
_SHOWN_ERRORS = 3


@dataclass(frozen=True, slots=True)
class ReviewImport:
    """What :func:`import_reviews` did."""

    rows: int
    applied: int  # rows that changed their claim (one review each)
    unchanged: int  # rows identical to their claim's current state


def import_reviews(
    db: Database, path: str | os.PathLike[str], *, reviewer: str | None = None
) -> ReviewImport:
    """Apply the reviews of an edited claims CSV by claim id, all or nothing.

    A row whose claim's quote or offsets differ from the database (its claim changed, or
    the row was edited there) is refused, and so is the whole file with it. Errors name the
    row as a spreadsheet numbers it (the header is row 1).
    """
    name = str(path)
    errors: list[str] = []
    applied = rows = 0
    # utf-8-sig drops Excel's byte-order mark; newline="" as the csv module requires, so a
    # quoted CR or LF stays inside its cell and CRLF ends a row.
    with (
        open_text_input(name, encoding="utf-8-sig", newline="") as handle,
        db.session() as session,
    ):
        header_line = handle.readline()
        delimiter = _delimiter(header_line)
        records = csv.reader(chain([header_line], handle), delimiter=delimiter)
        columns = _check_columns(name, next(records, []))
        for number, record in enumerate(records, start=2):
            if not any(cell.strip() for cell in record):
                continue  # a blank row
            rows += 1
            try:
                row = _row(columns, record)
                claim_id, changes = _row_changes(session, row, decimal_comma=delimiter == ";")
            except (ValidationError, InputError) as exc:
                errors.append(f"row {number}: {exc}")
                continue
            if changes:
                apply_review(session, claim_id, changes, reviewer=reviewer, action="import")
                applied += 1
        if errors:
            shown = "; ".join(errors[:_SHOWN_ERRORS])
            more = (
                f" (and {len(errors) - _SHOWN_ERRORS} more)" if len(errors) > _SHOWN_ERRORS else ""
            )
            raise ValidationError(
                f"{name}: {len(errors)} row(s) refused, nothing imported: {shown}{more}"
            )
    return ReviewImport(rows, applied, rows - applied)


def _delimiter(header_line: str) -> str:
    try:
        return csv.Sniffer().sniff(header_line, delimiters=DELIMITERS).delimiter
    except csv.Error:  # one column, or nothing to tell the delimiter by
        return ","


def _check_columns(name: str, header: Sequence[str]) -> list[str]:
    columns = [c.strip().lower() for c in header]
    if not any(columns):
        raise InputError(f"{name}: empty file, expected a claims CSV header")
    expected = "use the header of `factdb export --format csv`: claim_id and the columns changed"
    if "claim_id" not in columns:
        raise InputError(f"{name}: no claim_id column in the header row; {expected}")
    unknown = [c for c in columns if c not in COLUMNS]
    duplicate = sorted({c for c in columns if columns.count(c) > 1})
    for problem, found in (("unknown", unknown), ("repeated", duplicate)):
        if found:
            raise InputError(f"{name}: {problem} column(s) {', '.join(found)}; {expected}")
    if not set(columns) & set(REVIEW_COLUMNS):
        raise InputError(
            f"{name}: nothing to import, no column among {', '.join(REVIEW_COLUMNS)}; {expected}"
        )
    return columns


def _row(columns: list[str], record: list[str]) -> dict[str, str]:
    extra = record[len(columns) :]
    if any(cell.strip() for cell in extra):
        raise ValidationError(
            f"{len(record)} cells for {len(columns)} columns; a cell holding the delimiter "
            "must be quoted"
        )
    return dict(zip(columns, record + [""] * (len(columns) - len(record)), strict=False))


def _row_changes(
    session: Session, row: dict[str, str], *, decimal_comma: bool
) -> tuple[int, dict[str, Any]]:
    cell = row["claim_id"].strip()
    if not cell.isdigit():
        raise ValidationError(f"claim_id {cell!r} is not a claim id; leave that column as exported")
    claim_id = int(cell)
    claim = session.get(Claim, claim_id, with_for_update=True)
    if claim is None:
        raise ValidationError(f"claim {claim_id}: no such claim in this database")
    stored = {
        "start": number_text(claim.start),
        "end": number_text(claim.end),
        "quote": claim.quote,
    }
    if any(
        (untext(row[c]) if c == "quote" else row[c].strip()) != stored[c]
        for c in IDENTITY_COLUMNS
        if c in row
    ):
        raise ValidationError(
            f"claim {claim_id} changed since the export (quote or offsets differ); "
            "export again and redo this row"
        )
    wanted: dict[str, Any] = {}
    if "status" in row:
        wanted["status"] = row["status"].strip().lower()
        _checked(claim_id, check_status, wanted["status"])
    if "note" in row:
        wanted["note"] = untext(row["note"])
    if "evidence_url" in row:
        wanted["evidence_url"] = untext(row["evidence_url"]).strip()
        if wanted["evidence_url"]:
            _checked(claim_id, check_evidence_url, wanted["evidence_url"])
    changes = {f: v for f, v in wanted.items() if v != getattr(claim, f)}
    return claim_id, changes | _correction_changes(claim, row, decimal_comma=decimal_comma)


def _checked(claim_id: int, check: Any, value: str) -> None:
    try:
        check(value)
    except ValidationError as exc:
        raise ValidationError(f"claim {claim_id}: {exc}") from exc


def _correction_changes(
    claim: Claim, row: dict[str, str], *, decimal_comma: bool
) -> dict[str, Any]:
    """The ``corrected_*`` columns that make the claim's effective values what the row says
    (for the columns the sheet has); a value equal to the extraction clears its correction."""
    wanted: dict[str, Any] = {}
    for field in ("value", "value_max"):
        if field in row:
            wanted[field] = _number(claim, row[field], field, decimal_comma=decimal_comma)
    if "unit" in row:
        wanted["unit"] = untext(row["unit"]).strip() or None
    if "noun" in row:
        wanted["noun"] = untext(row["noun"])
    if "value" in wanted and wanted["value"] is None:
        raise ValidationError(f"claim {claim.id}: value is empty; it can be corrected, not cleared")
    if wanted.get("unit") not in (None, effective(claim, "unit")):
        wanted["unit"] = validate_correction(Correction(unit=wanted["unit"])).unit
    wanted |= {
        f: effective(claim, f)
        for f in ("value", "value_max")
        if f in wanted and _same_number(wanted[f], effective(claim, f))
    }
    validate_correction(
        Correction(
            value=wanted.get("value", effective(claim, "value")),
            value_max=wanted.get("value_max", effective(claim, "value_max")),
        )
    )
    changes: dict[str, Any] = {}
    for field, value in wanted.items():
        if value == effective(claim, field):
            continue
        if value == getattr(claim, field):
            changes[f"corrected_{field}"] = None
        elif value is None:
            raise ValidationError(f"claim {claim.id}: {field} can be corrected but not cleared")
        else:
            changes[f"corrected_{field}"] = value
    return changes


def _number(claim: Claim, cell: str, what: str, *, decimal_comma: bool) -> float | None:
    text = cell.strip()
    if not text:
        return None
    if decimal_comma and _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    try:
        return parse_value(text, what=what)
    except ValidationError as exc:
        raise ValidationError(f"claim {claim.id}: {exc}; {_NUMBER_HINT}") from exc


def _same_number(typed: float | None, stored: float | None) -> bool:
    """Whether a number read back from a spreadsheet is the stored one, as far as the
    spreadsheet could keep it."""
    if typed is None or stored is None:
        return typed == stored
    return typed == stored or typed == float(f"{stored:.{SPREADSHEET_DIGITS}g}")
