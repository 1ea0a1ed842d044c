"""Unfiled photos: originals in the store that the database does not know (after a restore from an older
backup), kept with what the file says of itself until the nurse files each into a visit.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

Written out in full, like 0001: it creates the table as it was when this revision was written.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AWARE = sa.String(32)  # ISO 8601 date-time text


def upgrade() -> None:
    op.create_table(
        "unfiled_photos",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("file_size", sa.Integer, nullable=False),
        sa.Column("found_at", AWARE, nullable=False),
        sa.Column("found_by", sa.String(16), nullable=False),
        sa.Column("facts", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_unfiled_photos"),
    )


def downgrade() -> None:
    op.drop_table("unfiled_photos")
