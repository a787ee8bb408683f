"""Alembic migrations of factdb's schema, shipped with the package (see ``factdb.store.schema``)."""
