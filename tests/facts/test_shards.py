"""A build split over cores (forked shards) gives what one process gives, on the corpus."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from factdb.facts import candidates as bulk
from factdb.facts.derive import derive
from factdb.facts.entities import known_names
from factdb.facts.load import corpus_rates, live, rows_of
from factdb.facts.match import Clue, best_matches
from factdb.facts.shards import in_shards
from factdb.facts.statement import Statement
from factdb.store.database import Database
from factdb.store.models import Claim


def _built(db: Database) -> tuple[dict[int, Statement], list[Clue], dict[int, list[Any]]]:
    with db.session() as session:
        names = known_names(session.scalars(select(col(Claim.sentence)).where(live())))
        rows = rows_of(session)
        rates = corpus_rates(session)
    derived, clues, *_ = derive(rows, names)
    return derived, clues, best_matches(clues, rates.rate)


@pytest.mark.parametrize("cores", [2, 3])
def test_shards_give_what_one_process_gives(
    corpus_db: Database, monkeypatch: pytest.MonkeyPatch, cores: int
) -> None:
    monkeypatch.setattr(bulk, "BATCH", 16)  # several batches of candidates to share out
    one = _built(corpus_db)
    monkeypatch.setattr("factdb.facts.derive.shard_count", lambda items: cores)
    monkeypatch.setattr("factdb.facts.match.shard_count", lambda items: cores)
    split = _built(corpus_db)
    derived, clues, matches = one
    assert split == one
    assert list(split[0]) == list(derived)  # the claims in the same order
    assert list(split[2]) == list(matches)
    assert len(clues) > 100 and len(matches) > 5


def test_a_failing_shard_raises_here() -> None:
    def work(k: int, shards: int) -> tuple[list[int]]:
        if k == 1:
            raise ValueError("shard one")
        return ([k],)

    with pytest.raises(RuntimeError, match="shard one"):
        in_shards(work, 2)


def test_shards_send_their_lists_in_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factdb.facts.shards.CHUNK", 3)
    found = in_shards(lambda k, n: (list(range(k * 10)), [], [k, n]), 3)
    assert found == [([], [], [0, 3]), (list(range(10)), [], [1, 3]), (list(range(20)), [], [2, 3])]
