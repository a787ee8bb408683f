"""Restoring a JSONL backup (:mod:`factdb.export.jsonl`) into an empty database, in one
transaction: any bad line and nothing is written.

A backup is checked before it is trusted: each source's text against its hash (the
``text_sha256`` the export writes beside the row; a backup written before it had one is checked
against ``sha256``, the hash of the file's bytes, which for a UTF-8 text file are its text with
or without the byte-order mark that decoding dropped), and each claim's citation against that
text: ``text[start:end] == quote`` and ``text[sentence_start:sentence_end] == sentence``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import TypeDecorator, TypeEngine

from factdb.errors import InputError
from factdb.export.files import open_text_input
from factdb.export.jsonl import FORMAT, FORMAT_VERSION, TEXT_HASH, tables, text_hash
from factdb.store.database import Database
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
            with open_text_input(name) as handle:
                lines = iter(handle)
                _check_header(name, next(lines, ""))
                counts, claim_lines = _insert_records(conn, name, lines, known)
            _check_citations(conn, name, known, claim_lines)
            if not db.is_sqlite:
                _reset_sequences(conn, known.values())
    except IntegrityError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise InputError(f"{name}: rows do not fit together ({reason})") from exc
    return counts


def _insert_records(
    conn: Connection, name: str, lines: Iterator[str], known: dict[str, Table]
) -> tuple[dict[str, int], dict[int, int]]:
    """Insert every record; returns the rows per table and each claim's line number."""
    counts = dict.fromkeys(known, 0)
    claim_lines: dict[int, int] = {}
    pending: dict[str, list[dict[str, Any]]] = {}
    links: list[tuple[Table, str, dict[str, Any]]] = []
    for number, line in enumerate(lines, start=2):
        table, row = _parse_record(name, number, line, known)
        if table.name == "claim" and isinstance(row.get("id"), int):
            claim_lines[row["id"]] = number
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
    return counts, claim_lines


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
        values = {key: _from_json(table, key, value) for key, value in row.items()}
    except (TypeError, ValueError) as exc:
        raise InputError(f"{where}: bad value in {table.name} ({exc})") from exc
    if table.name == "source":
        _check_source_text(where, values, record.get(TEXT_HASH))
    return table, values


def _check_source_text(where: str, row: dict[str, Any], recorded: object) -> None:
    text = row.get("text")
    if not isinstance(text, str):
        return  # a source without text is refused by the table itself
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"{where}: source {row.get('id')}: text is not valid Unicode") from exc
    if recorded is not None:
        holds = recorded == text_hash(text)
    else:
        holds = row.get("sha256") in {
            hashlib.sha256(data).hexdigest(),
            hashlib.sha256(codecs.BOM_UTF8 + data).hexdigest(),
        }
    if not holds:
        raise InputError(
            f"{where}: source {row.get('id')}: its text does not match its hash "
            "(edited after the export?)"
        )


def _check_citations(
    conn: Connection, name: str, known: dict[str, Table], claim_lines: dict[int, int]
) -> None:
    """Refuse the backup at the first claim whose quote or sentence is not where its offsets
    point in its source's text; one source's text in memory at a time."""
    source, claim = known["source"], known["claim"]
    for source_id in conn.scalars(select(source.c.id).order_by(source.c.id)).all():
        text = conn.scalar(select(source.c.text).where(source.c.id == source_id)) or ""
        rows = conn.execute(
            select(
                claim.c.id,
                claim.c.start,
                claim.c.end,
                claim.c.quote,
                claim.c.sentence_start,
                claim.c.sentence_end,
                claim.c.sentence,
            )
            .where(claim.c.source_id == source_id)
            .order_by(claim.c.id)
        ).all()
        for claim_id, start, end, quote, sentence_start, sentence_end, sentence in rows:
            where = f"{name} line {claim_lines.get(claim_id, '?')}: claim {claim_id}"
            for what, (a, b), expected in (
                ("quote", (start, end), quote),
                ("sentence", (sentence_start, sentence_end), sentence),
            ):
                if not 0 <= a <= b <= len(text) or text[a:b] != expected:
                    raise InputError(
                        f"{where}: its {what} {_shown(expected)} is not at [{a}:{b}] of "
                        f"source {source_id}'s text (there: {_shown(text[max(a, 0) : b])})"
                    )


def _shown(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


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
