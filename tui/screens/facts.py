"""The facts screen: facts with conflicts first, and for the highlighted fact its claims
(the claim the screen was opened from marked), the checks in words and the timeline; the
reviewer renames, merges and splits facts here, and undoes those choices.

A corpus may hold a hundred thousand facts: the screen reads a page of them (:data:`PAGE`)
around the fact it opens on, and the next page above or below as the cursor nears either end
of those read; the title says which they are of how many."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, Static
from textual.worker import get_current_worker

from factdb.errors import ValidationError
from factdb.facts import Finding, ensure_facts
from factdb.facts.build import STEPS
from factdb.facts.listing import (
    FactDetail,
    count_facts,
    fact_detail,
    fact_of_claim,
    fact_position,
    list_facts,
    rate_findings,
)
from factdb.facts.overrides import merge_facts, rename_fact, split_claim, undo_override
from factdb.facts.wording import (
    check_lines,
    fact_dates,
    timeline_lines,
    undone_text,
    why_text,
)
from factdb.store.database import Database
from factdb.store.models import Fact
from tui.screens.prompt import TextPrompt
from tui.worker_errors import ReportsWorkerErrors

PAGE = 200  # facts read at a time
EDGE = 20  # rows from either end of those read at which the next page is read


class FactsLoaded(Message):
    """A page of facts (conflicts first) from position ``start`` of ``total``, the corpus's
    rate findings, the fact to select, and the claim the screen was opened on if it is in no
    fact."""

    def __init__(
        self,
        facts: list[Fact],
        start: int,
        total: int,
        rates: list[Finding],
        selected: int | None,
        unplaced_claim: int | None = None,
    ) -> None:
        super().__init__()
        self.facts = facts
        self.start = start
        self.total = total
        self.rates = rates
        self.selected = selected
        self.unplaced_claim = unplaced_claim


class FactsBuilding(Message):
    """The facts are being built: step ``step`` (from 1) of :data:`STEPS`."""

    def __init__(self, step: int, what: str) -> None:
        super().__init__()
        self.step = step
        self.what = what


class FactsPage(Message):
    """The facts from position ``start`` next to those shown, read for listing ``listing``."""

    def __init__(self, facts: list[Fact], start: int, listing: int) -> None:
        super().__init__()
        self.facts = facts
        self.start = start
        self.listing = listing


class FactEdited(Message):
    """A rename, merge, split or undo was saved: what it did, and the fact to select."""

    def __init__(self, done: str, fact_id: int | None) -> None:
        super().__init__()
        self.done = done
        self.fact_id = fact_id


def _number(text: str) -> int:
    """A fact or claim id typed into a prompt."""
    if not text.isdigit():
        raise ValidationError(f"{text!r} is not an id")
    return int(text)


class FactDetailLoaded(Message):
    """One fact's claims, checks and timeline."""

    def __init__(self, detail: FactDetail) -> None:
        super().__init__()
        self.detail = detail


def render_detail(detail: FactDetail, marked_claim: int | None) -> str:
    """The detail pane's text (Rich markup): claims, checks in words, timeline."""
    f = detail.fact
    lines = [f"[b]{escape(f.name)}[/b]  [dim]{escape(f.key)}[/dim]", ""]
    for m in detail.members:
        c = m.claim
        mark = "▶ " if c.id == marked_claim else "  "
        where = m.outlet or m.source_url or m.source_path
        lines.append(
            f"{mark}claim {c.id}  {m.statement.date or '—':<10}  “{escape(c.quote)}” "
            f"({c.qualifier})  {escape(where)}  [i]{c.status}[/i]"
        )
        lines.append(f"      {why_text(m.evidence)}")
    lines.append("")
    lines += check_lines(detail.checks)
    if detail.checks.changes_over_time:
        lines += ["", "[b]timeline[/b] (a change over time, not a conflict)"]
        lines += timeline_lines(detail.checks)
    return "\n".join(lines)


class FactsScreen(ReportsWorkerErrors, Screen[None]):
    """Browse facts; opened from a claim, it selects that claim's fact and marks the claim."""

    CSS_PATH = "facts.tcss"
    AUTO_FOCUS = "#facts"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="facts-back"),
        Binding("c", "conflicts", "Conflicts only", id="facts-conflicts"),
        Binding("r", "rename", "Rename", id="facts-rename"),
        Binding("m", "merge", "Merge", id="facts-merge"),
        Binding("s", "split", "Split", id="facts-split"),
        Binding("u", "undo", "Undo", id="facts-undo"),
    ]

    def __init__(self, db: Database, claim_id: int | None = None, *, reviewer: str) -> None:
        super().__init__()
        self._db = db
        self._claim_id = claim_id
        self._reviewer = reviewer
        self._facts: list[Fact] = []  # those read: positions start to start + len
        self._start = 0
        self._total = 0
        self._listing = 0  # counts the listings read, so a late page of an old one is dropped
        self._conflicts_only = False

    def compose(self) -> ComposeResult:
        yield Label("Facts — conflicts first", id="facts-title")
        table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True, id="facts")
        table.add_columns("id", "fact", "dimension", "claims", "sources", "dates", "conflicts")
        yield table
        with VerticalScroll(id="fact-detail"):
            yield Static("", id="fact-text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#facts", DataTable).loading = True
        self._load(self._conflicts_only)

    @work(thread=True, exclusive=True, group="facts", exit_on_error=False)
    def _load(self, conflicts_only: bool, select: int | None = None) -> None:
        # Brings the facts up to date: a first build of a large corpus takes a while.
        ensure_facts(self._db, self._tell_building)
        total = count_facts(self._db, conflicts_only=conflicts_only, refresh=False)
        rates = rate_findings(self._db)
        unplaced = None
        if select is None and self._claim_id is not None:
            fact = fact_of_claim(self._db, self._claim_id, refresh=False)
            select = fact.id if fact else None
            unplaced = None if fact else self._claim_id
        position = (
            None
            if select is None
            else fact_position(self._db, select, conflicts_only=conflicts_only, refresh=False)
        )
        start = 0 if position is None else max(0, position - PAGE // 2)
        facts = list_facts(
            self._db, conflicts_only=conflicts_only, limit=PAGE, offset=start, refresh=False
        )
        if not get_current_worker().is_cancelled:
            self.post_message(FactsLoaded(facts, start, total, rates, select, unplaced))

    @work(thread=True, exclusive=True, group="facts-page", exit_on_error=False)
    def _load_page(self, start: int, limit: int, listing: int) -> None:
        facts = list_facts(
            self._db,
            conflicts_only=self._conflicts_only,
            limit=limit,
            offset=start,
            refresh=False,
        )
        if not get_current_worker().is_cancelled:
            self.post_message(FactsPage(facts, start, listing))

    @work(thread=True, exclusive=True, group="fact-detail", exit_on_error=False)
    def _load_detail(self, fact_id: int) -> None:
        # The listing refreshed the facts when the screen opened; moving the cursor reads.
        detail = fact_detail(self._db, fact_id, refresh=False)
        if not get_current_worker().is_cancelled:
            self.post_message(FactDetailLoaded(detail))

    def _add_rows(self, facts: list[Fact]) -> None:
        table = self.query_one("#facts", DataTable)
        table.add_rows(
            (
                str(f.id),
                f.name,
                f.dimension,
                str(f.claims),
                str(f.sources),
                fact_dates(f),
                str(f.conflicts or ""),
            )
            for f in facts
        )

    def _title(self) -> None:
        which = "conflicts only" if self._conflicts_only else "conflicts first"
        shown = (
            f"{self._start + 1:,}–{self._start + len(self._facts):,} of {self._total:,}"
            if self._facts
            else "none"
        )
        self.query_one("#facts-title", Label).update(f"Facts — {which}  ({shown})")

    def _tell_building(self, step: int, what: str) -> None:
        self.post_message(FactsBuilding(step, what))  # from the worker's thread

    @on(FactsBuilding)
    def _building(self, message: FactsBuilding) -> None:
        self.query_one("#facts-title", Label).update(
            f"Facts — building: {message.what} (step {message.step} of {len(STEPS)})…"
        )

    @on(FactsLoaded)
    def _show(self, message: FactsLoaded) -> None:
        self._listing += 1
        self._facts, self._start, self._total = message.facts, message.start, message.total
        self._title()
        table = self.query_one("#facts", DataTable)
        table.clear()
        self._add_rows(message.facts)
        table.loading = False
        if message.rates:
            self.notify(
                "\n".join(r.message for r in message.rates),
                title=f"{len(message.rates)} stale currency conversion(s)",
                severity="warning",
            )
        if message.unplaced_claim is not None:
            self.notify(f"claim {message.unplaced_claim} is in no fact", severity="warning")
        ids = [f.id for f in message.facts]
        if message.selected in ids:
            table.move_cursor(row=ids.index(message.selected))
        elif self._facts:
            self._load_detail(self._facts[0].id or 0)

    @on(DataTable.RowHighlighted, "#facts")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self._facts):
            self._load_detail(self._facts[event.cursor_row].id or 0)
        row = self.query_one("#facts", DataTable).cursor_row  # the event's may be stale
        end = self._start + len(self._facts)
        if row >= len(self._facts) - EDGE and end < self._total:
            self._load_page(end, PAGE, self._listing)
        elif row < EDGE and self._start > 0:
            start = max(0, self._start - PAGE)
            self._load_page(start, self._start - start, self._listing)

    @on(FactsPage)
    def _more(self, message: FactsPage) -> None:
        """Add a page read above or below those shown, the cursor staying on its fact."""
        if message.listing != self._listing or not message.facts:
            return
        table = self.query_one("#facts", DataTable)
        if message.start == self._start + len(self._facts):
            self._facts += message.facts
            self._add_rows(message.facts)
        elif message.start + len(message.facts) == self._start:
            row = table.cursor_row + len(message.facts)
            self._facts = message.facts + self._facts
            self._start = message.start
            table.clear()
            self._add_rows(self._facts)
            table.move_cursor(row=row, animate=False)
        self._title()

    @on(FactDetailLoaded)
    def _show_detail(self, message: FactDetailLoaded) -> None:
        self.query_one("#fact-text", Static).update(render_detail(message.detail, self._claim_id))

    def action_conflicts(self) -> None:
        self._conflicts_only = not self._conflicts_only
        self.query_one("#facts", DataTable).loading = True
        self._load(self._conflicts_only)

    def _fact_at_cursor(self) -> Fact | None:
        row = self.query_one("#facts", DataTable).cursor_row
        return self._facts[row] if 0 <= row < len(self._facts) else None

    def _ask(self, title: str, value: str, then: Callable[[str], object], *, ids: bool) -> None:
        """Prompt for one line (an id when ``ids``) and pass what was typed to ``then``."""

        def entered(text: str | None) -> None:
            if text:
                then(text)

        check = _number if ids else None
        self.app.push_screen(TextPrompt(title, value=value, check=check), entered)

    def action_rename(self) -> None:
        if (fact := self._fact_at_cursor()) is None or fact.id is None:
            return
        fact_id = fact.id

        def rename(name: str) -> None:
            rename_fact(self._db, fact_id, name, reviewer=self._reviewer)
            self.post_message(FactEdited(f"fact {fact_id} is now called {name!r}", fact_id))

        self._ask(f"Rename fact {fact_id}", fact.name, lambda n: self._edit(rename, n), ids=False)

    def action_merge(self) -> None:
        if (fact := self._fact_at_cursor()) is None or fact.id is None:
            return
        fact_id = fact.id

        def merge(into: str) -> None:
            merged = merge_facts(self._db, fact_id, _number(into), reviewer=self._reviewer)
            self.post_message(FactEdited(f"merged fact {fact_id} into fact {merged}", merged))

        title = f"Merge fact {fact_id} into fact (id)"
        self._ask(title, "", lambda into: self._edit(merge, into), ids=True)

    def action_split(self) -> None:
        def split(claim: str) -> None:
            new = split_claim(self._db, _number(claim), reviewer=self._reviewer)
            self.post_message(FactEdited(f"claim {claim} is now fact {new}", new))

        marked = "" if self._claim_id is None else str(self._claim_id)
        title = "Take claim (id) out of its fact"
        self._ask(title, marked, lambda claim: self._edit(split, claim), ids=True)

    def action_undo(self) -> None:
        def undo(_: str) -> None:
            undone = undo_override(self._db, reviewer=self._reviewer)
            self.post_message(FactEdited(undone_text(undone), undone.fact_id))

        self._edit(undo, "")

    @work(thread=True, group="fact-edit", exit_on_error=False)
    def _edit(self, change: Callable[[str], None], text: str) -> None:
        change(text)

    @on(FactEdited)
    def _edited(self, message: FactEdited) -> None:
        self.notify(message.done, title="Facts")
        self._load(self._conflicts_only, message.fact_id)

    def action_back(self) -> None:
        self.dismiss(None)
