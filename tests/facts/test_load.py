"""Rows inserted by the driver's executemany (:func:`factdb.facts.load.insert_rows`) are
stored as SQLAlchemy's own insert stores them, on the corpus's fact tables."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Connection, Table, delete, insert, select, text
from sqlmodel import SQLModel

from factdb.facts import rebuild
from factdb.facts.load import insert_rows
from factdb.store.database import Database


def _stored(conn: Connection, table: Table) -> list[tuple[Any, ...]]:
    """Every row of ``table`` with each value's SQLite type."""
    columns = ", ".join(f'"{c.name}", typeof("{c.name}")' for c in table.columns)
    key = next(iter(table.primary_key.columns)).name
    return list(conn.execute(text(f"SELECT {columns} FROM {table.name} ORDER BY {key}")).all())


@pytest.mark.parametrize("name", ["fact_input", "fact_clue", "fact_claim"])
def test_driver_inserts_store_what_core_inserts(corpus_db: Database, name: str) -> None:
    rebuild(corpus_db)
    table = SQLModel.metadata.tables[name]
    with corpus_db.engine.begin() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(table))]
        assert len(rows) > 100
        if name == "fact_input":
            # Values a column type converts: an int in a float column, a bool.
            rows[0].update(value=5, vague=True)
        conn.execute(delete(table))
        insert_rows(conn, table, rows)
        by_driver = _stored(conn, table)
        conn.execute(delete(table))
        conn.execute(insert(table), rows)
        by_core = _stored(conn, table)
    assert by_driver == by_core
