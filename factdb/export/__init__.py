"""Exports other tools can trust, by format name."""

from __future__ import annotations

import os
from collections.abc import Callable

from factdb.claims.queries import ClaimFilter
from factdb.export.claimreview import export_claimreview
from factdb.export.claims_csv import export_csv
from factdb.export.jsonl import export_jsonl
from factdb.store.database import Database

Exporter = Callable[[Database, str | os.PathLike[str], ClaimFilter], int]

# Each exporter writes one file atomically and returns how many records it wrote.
EXPORTERS: dict[str, Exporter] = {
    "csv": export_csv,
    "jsonl": export_jsonl,
    "claimreview": export_claimreview,
}

__all__ = ["EXPORTERS", "Exporter", "export_claimreview", "export_csv", "export_jsonl"]
