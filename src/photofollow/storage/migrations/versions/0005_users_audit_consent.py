"""Clinic privacy (issue 13): named users with roles, the tamper-evident audit trail, consent per patient.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Written out in full, like 0001: it creates the tables as they were when this revision was written.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AWARE = sa.String(32)  # ISO 8601 date-time text


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String, nullable=True),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", AWARE, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("at_utc", sa.String(32), nullable=False),
        sa.Column("at_local", sa.String(32), nullable=False),
        sa.Column("workstation", sa.String, nullable=False),
        sa.Column("user_name", sa.String, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("patient_reference", sa.String(64), nullable=True),
        sa.Column("objects", sa.Text, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("previous_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_patient_reference", "audit_log", ["patient_reference"])
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("patient_id", sa.Integer, nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("given_at", AWARE, nullable=False),
        sa.Column("withdrawn_at", AWARE, nullable=True),
        sa.Column("recorded_by", sa.String, nullable=False),
        sa.Column("form_sha256", sa.String(64), nullable=True),
        sa.Column("form_suffix", sa.String(8), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name="fk_consents_patient_id_patients", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_consents"),
    )
    op.create_index("ix_consents_patient_id", "consents", ["patient_id"])


def downgrade() -> None:
    op.drop_index("ix_consents_patient_id", "consents")
    op.drop_table("consents")
    op.drop_index("ix_audit_log_patient_reference", "audit_log")
    op.drop_table("audit_log")
    op.drop_table("users")
