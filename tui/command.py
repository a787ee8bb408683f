"""`factdb tui`: the review app's command, plugged into the factdb CLI by an entry point."""

from __future__ import annotations

import click

from factdb.cli.options import db_option, open_db, reviewer_option


@click.command()
@reviewer_option
@db_option
def tui(reviewer: str | None, db_url: str | None) -> None:
    """Open the review app (keyboard-first claim review)."""
    from tui.app import create_app

    create_app(open_db(db_url), reviewer=reviewer).run()
