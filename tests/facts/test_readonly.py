"""Reading facts needs no write rights: a PostgreSQL role with SELECT only (no INSERT, UPDATE
or DELETE on the fact tables) lists facts and conflicts and shows a fact, as last built, with
a one-line note when they lag the claims."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from factdb.claims.review import review_claim
from factdb.cli import app
from factdb.facts import ensure_facts
from factdb.facts.build import Stale
from factdb.ingest import ingest_paths
from factdb.store.database import Database

from .conftest import CORPUS

pytestmark = pytest.mark.postgres


def _reader_url(owner_url: str) -> str:
    """A role that may only SELECT, on the database of ``owner_url``."""
    engine = create_engine(owner_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'reader'")).first():
                conn.execute(text("CREATE ROLE reader LOGIN"))
            conn.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"))
    finally:
        engine.dispose()
    return make_url(owner_url).set(username="reader").render_as_string(hide_password=False)


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.mark.parametrize("built", [True, False], ids=["built", "never-built"])
def test_a_select_only_role_reads_facts(postgres_url: str, built: bool) -> None:
    owner = Database(postgres_url)
    try:
        ingest_paths(owner, [CORPUS])
        if built:
            ensure_facts(owner)
            # A review after the build: the facts lag, and the reader may not update them.
            review_claim(owner, 1, status="disputed", reviewer="ana")
    finally:
        owner.dispose()
    reader_url = _reader_url(postgres_url)
    reader = Database(reader_url)
    try:
        found = ensure_facts(reader)
        assert isinstance(found, Stale)
    finally:
        reader.dispose()
    result = _run("facts", "--conflicts", "--db", reader_url)
    assert result.exit_code == 0, result.output
    assert "may not update the facts" in result.output
    listing = _run("facts", "--db", reader_url)
    assert listing.exit_code == 0, listing.output
    if built:
        fact_id = re.search(r"^\s*(\d+)\s", listing.output.split("\n", 2)[2], re.M)
        assert fact_id is not None
        shown = _run("fact", fact_id.group(1), "--db", reader_url)
        assert shown.exit_code == 0, shown.output
        assert "why each claim is here" in shown.output
