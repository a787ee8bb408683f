"""The `factdb` command line: each command parses its options, opens the database, calls the
library, and turns the library's named errors into a one-line message and a non-zero exit.

Commands are loaded lazily (:mod:`factdb.cli.index`): only the command being run is imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import click

from factdb import __version__
from factdb.cli.index import COMMANDS
from factdb.errors import FactdbError, describe_error

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

PLUGIN_GROUP = "factdb.cli"


def _plugins() -> dict[str, EntryPoint]:
    # Packages outside the library (the review app) add their commands through entry points,
    # so the library never imports them. Imported here: a command of the index (and the
    # extraction workers' server, which imports this module) does without it.
    from importlib.metadata import entry_points

    return {entry.name: entry for entry in entry_points(group=PLUGIN_GROUP)}


class FactdbGroup(click.Group):
    """The command group: commands imported on first use, library and database errors
    reported as one line."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *_plugins(), *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            if cmd_name in COMMANDS:
                importlib.import_module(COMMANDS[cmd_name][0])  # registers its commands
            elif plugin := _plugins().get(cmd_name):
                self.add_command(plugin.load(), cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            # A command that is not loaded is described by a stand-in with its index help.
            command = (
                click.Command(name, help=COMMANDS[name][1])
                if name in COMMANDS
                else self.get_command(ctx, name)
            )
            rows.append((name, command.get_short_help_str(limit) if command else ""))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

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


def main() -> None:
    """Console-script entry point."""
    app()
