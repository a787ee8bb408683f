"""Reviewers' grouping choices: merge two facts, split a claim out, rename a fact.

Each choice is appended to ``fact_override`` keyed by fact keys and claim fingerprints (not
ids), and the facts are rebuilt in the same transaction, so the choice shows at once and
survives re-extraction and re-ingest for as long as those keys do.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlmodel import Session

from factdb.db import Database
from factdb.errors import NotFoundError, ValidationError
from factdb.facts.build import ensure_facts, lock, rebuild_in
from factdb.facts.group import MERGE, RENAME, SPLIT
from factdb.models import Claim, Fact, FactClaim, FactOverride
from factdb.review import default_reviewer


def _fact(session: Session, fact_id: int) -> Fact:
    fact = session.get(Fact, fact_id)
    if fact is None:
        raise NotFoundError(f"fact {fact_id}: no such fact")
    return fact


def _fact_of(session: Session, claim_id: int) -> Fact | None:
    return session.scalars(
        select(Fact)
        .join(FactClaim, FactClaim.fact_id == Fact.id)
        .where(FactClaim.claim_id == claim_id)
    ).first()


def _record(db: Database, override: FactOverride, check: Callable[[Session], None]) -> int:
    """Validate with ``check(session)`` (which fills in the override's keys), append the
    override and rebuild, all in one transaction; returns the resulting fact's id."""
    ensure_facts(db)  # so that the ids the reviewer saw map to current keys
    with db.session() as session:
        lock(session)
        check(session)
        override.reviewer = override.reviewer or default_reviewer()
        session.add(override)
        session.flush()
        rebuild_in(session)
        return _after(session, override)


def _after(session: Session, override: FactOverride) -> int:
    if override.action == SPLIT:
        claim_id = session.scalars(
            select(Claim.id).where(Claim.fingerprint == override.claim_fingerprint)
        ).first()
        fact = _fact_of(session, claim_id) if claim_id is not None else None
    else:
        key = override.target_key or override.fact_key
        fact = session.scalars(select(Fact).where(Fact.key == key)).first()
    assert fact is not None and fact.id is not None
    return fact.id


def merge_facts(db: Database, fact_id: int, into_id: int, *, reviewer: str | None = None) -> int:
    """Merge fact ``fact_id`` into ``into_id``; returns the merged fact's id."""
    if fact_id == into_id:
        raise ValidationError(f"fact {fact_id}: cannot merge a fact into itself")
    override = FactOverride(action=MERGE, reviewer=reviewer or "")

    def check(session: Session) -> None:
        override.fact_key = _fact(session, fact_id).key
        override.target_key = _fact(session, into_id).key

    return _record(db, override, check)


def split_claim(db: Database, claim_id: int, *, reviewer: str | None = None) -> int:
    """Take a claim out of its fact into a fact of its own; returns the new fact's id."""
    override = FactOverride(action=SPLIT, reviewer=reviewer or "")

    def check(session: Session) -> None:
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"claim {claim_id}: no such claim")
        fact = _fact_of(session, claim_id)
        if fact is None:
            raise ValidationError(f"claim {claim_id}: not part of any fact")
        if fact.claims == 1:
            raise ValidationError(f"claim {claim_id}: already alone in fact {fact.id}")
        override.claim_fingerprint = claim.fingerprint

    return _record(db, override, check)


def rename_fact(db: Database, fact_id: int, name: str, *, reviewer: str | None = None) -> int:
    """Give a fact a name of the reviewer's choosing; returns its id."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(f"fact {fact_id}: the new name is empty")
    override = FactOverride(action=RENAME, name=name, reviewer=reviewer or "")

    def check(session: Session) -> None:
        override.fact_key = _fact(session, fact_id).key

    return _record(db, override, check)
