"""Reviewers' merge, split, rename and undo: applied at once, kept across rebuilds,
re-extraction, re-ingest and an edited file, refused with a clear error when they make no
sense; undoing is itself recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from seeded import SEEDS
from sqlalchemy import select

from factdb.claims.reextract import reextract
from factdb.errors import NotFoundError, ValidationError
from factdb.facts import rebuild
from factdb.facts.listing import fact_detail, fact_of_claim, list_facts
from factdb.facts.overrides import merge_facts, rename_fact, split_claim, undo_override
from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Claim, Fact, FactOverride

from .conftest import CORPUS


def _fact(db: Database, key: str) -> Fact:
    (fact,) = [f for f in list_facts(db) if f.key == key]
    return fact


def _claim(db: Database, quote: str) -> int:
    with db.session() as session:
        return session.scalars(select(Claim.id).where(Claim.quote == quote)).one()


CHINA = "hydrogen vehicle|count|China"
US = "hydrogen vehicle|count|United States"


def _quotes(db: Database, fact_id: int) -> list[str]:
    return sorted(m.claim.quote for m in fact_detail(db, fact_id).members)


def test_merge_then_survives_reextract_and_reingest(corpus_db: Database, tmp_path: Path) -> None:
    us, china = _fact(corpus_db, US), _fact(corpus_db, CHINA)
    merged = merge_facts(corpus_db, us.id, china.id, reviewer="ana")
    assert merged == china.id
    assert "18,000" in _quotes(corpus_db, china.id)
    assert US not in {f.key for f in list_facts(corpus_db)}
    reextract(corpus_db)
    extra = tmp_path / "extra.txt"
    extra.write_text("Later news\n\nIn the US, 19,000 hydrogen vehicles were on the road.\n")
    ingest_paths(corpus_db, [extra], published=None)
    rebuild(corpus_db)
    assert _fact(corpus_db, CHINA).id == china.id  # ids stay while keys live
    assert "19,000" in _quotes(corpus_db, china.id)  # a new US claim follows the merge
    with corpus_db.session() as session:
        override = session.scalars(select(FactOverride)).one()
    assert (override.action, override.fact_key, override.target_key, override.reviewer) == (
        "merge",
        US,
        CHINA,
        "ana",
    )


def test_split_moves_one_claim_out_and_stays_split(corpus_db: Database) -> None:
    china = _fact(corpus_db, CHINA)
    claim_id = _claim(corpus_db, "25,000")
    new = split_claim(corpus_db, claim_id)
    assert new != china.id
    assert _quotes(corpus_db, new) == ["25,000"]
    assert "25,000" not in _quotes(corpus_db, china.id)
    # Without its outlier the fact is consistent again.
    assert _fact(corpus_db, CHINA).conflicts == 0
    reextract(corpus_db)
    rebuild(corpus_db)
    assert fact_of_claim(corpus_db, claim_id).id == new
    with pytest.raises(ValidationError, match="already alone"):
        split_claim(corpus_db, claim_id)


def test_rename_follows_the_fact_through_a_merge(corpus_db: Database) -> None:
    china = _fact(corpus_db, CHINA)
    rename_fact(corpus_db, china.id, "  Hydrogen vehicles on China's roads ")
    assert _fact(corpus_db, CHINA).name == "Hydrogen vehicles on China's roads"
    merge_facts(corpus_db, china.id, _fact(corpus_db, US).id)
    assert _fact(corpus_db, US).name == "Hydrogen vehicles on China's roads"


def test_bad_overrides_are_refused_and_write_nothing(corpus_db: Database) -> None:
    china = _fact(corpus_db, CHINA)
    with pytest.raises(ValidationError, match="into itself"):
        merge_facts(corpus_db, china.id, china.id)
    with pytest.raises(NotFoundError, match="fact 999999: no such fact"):
        merge_facts(corpus_db, china.id, 999999)
    with pytest.raises(ValidationError, match="empty"):
        rename_fact(corpus_db, china.id, "   ")
    with pytest.raises(NotFoundError, match="claim 999999"):
        split_claim(corpus_db, 999999)
    with corpus_db.session() as session:
        assert session.scalars(select(FactOverride)).all() == []


def _keys(db: Database) -> list[tuple[str, str, int]]:
    return sorted((f.key, f.name, f.claims) for f in list_facts(db))


def test_split_survives_an_edited_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    db = Database(f"sqlite:///{tmp_path / 'edited.sqlite'}")
    ingest_paths(db, [SEEDS, corpus])
    outlier = _claim(db, "25,000")
    split = split_claim(db, outlier)
    article = corpus / "daily_hydrogen.txt"
    title, rest = article.read_text().split("\n", 1)
    # A new paragraph moves every offset and changes the file's hash (so the fingerprint).
    article.write_text(f"{title}\n\nUpdated with a correction at noon.\n{rest}")
    ingest_paths(db, [article])
    with db.session() as session:
        again = session.scalars(
            select(Claim).where(Claim.quote == "25,000", Claim.orphaned == False)  # noqa: E712
        ).one()
        old_fingerprint = session.get_one(Claim, outlier).fingerprint
    assert again.id != outlier and again.fingerprint != old_fingerprint
    fact = fact_of_claim(db, again.id or 0)
    assert fact is not None and fact.id == split and fact.key.startswith("claim:")
    assert _fact(db, CHINA).conflicts == 0
    db.dispose()


def test_undo_merge_split_and_rename_each_restores_the_facts(corpus_db: Database) -> None:
    before = _keys(corpus_db)
    us, china = _fact(corpus_db, US), _fact(corpus_db, CHINA)
    merge_facts(corpus_db, us.id, china.id, reviewer="ana")
    split_claim(corpus_db, _claim(corpus_db, "25,000"))
    rename_fact(corpus_db, china.id, "China's hydrogen fleet")
    assert _keys(corpus_db) != before
    undone = [undo_override(corpus_db, reviewer="bo").override.action for _ in range(3)]
    assert undone == ["rename", "split", "merge"]  # latest first
    assert _keys(corpus_db) == before
    with corpus_db.session() as session:
        rows = session.scalars(select(FactOverride).order_by(FactOverride.id)).all()
    # Append-only: the three choices and the three undos, each naming what it undid.
    assert [r.action for r in rows] == ["merge", "split", "rename", "undo", "undo", "undo"]
    assert [r.undoes for r in rows[3:]] == [rows[2].id, rows[1].id, rows[0].id]
    assert {r.reviewer for r in rows[3:]} == {"bo"}
    with pytest.raises(ValidationError, match="no merge, split or rename left to undo"):
        undo_override(corpus_db)


def test_undo_a_chosen_override_and_refuse_nonsense(corpus_db: Database) -> None:
    china = _fact(corpus_db, CHINA)
    rename_fact(corpus_db, china.id, "first name")
    rename_fact(corpus_db, china.id, "second name")
    with corpus_db.session() as session:
        first = session.scalars(select(FactOverride.id).order_by(FactOverride.id)).first()
    assert first is not None
    undo_override(corpus_db, first)
    assert _fact(corpus_db, CHINA).name == "second name"  # the later rename still holds
    with pytest.raises(ValidationError, match=f"fact override {first}: already undone"):
        undo_override(corpus_db, first)
    with pytest.raises(NotFoundError, match="fact override 999999"):
        undo_override(corpus_db, 999999)
