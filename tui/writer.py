"""Saving reviews on one writer thread, so a reviewer's actions reach the database in the order
they were made, each in its own committed transaction."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from factdb.claims.review import (
    Correction,
    SavedReview,
    review_changes,
    undo_review,
    write_review,
)
from factdb.errors import ConflictError
from factdb.store.database import Database


@dataclass(frozen=True, slots=True)
class ReviewRequest:
    """One reviewer action on one claim; fields left as None are not changed."""

    claim_id: int
    version: int | None = None  # the version the reviewer saw; a newer one is a conflict
    status: str | None = None
    note: str | None = None
    evidence_url: str | None = None
    correction: Correction | None = None
    # This session's save to undo: saved, or queued before this request (the version it
    # made is then the one checked, as if the reviewer had waited for it).
    undo: Future[SavedReview] | None = None

    @property
    def action(self) -> str:
        """A short name for what the request does ("verified", "note", "undo"…)."""
        if self.undo is not None:
            return "undo"
        if self.status is not None:
            return self.status
        if self.correction is not None:
            return "correction"
        return "note" if self.note is not None else "evidence"


class ReviewWriter:
    """Runs review requests one at a time, oldest first, on a single thread."""

    def __init__(self, db: Database, reviewer: str) -> None:
        self.db = db
        self.reviewer = reviewer
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factdb-review")
        # (claim id, version) -> the version this app's own write made of it.
        self._successor: dict[tuple[int, int], int] = {}
        self._queued: set[Future[SavedReview]] = set()  # not saved yet

    def submit(self, request: ReviewRequest) -> Future[SavedReview]:
        """Queue a request; the future holds the review as saved, or the library's error."""
        future = self._executor.submit(self._save, request)
        self._queued.add(future)
        future.add_done_callback(self._queued.discard)
        return future

    @property
    def pending(self) -> int:
        """Requests queued or being saved."""
        return len(self._queued)

    def _save(self, request: ReviewRequest) -> SavedReview:
        if request.undo is not None:
            saved = self._undo(request.claim_id, request.undo)
        else:
            changes = review_changes(
                status=request.status,
                note=request.note,
                evidence_url=request.evidence_url,
                correction=request.correction,
            )
            version = request.version
            if version is not None:
                version = self._latest(request.claim_id, version)
            saved = write_review(
                self.db,
                request.claim_id,
                changes,
                reviewer=self.reviewer,
                expected_version=version,
            )
        claim = saved.claim
        assert claim.id is not None
        self._successor[claim.id, claim.version - 1] = claim.version
        return saved

    def _undo(self, claim_id: int, target: Future[SavedReview]) -> SavedReview:
        assert target.done()  # queued before the undo, on this one thread
        if target.exception() is not None:
            # Refused (and reported): there is nothing of it to undo, and nothing else is.
            raise ConflictError(f"claim {claim_id}: the review to undo was not saved")
        undone = target.result()
        version = self._latest(claim_id, undone.claim.version)
        return undo_review(
            self.db, undone.review_id, reviewer=self.reviewer, expected_version=version
        )

    def _latest(self, claim_id: int, version: int) -> int:
        # A request made before this app's own previous write landed was based on the
        # version that write replaced: that is not someone else's change.
        while (claim_id, version) in self._successor:
            version = self._successor[claim_id, version]
        return version

    def close(self) -> None:
        """Finish every queued request, then stop the thread."""
        self._executor.shutdown(wait=True)
