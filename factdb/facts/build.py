"""Materialising facts (the ``fact`` and ``fact_claim`` tables) and keeping them current.

Facts are materialised because grouping needs every claim's sentence and the corpus's
conversion rates, while listing stored facts is one indexed query. They are kept current
incrementally: ``fact_input`` records, per live claim, the fields fact tracking read
(:data:`GROUPING_INPUTS`, :data:`CHECK_INPUTS`) and what it derived. One SQL comparison of
those with the claims finds what changed, whoever changed it (a review, ingest,
``reextract``, a hand-written UPDATE), and :func:`ensure_facts` then redoes what it calls for:

* a claim whose grouping inputs changed (or that is new, orphaned or deleted): every claim is
  matched again (matching compares claims across articles, and the corpus's names and word
  rarities change with it), writing only the facts and links that differ; only the articles
  whose rows changed (or whose readings asked about a word that is now, or no longer, a
  known name) are read again, the others' readings coming from ``fact_clue``
  (:mod:`factdb.facts.stored`);
* a claim whose check inputs only changed (a value correction, a new status): its fact is
  rechecked with its recorded key, nothing is regrouped; a note or evidence link changes
  nothing;
* new overrides: every claim's recorded key is replayed through them (no derivation).

Fact ids live as long as their keys. Every update is one transaction under :func:`lock`.

A full update's cost is reading claims (:mod:`factdb.facts.derive`, skipped for stored
readings) and scoring candidate matches (:func:`factdb.facts.match.best_matches`); both are
independent per article or per claim, so a large corpus runs them in shards over the
machine's cores (:mod:`factdb.facts.shards`), with the result one process gives.
"""

from __future__ import annotations

import gc
import pickle
import sqlite3
import time
from collections import defaultdict
from collections.abc import (
    Callable,
    Collection,
    Container,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field
from itertools import islice
from operator import attrgetter
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, SQLModel, col

from factdb.errors import DatabaseError
from factdb.facts.checks import Rates, conflict_count
from factdb.facts.entities import known_names
from factdb.facts.group import FIGURE_PREFIX, SPLIT_PREFIX, Overrides, base_keys
from factdb.facts.load import chunks, corpus_rates, insert_rows, leads_of, live, rows_of
from factdb.facts.match import lead_at, matched_keys
from factdb.facts.shards import in_shards, shard_count
from factdb.facts.statement import KEY_SEPARATOR, Statement, statement
from factdb.facts.stored import read_claims
from factdb.store.database import Database
from factdb.store.models import Claim, Fact, FactBuild, FactClaim, FactInput, FactOverride, utcnow

# Bump when the grouping or check rules change, so stored facts are rebuilt.
RULES_VERSION = "219"
GROUPING_INPUTS = (
    "article_id", "start", "end", "sentence_start", "sentence_end", "noun", "corrected_noun",
    "unit", "corrected_unit", "equivalent_id",
)  # fmt: skip
CHECK_INPUTS = (
    "value", "value_max", "corrected_value", "corrected_value_max", "qualifier", "vague",
    "date", "date_precision", "status",
)  # fmt: skip
_SENTENCE = ("article_id", "sentence_start", "sentence_end")
BATCH = 10_000  # fact_input rows made and written at a time
# The steps of an update that regroups, in order, as a progress callback is told them.
STEPS = ("reading claims", "matching claims across articles", "checking facts", "writing facts")
Progress = Callable[[int, str], None]  # told (step number from 1, step) as each step starts


def _table(model: type[SQLModel]) -> Table:
    return SQLModel.metadata.tables[str(model.__tablename__)]


_TABLE = _table(FactInput)


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What an update did."""

    full: bool  # every claim was derived again
    claims: int  # claims derived and regrouped
    facts: int  # facts (re)checked and written
    removed: int  # facts that lost every claim
    seconds: float


@dataclass
class Changes:
    """What changed since the last build."""

    full: bool = False
    regroup: set[int] = field(default_factory=set)  # live claims to derive again
    recheck: set[int] = field(default_factory=set)  # live claims whose check inputs changed
    removed: set[int] = field(default_factory=set)  # recorded claims no longer live
    bumped: dict[int, int] = field(default_factory=dict)  # new versions, inputs unchanged
    overrides: bool = False

    def __bool__(self) -> bool:
        return bool(
            self.full
            or self.regroup
            or self.recheck
            or self.removed
            or self.bumped
            or self.overrides
        )


def _differs(names: Iterable[str]) -> ColumnElement[bool]:
    return or_(*(getattr(Claim, n).is_distinct_from(getattr(FactInput, n)) for n in names))


def _signature(session: Session) -> str:
    return f"{RULES_VERSION}:{session.scalar(select(func.max(col(FactOverride.id)))) or 0}"


def changes(session: Session) -> Changes:
    """Compare the claims with what the last build read: one scan of the claims."""
    build = session.get(FactBuild, 1)
    signature = build.signature if build else ""
    if not signature.startswith(f"{RULES_VERSION}:"):
        return Changes(full=True)
    found = Changes(overrides=signature != _signature(session))
    unrecorded = col(FactInput.claim_id).is_(None)
    # Every writer of a claim (a review, reextract) bumps its version; only a parenthetical
    # conversion's link is set without a bump. The recorded inputs then say what changed.
    moved = or_(
        unrecorded,
        col(Claim.version) != col(FactInput.version),
        col(Claim.equivalent_id).is_distinct_from(col(FactInput.equivalent_id)),
    )
    rows = session.connection().execute(
        select(
            col(Claim.id),
            col(Claim.orphaned),
            col(Claim.version),
            or_(unrecorded, _differs(GROUPING_INPUTS)),
            _differs(CHECK_INPUTS),
        )
        .outerjoin(FactInput, col(FactInput.claim_id) == col(Claim.id))
        .where(or_(and_(live(), moved), and_(col(Claim.orphaned) == True, ~unrecorded)))  # noqa: E712
    )
    for claim_id, orphaned, version, regroup, recheck in rows:
        assert claim_id is not None
        if orphaned:
            found.removed.add(claim_id)
        elif regroup:
            found.regroup.add(claim_id)
        elif recheck:
            found.recheck.add(claim_id)
        else:
            found.bumped[claim_id] = version
    return found


def lock(session: Session) -> None:
    """Serialise updates and override writes: call first in the transaction."""
    # Writing first takes the write lock (SQLite) or the row lock (PostgreSQL) before any read,
    # so two updates run one after the other and the second sees the first's result.
    session.execute(update(FactBuild).where(col(FactBuild.id) == 1).values(built_at=utcnow()))


# What updating the facts writes: a role lacking any of these reads the stored facts as they are.
FACT_TABLES = ("fact", "fact_claim", "fact_input", "fact_clue", "fact_build")
_WRITES = ("INSERT", "UPDATE", "DELETE")


def may_update(session: Session) -> bool:
    """Whether this connection may write the fact tables: on PostgreSQL a read-only role
    (``GRANT SELECT`` only, or no DELETE) may not; SQLite has no roles (a read-only file is
    caught when the update starts)."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    checks = [func.has_table_privilege(table, write) for table in FACT_TABLES for write in _WRITES]
    return all(session.execute(select(*checks)).one())


@dataclass(frozen=True, slots=True)
class Stale:
    """The stored facts lag the claims, and this connection may not update them."""

    reason: str


def _read_only(exc: OperationalError) -> bool:
    return getattr(exc.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY


def _stored(session: Session, ids: Collection[int] | None) -> dict[int, Any]:
    """The recorded inputs (rows of every ``fact_input`` column) of ``ids`` or every claim."""
    query = select(*_TABLE.columns)
    if ids is None:
        return {r.claim_id: r for r in session.connection().execute(query).all()}
    return {
        r.claim_id: r
        for chunk in chunks(ids)
        for r in session.connection().execute(query.where(col(FactInput.claim_id).in_(chunk)))
    }


# Each claim's fact key as stored.
_LINKS = select(col(FactClaim.claim_id), col(Fact.key)).join(
    Fact, col(Fact.id) == col(FactClaim.fact_id)
)


def _links(session: Session, ids: Collection[int] | None) -> dict[int, str]:
    """Each claim's fact key as stored, for ``ids`` (or every claim)."""
    if ids is None:
        return dict(session.connection().execute(_LINKS).all())
    return {
        claim_id: key
        for chunk in chunks(ids)
        for claim_id, key in session.connection().execute(
            _LINKS.where(col(FactClaim.claim_id).in_(chunk))
        )
    }


def _fact_row(key: str, name: str, members: Sequence[Statement], conflicts: int) -> dict[str, Any]:
    if key.startswith((SPLIT_PREFIX, FIGURE_PREFIX)):
        noun, dimension, subject = members[0].noun, members[0].dimension, members[0].subject
    else:
        noun, dimension, subject = key.split(KEY_SEPARATOR)
    dates = sorted(s.date for s in members if s.date)
    return {
        "key": key,
        "name": name,
        "noun": noun,
        "dimension": dimension,
        "subject": subject,
        "claims": len(members),
        "sources": len({s.source_id for s in members}),
        "conflicts": conflicts,
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
    }


def _conflicts(facts: Sequence[Sequence[Statement]], rates: Rates) -> list[int]:
    """Each fact's conflict count, in parts over the cores: the largest facts dealt out
    first, one to each part in turn (a fact's pairs grow with the square of its claims)."""
    index = rates.by_claim()
    order = sorted(range(len(facts)), key=lambda i: -len(facts[i]))

    def work(part: int, parts: int) -> tuple[list[int]]:
        return ([conflict_count(facts[i], rates, index) for i in order[part::parts]],)

    found = in_shards(work, shard_count(sum(map(len, facts))))
    counts = [0] * len(facts)
    for part, (mine,) in enumerate(found):
        for i, count in zip(order[part :: len(found)], mine, strict=True):
            counts[i] = count
    return counts


def _write_facts(
    session: Session, rows: list[dict[str, Any]], gone: set[str], everything: bool
) -> dict[str, int]:
    """Store the facts ``rows`` and delete those keyed ``gone``, writing only what changed;
    returns the fact id of each key in ``rows``. ``everything``: the stored facts are all
    among ``rows`` and ``gone``, so they are read at once rather than by key."""
    keys = {r["key"] for r in rows} | gone
    columns = (
        [col(Fact.id), *(getattr(Fact, n) for n in rows[0])]
        if rows
        else [col(Fact.id), col(Fact.key)]
    )
    every = select(*columns)
    queries = [every] if everything else [every.where(col(Fact.key).in_(c)) for c in chunks(keys)]
    existing = {r.key: r for query in queries for r in session.connection().execute(query).all()}
    stale = [existing[k].id for k in gone if k in existing]
    for chunk in chunks(stale):
        session.execute(delete(Fact).where(col(Fact.id).in_(chunk)))
    changed = [
        {"id": existing[r["key"]].id, **r}
        for r in rows
        if r["key"] in existing and tuple(existing[r["key"]])[1:] != tuple(r.values())
    ]
    if changed:
        session.execute(update(Fact), changed)
    ids = {r["key"]: existing[r["key"]].id for r in rows if r["key"] in existing}
    new = [r for r in rows if r["key"] not in existing]
    if new:
        # Core inserts (here and below): the ORM's bulk path costs several times more per row.
        created = (
            session.connection()
            .execute(
                insert(_table(Fact)).returning(col(Fact.id), sort_by_parameter_order=True), new
            )
            .scalars()
        )
        ids.update(zip((r["key"] for r in new), created, strict=True))
    return ids


_INPUTS = ("version", *GROUPING_INPUTS, *CHECK_INPUTS)
_read_inputs = attrgetter(*_INPUTS)


class _Inputs:
    """The inputs read of each claim (:data:`_INPUTS` of its row), kept until they are
    recorded: pickled :data:`BATCH` claims at a time (a tuple of them weighs ~400 bytes a
    claim, all held through matching; pickled, a repeated text is held once a batch)."""

    def __init__(self, rows: Sequence[Any]) -> None:
        self.batches = [
            pickle.dumps(
                [(r.id, _read_inputs(r)) for r in rows[start : start + BATCH]],
                protocol=pickle.HIGHEST_PROTOCOL,
            )
            for start in range(0, len(rows), BATCH)
        ]

    def items(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """Each claim's id and inputs, in the order of its rows, a batch unpickled at a time."""
        for batch in self.batches:
            yield from pickle.loads(batch)


def _input_row(read: tuple[Any, ...], s: Statement, base_key: str, evidence: str) -> dict[str, Any]:
    """The ``fact_input`` row of a claim: its inputs (``read``: :data:`_INPUTS` of its row)
    and what was derived from them."""
    values = dict(zip(_INPUTS, read, strict=True))
    values.update(
        claim_id=s.claim_id,
        base_key=base_key,
        identity=s.identity,
        opening=s.opening,
        opening_known=s.opening_known,
        evidence=evidence,
    )
    return values


class _Update:
    """One update of the stored facts from :class:`Changes` (see the module's rules)."""

    def __init__(self, session: Session, found: Changes, progress: Progress | None) -> None:
        self.session = session
        self.found = found
        self.progress = progress
        self.override_rows = list(session.scalars(select(FactOverride)).all())
        self.overrides = Overrides(self.override_rows)
        self.rates: Rates = corpus_rates(session)

    def run(self) -> BuildReport:
        started = time.perf_counter()
        session, found, full = self.session, self.found, self.found.full
        names: Container[str]
        why: Mapping[int, str]  # each claim's evidence of its match
        if full:
            self._step(0)
            rows = rows_of(session)
            names = known_names((r.sentence for r in rows), (r.title for r in rows))
            # Those whom_of reads are the names of the claims with a clue: the same unless a
            # noun was corrected.
            corrected = any(r.corrected_noun is not None for r in rows)
            stored: dict[int, Any] = {}
            # Only the inputs to record are kept of the rows, which reading frees.
            read = _Inputs(rows)
            derived, clues = read_claims(
                session, rows, names, RULES_VERSION, None if corrected else names
            )
            self._step(1)
            base, why = matched_keys(base_keys(derived.values()), clues, self.rates.rate)
            del clues
        else:
            # Only check inputs changed: each claim keeps its recorded key, nothing is regrouped.
            names = self._names()
            stored = _stored(session, found.recheck)
            rows = rows_of(session, ids=found.recheck)
            leads = leads_of(session, rows)
            derived = {
                r.id: statement(r, r.published, r.title, names, lead_at(leads, r)) for r in rows
            }
            read = _Inputs(rows)
            base = {i: stored[i].base_key for i in derived if stored[i].base_key}
            why = {i: stored[i].evidence for i in derived}
        keys = {i: self.overrides.key(k, derived[i].identity, derived[i].fingerprint)
                for i, k in base.items()}  # fmt: skip
        if found.overrides and not full:
            keys = {**self._replayed(derived.keys()), **keys}
        old = _links(session, None if full or found.overrides else derived.keys())
        moved = {i for i in keys.keys() | old.keys() if old.get(i) != keys.get(i)}
        affected = _left_or_joined(moved | found.recheck, old, keys)
        affected |= self._touched_by_overrides()
        if full:
            affected |= set(keys.values()) | set(session.scalars(select(col(Fact.key))))
        self._step(2)
        members = self._members(affected, keys, derived, names)
        conflicts = _conflicts(list(members.values()), self.rates)
        facts = [
            _fact_row(key, self.overrides.name(key, ms), ms, count)
            for (key, ms), count in zip(members.items(), conflicts, strict=True)
        ]
        gone = affected - members.keys()
        self._step(3)
        ids = _write_facts(session, facts, gone, everything=full)
        _write_links(session, moved, keys, ids)
        # Made and written a batch at a time: every claim's row at once would weigh more
        # than everything else a full update holds.
        inputs = (
            _input_row(values, derived[i], base.get(i, ""), why.get(i, ""))
            for i, values in read.items()
        )
        if full:
            recorded = _Recorded(session)
            removed = recorded.derived.keys() - derived.keys()
            _write_inputs(session, (r for r in inputs if not recorded.same(r)), removed)
        else:
            _write_inputs(session, (r for r in inputs if not _same(stored, r)), ())
        session.execute(
            update(FactBuild).where(col(FactBuild.id) == 1).values(signature=_signature(session))
        )
        regrouped = len(derived) if full else 0
        return BuildReport(full, regrouped, len(facts), len(gone), time.perf_counter() - started)

    def _step(self, at: int) -> None:
        # Only an update that regroups is long enough to tell its steps.
        if self.progress is not None and self.found.full:
            self.progress(at + 1, STEPS[at])

    def _names(self) -> Container[str]:
        """The corpus's known names as an update that regroups nothing needs them: the
        opening words recorded as known are all a derivation asks about (a full update reads
        them from every sentence)."""
        recorded = col(FactInput.opening_known).is_(True)
        return set(self.session.scalars(select(col(FactInput.opening)).where(recorded).distinct()))

    def _replayed(self, skip: Collection[int]) -> dict[int, str]:
        """Every other tracked claim's key, its recorded base key replayed through the
        overrides (after the overrides changed)."""
        rows = self.session.connection().execute(
            select(
                col(FactInput.claim_id),
                col(FactInput.base_key),
                col(FactInput.identity),
                col(Claim.fingerprint),
            )
            .join(Claim, col(Claim.id) == col(FactInput.claim_id))
            .where(col(FactInput.base_key) != "", live())
        )
        return {
            i: self.overrides.key(base, identity, fingerprint)
            for i, base, identity, fingerprint in rows
            if i not in skip
        }

    def _touched_by_overrides(self) -> set[str]:
        """Facts an override names (undone ones too): their names may have changed."""
        if not self.found.overrides:
            return set()
        keys = {k for o in self.override_rows for k in (o.fact_key, o.target_key) if k}
        return keys | {self.overrides.key(k, "") for k in keys}

    def _members(
        self,
        affected: set[str],
        keys: dict[int, str],
        derived: dict[int, Statement],
        names: Container[str],
    ) -> dict[str, list[Statement]]:
        """The statements of each affected fact that still has claims."""
        member_keys = {i: k for i, k in keys.items() if k in affected}
        if not self.found.full:
            # Claims not derived again stay where they were.
            for i, k in _links_of(self.session, affected).items():
                if i not in keys and i not in derived and i not in self.found.removed:
                    member_keys[i] = k
        missing = member_keys.keys() - derived.keys()
        rows = rows_of(self.session, ids=missing) if missing else []
        leads = leads_of(self.session, rows)
        extra = {r.id: statement(r, r.published, r.title, names, lead_at(leads, r)) for r in rows}
        members: dict[str, list[Statement]] = defaultdict(list)
        for i in sorted(member_keys):
            members[member_keys[i]].append(derived[i] if i in derived else extra[i])
        return dict(members)


def _left_or_joined(changed: Iterable[int], old: dict[int, str], keys: dict[int, str]) -> set[str]:
    """The facts (keys) that the claims ``changed`` left (``old``) or joined (``keys``)."""
    return {old[i] for i in changed if i in old} | {keys[i] for i in changed if i in keys}


def _links_of(session: Session, keys: Collection[str]) -> dict[int, str]:
    """The claims of the facts ``keys``, with their key."""
    return {
        claim_id: key
        for chunk in chunks(keys)
        for claim_id, key in session.connection().execute(_LINKS.where(col(Fact.key).in_(chunk)))
    }


def _write_links(
    session: Session, moved: Collection[int], keys: dict[int, str], ids: dict[str, int]
) -> None:
    """Point each moved claim at its new fact (or at none)."""
    for chunk in chunks(moved):
        session.execute(delete(FactClaim).where(col(FactClaim.claim_id).in_(chunk)))
    new = [{"claim_id": i, "fact_id": ids[keys[i]]} for i in moved if i in keys]
    if new:
        insert_rows(session.connection(), _table(FactClaim), new)


_DERIVED = ("base_key", "identity", "opening", "opening_known", "evidence")
_COLUMNS = [c.name for c in _TABLE.columns]


def _same(stored: dict[int, Any], row: dict[str, Any]) -> bool:
    """Whether ``row`` is what is recorded (``stored``: the recorded rows by claim id)."""
    old = stored.get(row["claim_id"])
    return old is not None and tuple(old) == tuple(row[c] for c in _COLUMNS)


class _Recorded:
    """What a full rebuild compares with: which claims' recorded inputs differ from the
    claims (one SQL comparison), and every recorded derivation."""

    def __init__(self, session: Session) -> None:
        connection = session.connection()
        self.stale = set(
            connection.execute(
                select(col(Claim.id))
                .outerjoin(FactInput, col(FactInput.claim_id) == col(Claim.id))
                .where(
                    live(),
                    or_(col(FactInput.claim_id).is_(None), _differs(_INPUTS)),
                )
            ).scalars()
        )
        columns = [col(FactInput.claim_id), *(getattr(FactInput, c) for c in _DERIVED)]
        self.derived = {r[0]: tuple(r[1:]) for r in connection.execute(select(*columns)).all()}

    def same(self, row: dict[str, Any]) -> bool:
        """Whether ``row`` is what is recorded."""
        claim_id = row["claim_id"]
        return claim_id not in self.stale and self.derived.get(claim_id) == tuple(
            row[c] for c in _DERIVED
        )


def _write_inputs(
    session: Session, changed: Iterable[dict[str, Any]], removed: Collection[int]
) -> None:
    """Record ``changed`` inputs, :data:`BATCH` at a time; forget removed claims'."""
    rows = iter(changed)
    while batch := list(islice(rows, BATCH)):
        for chunk in chunks({r["claim_id"] for r in batch}):
            session.execute(delete(FactInput).where(col(FactInput.claim_id).in_(chunk)))
        insert_rows(session.connection(), _TABLE, batch)
    for chunk in chunks(removed):
        session.execute(delete(FactInput).where(col(FactInput.claim_id).in_(chunk)))


def update_in(
    session: Session, *, full: bool = False, progress: Progress | None = None
) -> BuildReport | None:
    """Bring the stored facts up to date within ``session``'s transaction (the caller holds
    the lock); ``full`` derives every claim again; ``progress`` is told each of
    :data:`STEPS` as it starts, when the update regroups. None if nothing had changed."""
    found = Changes(full=True) if full else changes(session)
    return _run(session, found, progress) if found else None


def _regroups(found: Changes) -> Changes:
    """A grouping change anywhere may rematch claims of every article: derive them all."""
    return Changes(full=True) if found.regroup or found.removed else found


def _run(session: Session, found: Changes, progress: Progress | None = None) -> BuildReport:
    found = _regroups(found)
    if found.bumped:
        session.execute(
            update(FactInput),
            [{"claim_id": i, "version": v} for i, v in found.bumped.items()],
        )
    # A full build makes a few hundred thousand small objects that live until it ends:
    # the cyclic collector would scan them again and again for nothing.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _Update(session, found, progress).run()
    finally:
        if paused:
            gc.enable()


def rebuild(db: Database, progress: Progress | None = None) -> BuildReport:
    """Derive every claim and fact again, in one transaction (``progress``: see
    :func:`update_in`)."""
    with db.session() as session:
        if session.get(FactBuild, 1) is None:
            session.add(FactBuild(id=1))
            session.flush()
        lock(session)
        report = update_in(session, full=True, progress=progress)
        assert report is not None
        return report


def ensure_facts(db: Database, progress: Progress | None = None) -> BuildReport | Stale | None:
    """Update the stored facts with whatever changed since the last update (see the module's
    rules; ``progress``: see :func:`update_in`); None if nothing had; :class:`Stale` if
    something had but this connection may not write (a read-only role reads the facts as
    last built)."""
    with db.session() as session:
        found = changes(session)
        if not found:
            return None
        if not may_update(session):
            return Stale(f"{db.name}: this role may not update the facts; showing them as built")
    try:
        with db.session() as session:
            if session.get(FactBuild, 1) is None:
                session.add(FactBuild(id=1))
                session.flush()
            lock(session)
            # Another process may have updated meanwhile: harmless, since an update derives
            # the claims it is given from their current rows and writes only what differs.
            return _run(session, found, progress)
    except IntegrityError:
        # Another process created the build row first: start again.
        return ensure_facts(db, progress)
    except DatabaseError as exc:
        if isinstance(exc.__cause__, OperationalError) and _read_only(exc.__cause__):
            return Stale(f"{db.name}: read-only; showing the facts as built")
        raise
