"""Reviews: append-only history, cached state, optimistic versioning, undo, validation."""

from __future__ import annotations

import pytest

from factdb.claims.queries import ClaimFilter, count_claims, get_claim, history, status_counts
from factdb.claims.review import Correction, effective, review_claim, undo_last_review
from factdb.errors import ConflictError, NotFoundError, ValidationError
from factdb.store.database import Database


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
    assert effective(undo_last_review(db, 4), "value") == 401


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
