"""An ingest into a SQLite file named by its URL writes with the standard library: the new
file's schema is the one the migrations make, and every stored row is the one the database
library's writer stores. After a new migration, ``test_head_schema_module_is_generated`` fails
and writes the module ``factdb/store/head_schema.py`` must become."""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from seeded import SEED_FILE
from sqlalchemy.dialects import sqlite

from factdb.ingest import ingest_paths
from factdb.ingest.sqlite_writer import CLAIM_DEFAULTS, SqliteWriter
from factdb.ingest.writer import _claim_statements
from factdb.store import head_schema
from factdb.store.database import Database
from factdb.store.locate import HEAD_REVISION

from .conftest import write_editions

HEAD_SCHEMA = Path(head_schema.__file__)
SOURCES = Path(__file__).parents[1] / "sources"
# SQLAlchemy's text for a DATETIME in SQLite.
_STORED_DATETIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


def _schema(path: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
        ).fetchall()
        rows += connection.execute("SELECT 'revision', version_num FROM alembic_version").fetchall()
        rows += connection.execute("PRAGMA journal_mode").fetchall()
    return rows


def test_a_new_file_gets_the_schema_the_migrations_make(tmp_path: Path) -> None:
    migrated, written = tmp_path / "migrated.sqlite", tmp_path / "new" / "written.sqlite"
    Database(f"sqlite:///{migrated}", create=True).dispose()
    writer = SqliteWriter.open(f"sqlite:///{written}")
    assert writer is not None
    writer.close()
    assert head_schema.REVISION == HEAD_REVISION
    assert _schema(written) == _schema(migrated)
    again = SqliteWriter.open(f"sqlite:///{written}")  # at the schema: opened as it is
    assert again is not None and again.stored({"0" * 64}) == set()
    again.close()


def _rows(path: Path) -> dict[str, list[dict[str, object]]]:
    with sqlite3.connect(path) as connection:
        connection.row_factory = sqlite3.Row
        return {
            table: [dict(r) for r in connection.execute(f"SELECT * FROM {table} ORDER BY id")]
            for table in ("source", "article", "claim", "review")
        }


def test_every_row_is_the_database_library_s(tmp_path: Path) -> None:
    inputs = [
        SEED_FILE,
        *write_editions(tmp_path / "editions", 2),
        SOURCES / "news_page.html",
        SOURCES / "port_news.rss",
    ]
    library, written = tmp_path / "library.sqlite", tmp_path / "written.sqlite"
    started = datetime.now(UTC).replace(tzinfo=None)
    db = Database(f"sqlite:///{library}")
    ingest_paths(db, inputs, jobs=1)
    db.dispose()
    ingest_paths(f"sqlite:///{written}", inputs, jobs=2)
    expected, got = _rows(library), _rows(written)
    assert len(got["source"]) == len(inputs) and len(got["article"]) > len(inputs)
    assert any(c["equivalent_id"] for c in got["claim"]) and any(a["url"] for a in got["article"])
    ended = datetime.now(UTC).replace(tzinfo=None)
    for source in got["source"]:  # when it was stored, in UTC, as SQLAlchemy writes it
        assert _STORED_DATETIME.fullmatch(str(source["ingested_at"]))
        assert started <= datetime.fromisoformat(str(source["ingested_at"])) <= ended
    for table in ("source", "article", "claim", "review"):
        for row in [*expected[table], *got[table]]:
            row.pop("ingested_at", None)
        assert got[table] == expected[table], table


def test_claim_defaults_are_the_models() -> None:
    statements = _claim_statements(sqlite.dialect())
    names = re.search(r"\((.*?)\)", statements.insert)
    assert names is not None
    rest = [n.strip('"') for n in names.group(1).split(", ")][-len(CLAIM_DEFAULTS) :]
    assert dict(zip(rest, statements.defaults, strict=True)) == CLAIM_DEFAULTS


def test_an_earlier_version_is_left_to_the_database_library(tmp_path: Path) -> None:
    [path] = write_editions(tmp_path / "in", 1)
    url = f"sqlite:///{tmp_path / 'factdb.sqlite'}"
    ingest_paths(url, [path])
    path.write_text(path.read_text(encoding="utf-8") + "\nA new line.\n", encoding="utf-8")
    ingest_paths(url, [path])  # the first version's claims are orphaned by the second's
    claims = _rows(tmp_path / "factdb.sqlite")["claim"]
    orphaned = [c["orphaned"] for c in claims]
    assert orphaned == [1] * (len(claims) // 2) + [0] * (len(claims) // 2)


def test_other_databases_are_left_to_the_database_library(tmp_path: Path) -> None:
    assert SqliteWriter.open("postgresql://localhost/factdb") is None
    assert SqliteWriter.open("sqlite:///:memory:") is None
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("not a database", encoding="utf-8")
    assert SqliteWriter.open(f"sqlite:///{not_a_database}") is None
    older = tmp_path / "older.sqlite"
    Database(f"sqlite:///{older}").dispose()
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0008'")
    assert SqliteWriter.open(f"sqlite:///{older}") is None


def _head_schema_module() -> str:
    """The text of :mod:`factdb.store.head_schema`, from what the migrations make."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "migrated.sqlite"
        Database(f"sqlite:///{path}", create=True).dispose()
        with sqlite3.connect(path) as connection:
            query = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
            statements = [s for (s,) in connection.execute(query)]
    body = ""
    for statement in statements:
        lines = _lines(statement)
        if len(lines) == 1:
            body += f"    {json.dumps(statement)},\n"
        else:
            body += "    (\n" + "".join(f"        {json.dumps(p)}\n" for p in lines) + "    ),\n"
    docstring = head_schema.__doc__
    return (
        f'"""{docstring}"""\n\nREVISION = {json.dumps(HEAD_REVISION)}\n\n# fmt: off\n'
        f"STATEMENTS: tuple[str, ...] = (\n{body})\n# fmt: on\n"
    )


def _lines(statement: str, width: int = 88) -> list[str]:
    """``statement`` cut after its line breaks, and long lines after a space."""
    out = []
    for line in statement.splitlines(keepends=True):
        while len(line) > width:
            cut = line.rindex(" ", 0, width) + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def test_head_schema_module_is_generated(tmp_path: Path) -> None:
    expected = _head_schema_module()
    if HEAD_SCHEMA.read_text(encoding="utf-8") != expected:
        (tmp_path / "head_schema.py").write_text(expected, encoding="utf-8")
        raise AssertionError(f"copy {tmp_path / 'head_schema.py'} to {HEAD_SCHEMA}")
