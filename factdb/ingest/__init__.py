"""Ingesting documents: find files, read them as text, split articles, extract, store.

:func:`ingest_paths` is loaded on first use, so that a command can start the extraction
workers (:mod:`factdb.ingest.parallel`) before it loads the database library."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factdb.ingest.runner import IngestReport, ingest_paths

__all__ = ["IngestReport", "ingest_paths"]

# What extraction workers import, once, in the server they are forked from: the main script
# (which each worker would otherwise import again), then the extractor's rules, pint and
# dateparser, each called once (factdb.ingest.warm). Here, not beside the workers' code, so
# that a command starts the server before it imports anything else.
WORKER_PRELOAD = ("__main__", "factdb.ingest.warm")


def __getattr__(name: str) -> Any:
    if name in __all__:
        from factdb.ingest import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
