"""Stored readings: a build reads again only the articles whose rows changed, or whose
readings asked about a word that is now (or no longer) a known name, and its facts are those
of a build that reads every claim."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlmodel import col

from factdb.claims.review import Correction, review_claim
from factdb.facts import ensure_facts, rebuild
from factdb.facts import stored as stored_module
from factdb.facts.load import rows_of
from factdb.facts.match import Clue, Whom, Words, clues_of
from factdb.facts.readings import clue_text, parsed_clue
from factdb.facts.statement import statement
from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Claim, Fact, FactClaim, FactClue, FactInput

from .conftest import built
from .test_incremental import _from_scratch, _snapshot


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[set[int]]]:
    """The articles each build reads again."""
    found: list[set[int]] = []
    derive = stored_module.derive

    def counting(rows: Any, *args: Any) -> Any:
        found.append({r.article_id for r in rows})
        return derive(rows, *args)

    monkeypatch.setattr(stored_module, "derive", counting)
    yield found


def _article(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(f"{name.title()} news\n\n{body}\n")
    return path


def _article_of(db: Database, quote: str) -> int:
    with db.session() as session:
        return session.scalars(select(col(Claim.article_id)).where(Claim.quote == quote)).one()


def _subject(db: Database, quote: str) -> str:
    with db.session() as session:
        return session.scalars(
            select(col(Fact.subject))
            .join(FactClaim, col(FactClaim.fact_id) == col(Fact.id))
            .join(Claim, col(Claim.id) == col(FactClaim.claim_id))
            .where(Claim.quote == quote)
        ).one()


def test_a_rebuild_reads_nothing_again_and_stores_a_reading_per_claim(
    corpus_db: Database, read: list[set[int]], tmp_path: Path
) -> None:
    rebuild(corpus_db)
    rebuild(corpus_db)
    assert read[0] and read[1] == set()
    with corpus_db.session() as session:
        claims = session.scalar(select(func.count()).where(Claim.orphaned == False))  # noqa: E712
        assert session.scalar(select(func.count(col(FactClue.claim_id)))) == claims
        assert session.scalar(select(func.count(col(FactInput.claim_id)))) == claims
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)


def test_an_ingest_and_a_correction_read_their_article_only(
    corpus_db: Database, read: list[set[int]], tmp_path: Path
) -> None:
    ensure_facts(corpus_db)
    ingest_paths(
        corpus_db,
        [_article(tmp_path, "fleet", "China now has 30,000 hydrogen vehicles, a ministry said.")],
    )
    ensure_facts(corpus_db)
    assert read[-1] == {_article_of(corpus_db, "30,000")}
    with corpus_db.session() as session:
        claim = session.scalars(select(Claim).where(Claim.quote == "12,500")).first()
    assert claim is not None and claim.id is not None
    review_claim(corpus_db, claim.id, correction=Correction(noun="swap kiosks"))
    ensure_facts(corpus_db)
    assert read[-1] == {claim.article_id}
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)


@pytest.mark.parametrize(
    ("sentence", "corrected", "subject"),
    [
        ("Zorblat has 4,040 hydrogen refuelling stations.", False, "Zorblat"),
        ("Zorblat has 4,040 hydrogen refuelling stations.", True, "Zorblat"),
        ("Zorblat in China has 4,040 hydrogen refuelling stations.", False, "China"),
    ],
)
def test_a_word_becoming_a_name_elsewhere_reads_the_articles_that_asked_about_it(
    corpus_db: Database,
    read: list[set[int]],
    tmp_path: Path,
    sentence: str,
    corrected: bool,
    subject: str,
) -> None:
    # "Zorblat" opens its sentence: a name only if the corpus writes it mid-sentence. Its
    # claim's subject asks (unless a territory comes first), and so does its clue's whom
    # (unless its noun was corrected).
    ingest_paths(corpus_db, [_article(tmp_path, "grid", sentence)])
    ensure_facts(corpus_db)
    grid = _article_of(corpus_db, "4,040")
    if corrected:
        with corpus_db.session() as session:
            claim_id = session.scalars(select(col(Claim.id)).where(Claim.quote == "4,040")).one()
        review_claim(corpus_db, claim_id, correction=Correction(noun="fuel stations"))
        ensure_facts(corpus_db)
    assert _subject(corpus_db, "4,040") in ("", "China")
    ingest_paths(
        corpus_db,
        [
            _article(
                tmp_path, "rival", "Investors said rival Zorblat opened 1,717 offices in Europe."
            )
        ],
    )
    ensure_facts(corpus_db)
    assert read[-1] == {grid, _article_of(corpus_db, "1,717")}
    assert _subject(corpus_db, "4,040") == subject
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)


def test_readings_of_claims_no_longer_live_are_forgotten(corpus_db: Database) -> None:
    rebuild(corpus_db)
    with corpus_db.engine.begin() as conn:
        conn.execute(text("UPDATE claim SET orphaned = 1 WHERE id = (SELECT min(id) FROM claim)"))
    ensure_facts(corpus_db)
    with corpus_db.session() as session:
        orphaned = session.scalars(select(col(Claim.id)).where(Claim.orphaned == True)).one()  # noqa: E712
        assert session.get(FactClue, orphaned) is None


def test_a_stored_clue_reads_back_as_it_was(tmp_path: Path) -> None:
    # every field, the numbered thing a figure is of ("the third phase") among them
    texts = {
        "a.txt": "Beijing has set up the third and largest phase of its semiconductor "
                 "investment fund. This one is worth $47.5 billion, against 138.7 billion yuan "
                 "raised by the fund's first phase.\n",
    }  # fmt: skip
    with built(tmp_path, texts) as db, db.session() as session:
        rows = rows_of(session)
    clues = clues_of(rows, {r.id: statement(r, r.published) for r in rows})
    assert any(c.instance for c in clues)
    for c in clues:
        back = parsed_clue(c.claim_id, c.article_id, json.loads(clue_text(c)))
        assert back is not None
        assert dict(back.words.items()) == dict(c.words.items())
        assert replace(back, words=c.words) == c


def test_a_stored_clue_is_the_same_text_in_every_process() -> None:
    # its names in order, not in their set's, which follows the process's hash seed
    names = frozenset(f"company {letter}" for letter in "qwertyuiopasdfgh")
    said = Clue(1, 1, 0, False, "count", Words({}), "", Whom(names, names, False), None, 0.0,
                "", False)  # fmt: skip
    orgs, places = json.loads(clue_text(said))[5:7]
    assert orgs == places == sorted(names)
