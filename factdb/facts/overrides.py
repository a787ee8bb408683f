"""Reviewers' grouping choices: merge two facts, split a claim out, rename a fact, undo.

Each choice is appended to ``fact_override`` keyed by fact keys and claims' split identities
(not ids), and the facts are updated in the same transaction, so the choice shows at once and
survives re-extraction, re-ingest and an edited file for as long as those keys do. An undo is
itself appended (``undoes`` names the choice it cancels), so the history stays complete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from factdb.claims.review import default_reviewer
from factdb.errors import NotFoundError, ValidationError
from factdb.facts.build import ensure_facts, lock, update_in
from factdb.facts.group import ACTIONS, MERGE, RENAME, SPLIT, UNDO
from factdb.facts.statement import split_identity
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Fact, FactClaim, FactInput, FactOverride


def _fact(session: Session, fact_id: int) -> Fact:
    fact = session.get(Fact, fact_id)
    if fact is None:
        raise NotFoundError(f"fact {fact_id}: no such fact")
    return fact


def _fact_of(session: Session, claim_id: int) -> Fact | None:
    return session.scalars(
        select(Fact)
        .join(FactClaim, col(FactClaim.fact_id) == col(Fact.id))
        .where(col(FactClaim.claim_id) == claim_id)
    ).first()


def _record(db: Database, override: FactOverride, check: Callable[[Session], None]) -> int:
    """Validate with ``check(session)`` (which fills in the override's keys), append the
    override and update the facts, all in one transaction; returns the resulting fact's id."""
    ensure_facts(db)  # so that the ids the reviewer saw map to current keys
    with db.session() as session:
        lock(session)
        check(session)
        override.reviewer = override.reviewer or default_reviewer()
        session.add(override)
        session.flush()
        update_in(session)
        return _after(session, override)


def _split_fact(session: Session, identity: str) -> Fact | None:
    """The fact now holding the claim a split names by its split identity."""
    claim_id = session.scalars(
        select(col(FactInput.claim_id)).where(col(FactInput.identity) == identity)
    ).first()
    return _fact_of(session, claim_id) if claim_id is not None else None


def _after(session: Session, override: FactOverride) -> int:
    if override.action == SPLIT:
        fact = _split_fact(session, override.claim_fingerprint)
    else:
        key = override.target_key or override.fact_key
        fact = session.scalars(select(Fact).where(col(Fact.key) == key)).first()
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
        title = session.get_one(Article, claim.article_id).title
        override.claim_fingerprint = split_identity(claim.quote, claim.sentence, title)

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


@dataclass(frozen=True, slots=True)
class Undone:
    """An undone choice, and the fact it leaves in its place (None if there is none)."""

    override: FactOverride
    fact_id: int | None


def undo_override(
    db: Database, override_id: int | None = None, *, reviewer: str | None = None
) -> Undone:
    """Undo a merge, split or rename (by default the latest one still in force) by appending
    an ``undo`` override; returns what was undone."""
    ensure_facts(db)
    with db.session() as session:
        lock(session)
        undone = set(
            session.scalars(
                select(col(FactOverride.undoes)).where(col(FactOverride.action) == UNDO)
            )
        )
        query = select(FactOverride).where(col(FactOverride.action).in_(ACTIONS))
        if override_id is not None:
            target = session.scalars(query.where(col(FactOverride.id) == override_id)).first()
            if target is None:
                raise NotFoundError(f"fact override {override_id}: no merge, split or rename")
            if target.id in undone:
                raise ValidationError(f"fact override {override_id}: already undone")
        else:
            candidates = [
                o for o in session.scalars(query.order_by(col(FactOverride.id).desc())).all()
                if o.id not in undone
            ]  # fmt: skip
            if not candidates:
                raise ValidationError("no merge, split or rename left to undo")
            target = candidates[0]
        session.add(
            FactOverride(action=UNDO, undoes=target.id, reviewer=reviewer or default_reviewer())
        )
        session.flush()
        update_in(session)
        key = target.fact_key or None
        fact = session.scalars(select(Fact).where(col(Fact.key) == key)).first() if key else None
        if target.action == SPLIT:
            fact = _split_fact(session, target.claim_fingerprint)
        session.expunge(target)
        return Undone(target, fact.id if fact is not None else None)
