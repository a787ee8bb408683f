"""Deriving claims for grouping: each claim's statement and clue, article by article.

A claim's statement and clue read its own row, its article's other claims (a name or a noun
carried from an earlier sentence) and the corpus's known names, nothing of other articles;
so the articles are derived in shards over the machine's cores (:mod:`factdb.facts.shards`),
the names computed once before, and the results put back in the order of ``rows``.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Sequence
from functools import _lru_cache_wrapper
from types import ModuleType
from typing import Any, NamedTuple

from factdb.extract.currency import tables as currency_tables
from factdb.extract.units import registry
from factdb.facts import entities, match, noun_keys
from factdb.facts import statement as statement_rules
from factdb.facts.entities import territory_names
from factdb.facts.match import Clue, Leads, clue_names, clues_of, lead_at, names_asked
from factdb.facts.readings import clue_text, json_text, reading_text
from factdb.facts.shards import in_shards, shard_count
from factdb.facts.statement import Statement, statement

_READERS = (entities, match, statement_rules, noun_keys)  # their caches: see forget


StoredText = tuple[int, int, str, str | None]
"""A claim's id, its article's, and its reading and clue as JSON (:func:`stored_texts`)."""


class Derived(NamedTuple):
    """What :func:`derive` read of some claims."""

    statements: dict[int, Statement]  # by claim id
    clues: list[Clue]
    asked: dict[int, str]  # by article
    texts: list[StoredText]


def derive(
    rows: list[Any],
    names: Container[str],
    known: Collection[str] | None = None,
    leads: Leads | None = None,
) -> Derived:
    """The statement (by claim id) and the clues (:func:`~factdb.facts.match.clues_of`) of
    the claims ``rows``, every claim of their articles, the names each article's clues
    asked about (:func:`asked`) and what is stored of them (:func:`stored_texts`);
    ``names``: the corpus's known names (:func:`~factdb.facts.entities.known_names` of every
    live sentence); ``known``: those :func:`~factdb.facts.match.whom_of` reads
    (:func:`~factdb.facts.match.clue_names` of every live claim), if ``rows`` are not every
    live claim; ``leads``: the paragraph before each sentence that may refer back
    (:func:`~factdb.facts.load.leads_of`). ``rows`` is emptied: with several shards, every
    row is freed here once the shards are forked."""
    known = clue_names(rows) if known is None else known
    folded = {name.casefold() for name in known}
    order = [r.id for r in rows]
    parts = _articles(rows, shard_count(len(rows)))
    rows.clear()
    if len(parts) > 1:
        _prepare()
    forget(*_READERS)  # what earlier readings cached (the corpus's names): not forked

    def work(k: int, _: int) -> tuple[list[Any], ...]:
        mine = parts[k]
        derived = {r.id: statement(r, r.published, r.title, names, lead_at(leads, r)) for r in mine}
        clues = clues_of(mine, derived, known, leads)
        questions = asked(mine, known, folded, leads)
        forget(*_READERS)  # before the other shards' results come in
        return list(derived.values()), clues, list(questions.items()), stored_texts(derived, clues)

    # Every shard in a child: the rows are then freed here before the results come in, which
    # take their room rather than pin it between them (at 281,000 claims, ~150 MB less).
    found = in_shards(work, len(parts), parts.clear if len(parts) > 1 else None)
    if len(found) == 1:
        statements, clues, questions, texts = found[0]
        return Derived({s.claim_id: s for s in statements}, clues, dict(questions), texts)
    by_id = {s.claim_id: s for part, *_ in found for s in part}
    clue_by_id = {c.claim_id: c for _, part, *_ in found for c in part}
    return Derived(
        {i: by_id[i] for i in order},
        [clue_by_id[i] for i in order if i in clue_by_id],
        {article: text for _, _, part, _ in found for article, text in part},
        [text for *_, part in found for text in part],
    )


def stored_texts(derived: dict[int, Statement], clues: Sequence[Clue]) -> list[StoredText]:
    """What :mod:`factdb.facts.stored` keeps of each claim ``derived``: its reading and its
    clue (None if it has none) as JSON texts, made in the shard that derived them."""
    clue_of = {c.claim_id: c for c in clues}
    return [
        (
            s.claim_id,
            s.article_id,
            reading_text(s),
            None if (c := clue_of.get(s.claim_id)) is None else clue_text(c),
        )
        for s in derived.values()
    ]


def _prepare() -> None:
    """Build here, before the shards fork, what each would otherwise build for itself: the
    unit registry, the currency tables, the territory names' pattern."""
    registry()
    currency_tables()
    territory_names()


def forget(*modules: ModuleType) -> None:
    """Empty the bounded caches of ``modules`` (per sentence, name or word): each sentence is
    read once a build (its figures together), and a large build's entries would otherwise
    stay through matching and after (~110 MB at 100,000 claims)."""
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, _lru_cache_wrapper) and value.cache_parameters()["maxsize"]:
                value.cache_clear()


def asked(
    rows: Sequence[Any], known: Container[str], folded: Container[str], leads: Leads | None = None
) -> dict[int, str]:
    """For each article of ``rows``, the words its clues asked about
    (:func:`~factdb.facts.match.names_asked`, with ``leads``) with the answers, as JSON:
    whether each opening name is among the ``known`` names, whether each title word is
    among them ``folded``."""
    by_article: dict[int, list[Any]] = {}
    for r in rows:
        by_article.setdefault(r.article_id, [])
        if r.corrected_noun is None:
            by_article[r.article_id].append(r)
    found = {}
    for article, claims in by_article.items():
        openings, words = names_asked(claims, leads)
        found[article] = json_text(
            [
                [[w, w in known] for w in sorted(openings)],
                [[w, w in folded] for w in sorted(words)],
            ]
        )
    return found


def _articles(rows: Sequence[Any], shards: int) -> list[list[Any]]:
    """``rows`` in ``shards`` parts of about as many claims, each article's in one part."""
    if shards <= 1:
        return [list(rows)]
    by_article: dict[int, list[Any]] = {}
    for r in rows:
        by_article.setdefault(r.article_id, []).append(r)
    parts: list[list[Any]] = [[] for _ in range(shards)]
    size = -(-len(rows) // shards)
    k = 0
    for claims in by_article.values():
        if len(parts[k]) >= size and k < shards - 1:
            k += 1
        parts[k].extend(claims)
    return parts
