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
# Hand-checked gold for SEED_FILE and its guidelines: a copy of ../shared/gold kept here so the
# accuracy targets run on every clone.
GOLD_DIR = ROOT / "tests" / "gold"
GOLD_FILE = GOLD_DIR / "dev.jsonl"
SHARED_GOLD_DIR = ROOT.parent / "shared" / "gold"


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
