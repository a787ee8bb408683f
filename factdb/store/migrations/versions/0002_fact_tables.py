"""Fact tracking: fact, fact_claim, fact_override, fact_build.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.Text(), nullable=False, unique=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("noun", sa.Text(), nullable=False),
        sa.Column("dimension", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("first_date", sa.String(), nullable=True),
        sa.Column("last_date", sa.String(), nullable=True),
    )
    op.create_index("ix_fact_conflicts_claims", "fact", ["conflicts", "claims"])

    op.create_table(
        "fact_claim",
        sa.Column(
            "claim_id",
            sa.Integer(),
            sa.ForeignKey("claim.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "fact_id", sa.Integer(), sa.ForeignKey("fact.id", ondelete="CASCADE"), nullable=False
        ),
    )
    op.create_index("ix_fact_claim_fact_id", "fact_claim", ["fact_id"])

    op.create_table(
        "fact_override",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("fact_key", sa.Text(), nullable=False),
        sa.Column("target_key", sa.Text(), nullable=False),
        sa.Column("claim_fingerprint", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )

    op.create_table(
        "fact_build",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("signature", sa.String(), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    for table in ("fact_build", "fact_override", "fact_claim", "fact"):
        op.drop_table(table)
