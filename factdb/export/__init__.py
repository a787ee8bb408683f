"""Exports other tools can trust, by format name.

Each format's module is imported when it is used: the CSV reads facts (pint, the matcher),
which listing claims or starting the CLI should not load.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factdb.claims.queries import ClaimFilter
    from factdb.store.database import Database

Exporter = Callable[["Database", str | os.PathLike[str], "ClaimFilter"], int]


def _exporter(module: str, name: str) -> Exporter:
    def export(db: Database, path: str | os.PathLike[str], filters: ClaimFilter) -> int:
        run: Exporter = getattr(importlib.import_module(module), name)
        return run(db, path, filters)

    export.__doc__ = f"{module}.{name}, imported on first use."
    return export


# Each exporter writes one file atomically and returns how many records it wrote.
EXPORTERS: dict[str, Exporter] = {
    "csv": _exporter("factdb.export.claims_csv", "export_csv"),
    "jsonl": _exporter("factdb.export.jsonl", "export_jsonl"),
    "claimreview": _exporter("factdb.export.claimreview", "export_claimreview"),
}

__all__ = ["EXPORTERS", "Exporter"]
