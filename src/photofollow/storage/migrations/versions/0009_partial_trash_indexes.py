"""The trash column's indexes hold only rows in the trash (partial indexes, `WHERE trash_id IS NOT NULL`).

Nearly every row is out of the trash, yet a plain index on `trash_id` made `trash_id IS NULL` look selective
to a planner without statistics (SQLite's, until it runs ANALYZE): a patient's photos (`visit_id IN (...) AND
trash_id IS NULL`, the main window's record) and the timeline's photo counts were read by walking every photo
of the library through that index, 40-60 ms at 100,000 photos instead of a fraction of a millisecond through
the visit's index (benchmarks/bench_server.py, `timeline_ms_100k`). A partial index cannot serve `IS NULL`,
and still serves what looks rows up by their trash entry (a restore, `trash_id = ?`), on both databases.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("patients", "treatments", "visits", "photos")
IN_THE_TRASH = "trash_id IS NOT NULL"


def upgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_trash_id", table_name=table)
        op.create_index(
            f"ix_{table}_trash_id",
            table,
            ["trash_id"],
            sqlite_where=sa.text(IN_THE_TRASH),
            postgresql_where=sa.text(IN_THE_TRASH),
        )


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_trash_id", table_name=table)
        op.create_index(f"ix_{table}_trash_id", table, ["trash_id"])
