"""Pending imports name the session that wrote them, so on a library shared by several workstations (a
PostgreSQL library, storage/server.py) one workstation's start-up recovery settles only the imports of
sessions that are gone, never one another workstation is in the middle of. NULL on a folder library, which has
one writer at a time.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("pending_imports", sa.Column("owner", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pending_imports") as batch:
        batch.drop_column("owner")
