"""Scoring candidate matches in bulk: :func:`factdb.facts.match.evidence`'s score (with
``explain=False``) of every candidate pair of a batch at once, with numpy, and each claim's
best matches from them (:func:`best_of`), as :func:`factdb.facts.match.best_matches` defines.

Each claim's part of the evidence is held as numbers (its counted noun, its subjects and
territories as ids of the distinct sets, its interval and units), so a pair costs a few array
operations; what compares two sets of names (:func:`factdb.facts.match._same_name`) or two
currencies (``rate``) is asked once per distinct pair of sets or units. The numbers are those
:func:`~factdb.facts.match.evidence` gives, bit for bit: the same parts added in the same
order.

Kept in step with :func:`~factdb.facts.match.evidence` and :func:`~factdb.facts.match._whom`:
a change to what they score must be made here too (``tests/facts/test_bulk.py`` compares the
two on every candidate pair of the test corpora, and fails when they differ).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from numpy.typing import NDArray

from factdb.facts import match as rules
from factdb.facts.candidates import Batch, Candidates
from factdb.facts.group import GENERIC_NOUNS

if TYPE_CHECKING:
    from factdb.facts.match import Clue, Evidence, Rarity

_Key = TypeVar("_Key", bound=Hashable)
Floats = NDArray[np.float64]
Flags = NDArray[np.bool_]
Ids = NDArray[np.int64]


def _numbered(items: Sequence[_Key], empty: _Key) -> tuple[Ids, list[_Key]]:
    """Each item's number among the distinct ``items`` (``empty`` is 0), and those items."""
    numbers: dict[_Key, int] = {empty: 0}
    ids = np.fromiter(
        (numbers.setdefault(x, len(numbers)) for x in items), dtype=np.int64, count=len(items)
    )
    return ids, list(numbers)


class _Names:
    """Sets of names (subjects, an article's names) by number, and whether two name one
    subject (:func:`~factdb.facts.match._same_name`)."""

    def __init__(self, sets: list[frozenset[str]]) -> None:
        self.sets = sets
        self._read: dict[int, _Read] = {}
        self._names: dict[str, _Name] = {}

    def same(self, x: int, y: int) -> bool:
        """Whether ``_same_name(sets[x], sets[y])`` names one: a name in common, or a name
        of one whose words are some of a name's of the other, either having several words
        (``x``'s) or a space (``y``'s)."""
        if not self.sets[x].isdisjoint(self.sets[y]):
            return True
        xs, ys = self.read(x), self.read(y)
        if not (xs.several or ys.spaced):
            return False
        if (xs.wordless and ys.spaced) or (
            xs.names and ys.wordless and (xs.several or ys.wordless_spaced)
        ):
            return True  # a name without words is part of every name
        by_word = ys.by_word
        return any(
            (many or spaced) and (words <= other or other <= words)
            for many, _, words in xs.names
            for word in words
            for spaced, other in by_word.get(word, ())
        )

    def read(self, x: int) -> _Read:
        found = self._read.get(x)
        if found is None:
            found = self._read[x] = _Read([self._named(n) for n in self.sets[x]])
        return found

    def _named(self, name: str) -> _Name:
        found = self._names.get(name)
        if found is None:
            found = self._names[name] = (
                len(name.split()) > 1,
                " " in name,
                frozenset(name.split()),
            )
        return found


_Name = tuple[bool, bool, frozenset[str]]  # several words?, a space?, the words


class _Read:
    """A set's names as :func:`~factdb.facts.match._same_name` reads them."""

    def __init__(self, names: list[_Name]) -> None:
        self.names = names
        self.several = any(many for many, _, _ in names)
        self.spaced = any(spaced for _, spaced, _ in names)
        self.wordless = any(not words for _, _, words in names)
        self.wordless_spaced = any(spaced and not words for _, spaced, words in names)
        self._by_word: dict[str, list[tuple[bool, frozenset[str]]]] | None = None

    @property
    def by_word(self) -> dict[str, list[tuple[bool, frozenset[str]]]]:
        """The names (whether spaced, their words) by each of their words."""
        if self._by_word is None:
            self._by_word = {}
            for _, spaced, words in self.names:
                for word in words:
                    self._by_word.setdefault(word, []).append((spaced, words))
        return self._by_word


def _pairwise(
    ask: Callable[[int, int], bool | float], x: Ids, y: Ids, where: Flags, default: float = 0.0
) -> Floats:
    """``ask(x, y)`` for each pair where ``where`` (``default`` elsewhere), asked once per
    distinct pair."""
    found = np.full(len(x), default)
    if not where.any():
        return found
    width = int(max(x.max(initial=0), y.max(initial=0))) + 1
    pairs, back = np.unique(x[where] * width + y[where], return_inverse=True)
    answers = np.fromiter(
        (ask(p // width, p % width) for p in pairs.tolist()), dtype=np.float64, count=len(pairs)
    )
    found[where] = answers[back]
    return found


class Scorer:
    """The evidence of candidate pairs among ``clues``, in bulk (see the module)."""

    def __init__(
        self,
        clues: Sequence[Clue],
        candidates: Candidates,
        rarity: Rarity,
        rate: Callable[[str, str], float | None],
    ) -> None:
        self.postings = candidates.postings
        self.head = self.postings.head.astype(np.int64)
        self.generic = np.array([c.head in GENERIC_NOUNS for c in clues], dtype=bool)
        self.places, self.place_sets = _numbered([c.whom.places for c in clues], rules._NONE)
        # Each claim's subjects and the names of its article, numbered as one set of sets.
        names = [rarity.names.get(c.article_id, rules._NONE) for c in clues]
        every, sets = _numbered([c.whom.orgs for c in clues] + names, rules._NONE)
        self.names = _Names(sets)
        self.orgs, self.article_names = every[: len(clues)], every[len(clues) :]
        self.carried = np.array([c.whom.carried for c in clues], dtype=bool)
        intervals = [c.interval for c in clues]
        self.low = np.array([0.0 if i is None else i.low for i in intervals])
        self.high = np.array([0.0 if i is None else i.high for i in intervals])
        self.stated = np.array([c.stated for c in clues], dtype=np.float64)
        self.unit, self.units = _numbered(["" if i is None else i.unit for i in intervals], "")
        self.said, _ = _numbered([c.said_unit for c in clues], "")
        self.rate = rate

    def units_differ(self, a: Ids, b: Ids) -> Flags:
        """:func:`~factdb.facts.match._units_differ` of each pair."""
        said_a, said_b = self.said[a], self.said[b]
        return (said_a > 0) & (said_b > 0) & (said_a != said_b)

    def scores(self, a: Ids, b: Ids, what: Floats) -> tuple[Floats, Flags, Flags]:
        """The score of each pair (claim ``a``, candidate ``b``, their share ``what``), whether
        each article names the other's subjects, whether one value is the other converted."""
        whom, both_named = self._whom(a, b)
        value, converted = self._value(a, b)
        return (what + self._other_noun(a, b)) + whom + value, both_named, converted

    def _other_noun(self, a: Ids, b: Ids) -> Floats:
        head_a, head_b = self.head[a], self.head[b]
        other = (
            (head_a >= 0)
            & (head_b >= 0)
            & (head_a != head_b)
            & ~self.postings.have(b, head_a)
            & ~self.postings.have(a, head_b)
            & ~self.generic[a]
            & ~self.generic[b]
        )
        return np.where(other, rules.OTHER_NOUN, 0.0)

    def _whom(self, a: Ids, b: Ids) -> tuple[Floats, Flags]:
        orgs_a, orgs_b = self.orgs[a], self.orgs[b]
        both = (orgs_a > 0) & (orgs_b > 0)

        same = self.names.same
        same_subject = _pairwise(same, orgs_a, orgs_b, both) > 0
        differ = both & ~same_subject
        both_named = (
            differ
            & (_pairwise(same, orgs_a, self.article_names[b], differ) > 0)
            & (_pairwise(same, orgs_b, self.article_names[a], differ) > 0)
        )
        carried = self.carried[a] | self.carried[b]
        subject = np.where(
            same_subject,
            rules.SAME_SUBJECT,
            np.where(both_named, 0.0, np.where(carried, rules.OTHER_CARRIED, rules.OTHER_SUBJECT)),
        )
        # A company against a territory the company's sentence does not name.
        places_a, places_b = self.places[a], self.places[b]
        one = (orgs_a > 0) != (orgs_b > 0)
        named = np.where(orgs_a > 0, places_a, places_b)
        other = np.where(orgs_a > 0, places_b, places_a)
        places = self.place_sets

        def beyond(x: int, y: int) -> bool:
            return bool(places[x] - places[y])

        unnamed = _pairwise(beyond, other, named, one & (other > 0) & ~carried) > 0
        org = np.where(both, subject, np.where(unnamed, rules.ORG_VS_PLACE, 0.0))

        def meet(x: int, y: int) -> bool:
            return not places[x].isdisjoint(places[y])

        in_both = (places_a > 0) & (places_b > 0)
        common = _pairwise(meet, places_a, places_b, in_both) > 0
        place = np.where(in_both, np.where(common, rules.SAME_PLACE, rules.OTHER_PLACE), 0.0)
        return org + place, both_named

    def _value(self, a: Ids, b: Ids) -> tuple[Floats, Flags]:
        units = self.units

        def factor(x: int, y: int) -> float:
            found = 1.0 if x == y else self.rate(units[x], units[y])
            return np.nan if found is None else found

        unit_a, unit_b = self.unit[a], self.unit[b]
        factors = _pairwise(factor, unit_b, unit_a, np.ones(len(a), dtype=bool), np.nan)
        known = ~np.isnan(factors)
        factors = np.where(known, factors, 1.0)
        low_a, high_a, x = self.low[a], self.high[a], self.stated[a]
        # The candidate's interval converted into the claim's unit (as Interval.scaled).
        low_b = np.where(unit_a == unit_b, self.low[b], self.low[b] * factors)
        high_b = np.where(unit_a == unit_b, self.high[b], self.high[b] * factors)
        y = self.stated[b] * factors
        same = (np.abs(x - y) <= rules.EQUAL * np.maximum(np.abs(x), np.abs(y))) | (
            (low_a <= y) & (y <= high_a) & (low_b <= x) & (x <= high_b)
        )
        same &= known
        overlaps = known & (low_a <= high_b) & (low_b <= high_a)
        sums = np.abs(high_a) + np.abs(low_a), np.abs(high_b) + np.abs(low_b)
        least, most = np.minimum(*sums), np.maximum(*sums)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(least != 0, most / np.where(least != 0, least, 1.0), np.inf)
        far = known & (ratio > rules.FAR)
        converted = same & self.units_differ(a, b)
        value = np.where(
            same,
            np.where(converted, rules.VALUES_CONVERTED, rules.VALUES_EQUAL),
            np.where(overlaps, rules.VALUES_AGREE, np.where(far, rules.VALUES_FAR, 0.0)),
        )
        return value, converted


def best_of(
    batch: Batch, scorer: Scorer, claim_ids: Sequence[int]
) -> list[tuple[int, list[tuple[int, Evidence]]]]:
    """The best :data:`~factdb.facts.match.MATCHES` matches (as ``claim_ids``) of each
    claim of ``batch`` that has some, as :func:`~factdb.facts.match.best_matches` chooses
    them from the claim's candidates in their order."""
    a, b, common, what = batch.a, batch.b, batch.common, batch.what
    score, both_named, converted = scorer.scores(a, b, what)
    units_differ = scorer.units_differ(a, b)
    least = np.where(converted, rules.MIN_WHAT_CONVERTED, rules.MIN_WHAT)
    good = ((what >= rules.MIN_WHAT) | units_differ) & (what >= least) & (score >= rules.THRESHOLD)
    # FLOOR is the least "what" that every other part of the evidence together can lift to
    # THRESHOLD: a candidate whose "what" plus that most cannot enter the best MATCHES so far
    # is not taken.
    bonus = rules.THRESHOLD - rules.FLOOR + 1e-9
    kept = np.flatnonzero(good)
    scores = score.tolist()
    found: list[tuple[int, list[tuple[int, Evidence]]]] = []

    def chosen(taken: list[int]) -> list[tuple[int, Evidence]]:
        best = sorted(taken, key=scores.__getitem__, reverse=True)[: rules.MATCHES]
        return [
            (
                claim_ids[int(b[k])],
                rules.Evidence(
                    scores[k], float(what[k]), (), float(common[k]), bool(both_named[k]),
                    bool(converted[k]),
                ),
            )
            for k in best
        ]  # fmt: skip

    claim = -1
    taken: list[int] = []  # the pairs taken, in the candidates' order
    top: list[float] = []  # their scores, ascending
    for k, i, share in zip(kept.tolist(), a[kept].tolist(), what[kept].tolist(), strict=True):
        if i != claim:
            if taken:
                found.append((claim, chosen(taken)))
            claim, taken, top = i, [], []
        points = scores[k]
        if len(top) >= rules.MATCHES and share + bonus < top[-rules.MATCHES]:
            continue  # as _least: the score a match must beat to enter the best MATCHES
        taken.append(k)
        bisect.insort(top, points)
    if taken:
        found.append((claim, chosen(taken)))
    return found
