"""The facts screen: facts with conflicts first, and for the highlighted fact its claims
(the claim the screen was opened from marked), the checks in words and the timeline."""

from __future__ import annotations

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

from factdb.db import Database
from factdb.describe import check_lines, fact_dates, timeline_lines
from factdb.facts import Finding
from factdb.facts.queries import FactDetail, fact_detail, fact_of_claim, list_facts, rate_findings
from factdb.models import Fact
from tui.errors import ReportsWorkerErrors


class FactsLoaded(Message):
    """Every fact (conflicts first), the corpus's rate findings, and the fact to select."""

    def __init__(self, facts: list[Fact], rates: list[Finding], selected: int | None) -> None:
        super().__init__()
        self.facts = facts
        self.rates = rates
        self.selected = selected


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
    ]

    def __init__(self, db: Database, claim_id: int | None = None) -> None:
        super().__init__()
        self._db = db
        self._claim_id = claim_id
        self._facts: list[Fact] = []
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
    def _load(self, conflicts_only: bool) -> None:
        facts = list_facts(self._db, conflicts_only=conflicts_only)
        rates = rate_findings(self._db)
        fact = (
            fact_of_claim(self._db, self._claim_id, refresh=False)
            if self._claim_id is not None
            else None
        )
        if not get_current_worker().is_cancelled:
            self.post_message(FactsLoaded(facts, rates, fact.id if fact else None))

    @work(thread=True, exclusive=True, group="fact-detail", exit_on_error=False)
    def _load_detail(self, fact_id: int) -> None:
        # The listing refreshed the facts when the screen opened; moving the cursor reads.
        detail = fact_detail(self._db, fact_id, refresh=False)
        if not get_current_worker().is_cancelled:
            self.post_message(FactDetailLoaded(detail))

    @on(FactsLoaded)
    def _show(self, message: FactsLoaded) -> None:
        self._facts = message.facts
        table = self.query_one("#facts", DataTable)
        table.clear()
        for f in message.facts:
            table.add_row(
                str(f.id),
                f.name,
                f.dimension,
                str(f.claims),
                str(f.sources),
                fact_dates(f),
                str(f.conflicts or ""),
            )
        table.loading = False
        if message.rates:
            self.notify(
                "\n".join(r.message for r in message.rates),
                title=f"{len(message.rates)} stale currency conversion(s)",
                severity="warning",
            )
        if self._claim_id is not None and message.selected is None:
            self.notify(f"claim {self._claim_id} is in no fact", severity="warning")
        ids = [f.id for f in message.facts]
        if message.selected in ids:
            table.move_cursor(row=ids.index(message.selected))
        elif self._facts:
            self._load_detail(self._facts[0].id or 0)

    @on(DataTable.RowHighlighted, "#facts")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self._facts):
            self._load_detail(self._facts[event.cursor_row].id or 0)

    @on(FactDetailLoaded)
    def _show_detail(self, message: FactDetailLoaded) -> None:
        self.query_one("#fact-text", Static).update(render_detail(message.detail, self._claim_id))

    def action_conflicts(self) -> None:
        self._conflicts_only = not self._conflicts_only
        self.query_one("#facts-title", Label).update(
            "Facts — conflicts only" if self._conflicts_only else "Facts — conflicts first"
        )
        self.query_one("#facts", DataTable).loading = True
        self._load(self._conflicts_only)

    def action_back(self) -> None:
        self.dismiss(None)
