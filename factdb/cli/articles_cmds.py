"""Articles and their reference dates: `articles` lists them, `article ID --published` sets
one's date and re-resolves its claims' dates."""

from __future__ import annotations

from datetime import date

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from factdb.claims.queries import list_articles
from factdb.claims.reextract import redate_article
from factdb.cli import app
from factdb.cli.options import db_option, open_db
from factdb.cli.store_cmds import parse_published
from factdb.errors import NotFoundError
from factdb.ingest.refdate import ReferenceDate

console = Console(highlight=False)


def _shown(published: date | None, precision: str | None) -> str:
    return "" if published is None else str(ReferenceDate(published, precision or "day"))


@app.command("articles")
@click.option("--source", "source_id", type=int, help="Only this source id's articles.")
@db_option
def articles_command(source_id: int | None, db_url: str | None) -> None:
    """List articles with their position in the source, title and reference date."""
    rows = list_articles(open_db(db_url))
    if source_id is not None:
        rows = [r for r in rows if r.article.source_id == source_id]
        if not rows:  # every stored source has at least one article
            raise NotFoundError(f"source {source_id}: no such source")
    table = Table(box=None, header_style="bold")
    for column in ("id", "source", "pos", "title", "date", "precision", "inferred", "claims"):
        table.add_column(column, overflow="fold")
    for row in rows:
        a = row.article
        table.add_row(
            str(a.id),
            str(a.source_id),
            str(a.ordinal),
            escape(a.title),
            _shown(a.published, a.published_precision),
            a.published_precision or "",
            "yes" if a.published_inferred and a.published else "no",
            str(row.claims),
        )
    console.print(table)
    console.print(f"{len(rows)} article(s)")


@app.command("article")
@click.argument("article_id", type=int)
@click.option(
    "--published",
    metavar="YYYY[-MM[-DD]]",
    required=True,
    help="The article's date, as precise as known; its claims' dates are resolved again.",
)
@db_option
def article_command(article_id: int, published: str, db_url: str | None) -> None:
    """Set an article's reference date and re-resolve its claims' dates (reviews stay)."""
    when = parse_published(published)
    done = redate_article(open_db(db_url), article_id, when.date, when.precision)
    before, precision, inferred = done.before
    was = _shown(before, precision) or "none"
    console.print(
        f"article {article_id}: date {was}{' (inferred)' if inferred and before else ''} → {when}"
    )
    for change in done.dates:
        console.print(
            escape(
                f"claim {change.claim_id} {change.date_text!r}: "
                f"{change.before or 'none'} → {change.after or 'none'}"
            )
        )
    c = done.claims
    console.print(
        f"{len(done.dates)} claim date(s) changed; re-extracted: {c.kept} kept, {c.changed} "
        f"changed, {c.added} added, {c.orphaned} orphaned, {c.restored} restored"
    )
