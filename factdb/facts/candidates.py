"""Candidate matches of each claim, found in bulk: the claims of other articles whose context
and its own have the largest share of rarity-weighted words in common (see
:mod:`factdb.facts.match`): the share, not the weight, so a terse restatement ("Gogoro: 12,500
stations") is not crowded out by long sentences that share more words.

Every claim's words are numbered once and held in flat arrays, the postings of each word (the
claims using it, within one dimension) are slices of one array, and the shared weight of every
pair of claims is summed by numpy for a batch of claims at a time, so memory stays bounded
whatever the corpus's size. The result is the one a dictionary per claim gave: the same sums
(each pair's words added in the claim's word order) and the same ranking (ties in the order
the candidates were first met).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from numpy.typing import NDArray

from factdb.facts.noun_keys import plain_head

if TYPE_CHECKING:
    from factdb.facts.match import Clue

BATCH = 2048  # claims whose candidates are summed together


class Batch(NamedTuple):
    """The candidates of the claims ``low`` to ``high``: each pair's claim matched (``a``),
    candidate (``b``), common weight and its share ("what"), by claim matched, best first."""

    low: int
    high: int
    a: NDArray[np.int64]
    b: NDArray[np.int64]
    common: NDArray[np.float64]
    what: NDArray[np.float64]


Candidate = tuple[int, float, float]
"""A claim worth comparing in full: its index, the weight of the words it shares with the
claim matched, and that weight's share of both claims' words ("what")."""


class _Numbering(dict[str, int]):
    """One dimension's words by number, each new word numbered next among ``found``."""

    def __init__(self, found: list[str]) -> None:
        super().__init__()
        self.found = found

    def __missing__(self, word: str) -> int:
        number = self[word] = len(self.found)
        self.found.append(word)
        return number


class _Postings:
    """Every matchable claim's words, numbered per (dimension, word), and for each word the
    claims using it (in claim order) with the word's weight in each; each claim's norm."""

    def __init__(
        self, clues: Sequence[Clue], weight: Callable[[str], float], max_posting: int
    ) -> None:
        found: list[str] = []  # the words by number
        vocabularies: dict[str, _Numbering] = defaultdict(lambda: _Numbering(found))
        # Extended as they are met, made numpy arrays without a copy at the end: a list of
        # numbers would weigh twice as much, and numpy arrays cost more to extend.
        words = array("i")
        weights: list[array[float]] = []
        lengths = [0] * len(clues)
        heads = [-1] * len(clues)
        plain = [-1] * len(clues)
        for i, c in enumerate(clues):
            if c.interval is None:
                continue
            vocabulary = vocabularies[c.dimension]
            words.extend(map(vocabulary.__getitem__, c.words))
            weights.append(c.words.weights)
            lengths[i] = len(c.words)
            if c.head:
                heads[i] = vocabulary[c.head]
                plain[i] = vocabulary[plain_head(c.head)]
        del vocabularies
        self.owner: NDArray[np.int32] = np.repeat(
            np.arange(len(clues), dtype=np.int32), np.array(lengths, dtype=np.int64)
        )
        self.word: NDArray[np.int32] = np.frombuffer(words, dtype=np.int32)
        x = np.frombuffer(b"".join(weights), dtype=np.float64)
        del weights
        # The weights are a few distinct numbers (1, 1/2, 1/5): each is held as its rank among
        # them (``values``), so that the lower of two ranks is the rank of the lower weight.
        self.values: NDArray[np.float64] = np.unique(x)
        self.x = _ranks(x, self.values)
        del x
        self.rarity = np.fromiter(map(weight, found), dtype=np.float64, count=len(found))
        counts = np.bincount(self.word, minlength=len(found))
        # Words in too many claims propose no candidates.
        self.length = np.where(counts <= max_posting, counts, 0)
        self.start = np.concatenate(([0], np.cumsum(counts)[:-1]))
        order = np.argsort(self.word, kind="stable")  # claim order within a word
        self.posting_owner = self.owner[order]
        self.posting_x = self.x[order]
        del order
        # Where each claim's words begin in the flat arrays (they are in claim order).
        self.first = np.searchsorted(self.owner, np.arange(len(clues) + 1))
        # Each claim's counted noun (its head) by number, -1 if none; and every (claim, word,
        # weight's rank) as one sorted number, to ask whether a claim has a word (made in
        # place: a claim has a word once).
        self.head: NDArray[np.int32] = np.array(heads, dtype=np.int32)
        self.plain_head: NDArray[np.int32] = np.array(plain, dtype=np.int32)  # no cadence
        self.size = max(len(found), 1)
        self.has = self.owner.astype(np.int64)
        self.has *= self.size
        self.has += self.word
        self.has *= len(self.values)
        self.has += self.x
        self.has.sort()
        # Each claim's weight of its words together (Rarity.norm), summed in its word order.
        weights = self.rarity[self.word] * self.values[self.x]
        # (bincount with weights sums floats; numpy's stubs say integers)
        self.norms: NDArray[np.float64] = np.bincount(
            self.owner, weights=weights, minlength=len(clues)
        ).astype(np.float64, copy=False)

    def have(
        self, claims: NDArray[np.int64], words: NDArray[np.int64], above: float = 0.0
    ) -> NDArray[np.bool_]:
        """Whether each claim of ``claims`` has the word of ``words`` (numbers of one
        dimension's words; -1, no word, none has) weighing more than ``above``."""
        if not len(self.has):
            return np.zeros(len(claims), dtype=bool)
        ranks = len(self.values)
        wanted = (claims * self.size + words) * ranks
        at = np.minimum(np.searchsorted(self.has, wanted), len(self.has) - 1)
        rank = self.has[at] - wanted  # the weight's rank if the claim has the word
        found = (words >= 0) & (rank >= 0) & (rank < ranks)
        return found & (self.values[np.where(found, rank, 0)] > above)


_RANKED = 1 << 20  # weights ranked at a time


def _ranks(x: NDArray[np.float64], values: NDArray[np.float64]) -> NDArray[np.unsignedinteger]:
    """Each weight of ``x`` as its rank among ``values`` (sorted, holding every weight), in
    the smallest unsigned type that holds them; ranked in parts, so that no array of 8-byte
    ranks as long as ``x`` is made."""
    kind = np.uint8 if len(values) <= 1 << 8 else np.uint16 if len(values) <= 1 << 16 else np.uint32
    ranks: NDArray[np.unsignedinteger] = np.empty(len(x), dtype=kind)
    for start in range(0, len(x), _RANKED):
        ranks[start : start + _RANKED] = np.searchsorted(values, x[start : start + _RANKED])
    return ranks


class Candidates:
    """Every claim's candidates: for each claim with a usable value, the ``limit`` claims of
    other articles whose shared word weight (``weight``: a word's rarity; a shared word counts
    the lower of its two weights in the claims) is the largest share ("what", over the
    weight of both claims' words: :meth:`~factdb.facts.match.Rarity.norm`) of their words,
    those whose share is below ``floor`` left out, best first. The words are indexed once;
    the claims can then be ranked in parts (a core each)."""

    def __init__(
        self,
        clues: Sequence[Clue],
        weight: Callable[[str], float],
        *,
        limit: int,
        max_posting: int,
        floor: float,
    ) -> None:
        self.postings = _Postings(clues, weight, max_posting)
        self.article = np.array([c.article_id for c in clues], dtype=np.int64)
        self.matchable = np.array([c.interval is not None for c in clues])
        self.limit, self.floor = limit, floor

    def batches(self, part: int = 0, parts: int = 1) -> Iterator[Batch]:
        """The candidates of the batches of :data:`BATCH` claims numbered ``part`` modulo
        ``parts``: each batch's claims (from ``low`` to ``high``) and their candidates as
        arrays, by claim matched, best first."""
        n = len(self.article)
        for low in range(part * BATCH, n, parts * BATCH):
            high = min(low + BATCH, n)
            yield Batch(
                low,
                high,
                *_batch(self.postings, self.article, low, high, self.limit, self.floor),
            )


def _batch(
    postings: _Postings,
    article: NDArray[np.int64],
    low: int,
    high: int,
    limit: int,
    floor: float,
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]]:
    """The candidates of the claims ``low`` to ``high`` (see :class:`Candidates`), as the
    claim matched, the candidate, their common weight and its share, by claim matched."""
    p, norms = postings, postings.norms
    entries = np.arange(p.first[low], p.first[high])
    entries = entries[p.length[p.word[entries]] > 0]
    words = p.word[entries]
    lengths = p.length[words]
    # Every (word of a claim, claim of that word's posting) pair, in the claim's word order.
    entry = np.repeat(entries, lengths)
    ends = np.cumsum(lengths)
    pairs = int(ends[-1]) if len(ends) else 0
    slot = np.arange(pairs) + np.repeat(p.start[words] - (ends - lengths), lengths)
    a = p.owner[entry].astype(np.int64)
    b = p.posting_owner[slot].astype(np.int64)
    share = p.rarity[p.word[entry]] * p.values[np.minimum(p.x[entry], p.posting_x[slot])]
    other = article[a] != article[b]
    a, b, share = a[other], b[other], share[other]
    pair, met, group = np.unique(a * len(article) + b, return_index=True, return_inverse=True)
    common = np.bincount(group, weights=share, minlength=len(pair))  # summed in word order
    a, b = pair // len(article), pair % len(article)
    # As factdb.facts.match.evidence: the geometric mean of the cosine and the overlap.
    what = common / np.sqrt(np.sqrt(norms[a] * norms[b]) * np.minimum(norms[a], norms[b]))
    # Those below the floor would rank after every other candidate of their claim: left out
    # before ranking, they leave the ranks of the others as they were.
    kept = what >= floor
    a, b, common, what, met = a[kept], b[kept], common[kept], what[kept], met[kept]
    # Nor can those below a bound of each claim's ``limit``-th best: fewer pairs to rank.
    kept = what >= _below_top(a, what, limit)
    a, b, common, what, met = a[kept], b[kept], common[kept], what[kept], met[kept]
    order = np.lexsort((met, -what, a))  # best first, ties in the order first met
    a, b, common, what = a[order], b[order], common[order], what[order]
    top = np.arange(len(a)) - np.searchsorted(a, a) < limit
    return a[top], b[top], common[top], what[top]


def _below_top(a: NDArray[np.int64], what: NDArray[np.float64], limit: int) -> NDArray[np.float64]:
    """For each pair (claim ``a``, sorted, and its share ``what``), a share at most its claim's
    ``limit``-th largest: the least of the largest of ``limit`` runs of the claim's pairs
    (``limit`` pairs at least as large as it), or -inf for a claim of fewer pairs. Costs a few
    passes over the pairs, where ranking them all costs three sorts."""
    if not len(a):
        return np.zeros(0)
    starts = np.flatnonzero(np.concatenate(([True], a[1:] != a[:-1])))
    sizes = np.diff(np.append(starts, len(a)))
    at = np.arange(len(a)) - np.repeat(starts, sizes)
    run = at * limit // np.repeat(sizes, sizes)  # a claim of fewer pairs: one run each
    firsts = np.flatnonzero(np.concatenate(([True], (run[1:] != run[:-1]) | (at[1:] == 0))))
    runs = np.minimum(sizes, limit)
    least = np.minimum.reduceat(np.maximum.reduceat(what, firsts), np.cumsum(runs) - runs)
    return np.repeat(np.where(sizes >= limit, least, -np.inf), sizes)
