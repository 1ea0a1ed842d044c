"""The physician's assessment of a visit: GAIS (physician's and patient's), goal reached, tier, examination
signs and findings, plan, who assessed and when.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

Written out in full, like 0001: it creates the table as it was when this revision was written.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENUM = sa.String(40)  # enums are stored as their values, without CHECK constraints
AWARE = sa.String(32)  # ISO 8601 date-time text
SIGNS = ("swelling", "redness", "bruising", "nodules", "infection", "asymmetry")


def upgrade() -> None:
    op.create_table(
        "visit_assessments",
        sa.Column("visit_id", sa.Integer, nullable=False),
        sa.Column("gais", sa.Integer, nullable=False),
        sa.Column("assessed_by", sa.String, nullable=False, server_default=""),
        sa.Column("assessed_at", AWARE, nullable=False),
        sa.Column("patient_gais", sa.Integer, nullable=True),
        sa.Column("goal", ENUM, nullable=True),
        sa.Column("tier", ENUM, nullable=True),
        *(sa.Column(sign, ENUM, nullable=True) for sign in SIGNS),
        sa.Column("findings", sa.Text, nullable=False, server_default=""),
        sa.Column("next_session", sa.Date, nullable=True),
        sa.Column("plan", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("visit_id", name="pk_visit_assessments"),
        sa.CheckConstraint("gais BETWEEN 1 AND 5", name=op.f("ck_visit_assessments_gais_1_5")),
        sa.CheckConstraint(
            "patient_gais IS NULL OR patient_gais BETWEEN 1 AND 5",
            name=op.f("ck_visit_assessments_patient_gais_1_5"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name="fk_visit_assessments_visit_id_visits", ondelete="CASCADE"
        ),
    )


def downgrade() -> None:
    op.drop_table("visit_assessments")
