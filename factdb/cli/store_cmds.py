"""Commands that fill the store and keep it trustworthy: ingest, migrate, reextract, import,
import-reviews."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factdb.cli import app
from factdb.cli.options import db_option, open_db, reviewer_option
from factdb.errors import ValidationError
from factdb.ingest import WORKER_PRELOAD
from factdb.ingest.parallel import start_workers

if TYPE_CHECKING:
    from rich.console import Console

    from factdb.ingest.refdate import ReferenceDate

# rich and the ingest modules are imported in the commands: `ingest` starts the extraction
# workers' server (on the critical path of every parallel ingest) before it loads them.


@functools.cache
def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def parse_published(text: str) -> ReferenceDate:
    """A ``--published`` value: YYYY, YYYY-MM or YYYY-MM-DD, its precision as written."""
    from factdb.ingest.refdate import parse_reference_date

    try:
        return parse_reference_date(text)
    except ValueError as exc:
        raise ValidationError(f"--published {text!r} is not a date (YYYY[-MM[-DD]])") from exc


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@app.command()
# Plain strings: a Path would fold the "//" of a URL.
@click.argument("paths", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option(
    "--published",
    metavar="YYYY[-MM[-DD]]",
    help="Publication date of the files, as precise as known; else inferred.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=_cores,
    show_default="the machine's cores",
    help="Worker processes extracting claims (files are still stored in order).",
)
@db_option
def ingest(paths: tuple[str, ...], published: str | None, jobs: int, db_url: str | None) -> None:
    """Ingest files, folders and http(s) URLs (text, HTML, PDF, RSS/Atom): split articles,
    extract claims, store them with their citations."""
    when = None if published is None else parse_published(published)
    if jobs > 1:
        # First: the workers' server imports the extractor while this process checks the
        # files and loads the database library.
        start_workers(WORKER_PRELOAD)
    from rich.progress import DownloadColumn, TransferSpeedColumn

    from factdb.cli.progress import progress_bar
    from factdb.ingest import ingest_paths

    with progress_bar("ingest", DownloadColumn(), TransferSpeedColumn()) as progress:
        task = progress.add_task("", total=None)

        def on_files(files: Sequence[os.PathLike[str]]) -> None:
            with contextlib.suppress(OSError):  # the reader reports a vanished file itself
                progress.update(task, total=sum(os.stat(f).st_size for f in files))

        def advance(path: str, size: int) -> None:
            progress.update(task, advance=size, description=Path(path).name)

        report = ingest_paths(
            db_url,  # opened while the workers extract the first files
            paths,
            published=when,
            jobs=jobs,
            progress=advance,
            on_files=on_files,
        )
    _console().print(
        f"ingested {len(report.added)} new file(s): {report.articles} article(s), "
        f"{report.claims} claim(s); {len(report.unchanged)} unchanged file(s) skipped"
    )
    # The process ends next: the collector's passes over everything it loaded would take
    # about a third of a second of the exit; frozen objects are skipped by them.
    gc.freeze()


@app.command("migrate")
@db_option
def migrate_command(db_url: str | None) -> None:
    """Upgrade the database's schema to this factdb's (a SQLite file is backed up first)."""
    from factdb.store.database import Database
    from factdb.store.schema import migrate

    database = Database(db_url, check=False)
    done = migrate(database)
    where = _escape(database.name)
    if done.before == done.after:
        _console().print(f"{where}: schema already at revision {done.after}")
        return
    _console().print(f"{where}: schema {done.before or 'empty'} → {done.after}")
    if done.backup:
        _console().print(f"backup: {_escape(str(done.backup))}")


@app.command("reextract")
@click.option("--source", "source_id", type=int, help="Only this source id (default: all).")
@db_option
def reextract_command(source_id: int | None, db_url: str | None) -> None:
    """Re-run the current extractor over stored sources, keeping every claim's reviews."""
    from factdb.claims.reextract import reextract  # loads the extractor
    from factdb.cli.progress import progress_bar

    with progress_bar("reextract") as bar:
        task = bar.add_task("sources", total=None)
        report = reextract(
            open_db(db_url),
            source_id,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    _console().print(
        f"re-extracted {report.sources} source(s): {report.kept} kept, {report.changed} changed, "
        f"{report.added} added, {report.orphaned} orphaned, {report.restored} restored"
    )


@app.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@db_option
def import_command(file: Path, db_url: str | None) -> None:
    """Restore a `factdb export --format jsonl` backup into an empty database."""
    from factdb.export.importing import import_jsonl

    counts = import_jsonl(open_db(db_url, create=True), file)
    _console().print(
        f"imported {sum(counts.values())} row(s) from {_escape(str(file))}: "
        + ", ".join(f"{n} {table}" for table, n in counts.items() if n)
    )


@app.command("import-reviews")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@reviewer_option
@db_option
def import_reviews_command(file: Path, reviewer: str | None, db_url: str | None) -> None:
    """Apply reviews edited in a claims CSV back by claim id (all rows or none)."""
    from factdb.export.review_sheets import import_reviews

    done = import_reviews(open_db(db_url), file, reviewer=reviewer)
    _console().print(
        f"{_escape(str(file))}: {done.rows} row(s), {done.applied} review(s) recorded, "
        f"{done.unchanged} unchanged"
    )
