"""Schema versions: an empty database gets the current schema, an older one is upgraded
(SQLite automatically, after a backup), a newer one is refused; reviews are append-only."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from factdb.cli import app
from factdb.errors import DatabaseError
from factdb.store.database import Database
from factdb.store.schema import (
    INITIAL_REVISION,
    alembic_config,
    alembic_head,
    head_revision,
    migrate,
)


def _revision(url: str) -> str | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def _database_at(url: str, revision: str) -> None:
    """A database at an older revision, holding one claim with one review."""
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
        conn.execute(
            text(
                "INSERT INTO source (id, path, sha256, size, ingested_at, text) "
                "VALUES (1, 'a.txt', 'ab', 3, '2024-01-01 00:00:00+00', 'x 5 y')"
            )
        )
        conn.execute(
            text(
                'INSERT INTO article (id, source_id, ordinal, title, start, "end", '
                "published_inferred) VALUES (1, 1, 1, 'A', 0, 5, false)"
            )
        )
        conn.execute(
            text(
                'INSERT INTO claim (id, source_id, article_id, start, "end", quote, sentence, '
                "sentence_start, sentence_end, value, kind, qualifier, vague, noun, "
                "noun_implied, speaker, cited_outlet, date_text, rule, extractor_version, "
                "fingerprint, orphaned, status, note, evidence_url, reviewed_by, version) "
                "VALUES (1, 1, 1, 2, 3, '5', 'x 5 y', 0, 5, 5, 'count', '=', false, '', false, "
                "'', '', '', 'r', '0', 'f', false, 'verified', '', '', 'ann', 2)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO review (id, claim_id, reviewer, created_at, action, status, note, "
                "evidence_url, old_status, old_note, old_evidence_url) VALUES (1, 1, 'ann', "
                "'2024-01-02 00:00:00+00', 'review', 'verified', '', '', 'unreviewed', '', '')"
            )
        )
    engine.dispose()


def _sqlite_path(url: str) -> Path:
    return Path(make_url(url).database or "")


def test_empty_database_gets_the_current_schema_matching_the_models(db_url: str) -> None:
    db = Database(db_url)
    assert _revision(db_url) == head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        # Any model change without a migration revision shows up here.
        assert compare_metadata(context, SQLModel.metadata) == []
    db.dispose()


def test_older_sqlite_database_is_backed_up_then_upgraded(sqlite_url: str) -> None:
    _database_at(sqlite_url, INITIAL_REVISION)
    path = _sqlite_path(sqlite_url)
    db = Database(sqlite_url)
    assert _revision(sqlite_url) == head_revision()
    backups = list(path.parent.glob(f"{path.name}.*.bak"))
    assert len(backups) == 1
    assert _revision(f"sqlite:///{backups[0]}") == INITIAL_REVISION
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT status, version FROM claim")).all() == [("verified", 2)]
        assert conn.execute(text("SELECT count(*) FROM review")).scalar() == 1
    db.dispose()


def test_pre_alembic_database_counts_as_the_initial_revision(sqlite_url: str) -> None:
    _database_at(sqlite_url, INITIAL_REVISION)
    engine = create_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    Database(sqlite_url).dispose()
    assert _revision(sqlite_url) == head_revision()


def test_older_postgres_database_waits_for_factdb_migrate(postgres_url: str) -> None:
    db_url = postgres_url
    _database_at(db_url, INITIAL_REVISION)
    with pytest.raises(DatabaseError, match="run `factdb migrate`"):
        Database(db_url)
    assert _revision(db_url) == INITIAL_REVISION
    result = CliRunner().invoke(app, ["migrate", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert f"{INITIAL_REVISION} → {head_revision()}" in result.output
    db = Database(db_url)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM review")).scalar() == 1
    db.dispose()


def test_migrate_is_a_no_op_on_a_current_database(db_url: str) -> None:
    db = Database(db_url)
    done = migrate(db)
    assert (done.before, done.after, done.backup) == (head_revision(), head_revision(), None)
    db.dispose()


def test_newer_database_is_refused_and_left_alone(db_url: str) -> None:
    Database(db_url).dispose()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe9999'"))
    engine.dispose()
    for args in (["stats"], ["migrate"]):
        result = CliRunner().invoke(app, [*args, "--db", db_url])
        assert result.exit_code != 0
        assert "revision 'f00dcafe9999' is newer than this factdb" in result.output
    assert _revision(db_url) == "f00dcafe9999"


def test_no_code_path_can_update_or_delete_a_review(db_url: str) -> None:
    _database_at(db_url, head_revision())
    engine = create_engine(db_url)
    for statement in ("UPDATE review SET status = 'rejected'", "DELETE FROM review"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM review")).scalars().all() == ["verified"]
    engine.dispose()


def test_truncated_database_file_is_refused_by_name_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    Database(f"sqlite:///{path}").dispose()
    whole = path.read_bytes()
    path.write_bytes(b"not a database " + whole[100:4096])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = CliRunner().invoke(app, ["stats", "--db", f"sqlite:///{path}"])
    assert result.exit_code != 0
    assert f"{path}: database error: file is not a database" in result.output
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_empty_database_has_no_backup(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    path = _sqlite_path(sqlite_url)
    assert list(path.parent.glob("*.bak")) == []
    assert "review" in inspect(db.engine).get_table_names()
    db.dispose()


def test_the_spelt_out_head_is_alembics_head() -> None:
    """Opening a database compares with HEAD_REVISION without loading Alembic; a new migration
    must move it."""
    assert alembic_head() == head_revision()


def test_an_opener_reading_while_another_creates_the_schema_is_not_refused(
    postgres_url: str,
) -> None:
    # Two factdbs opening one empty PostgreSQL database at once: one creates the schema in a
    # transaction, and it commits between the other's reads of the revision (no
    # alembic_version yet, then a source table): the reader took it for a pre-Alembic
    # database and told its user to run `factdb migrate`.
    creator = create_engine(postgres_url)
    conn = creator.connect()
    creating = conn.begin()
    command.upgrade(alembic_config(conn), "head")

    def commit_midway(*args: Any) -> None:  # before_cursor_execute's arguments
        statement, parameters = args[2], args[3]
        if creating.is_active and "source" in str(parameters) and "pg_class" in statement:
            creating.commit()

    event.listen(Engine, "before_cursor_execute", commit_midway)
    try:
        Database(postgres_url).dispose()
    finally:
        event.remove(Engine, "before_cursor_execute", commit_midway)
        conn.close()
        creator.dispose()
    assert not creating.is_active  # the commit did fall between the reader's queries
    assert _revision(postgres_url) == head_revision()
