"""The gold claims of tests/gold/dev.jsonl (a copy of ../shared/gold) as a corpus, scored by
:mod:`factdb.evaluate`: each must be matched (as ``factdb eval`` matches) with its value, kind
and qualifier right.

Known misses stay here as strict xfails with the reason, so a fix shows up as an XPASS.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from score import case_id, gold_claims, occurrences, report
from seeded import SEED_FILE

from factdb.evaluate import ScoredClaim, field_right, match, predict, values_match
from factdb.ingest.reader import read_source

GOLD = gold_claims()
SURE = [(g, n) for g, n in zip(GOLD, occurrences(GOLD), strict=True) if not g.unsure]

# (article_no, quote, occurrence) → why the noun is not found.
NOUN_MISSES = {
    (1, "40 miles", 1): "the thing measured ('distance between swaps') is never written",
    (5, "four months", 1): "the thing that lasts is a state ('inaccessible') of an earlier noun",
    (5, "a few seconds", 1): "the noun is the sentence's subject, far to the left",
    (5, "three or five seconds", 1): "the noun is a paraphrase of the clause",
    (5, "Twelve years", 1): "a list of amounts with the thing done in the main clause",
    (7, "12 inches", 1): "'space' is in an earlier clause",
    (7, "14 inches", 1): "'space' is in an earlier clause",
    (7, "10 years", 1): "the interval is described by the whole main clause",
    # Found once a noun had to hold the gold's head (issue 14): the noun names a word of
    # the gold's complement only ("per text" for "price per text").
    (1, "two years", 1): "the noun lacks the gold's head, 'time'",
    (2, "three years", 1): "the noun lacks the gold's head, 'sentence'",
    (2, "seven years", 1): "the noun lacks the gold's head, 'sentence'",
    (2, "two years", 1): "the noun lacks the gold's head, 'time'",
    (2, "870,000 RMB", 1): "the noun lacks the gold's head, 'earning'",
    (2, "$120,000", 1): "the noun lacks the gold's head, 'earning'",
    (4, "a few years", 1): "the noun lacks the gold's head, 'time'",
    (4, "$2.2 million", 1): "the noun lacks the gold's head, 'price'",
    (4, "12th", 1): "the noun lacks the gold's head, 'ranking'",
    (5, "five years", 1): "the noun lacks the gold's head, 'sentence'",
    (5, "1 RMB", 1): "the noun lacks the gold's head, 'price'",
    (5, "$0.14", 1): "the noun lacks the gold's head, 'price'",
    (5, "3,000 RMB", 1): "the noun lacks the gold's head, 'earning'",
    (5, "$410", 1): "the noun lacks the gold's head, 'earning'",
    (7, "2000 years", 1): "the noun lacks the gold's head, 'age'",
    (7, "$200", 2): "the noun lacks the gold's head, 'spending'",
    (8, "two to four months", 1): "the noun lacks the gold's head, 'time'",
}


@pytest.fixture(scope="module")
def matched() -> dict[int, ScoredClaim]:
    """Each gold claim's index in GOLD → the prediction matched to it."""
    predicted = predict(read_source(SEED_FILE))
    return {gi: predicted[pi] for pi, gi in match(predicted, GOLD)}


def _matched(matched: dict[int, ScoredClaim], g: ScoredClaim) -> ScoredClaim:
    p = matched.get(GOLD.index(g))
    assert p is not None, f"missed {g.quote!r}"
    return p


@pytest.mark.parametrize("g", [pytest.param(g, id=case_id(g, n)) for g, n in SURE])
def test_gold_claim(matched: dict[int, ScoredClaim], g: ScoredClaim) -> None:
    p = _matched(matched, g)
    assert values_match(p, g), (p.value, p.value_max, p.unit)
    assert field_right("kind", p, g) and field_right("qualifier", p, g), (p.kind, p.qualifier)


def _noun_param(g: ScoredClaim, occurrence: int):
    key = (g.article_no, g.quote, occurrence)
    marks = [pytest.mark.xfail(strict=True, reason=NOUN_MISSES[key])] if key in NOUN_MISSES else []
    return pytest.param(g, id=case_id(g, occurrence), marks=marks)


@pytest.mark.parametrize("g", [_noun_param(g, n) for g, n in SURE])
def test_gold_noun(matched: dict[int, ScoredClaim], g: ScoredClaim) -> None:
    p = _matched(matched, g)
    assert field_right("noun", p, g), (p.noun, g.noun)


def test_targets() -> None:
    """The issue's targets on the whole dev set, extracting article by article."""
    m = report()
    assert m.detection.f1 >= 0.97
    assert m.strict.f1 >= 0.93
    assert m.fields["qualifier"].accuracy >= 0.95
    assert m.fields["date_text"].accuracy >= 0.90


@pytest.mark.xfail(
    strict=True,
    reason="0.699 once a noun must hold the gold's head (see NOUN_MISSES); 0.904 before",
)
def test_noun_target() -> None:
    assert report().fields["noun"].accuracy >= 0.85


def test_whole_file_same_as_per_article() -> None:
    assert report(whole=True).detection.f1 >= 0.97
