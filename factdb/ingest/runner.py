"""The ingest pipeline: check every file first, then extract in worker processes and store
each file in a transaction of its own.

Checking first (read, decode, hash) means bad input is refused before anything is written.
A new SQLite file, or one at this factdb's schema, is written with the standard library
(:mod:`factdb.ingest.sqlite_writer`); any other database named by a URL is opened with the
database library, loaded while the workers extract the first files.
Committing per file means a killed ingest keeps every file it finished, a re-run skips them
(by sha256), and a reviewer writing meanwhile waits for one file's insert at most, never for
the whole run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from factdb.ingest import WORKER_PRELOAD
from factdb.ingest.parallel import ordered_map, start_workers
from factdb.ingest.prepare import prepare_source
from factdb.ingest.reader import SourceFile, find_files, read_source, read_web_source
from factdb.ingest.refdate import ReferenceDate
from factdb.ingest.sqlite_writer import SqliteWriter, slices
from factdb.media import is_web_url
from factdb.store.locate import resolve_url

if TYPE_CHECKING:
    from factdb.store.database import Database

ProgressCallback = Callable[[str, int], None]


@dataclass
class IngestReport:
    """What an ingest run did."""

    files: int = 0
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    articles: int = 0
    claims: int = 0
    bytes: int = 0


def ingest_paths(
    db: Database | str | None,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | ReferenceDate | None = None,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
    on_files: Callable[[Sequence[os.PathLike[str]]], None] | None = None,
) -> IngestReport:
    """Ingest files, folders and ``http(s)://`` URLs into ``db`` (a database, or the URL of
    one to open or create: None for ``$FACTDB_DATABASE_URL`` or the default); a source
    already stored (same sha256) is skipped.

    Every file is read and every URL fetched and checked before anything is written: an
    unreadable one aborts the run with nothing written. Each new source is then stored in
    its own transaction, files in the order listed and URLs after them, whatever ``jobs``
    (worker processes extracting claims) is. ``on_files`` receives the file list before
    work starts; ``progress`` is called after each source with its path (or URL) and size.
    ``published`` (a day unless a :class:`ReferenceDate` says otherwise) dates every article
    instead of inferring each one's date.
    """
    if isinstance(published, date):
        published = ReferenceDate(published)
    if jobs > 1:
        start_workers(WORKER_PRELOAD)  # they import while the files are checked
    given = [str(p) for p in paths]
    urls = [p for p in given if is_web_url(p)]
    files = find_files(p for p in given if not is_web_url(p))
    if on_files:
        on_files(files)
    report = IngestReport(files=len(files) + len(urls))
    checked: list[tuple[Path | SourceFile, str]] = [
        (path, read_source(path).sha256) for path in files
    ]
    # A URL is fetched once, here: what it answered then is what gets stored.
    fetched = [read_web_source(url, published=published) for url in urls]
    checked += [(source, source.sha256) for source in fetched]
    hashes = {sha256 for _, sha256 in checked}
    quick = SqliteWriter.open(resolve_url(db)) if db is None or isinstance(db, str) else None
    try:
        if quick is None:
            db = _opened(db)
            stored = _stored_hashes(db, hashes)
        else:
            stored = quick.stored(hashes)
        _store_all(db, quick, checked, stored, report, progress, published, jobs)
    finally:
        if quick is not None:
            quick.close()
    return report


def _store_all(
    db: Database | str | None,
    quick: SqliteWriter | None,
    checked: list[tuple[Path | SourceFile, str]],
    stored: set[str],
    report: IngestReport,
    progress: ProgressCallback | None,
    published: ReferenceDate | None,
    jobs: int,
) -> None:
    """Extract the sources not ``stored`` yet and store each in its own transaction:
    with ``quick`` when it can, else with the database library."""
    todo: dict[str, Path | SourceFile] = {}
    for item, sha256 in checked:
        if sha256 in stored or sha256 in todo:
            report.unchanged.append(item.path if isinstance(item, SourceFile) else str(item))
            report.bytes += _advance(progress, item)
        else:
            todo[sha256] = item
    prepare = partial(prepare_source, published=published)
    database = None if db is None or isinstance(db, str) else db
    with ordered_map(prepare, todo.values(), jobs, preload=WORKER_PRELOAD) as results:
        for prepared in results:
            source = prepared.source
            counts = False if quick is None else quick.store(prepared)
            if counts is False:  # the database library's turn: opened on first need
                database = database or _opened(db)
                from factdb.ingest.writer import store_source

                with database.session() as session:
                    counts = store_source(session, prepared)
            if counts is None:
                report.unchanged.append(source.path)
            else:
                report.added.append(source.path)
                report.articles += counts[0]
                report.claims += counts[1]
            report.bytes += source.size
            if progress:
                progress(source.path, source.size)


def _opened(db: Database | str | None) -> Database:
    """``db``, or the database its URL names, created if need be."""
    from factdb.store.database import Database

    return db if isinstance(db, Database) else Database(db, create=True)


def _advance(progress: ProgressCallback | None, item: Path | SourceFile) -> int:
    if isinstance(item, SourceFile):
        name, size = item.path, item.size
    else:
        name, size = str(item), item.stat().st_size
    if progress:
        progress(name, size)
    return size


def _stored_hashes(db: Database, hashes: set[str]) -> set[str]:
    """Which of ``hashes`` are already stored sources."""
    from sqlalchemy import select
    from sqlmodel import col

    from factdb.store.models import Source

    found: set[str] = set()
    with db.session() as session:
        for chunk in slices(hashes):
            query = select(col(Source.sha256)).where(col(Source.sha256).in_(chunk))
            found.update(session.scalars(query))
    return found
