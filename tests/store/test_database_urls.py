"""Opening databases as people type them: misspelt paths, pasted URLs, servers that never
answer. Each mistake is one line naming the database (never its password), exit 1, and
nothing created."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from sqlalchemy.engine import make_url

from factdb.cli import app
from factdb.errors import DatabaseError
from factdb.store.database import Database, mask_password

# Every command that only reads (or reviews what is there) must not create a database.
READ_COMMANDS = [
    ["claims"],
    ["show", "1"],
    ["review", "1", "--status", "verified"],
    ["history", "1"],
    ["export", "{tmp}/out.csv"],
    ["stats"],
    ["eval", "--from-reviews"],
    ["facts"],
    ["facts", "--conflicts"],
    ["fact", "1"],
    ["fact-merge", "1", "2"],
    ["fact-split", "1"],
    ["fact-rename", "1", "x"],
    ["fact-undo"],
    ["reextract"],
    ["import-reviews", "{tmp}/reviews.csv"],
]


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.output


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c))
def test_a_misspelt_sqlite_path_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "reviews.csv").write_text("claim_id,status\n1,verified\n", encoding="utf-8")
    missing = tmp_path / "typo" / "factbd.sqlite"
    args = [a.format(tmp=tmp_path) for a in command]
    code, output = _run(*args, "--db", f"sqlite:///{missing}")
    assert code == 1, output
    assert output.strip().splitlines() == [
        f"Error: no factdb database at {missing} — run `factdb ingest` first"
    ]
    assert not missing.parent.exists()


def test_an_empty_file_is_no_database_either(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    code, output = _run("stats", "--db", f"sqlite:///{empty}")
    assert code == 1
    assert "no factdb database at" in output
    assert empty.stat().st_size == 0


def test_an_empty_postgres_database_is_no_factdb_database(postgres_url: str) -> None:
    code, output = _run("stats", "--db", postgres_url)
    assert code == 1
    assert "no factdb database at postgresql+psycopg://" in output
    db = Database(postgres_url, check=False)
    with db.engine.connect() as conn:
        tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
        assert tables.scalar() == 0
    db.dispose()


def test_ingest_still_creates_the_database(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The city has 12,500 stations.\n", encoding="utf-8")
    target = tmp_path / "new" / "factdb.sqlite"
    code, output = _run("ingest", str(tmp_path / "a.txt"), "--db", f"sqlite:///{target}")
    assert code == 0, output
    assert _run("stats", "--db", f"sqlite:///{target}")[0] == 0


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("user:secret@db.example.org/claims", "not a database URL"),
        ("postgresql://user:secret@db.example.org:notaport/claims", "the port is not a number"),
        ("mysql://user:secret@db.example.org/claims", "unsupported database 'mysql'"),
        ("mongodb+srv://user:secret@db.example.org/claims", "unsupported database"),
    ],
)
def test_bad_urls_are_one_line_without_the_password(url: str, expected: str) -> None:
    code, output = _run("stats", "--db", url)
    assert code == 1
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    assert expected in lines[0]
    assert "secret" not in output
    assert "***" in lines[0]


def test_mask_password_handles_urls_and_bare_credentials() -> None:
    assert mask_password("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"
    assert mask_password("u:pw@h/db") == "u:***@h/db"
    assert mask_password("sqlite:///db/x.sqlite") == "sqlite:///db/x.sqlite"


@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "postgresql+psycopg2"])
def test_common_postgres_spellings_open_the_same_server(postgres_url: str, scheme: str) -> None:
    url = make_url(postgres_url).set(drivername=scheme).render_as_string(hide_password=False)
    db = Database(url)
    assert db.engine.url.drivername == "postgresql+psycopg"
    with db.session() as session:
        assert session.execute(text("SELECT 1")).scalar() == 1
    db.dispose()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP port on 127.0.0.1 that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(server.getsockname()[1])
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        server.close()


def test_a_server_that_never_answers_times_out_in_one_line(silent_server: int) -> None:
    url = f"postgresql://factdb:secret@127.0.0.1:{silent_server}/claims"
    started = time.monotonic()
    code, output = _run("stats", "--db", url, env={"FACTDB_CONNECT_TIMEOUT": "2"})
    elapsed = time.monotonic() - started
    assert code == 1
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    assert lines[0].startswith(f"Error: postgresql+psycopg://factdb:***@127.0.0.1:{silent_server}")
    assert "timeout" in lines[0]
    assert "secret" not in output
    assert elapsed < 15


def test_a_statement_over_the_timeout_is_cancelled_in_one_line(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTDB_STATEMENT_TIMEOUT", "0.5")
    db = Database(postgres_url)
    with pytest.raises(DatabaseError) as caught, db.session() as session:
        session.execute(text("SELECT pg_sleep(3)"))
    message = str(caught.value)
    assert "\n" not in message
    assert "statement timeout" in message
    assert message.startswith("postgresql+psycopg://")
    db.dispose()


def test_a_timeout_that_is_not_a_number_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDB_CONNECT_TIMEOUT", "ten")
    with pytest.raises(DatabaseError, match=r"\$FACTDB_CONNECT_TIMEOUT: 'ten' is not a number"):
        Database("postgresql://u@127.0.0.1:1/db")
