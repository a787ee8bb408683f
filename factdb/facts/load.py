"""Reading claims as statements, in bulk: plain rows (no ORM objects) of the columns a
statement needs, and the corpus's currency conversion rates."""

from __future__ import annotations

from collections import defaultdict, namedtuple
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, String, Table, case, cast, func, insert, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from factdb.extract.sentences import soften
from factdb.facts.checks import Rates, conversions
from factdb.facts.match import CARRY, Leads
from factdb.facts.statement import COLUMNS, statement
from factdb.store.models import Article, Claim, Source

CHUNK = 1000  # ids per IN (...) list
_PART = 5000  # claim rows fetched at a time


_Item = TypeVar("_Item", int, str)


def chunks(ids: Collection[_Item]) -> Iterator[list[_Item]]:
    """``ids`` (or keys) in sorted lists of at most :data:`CHUNK`."""
    items = sorted(ids)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts of the same columns) into ``table`` with one executemany of the
    driver: SQLAlchemy's statement execution costs more per row than the insert itself. Each
    value goes through its column type's bind processor, as SQLAlchemy would."""
    if not rows:
        return
    dialect = connection.dialect
    names = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    binds = compiled.positiontup if compiled.positional else names
    assert binds is not None and sorted(binds) == sorted(names), "bind names are column names"
    processors = {n: p for n in names if (p := table.c[n].type.bind_processor(dialect))}
    if compiled.positional:
        steps = [(n, processors.get(n)) for n in binds]
        params: list[Any] = [
            tuple([r[n] if p is None else p(r[n]) for n, p in steps]) for r in rows
        ]
    else:
        params = [{**r, **{n: p(r[n]) for n, p in processors.items()}} for r in rows]
    connection.exec_driver_sql(compiled.string, params)


def live() -> ColumnElement[bool]:
    """Claims fact tracking reads: those the current rules still find."""
    return col(Claim.orphaned) == False  # noqa: E712


def article_date() -> ColumnElement[str]:
    """An article's date as ISO text at its precision: "2024" for a date known to the year
    (stored as its first day), "2024-06" to the month, "2024-06-14"."""
    length = case(
        (col(Article.published_precision) == "year", 4),
        (col(Article.published_precision) == "month", 7),
        else_=10,
    )
    return func.substr(cast(col(Article.published), String), 1, length)


def _query(where: ColumnElement[bool] | None) -> Any:
    query = (
        select(*(getattr(Claim, c) for c in COLUMNS), article_date(), col(Article.title))
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(live())
    )
    return query if where is None else query.where(where)


# Plain tuples: attribute access on them is several times cheaper than on SQLAlchemy rows,
# which matters when every claim of the corpus is read.
ClaimRow = namedtuple("ClaimRow", (*COLUMNS, "published", "title"))  # type: ignore[misc]
_SHARED = [  # the text columns whose values repeat
    ClaimRow._fields.index(name)
    for name in ("sentence", "quote", "unit", "qualifier", "noun", "date", "date_precision",
                 "status", "published", "title")
]  # fmt: skip


def rows_of(
    session: Session,
    *,
    ids: Collection[int] | None = None,
    articles: Collection[int] | None = None,
) -> list[Any]:
    """Rows of :data:`~factdb.facts.statement.COLUMNS` (with the article's ``published``, ISO
    at its precision (:func:`article_date`), and ``title``) of live claims: every one, or those
    of ``ids``, or those of ``articles``."""
    if ids is None and articles is None:
        # Made as they are fetched: every SQLAlchemy row at once would weigh as much again.
        # A text repeated from row to row (a title, a sentence, a date, a unit) is held once.
        shared: dict[Any, Any] = {}
        share = shared.setdefault
        rows: list[Any] = []
        for part in session.connection().execute(_query(None)).partitions(_PART):
            columns: list[Iterable[Any]] = list(zip(*part, strict=True))
            for i in _SHARED:
                columns[i] = map(share, columns[i], columns[i])
            rows.extend(map(ClaimRow._make, zip(*columns, strict=True)))
        return rows
    column, wanted = (col(Claim.id), ids) if ids is not None else (col(Claim.article_id), articles)
    assert wanted is not None
    return [
        ClaimRow._make(row)
        for chunk in chunks(wanted)
        for row in session.connection().execute(_query(column.in_(chunk)))
    ]


def leads_of(session: Session, rows: Sequence[Any]) -> Leads:
    """The paragraph before each sentence of the claims ``rows`` (at most
    :data:`~factdb.facts.match.CARRY` characters of it), by article and sentence start; for a
    sentence opening its paragraph, the paragraph before that one instead (after the title
    line, past an interview's questions: :func:`paragraph_before`), with its line breaks (see
    :func:`~factdb.facts.match.lead_at`). Each source's text is read once, one at a time."""
    wanted: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for r in rows:
        wanted[r.source_id].add((r.article_id, r.sentence_start))
    if not wanted:
        return {}
    spans: dict[int | None, tuple[int, int]] = {}
    for chunk in chunks(wanted):
        query = select(col(Article.id), col(Article.start), col(Article.end)).where(
            col(Article.source_id).in_(chunk)
        )
        for article, start, end in session.connection().execute(query):
            spans[article] = start, end
    leads: dict[tuple[int, int], str] = {}
    for source_id, keys in wanted.items():
        text: str = (
            session.connection()
            .execute(select(col(Source.text)).where(col(Source.id) == source_id))
            .scalar_one()
        )
        for article, ats in groupby(sorted(keys), key=itemgetter(0)):
            start, end = spans[article]
            # A line break ends a paragraph unless it only wraps one (the splitter's rule).
            body = soften(text[start:end])
            title_end = body.find("\n") + 1
            for _, at in ats:
                begin = max(0, at - start - CARRY)
                opening = max(begin, body.rfind("\n", begin, at - start) + 1)
                if not body[opening : at - start].strip():
                    opening = paragraph_before(body, at - start, max(begin, title_end))
                if body[opening : at - start].strip():
                    leads[article, at] = body[opening : at - start]
    return leads


def paragraph_before(body: str, at: int, floor: int) -> int:
    """Where the paragraph a paragraph opening at ``at`` of ``body`` follows starts (not
    before ``floor``): past the questions of an interview ("Q: How big is the network?"), to
    the last paragraph before them; ``at`` (none) if that one is a heading ("ALSO THIS WEEK"),
    which starts another story."""
    end = at
    while True:
        text_end = floor + len(body[floor:end].rstrip())
        if text_end <= floor:
            return at
        start = body.rfind("\n", floor, text_end) + 1 or floor
        paragraph = body[start:text_end].strip()
        if paragraph.endswith("?"):
            end = start
            continue
        return start if paragraph.endswith(_PARAGRAPH_ENDS) else at


_PARAGRAPH_ENDS = (".", "!", ":", '"', "”", "’", "'", ")")


def corpus_rates(session: Session) -> Rates:
    """The conversion rates of the corpus's parenthetical currency conversions."""
    # Only conversions and the claims they convert are read, not the whole corpus.
    primary = aliased(Claim)
    rows = session.execute(
        select(Claim, primary)
        .join(primary, col(primary.id) == col(Claim.equivalent_id))
        .where(live())
    ).all()
    return Rates(conversions([statement(c, None) for row in rows for c in row]))
