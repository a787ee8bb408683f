"""The sample corpus, ingested once per test session into a SQLite file that each test copies."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from factdb.ingest import ingest_paths
from factdb.store.database import Database

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "china_report_2024.txt"
GOLD_FILE = ROOT.parent / "shared" / "gold" / "dev.jsonl"  # hand-checked gold for SEED_FILE


def build(path: Path, folders: Sequence[Path], published: date | None = None) -> Path:
    """Ingest ``folders`` into a new SQLite database at ``path``; returns ``path``."""
    db = Database(f"sqlite:///{path}")
    try:
        ingest_paths(db, list(folders), published=published)
    finally:
        db.dispose()
    return path


def private_copy(template: Path, folder: Path) -> str:
    """Copy the database file ``template`` into ``folder``; returns the copy's URL."""
    target = folder / "factdb.sqlite"
    shutil.copy(template, target)
    return f"sqlite:///{target}"
