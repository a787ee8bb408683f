"""Incremental updates: after each kind of change, the facts :func:`ensure_facts` leaves are
exactly those a full rebuild from scratch gives, and only the work the change calls for is
done (a note regroups nothing; a status rechecks one fact; a noun, an ingest or an orphaned
claim rematches every claim, since matching compares claims across articles)."""

from __future__ import annotations

import shutil
from pathlib import Path

from seeded import SEEDS
from sqlalchemy import select, text, update
from sqlmodel import col

from factdb.claims.review import Correction, review_claim
from factdb.facts import ensure_facts, rebuild
from factdb.facts.build import STEPS
from factdb.facts.entities import known_names, subject_rule
from factdb.facts.group import FIGURE_PREFIX
from factdb.facts.listing import fact_of_claim, list_facts
from factdb.facts.load import rows_of
from factdb.facts.match import clue_names
from factdb.facts.overrides import split_claim, undo_override
from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Claim, Fact, FactClaim, FactInput

from .conftest import CORPUS

Snapshot = tuple[list[tuple[object, ...]], dict[int, str]]


def _snapshot(db: Database) -> Snapshot:
    with db.session() as session:
        facts = session.execute(
            select(
                Fact.key, Fact.name, Fact.claims, Fact.sources, Fact.conflicts, Fact.subject
            ).order_by(Fact.key)
        ).all()
        links = session.execute(
            select(FactClaim.claim_id, Fact.key).join(Fact, Fact.id == FactClaim.fact_id)
        ).all()
    return [tuple(f) for f in facts], dict(links)  # type: ignore[arg-type]


def _from_scratch(db: Database, tmp_path: Path) -> Snapshot:
    """The facts a full rebuild of a copy of ``db`` gives."""
    path = tmp_path / "scratch.sqlite"
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")  # the copy must hold everything
    shutil.copy(Path(str(db.engine.url.database)), path)
    copy = Database(f"sqlite:///{path}")
    try:
        with copy.engine.begin() as conn:
            conn.execute(text("DELETE FROM fact_clue"))  # every claim read again
        rebuild(copy)
        return _snapshot(copy)
    finally:
        copy.dispose()
        path.unlink()


def _claim(db: Database, quote: str) -> int:
    with db.session() as session:
        return session.scalars(select(Claim.id).where(Claim.quote == quote)).one()


def _china(db: Database) -> Fact:
    (fact,) = [f for f in list_facts(db) if f.key == "hydrogen vehicle|count|China"]
    return fact


def test_a_note_changes_nothing_and_a_status_rechecks_one_fact(
    corpus_db: Database, tmp_path: Path
) -> None:
    assert _china(corpus_db).conflicts == 1
    outlier = _claim(corpus_db, "25,000")
    review_claim(corpus_db, outlier, note="checked with the ministry", reviewer="ana")
    report = ensure_facts(corpus_db)
    assert report is not None and (report.claims, report.facts) == (0, 0)
    review_claim(corpus_db, outlier, status="rejected", reviewer="ana")
    report = ensure_facts(corpus_db)
    assert report is not None and (report.claims, report.facts) == (0, 1)
    # A rejected claim stays in its fact but is not compared: no conflict left.
    china = _china(corpus_db)
    assert china.conflicts == 0
    assert fact_of_claim(corpus_db, outlier).id == china.id
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)
    assert ensure_facts(corpus_db) is None


def test_a_noun_correction_regroups(corpus_db: Database, tmp_path: Path) -> None:
    ensure_facts(corpus_db)
    outlier = _claim(corpus_db, "25,000")
    review_claim(corpus_db, outlier, correction=Correction(noun="fuel-cell buses"), reviewer="b")
    report = ensure_facts(corpus_db)
    assert report is not None and report.full
    assert fact_of_claim(corpus_db, outlier).key == "fuel cell bus|count|China"
    assert _china(corpus_db).conflicts == 0
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)


def test_in_place_reextraction_changes_are_seen(corpus_db: Database, tmp_path: Path) -> None:
    ensure_facts(corpus_db)
    outlier = _claim(corpus_db, "25,000")
    # What `factdb reextract` does to a claim whose rules now find another noun.
    with corpus_db.session() as session:
        session.execute(
            update(Claim)
            .where(Claim.id == outlier)
            .values(noun="fuel-cell buses", version=Claim.version + 1)
        )
    assert ensure_facts(corpus_db) is not None
    with corpus_db.session() as session:
        assert session.get_one(FactInput, outlier).noun == "fuel-cell buses"
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)
    # A conversion relinked without a version bump is seen too.
    with corpus_db.session() as session:
        conversion = session.scalars(select(Claim).where(Claim.equivalent_id.is_not(None))).first()
        assert conversion is not None
        session.execute(update(Claim).where(Claim.id == conversion.id).values(equivalent_id=None))
    assert ensure_facts(corpus_db) is not None
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)


def test_ingest_and_orphaning_are_seen(corpus_db: Database, tmp_path: Path) -> None:
    ensure_facts(corpus_db)
    extra = tmp_path / "extra.txt"
    extra.write_text(
        "More hydrogen news\n\nChina now has 30,000 hydrogen vehicles, a ministry said.\n"
    )
    ingest_paths(corpus_db, [extra], published=None)
    report = ensure_facts(corpus_db)
    assert report is not None and report.full
    assert _china(corpus_db).claims == 5
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)
    with corpus_db.session() as session:
        session.execute(text("UPDATE claim SET orphaned = true WHERE quote = '30,000'"))
    report = ensure_facts(corpus_db)
    assert report is not None
    assert _china(corpus_db).claims == 4
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)


def test_a_word_that_becomes_a_known_name_regroups_its_claims(
    corpus_db: Database, tmp_path: Path
) -> None:
    ensure_facts(corpus_db)
    with corpus_db.session() as session:
        rows = session.execute(
            select(FactInput.claim_id, FactInput.opening, Claim.sentence, Claim.quote)
            .join(Claim, col(Claim.id) == FactInput.claim_id)
            .where(
                FactInput.opening != "",
                FactInput.opening_known.is_(False),
                ~col(FactInput.base_key).startswith(FIGURE_PREFIX),
            )
        ).all()
    # A figure whose opening word is the only name its sentence offers for a subject.
    row = next(
        (
            (claim_id, opening)
            for claim_id, opening, sentence, quote in rows
            if not subject_rule(
                sentence, sentence.index(quote), sentence.index(quote) + len(quote)
            ).names
        ),
        None,
    )
    assert row is not None, "the corpus has an unknown opening word"
    claim_id, word = row
    before = fact_of_claim(corpus_db, claim_id)
    extra = tmp_path / "names.txt"
    extra.write_text(f"Names\n\nShares of {word} fell 5 percent on Monday.\n")
    ingest_paths(corpus_db, [extra], published=None)
    assert ensure_facts(corpus_db) is not None
    after = fact_of_claim(corpus_db, claim_id)
    assert after is not None and word in after.key and after.key != (before and before.key)
    assert _snapshot(corpus_db) == _from_scratch(corpus_db, tmp_path)


def test_updates_match_a_full_rebuild_on_each_backend(db_url: str, tmp_path: Path) -> None:
    db = Database(db_url)
    try:
        ingest_paths(db, [SEEDS, CORPUS])
        assert ensure_facts(db) is not None
        outlier = _claim(db, "25,000")
        review_claim(db, outlier, status="rejected", note="typo", reviewer="ana")
        review_claim(db, outlier, correction=Correction(noun="hydrogen trucks"), reviewer="ana")
        extra = tmp_path / "extra.txt"
        extra.write_text("More news\n\nChina now has 30,000 hydrogen vehicles, officials said.\n")
        ingest_paths(db, [extra], published=None)
        split_claim(db, _claim(db, "30,000"))
        undo_override(db)
        assert ensure_facts(db) is None  # each step above left the facts current
        updated = _snapshot(db)
        rebuild(db)
        assert _snapshot(db) == updated
    finally:
        db.dispose()


def test_a_full_rebuild_drops_claims_orphaned_since_the_last_build(corpus_db: Database) -> None:
    ensure_facts(corpus_db)
    outlier = _claim(corpus_db, "25,000")
    with corpus_db.session() as session:
        session.execute(update(Claim).where(Claim.id == outlier).values(orphaned=True))
    rebuild(corpus_db)
    assert fact_of_claim(corpus_db, outlier) is None
    assert _china(corpus_db).claims == 3


def test_a_regrouping_tells_its_steps_and_a_recheck_none(corpus_db: Database) -> None:
    steps: list[tuple[int, str]] = []
    rebuild(corpus_db, lambda at, what: steps.append((at, what)))
    assert steps == list(enumerate(STEPS, 1))
    steps.clear()
    review_claim(corpus_db, _claim(corpus_db, "25,000"), status="disputed", reviewer="ana")
    assert ensure_facts(corpus_db, lambda at, what: steps.append((at, what))) is not None
    assert steps == []  # one fact rechecked: no steps to tell
    review_claim(
        corpus_db, _claim(corpus_db, "25,000"), correction=Correction(noun="buses"), reviewer="b"
    )
    ensure_facts(corpus_db, lambda at, what: steps.append((at, what)))
    assert steps == list(enumerate(STEPS, 1))


def test_a_full_build_reads_the_names_whom_of_reads(corpus_db: Database) -> None:
    # A full build hands its known names to whom_of when no noun was corrected: they must be
    # clue_names's (titles' possessives included), or stored readings would differ from fresh.
    with corpus_db.session() as session:
        rows = rows_of(session)
    assert not any(r.corrected_noun for r in rows)
    titles = known_names((r.sentence for r in rows), (r.title for r in rows))
    assert titles == clue_names(rows)
    assert titles != known_names(r.sentence for r in rows)
