"""Bringing data back in: a JSONL backup, and reviews edited in a spreadsheet.

:func:`import_jsonl` restores a full export (:mod:`factdb.export.jsonl`) into an empty
database.
:func:`import_reviews` applies a claims CSV (see :mod:`factdb.export.claims_csv`) whose
status, note, evidence and value columns a person edited, back onto the claims by id.
Every import is one transaction: any bad line or row and nothing is written.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import TypeDecorator, TypeEngine
from sqlmodel import Session

from factdb.claims.description import number_text
from factdb.claims.review import Correction, apply_review, effective, validate_correction
from factdb.claims.validation import STATUSES, check_evidence_url, parse_value
from factdb.errors import InputError, ValidationError
from factdb.export.cells import FORMULA_TRIGGERS
from factdb.export.claims_csv import COLUMNS
from factdb.export.jsonl import FORMAT, FORMAT_VERSION, tables
from factdb.store.database import Database
from factdb.store.models import Claim
from factdb.store.schema import is_known_revision

_BATCH = 1000


# -- JSONL import ------------------------------------------------------------------------


def import_jsonl(db: Database, path: str | os.PathLike[str]) -> dict[str, int]:
    """Restore a JSONL export into an empty database; returns rows per table."""
    name = str(path)
    known = {t.name: t for t in tables()}
    try:
        with db.engine.begin() as conn:
            if any(conn.scalar(select(func.count()).select_from(t)) for t in known.values()):
                raise InputError(f"{db.name}: not empty; import restores into an empty one")
            with _open_text(name) as lines:
                _check_header(name, next(lines, ""))
                counts = _insert_records(conn, name, lines, known)
            if not db.is_sqlite:
                _reset_sequences(conn, known.values())
    except IntegrityError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise InputError(f"{name}: rows do not fit together ({reason})") from exc
    return counts


def _insert_records(
    conn: Connection, name: str, lines: Iterator[str], known: dict[str, Table]
) -> dict[str, int]:
    counts = dict.fromkeys(known, 0)
    pending: dict[str, list[dict[str, Any]]] = {}
    links: list[tuple[Table, str, dict[str, Any]]] = []
    for number, line in enumerate(lines, start=2):
        table, row = _parse_record(name, number, line, known)
        links.extend(_defer_self_references(table, row))
        batch = pending.setdefault(table.name, [])
        batch.append(row)
        counts[table.name] += 1
        if len(batch) >= _BATCH:
            _flush(conn, pending, known)
    _flush(conn, pending, known)
    for table, column, row in links:
        key = table.primary_key.columns[0]
        conn.execute(update(table).where(key == row[key.name]).values({column: row[column]}))
    return counts


@contextmanager
def _open_text(name: str, newline: str | None = None) -> Iterator[Iterator[str]]:
    try:
        with open(name, encoding="utf-8", newline=newline) as handle:
            yield iter(handle)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 (byte at offset {exc.start})") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from exc


def _check_header(name: str, line: str) -> None:
    try:
        header = json.loads(line)
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise InputError(
            f"{name}: not a factdb JSONL export (its first line is no {FORMAT} header)"
        )
    if header.get("version") != FORMAT_VERSION:
        raise InputError(f"{name}: export format version {header.get('version')!r} is unknown")
    if not is_known_revision(str(header.get("schema"))):
        raise InputError(
            f"{name}: exported at schema revision {header.get('schema')!r}, which this factdb "
            "does not know; upgrade factdb"
        )


def _parse_record(
    name: str, number: int, line: str, known: dict[str, Table]
) -> tuple[Table, dict[str, Any]]:
    where = f"{name} line {number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON ({exc.msg})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("row"), dict):
        raise InputError(f"{where}: expected an object with 'table' and 'row'")
    table = known.get(record.get("table"))  # type: ignore[arg-type]
    if table is None:
        raise InputError(f"{where}: unknown table {record.get('table')!r}")
    row: dict[str, Any] = record["row"]
    unknown = row.keys() - table.columns.keys()
    if unknown:
        raise InputError(f"{where}: unknown column(s) {', '.join(sorted(unknown))} in {table.name}")
    try:
        return table, {key: _from_json(table, key, value) for key, value in row.items()}
    except (TypeError, ValueError) as exc:
        raise InputError(f"{where}: bad value in {table.name} ({exc})") from exc


def _from_json(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = _python_type(table.columns[column].type)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind):
        raise TypeError(f"{column} should be {kind.__name__}, not {type(value).__name__}")
    return value


def _python_type(column_type: TypeEngine[Any]) -> type:
    # SQLModel's decorated types (UTCDateTime, AutoString) report ``object``; their base knows.
    while isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    return column_type.python_type


def _defer_self_references(table: Table, row: dict[str, Any]) -> list[tuple[Table, str, Any]]:
    """Blank the row's links to rows of its own table (they may come later in the file),
    returning them to set once every row is in."""
    deferred = []
    for fk in table.foreign_keys:
        column = fk.parent.name
        if fk.column.table is table and row.get(column) is not None:
            deferred.append((table, column, dict(row)))
            row[column] = None
    return deferred


def _flush(
    conn: Connection, pending: dict[str, list[dict[str, Any]]], known: dict[str, Table]
) -> None:
    for table_name, rows in pending.items():
        if rows:
            conn.execute(insert(known[table_name]), rows)
            rows.clear()


def _reset_sequences(conn: Connection, all_tables: Iterable[Table]) -> None:
    # Rows came with their ids, so PostgreSQL's id sequences must be moved past them.
    for table in all_tables:
        key = list(table.primary_key.columns)
        if (
            len(key) == 1
            and key[0].autoincrement in (True, "auto")
            and _python_type(key[0].type) is int
        ):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
                    f"COALESCE(MAX({key[0].name}), 1), MAX({key[0].name}) IS NOT NULL) "
                    f"FROM {table.name}"
                )
            )


# -- reviews from a spreadsheet ----------------------------------------------------------

# Columns a reviews CSV must have: the claim's identity, and the fields a reviewer edits.
IDENTITY_COLUMNS = ("claim_id", "start", "end", "quote")
REVIEW_COLUMNS = ("status", "note", "evidence_url", "value", "value_max", "unit", "noun")
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
    the row was edited there) is refused, and so is the whole file with it.
    """
    name = str(path)
    errors: list[str] = []
    applied = rows = 0
    # newline="" as the csv module requires, so a quoted CR or LF stays inside its cell.
    with _open_text(name, newline="") as lines, db.session() as session:
        reader = csv.DictReader(lines)
        _check_columns(name, reader.fieldnames)
        for row in reader:
            rows += 1
            try:
                changes = _row_changes(session, row)
            except (ValidationError, InputError) as exc:
                errors.append(f"line {reader.line_num}: {exc}")
                continue
            if changes:
                apply_review(
                    session, int(row["claim_id"]), changes, reviewer=reviewer, action="import"
                )
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


def _check_columns(name: str, header: Sequence[str] | None) -> None:
    if not header:
        raise InputError(f"{name}: empty file, expected a claims CSV header")
    missing = [c for c in (*IDENTITY_COLUMNS, *REVIEW_COLUMNS) if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    duplicate = sorted({c for c in header if header.count(c) > 1})
    for problem, columns in (("missing", missing), ("unknown", unknown), ("repeated", duplicate)):
        if columns:
            raise InputError(
                f"{name}: {problem} column(s) {', '.join(columns)}; expected the columns "
                "of `factdb export --format csv`"
            )


def _untext(cell: str) -> str:
    """The text a claims CSV cell holds, without the export's anti-formula apostrophe."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_TRIGGERS) else cell


def _row_changes(session: Session, row: dict[str, str]) -> dict[str, Any]:
    try:
        claim_id = int(row["claim_id"])
    except ValueError as exc:
        raise ValidationError(f"claim_id {row['claim_id']!r} is not a number") from exc
    claim = session.get(Claim, claim_id, with_for_update=True)
    if claim is None:
        raise ValidationError(f"claim {claim_id}: no such claim")
    if (row["start"], row["end"], _untext(row["quote"])) != (
        number_text(claim.start),
        number_text(claim.end),
        claim.quote,
    ):
        raise ValidationError(
            f"claim {claim_id} changed since the export (quote or offsets differ)"
        )
    changes: dict[str, Any] = {}
    status = row["status"].strip()
    if status not in STATUSES:
        raise ValidationError(f"claim {claim_id}: unknown status {status!r}")
    evidence = _untext(row["evidence_url"]).strip()
    if evidence:
        check_evidence_url(evidence)
    for field, value in (
        ("status", status),
        ("note", _untext(row["note"])),
        ("evidence_url", evidence),
    ):
        if value != getattr(claim, field):
            changes[field] = value
    return changes | _correction_changes(claim, row)


def _correction_changes(claim: Claim, row: dict[str, str]) -> dict[str, Any]:
    """The ``corrected_*`` columns that make the claim's effective values what the row says;
    a value equal to the extraction clears its correction."""
    wanted: dict[str, Any] = {
        "value": parse_value(row["value"]) if row["value"].strip() else None,
        "value_max": parse_value(row["value_max"], what="value_max")
        if row["value_max"].strip()
        else None,
        "unit": _untext(row["unit"]).strip() or None,
        "noun": _untext(row["noun"]),
    }
    if wanted["value"] is None:
        raise ValidationError(f"claim {claim.id}: value is empty")
    if wanted["unit"] not in (None, effective(claim, "unit")):
        wanted["unit"] = validate_correction(Correction(unit=wanted["unit"])).unit
    validate_correction(Correction(value=wanted["value"], value_max=wanted["value_max"]))
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
