"""Reviews: append-only history, cached state, optimistic versioning, undo, validation."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlmodel import col

from factdb.claims.queries import ClaimFilter, count_claims, get_claim, history, status_counts
from factdb.claims.review import (
    Correction,
    effective,
    effective_normalized,
    review_changes,
    review_claim,
    undo_last_review,
    undo_review,
    write_review,
)
from factdb.errors import ConflictError, NotFoundError, ValidationError
from factdb.store.database import Database
from factdb.store.models import Claim


def test_review_updates_state_and_appends_history(db: Database) -> None:
    claim = review_claim(db, 1, status="verified", note="ok", reviewer="ann")
    assert (claim.status, claim.note, claim.reviewed_by, claim.version) == (
        "verified",
        "ok",
        "ann",
        2,
    )
    claim = review_claim(db, 1, status="disputed", reviewer="bob")
    assert claim.note == "ok"  # fields not given are kept
    entries = history(db, 1)
    assert [(r.old_status, r.status, r.reviewer) for r in entries] == [
        ("unreviewed", "verified", "ann"),
        ("verified", "disputed", "bob"),
    ]
    assert status_counts(db)["disputed"] == 1
    assert count_claims(db, ClaimFilter(status="disputed")) == 1


def test_stale_version_is_refused_and_nothing_is_written(db: Database) -> None:
    claim = get_claim(db, 3)
    review_claim(db, 3, status="verified", reviewer="ann", expected_version=claim.version)
    with pytest.raises(ConflictError, match="claim 3 changed since you read it"):
        review_claim(db, 3, status="rejected", reviewer="bob", expected_version=claim.version)
    assert get_claim(db, 3).status == "verified"
    assert len(history(db, 3)) == 1


def test_correction_overrides_extraction_and_undo_restores(db: Database) -> None:
    before = get_claim(db, 4)
    claim = review_claim(db, 4, correction=Correction(value=401, unit="USD"), reviewer="ann")
    assert (effective(claim, "value"), effective(claim, "unit")) == (401, "USD")
    assert claim.value == before.value  # the extraction itself is kept
    claim = undo_last_review(db, 4, reviewer="ann")
    assert (effective(claim, "value"), effective(claim, "unit")) == (before.value, before.unit)
    assert [r.action for r in history(db, 4)] == ["review", "undo"]
    # An undo is a review too, so undoing it redoes the correction.
    assert effective(undo_last_review(db, 4, reviewer="ann"), "value") == 401


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"status": "maybe"}, "unknown status 'maybe'"),
        ({"evidence_url": "see the report"}, "is not a URL"),
        ({"correction": Correction(value=float("inf"))}, "finite number"),
        ({"correction": Correction(value=10, value_max=5)}, "upside down"),
    ],
    ids=["status", "evidence", "infinite", "range"],
)
def test_invalid_reviews_are_refused(db: Database, kwargs: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        review_claim(db, 1, **kwargs)
    assert history(db, 1) == []


def test_unknown_claim_and_empty_undo(db: Database) -> None:
    with pytest.raises(NotFoundError, match="claim 999999: no such claim"):
        review_claim(db, 999999, status="verified")
    with pytest.raises(ValidationError, match="nothing to undo"):
        undo_last_review(db, 1)


def test_undo_refuses_another_reviewers_review_unless_forced(db: Database) -> None:
    review_claim(db, 5, status="verified", reviewer="ann")
    review_claim(db, 5, status="disputed", note="wrong year", reviewer="bob")
    with pytest.raises(ConflictError, match=r"latest review is bob's .* not ann's.*--force"):
        undo_last_review(db, 5, reviewer="ann")
    assert get_claim(db, 5).status == "disputed"  # nothing written
    claim = undo_last_review(db, 5, reviewer="ann", force=True)
    assert (claim.status, claim.note, claim.reviewed_by) == ("verified", "", "ann")


def test_undo_review_steps_back_through_own_reviews_with_a_version_check(db: Database) -> None:
    first = write_review(db, 6, review_changes(status="verified"), reviewer="ann")
    second = write_review(db, 6, review_changes(note="checked"), reviewer="ann")
    undone = undo_review(db, second.review_id, reviewer="ann", expected_version=3)
    assert (undone.claim.status, undone.claim.note) == ("verified", "")
    # The review before: undone from the state the own undo left, not by toggling.
    again = undo_review(db, first.review_id, reviewer="ann", expected_version=4)
    assert (again.claim.status, again.claim.note) == ("unreviewed", "")
    review_claim(db, 6, status="rejected", reviewer="bob")
    with pytest.raises(ConflictError, match="claim 6 changed since you read it"):
        undo_review(db, again.review_id, reviewer="ann", expected_version=5)
    assert get_claim(db, 6).status == "rejected"


def _claim_with_unit(db: Database, unit: str) -> Claim:
    with db.session() as session:
        return session.scalars(
            select(Claim).where(col(Claim.unit) == unit).order_by(col(Claim.id)).limit(1)
        ).one()


def test_a_correction_recomputes_the_normalised_value(db: Database) -> None:
    years = _claim_with_unit(db, "year")
    assert effective_normalized(years) == (years.normalized_value, years.normalized_unit)
    claim = review_claim(db, years.id, correction=Correction(value=20), reviewer="ann")
    assert effective_normalized(claim) == (pytest.approx(20 * 365.25 * 86400), "second")
    assert claim.normalized_value == years.normalized_value  # the extraction is kept
    claim = review_claim(db, years.id, correction=Correction(unit="USD"), reviewer="ann")
    assert effective_normalized(claim) == (20, "USD")  # money: in its currency
    miles = _claim_with_unit(db, "mile")
    claim = review_claim(db, miles.id, correction=Correction(value=10), reviewer="ann")
    assert effective_normalized(claim) == (pytest.approx(16093.44), "meter")
