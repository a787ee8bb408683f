"""Reading facts: the list (conflicts first), one fact with its claims and checks, a claim's
fact. Each reader first brings the stored facts up to date (:func:`ensure_facts`), unless
told ``refresh=False`` by a caller that has just done so (one scan of the claims per command,
not one per fact shown)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlmodel import col

from factdb.claims.queries import contains
from factdb.errors import NotFoundError
from factdb.facts.build import ensure_facts
from factdb.facts.checks import Conversion, FactChecks, Finding, Rates, check_fact
from factdb.facts.load import article_date, chunks, corpus_rates, leads_of
from factdb.facts.match import lead_at
from factdb.facts.statement import Statement, statement
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Fact, FactClaim, FactInput, Source


@dataclass(frozen=True, slots=True)
class Member:
    """A claim of a fact with its citation."""

    claim: Claim
    statement: Statement
    source_path: str
    source_url: str | None
    outlet: str | None
    article_title: str
    published: date | None
    evidence: str = ""  # why matching put it in this fact, in words ("" if by its key)


@dataclass(frozen=True, slots=True)
class FactDetail:
    """A fact, every claim of it (oldest figure first), and its checks."""

    fact: Fact
    members: list[Member]
    checks: FactChecks
    conversions: list[Conversion]  # the parenthetical conversions of its claims


def _listed(query: Select[Any], conflicts_only: bool, search: str | None) -> Select[Any]:
    """``query`` over the facts a listing shows."""
    if conflicts_only:
        query = query.where(col(Fact.conflicts) > 0)
    if search:
        query = query.where(contains(search, col(Fact.name), col(Fact.noun), col(Fact.subject)))
    return query


def list_facts(
    db: Database,
    *,
    conflicts_only: bool = False,
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    refresh: bool = True,
) -> list[Fact]:
    """Facts, conflicting ones first, then by number of claims; ``search`` matches the name,
    noun or subject; ``limit`` facts from ``offset`` (a page), or every one."""
    if refresh:
        ensure_facts(db)
    query = (
        _listed(select(Fact), conflicts_only, search)
        .order_by(col(Fact.conflicts).desc(), col(Fact.claims).desc(), col(Fact.name), col(Fact.id))
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return list(session.scalars(query).all())


def count_facts(
    db: Database, *, conflicts_only: bool = False, search: str | None = None, refresh: bool = True
) -> int:
    """How many facts :func:`list_facts` lists with the same filters."""
    if refresh:
        ensure_facts(db)
    with db.session() as session:
        query = _listed(select(func.count(col(Fact.id))), conflicts_only, search)
        return session.scalar(query) or 0


def fact_position(
    db: Database,
    fact_id: int,
    *,
    conflicts_only: bool = False,
    search: str | None = None,
    refresh: bool = True,
) -> int | None:
    """Where fact ``fact_id`` comes in :func:`list_facts` with the same filters (0 first),
    counted by SQL; None if the filters leave it out (or it does not exist)."""
    if refresh:
        ensure_facts(db)
    with db.session() as session:
        fact = session.get(Fact, fact_id)
        this = select(col(Fact.id)).where(col(Fact.id) == fact_id)
        if fact is None or session.scalar(_listed(this, conflicts_only, search)) is None:
            return None
        conflicts, claims, name = col(Fact.conflicts), col(Fact.claims), col(Fact.name)
        before = or_(
            conflicts > fact.conflicts,
            and_(conflicts == fact.conflicts, claims > fact.claims),
            and_(conflicts == fact.conflicts, claims == fact.claims, name < fact.name),
            and_(
                conflicts == fact.conflicts,
                claims == fact.claims,
                name == fact.name,
                col(Fact.id) < fact_id,
            ),
        )
        query = _listed(select(func.count(col(Fact.id))).where(before), conflicts_only, search)
        return session.scalar(query) or 0


def conversion_rates(db: Database) -> Rates:
    """The corpus's parenthetical currency conversions and the rates they imply."""
    with db.session() as session:
        return corpus_rates(session)


def rate_findings(db: Database) -> list[Finding]:
    """The rate check over every parenthetical currency conversion in the corpus."""
    return conversion_rates(db).findings()


def fact_detail(
    db: Database,
    fact_id: int,
    *,
    refresh: bool = True,
    rates: Rates | None = None,
    most: int | None = None,
) -> FactDetail:
    """One fact with its claims, their citations, the checks and the timeline; ``rates``:
    the corpus's (:func:`conversion_rates`), if a caller showing several facts has them;
    ``most``: the conflicts written out at most (see :func:`~factdb.facts.checks.check_fact`)."""
    if refresh:
        ensure_facts(db)
    with db.session() as session:
        fact = session.get(Fact, fact_id)
        if fact is None:
            raise NotFoundError(f"fact {fact_id}: no such fact")
        rows = session.execute(
            select(
                Claim,
                col(Source.path),
                col(Source.url),
                col(Source.outlet),
                col(Article.title),
                col(Article.published),
                article_date(),
                col(FactInput.evidence),
            )
            .join(FactClaim, col(FactClaim.claim_id) == col(Claim.id))
            .outerjoin(FactInput, col(FactInput.claim_id) == col(Claim.id))
            .join(Article, col(Article.id) == col(Claim.article_id))
            .join(Source, col(Source.id) == col(Claim.source_id))
            .where(col(FactClaim.fact_id) == fact_id)
        ).all()
        rates = rates or corpus_rates(session)
        names = set(
            session.scalars(
                select(col(FactInput.opening))
                .join(FactClaim, col(FactClaim.claim_id) == col(FactInput.claim_id))
                .where(col(FactClaim.fact_id) == fact_id, col(FactInput.opening_known) == True)  # noqa: E712
            )
        )
        leads = leads_of(session, [row[0] for row in rows])
    members = [
        Member(
            c,
            statement(c, dated, title, names, lead_at(leads, c)),
            path, url, outlet, title, published, why or "",
        )
        for c, path, url, outlet, title, published, dated, why in rows
    ]  # fmt: skip
    members.sort(key=lambda m: (m.statement.date or "", m.claim.id or 0))
    statements = [m.statement for m in members]
    ids = {s.claim_id for s in statements}
    return FactDetail(
        fact=fact,
        members=members,
        checks=check_fact(statements, rates, rates.findings(), most),
        conversions=[c for pair in rates.by_pair.values() for c in pair if c.of_claim_id in ids],
    )


def fact_of_claim(db: Database, claim_id: int, *, refresh: bool = True) -> Fact | None:
    """The fact a claim belongs to (a conversion belongs to its claim's fact), or None."""
    if refresh:
        ensure_facts(db)
    with db.session() as session:
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"claim {claim_id}: no such claim")
        ids = [claim_id] + ([claim.equivalent_id] if claim.equivalent_id is not None else [])
        return session.scalars(
            select(Fact)
            .join(FactClaim, col(FactClaim.fact_id) == col(Fact.id))
            .where(col(FactClaim.claim_id).in_(ids))
        ).first()


def facts_of_claims(
    db: Database, claim_ids: Collection[int], *, refresh: bool = True
) -> dict[int, Fact]:
    """The fact of each claim of ``claim_ids`` that has one (a conversion: its claim's fact),
    in one query per thousand ids."""
    if refresh:
        ensure_facts(db)
    found: dict[int, Fact] = {}
    with db.session() as session:
        for chunk in chunks(claim_ids):
            rows = session.execute(
                select(col(Claim.id), Fact)
                .join(
                    FactClaim,
                    or_(
                        col(FactClaim.claim_id) == col(Claim.id),
                        col(FactClaim.claim_id) == col(Claim.equivalent_id),
                    ),
                )
                .join(Fact, col(Fact.id) == col(FactClaim.fact_id))
                .where(col(Claim.id).in_(chunk))
            ).all()
            for claim_id, fact in rows:
                found.setdefault(claim_id, fact)
    return found


@dataclass(frozen=True, slots=True)
class FactTotals:
    """How many facts there are, how many have several claims, how many conflict."""

    facts: int
    multi_claim: int
    conflicting: int


def fact_totals(db: Database, *, refresh: bool = True) -> FactTotals:
    """Counts over every stored fact."""
    if refresh:
        ensure_facts(db)
    with db.session() as session:
        facts, multi, conflicting = session.execute(
            select(
                func.count(col(Fact.id)),
                func.coalesce(func.sum(case((col(Fact.claims) > 1, 1), else_=0)), 0),
                func.coalesce(func.sum(case((col(Fact.conflicts) > 0, 1), else_=0)), 0),
            )
        ).one()
    return FactTotals(facts, multi, conflicting)
