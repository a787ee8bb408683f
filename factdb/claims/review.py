"""Writing reviews: each is one transaction that appends to the history and updates the
claim's cached state, guarded by the claim's version so no reviewer's work is lost."""

from __future__ import annotations

import getpass
import math
import os
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session, col

# Re-exported: the review app and the exports read a claim's effective fields from here.
from factdb.claims.fields import CORRECTED_FIELDS
from factdb.claims.fields import effective as effective
from factdb.claims.fields import effective_normalized as effective_normalized
from factdb.claims.validation import check_evidence_url, check_status, normalize_unit
from factdb.environment import REVIEWER_ENV
from factdb.errors import ConflictError, NotFoundError, ValidationError
from factdb.store.database import Database
from factdb.store.models import REVIEW_STATE_FIELDS, Claim, Review, utcnow


def default_reviewer() -> str:
    """The reviewer's name: ``$FACTDB_REVIEWER``, else the login name."""
    name = os.environ.get(REVIEWER_ENV)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True, slots=True)
class Correction:
    """A reviewer's corrections of the extracted fields; None leaves a field as it is."""

    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    noun: str | None = None

    def changes(self) -> dict[str, Any]:
        """The claim columns this correction sets."""
        return {
            f"corrected_{name}": getattr(self, name)
            for name in CORRECTED_FIELDS
            if getattr(self, name) is not None
        }


@dataclass(frozen=True, slots=True)
class SavedReview:
    """A review as committed: the claim as it now stands and the review's id."""

    claim: Claim
    review_id: int


def review_changes(
    *,
    status: str | None = None,
    note: str | None = None,
    evidence_url: str | None = None,
    correction: Correction | None = None,
) -> dict[str, Any]:
    """The review state fields a review sets, checked; fields left as None are not set."""
    if status is not None:
        check_status(status)
    if evidence_url:
        check_evidence_url(evidence_url)
    correction = validate_correction(correction or Correction())
    changes: dict[str, Any] = correction.changes()
    for name, given in (("status", status), ("note", note), ("evidence_url", evidence_url)):
        if given is not None:
            changes[name] = given
    return changes


def review_claim(
    db: Database,
    claim_id: int,
    *,
    status: str | None = None,
    note: str | None = None,
    evidence_url: str | None = None,
    correction: Correction | None = None,
    reviewer: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Record a review of a claim and return the claim as it now stands.

    Fields left as None keep their current value. With ``expected_version``, the review is
    refused with :class:`ConflictError` if someone else reviewed the claim since that version.
    """
    changes = review_changes(
        status=status, note=note, evidence_url=evidence_url, correction=correction
    )
    return write_review(
        db, claim_id, changes, reviewer=reviewer, expected_version=expected_version
    ).claim


def undo_last_review(
    db: Database,
    claim_id: int,
    *,
    reviewer: str | None = None,
    force: bool = False,
) -> Claim:
    """Append a review that puts the claim back as it was before its latest review.

    History stays append-only: the undo is itself a review, and can be undone in turn. The
    latest review is read and undone in one transaction, guarded by the claim's version, so
    a review someone else saves meanwhile is never undone by mistake. Another reviewer's
    review is undone only with ``force``.
    """
    reviewer = reviewer or default_reviewer()
    with db.session() as session:
        last = session.scalars(
            select(Review)
            .where(col(Review.claim_id) == claim_id)
            .order_by(col(Review.id).desc())
            .limit(1)
        ).first()
        if last is None:
            _get(session, claim_id)
            raise ValidationError(f"claim {claim_id}: nothing to undo")
        if last.reviewer != reviewer and not force:
            raise ConflictError(
                f"claim {claim_id}: its latest review is {last.reviewer}'s "
                f"({last.action}, {last.old_status} → {last.status}), not {reviewer}'s; "
                "give --force to undo it anyway"
            )
        return _undo(session, last, reviewer, _get(session, claim_id).version)[0]


def undo_review(
    db: Database, review_id: int, *, reviewer: str | None = None, expected_version: int
) -> SavedReview:
    """Put a claim back as it was before review ``review_id``, provided the claim is still at
    ``expected_version`` (the version that review made, or a later one of the caller's own
    that left it as that review did); else :class:`ConflictError`, nothing written."""
    with db.session() as session:
        review = session.get(Review, review_id)
        if review is None:
            raise NotFoundError(f"review {review_id}: no such review")
        claim, entry = _undo(session, review, reviewer or default_reviewer(), expected_version)
        assert entry.id is not None
        return SavedReview(claim, entry.id)


def _get(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError(f"claim {claim_id}: no such claim")
    return claim


def _undo(
    session: Session, review: Review, reviewer: str, expected_version: int
) -> tuple[Claim, Review]:
    before = {name: getattr(review, f"old_{name}") for name in REVIEW_STATE_FIELDS}
    return apply_review(
        session,
        review.claim_id,
        before,
        reviewer=reviewer,
        expected_version=expected_version,
        action="undo",
    )


def write_review(
    db: Database,
    claim_id: int,
    changes: dict[str, Any],
    *,
    reviewer: str | None = None,
    expected_version: int | None = None,
) -> SavedReview:
    """Apply ``changes`` (a subset of the review state fields) in one transaction."""
    with db.session() as session:
        claim, entry = apply_review(
            session, claim_id, changes, reviewer=reviewer, expected_version=expected_version
        )
        assert entry.id is not None
        return SavedReview(claim, entry.id)


def apply_review(
    session: Session,
    claim_id: int,
    changes: dict[str, Any],
    *,
    reviewer: str | None = None,
    expected_version: int | None = None,
    action: str = "review",
) -> tuple[Claim, Review]:
    """Apply ``changes`` within the caller's transaction (for writes of many reviews that
    must all succeed or all fail); returns the claim and its new history entry.
    :func:`write_review` is this in a transaction of its own."""
    reviewer = reviewer or default_reviewer()
    claim = _get(session, claim_id)
    version = claim.version
    if expected_version is not None and expected_version != version:
        raise ConflictError(
            f"claim {claim_id} changed since you read it (version {expected_version}, now "
            f"{version}: {claim.status} by {claim.reviewed_by or 'nobody'})"
        )
    old = {name: getattr(claim, name) for name in REVIEW_STATE_FIELDS}
    new = old | changes
    now = utcnow()
    # The version in the WHERE clause is what makes concurrent writers safe: of two
    # reviews based on the same version, only the first one's UPDATE matches a row.
    result = session.execute(
        update(Claim)
        .where(col(Claim.id) == claim_id, col(Claim.version) == version)
        .values(**new, reviewed_by=reviewer, reviewed_at=now, version=version + 1)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ConflictError(
            f"claim {claim_id} was reviewed by someone else while you were saving; "
            "reload it and try again"
        )
    entry = Review(
        claim_id=claim_id,
        reviewer=reviewer,
        created_at=now,
        action=action,
        **new,
        **{f"old_{name}": value for name, value in old.items()},
    )
    session.add(entry)
    session.flush()
    session.refresh(claim)
    return claim, entry


def validate_correction(correction: Correction) -> Correction:
    """The correction with its unit in stored form; nonsense raises :class:`ValidationError`."""
    for name in ("value", "value_max"):
        number = getattr(correction, name)
        if number is not None and not math.isfinite(number):
            raise ValidationError(f"corrected {name} must be a finite number, not {number}")
    if (
        correction.value is not None
        and correction.value_max is not None
        and correction.value_max < correction.value
    ):
        raise ValidationError(
            f"corrected range is upside down: {correction.value} to {correction.value_max}"
        )
    if correction.unit is not None:
        return replace(correction, unit=normalize_unit(correction.unit))
    return correction
