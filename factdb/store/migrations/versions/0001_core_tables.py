"""The core tables: source, article, claim, review (factdb 0.1's schema).

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _text(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=nullable)


def _string(name: str, *, nullable: bool = False, length: int | None = None) -> sa.Column:
    return sa.Column(name, sa.String(length), nullable=nullable)


def _review_state(prefix: str) -> list[sa.Column]:
    return [
        _string(f"{prefix}status"),
        _text(f"{prefix}note"),
        _text(f"{prefix}evidence_url"),
        sa.Column(f"{prefix}corrected_value", sa.Float(), nullable=True),
        sa.Column(f"{prefix}corrected_value_max", sa.Float(), nullable=True),
        _string(f"{prefix}corrected_unit", nullable=True),
        _string(f"{prefix}corrected_noun", nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("path"),
        _string("sha256", length=64),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        _text("title", nullable=True),
        _text("url", nullable=True),
        _text("outlet", nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        _text("text"),
    )
    op.create_index("ix_source_sha256", "source", ["sha256"], unique=True)

    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("source.id"), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        _text("title"),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_inferred", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("source_id", "ordinal"),
    )
    op.create_index("ix_article_source_id", "article", ["source_id"])

    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("source.id"), nullable=False),
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("article.id"), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        _text("quote"),
        _text("sentence"),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("value_max", sa.Float(), nullable=True),
        _string("unit", nullable=True),
        _string("kind"),
        _string("qualifier"),
        sa.Column("vague", sa.Boolean(), nullable=False),
        _string("noun"),
        sa.Column("noun_implied", sa.Boolean(), nullable=False),
        _string("speaker"),
        _string("cited_outlet"),
        _string("date_text"),
        _string("date", nullable=True),
        _string("date_precision", nullable=True),
        sa.Column("normalized_value", sa.Float(), nullable=True),
        _string("normalized_unit", nullable=True),
        _string("rule"),
        _string("extractor_version"),
        _string("fingerprint", length=64),
        sa.Column("equivalent_id", sa.Integer(), sa.ForeignKey("claim.id"), nullable=True),
        sa.Column("orphaned", sa.Boolean(), nullable=False),
        *_review_state(""),
        _string("reviewed_by"),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_claim_article_id", "claim", ["article_id", "id"])
    op.create_index("ix_claim_fingerprint", "claim", ["fingerprint"])
    op.create_index("ix_claim_kind", "claim", ["kind"])
    op.create_index("ix_claim_source_id", "claim", ["source_id"])
    op.create_index("ix_claim_status_id", "claim", ["status", "id"])
    op.create_index("ix_claim_unit", "claim", ["unit"])

    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claim.id"), nullable=False),
        _string("reviewer"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _string("action"),
        *_review_state(""),
        *_review_state("old_"),
    )
    op.create_index("ix_review_claim_id", "review", ["claim_id"])


def downgrade() -> None:
    for table in ("review", "claim", "article", "source"):
        op.drop_table(table)
