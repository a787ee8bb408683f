"""Grouping statements into facts, then applying the reviewers' overrides.

The rules, in order:

1. every claim is tracked but a parenthetical conversion of another claim (the conversion
   restates its claim; it is used for the rate check instead);
2. its key is (folded noun, dimension, subject) — see :mod:`factdb.facts.noun_keys`,
   :mod:`factdb.facts.measure` and :mod:`factdb.facts.entities`; a claim whose noun is
   missing or in :data:`GENERIC_NOUNS` has a key of its own (``figure:<split identity>``);
3. a claim with no subject takes the subject of the same noun and dimension named earlier in
   its own article if exactly one is ("the 21,000 hydrogen vehicles" after "China has about
   21,000 hydrogen vehicles"); with none or several it keeps no subject, since guessing
   across articles or between two countries would mix different figures, and a subject named
   later ("Another suspect, Jian Wen, laundered 3,000 bitcoins") is another figure's;
4. claims of other articles that state the same figure in other words join one fact
   (:mod:`factdb.facts.match`), keyed by its earliest claim's key;
5. overrides replay in the order they were made, leaving out any a reviewer undid: a split
   claim gets a key of its own (``claim:<split identity>``, see
   :func:`factdb.facts.statement.split_identity`), a merge sends every claim of one key to
   another's, a rename names the key a merge chain ends at.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factdb.facts.measure import COUNT
from factdb.facts.statement import KEY_SEPARATOR, Statement, fact_key
from factdb.store.models import FactOverride

SPLIT_PREFIX = "claim:"
FIGURE_PREFIX = "figure:"  # a claim with no usable noun: a key of its own
MERGE, SPLIT, RENAME, UNDO = "merge", "split", "rename", "undo"
ACTIONS = (MERGE, SPLIT, RENAME)  # the ones that can be undone
# Nouns that name a property of many different things ("age" of whom? "length" of what?):
# grouping on them would pit unrelated figures against each other.
GENERIC_NOUNS = frozenset({"age", "length", "thing", "time", "year", "result", "way", "other"})


def is_tracked(s: Statement) -> bool:
    """Whether a statement belongs in a fact (rule 1)."""
    return s.equivalent_id is None


def has_noun(s: Statement) -> bool:
    """Whether a statement's noun can key a fact (rule 2)."""
    return bool(s.noun) and s.noun not in GENERIC_NOUNS


def default_name(key: str, members: Sequence[Statement]) -> str:
    """A fact's name from its key: "hydrogen vehicle — China", "budget (money) — Wuhan"."""
    if key.startswith(SPLIT_PREFIX):
        first = members[0]
        return f"{first.noun or first.quote} (claim {first.claim_id} on its own)"
    if key.startswith(FIGURE_PREFIX):
        first = members[0]
        name = f"“{first.quote}”" + (f" {first.noun}" if first.noun else "")
        return f"{name} — {first.subject}" if first.subject else name
    noun, dimension, subject = key.split(KEY_SEPARATOR)
    name = noun if dimension == COUNT else f"{noun} ({dimension})"
    return f"{name} — {subject}" if subject else name


class _Merges:
    """Merges replayed in order; ``find`` follows a key to the key it was merged into."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        seen = {key}
        while key in self.parent:
            key = self.parent[key]
            if key in seen:  # unreachable by construction; guards hand-edited rows
                break
            seen.add(key)
        return key

    def merge(self, source: str, target: str) -> None:
        root, into = self.find(source), self.find(target)
        if root != into:
            self.parent[root] = into


def base_keys(statements: Iterable[Statement]) -> dict[int, str]:
    """Each tracked statement's key by claim id, by rules 1–3."""
    tracked = sorted((s for s in statements if is_tracked(s)), key=lambda s: s.claim_id)
    # Claims are numbered in the order of their article's text: an earlier id comes first.
    # The subject named so far for each noun and dimension of an article: None once there
    # are two (a set each would weigh more than every key together).
    subjects: dict[tuple[int, str, str], str | None] = {}
    keys: dict[int, str] = {}
    for s in tracked:
        if not has_noun(s):
            keys[s.claim_id] = FIGURE_PREFIX + s.identity
            continue
        subject = s.subject
        counted = s.article_id, s.noun, s.dimension
        if subject:
            subjects[counted] = subject if subjects.get(counted, subject) == subject else None
        else:
            subject = subjects.get(counted) or ""
        keys[s.claim_id] = fact_key(s.noun, s.dimension, subject)
    return keys


class Overrides:
    """The reviewers' choices still in force (rule 5)."""

    def __init__(self, rows: Iterable[FactOverride]) -> None:
        rows = sorted(rows, key=lambda o: o.id or 0)
        undone = {o.undoes for o in rows if o.action == UNDO}
        self.active = [o for o in rows if o.action in ACTIONS and o.id not in undone]
        self.last_id = max((o.id or 0 for o in rows), default=0)
        self._merges = _Merges()
        self._split: set[str] = set()
        renames: list[tuple[str, str]] = []
        for o in self.active:
            if o.action == SPLIT:
                self._split.add(o.claim_fingerprint)
            elif o.action == MERGE:
                self._merges.merge(o.fact_key, o.target_key)
            else:
                renames.append((o.fact_key, o.name))
        # A rename made before a later merge follows the renamed fact to where it now lives.
        self._names = {self._merges.find(k): name for k, name in renames}

    def key(self, base_key: str, identity: str, fingerprint: str = "") -> str:
        """The key of a claim whose rules give it ``base_key``."""
        # Splits made before split identities existed are keyed by the claim's fingerprint.
        split = identity in self._split or fingerprint in self._split
        return self._merges.find(SPLIT_PREFIX + identity if split else base_key)

    def name(self, key: str, members: Sequence[Statement]) -> str:
        """The fact's name: the reviewer's if renamed, else from its key."""
        return self._names.get(key) or default_name(key, members)
