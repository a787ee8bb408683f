"""Options shared by many commands, as stacked decorators: one `--db`, one set of filters."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from factdb.environment import DEFAULT_URL, REVIEWER_ENV, URL_ENV

if TYPE_CHECKING:
    from factdb.store.database import Database

F = TypeVar("F", bound=Callable[..., Any])

db_option = click.option(
    "--db",
    "db_url",
    envvar=URL_ENV,
    metavar="URL",
    help=f"Database URL (${URL_ENV}; default {DEFAULT_URL}).",
)
reviewer_option = click.option(
    "--reviewer",
    envvar=REVIEWER_ENV,
    help=f"Name recorded with each review (${REVIEWER_ENV}; default: your login name).",
)


_FILTER_OPTIONS = (
    click.option("--status", help="Only this status: unreviewed, verified, disputed, rejected."),
    click.option("--kind", help="Only this kind: count, money, percent, measure, duration…"),
    click.option("--unit", help="Only this unit: USD, percent, mile…"),
    click.option("--article", "article_id", type=int, help="Only this article id."),
    click.option("--search", metavar="TEXT", help="Quote, sentence or noun contains TEXT."),
    click.option("--orphaned", is_flag=True, help="Include claims no longer extracted."),
)


def filter_options(command: F) -> F:
    """Add the claim filter options; the command receives them as one ``filters`` argument."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from factdb.claims.filters import ClaimFilter

        kwargs["filters"] = ClaimFilter(
            status=kwargs.pop("status"),
            kind=kwargs.pop("kind"),
            unit=kwargs.pop("unit"),
            article_id=kwargs.pop("article_id"),
            search=kwargs.pop("search"),
            include_orphaned=kwargs.pop("orphaned"),
        )
        return command(*args, **kwargs)

    decorated: Any = wrapper
    for option in reversed(_FILTER_OPTIONS):
        decorated = option(decorated)
    return decorated


def open_db(url: str | None, *, create: bool = False) -> Database:
    """Open the database the user named. Only the commands that fill a database (ingest,
    import) pass ``create``; a reader on a missing or empty database gets "no factdb
    database … run `factdb ingest` first" and nothing is created."""
    from factdb.store.database import Database

    return Database(url, create=create)
