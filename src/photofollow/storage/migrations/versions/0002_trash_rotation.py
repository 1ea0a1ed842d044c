"""Corrections: a trash for deleted records, a display rotation per photo, and a log of erasures.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06

Columns on existing tables are added by recreating the table (Alembic's batch mode, SQLite's way), so the
table's definition reads exactly as storage/schema.py declares it (tests/storage/test_storage_migrations.py).
A server (PostgreSQL) alters the table in place instead: it can, and its foreign keys forbid dropping a table
others refer to.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AWARE = sa.String(32)


def _recreate() -> str:
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    for table in ("patients", "treatments", "visits"):
        with op.batch_alter_table(table, recreate=_recreate()) as batch:
            batch.add_column(sa.Column("trash_id", sa.Integer, nullable=True))
            batch.create_index(f"ix_{table}_trash_id", ["trash_id"])
    with op.batch_alter_table("photos", recreate=_recreate()) as batch:
        batch.add_column(sa.Column("rotation", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("trash_id", sa.Integer, nullable=True))
        batch.create_check_constraint(op.f("ck_photos_rotation_quarter_turns"), "rotation IN (0, 90, 180, 270)")
        batch.create_index("ix_photos_trash_id", ["trash_id"])
    op.create_table(
        "trash",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("deleted_at", AWARE, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("object_id", sa.Integer, nullable=False),
        sa.Column("patient_id", sa.Integer, nullable=True),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_trash"),
    )
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("erased_at", AWARE, nullable=False),
        sa.Column("patient_reference", sa.String(64), nullable=False),
        sa.Column("photo_hashes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_erasures"),
    )


def downgrade() -> None:
    op.drop_table("erasures")
    op.drop_table("trash")
    with op.batch_alter_table("photos", recreate=_recreate()) as batch:
        batch.drop_index("ix_photos_trash_id")
        batch.drop_constraint(op.f("ck_photos_rotation_quarter_turns"), type_="check")
        batch.drop_column("trash_id")
        batch.drop_column("rotation")
    for table in ("patients", "treatments", "visits"):
        with op.batch_alter_table(table, recreate=_recreate()) as batch:
            batch.drop_index(f"ix_{table}_trash_id")
            batch.drop_column("trash_id")
