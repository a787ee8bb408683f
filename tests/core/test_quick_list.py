"""`factdb claims` on a SQLite file reads with the standard library (factdb.claims.quick_list):
the same rows, order, counts and output as the full reader, on a real file with reviews,
corrections and orphaned claims; any other database goes to the full reader."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path

import pytest
from click.testing import CliRunner
from seeded import private_copy
from sqlalchemy import update
from sqlmodel import col

from factdb.claims import queries, quick_list
from factdb.claims.filters import ClaimFilter
from factdb.claims.review import Correction, review_claim
from factdb.cli import app
from factdb.store.database import Database
from factdb.store.models import Claim


@pytest.fixture
def reviewed_url(tmp_path: Path, seeded_template: Path) -> str:
    """The sample corpus with a verified and corrected claim, a disputed one, and two claims
    orphaned; its URL."""
    url = private_copy(seeded_template, tmp_path)
    db = Database(url)
    review_claim(db, 3, status="verified", correction=Correction(value=2500, noun="E-Bikes"))
    review_claim(db, 7, status="disputed", note="checked")
    with db.session() as session:
        session.execute(update(Claim).where(col(Claim.id).in_([4, 9])).values(orphaned=True))
    db.dispose()
    return url


@contextmanager
def quick(url: str) -> Iterator[sqlite3.Connection]:
    with quick_list.current_sqlite(url) as connection:
        assert connection is not None
        yield connection


LISTINGS = [
    (ClaimFilter(), {}),
    (ClaimFilter(include_orphaned=True), {"sort": "value", "descending": True}),
    (ClaimFilter(kind="money"), {"sort": "unit", "offset": 2, "limit": 5}),
    (ClaimFilter(status="verified"), {}),
    (ClaimFilter(status="disputed", include_orphaned=True), {"sort": "status"}),
    (ClaimFilter(search="MILLION"), {"sort": "noun"}),
    (ClaimFilter(search="e-b"), {"sort": "date", "descending": True}),
    (ClaimFilter(search="100%"), {}),  # % is a plain character, not "anything"
    (ClaimFilter(search="_"), {}),
    (ClaimFilter(article_id=2, unit="USD"), {"sort": "quote"}),
    (ClaimFilter(ids=(3, 4, 50)), {"sort": "article"}),
    (ClaimFilter(ids=()), {}),
    (ClaimFilter(source_id=1), {"sort": "qualifier", "limit": 7, "offset": 100}),
]


@pytest.mark.parametrize(("filters", "page"), LISTINGS)
def test_the_quick_listing_is_the_full_readers(
    reviewed_url: str, filters: ClaimFilter, page: dict[str, object]
) -> None:
    db = Database(reviewed_url)
    full = queries.list_claims(db, filters, **page)  # type: ignore[arg-type]
    expected = [
        {f.name: getattr(row.claim, f.name) for f in fields(quick_list.ListedClaim)} for row in full
    ]
    total = queries.count_claims(db, filters)
    db.dispose()
    with quick(reviewed_url) as connection:
        listed = quick_list.list_claims(connection, filters, **page)  # type: ignore[arg-type]
        assert [asdict(c) for c in listed] == expected
        assert quick_list.count_claims(connection, filters) == total


def test_the_fixture_has_what_the_filters_look_for(reviewed_url: str) -> None:
    with quick(reviewed_url) as connection:
        assert quick_list.count_claims(connection, ClaimFilter(search="_")) == 0
        verified = quick_list.list_claims(connection, ClaimFilter(status="verified"))
        assert [(c.id, c.corrected_value, c.corrected_noun) for c in verified] == [
            (3, 2500, "E-Bikes")
        ]
        every = quick_list.count_claims(connection, ClaimFilter(include_orphaned=True))
        assert quick_list.count_claims(connection, ClaimFilter()) == every - 2


def _claims_output(url: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["claims", "--db", url, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    "args",
    [(), ("--limit", "0", "--sort", "value", "--desc"), ("--status", "verified", "--search", "e")],
)
def test_the_command_prints_what_the_full_reader_would(
    reviewed_url: str, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    quick_output = _claims_output(reviewed_url, *args)

    @contextmanager
    def never(url: str) -> Iterator[None]:
        yield None

    monkeypatch.setattr(quick_list, "current_sqlite", never)
    assert _claims_output(reviewed_url, *args) == quick_output
    assert "E-Bikes" in _claims_output(reviewed_url, "--status", "verified")


def test_a_missing_file_is_left_to_the_full_reader_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    with quick_list.current_sqlite(f"sqlite:///{missing}") as connection:
        assert connection is None
    assert not missing.exists()
    result = CliRunner().invoke(app, ["claims", "--db", f"sqlite:///{missing}"])
    assert result.exit_code == 1
    assert f"no factdb database at {missing}" in result.output
    assert not missing.exists()


def test_an_older_schema_goes_to_the_full_reader(reviewed_url: str) -> None:
    path = reviewed_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    with quick_list.current_sqlite(reviewed_url) as quick_connection:
        assert quick_connection is None
    result = CliRunner().invoke(app, ["claims", "--db", reviewed_url])
    assert result.exit_code == 1 and "newer than this factdb knows" in result.output


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://user@localhost/factdb",
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///db.sqlite?mode=ro",
    ],
)
def test_other_urls_go_to_the_full_reader(url: str) -> None:
    with quick_list.current_sqlite(url) as connection:
        assert connection is None
