"""Why fact matching put a claim in its fact: ``fact_input.evidence``, in words.

The facts are rebuilt by the next reader anyway (the grouping rules' version changed), so
existing rows start empty.

Revision ID: 0007_h_facts
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_h_facts"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fact_input") as batch:
        batch.add_column(sa.Column("evidence", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("fact_input") as batch:
        batch.drop_column("evidence")
