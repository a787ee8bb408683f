"""What fact tracking read of each claim's text (``fact_clue``), so that a build derives only
the articles that changed. It starts empty: the next build fills it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_clue",
        sa.Column("claim_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("built_from", sa.String(32), nullable=False),
        sa.Column("asked", sa.Text(), nullable=False),
        sa.Column("reading", sa.Text(), nullable=False),
        sa.Column("clue", sa.Text(), nullable=True),
    )
    op.create_index("ix_fact_clue_article_id", "fact_clue", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_fact_clue_article_id", table_name="fact_clue")
    op.drop_table("fact_clue")
