"""The core commands: show, review, history, export, stats (`claims` is in
:mod:`factdb.cli.claims_list`)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from factdb.claims.description import (
    citation_fields,
    claim_fields,
    claim_headline,
    review_summary,
)
from factdb.claims.queries import (
    ClaimFilter,
    claim_context,
    history,
    stats,
)
from factdb.claims.review import Correction, review_claim, undo_last_review
from factdb.claims.validation import STATUSES
from factdb.cli import app
from factdb.cli.options import db_option, filter_options, open_db, reviewer_option
from factdb.errors import ValidationError
from factdb.export import EXPORTERS
from factdb.store.models import Review

console = Console(highlight=False)


def _print_history(reviews: list[Review]) -> None:
    if not reviews:
        console.print("no reviews yet")
        return
    for r in reviews:
        stamp = r.created_at.strftime("%Y-%m-%d %H:%M:%S")
        console.print(escape(f"{stamp}  {r.reviewer}  [{r.action}] {review_summary(r)}"))


@app.command()
@click.argument("claim_id", type=int)
@db_option
def show(claim_id: int, db_url: str | None) -> None:
    """Show a claim in its context, with its citation and review history."""
    ctx = claim_context(open_db(db_url), claim_id)
    c = ctx.claim
    start = c.start - ctx.paragraph_start
    end = c.end - ctx.paragraph_start
    para = ctx.paragraph
    console.print(f"[bold]{escape(claim_headline(c))}[/]")
    for label, value in citation_fields(ctx):
        console.print(f"{label:<12} {escape(value)}", soft_wrap=True)
    console.print(
        ("…" if ctx.clipped_before else "")
        + escape(para[:start])
        + "[reverse]"
        + escape(para[start:end])
        + "[/reverse]"
        + escape(para[end:])
        + ("…" if ctx.clipped_after else "")
    )
    for label, value in claim_fields(ctx):
        console.print(f"{label:<12} {escape(value)}", soft_wrap=True)  # one line per field
    console.print("[bold]history[/]")
    _print_history(ctx.history)


@app.command()
@click.argument("claim_id", type=int)
@click.option("--status", type=click.Choice(STATUSES), help="New status (unreviewed resets).")
@click.option("--note", help="A note for the record.")
@click.option("--evidence", help="Evidence URL.")
@click.option("--value", type=float, help="Corrected value.")
@click.option("--value-max", type=float, help="Corrected upper end of a range.")
@click.option("--unit", help="Corrected unit.")
@click.option("--noun", help="Corrected noun (what is counted).")
@click.option("--undo", is_flag=True, help="Undo the claim's latest review (yours) instead.")
@click.option("--force", is_flag=True, help="With --undo: undo another reviewer's review too.")
@click.option("--expect-version", type=int, help="Refuse if the claim changed since VERSION.")
@reviewer_option
@db_option
def review(
    claim_id: int,
    status: str | None,
    note: str | None,
    evidence: str | None,
    value: float | None,
    value_max: float | None,
    unit: str | None,
    noun: str | None,
    undo: bool,
    force: bool,
    expect_version: int | None,
    reviewer: str | None,
    db_url: str | None,
) -> None:
    """Review a claim: set its status, note, evidence or corrections (scriptable)."""
    database = open_db(db_url)
    if undo:
        claim = undo_last_review(database, claim_id, reviewer=reviewer, force=force)
    else:
        correction = Correction(value=value, value_max=value_max, unit=unit, noun=noun)
        if status is None and note is None and evidence is None and not correction.changes():
            raise ValidationError(
                "nothing to record: give --status, --note, --evidence or a correction"
            )
        claim = review_claim(
            database,
            claim_id,
            status=status,
            note=note,
            evidence_url=evidence,
            correction=correction,
            reviewer=reviewer,
            expected_version=expect_version,
        )
    console.print(f"claim {claim.id}: {claim.status} (version {claim.version})")


@app.command("history")
@click.argument("claim_id", type=int)
@db_option
def history_command(claim_id: int, db_url: str | None) -> None:
    """Show a claim's review history (append-only audit trail)."""
    _print_history(history(open_db(db_url), claim_id))


@app.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(EXPORTERS)),
    default="csv",
    show_default=True,
    help="csv: one row per claim; jsonl: full backup; claimreview: schema.org JSON-LD.",
)
@filter_options
@db_option
def export(file: Path, fmt: str, filters: ClaimFilter, db_url: str | None) -> None:
    """Export claims to FILE (CSV by default), written atomically."""
    exporter = EXPORTERS[fmt]
    if not file.parent.is_dir():
        raise ValidationError(f"{file.parent}: no such folder")
    n = exporter(open_db(db_url), file, filters)
    console.print(f"wrote {n} record(s) to {file}")


@app.command("stats")
@db_option
def stats_command(db_url: str | None) -> None:
    """Counts of sources, articles, claims by status and kind, and reviews."""
    s = stats(open_db(db_url))
    console.print(
        f"sources {s.sources}  articles {s.articles}  claims {s.claims}  "
        f"orphaned {s.orphaned}  reviews {s.reviews}"
    )
    console.print("by status: " + "  ".join(f"{k} {v}" for k, v in s.by_status.items()))
    console.print("by kind:   " + "  ".join(f"{k} {v}" for k, v in s.by_kind.items()))
