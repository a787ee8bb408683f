"""A source is identified by its resolved absolute path: the same name typed in another folder
is another file, and an edited file keeps its reviews however its path is typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from factdb.claims.review import review_claim
from factdb.cli import app
from factdb.store.database import Database
from factdb.store.models import Claim, Source

A_TEXT = "The city spent $45 million on 12 bridges in 2023.\n"
B_TEXT = "The county hired 300 nurses and paid $2 billion in 2022.\n"


def _ingest(db_url: str, path: str) -> None:
    result = CliRunner().invoke(app, ["ingest", path, "--jobs", "1", "--db", db_url])
    assert result.exit_code == 0, result.output


def _claims(db: Database, path: str) -> list[Claim]:
    with db.session() as session:
        query = select(Claim).join(Source).where(Source.path == path).order_by(Claim.id)
        return list(session.scalars(query))


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x.txt").write_text(A_TEXT, encoding="utf-8")
    (b / "x.txt").write_text(B_TEXT, encoding="utf-8")
    monkeypatch.setenv("FACTDB_REVIEWER", "ann")
    return a, b


def test_same_name_in_another_folder_is_another_source(
    db_url: str, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = folders
    db = Database(db_url)
    monkeypatch.chdir(a)
    _ingest(db_url, "x.txt")
    [reviewed, *_] = _claims(db, "x.txt")
    review_claim(db, reviewed.id, status="verified", note="checked in a", reviewer="ann")

    monkeypatch.chdir(b)
    _ingest(db_url, "x.txt")

    with db.session() as session:
        sources = session.scalars(select(Source).order_by(Source.id)).all()
        assert [(s.path, s.location, s.media_type) for s in sources] == [
            ("x.txt", str(a / "x.txt"), "text/plain"),
            ("x.txt", str(b / "x.txt"), "text/plain"),
        ]
        claims = session.scalars(select(Claim).order_by(Claim.id)).all()
    a_claims = [c for c in claims if c.source_id == sources[0].id]
    b_claims = [c for c in claims if c.source_id == sources[1].id]
    assert not any(c.orphaned for c in a_claims)
    assert next(c for c in a_claims if c.id == reviewed.id).note == "checked in a"
    assert b_claims and all(c.status == "unreviewed" and c.note == "" for c in b_claims)
    db.dispose()


def test_edited_file_typed_from_another_folder_inherits_its_reviews(
    db_url: str, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _ = folders
    db = Database(db_url)
    monkeypatch.chdir(a)
    _ingest(db_url, "x.txt")
    [first, *_] = _claims(db, "x.txt")
    review_claim(db, first.id, status="verified", note="checked", reviewer="ann")
    (a / "x.txt").write_text("Updated.\n\n" + A_TEXT, encoding="utf-8")

    monkeypatch.chdir(a.parent)
    _ingest(db_url, "a/x.txt")

    heir = next(c for c in _claims(db, "a/x.txt") if c.quote == first.quote)
    assert (heir.status, heir.note, heir.reviewed_by) == ("verified", "checked", "ann")
    assert all(c.orphaned for c in _claims(db, "x.txt"))
    db.dispose()
