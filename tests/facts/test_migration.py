"""Revision 0004 (fact_input, fact_override.undoes) applies to a database whose facts were
built before it, and the next reader rebuilds them in full, once."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from factdb.facts import ensure_facts
from factdb.facts.listing import fact_totals
from factdb.store.database import Database
from factdb.store.schema import alembic_config, head_revision


def test_0004_applies_to_built_facts_and_they_are_rebuilt(corpus_url: str, tmp_path: Path) -> None:
    db = Database(corpus_url)
    ensure_facts(db)
    totals = fact_totals(db)
    db.dispose()
    engine = create_engine(corpus_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
        assert "fact_input" not in inspect(conn).get_table_names()
        conn.execute(text("UPDATE fact_build SET signature = '1:0'"))  # as 0003's code left it
    engine.dispose()

    db = Database(corpus_url)  # opening upgrades an older SQLite file
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
        columns = {c["name"] for c in inspect(conn).get_columns("fact_override")}
        assert "undoes" in columns
    report = ensure_facts(db)
    assert report is not None and report.full
    assert fact_totals(db) == totals
    assert ensure_facts(db) is None
    db.dispose()
