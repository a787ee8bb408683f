"""Ingesting documents: find files, read them as text, split articles, extract, store."""

from factdb.ingest.runner import IngestReport, ingest_paths

__all__ = ["IngestReport", "ingest_paths"]
