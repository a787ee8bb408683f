"""Where a source came from and how precise an article's date is.

- ``source.location``: the source's identity across runs — its resolved absolute path (or its
  URL for a web source), so the same name typed in another folder is another source;
- ``source.media_type`` and ``source.fetched_at``: what was read (``text/plain``,
  ``text/html``, ``application/pdf``, a feed) and, for a URL, when it was fetched;
- ``article.published_precision``: ``day``, ``month`` or ``year`` — an inferred "2024" is not
  1 January 2024.

Existing sources keep their path as their location (the folder they were typed in is not
known any more); existing articles' dates are taken as days.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source") as batch:
        batch.add_column(sa.Column("location", sa.Text(), nullable=True))
        batch.add_column(sa.Column("media_type", sa.String(), nullable=True))
        batch.add_column(sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE source SET location = path")
    op.create_index("ix_source_location", "source", ["location"])
    with op.batch_alter_table("article") as batch:
        batch.add_column(sa.Column("published_precision", sa.String(), nullable=True))
    op.execute("UPDATE article SET published_precision = 'day' WHERE published IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.drop_column("published_precision")
    op.drop_index("ix_source_location", table_name="source")
    with op.batch_alter_table("source") as batch:
        batch.drop_column("fetched_at")
        batch.drop_column("media_type")
        batch.drop_column("location")
