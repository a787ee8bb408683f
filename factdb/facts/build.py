"""Materialising facts: the ``fact`` and ``fact_claim`` tables, rebuilt from the claims.

Facts are materialised rather than computed per request because grouping needs every claim's
sentence (for its subject) and the corpus's conversion rates: at 100,000 claims that is a
few seconds of work, while listing stored facts, or the conflicting ones, is one indexed query.
A rebuild is one transaction and keeps each fact's id for as long as its key lives, so ids
stay valid across rebuilds. :func:`ensure_facts` rebuilds only when a cheap signature of the
claims, their reviews and the overrides has changed since the last build, so every reader can
call it first and ingest, re-extraction or review need not know facts exist.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, cast, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer
from sqlmodel import Session

from factdb.db import Database
from factdb.facts.checks import FactChecks, Rates, check_fact, conversions
from factdb.facts.group import SPLIT_PREFIX, Grouping, group
from factdb.facts.statement import KEY_SEPARATOR, Statement, statement
from factdb.facts.subjects import known_names
from factdb.models import Article, Claim, Fact, FactBuild, FactClaim, FactOverride, utcnow

# Bump when the grouping or check rules change, so stored facts are rebuilt.
RULES_VERSION = "1"
_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a rebuild found."""

    facts: int
    tracked_claims: int
    multi_claim_facts: int
    conflicting_facts: int
    findings: int
    seconds: float


@dataclass(frozen=True, slots=True)
class Corpus:
    """Every live claim's statement, the rates they imply, and the grouping."""

    statements: list[Statement]
    rates: Rates
    grouping: Grouping

    def checks(self, key: str) -> FactChecks:
        """The checks of the fact ``key``."""
        return check_fact(self.grouping.members[key], self.rates, self.rates.findings())


def signature(session: Session) -> str:
    """A cheap summary that changes whenever claims, their reviews or the overrides change."""
    claims = session.execute(
        select(
            func.count(Claim.id),
            func.max(Claim.id),
            func.sum(Claim.version),
            func.max(Claim.reviewed_at),
            func.sum(cast(Claim.orphaned, Integer)),
            func.min(Claim.extractor_version),
            func.max(Claim.extractor_version),
        )
    ).one()
    overrides = session.execute(select(func.max(FactOverride.id))).scalar()
    return ":".join(str(part) for part in (RULES_VERSION, *claims, overrides))


def load_corpus(session: Session) -> Corpus:
    """Read every live claim and group it, overrides applied."""
    query = (
        select(Claim, Article.published)
        .join(Article, Article.id == Claim.article_id)
        .options(defer(Claim.note), defer(Claim.evidence_url))
        .where(Claim.orphaned == False)  # noqa: E712
        .order_by(Claim.id)
    )
    rows = session.execute(query).all()
    names = known_names(c.sentence for c, _ in rows)
    statements = [statement(c, published, names) for c, published in rows]
    overrides = session.scalars(select(FactOverride).order_by(FactOverride.id)).all()
    return Corpus(statements, Rates(conversions(statements)), group(statements, overrides))


def _fact_row(key: str, name: str, members: Sequence[Statement], conflicts: int) -> dict[str, Any]:
    if key.startswith(SPLIT_PREFIX):
        noun, dimension, subject = members[0].noun, members[0].dimension, members[0].subject
    else:
        noun, dimension, subject = key.split(KEY_SEPARATOR)
    dates = sorted(s.date for s in members if s.date)
    return {
        "key": key,
        "name": name,
        "noun": noun,
        "dimension": dimension,
        "subject": subject,
        "claims": len(members),
        "sources": len({s.source_id for s in members}),
        "conflicts": conflicts,
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
    }


def lock(session: Session) -> None:
    """Serialise rebuilds and override writes: call first in the transaction."""
    # Writing first takes the write lock (SQLite) or the row lock (PostgreSQL) before any read,
    # so two rebuilds run one after the other and the second sees the first's result.
    session.execute(update(FactBuild).where(FactBuild.id == 1).values(built_at=utcnow()))


def _ensure_build_row(db: Database) -> None:
    try:
        with db.session() as session:
            if session.get(FactBuild, 1) is None:
                session.add(FactBuild(id=1))
    except IntegrityError:
        pass  # another process created it first


def _write_facts(session: Session, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Store the facts, writing only what changed; returns each key's fact id."""
    columns = [getattr(Fact, name) for name in ("id", *rows[0])] if rows else [Fact.id, Fact.key]
    existing = {r.key: r._asdict() for r in session.execute(select(*columns)).all()}
    wanted = {r["key"] for r in rows}
    stale = [r["id"] for k, r in existing.items() if k not in wanted]
    for start in range(0, len(stale), _CHUNK):
        chunk = stale[start : start + _CHUNK]
        session.execute(delete(Fact).where(Fact.id.in_(chunk)))  # type: ignore[union-attr]
    changed = [
        row
        for row in ({"id": existing[r["key"]]["id"], **r} for r in rows if r["key"] in existing)
        if existing[row["key"]] != row
    ]
    if changed:
        session.execute(update(Fact), changed)
    ids = {k: r["id"] for k, r in existing.items() if k in wanted}
    new = [r for r in rows if r["key"] not in existing]
    if new:
        created = session.execute(
            insert(Fact).returning(Fact.id, sort_by_parameter_order=True), new
        ).scalars()
        ids.update(zip((r["key"] for r in new), created, strict=True))
    return ids


def _write_links(session: Session, wanted: dict[int, int]) -> None:
    """Store each claim's fact, writing only what changed."""
    existing = dict(session.execute(select(FactClaim.claim_id, FactClaim.fact_id)).all())
    gone = [c for c, f in existing.items() if wanted.get(c) != f]
    for start in range(0, len(gone), _CHUNK):
        chunk = gone[start : start + _CHUNK]
        session.execute(delete(FactClaim).where(FactClaim.claim_id.in_(chunk)))  # type: ignore[attr-defined]
    new = [{"claim_id": c, "fact_id": f} for c, f in wanted.items() if existing.get(c) != f]
    if new:
        session.execute(insert(FactClaim), new)


def rebuild_in(session: Session) -> BuildReport:
    """Rebuild the facts within ``session``'s transaction (the caller holds the lock)."""
    started = time.perf_counter()
    corpus = load_corpus(session)
    rate_findings = corpus.rates.findings()
    rows = []
    for key, members in corpus.grouping.members.items():
        checks = check_fact(members, corpus.rates, rate_findings)
        rows.append(_fact_row(key, corpus.grouping.names[key], members, len(checks.findings)))
    ids = _write_facts(session, rows)
    _write_links(
        session,
        {s.claim_id: ids[key] for key, ms in corpus.grouping.members.items() for s in ms},
    )
    session.execute(update(FactBuild).where(FactBuild.id == 1).values(signature=signature(session)))
    return BuildReport(
        facts=len(rows),
        tracked_claims=sum(r["claims"] for r in rows),
        multi_claim_facts=sum(1 for r in rows if r["claims"] > 1),
        conflicting_facts=sum(1 for r in rows if r["conflicts"]),
        findings=sum(r["conflicts"] for r in rows),
        seconds=time.perf_counter() - started,
    )


def rebuild(db: Database) -> BuildReport:
    """Recompute every fact from the claims and overrides, in one transaction."""
    _ensure_build_row(db)
    with db.session() as session:
        lock(session)
        return rebuild_in(session)


def ensure_facts(db: Database) -> BuildReport | None:
    """Rebuild the facts if claims, reviews or overrides changed since the last build."""
    _ensure_build_row(db)
    with db.session() as session:
        if session.get(FactBuild, 1).signature == signature(session):  # type: ignore[union-attr]
            return None
    with db.session() as session:
        lock(session)
        # Another process may have rebuilt while this one waited for the lock.
        if session.get(FactBuild, 1).signature == signature(session):  # type: ignore[union-attr]
            return None
        return rebuild_in(session)
