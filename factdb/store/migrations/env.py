"""Alembic's environment: runs migrations on the connection ``factdb.store.schema`` hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from factdb.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # SQLite cannot ALTER most things in place; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
