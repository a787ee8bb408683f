"""The `factdb` command line: each command parses its options, opens the database, calls the
library, and turns the library's named errors into a one-line message and a non-zero exit."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

import click

from factdb import __version__
from factdb.errors import FactdbError, describe_error


class FactdbGroup(click.Group):
    """A command group that reports library and database errors as one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactdbError as exc:
            raise click.ClickException(describe_error(exc)) from exc
        except Exception as exc:
            if type(exc).__module__.startswith(("sqlalchemy", "psycopg")):
                raise click.ClickException(describe_error(exc)) from exc
            raise


@click.group(cls=FactdbGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factdb")
def app() -> None:
    """factdb: extract, review, track and export quantitative claims from news text."""


# Registering commands is an import side effect of each command module.
from factdb.cli import articles_cmds, claims_cmds, eval_cmd, facts_cmds, store_cmds  # noqa: E402, F401

PLUGIN_GROUP = "factdb.cli"


def _add_plugin_commands() -> None:
    # Packages outside the library (the review app) add their commands through entry
    # points, so the library never imports them.
    for entry in entry_points(group=PLUGIN_GROUP):
        app.add_command(entry.load(), entry.name)


_add_plugin_commands()


def main() -> None:
    """Console-script entry point."""
    app()
