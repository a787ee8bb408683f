"""Candidate matches scored in bulk (:mod:`factdb.facts.bulk`) get, bit for bit, the
evidence :func:`~factdb.facts.match.evidence` gives pair by pair, and the same best matches,
on the real sentences of the corpus and of every follow-up folder.

When the matching rules change what :func:`~factdb.facts.match.evidence` scores, these tests
fail until :mod:`factdb.facts.bulk` is changed the same way."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest
from seeded import SEEDS, build
from sqlalchemy import select
from sqlmodel import col

from factdb.facts import bulk, match
from factdb.facts import candidates as ranked_in_bulk
from factdb.facts.candidates import Candidates
from factdb.facts.derive import derive
from factdb.facts.entities import known_names
from factdb.facts.load import corpus_rates, live, rows_of
from factdb.facts.match import Clue, Evidence, Rarity, best_matches, evidence
from factdb.store.database import Database
from factdb.store.models import Claim

from .conftest import ranked as ranked_candidates

HERE = Path(__file__).resolve().parent
FOLDERS = [SEEDS, HERE / "corpus", *sorted(p for p in HERE.glob("followups*") if p.is_dir())]

Rate = Callable[[str, str], float | None]


@pytest.fixture(scope="module")
def every_clue(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Clue], Rate]:
    """The clues of the corpus and every follow-up folder, and the corpus's rates."""
    db = Database(f"sqlite:///{build(tmp_path_factory.mktemp('bulk') / 'f.sqlite', FOLDERS)}")
    with db.session() as session:
        names = known_names(session.scalars(select(col(Claim.sentence)).where(live())))
        rows = rows_of(session)
        rates = corpus_rates(session)
    db.dispose()
    _, clues, *_ = derive(rows, names)
    return clues, rates.rate


def _candidates(
    clues: Sequence[Clue], rarity: Rarity, *, floor: float, limit: int, max_posting: int
) -> Candidates:
    return Candidates(clues, rarity.weight, limit=limit, max_posting=max_posting, floor=floor)


def test_bulk_scores_are_evidence_scores(every_clue: tuple[list[Clue], Rate]) -> None:
    clues, rate = every_clue
    rarity = Rarity(clues)
    # Every pair sharing a word.
    ranked = _candidates(clues, rarity, floor=0.0, limit=len(clues), max_posting=len(clues))
    scorer = bulk.Scorer(clues, ranked, rarity, rate)
    pairs = 0
    parts: set[str] = set()
    for batch in ranked.batches():
        score, both_named, converted, disputed, alike = scorer.scores(batch.a, batch.b, batch.what)
        differ = scorer.units_differ(batch.a, batch.b)
        for k, (i, j, common) in enumerate(
            zip(batch.a.tolist(), batch.b.tolist(), batch.common.tolist(), strict=True)
        ):
            e = evidence(clues[i], clues[j], rarity, rate, common, explain=False)
            assert (
                score[k],
                bool(both_named[k]),
                bool(converted[k]),
                bool(disputed[k]),
                bool(alike[k]),
            ) == (e.score, e.both_named, e.converted, e.disputed, e.alike), (clues[i], clues[j])
            assert e.what == batch.what[k]
            assert bool(differ[k]) == match._units_differ(clues[i], clues[j])
            parts.update(evidence(clues[i], clues[j], rarity, rate, common).parts)
            pairs += 1
    assert pairs > 1000
    # Every part of the evidence was met, each way it can go.
    for weight in (
        match.OTHER_NOUN,
        match.SAME_SUBJECT,
        match.OTHER_SUBJECT,
        match.OTHER_CARRIED,
        match.SAME_PLACE,
        match.OTHER_PLACE,
        match.ORG_VS_PLACE,
        match.VALUES_EQUAL,
        match.VALUES_AGREE,
        match.VALUES_FAR,
        match.VALUES_CONVERTED,
        match.DISPUTED,
    ):
        assert any(p.endswith(f"{weight:+.2f})") for p in parts), weight
    assert any("not scored" in p for p in parts)  # each article names the other's subject
    assert any("power of ten apart" in p for p in parts)  # a misprint's digits


def _one_by_one(
    clues: Sequence[Clue], rarity: Rarity, rate: Rate
) -> dict[int, list[tuple[int, Evidence]]]:
    """Each claim's best matches, each candidate's evidence asked of
    :func:`~factdb.facts.match.evidence` in the candidates' order."""
    bonus = match.THRESHOLD - match.FLOOR + 1e-9
    found = {}
    ranked = _candidates(
        clues, rarity, floor=match.FLOOR, limit=match.CANDIDATES, max_posting=match.MAX_POSTING
    )
    for i, among in ranked_candidates(ranked):
        good: list[tuple[int, Evidence]] = []
        for j, common, what in among:
            if len(good) >= match.MATCHES and what + bonus < match._least(good):
                continue
            e = evidence(clues[i], clues[j], rarity, rate, common, explain=False)
            if e.what >= match.least_what(e) and e.score >= match.THRESHOLD:
                good.append((clues[j].claim_id, e))
        if good:
            good.sort(key=lambda m: m[1].score, reverse=True)
            found[clues[i].claim_id] = good[: match.MATCHES]
    return found


@pytest.mark.parametrize("batch", [2048, 7])
def test_bulk_best_matches_are_those_scored_one_by_one(
    every_clue: tuple[list[Clue], Rate], monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(ranked_in_bulk, "BATCH", batch)
    clues, rate = every_clue
    expected = _one_by_one(clues, Rarity(clues), rate)
    found = best_matches(clues, rate)
    assert found == expected
    assert sum(len(m) > 1 for m in found.values()) > 10  # rankings were compared


def test_sets_of_names_compared_in_bulk_as_one_by_one(every_clue: tuple[list[Clue], Rate]) -> None:
    clues, _ = every_clue
    subjects = {c.whom.orgs for c in clues if c.whom.orgs}
    # Names the corpus does not write, each a way _same_name reads a name: words repeated,
    # a tab, no words at all, the empty name.
    odd = [frozenset({"new new york"}), frozenset({"new\tyork", "byd"}), frozenset({" "})]
    odd += [frozenset({"", "byd"}), frozenset({"york"}), frozenset({"new york", ""})]
    odd += [frozenset({"miit"}), frozenset({"ministry of industry and information technology"})]
    odd += [frozenset({"luma's dream machine"}), frozenset({"luma"}), frozenset({"luma’s"})]
    sets = sorted(subjects, key=sorted)[:150] + odd
    names = bulk._Names([frozenset(), *sets])
    pairs = list(itertools.product(range(1, len(sets) + 1), repeat=2))
    x, y = np.array([i for i, _ in pairs]), np.array([j for _, j in pairs])
    expected = [bool(match._same_name(sets[i - 1], sets[j - 1])) for i, j in pairs]
    assert names.same(x, y).tolist() == expected
    assert 0 < sum(expected) < len(expected) / 2
