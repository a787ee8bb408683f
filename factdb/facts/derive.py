"""Deriving claims for grouping: each claim's statement and clue, article by article.

A claim's statement and clue read its own row, its article's other claims (a name or a noun
carried from an earlier sentence) and the corpus's known names, nothing of other articles;
so the articles are derived in shards over the machine's cores (:mod:`factdb.facts.shards`),
the names computed once before, and the results put back in the order of ``rows``.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Any

from factdb.facts.match import Clue, clue_names, clues_of
from factdb.facts.shards import in_shards, shard_count
from factdb.facts.statement import Statement, statement


def derive(rows: Sequence[Any], names: Container[str]) -> tuple[dict[int, Statement], list[Clue]]:
    """The statement (by claim id) and the clues (:func:`~factdb.facts.match.clues_of`) of
    the claims ``rows``, every claim of their articles; ``names``: the corpus's known names
    (:func:`~factdb.facts.entities.known_names` of every live sentence)."""
    known = clue_names(rows)
    parts = _articles(rows, shard_count(len(rows)))

    def work(k: int, _: int) -> tuple[list[Statement], list[Clue]]:
        mine = parts[k]
        derived = {r.id: statement(r, r.published, r.title, names) for r in mine}
        return list(derived.values()), clues_of(mine, derived, known)

    found = in_shards(work, len(parts))
    if len(found) == 1:
        statements, clues = found[0]
        return {s.claim_id: s for s in statements}, clues
    by_id = {s.claim_id: s for part, _ in found for s in part}
    clue_by_id = {c.claim_id: c for _, part in found for c in part}
    return (
        {r.id: by_id[r.id] for r in rows},
        [clue_by_id[r.id] for r in rows if r.id in clue_by_id],
    )


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
