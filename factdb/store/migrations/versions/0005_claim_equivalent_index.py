"""An index on claim.equivalent_id: showing a claim lists the claims that convert it (the
"$2.3 billion" beside "17 billion RMB"), one lookup instead of a scan of every claim.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_claim_equivalent_id", "claim", ["equivalent_id"])


def downgrade() -> None:
    op.drop_index("ix_claim_equivalent_id", table_name="claim")
