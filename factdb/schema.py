"""Schema management: create the tables of an empty database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import SQLModel

if TYPE_CHECKING:
    from factdb.db import Database


def ensure_schema(db: Database) -> None:
    """Give the database the current schema (creates what is missing)."""
    SQLModel.metadata.create_all(db.engine)
