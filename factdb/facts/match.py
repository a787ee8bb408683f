"""Matching claims across articles: the same figure restated in other words joins one fact.

Each tracked claim is described by what its sentence says around the figure (:class:`Clue`):
its content words (case-folded, singular, hyphens and compounds split, function words and
number words dropped), weighted by how rare they are in the corpus and by how close they
stand to the figure; whom it is about (the subject rules of :mod:`factdb.facts.entities`,
else a name of the article's title); and the values it allows (:mod:`factdb.facts.measure`).
Two claims of different articles are compared only within one dimension, and the evidence
adds up (:func:`evidence`), each part explained in words:

* **what**: the rarity-weighted share of words the two contexts have in common;
* **whom**: the same subject counts for, two different ones (another country, company or
  person) count strongly against — a look-alike;
* **value**, supporting only: values that allow a common value (after unit conversion) count
  a little for, values more than :data:`FAR` apart a little against.

A claim joins the fact of its best match in another article when the score reaches
:data:`THRESHOLD` (claims with one grouping key are already one fact). The fact keeps the key
of its earliest claim, so keys stay stable as articles are added.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factdb.facts.candidates import candidates
from factdb.facts.entities import territory_names
from factdb.facts.measure import Interval
from factdb.facts.noun_keys import singular
from factdb.facts.statement import Statement

THRESHOLD = 0.33
MIN_WHAT = 0.1  # less context than this in common is no match, whatever else agrees
# Weights of the evidence (see the module's rules).
OTHER_NOUN = -0.1
SAME_SUBJECT, NAMED_NEARBY, OTHER_SUBJECT = 0.15, 0.1, -0.45
VALUES_EQUAL, VALUES_AGREE, VALUES_FAR = 0.2, 0.1, -0.12
FLOOR = THRESHOLD - SAME_SUBJECT - VALUES_EQUAL  # "what" below this cannot reach THRESHOLD
EQUAL = 0.02  # values this close (relative) after conversion are the same number
FAR = 3.0  # values further apart than this factor count against a match
NEAR = 40  # words this many characters from the figure weigh full, further ones FURTHER
FURTHER = 0.5
OTHERS = 0.2  # the weight of a word nearer another figure of the sentence
CANDIDATES = 10  # the claims sharing the most rare words, scored in full
MAX_POSTING = 50  # words in more claims than this do not propose candidates (too common)
# Words that say nothing about what is measured: function words, reporting verbs, number
# words, and words of time (the date is compared apart).
_STOPWORDS = """
    a about above according across after again against all almost along already also although
    among an and another any are around as at be because been before being below between both
    but by can could did do does down during each either even ever every few for from further
    had has have having he her here hers him his how however i if in into is it its itself just
    last least less like many may might more most much must my near nearly new next no nor not
    now of off on once one only or other our out over own per put rather roughly same say said
    says she should since so some still such than that the their them then there these they
    this those though through to too under until up upon us very was we were what when where
    which while who whom why will with within without would yet you your
    zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen half
    percent per cent quarter third tenth
    year month week day today yesterday time early late end middle mid spring summer autumn
    fall winter january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday
    according reported report estimate estimated figure figures number total some
    """
STOPWORDS = frozenset(_STOPWORDS.split())
# Spellings folded to one form (British → American), so "centre" matches "center".
SPELLINGS: dict[str, str] = {
    "centre": "center", "metre": "meter", "kilometre": "kilometer", "litre": "liter",
    "programme": "program", "defence": "defense", "tonne": "ton", "organisation": "organization",
}  # fmt: skip
# A sentence stating one figure at two times: "540, up from the roughly 400", "from 8.1
# million to 8.8 million", "compared with 230 a year earlier".
_CHANGE = re.compile(
    r"""\b(?:up|down|rising|falling|rose|fell|grew|increased|decreased|jumped|dropped)\s+from\b
    | \bfrom\s+(?:about\s+|roughly\s+|around\s+)?[$€£¥]?\d[\d,.]*\s*\w*\s+to\b
    | \bcompared\s+(?:with|to)\b""",
    re.VERBOSE | re.IGNORECASE,
)
_TOKEN = re.compile(r"[a-z][a-z']*")
# Inflections dropped so that "refuelling" meets "refuel" and "operated" meets "operate".
_INFLECTION = re.compile(r"(?:ing|ed)$")


@lru_cache(maxsize=1 << 16)
def term(word: str) -> str:
    """A word's matching form: spelling folded, singular, without -ing/-ed, doubled letter
    undone ("refuelling" → "refuel")."""
    word = SPELLINGS.get(word, word).removesuffix("'s").removesuffix("'")
    word = singular(word)
    if len(word) > 5:
        stem = _INFLECTION.sub("", word)
        if stem != word:
            word = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
    return word


def _folded(text: str) -> str:
    # Same length as ``text``, so that offsets still apply.
    return text.lower().replace("’", "'").replace("-", " ")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(_folded(text))


@dataclass(frozen=True, slots=True)
class Clue:
    """What a claim's sentence says around its figure: words with their weight (1 near the
    figure, 1/2 further), its subject and its allowed values."""

    claim_id: int
    article_id: int
    sentence: int  # where its sentence starts: a sentence's figures measure different things…
    change: bool  # …unless it states a change ("540, up from 400"): one figure, two times
    dimension: str
    words: dict[str, float]
    head: str  # the counted noun's last word as a term, "" if none
    subject: str
    names: frozenset[str]  # names in the sentence, case-folded, territories canonical
    context: frozenset[str]  # names in the article's title and figures' sentences
    interval: Interval | None  # None: vague, not compared
    date: str  # the figure's date (its own, else its article's), "" if none


def clues_of(rows: Iterable[Any], statements: dict[int, Statement]) -> list[Clue]:
    """The clues of the claims ``rows`` (of :data:`~factdb.facts.statement.COLUMNS`, with
    ``title``) whose statements are in ``statements``; an article's names are those of its
    title and of every figure's sentence. A claim whose noun a reviewer corrected has none:
    the reviewer said what it counts, so it joins only claims of its own key."""
    chosen = [r for r in rows if r.id in statements and r.corrected_noun is None]
    context: dict[int, set[str]] = defaultdict(set)
    figures: dict[tuple[int, int], list[int]] = defaultdict(list)
    for r in chosen:
        context[r.article_id] |= names_in(r.sentence)
        figures[r.article_id, r.sentence_start].append(r.start - r.sentence_start)
    for r in chosen:
        context[r.article_id] |= names_in(r.title)
    frozen = {article: frozenset(names) for article, names in context.items()}
    found = []
    for r in chosen:
        s = statements[r.id]
        offset = r.start - r.sentence_start
        found.append(
            clue(
                r.id,
                r.article_id,
                r.sentence_start,
                s.dimension,
                r.sentence,
                offset,
                len(r.quote),
                r.noun,
                s.subject,
                frozen[r.article_id],
                None if s.vague else s.interval,
                s.date or "",
                [o for o in figures[r.article_id, r.sentence_start] if o != offset],
            )
        )
    return found


def clue(
    claim_id: int,
    article_id: int,
    sentence_start: int,
    dimension: str,
    sentence: str,
    offset: int,
    length: int,
    noun: str,
    subject: str,
    context: frozenset[str],
    interval: Interval | None,
    date: str = "",
    others: Sequence[int] = (),
) -> Clue:
    """The clue of the figure at ``sentence[offset:offset + length]`` counting ``noun``;
    ``others``: where the sentence's other figures start (each figure owns the words
    nearest to it; a word nearer another figure weighs :data:`OTHERS`)."""
    words: dict[str, float] = {}
    end = offset + length
    for match in _TOKEN.finditer(_folded(sentence)):
        word = match.group()
        if word in STOPWORDS or len(word) < 2:
            continue
        at = match.start()
        distance = offset - match.end() if at < offset else at - end
        if offset <= at < end:
            # The figure's own words ("years", "exaflops") are its unit: the dimension says
            # most of that already.
            weight = FURTHER
        elif any(abs(at - o) < distance for o in others):
            weight = OTHERS
        else:
            weight = 1.0 if distance < NEAR else FURTHER
        key = term(word)
        words[key] = max(words.get(key, 0.0), weight)
    nouns = [term(w) for w in _words(noun) if w not in STOPWORDS]
    for word in nouns:
        words[word] = 1.0
    return Clue(
        claim_id, article_id, sentence_start, bool(_CHANGE.search(sentence)), dimension, words,
        nouns[-1] if nouns else "",
        subject.casefold(),
        names_in(sentence), context,
        interval, date,
    )  # fmt: skip


@lru_cache(maxsize=1 << 16)
def names_in(text: str) -> frozenset[str]:
    """The capitalised names of ``text``, case-folded, with each territory's canonical name
    ("Chinese" → "china")."""
    pattern, territories = territory_names()
    found = {_POSSESSIVE.sub("", n).casefold() for n in _NAMES.findall(text)}
    found.update(territories[m.group()].casefold() for m in pattern.finditer(text))
    return frozenset(found)


_POSSESSIVE = re.compile(r"[’']s?$")
_NAMES = re.compile(r"\b[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two claims are (or are not) the same figure: the score and each part in words."""

    score: float
    what: float  # the share of context in common, the part that must carry a match
    parts: tuple[str, ...]


class Rarity:
    """How rare each word is among the claims (inverse document frequency)."""

    def __init__(self, clues: Iterable[Clue]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for c in clues:
            n += 1
            df.update(c.words.keys())
        self.df = df
        self.weights = {w: math.log((n + 1) / (k + 1)) + 0.1 for w, k in df.items()}
        self.unseen = math.log(n + 1) + 0.1
        self._norms: dict[int, float] = {}

    def weight(self, word: str) -> float:
        """log(N / df), plus a little so a word every claim has still counts."""
        return self.weights.get(word, self.unseen)

    def norm(self, c: Clue) -> float:
        """The weight of a clue's words together."""
        found = self._norms.get(c.claim_id)
        if found is None:
            weight = self.weight
            found = self._norms[c.claim_id] = sum(weight(w) * x for w, x in c.words.items())
        return found


def evidence(
    a: Clue,
    b: Clue,
    rarity: Rarity,
    rate: Callable[[str, str], float | None],
    common: float | None = None,
) -> Evidence:
    """The evidence that ``a`` and ``b`` state the same figure (see the module's rules);
    ``rate(from, to)`` converts between the units of money; ``common``: the weight of their
    shared words, if known."""
    shared = a.words.keys() & b.words.keys()
    if common is None:
        common = sum(rarity.weight(w) * min(a.words[w], b.words[w]) for w in shared)
    own_a, own_b = rarity.norm(a), rarity.norm(b)
    what = common / math.sqrt(own_a * own_b) if own_a and own_b else 0.0
    top = sorted(shared, key=rarity.weight, reverse=True)[:4]
    parts = [f"what: {what:.0%} of the context in common ({', '.join(top) or 'no words'})"]
    score = what
    if a.head and b.head and a.head != b.head and a.head not in b.words and b.head not in a.words:
        score += OTHER_NOUN
        parts.append(f"what: counts {a.head!r} vs {b.head!r} ({OTHER_NOUN:+.2f})")
    if a.subject and b.subject and a.subject == b.subject:
        score += SAME_SUBJECT
        parts.append(f"whom: both about {a.subject!r} (+{SAME_SUBJECT:.2f})")
    elif a.subject and b.subject:
        # Two countries exclude each other unless a sentence names both; a company or person
        # other than the other article's subjects is another subject.
        seen = b.names if _is_territory(a.subject) and _is_territory(b.subject) else b.context
        seen_a = a.names if seen is b.names else a.context
        if a.subject not in seen and b.subject not in seen_a:
            score += OTHER_SUBJECT
            parts.append(f"whom: {a.subject!r} vs {b.subject!r} ({OTHER_SUBJECT:+.2f})")
    elif a.subject in b.context or b.subject in a.context:
        score += NAMED_NEARBY
        name = a.subject or b.subject
        parts.append(f"whom: {name!r}, named in the other's article (+{NAMED_NEARBY:.2f})")
    if a.interval is not None and b.interval is not None:
        factor = (
            rate(b.interval.unit, a.interval.unit) if b.interval.unit != a.interval.unit else 1.0
        )
        if factor is not None:
            other = b.interval.scaled(factor, a.interval.unit)
            if _close(a.interval, other):
                score += VALUES_EQUAL
                parts.append(f"value: the same after conversion (+{VALUES_EQUAL:.2f})")
            elif a.interval.overlaps(other):
                score += VALUES_AGREE
                parts.append(f"value: both allow a common value (+{VALUES_AGREE:.2f})")
            elif _ratio(a.interval, other) > FAR:
                score += VALUES_FAR
                parts.append(f"value: more than {FAR:g}x apart ({VALUES_FAR:+.2f})")
    if a.date and b.date:
        same = a.date.startswith(b.date) or b.date.startswith(a.date)
        parts.append(
            "when: the same period" if same else f"when: {a.date} vs {b.date} (not scored)"
        )
    return Evidence(score, what, tuple(parts))


@lru_cache(maxsize=1)
def _territory_set() -> frozenset[str]:
    return frozenset(name.casefold() for name in territory_names()[1].values())


def _is_territory(name: str) -> bool:
    return name in _territory_set()


def _close(a: Interval, b: Interval) -> bool:
    x, y = (a.low + a.high) / 2, (b.low + b.high) / 2
    return abs(x - y) <= EQUAL * max(abs(x), abs(y))


def _ratio(a: Interval, b: Interval) -> float:
    low, high = sorted((abs(a.high) + abs(a.low), abs(b.high) + abs(b.low)))
    return high / low if low else math.inf


class _Union:
    """Claims joined into facts; a fact never takes two figures of one sentence."""

    def __init__(self, sentences: dict[int, tuple[int, int]]) -> None:
        self.parent: dict[int, int] = {}
        self.sentences: dict[int, set[tuple[int, int]]] = {
            claim_id: {sentence} for claim_id, sentence in sentences.items()
        }

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def join(self, a: int, b: int, *, apart: bool = True) -> None:
        """Join the facts of ``a`` and ``b``; if ``apart``, not when they share a sentence."""
        ra, rb = sorted((self.find(a), self.find(b)))  # the earliest claim stays the root
        if ra == rb:
            return
        mine, theirs = self.sentences.pop(ra, set()), self.sentences.pop(rb, set())
        if apart and not mine.isdisjoint(theirs):
            self.sentences[ra], self.sentences[rb] = mine, theirs
            return
        self.parent[rb] = ra
        self.sentences[ra] = mine | theirs if len(mine) > len(theirs) else theirs | mine


def best_matches(
    clues: Sequence[Clue], rate: Callable[[str, str], float | None]
) -> dict[int, tuple[int, Evidence]]:
    """Each claim's best match in another article scoring at least :data:`THRESHOLD`."""
    rarity = Rarity(clues)
    # A vague figure ("thousands") restates nothing in particular: it neither matches nor
    # is matched (:func:`candidates` skips it). FLOOR is the least "what" that every other
    # part of the evidence together can lift to THRESHOLD: a candidate whose "what" plus
    # that most cannot beat the best score so far is not compared in full.
    bonus = THRESHOLD - FLOOR + 1e-9
    found: dict[int, tuple[int, Evidence]] = {}
    ranked = candidates(
        clues, rarity.weight, rarity.norm, limit=CANDIDATES, max_posting=MAX_POSTING, floor=FLOOR
    )
    for i, among in ranked:
        a = clues[i]
        best: tuple[int, Evidence] | None = None
        for j, common, what in among:
            if best is not None and what + bonus < best[1].score:
                continue
            b = clues[j]
            e = evidence(a, b, rarity, rate, common)
            good = e.what >= MIN_WHAT and e.score >= THRESHOLD
            if good and (best is None or e.score > best[1].score):
                best = (b.claim_id, e)
        if best is not None:
            found[a.claim_id] = best
    return found


def matched_keys(
    keys: dict[int, str], clues: Sequence[Clue], rate: Callable[[str, str], float | None]
) -> tuple[dict[int, str], dict[int, str]]:
    """Each claim's key after matching: claims sharing a key or matched across articles
    form one fact (strongest matches first; never two figures of one sentence), keyed by its
    earliest claim's key; and, for each claim that joined by a match, the evidence in words."""
    # A change sentence's figures may share a fact, so its sentence is not recorded.
    union = _Union({c.claim_id: (c.article_id, c.sentence) for c in clues if not c.change})
    first: dict[str, int] = {}
    for claim_id in sorted(keys):
        union.join(first.setdefault(keys[claim_id], claim_id), claim_id, apart=False)
    matches = best_matches(clues, rate)
    for claim_id, (other, _) in sorted(matches.items(), key=lambda m: -m[1][1].score):
        if claim_id in keys and other in keys:
            union.join(claim_id, other)
    why = {
        claim_id: f"matches claim {other} (score {e.score:.2f} ≥ {THRESHOLD}): "
        + "; ".join(e.parts)
        for claim_id, (other, e) in matches.items()
        if claim_id in keys and other in keys and union.find(claim_id) == union.find(other)
    }
    return {claim_id: keys[union.find(claim_id)] for claim_id in keys}, why
