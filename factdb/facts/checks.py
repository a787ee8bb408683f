"""Consistency checks on a fact's statements, each explained in words.

* **values**: statements of one fact for the same period must allow a common value, or at
  least state values no more than :data:`TOLERANCE` apart (see :mod:`factdb.facts.measure`
  for what each wording allows).
  A statement's period is its own date ("in June 2024", "by the end of 2024") at its
  precision, else its article's date. Two periods are the same (:func:`same_period`) when
  both are a claim's own and one covers the other (a year covers its months); when one is
  a claim's own, if the article's date falls in it (a day's figure: in its month), is a
  year (known no better) covering it, or is at most :data:`LAG` months after its month (an
  undated figure is the last one out), or is the year before and the article is of the
  first :data:`LAST_YEAR_UNTIL` months of its year (a year's figure is reported in the
  next); when both are articles' dates, if they
  are one date, or the later one does not say the figure is new ("now has", "grew to") and
  they are of one year or at most :data:`RESTATED_WITHIN` months apart: an undated
  restatement in a later article speaks of the figure as known, not of a new count. A figure
  its sentence sets against another source's ("disputes the figure", "a lower count than the
  company's") speaks of the period of the figure it disputes: undated, it is of any dated
  figure's period; dated, of a period at most :data:`DISPUTED_WITHIN` months from an undated
  one's article date ("Q1's 40,000 units, not the 52,000 the maker reported in May"). Money
  in other currencies is converted with the corpus's own parenthetical conversion rates (the
  median of each pair).
* **rate**: a parenthetical currency conversion whose implied rate differs by more than
  :data:`RATE_TOLERANCE` from the median of the corpus's other conversions of that pair.
* **timeline**: a figure stated for several periods is shown period by period, with the change
  between them — a change over time is not a conflict.

A claim a reviewer rejected stays in its fact (shown, with its status) but is left out of
every check: it is an extraction error, not a statement of the figure.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from statistics import median

import numpy as np
from numpy.typing import NDArray

from factdb.facts.measure import PERCENT, Interval, a_year, currency_of, is_currency
from factdb.facts.statement import Statement
from factdb.store.models import Status

RATE_TOLERANCE = 0.10
TOLERANCE = 0.10  # values of one period further apart than this (relative) conflict
# Units on a logarithmic scale, whose values conflict further apart than this (absolute): a
# 7.4 and an 8.1 quake are 5 times apart in amplitude, though 9% apart as numbers.
SCALE_TOLERANCE = {"magnitude": 0.2}
# Undated figures of articles this many months apart speak of one period: a later article
# restating a figure without a date of its own restates it as known, not as a new count.
RESTATED_WITHIN = 24
# A dated figure set against another source's is of the period of an undated figure this
# many months from its article's date.
DISPUTED_WITHIN = 6
# An undated figure is the last one out: of a month up to this many months before its article
# ("as of June" data in an article of early August); of a day, the month before at most.
LAG = 2
# The last month of a year in which an undated figure may be the year before's.
LAST_YEAR_UNTIL = 6
REJECTED = Status.REJECTED.value
VALUES, RATE = "values", "rate"
_BULK = 64  # statements from which a fact's conflicts are counted with numpy
_BLOCK = 512  # statements compared with the others at a time
UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class Finding:
    """A check that failed: which claims, and why in words."""

    check: str  # VALUES or RATE
    claim_ids: tuple[int, ...]
    message: str


@dataclass(frozen=True, slots=True)
class Conversion:
    """A parenthetical conversion: ``of_quote`` restated as ``quote`` in another currency."""

    claim_id: int
    of_claim_id: int
    quote: str
    of_quote: str
    from_currency: str
    to_currency: str
    rate: float  # units of to_currency per unit of from_currency

    def rate_for(self, pair: tuple[str, str]) -> float:
        """The implied rate as ``pair[1]`` per ``pair[0]``."""
        return self.rate if (self.from_currency, self.to_currency) == pair else 1 / self.rate


def conversions(statements: Iterable[Statement]) -> list[Conversion]:
    """The currency conversions among ``statements`` (both ends must be present)."""
    by_id = {s.claim_id: s for s in statements}
    found = []
    for s in by_id.values():
        of = by_id.get(s.equivalent_id) if s.equivalent_id is not None else None
        if (
            of is not None
            and is_currency(s.unit)
            and is_currency(of.unit)
            and s.unit != of.unit
            and s.value > 0
            and of.value > 0
            and REJECTED not in (s.status, of.status)
        ):
            assert s.unit is not None and of.unit is not None
            rate = s.value / of.value
            found.append(
                Conversion(s.claim_id, of.claim_id, s.quote, of.quote, of.unit, s.unit, rate)
            )
    return found


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


class Rates:
    """The corpus's conversion rates, by currency pair."""

    def __init__(self, found: Iterable[Conversion]) -> None:
        self.by_pair: dict[tuple[str, str], list[Conversion]] = defaultdict(list)
        for c in found:
            self.by_pair[_pair(c.from_currency, c.to_currency)].append(c)
        self._known: dict[tuple[str, str], float | None] = {}

    def rate(self, source: str, target: str) -> float | None:
        """Units of ``target`` per unit of ``source``: the median of the corpus's conversions
        of the pair, else through one currency each was converted to (rupees to yuan through
        the corpus's rupee-to-dollar and yuan-to-dollar conversions; the most converted one
        first)."""
        if source == target:
            return 1.0
        if (source, target) not in self._known:
            found = self._direct(source, target)
            if found is None:
                via = sorted(
                    (
                        -len(self.by_pair[_pair(source, other)])
                        - len(self.by_pair[_pair(other, target)]),
                        other,
                    )
                    for other in {c for pair in self.by_pair for c in pair} - {source, target}
                    if _pair(source, other) in self.by_pair and _pair(other, target) in self.by_pair
                )
                if via:
                    first, second = self._direct(source, via[0][1]), self._direct(via[0][1], target)
                    found = None if first is None or second is None else first * second
            self._known[source, target] = found
        return self._known[source, target]

    def _direct(self, source: str, target: str) -> float | None:
        """The median of the corpus's conversions of the pair, if any."""
        pair = _pair(source, target)
        found = self.by_pair.get(pair)
        if not found:
            return None
        middle = median(c.rate_for(pair) for c in found)
        return middle if (source, target) == pair else 1 / middle

    def by_claim(self) -> dict[int, list[Finding]]:
        """The rate check's findings by each claim they name."""
        found: dict[int, list[Finding]] = defaultdict(list)
        for finding in self.findings():
            for claim_id in finding.claim_ids:
                found[claim_id].append(finding)
        return found

    def findings(self) -> list[Finding]:
        """The rate check over the whole corpus."""
        result = []
        for pair, found in self.by_pair.items():
            for c in found:
                others = [o.rate_for(pair) for o in found if o is not c]
                if not others:
                    continue
                typical, own = median(others), c.rate_for(pair)
                off = abs(own / typical - 1)
                if off > RATE_TOLERANCE:
                    result.append(
                        Finding(
                            RATE,
                            (c.claim_id, c.of_claim_id),
                            f"“{c.of_quote}” given as “{c.quote}” implies 1 {pair[0]} = "
                            f"{own:.4g} {pair[1]}, but the corpus's {len(others)} other "
                            f"{pair[0]}/{pair[1]} conversion(s) imply {typical:.4g} (median): "
                            f"{off:.0%} off, more than {RATE_TOLERANCE:.0%}",
                        )
                    )
        return result


@dataclass(frozen=True, slots=True)
class Comparable:
    """A statement's interval in the fact's reference unit."""

    statement: Statement
    interval: Interval


def comparable(members: Sequence[Statement], rates: Rates) -> tuple[list[Comparable], list[str]]:
    """The members' intervals in one unit (the most common), and notes on those that cannot
    be compared; members of a unit with no rate to it in the corpus are compared among
    themselves, in their own most common unit (two "C$" estimates of a cost, in a corpus
    with no Canadian dollar rate), after the others."""
    intervals = [(s, _yearly(s)) for s in members]
    result, notes = [], []
    left = []
    for s, i in intervals:
        if s.status == REJECTED:
            notes.append(f"claim {s.claim_id} “{s.quote}” was rejected by a reviewer: not compared")
        elif s.vague:
            notes.append(f"claim {s.claim_id} “{s.quote}” is vague: not compared")
        else:
            left.append((s, i))
    main = ""
    while left:
        reference = Counter(i.unit for _, i in left).most_common(1)[0][0]
        main = main or reference
        apart = []
        for s, i in left:
            # A count of at most a hundred in a fact of shares was set against one of them
            # ("90 of the 100 longest tokens"; "a recount put the figure at 76"): so many in
            # a hundred.
            hundredths = reference == PERCENT and not i.unit and 0 <= i.high <= 100
            factor = (
                rates.rate(i.unit, reference) if i.unit != reference and not hundredths else 1.0
            )
            if factor is None:
                apart.append((s, i))
            else:
                result.append(Comparable(s, i.scaled(factor, reference)))
        for s, i in apart:
            notes.append(
                f"claim {s.claim_id} “{s.quote}”: no {i.unit}/{main} conversion in the corpus: "
                + (
                    f"compared with its other {i.unit} figures only"
                    if sum(1 for _, j in apart if j.unit == i.unit) > 1
                    else "not compared"
                )
            )
        left = apart
    return result, notes


def _by_unit(items: Sequence[Comparable]) -> list[list[Comparable]]:
    """``items`` by unit (see :func:`comparable`), the fact's main unit first."""
    groups: dict[str, list[Comparable]] = {}
    for c in items:
        groups.setdefault(c.interval.unit, []).append(c)
    return list(groups.values())


def _yearly(s: Statement) -> Interval:
    # A rate as an amount a year, as matching compares it: "her annual income at about 10,000
    # yuan" against "earns around 3,000 RMB annually".
    yearly = a_year(s.value, s.value_max, s.qualifier, s.unit)
    return yearly[1] if yearly else s.interval


# How a qualifier reads in a finding.
QUALIFIER_WORDS = {"~": "about", ">": "over", ">=": "at least", "<": "under", "<=": "at most"}


def _number(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.4g}"


def _span(i: Interval) -> str:
    unit = f" {i.unit}" if i.unit else ""
    if i.low == i.high:
        return f"{_number(i.low)}{unit}"
    return f"{_number(i.low)}–{_number(i.high)}{unit}"


def _said(s: Statement) -> str:
    words = QUALIFIER_WORDS.get(s.qualifier)
    return f"claim {s.claim_id} “{s.quote}”" + (f" ({words})" if words else "")


# Measures of one event, which never change: "a 7.4 magnitude quake" is "the magnitude-7.2
# quake" a year later (a quake of another year is another fact: see match._Union).
EVENT_MEASURES = frozenset({"seismic_magnitude"})


def same_period(a: Statement, b: Statement) -> bool:
    """Whether two statements speak of one period (see the module's rules)."""
    return periods_match(
        a.date, a.dated, b.date, b.dated, a_fresh=a.fresh, b_fresh=b.fresh,
        a_disputes=a.disputes, b_disputes=b.disputes, event=a.dimension in EVENT_MEASURES,
        reached=a.reached or b.reached,
    )  # fmt: skip


def periods_match(
    a: str | None,
    a_dated: bool,
    b: str | None,
    b_dated: bool,
    *,
    a_fresh: bool = False,
    b_fresh: bool = False,
    a_disputes: bool = False,
    b_disputes: bool = False,
    event: bool = False,
    reached: bool = False,
) -> bool:
    """:func:`same_period` on dates alone: each date, whether it is the figure's own,
    whether the figure is said to be new, whether it disputes another source's, whether it
    measures an event (:data:`EVENT_MEASURES`: one period unless both are dated), and whether
    a dated one is dated "by" its date ("by the end of 2024": where it had got to by then)."""
    if event and not (a_dated and b_dated):
        return True
    if not a or not b:
        return not a and not b
    if a_dated and b_dated:
        return a.startswith(b) or b.startswith(a)
    if a_dated or b_dated:
        own, default = (a, b) if a_dated else (b, a)
        # An article dated by its year alone may speak of any month of it.
        if (
            default.startswith(own)
            or own.startswith(default)
            or (b_disputes if a_dated else a_disputes)
        ):
            return True
        # A figure of a day is of its month: "380 sites during the April 3 dip" is what an
        # article of April 15 speaks of.
        if len(own) == 10 and default.startswith(own[:7]):
            return True
        # A figure an article of early July gives as current is June's, the last one out
        # (a month's figure may be May's: "by the middle of 2024" is what an article of
        # August 2 speaks of), unless it says it is new.
        lag = LAG if len(own) == 7 else 1
        if len(own) >= 7 and 1 <= _months(default) - _months(own) <= lag:
            return not (b_fresh if a_dated else a_fresh)
        # A figure an article of the first half of a year gives with no date may be last
        # year's, reported since ("a 44% share" in February is 2023's, restated "33% in
        # 2023" by a rival estimate), unless it says it is new.
        if (
            len(own) == 4
            and default[:4] == str(int(own) + 1)
            and _month(default) <= LAST_YEAR_UNTIL
        ):
            return not (b_fresh if a_dated else a_fresh)
        if reached and _months(own) > _months(default):
            return False  # where the figure had got to by a later date: a timeline
        return (a_disputes or b_disputes) and abs(_months(a) - _months(b)) <= DISPUTED_WITHIN
    if a == b:
        return True
    # A figure set against another's is of its period, whatever "now" it says ("anyone who
    # implants an edited embryo now faces up to 10 years", a claim the fact-check disputes).
    later_fresh = (a_fresh and not a_disputes) if a > b else (b_fresh and not b_disputes)
    return not later_fresh and (a[:4] == b[:4] or abs(_months(a) - _months(b)) <= RESTATED_WITHIN)


def _month(date: str) -> int:
    """The month of an ISO date (a year counts as its June)."""
    return int(date[5:7]) if len(date) >= 7 else 6


def _months(date: str) -> int:
    """Months since year 0 of an ISO date of any precision (a year counts as its June)."""
    return int(date[:4]) * 12 + _month(date)


def _when(a: Statement, b: Statement) -> str:
    if not a.date or not b.date:
        return "undated"
    if a.dated and b.dated:
        return f"for {a.date if len(a.date) <= len(b.date) else b.date}"
    if a.dated or b.dated:
        return f"for {(a if a.dated else b).date}"
    if a.date == b.date:
        return f"for {a.date}, the date of both articles"
    years = sorted({a.date[:4], b.date[:4]})
    return f"in articles of {' and '.join(years)} with no date of their own"


def _apart(low: Comparable, high: Comparable) -> bool:
    """Whether their middles are more than :data:`TOLERANCE` apart and no value satisfies
    both — or, if one is argued against another source's figure (its writer says the two
    differ) or both are estimates of one kind (two caps, two "about"s), whether the values
    they state are, whatever their wording allows."""
    argued = low.statement.disputes or high.statement.disputes
    if argued or (_estimate(low) and _estimate(low) == _estimate(high)):
        a, b = _stated(low), _stated(high)
    elif low.interval.overlaps(high.interval):
        return False
    else:
        a, b = _middle(low.interval), _middle(high.interval)
    scale = SCALE_TOLERANCE.get(low.interval.unit)
    if scale is not None:
        return abs(b - a) > scale
    # Sums in two currencies differ by the rate of the day too ("R$6.8 billion" restated as
    # "US$1.2 billion" a year later): a rate may be RATE_TOLERANCE off the corpus's.
    converted = currency_of(low.statement.unit) != currency_of(high.statement.unit)
    tolerance = TOLERANCE + RATE_TOLERANCE if converted else TOLERANCE
    return abs(b - a) > tolerance * max(abs(a), abs(b))


def _middle(i: Interval) -> float:
    return (i.low + i.high) / 2


def _estimate(c: Comparable) -> int:
    """Which kind of estimate a statement gives: 1 a cap ("capped at five seconds", "up to
    two minutes"), 2 an approximation ("about 21,000"), else 0. Two caps of one figure state
    one limit, two approximations one best guess: they differ as their values do ("about
    17,000" is not "about 21,000", though each allows 19,000)."""
    qualifier = c.statement.qualifier
    return 1 if qualifier in ("<", "<=") else 2 if qualifier == "~" else 0


def _stated(c: Comparable) -> float:
    """The value a statement states, in its interval's unit: "over 128,000" states 128,000,
    not the middle of all it allows; "up to five seconds" states five."""
    qualifier = c.statement.qualifier
    if qualifier in (">", ">="):
        return c.interval.low
    if qualifier in ("<", "<="):
        return c.interval.high
    return _middle(c.interval)


def _conflicting(items: Sequence[Comparable]) -> Iterator[tuple[Comparable, Comparable]]:
    """Each pair of statements of one period that cannot both hold, the lower one first, in
    the order of :func:`_pairwise`; a large fact's found in bulk (:func:`_conflict_blocks`)."""
    for group in _by_unit(items):
        ordered = sorted(group, key=lambda c: c.interval.low)
        if not _in_bulk(ordered):
            yield from _pairwise(ordered)
            continue
        for start, block in _conflict_blocks(ordered):
            lows, highs = np.nonzero(block)
            for i, j in zip((lows + start).tolist(), (highs + start + 1).tolist(), strict=True):
                yield ordered[i], ordered[j]


def _pairwise(ordered: Sequence[Comparable]) -> Iterator[tuple[Comparable, Comparable]]:
    """:func:`_conflicting`'s pairs of ``ordered`` (sorted by their lower bounds), asked one
    pair at a time."""
    for i, low in enumerate(ordered):
        for high in ordered[i + 1 :]:
            if _apart(low, high) and same_period(low.statement, high.statement):
                yield low, high


def _finding(low: Comparable, high: Comparable) -> Finding:
    """The values check's finding on a pair of :func:`_conflicting`."""
    return Finding(
        VALUES,
        (low.statement.claim_id, high.statement.claim_id),
        f"{_when(low.statement, high.statement)}: {_said(low.statement)} allows "
        f"{_span(low.interval)}, but {_said(high.statement)} allows {_span(high.interval)}: "
        f"more than {TOLERANCE:.0%} apart, they cannot both be right",
    )


@dataclass(frozen=True, slots=True)
class Period:
    """A point of a fact's timeline: the statements for one period and the values they allow."""

    date: str
    items: tuple[Comparable, ...]
    interval: Interval  # what they all allow, or the span of them if they disagree
    change: float | None  # relative change of the midpoint since the previous period


def timeline(items: Sequence[Comparable]) -> list[Period]:
    """The fact's dated statements, period by period, oldest first."""
    periods: dict[str, list[Comparable]] = defaultdict(list)
    for c in items:
        if c.statement.date:
            periods[c.statement.date].append(c)
    result: list[Period] = []
    previous: float | None = None
    for date in sorted(periods):
        cs = periods[date]
        low, high = max(c.interval.low for c in cs), min(c.interval.high for c in cs)
        if low > high:
            low, high = min(c.interval.low for c in cs), max(c.interval.high for c in cs)
        middle = (low + high) / 2
        change = (middle - previous) / previous if previous else None
        result.append(Period(date, tuple(cs), Interval(low, high, cs[0].interval.unit), change))
        previous = middle
    return result


@dataclass(frozen=True, slots=True)
class FactChecks:
    """Every check's outcome for one fact."""

    findings: list[Finding]
    notes: list[str]
    timeline: list[Period]
    more: int = 0  # value findings not written out (see check_fact's ``most``)

    @property
    def changes_over_time(self) -> bool:
        """Whether the fact is stated for more than one period."""
        return len(self.timeline) > 1


def check_fact(
    members: Sequence[Statement],
    rates: Rates,
    rate_findings: Sequence[Finding] = (),
    most: int | None = None,
) -> FactChecks:
    """The checks for one fact; ``rate_findings`` are the corpus's, kept if they touch it;
    ``most``: write out at most this many value findings, only counting the others (a large
    fact's pairs would each make a message a reader shown a few does not see)."""
    items, notes = comparable(members, rates)
    ids = {s.claim_id for s in members}
    own_rates = [f for f in rate_findings if ids.intersection(f.claim_ids)]
    # The first ``most`` written out, the rest only counted.
    values = [_finding(low, high) for low, high in islice(_conflicting(items), most)]
    more = 0 if most is None else _conflicts(items) - len(values)
    return FactChecks(
        values + own_rates, notes, timeline(_by_unit(items)[0] if items else []), more
    )


def conflict_count(
    members: Sequence[Statement], rates: Rates, rate_index: dict[int, list[Finding]]
) -> int:
    """How many findings :func:`check_fact` gives; ``rate_index`` is
    :meth:`Rates.by_claim`. A lone statement has nothing to disagree with but rates."""
    own = {f: None for s in members for f in rate_index.get(s.claim_id, ())}
    if len(members) < 2:
        return len(own)
    # Counted, not written out: a large fact's pairs would each make a message.
    return _conflicts(comparable(members, rates)[0]) + len(own)


def _period_key(s: Statement) -> tuple[str | None, bool, bool, bool, bool]:
    """What :func:`same_period` reads of a statement."""
    return s.date, s.dated, s.fresh, s.disputes, s.reached


def _conflicts(items: Sequence[Comparable]) -> int:
    """How many pairs :func:`_conflicting` gives; a large fact's counted in bulk."""
    return sum(
        sum(int(np.count_nonzero(block)) for _, block in _conflict_blocks(group))
        if _in_bulk(group)
        else sum(1 for _ in _conflicting(group))
        for group in _by_unit(items)
    )


def _in_bulk(items: Sequence[Comparable]) -> bool:
    """Whether a fact's pairs are compared in bulk: from :data:`_BULK` statements, not of an
    event (its periods are its years)."""
    return len(items) >= _BULK and items[0].statement.dimension not in EVENT_MEASURES


def _conflict_blocks(items: Sequence[Comparable]) -> Iterator[tuple[int, NDArray[np.bool_]]]:
    """Which pairs of ``items`` conflict as :func:`_pairwise` asks each, :data:`_BLOCK`
    statements against the later ones at a time (a fact's pairs grow with the square of its
    claims): for each block, its first statement's index and whether statement
    ``first + row`` conflicts with statement ``first + 1 + column``."""
    low = np.array([c.interval.low for c in items])
    high = np.array([c.interval.high for c in items])
    middle = (low + high) / 2
    stated = np.array([_stated(c) for c in items])
    argues = np.array([c.statement.disputes for c in items])
    estimates = np.array([_estimate(c) for c in items])
    scale = np.array([SCALE_TOLERANCE.get(c.interval.unit, np.nan) for c in items])
    currencies: dict[str, int] = {}
    currency = np.array([currencies.setdefault(currency_of(c.statement.unit), len(currencies))
                         for c in items])  # fmt: skip
    # Whether two statements' periods match, asked once per pair of distinct periods.
    periods: dict[tuple[str | None, bool, bool, bool, bool], int] = {}
    kinds = np.array([periods.setdefault(_period_key(c.statement), len(periods)) for c in items])
    keys = list(periods)
    same = np.array(
        [[periods_match(a, a_own, b, b_own, a_fresh=a_new, b_fresh=b_new, a_disputes=a_arg,
                        b_disputes=b_arg, reached=a_by or b_by)
          for b, b_own, b_new, b_arg, b_by in keys] for a, a_own, a_new, a_arg, a_by in keys],
        dtype=bool,
    )  # fmt: skip
    for start in range(0, len(items) - 1, _BLOCK):
        rows = slice(start, min(start + _BLOCK, len(items) - 1))
        i = np.arange(rows.start, rows.stop)[:, None]
        j = slice(rows.start + 1, None)  # each pair once: j > i
        later = np.arange(rows.start + 1, len(items))[None, :] > i
        alike = (estimates[rows, None] == estimates[None, j]) & (estimates[rows, None] > 0)
        argued = argues[rows, None] | argues[None, j] | alike
        apart = (low[rows, None] > high[None, j]) | (low[None, j] > high[rows, None]) | argued
        a, b = (
            np.where(argued, stated[rows, None], middle[rows, None]),
            np.where(argued, stated[None, j], middle[None, j]),
        )
        # (as _apart: sums in two currencies may differ by the rate of the day too)
        tolerance = np.where(
            currency[rows, None] != currency[None, j], TOLERANCE + RATE_TOLERANCE, TOLERANCE
        )
        far = np.where(
            np.isnan(scale[rows, None]),
            np.abs(b - a) > tolerance * np.maximum(np.abs(a), np.abs(b)),
            np.abs(b - a) > scale[rows, None],
        )
        matching = same[kinds[rows, None], kinds[None, j]]
        yield start, later & apart & far & matching
