"""Concurrent reviewers never lose a review: N writers (threads, then processes) each record
M reviews on the same few claims with optimistic versioning, retrying on ConflictError."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise

import pytest
from sqlalchemy import select

from factdb.claims.queries import get_claim
from factdb.claims.review import review_claim
from factdb.errors import ConflictError
from factdb.store.database import Database
from factdb.store.models import Claim, Review

WRITERS = 4
REVIEWS_EACH = 8
HOT_CLAIMS = 3


def write_reviews(url: str, writer: int, claim_ids: list[int]) -> tuple[int, int]:
    """One reviewer's session: M reviews, each retried until it lands; returns
    (reviews recorded, conflicts met)."""
    db = Database(url)
    recorded = conflicts = 0
    try:
        for n in range(REVIEWS_EACH):
            claim_id = claim_ids[(writer + n) % len(claim_ids)]
            while True:
                seen = get_claim(db, claim_id).version
                try:
                    review_claim(
                        db,
                        claim_id,
                        note=f"writer {writer} review {n}",
                        reviewer=f"writer-{writer}",
                        expected_version=seen,
                    )
                except ConflictError:
                    conflicts += 1
                    continue
                recorded += 1
                break
    finally:
        db.dispose()
    return recorded, conflicts


def _check_nothing_lost(db: Database, claim_ids: list[int], recorded: int) -> None:
    with db.session() as session:
        reviews = list(session.scalars(select(Review).order_by(Review.id)))
        claims = {c.id: c for c in session.scalars(select(Claim).where(Claim.id.in_(claim_ids)))}
    assert recorded == WRITERS * REVIEWS_EACH
    assert len(reviews) == recorded
    assert Counter(r.reviewer for r in reviews) == {
        f"writer-{w}": REVIEWS_EACH for w in range(WRITERS)
    }
    for claim_id, claim in claims.items():
        chain = [r for r in reviews if r.claim_id == claim_id]
        assert claim.version == 1 + len(chain)
        assert claim.note == chain[-1].note
        # Each review started from the state the previous one left: no silent overwrite.
        for before, after in pairwise(chain):
            assert after.old_note == before.note


def _hot_claims(db: Database) -> list[int]:
    with db.session() as session:
        query = select(Claim.id).order_by(Claim.id).limit(HOT_CLAIMS)
        return list(session.scalars(query))


def test_concurrent_threads_lose_no_review(corpus_db: Database) -> None:
    ids = _hot_claims(corpus_db)
    with ThreadPoolExecutor(WRITERS) as pool:
        results = list(pool.map(lambda w: write_reviews(corpus_db.url, w, ids), range(WRITERS)))
    _check_nothing_lost(corpus_db, ids, sum(r for r, _ in results))


def test_concurrent_processes_lose_no_review(corpus_db: Database) -> None:
    ids = _hot_claims(corpus_db)
    context = multiprocessing.get_context("spawn")
    with context.Pool(WRITERS) as pool:
        results = pool.starmap(write_reviews, [(corpus_db.url, w, ids) for w in range(WRITERS)])
    _check_nothing_lost(corpus_db, ids, sum(r for r, _ in results))


def test_second_writer_on_a_stale_version_is_told_and_sees_the_newer_state(
    corpus_db: Database,
) -> None:
    claim_id = _hot_claims(corpus_db)[0]
    seen = get_claim(corpus_db, claim_id).version
    review_claim(corpus_db, claim_id, status="verified", reviewer="ann", expected_version=seen)
    with pytest.raises(ConflictError, match="verified by ann"):
        review_claim(corpus_db, claim_id, status="rejected", reviewer="bob", expected_version=seen)
    assert get_claim(corpus_db, claim_id).status == "verified"
