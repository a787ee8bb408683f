"""`factdb claims`: the listing people run most, kept fast to start. A plain SQLite file at the
current schema is read with the standard library (:mod:`factdb.claims.quick_list`); any other
database through the full reader. Both give the same rows, in the same order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from factdb.claims import quick_list
from factdb.claims.description import value_text
from factdb.claims.fields import effective
from factdb.claims.filters import ClaimFilter
from factdb.cli import app
from factdb.cli.options import db_option, filter_options, open_db
from factdb.store.locate import resolve_url

if TYPE_CHECKING:
    from factdb.store.models import Claim

console = Console(highlight=False)
COLUMNS = ("id", "art", "quote", "value", "q", "noun", "date", "status")


@app.command("claims")
@filter_options
@click.option("--limit", default=50, show_default=True, help="At most this many rows (0: all).")
@click.option("--offset", default=0, help="Skip this many rows first.")
@click.option("--sort", default="id", help="Sort by id, article, value, unit, kind, date, status…")
@click.option("--desc", is_flag=True, help="Sort descending.")
@db_option
def claims_command(
    filters: ClaimFilter, limit: int, offset: int, sort: str, desc: bool, db_url: str | None
) -> None:
    """List claims, filtered."""
    page: dict[str, Any] = {
        "offset": offset,
        "limit": limit or None,
        "sort": sort,
        "descending": desc,
    }
    rows: Sequence[quick_list.ListedClaim | Claim]
    with quick_list.current_sqlite(resolve_url(db_url)) as connection:
        if connection is not None:
            rows = quick_list.list_claims(connection, filters, **page)
            total = quick_list.count_claims(connection, filters)
    if connection is None:
        from factdb.claims import queries

        database = open_db(db_url)
        rows = [row.claim for row in queries.list_claims(database, filters, **page)]
        total = queries.count_claims(database, filters)
    table = Table(box=None, header_style="bold")
    for column in COLUMNS:
        table.add_column(column, overflow="fold")
    for claim in rows:
        table.add_row(*cells(claim))
    console.print(table)
    console.print(f"{len(rows)} of {total} claim(s)")


def cells(c: quick_list.ListedClaim | Claim) -> tuple[str, ...]:
    """A claim's cells under :data:`COLUMNS`, as the reviewer left it."""
    return (
        str(c.id),
        str(c.article_id),  # the id `--article` takes
        escape(c.quote),
        escape(value_text(c)),
        c.qualifier,
        escape(effective(c, "noun")),
        c.date or "",
        c.status,
    )
