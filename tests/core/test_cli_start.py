"""Commands start fast: `factdb --help` and `factdb claims` import none of the heavy libraries
(the extractor's rules, pint, dateparser, babel, Alembic, the web readers, Textual), each
checked in a fresh interpreter; and the lazy command index agrees with the commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from factdb.claims.queries import count_claims
from factdb.cli import app
from factdb.cli.index import COMMANDS
from factdb.store.database import Database

HEAVY = (
    "factdb.extract.extractor",
    "factdb.extract.rules",
    "pint",
    "dateparser",
    "babel",
    "alembic",
    "trafilatura",
    "pypdfium2",
    "feedparser",
    "httpx",
    "rapidfuzz",
    "textual",
)


# What the SQLite listing reads without: the standard library's sqlite3 does it.
DATABASE_LIBRARIES = ("sqlalchemy", "sqlmodel", "pydantic", "psycopg")


def _loaded_after(args: list[str], watched: tuple[str, ...] = HEAVY) -> set[str]:
    code = (
        "import json, sys\n"
        "from factdb.cli import app\n"
        f"app({args!r}, standalone_mode=False)\n"
        f"print(json.dumps([m for m in {watched!r} if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_help_imports_nothing_heavy() -> None:
    assert _loaded_after(["--help"]) == set()


def test_listing_claims_imports_nothing_heavy(tmp_path: Path) -> None:
    from seeded import SEED_FILE, build

    db = build(tmp_path / "factdb.sqlite", [SEED_FILE.parent])
    assert _loaded_after(["claims", "--limit", "5", "--db", f"sqlite:///{db}"]) == set()


def test_listing_claims_from_sqlite_loads_no_database_library(tmp_path: Path) -> None:
    from seeded import SEED_FILE, build

    db = build(tmp_path / "factdb.sqlite", [SEED_FILE.parent])
    args = ["claims", "--search", "million", "--db", f"sqlite:///{db}"]
    assert _loaded_after(args, DATABASE_LIBRARIES) == set()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_index_names_each_command_and_its_help(name: str) -> None:
    module, help_text = COMMANDS[name]
    command = app.get_command(click.Context(app), name)
    assert command is not None and command.callback is not None
    assert command.callback.__module__ == module
    stand_in = click.Command(name, help=help_text)
    assert command.get_short_help_str(500) == stand_in.get_short_help_str(500)


def test_every_registered_command_is_in_the_index() -> None:
    ctx = click.Context(app)
    for name in app.list_commands(ctx):
        app.get_command(ctx, name)
    assert set(app.commands) - {"tui"} == set(COMMANDS)


def test_ingesting_with_workers_leaves_the_extractor_to_them(tmp_path: Path) -> None:
    """With --jobs 2 the writing process loads neither the extractor nor dateparser: the
    workers' server does, once."""
    from seeded import SEED_FILE

    url = f"sqlite:///{tmp_path / 'factdb.sqlite'}"
    args = ["ingest", str(SEED_FILE), "--jobs", "2", "--db", url]
    assert _loaded_after(args, ("factdb.extract.extractor", "dateparser", "pint")) == set()
    db = Database(url, create=False)
    assert count_claims(db) > 0
    db.dispose()
