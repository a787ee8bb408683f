"""Scoring candidate matches in bulk: :func:`factdb.facts.match.evidence`'s score (with
``explain=False``) of every candidate pair of a batch at once, with numpy, and each claim's
best matches from them (:func:`best_of`, as arrays: :class:`Matches`), as
:func:`factdb.facts.match.best_matches` defines.

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
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import numpy as np
from numpy.typing import NDArray

from factdb.facts import match as rules
from factdb.facts.candidates import Batch, Candidates
from factdb.facts.instances import thing_of
from factdb.facts.noun_keys import aimed, qualified_by

if TYPE_CHECKING:
    from factdb.facts.match import Clue, Rarity

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
    subject (:func:`~factdb.facts.match._same_name`): a name in common, or a name of one
    whose words are some of a name's of the other, either having several words (the
    first's) or a space (the second's). Each set's names and each name's words are
    numbered, so pairs of sets are compared in bulk."""

    def __init__(self, sets: list[frozenset[str]]) -> None:
        self.sets = sets
        names: dict[str, int] = {}
        words: dict[str, int] = {}
        self.members = _Flat([[names.setdefault(n, len(names)) for n in s] for s in sets])
        spelled = list(names)
        self.words = _Flat(
            [
                [
                    words.setdefault(w, len(words))
                    for w in dict.fromkeys(map(rules.unpossessed, n.split()))
                ]
                for n in spelled
            ]
        )
        self.several = np.array([len(n.split()) > 1 for n in spelled], dtype=bool)
        self.spaced = np.array([" " in n for n in spelled], dtype=bool)
        # Each name's initials ("miit" for the ministry) as the number of the name spelled
        # so, -1 if none is.
        self.initials = np.array(
            [names.get(i, -1) if (i := rules.initials(n)) else -1 for n in spelled],
            dtype=np.int64,
        )
        # Sets with a name without words (part of every name; "" in common names none, and
        # the first name found decides) are compared one pair at a time.
        self.odd = np.array([any(not n.split() for n in s) for s in sets], dtype=bool)
        self.name_count, self.word_count = max(len(names), 1), max(len(words), 1)
        owner = np.repeat(np.arange(len(sets)), self.members.lengths)
        self.has_name = np.sort(owner * self.name_count + self.members.items)
        # Each (set, word of one of its names) as one number, sorted, with that name.
        entry, word = self.words.exploded(self.members.items)
        name = self.members.items[entry]
        key = owner[entry] * self.word_count + word
        order = np.argsort(key, kind="stable")
        self.word_key, self.word_name = key[order], name[order]

    def same(self, x: Ids, y: Ids) -> Flags:
        """Whether each pair of sets (``x[k]``, ``y[k]``) names one subject."""
        found = np.zeros(len(x), dtype=bool)
        pair, names = self.members.exploded(x)
        # A name in common.
        found[pair[_among(self.has_name, y[pair] * self.name_count + names)]] = True
        # A name of x whose words are some of a name's of y, or the other way round: for
        # each word of each name of x, the names of y with that word.
        entry, words = self.words.exploded(names)
        pair = pair[entry]
        key = y[pair] * self.word_count + words
        low = np.searchsorted(self.word_key, key, side="left")
        high = np.searchsorted(self.word_key, key, side="right")
        hits = high - low
        mine = np.repeat(names[entry], hits)
        pair = np.repeat(pair, hits)
        theirs = self.word_name[_ranges(low, hits)]
        triple = (pair * self.name_count + mine) * self.name_count + theirs
        triple, shared = np.unique(triple, return_counts=True)
        pair, rest = np.divmod(triple, self.name_count * self.name_count)
        mine, theirs = np.divmod(rest, self.name_count)
        within = (shared == self.words.lengths[mine]) | (shared == self.words.lengths[theirs])
        found[pair[within & (self.several[mine] | self.spaced[theirs])]] = True
        # A name of one that is the initials of a name of the other.
        for first, second in ((x, y), (y, x)):
            pair, names = self.members.exploded(second)
            short = self.initials[names]
            pair, short = pair[short >= 0], short[short >= 0]
            found[pair[_among(self.has_name, first[pair] * self.name_count + short)]] = True
        odd = np.flatnonzero(self.odd[x] | self.odd[y])
        for k, i, j in zip(odd.tolist(), x[odd].tolist(), y[odd].tolist(), strict=True):
            found[k] = bool(rules._same_name(self.sets[i], self.sets[j]))
        return found


class _Flat:
    """Lists of numbers held flat: every item in one array, each list a slice."""

    def __init__(self, lists: list[list[int]]) -> None:
        self.lengths = np.array([len(items) for items in lists], dtype=np.int64)
        self.starts = np.concatenate(([0], np.cumsum(self.lengths)[:-1])).astype(np.int64)
        self.items = np.fromiter(
            (i for items in lists for i in items), dtype=np.int64, count=int(self.lengths.sum())
        )

    def slots(self, lists: Ids) -> Ids:
        """Where the items of the lists numbered ``lists`` are, one after the other."""
        return _ranges(self.starts[lists], self.lengths[lists])

    def exploded(self, lists: Ids) -> tuple[Ids, Ids]:
        """Each item of the lists ``lists`` (their ``k``s and the items)."""
        return np.repeat(np.arange(len(lists)), self.lengths[lists]), self.items[self.slots(lists)]


def _ranges(starts: Ids, lengths: Ids) -> Ids:
    """The numbers from ``starts[k]`` on, ``lengths[k]`` of them, for each ``k`` in turn."""
    ends = np.cumsum(lengths)
    total = int(ends[-1]) if len(ends) else 0
    return np.arange(total) + np.repeat(starts - (ends - lengths), lengths)


def _among(sorted_keys: Ids, keys: Ids) -> Flags:
    """Whether each of ``keys`` is one of ``sorted_keys``."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[at] == keys


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
        self.plain_head = self.postings.plain_head.astype(np.int64)
        self.generic = np.array([c.head in rules.UNSCORED_NOUNS for c in clues], dtype=bool)
        self.person = np.array([c.head == rules.PERSON for c in clues], dtype=bool)
        self.of_people = np.array([rules.of_people(c.head) for c in clues], dtype=bool)
        self.by_unit = np.array([c.head in rules.UNIT_HEADS for c in clues], dtype=bool)
        self.measure = np.array([rules.of_a_measure(c.dimension) for c in clues], dtype=bool)
        # Each claim's places and the places of its article, numbered as one set of sets.
        every_place, self.place_sets = _numbered(
            [c.whom.places for c in clues]
            + [rarity.places.get(c.article_id, rules._NONE) for c in clues],
            rules._NONE,
        )
        self.places, self.article_places = every_place[: len(clues)], every_place[len(clues) :]
        # Each claim's subjects and the names of its article, numbered as one set of sets.
        names = [rarity.names.get(c.article_id, rules._NONE) for c in clues]
        every, sets = _numbered([c.whom.orgs for c in clues] + names, rules._NONE)
        self.names = _Names(sets)
        self.org_sets = sets
        self.orgs, self.article_names = every[: len(clues)], every[len(clues) :]
        self.carried = np.array([c.whom.carried for c in clues], dtype=bool)
        self.beside = np.array([c.whom.beside for c in clues], dtype=bool)
        intervals = [c.interval for c in clues]
        self.low = np.array([0.0 if i is None else i.low for i in intervals])
        self.high = np.array([0.0 if i is None else i.high for i in intervals])
        self.stated = np.array([c.stated for c in clues], dtype=np.float64)
        self.precise = np.array([rules.precise(c) for c in clues], dtype=bool)
        self.unit, self.units = _numbered(["" if i is None else i.unit for i in intervals], "")
        self.said, _ = _numbered([c.said_unit for c in clues], "")
        self.disputes = np.array([c.disputes for c in clues], dtype=bool)
        self.fresh = np.array([c.fresh for c in clues], dtype=bool)
        self.part = np.array([c.part for c in clues], dtype=bool)
        self.instance, _ = _numbered([c.instance for c in clues], "")
        self.qualified, _ = _numbered([qualified_by(c.head) for c in clues], "")
        self.aimed = np.array([aimed(c.head) for c in clues], dtype=bool)
        self.counts, _ = _numbered([rules.counts_of(c) for c in clues], "")
        self.thing, _ = _numbered([thing_of(c.instance) for c in clues], "")
        self.valued = np.array([i is not None for i in intervals], dtype=bool)
        self.rate = rate

    def units_differ(self, a: Ids, b: Ids) -> Flags:
        """:func:`~factdb.facts.match._units_differ` of each pair."""
        said_a, said_b = self.said[a], self.said[b]
        return (said_a > 0) & (said_b > 0) & (said_a != said_b)

    def scores(self, a: Ids, b: Ids, what: Floats) -> tuple[Floats, Flags, Flags, Flags, Flags]:
        """The score of each pair (claim ``a``, candidate ``b``, their share ``what``), whether
        each article names the other's subjects, whether one value is the other converted,
        whether one is set against another source's figure with another value, whether both
        are about the same named subject and count the same noun or one names none."""
        whom, both_named = self._whom(a, b)
        value, disputed, converted, far, changeable = self._value(a, b)
        both_named &= ~far  # as match.evidence: far values keep two named subjects apart
        other, same = self._nouns(a, b)
        noun = np.where(other, rules.OTHER_NOUN, 0.0)
        one_part = self.part[a] != self.part[b]
        part = np.where(one_part, rules.OTHER_NOUN, 0.0)
        named = np.where(self._part_named(a, b, one_part), rules.PART_NAMED, 0.0)
        thing = self.thing[a]
        others = (thing > 0) & (thing == self.thing[b]) & (self.instance[a] != self.instance[b])
        heads = (self.head[a] >= 0) & (self.head[b] >= 0)
        # (as match.evidence: a target restated with its value is the target)
        restated_target = (self.aimed[a] != self.aimed[b]) & (value >= rules.VALUES_EQUAL - 1e-9)
        others |= (self.qualified[a] != self.qualified[b]) & heads & ~restated_target
        counts_a, counts_b = self.counts[a], self.counts[b]
        others |= (counts_a > 0) & (counts_b > 0) & (counts_a != counts_b)
        instance = np.where(others, rules.OTHER_INSTANCE, 0.0)
        same_noun = np.where(same & (whom >= 0), rules.SAME_NOUN, 0.0)
        bonus = np.where(disputed, rules.DISPUTED, 0.0)
        changed = np.where(changeable & (self.fresh[a] | self.fresh[b]), rules.CHANGED, 0.0)
        unnamed = (self.head[a] < 0) | (self.head[b] < 0)
        alike = (same | unnamed) & (whom >= rules.SAME_SUBJECT - 1e-9)
        # as match.evidence: one value of a measure its unit names
        # (or of a measure no other figure shares, one of them unnamed)
        equal = (value >= rules.VALUES_EQUAL - 1e-9) & (whom >= 0)
        alike |= equal & ((same & self.by_unit[a]) | ((same | unnamed) & self.measure[a]))
        # as match.evidence: another subject, a part against a whole, or another noun, and
        # values far apart: a look-alike twice over
        against = np.where(
            far & ((whom < 0) | one_part | self._unlike(a, b)), rules.VALUES_FAR, 0.0
        )
        score = (
            ((((what + noun) + part) + named) + instance)
            + whom
            + same_noun
            + value
            + bonus
            + changed
        ) + against
        return score, both_named, converted, disputed, alike

    def _part_named(self, a: Ids, b: Ids, one_part: Flags) -> Flags:
        """Whether the part of each pair of a part and a whole names a subject the whole does
        not (see :func:`~factdb.facts.match.evidence`)."""
        of_part = np.where(self.part[a], self.orgs[a], self.orgs[b])
        of_whole = np.where(self.part[a], self.orgs[b], self.orgs[a])
        sets = self.org_sets

        def beyond(x: int, y: int) -> bool:
            return bool(sets[x] - sets[y])

        return _pairwise(beyond, of_part, of_whole, one_part & (of_part > 0)) > 0

    def _nouns(self, a: Ids, b: Ids) -> tuple[Flags, Flags]:
        """Whether each pair counts other nouns (see :func:`~factdb.facts.match.evidence`),
        and whether it counts the same one."""
        head_a, head_b = self.head[a], self.head[b]
        cadenced = (self.plain_head[a] == head_b) | (self.plain_head[b] == head_a)
        other = (
            (head_a >= 0)
            & (head_b >= 0)
            & (head_a != head_b)
            & (
                cadenced
                | (
                    ~self.postings.have(b, head_a, rules.OTHERS)
                    & ~self.postings.have(a, head_b, rules.OTHERS)
                )
            )
            & ~self.generic[a]
            & ~self.generic[b]
            & ~self._people_alike(a, b)
        )
        return other, (head_a >= 0) & (head_a == head_b) & ~self.generic[a]

    def _people_alike(self, a: Ids, b: Ids) -> Flags:
        """Whether one counts plain people, the other people or what happens to them (see
        :func:`~factdb.facts.match.people_alike`)."""
        return (self.person[a] & self.of_people[b]) | (self.person[b] & self.of_people[a])

    def _unlike(self, a: Ids, b: Ids) -> Flags:
        """Whether each pair counts nouns neither of which is the other's with a cadence or
        target (see :func:`~factdb.facts.match.unlike`)."""
        head_a, head_b = self.head[a], self.head[b]
        return (
            (head_a >= 0)
            & (head_b >= 0)
            & (head_a != head_b)
            & (self.plain_head[a] != head_b)
            & (self.plain_head[b] != head_a)
            & ~self.generic[a]
            & ~self.generic[b]
            & ~self._people_alike(a, b)
        )

    def _whom(self, a: Ids, b: Ids) -> tuple[Floats, Flags]:
        orgs_a, orgs_b = self.orgs[a], self.orgs[b]
        both = (orgs_a > 0) & (orgs_b > 0)

        same_subject = self._same(orgs_a, orgs_b, both)
        differ = both & ~same_subject
        both_named = (
            differ
            & ~self.beside[a]
            & ~self.beside[b]
            & self._same(orgs_a, self.article_names[b], differ)
            & self._same(orgs_b, self.article_names[a], differ)
        )
        carried = self.carried[a] | self.carried[b]
        subject = np.where(
            same_subject,
            rules.SAME_SUBJECT,
            np.where(both_named, 0.0, np.where(carried, rules.OTHER_CARRIED, rules.OTHER_SUBJECT)),
        )
        # A company against territories the company's article does not name, none shared.
        places_a, places_b = self.places[a], self.places[b]
        one = (orgs_a > 0) != (orgs_b > 0)
        home = np.where(orgs_a > 0, self.article_places[a], self.article_places[b])
        other = np.where(orgs_a > 0, places_b, places_a)
        places = self.place_sets

        def beyond(x: int, y: int) -> bool:
            return places[x].isdisjoint(places[y])

        unnamed = _pairwise(beyond, other, home, one & (other > 0) & ~carried) > 0
        org = np.where(both, subject, np.where(unnamed, rules.ORG_VS_PLACE, 0.0))

        def meet(x: int, y: int) -> bool:
            mine, theirs = places[x], places[y]
            return not mine.isdisjoint(theirs) and not (mine - theirs and theirs - mine)

        in_both = (places_a > 0) & (places_b > 0)
        common = _pairwise(meet, places_a, places_b, in_both) > 0
        place = np.where(in_both, np.where(common, rules.SAME_PLACE, rules.OTHER_PLACE), 0.0)
        return org + place, both_named

    def _same(self, x: Ids, y: Ids, where: Flags) -> Flags:
        """Whether the sets of names ``x`` and ``y`` name one subject, where ``where``."""
        found = np.zeros(len(x), dtype=bool)
        found[where] = self.names.same(x[where], y[where])
        return found

    def _value(self, a: Ids, b: Ids) -> tuple[Floats, Flags, Flags, Flags, Flags]:
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
        equal = np.where(unit_a == unit_b, rules.EQUAL, rules.EQUAL_CONVERTED)
        same = (np.abs(x - y) <= equal * np.maximum(np.abs(x), np.abs(y))) | (
            (low_a <= y) & (y <= high_a) & (low_b <= x) & (x <= high_b)
        )
        same &= known
        # two caps state one limit each (match._cap): they agree only as their values do
        cap_a = (low_a <= 0) & (x > 0) & (x == high_a)
        cap_b = (low_b <= 0) & (y > 0) & (y == high_b)
        caps = cap_a & cap_b
        # (a cap does not agree with what is far below it: match.evidence)
        overlaps = (
            known
            & (low_a <= high_b)
            & (low_b <= high_a)
            & ~caps
            & ~((cap_a != cap_b) & (_times(x, y) > rules.FAR))
        )
        ratio = _times(np.abs(high_a) + np.abs(low_a), np.abs(high_b) + np.abs(low_b))
        close = known & (ratio <= rules.CLOSE)
        converted = same & self.units_differ(a, b)
        argues = (self.disputes[a] | self.disputes[b]) & (ratio <= rules.DISPUTED_SPAN)
        # (how many times the higher interval starts above where the lower ends: match._gap)
        gap = np.where(
            caps,
            _times(x, y),
            np.where(low_a <= low_b, _times(high_a, low_b), _times(high_b, low_a)),
        )
        head_a, head_b = self.head[a], self.head[b]
        of_one = (head_a < 0) | (head_b < 0) | (head_a == head_b)  # as match.evidence
        misprinted = known & rules.misprinted(x, y) & of_one
        far = known & (gap > rules.FAR) & ~argues & ~misprinted
        disputed = known & ~same & ~overlaps & self.valued[a] & self.valued[b] & argues
        value = np.where(
            same,
            np.where(
                converted,
                rules.VALUES_CONVERTED,
                np.where(
                    (unit_a == unit_b) & (x == self.stated[b]) & self.precise[a] & self.precise[b],
                    rules.VALUES_PRECISE,
                    rules.VALUES_EQUAL,
                ),
            ),
            np.where(
                overlaps,
                rules.VALUES_AGREE,
                np.where(
                    close | misprinted,
                    rules.VALUES_CLOSE,
                    np.where(far, np.where(gap > rules.VERY_FAR, 2, 1) * rules.VALUES_FAR, 0.0),
                ),
            ),
        )
        # (far as scored: neither the same value, nor overlapping, nor close)
        far &= ~same & ~overlaps & ~close
        # other values not far apart: one said as changed may be a new value of the other's
        changeable = known & self.valued[a] & self.valued[b] & ~same & ~overlaps & ~far
        return value, disputed, converted, far, changeable


def _times(p: Floats, q: Floats) -> Floats:
    """How many times the larger of each pair is the smaller, in absolute value (infinite
    if the smaller is 0): :func:`~factdb.facts.match._apart_by` of each pair."""
    small, large = np.minimum(np.abs(p), np.abs(q)), np.maximum(np.abs(p), np.abs(q))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(small != 0, large / np.where(small != 0, small, 1.0), np.inf)


class Matches(NamedTuple):
    """Best matches, one entry each: the claim matched and its match (``a``, ``b``: indexes
    of the clues), claims in order, each claim's best first, and the numbers of their
    :class:`~factdb.facts.match.Evidence`. Arrays: a Python object per match would weigh
    ~250 bytes, for ~2.5 matches a claim, all held through matching."""

    a: Ids
    b: Ids
    score: Floats
    what: Floats
    common: Floats
    both_named: Flags
    converted: Flags
    disputed: Flags
    alike: Flags


# The types of the arrays of Matches, in order.
_KINDS = (np.int64, np.int64, np.float64, np.float64, np.float64, bool, bool, bool, bool)


def joined(parts: Sequence[Matches]) -> Matches:
    """The matches of ``parts`` (of distinct claims) as one, claims in order."""
    if not parts:
        return Matches(*(np.zeros(0, dtype=kind) for kind in _KINDS))
    together = [np.concatenate(arrays) for arrays in zip(*parts, strict=True)]
    order = np.argsort(together[0], kind="stable")  # each claim's matches stay best first
    return Matches(*(x[order] for x in together))


def best_of(batch: Batch, scorer: Scorer) -> Matches:
    """The best :data:`~factdb.facts.match.MATCHES` matches of each claim of ``batch`` that
    has some, as :func:`~factdb.facts.match.best_matches` chooses them from the claim's
    candidates in their order."""
    a, b, common, what = batch.a, batch.b, batch.common, batch.what
    score, both_named, converted, disputed, alike = scorer.scores(a, b, what)
    least = np.where(
        converted,
        rules.MIN_WHAT_CONVERTED,
        np.where(
            disputed,
            rules.MIN_WHAT_DISPUTED,
            np.where(alike, rules.MIN_WHAT_ALIKE, rules.MIN_WHAT),
        ),
    )
    good = (what >= least) & (score >= rules.THRESHOLD)
    # FLOOR is the least "what" that every other part of the evidence together can lift to
    # THRESHOLD: a candidate whose "what" plus that most cannot enter the best MATCHES so far
    # is not taken.
    bonus = rules.THRESHOLD - rules.FLOOR + 1e-9
    kept = np.flatnonzero(good)
    # Python lists: indexing them is many times cheaper than indexing arrays.
    scores, share = score.tolist(), what.tolist()
    picked: list[int] = []  # the pairs chosen, by claim, best first

    def choose(taken: list[int]) -> None:
        picked.extend(sorted(taken, key=scores.__getitem__, reverse=True)[: rules.MATCHES])

    claim = -1
    taken: list[int] = []  # the pairs taken, in the candidates' order
    top: list[float] = []  # their scores, ascending
    for k, i in zip(kept.tolist(), a[kept].tolist(), strict=True):
        if i != claim:
            choose(taken)
            claim, taken, top = i, [], []
        points = scores[k]
        if len(top) >= rules.MATCHES and share[k] + bonus < top[-rules.MATCHES]:
            continue  # as _least: the score a match must beat to enter the best MATCHES
        taken.append(k)
        bisect.insort(top, points)
    choose(taken)
    at = np.array(picked, dtype=np.int64)
    return Matches(
        a[at], b[at], score[at], what[at], common[at],
        both_named[at], converted[at], disputed[at], alike[at],
    )  # fmt: skip
