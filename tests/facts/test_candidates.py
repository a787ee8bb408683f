"""Candidates found in bulk are those a claim-by-claim count of shared words finds, in the
same order, on the corpus's real sentences."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
import pytest
from sqlalchemy import select
from sqlmodel import col

from factdb.facts import candidates as bulk
from factdb.facts.candidates import Candidate, Candidates
from factdb.facts.entities import known_names
from factdb.facts.load import live, rows_of
from factdb.facts.match import FLOOR, Clue, Rarity, Whom, clue, clues_of, share_of
from factdb.facts.measure import interval
from factdb.facts.statement import statement
from factdb.store.database import Database
from factdb.store.models import Claim

from .conftest import ranked as ranked_candidates


def _clues(db: Database) -> list[Clue]:
    with db.session() as session:
        names = known_names(session.scalars(select(col(Claim.sentence)).where(live())))
        rows = rows_of(session)
    return clues_of(rows, {r.id: statement(r, r.published, r.title, names) for r in rows})


def _one_by_one(
    clues: Sequence[Clue], rarity: Rarity, limit: int, max_posting: int
) -> dict[int, list[Candidate]]:
    """Each claim's candidates, counted a claim at a time with dictionaries."""
    postings: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for i, c in enumerate(clues):
        if c.interval is not None:
            for w, x in c.words.items():
                postings[c.dimension, w].append((i, x))
    found = {}
    for i, a in enumerate(clues):
        if a.interval is None:
            continue
        mass: dict[int, float] = defaultdict(float)
        for w, x in a.words.items():
            if len(postings[a.dimension, w]) <= max_posting:
                for j, y in postings[a.dimension, w]:
                    mass[j] += rarity.weight(w) * min(x, y)
        shares = {
            j: share_of(mass[j], rarity.norm(a), rarity.norm(clues[j]))
            for j in mass
            if clues[j].article_id != a.article_id
        }
        ranked = heapq.nlargest(limit, shares, key=shares.__getitem__)
        found[i] = [(j, mass[j], shares[j]) for j in ranked if shares[j] >= FLOOR]
    return found


@pytest.mark.parametrize(("limit", "max_posting", "batch"), [(10, 50, 2048), (3, 4, 7)])
def test_bulk_candidates_are_those_counted_one_by_one(
    corpus_db: Database, monkeypatch: pytest.MonkeyPatch, limit: int, max_posting: int, batch: int
) -> None:
    monkeypatch.setattr(bulk, "BATCH", batch)
    clues = _clues(corpus_db)
    rarity = Rarity(clues)
    expected = _one_by_one(clues, rarity, limit, max_posting)
    found = dict(
        ranked_candidates(
            Candidates(clues, rarity.weight, limit=limit, max_posting=max_posting, floor=FLOOR)
        )
    )
    assert found == expected
    assert any(len(c) > 1 for c in found.values())  # rankings were compared, not just sets
    for i, among in found.items():
        assert all(clues[j].article_id != clues[i].article_id for j, _, _ in among)


def test_a_terse_restatement_outranks_long_sentences_sharing_more_words() -> None:
    said = [
        (1, "Gogoro runs 12,500 battery-swap stations in Taiwan.", "12,500"),
        (2, "Gogoro: 12,500 stations.", "12,500"),
        *(
            (article, f"{who} runs {n} battery-swap stations across Taiwan at convenience "
             "stores, petrol stations, car parks, metro exits and campuses, dealers say.", n)
            for article, who, n in ((3, "Kymco", "3,000"), (4, "Yamaha", "2,400"),
                                    (5, "Aeon", "1,100"))
        ),
    ]  # fmt: skip
    clues = [
        clue(article, article, 0, "count", sentence, sentence.index(quote), len(quote),
             "stations", Whom(), interval(float(quote.replace(",", "")), None, "=", ""))
        for article, sentence, quote in said
    ]  # fmt: skip
    rarity = Rarity(clues)
    found = dict(
        ranked_candidates(Candidates(clues, rarity.weight, limit=2, max_posting=50, floor=FLOOR))
    )
    common = {j: c for j, c, _ in _one_by_one(clues, rarity, 5, 50)[0]}
    assert max(common[j] for j in (2, 3, 4)) > common[1]  # the long ones share more weight…
    assert found[0][0][0] == 1 and found[1][0][0] == 0  # …the terse one is a larger share


@pytest.mark.parametrize("limit", [1, 3, 10])
def test_the_bound_of_a_claims_best_pairs_keeps_them_all(limit: int) -> None:
    rng = np.random.default_rng(limit)
    a = np.sort(rng.integers(0, 40, 600))
    what = rng.random(600).round(2)  # ties too
    bound = bulk._below_top(a, what, limit)
    for claim in np.unique(a):
        own = what[a == claim]
        if len(own) < limit:
            assert (bound[a == claim] == -np.inf).all()
        else:
            assert (bound[a == claim] == bound[a == claim][0]).all()
            assert bound[a == claim][0] <= np.sort(own)[-limit]  # the limit-th best is kept
    assert (what >= bound).sum() < len(what)  # some pairs are left out
