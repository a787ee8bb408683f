"""Reading claims: filters, pages, counts, a claim in its context, articles and stats.

Every reader the CLI and the review app use lives here, so neither builds SQL itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Mapped, defer
from sqlmodel import Session, col

from factdb.claims.citation import Citation, cite
from factdb.claims.filters import SORT_COLUMNS, ClaimFilter, check_sort, like_pattern
from factdb.errors import NotFoundError
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Review, Source, Status

SORTABLE: dict[str, Mapped[Any]] = {
    name: col(getattr(Claim, column)) for name, column in SORT_COLUMNS.items()
}
CONTEXT_CHARS = 600  # of a claim's paragraph shown at most each side of its sentence


def contains(text: str, *columns: Mapped[Any]) -> ColumnElement[bool]:
    """Whether any of ``columns`` contains ``text`` (ignoring case; ``%`` and ``_`` are
    plain characters)."""
    return or_(*(column.ilike(like_pattern(text), escape="\\") for column in columns))


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim as a table row: the claim and its article's title."""

    claim: Claim
    article_title: str
    article_ordinal: int


def list_claims(
    db: Database,
    filters: ClaimFilter = ClaimFilter(),  # noqa: B008
    *,
    offset: int = 0,
    limit: int | None = None,
    sort: str = "id",
    descending: bool = False,
) -> list[ClaimRow]:
    """A page of claims matching ``filters``, ordered by ``sort`` (then id, the same way: a
    descending listing is the ascending one reversed)."""
    check_sort(sort)
    column = SORTABLE[sort]
    order = [column.desc() if descending else column.asc()]
    if sort != "id":
        order.append(col(Claim.id).desc() if descending else col(Claim.id).asc())
    query = filters.apply(
        select(Claim, col(Article.title), col(Article.ordinal)).join(
            Article, col(Article.id) == col(Claim.article_id)
        )
    )
    query = query.order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [ClaimRow(c, t, o) for c, t, o in session.execute(query).all()]


def list_claims_window(
    db: Database,
    filters: ClaimFilter,
    *,
    start: int,
    limit: int,
    total: int,
    sort: str = "id",
    descending: bool = False,
) -> list[ClaimRow]:
    """Rows ``start`` to ``start + limit`` of a listing ``total`` rows long, as
    :func:`list_claims` orders it. Past the middle they are read from the end (the reversed
    listing, a smaller offset): the last page of 100,000 claims costs what the first does."""
    limit = max(min(limit, total - start), 0)
    from_end = total - start - limit
    if from_end >= start:
        return list_claims(db, filters, offset=start, limit=limit, sort=sort, descending=descending)
    rows = list_claims(
        db, filters, offset=from_end, limit=limit, sort=sort, descending=not descending
    )
    return rows[::-1]


def count_claims(db: Database, filters: ClaimFilter = ClaimFilter()) -> int:  # noqa: B008
    """How many claims match ``filters``."""
    with db.session() as session:
        return session.execute(filters.apply(select(func.count(col(Claim.id))))).scalar_one()


def status_counts(
    db: Database,
    filters: ClaimFilter = ClaimFilter(),  # noqa: B008
) -> dict[str, int]:
    """Claims per status (every status present, zero if none) among those matching ``filters``."""
    query = filters.with_(status=None).apply(
        select(col(Claim.status), func.count(col(Claim.id))).group_by(col(Claim.status))
    )
    counts = {s.value: 0 for s in Status}
    with db.session() as session:
        counts.update({status: n for status, n in session.execute(query).all()})
    return counts


def change_token(db: Database) -> tuple[int, int, int]:
    """A cheap summary of the library's state that changes whenever a review is saved or claims
    are added or removed: (latest review id, latest claim id, number of claims)."""
    with db.session() as session:
        review = session.execute(select(func.max(col(Review.id)))).scalar_one()
        latest, count = session.execute(
            select(func.max(col(Claim.id)), func.count(col(Claim.id)))
        ).one()
    return review or 0, latest or 0, count


@dataclass(frozen=True, slots=True)
class Facets:
    """The values a claims filter can choose from."""

    kinds: list[str]
    units: list[str]


def claim_facets(db: Database) -> Facets:
    """The distinct kinds and units of current claims, sorted."""
    current = col(Claim.orphaned) == False  # noqa: E712
    with db.session() as session:
        kinds = session.scalars(
            select(col(Claim.kind)).where(current).distinct().order_by(col(Claim.kind))
        )
        units = session.scalars(
            select(col(Claim.unit))
            .where(current, col(Claim.unit).is_not(None))
            .distinct()
            .order_by(col(Claim.unit))
        )
        return Facets(kinds=list(kinds), units=[u for u in units if u])


@dataclass(frozen=True, slots=True)
class ClaimContext:
    """A claim with its citation and everything a reviewer reads beside it."""

    claim: Claim
    article: Article
    source: Source
    citation: Citation  # where to read it: a URL that opens at the quote, a PDF's page
    paragraph: str  # the paragraph holding the claim, at most CONTEXT_CHARS each side
    paragraph_start: int  # its offset in the source text
    clipped_before: bool = False  # the paragraph goes on before what is shown
    clipped_after: bool = False  # and after it
    history: list[Review] = field(default_factory=list)
    equivalents: list[Claim] = field(default_factory=list)


def get_claim(db: Database, claim_id: int) -> Claim:
    """One claim by id."""
    with db.session() as session:
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"claim {claim_id}: no such claim")
        return claim


def claim_context(db: Database, claim_id: int) -> ClaimContext:
    """A claim, its article and source, its paragraph, history and equivalent claims."""
    with db.session() as session:
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"claim {claim_id}: no such claim")
        article = session.get(Article, claim.article_id)
        source = session.scalars(
            select(Source)
            .options(defer(Source.text))  # type: ignore[arg-type]  # SQLModel types a column as its value
            .where(col(Source.id) == claim.source_id)
        ).one()
        assert article is not None
        # Sources can be large (a 1.2 MB one-line file is one paragraph): read only a window
        # around the claim's sentence, the claim itself never more than twice it away.
        lo = max(
            article.start,
            claim.sentence_start - CONTEXT_CHARS,
            claim.start - 2 * CONTEXT_CHARS,
        )
        hi = min(
            article.end,
            claim.sentence_end + CONTEXT_CHARS,
            claim.end + 2 * CONTEXT_CHARS,
        )
        text = source_slice(session, claim.source_id, lo, hi)
        before = text.rfind("\n\n", 0, claim.start - lo)  # the paragraph's start, if shown
        after = text.find("\n\n", claim.end - lo)  # and its end
        para_start = before + 2 if before >= 0 else 0
        para_end = after if after >= 0 else len(text)
        whole_text = partial(source_text, session, claim.source_id)  # for a PDF or web page
        return ClaimContext(
            claim=claim,
            article=article,
            source=source,
            citation=cite(source, article, claim.start, claim.end, whole_text),
            paragraph=text[para_start:para_end],
            paragraph_start=lo + para_start,
            clipped_before=before < 0 and lo > article.start,
            clipped_after=after < 0 and hi < article.end,
            history=_history(session, claim_id),
            equivalents=_equivalents(session, claim),
        )


def source_text(session: Session, source_id: int) -> str:
    """A source's whole text (what claims' offsets index)."""
    return session.execute(select(col(Source.text)).where(col(Source.id) == source_id)).scalar_one()


def source_slice(session: Session, source_id: int, start: int, end: int) -> str:
    """``text[start:end]`` of a source, read without loading the whole source."""
    query = select(func.substr(Source.text, start + 1, end - start)).where(
        col(Source.id) == source_id
    )
    return session.execute(query).scalar_one()


def history(db: Database, claim_id: int) -> list[Review]:
    """A claim's reviews, oldest first."""
    with db.session() as session:
        if session.get(Claim, claim_id) is None:
            raise NotFoundError(f"claim {claim_id}: no such claim")
        return _history(session, claim_id)


def _history(session: Session, claim_id: int) -> list[Review]:
    query = select(Review).where(col(Review.claim_id) == claim_id).order_by(col(Review.id))
    return list(session.scalars(query).all())


def _equivalents(session: Session, claim: Claim) -> list[Claim]:
    conditions = [col(Claim.equivalent_id) == claim.id]
    if claim.equivalent_id is not None:
        conditions.append(col(Claim.id) == claim.equivalent_id)
    query = select(Claim).where(or_(*conditions)).order_by(col(Claim.id))
    return list(session.scalars(query).all())


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article with its claim counts per status."""

    article: Article
    source_path: str
    claims: int
    by_status: dict[str, int]

    @property
    def reviewed(self) -> int:
        """Claims with a status other than unreviewed."""
        return self.claims - self.by_status.get(Status.UNREVIEWED.value, 0)


def list_articles(db: Database) -> list[ArticleSummary]:
    """Every article with its claim counts, in source then article order."""
    with db.session() as session:
        articles = session.execute(
            select(Article, col(Source.path))
            .join(Source, col(Source.id) == col(Article.source_id))
            .order_by(col(Article.source_id), col(Article.ordinal))
        ).all()
        counts: dict[int, dict[str, int]] = {}
        query = (
            select(col(Claim.article_id), col(Claim.status), func.count(col(Claim.id)))
            .where(col(Claim.orphaned) == False)  # noqa: E712
            .group_by(col(Claim.article_id), col(Claim.status))
        )
        for article_id, status, n in session.execute(query).all():
            counts.setdefault(article_id, {})[status] = n
    return [
        ArticleSummary(a, path, sum(counts.get(a.id, {}).values()), counts.get(a.id, {}))
        for a, path in articles
    ]


def list_sources(db: Database) -> Sequence[Source]:
    """Every source, without loading its text."""
    query = (
        select(Source)
        .options(defer(Source.text))  # type: ignore[arg-type]  # SQLModel types a column as its value
        .order_by(col(Source.id))
    )
    with db.session() as session:
        return list(session.scalars(query).all())


@dataclass(frozen=True, slots=True)
class Stats:
    """Totals for `factdb stats`."""

    sources: int
    articles: int
    claims: int
    orphaned: int
    by_status: dict[str, int]
    by_kind: dict[str, int]
    reviews: int


def stats(db: Database) -> Stats:
    """Counts of sources, articles, claims (by status and kind) and reviews."""
    with db.session() as session:
        scalar = session.execute
        kinds = dict(
            scalar(
                select(col(Claim.kind), func.count(col(Claim.id)))
                .where(col(Claim.orphaned) == False)  # noqa: E712
                .group_by(col(Claim.kind))
                .order_by(func.count(col(Claim.id)).desc())
            ).all()
        )
        result = Stats(
            sources=scalar(select(func.count(col(Source.id)))).scalar_one(),
            articles=scalar(select(func.count(col(Article.id)))).scalar_one(),
            claims=scalar(
                select(func.count(col(Claim.id))).where(col(Claim.orphaned) == False)  # noqa: E712
            ).scalar_one(),
            orphaned=scalar(
                select(func.count(col(Claim.id))).where(col(Claim.orphaned) == True)  # noqa: E712
            ).scalar_one(),
            by_status={},
            by_kind=kinds,
            reviews=scalar(select(func.count(col(Review.id)))).scalar_one(),
        )
    return replace(result, by_status=status_counts(db))
