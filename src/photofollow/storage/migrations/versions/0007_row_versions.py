"""Row versions on the records a person edits (patients, treatments, visits, symptom entries, visit
assessments, photos), with who changed each last, on which workstation and when: an edit made from a version
that is no longer the row's is refused with those three (storage/versions.py), never silently lost, when
several workstations share a library (issue 14).

Plain ADD COLUMN with a constant default, which SQLite and PostgreSQL both do in place: every existing row
starts at version 1, changed by nobody known (''), at no known time (NULL).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("patients", "treatments", "visits", "symptom_entries", "visit_assessments", "photos")
COLUMNS = ("row_version", "changed_by", "changed_workstation", "changed_at")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer, nullable=False, server_default="1"))
        op.add_column(table, sa.Column("changed_by", sa.String, nullable=False, server_default=""))
        op.add_column(table, sa.Column("changed_workstation", sa.String, nullable=False, server_default=""))
        op.add_column(table, sa.Column("changed_at", sa.String(32), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for column in reversed(COLUMNS):
                batch.drop_column(column)
