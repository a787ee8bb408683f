"""Incremental fact tracking: fact_input (what each claim looked like at the last build) and
fact_override.undoes (append-only undo of a merge, split or rename).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_input",
        sa.Column("claim_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("noun", sa.String(), nullable=False),
        sa.Column("corrected_noun", sa.String(), nullable=True),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("corrected_unit", sa.String(), nullable=True),
        sa.Column("equivalent_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("value_max", sa.Float(), nullable=True),
        sa.Column("corrected_value", sa.Float(), nullable=True),
        sa.Column("corrected_value_max", sa.Float(), nullable=True),
        sa.Column("qualifier", sa.String(), nullable=False),
        sa.Column("vague", sa.Boolean(), nullable=False),
        sa.Column("date", sa.String(), nullable=True),
        sa.Column("date_precision", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("base_key", sa.Text(), nullable=False),
        sa.Column("identity", sa.String(64), nullable=False),
        sa.Column("opening", sa.String(), nullable=False),
        sa.Column("opening_known", sa.Boolean(), nullable=False),
    )
    op.add_column("fact_override", sa.Column("undoes", sa.Integer(), nullable=True))
    # Facts built before this revision have no inputs recorded: the next reader rebuilds.
    op.execute("UPDATE fact_build SET signature = ''")


def downgrade() -> None:
    with op.batch_alter_table("fact_override") as batch:
        batch.drop_column("undoes")
    op.drop_table("fact_input")
