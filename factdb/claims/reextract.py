"""Re-running the current extractor over stored sources without losing anyone's work.

Each new mention is matched to a stored claim of its article (see :mod:`factdb.claims.identity`).
A matched claim keeps its id, reviews and corrections (corrections live in ``corrected_*``
columns and override the extraction) and gets the freshly extracted fields; a mention no
claim matches becomes a new claim; a claim no mention matches is marked orphaned, never
deleted, and an orphan found again is restored. Everything is one transaction.

Setting an article's reference date (:func:`redate_article`) re-extracts that article the
same way, so its claims' dates are resolved again and their reviews stay attached.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session, col

from factdb.claims.identity import ClaimKey, match_claims
from factdb.claims.rows import claim_row
from factdb.errors import NotFoundError
from factdb.extract import Mention, extract
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Source

# Fields that only say which extractor ran: a difference there alone leaves a claim "kept".
_PROVENANCE = frozenset({"extractor_version"})
_IDENTITY = frozenset({"source_id", "article_id"})


@dataclass
class ReextractReport:
    """What a re-extraction did, in claims."""

    sources: int = 0
    kept: int = 0  # found again, extracted fields unchanged
    changed: int = 0  # found again with different extracted fields (reviews kept)
    added: int = 0  # new claims
    orphaned: int = 0  # no longer found: marked orphaned, kept with their reviews
    restored: int = 0  # orphans found again


def reextract(
    db: Database,
    source_id: int | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> ReextractReport:
    """Re-extract one source (``source_id``) or all of them, in one transaction;
    ``progress(done, total)`` is called after each source."""
    report = ReextractReport()
    with db.session() as session:
        if source_id is None:
            ids = list(session.scalars(select(col(Source.id)).order_by(col(Source.id))).all())
        elif session.get(Source, source_id) is None:
            raise NotFoundError(f"source {source_id}: no such source")
        else:
            ids = [source_id]
        for done, sid in enumerate(ids, 1):
            assert sid is not None  # a stored row has its id
            _reextract_source(session, sid, report)
            session.expunge_all()  # keep memory bounded by one source
            if progress:
                progress(done, len(ids))
    return report


def _reextract_source(session: Session, source_id: int, report: ReextractReport) -> None:
    source = session.get(Source, source_id)
    assert source is not None
    articles = session.scalars(
        select(Article).where(col(Article.source_id) == source_id).order_by(col(Article.ordinal))
    ).all()
    for article in articles:
        _reextract_article(session, source, article, report)
    report.sources += 1


def _reextract_article(
    session: Session, source: Source, article: Article, report: ReextractReport
) -> None:
    assert source.id is not None and article.id is not None  # stored rows have ids
    text = source.text[article.start : article.end]
    precision = article.published_precision or "day"
    mentions = extract(text, article.published, precision=precision)
    rows = [
        claim_row(
            m,
            text,
            source_id=source.id,
            source_sha256=source.sha256,
            article_id=article.id,
            offset=article.start,
        )
        for m in mentions
    ]
    _merge_article(session, article.id, mentions, rows, report)


@dataclass(frozen=True, slots=True)
class DateChange:
    """A claim whose resolved date changed with its article's reference date."""

    claim_id: int
    date_text: str
    before: str | None
    after: str | None


@dataclass
class RedateReport:
    """What setting an article's reference date did."""

    before: tuple[date | None, str | None, bool]  # (date, precision, inferred) before
    claims: ReextractReport = field(default_factory=ReextractReport)
    dates: list[DateChange] = field(default_factory=list)


def redate_article(db: Database, article_id: int, published: date, precision: str) -> RedateReport:
    """Set an article's reference date (``precision``: day, month or year; no longer
    inferred) and re-extract its claims so their dates are resolved against it; reviews
    stay attached. One transaction."""
    with db.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            raise NotFoundError(f"article {article_id}: no such article")
        source = session.get_one(Source, article.source_id)
        query = select(Claim).where(col(Claim.article_id) == article_id)
        old = {c.id: c.date for c in session.scalars(query)}
        done = RedateReport(
            (article.published, article.published_precision, article.published_inferred)
        )
        article.published, article.published_precision = published, precision
        article.published_inferred = False
        _reextract_article(session, source, article, done.claims)
        for claim in session.scalars(query.order_by(col(Claim.id))):
            assert claim.id is not None
            if claim.id in old and old[claim.id] != claim.date:
                done.dates.append(DateChange(claim.id, claim.date_text, old[claim.id], claim.date))
    return done


def _merge_article(
    session: Session,
    article_id: int,
    mentions: Sequence[Mention],
    rows: list[dict[str, Any]],
    report: ReextractReport,
) -> None:
    # Locked (PostgreSQL) so a review saved meanwhile cannot interleave with the refresh.
    query = select(Claim).where(col(Claim.article_id) == article_id).order_by(col(Claim.id))
    old = list(session.scalars(query.with_for_update()))
    matches = match_claims([ClaimKey.of(c) for c in old], [ClaimKey.of(r) for r in rows])
    ids: list[int | None] = [None if i is None else old[i].id for i in matches]
    for index, row in zip(matches, rows, strict=True):
        if index is not None:
            _refresh(old[index], row, report)
    matched = {i for i in matches if i is not None}
    for i, claim in enumerate(old):
        if i not in matched and not claim.orphaned:
            claim.orphaned = True
            report.orphaned += 1
    fresh = [j for j, claim_id in enumerate(ids) if claim_id is None]
    if fresh:
        new_ids = session.scalars(
            insert(Claim).returning(col(Claim.id), sort_by_parameter_order=True),
            [rows[j] for j in fresh],
        ).all()
        for j, claim_id in zip(fresh, new_ids, strict=True):
            ids[j] = claim_id
        report.added += len(fresh)
    # Parenthetical conversions ("5 miles (8 km)") link to the claim they convert.
    by_id = {c.id: c for c in old}
    for mention, claim_id in zip(mentions, ids, strict=True):
        target = None if mention.equivalent_to is None else ids[mention.equivalent_to]
        stored = by_id.get(claim_id)
        if stored is not None:
            stored.equivalent_id = target
        elif target is not None:
            session.get_one(Claim, claim_id).equivalent_id = target
    session.flush()


def _refresh(claim: Claim, row: dict[str, Any], report: ReextractReport) -> None:
    """Give a matched claim the freshly extracted fields; count it kept, changed or restored."""
    differs = {
        name: value
        for name, value in row.items()
        if name not in _IDENTITY and getattr(claim, name) != value
    }
    for name, value in differs.items():
        setattr(claim, name, value)
    if claim.orphaned:
        claim.orphaned = False
        report.restored += 1
    elif differs.keys() - _PROVENANCE:
        report.changed += 1
    else:
        report.kept += 1
        return
    # A reviewer holding the old version is told the claim changed (optimistic versioning).
    claim.version += 1
