"""The ingest pipeline: check every file first, then extract in worker processes and store
each file in a transaction of its own.

Checking first (read, decode, hash) means bad input is refused before anything is written.
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

from sqlalchemy import select
from sqlmodel import col

from factdb.ingest.parallel import ordered_map
from factdb.ingest.prepare import prepare_source
from factdb.ingest.reader import find_files, read_source
from factdb.ingest.refdate import ReferenceDate
from factdb.ingest.writer import store_source
from factdb.store.database import Database
from factdb.store.models import Source

ProgressCallback = Callable[[str, int], None]
_LOOKUP_SLICE = 500


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
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | ReferenceDate | None = None,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
    on_files: Callable[[Sequence[os.PathLike[str]]], None] | None = None,
) -> IngestReport:
    """Ingest files and folders; a source already stored (same sha256) is skipped.

    Every file is read and checked before anything is written: an unreadable one aborts the
    run with nothing written. Each new file is then stored in its own transaction, in the
    order listed, whatever ``jobs`` (worker processes extracting claims) is. ``on_files``
    receives the file list before work starts; ``progress`` is called after each file with
    its path and size. ``published`` (a day unless a :class:`ReferenceDate` says otherwise)
    dates every article instead of inferring each one's date.
    """
    if isinstance(published, date):
        published = ReferenceDate(published)
    files = find_files(paths)
    if on_files:
        on_files(files)
    report = IngestReport(files=len(files))
    hashes = {path: read_source(path).sha256 for path in files}
    stored = _stored_hashes(db, set(hashes.values()))
    todo: dict[str, Path] = {}
    for path, sha256 in hashes.items():
        if sha256 in stored or sha256 in todo:
            report.unchanged.append(str(path))
            report.bytes += _advance(progress, path)
        else:
            todo[sha256] = path
    prepare = partial(prepare_source, published=published)
    preload = ["factdb.ingest.prepare"]
    for prepared in ordered_map(prepare, todo.values(), jobs, preload=preload):
        source = prepared.source
        with db.session() as session:
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
    return report


def _advance(progress: ProgressCallback | None, path: Path) -> int:
    size = path.stat().st_size
    if progress:
        progress(str(path), size)
    return size


def _stored_hashes(db: Database, hashes: set[str]) -> set[str]:
    """Which of ``hashes`` are already stored sources."""
    wanted = sorted(hashes)
    found: set[str] = set()
    with db.session() as session:
        for first in range(0, len(wanted), _LOOKUP_SLICE):
            chunk = wanted[first : first + _LOOKUP_SLICE]
            query = select(col(Source.sha256)).where(col(Source.sha256).in_(chunk))
            found.update(session.scalars(query))
    return found
