"""Fact tracking commands: facts, fact, fact-merge, fact-split, fact-rename, fact-undo."""

from __future__ import annotations

import click
from rich import progress as rich_progress
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from factdb.cli import app
from factdb.cli.options import db_option, open_db, reviewer_option
from factdb.cli.progress import progress_bar
from factdb.facts import ensure_facts, rebuild
from factdb.facts.build import STEPS, Progress, Stale
from factdb.facts.checks import FactChecks
from factdb.facts.listing import conversion_rates, fact_detail, fact_totals, list_facts
from factdb.facts.overrides import merge_facts, rename_fact, split_claim, undo_override
from factdb.facts.wording import check_lines, fact_dates, timeline_lines, undone_text, why_text
from factdb.store.database import Database

console = Console(highlight=False)
CHECKS_SHOWN = 10  # check lines per fact in `facts --conflicts` (all in `fact ID`)


def _refresh(database: Database) -> None:
    """Bring the facts up to date (a bar shows a regrouping's steps), or say that this
    connection may only read them."""
    with progress_bar("facts") as bar:
        found = ensure_facts(database, _steps(bar))
    if isinstance(found, Stale):
        console.print(f"[yellow]note[/]: {escape(found.reason)}")


def _steps(bar: rich_progress.Progress) -> Progress:
    """A build's progress callback moving ``bar`` (a rich Progress) step by step."""
    task = bar.add_task("", total=len(STEPS), visible=False)

    def step(at: int, what: str) -> None:
        bar.update(task, completed=at - 1, description=what, visible=True)

    return step


def _shown(lines: list[str], most: int, where: str, unwritten: int = 0) -> list[str]:
    """The first ``most`` of ``lines`` (and of ``unwritten`` lines after them), indented,
    and how many more ``where`` shows."""
    shown = [f"  {line}" for line in lines[:most]]
    if len(lines) + unwritten > most:
        shown.append(f"  [dim]… {len(lines) + unwritten - most} more: {escape(where)}[/]")
    return shown


def _print_checks(checks: FactChecks) -> None:
    for line in check_lines(checks):
        console.print(line)


@app.command("facts")
@click.option("--conflicts", is_flag=True, help="Only facts whose claims disagree.")
@click.option("--search", metavar="TEXT", help="Name, noun or subject contains TEXT.")
@click.option(
    "--limit",
    default=50,
    show_default=True,
    help="At most this many facts, and stale rates with --conflicts (0: all).",
)
@click.option("--rebuild", "force", is_flag=True, help="Recompute every fact first.")
@db_option
def facts_command(
    conflicts: bool, search: str | None, limit: int, force: bool, db_url: str | None
) -> None:
    """List facts (claims grouped by what they measure), conflicting ones first."""
    database = open_db(db_url)
    if force:
        with progress_bar("facts") as bar:
            report = rebuild(database, _steps(bar))
        console.print(
            f"rebuilt {report.facts} fact(s) from {report.claims} claim(s) in {report.seconds:.2f}s"
        )
    _refresh(database)
    facts = list_facts(
        database, conflicts_only=conflicts, search=search, limit=limit or None, refresh=False
    )
    table = Table(box=None, header_style="bold")
    for column in ("id", "fact", "dimension", "claims", "sources", "dates", "conflicts"):
        table.add_column(column, overflow="fold")
    for f in facts:
        table.add_row(
            str(f.id),
            escape(f.name),
            f.dimension,
            str(f.claims),
            str(f.sources),
            fact_dates(f),
            f"[red]{f.conflicts}[/]" if f.conflicts else "",
        )
    console.print(table)
    if conflicts:
        rates = conversion_rates(database)
        for f in facts:
            # Only the conflicts shown are written out (one at least: with none, the checks
            # would read as consistent); the others are counted.
            checks = fact_detail(
                database, f.id or 0, refresh=False, rates=rates, most=max(CHECKS_SHOWN, 1)
            ).checks
            where = f"`factdb fact {f.id}`"
            lines = _shown(check_lines(checks), CHECKS_SHOWN, where, checks.more)
            console.print("\n".join([f"[bold]fact {f.id}[/] {escape(f.name)}", *lines]))
        findings = rates.findings()
        console.print(f"[bold]currency conversions[/]: {len(findings)} stale or odd rate(s)")
        stale = [f"[red]stale rate[/]: {escape(finding.message)}" for finding in findings]
        if stale:
            console.print("\n".join(_shown(stale, limit or len(stale), "--limit 0")))
    totals = fact_totals(database, refresh=False)
    console.print(
        f"{len(facts)} shown; {totals.facts} fact(s), {totals.multi_claim} with more than one "
        f"claim, {totals.conflicting} with conflicts"
    )


@app.command("fact")
@click.argument("fact_id", type=int)
@db_option
def fact_command(fact_id: int, db_url: str | None) -> None:
    """Show a fact: every claim with its source, date and status, the checks and timeline."""
    database = open_db(db_url)
    _refresh(database)
    detail = fact_detail(database, fact_id, refresh=False)
    f = detail.fact
    console.print(f"[bold]fact {f.id}[/]  {escape(f.name)}")
    console.print(
        f"key {escape(f.key)}  ({f.dimension}; subject {escape(f.subject) or '—'})",
        style="dim",
    )
    table = Table(box=None, header_style="bold")
    for column in ("claim", "date", "quote", "q", "source", "article", "status"):
        table.add_column(column, overflow="fold")
    for m in detail.members:
        c = m.claim
        table.add_row(
            str(c.id),
            m.statement.date or "",
            escape(c.quote),
            c.qualifier,
            escape(m.outlet or m.source_url or m.source_path),
            escape(m.article_title),
            c.status,
        )
    console.print(table)
    console.print("[bold]why each claim is here[/]")
    for m in detail.members:
        console.print(f"  claim {m.claim.id}: {why_text(m.evidence)}")
    for conv in detail.conversions:
        console.print(
            f"conversion  claim {conv.claim_id} “{escape(conv.quote)}” for “"
            f"{escape(conv.of_quote)}”: 1 {conv.from_currency} = {conv.rate:.4g} {conv.to_currency}"
        )
    console.print("[bold]checks[/]")
    _print_checks(detail.checks)
    if detail.checks.changes_over_time:
        console.print("[bold]timeline[/] (a change over time, not a conflict)")
        for line in timeline_lines(detail.checks):
            console.print(line)


@app.command("fact-merge")
@click.argument("fact_id", type=int)
@click.argument("into_id", type=int)
@reviewer_option
@db_option
def fact_merge(fact_id: int, into_id: int, reviewer: str | None, db_url: str | None) -> None:
    """Merge fact FACT_ID into fact INTO_ID (kept across re-extraction)."""
    merged = merge_facts(open_db(db_url), fact_id, into_id, reviewer=reviewer)
    console.print(f"merged fact {fact_id} into fact {merged}")


@app.command("fact-split")
@click.argument("claim_id", type=int)
@reviewer_option
@db_option
def fact_split(claim_id: int, reviewer: str | None, db_url: str | None) -> None:
    """Take claim CLAIM_ID out of its fact into a fact of its own."""
    new = split_claim(open_db(db_url), claim_id, reviewer=reviewer)
    console.print(f"claim {claim_id} is now fact {new}")


@app.command("fact-rename")
@click.argument("fact_id", type=int)
@click.argument("name")
@reviewer_option
@db_option
def fact_rename(fact_id: int, name: str, reviewer: str | None, db_url: str | None) -> None:
    """Rename fact FACT_ID to NAME."""
    rename_fact(open_db(db_url), fact_id, name, reviewer=reviewer)
    console.print(f"fact {fact_id} is now called {escape(name)!r}")


@app.command("fact-undo")
@click.argument("override_id", type=int, required=False)
@reviewer_option
@db_option
def fact_undo(override_id: int | None, reviewer: str | None, db_url: str | None) -> None:
    """Undo the latest merge, split or rename (or OVERRIDE_ID); the undo is recorded too."""
    undone = undo_override(open_db(db_url), override_id, reviewer=reviewer)
    console.print(escape(undone_text(undone)))
