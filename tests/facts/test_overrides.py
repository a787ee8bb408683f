"""Reviewers' merge, split and rename: applied at once, kept across rebuilds, re-extraction
and re-ingest, refused with a clear error when they make no sense."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from factdb.db import Database
from factdb.errors import NotFoundError, ValidationError
from factdb.facts import rebuild
from factdb.facts.overrides import merge_facts, rename_fact, split_claim
from factdb.facts.queries import fact_detail, fact_of_claim, list_facts
from factdb.ingest import ingest_paths
from factdb.models import Claim, Fact, FactOverride
from factdb.reextract import reextract


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
