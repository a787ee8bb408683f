"""What fact tracking read of a claim, as :mod:`factdb.facts.stored` keeps it: its
statement's :class:`~factdb.facts.statement.Reading` and its :class:`~factdb.facts.match.Clue`
as JSON texts, made as they are stored and parsed back."""

from __future__ import annotations

import json
from typing import Any

from factdb.facts.match import Clue, Whom, Words
from factdb.facts.measure import Interval
from factdb.facts.statement import Statement

# ``json.dumps(x, ensure_ascii=False)``, without making an encoder per call.
json_text = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def reading_text(s: Statement) -> str:
    """The JSON text of what ``s`` read of its claim's text (its :class:`Reading`)."""
    return json_text(
        [s.noun, s.subject, s.identity, s.fresh, s.opening, s.opening_known, s.disputes]
    )


def clue_text(c: Clue) -> str:
    """The JSON text of the clue ``c``."""
    interval = None if c.interval is None else [c.interval.low, c.interval.high, c.interval.unit]
    return json_text(
        # the names sorted: a set's order changes from process to process (hash seeds)
        [c.sentence, c.change, c.dimension, dict(c.words.items()), c.head, sorted(c.whom.orgs),
         sorted(c.whom.places), c.whom.carried, interval, c.stated, c.date, c.dated, c.fresh,
         c.converts, c.said_unit, c.disputes, c.part, c.instance, c.whom.beside, c.reached],
    )  # fmt: skip


def parsed_clue(claim_id: int, article_id: int, read: list[Any] | None) -> Clue | None:
    """The clue stored as ``read`` (its :func:`clue_text` parsed)."""
    if read is None:
        return None
    (sentence, change, dimension, words, head, orgs, places, carried, interval, stated,
     date, dated, fresh, converts, said_unit, disputes, part, instance, beside,
     reached) = read  # fmt: skip
    return Clue(
        claim_id, article_id, sentence, change, dimension, Words(words), head,
        Whom(frozenset(orgs), frozenset(places), carried, beside),
        None if interval is None else Interval(*interval),
        stated, date, dated, fresh, converts, said_unit, disputes, part, instance, reached,
    )  # fmt: skip
