"""The full export: every row of every table as JSON lines, read in one snapshot.

Sources come with their metadata and text, then articles, claims, reviews and whatever
other tables the schema has, parents before children; a header line names the format and
the schema revision. Each source record also carries ``text_sha256``, the sha256 of its text
as UTF-8: the row's ``sha256`` is the hash of the ingested file's bytes, which a text extracted
from HTML or PDF cannot be checked against. ``factdb import``
(:func:`factdb.export.importing.import_jsonl`) restores it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TextIO

from sqlalchemy import Connection, Table, select
from sqlmodel import SQLModel

from factdb.claims.queries import ClaimFilter
from factdb.errors import ValidationError
from factdb.export.files import atomic_text_file
from factdb.store.database import Database
from factdb.store.schema import head_revision

FORMAT = "factdb-jsonl"
FORMAT_VERSION = 1
TEXT_HASH = "text_sha256"  # beside a source record's row (see the module docstring)
_PAGE = 1000


def tables() -> list[Table]:
    """Every table, parents before children."""
    return list(SQLModel.metadata.sorted_tables)


def export_jsonl(
    db: Database,
    path: str | os.PathLike[str],
    filters: ClaimFilter = ClaimFilter(),  # noqa: B008
) -> int:
    """Write every row of the database to ``path`` as JSON lines; returns the row count."""
    if filters != ClaimFilter():
        raise ValidationError("the jsonl export is a full backup: it takes no filters")
    rows = 0
    with atomic_text_file(path) as handle, _snapshot(db) as conn:
        _write(handle, {"format": FORMAT, "version": FORMAT_VERSION, "schema": head_revision()})
        for table in tables():
            query = select(table).order_by(*table.primary_key.columns)
            for row in conn.execution_options(yield_per=_PAGE).execute(query):
                record = {"table": table.name, "row": _jsonable(row._mapping)}
                if table.name == "source":
                    record[TEXT_HASH] = text_hash(row.text)
                _write(handle, record)
                rows += 1
    return rows


def text_hash(text: str) -> str:
    """The sha256 of a source's text as UTF-8, as a backup records it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """A connection whose reads all see one consistent state of the database."""
    with db.engine.connect() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("BEGIN")  # pysqlite would read each query in its own snapshot
        else:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        try:
            yield conn
        finally:
            conn.rollback()


def _write(handle: TextIO, record: dict[str, Any]) -> None:
    handle.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")


def _jsonable(row: Any) -> dict[str, Any]:
    return {
        name: value.isoformat() if isinstance(value, date | datetime) else value
        for name, value in row.items()
    }
