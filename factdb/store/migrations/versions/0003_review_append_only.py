"""The review history is append-only: the database itself refuses UPDATE and DELETE on it.

Defence in depth: factdb's code only ever inserts reviews; these triggers make sure no
other path (a bug, a hand-written SQL statement) can rewrite the audit trail.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

MESSAGE = "review history is append-only"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER review_no_{event.lower()} BEFORE {event} ON review "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
        return
    op.execute(
        "CREATE FUNCTION factdb_review_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$"
    )
    op.execute(
        "CREATE TRIGGER review_append_only BEFORE UPDATE OR DELETE ON review "
        "FOR EACH ROW EXECUTE FUNCTION factdb_review_append_only()"
    )
    op.execute(
        "CREATE TRIGGER review_no_truncate BEFORE TRUNCATE ON review "
        "FOR EACH STATEMENT EXECUTE FUNCTION factdb_review_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER review_no_update")
        op.execute("DROP TRIGGER review_no_delete")
        return
    op.execute("DROP TRIGGER review_no_truncate ON review")
    op.execute("DROP TRIGGER review_append_only ON review")
    op.execute("DROP FUNCTION factdb_review_append_only()")
