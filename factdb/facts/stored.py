"""Stored readings: what fact tracking read of each claim's text, kept between builds.

Reading a claim (its statement's noun, subject and split identity, its clue's words and whom
it is about: :func:`~factdb.facts.derive.derive`) is most of a build's work, and depends only
on its article's claim rows and on whether a few words are known names of the corpus. So
``fact_clue`` keeps, per live claim, what was read (:class:`~factdb.facts.statement.Reading`
and the :class:`~factdb.facts.match.Clue`, as JSON), ``built_from`` (a digest of the rules'
version and every claim row of its article: fields, sentence, title, date) and ``asked``
(the words whose being a known name the reading depended on, with their answers). A build
reuses an article's readings when its digest is the same and every word asked still gets
the same answer (an ingest elsewhere can make a word a known name), and derives the others,
storing what it read; an ingest of one article or a correction of one claim thus reads one
article again, however large the corpus.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Collection, Container, Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, delete, select
from sqlmodel import Session, SQLModel, col

from factdb.facts.derive import StoredText, derive
from factdb.facts.load import chunks, insert_rows, leads_of
from factdb.facts.match import Clue, clue_names
from factdb.facts.readings import parsed_clue
from factdb.facts.statement import Reading, Statement, assembled
from factdb.store.models import FactClue

_TABLE: Table = SQLModel.metadata.tables[str(FactClue.__tablename__)]
_WRITE = 5000  # rows inserted at a time


def digests(rows: Sequence[Any], rules: str) -> dict[int, str]:
    """Each article's digest (``built_from``): the rules' version and its claim rows."""
    by_article: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        by_article[r.article_id].append(r)
    found = {}
    for article, claims in by_article.items():
        digest = hashlib.blake2b(rules.encode(), digest_size=16)
        for r in sorted(claims, key=lambda r: r.id):
            digest.update(repr(tuple(r)).encode())
        found[article] = digest.hexdigest()
    return found


def read_claims(
    session: Session,
    rows: list[Any],
    names: Container[str],
    rules: str,
    known: frozenset[str] | None = None,
) -> tuple[dict[int, Statement], list[Clue]]:
    """What :func:`~factdb.facts.derive.derive` gives for the claims ``rows`` (every live
    claim), reusing the stored readings that still hold and storing the new ones; ``known``:
    their :func:`~factdb.facts.match.clue_names`, if the caller has them. ``rows`` is
    emptied, as :func:`~factdb.facts.derive.derive` empties those it reads."""
    known = clue_names(rows) if known is None else known
    folded = {name.casefold() for name in known}
    built = digests(rows, rules)
    counts: dict[int, int] = defaultdict(int)
    for r in rows:
        counts[r.article_id] += 1
    reused: dict[int, tuple[Reading, Clue | None]] = {}
    stored_ids: set[int] = set()
    # Article by article, so that only one article's stored text is held at a time.
    for article, group in groupby(_stored_rows(session.connection()), key=itemgetter(1)):
        stored = list(group)
        stored_ids.update(row[0] for row in stored)
        reused.update(
            _reused(stored, built.get(article), counts[article], names, known, folded) or {}
        )
    order = [r.id for r in rows]
    kept = {r.id: r for r in rows if r.id in reused}
    fresh = [r for r in rows if r.id not in reused]
    leads = leads_of(session, fresh)
    rows.clear()
    derived, clues, asked, texts = derive(fresh, names, known, leads)
    clue_of = {c.claim_id: c for c in clues}
    _store(session, texts, asked, built, stored_ids, set(order))
    del texts
    statements: dict[int, Statement] = {}
    ordered: list[Clue] = []
    for i in order:
        if i in derived:
            statements[i] = derived[i]
            found = clue_of.get(i)
        else:
            r = kept[i]
            reading, found = reused[i]
            statements[i] = assembled(r, r.published, reading)
        if found is not None:
            ordered.append(found)
    return statements, ordered


_COLUMNS = ("claim_id", "article_id", "built_from", "asked", "reading", "clue")
_QUERY = select(*(_TABLE.c[name] for name in _COLUMNS)).order_by(col(FactClue.article_id))
_FETCH = 5000  # stored rows fetched at a time


def _stored_rows(connection: Connection) -> Iterator[tuple[Any, ...]]:
    """Every stored row (:data:`_COLUMNS`), by article: fetched through the driver's cursor,
    as plain tuples (SQLAlchemy's rows, fetched one by one, cost several times more)."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(_QUERY.compile(dialect=connection.dialect).string)
        while part := cursor.fetchmany(_FETCH):
            yield from part
    finally:
        cursor.close()


def _reused(
    stored: Sequence[Any],
    built: str | None,
    claims: int,
    names: Container[str],
    known: Container[str],
    folded: Container[str],
) -> dict[int, tuple[Reading, Clue | None]] | None:
    """The stored readings of one article's claims (``stored``: their rows, of
    :data:`_COLUMNS`), or None if they no longer hold: other rows (``built``: the digest of
    its ``claims`` claims now) or a word asked about now answered otherwise."""
    _, _, built_from, asked, _, _ = stored[0]
    if built_from != built or len(stored) != claims:
        return None
    if not _same_answers(asked, known, folded):
        return None
    # One JSON array per article: a call per text would cost more than the parsing.
    readings = _parsed(row[4] for row in stored)
    clues = _parsed(row[5] or "null" for row in stored)
    found = {}
    for (claim_id, article_id, *_), read, clue in zip(stored, readings, clues, strict=True):
        reading = Reading(*read)
        if bool(reading.opening) and (reading.opening in names) != reading.opening_known:
            return None
        found[claim_id] = reading, parsed_clue(claim_id, article_id, clue)
    return found


def _parsed(texts: Iterable[str]) -> list[Any]:
    """The JSON texts ``texts``, parsed."""
    return list(json.loads(f"[{','.join(texts)}]"))


def _same_answers(asked: str, known: Container[str], folded: Container[str]) -> bool:
    """Whether every word asked about still gets its answer."""
    openings, words = json.loads(asked)
    return all((w in known) == answer for w, answer in openings) and all(
        (w in folded) == answer for w, answer in words
    )


def _store(
    session: Session,
    texts: list[StoredText],
    asked: dict[int, str],
    built: dict[int, str],
    stored: Collection[int],
    live: Collection[int],
) -> None:
    """Replace the stored readings of the claims read again (``texts``: their readings and
    clues as JSON); forget those of dead claims."""
    derived = {claim_id for claim_id, *_ in texts}
    gone = {i for i in stored if i not in live} | {i for i in derived if i in stored}
    for chunk in chunks(gone):
        session.execute(delete(FactClue).where(col(FactClue.claim_id).in_(chunk)))
    for start in range(0, len(texts), _WRITE):
        rows = [
            {
                "claim_id": claim_id,
                "article_id": article_id,
                "built_from": built[article_id],
                "asked": asked[article_id],
                "reading": reading,
                "clue": clue,
            }
            for claim_id, article_id, reading, clue in texts[start : start + _WRITE]
        ]
        insert_rows(session.connection(), _TABLE, rows)
