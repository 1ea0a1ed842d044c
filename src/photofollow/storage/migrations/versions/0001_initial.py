"""The first library schema: patients, treatments, visits, symptom log, photos, measurements, pending imports.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Written out in full rather than derived from storage/schema.py: a revision describes the schema as it was
when it was written, so later changes to schema.py never change what this revision creates.
tests/storage/test_migrations.py checks that the head revision creates exactly what schema.py declares.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENUM = sa.String(40)  # enums are stored as their values, without CHECK constraints
AWARE = sa.String(32)  # ISO 8601 date-time text
# Check constraints are named with op.f(): the name is final, or the naming convention of storage/schema.py
# (which env.py hands to Alembic) would prefix it a second time.


def upgrade() -> None:
    op.create_table(
        "patients",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("display_name", sa.String, nullable=False),
        sa.Column("chart_number", sa.String, nullable=True),
        sa.Column("birth_date", sa.Date, nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_patients"),
        sa.UniqueConstraint("chart_number", name="uq_patients_chart_number"),
    )
    op.create_index("ix_patients_display_name", "patients", ["display_name"])

    op.create_table(
        "pending_imports",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("started_at", AWARE, nullable=False),
        sa.Column("photo", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_pending_imports"),
    )

    op.create_table(
        "library_settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_library_settings"),
    )

    op.create_table(
        "treatments",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("patient_id", sa.Integer, nullable=False),
        sa.Column("performed_at", AWARE, nullable=False),
        sa.Column("area", ENUM, nullable=False),
        sa.Column("goal", sa.Text, nullable=False, server_default=""),
        sa.Column("product", sa.Text, nullable=False, server_default=""),
        sa.Column("ingredients", sa.Text, nullable=False, server_default=""),
        sa.Column("physician", sa.String, nullable=False, server_default=""),
        sa.Column("session_number", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_treatments"),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name="fk_treatments_patient_id_patients", ondelete="RESTRICT"
        ),
    )
    op.create_index("ix_treatments_patient_id", "treatments", ["patient_id"])

    op.create_table(
        "visits",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("treatment_id", sa.Integer, nullable=False),
        sa.Column("kind", ENUM, nullable=False),
        sa.Column("visited_at", AWARE, nullable=False),
        sa.Column("pain_score", sa.Integer, nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_visits"),
        sa.CheckConstraint(
            "pain_score IS NULL OR pain_score BETWEEN 0 AND 10", name=op.f("ck_visits_pain_score_0_10")
        ),
        sa.ForeignKeyConstraint(
            ["treatment_id"], ["treatments.id"], name="fk_visits_treatment_id_treatments", ondelete="RESTRICT"
        ),
    )
    op.create_index("ix_visits_treatment_id", "visits", ["treatment_id"])

    op.create_table(
        "symptom_entries",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("visit_id", sa.Integer, nullable=False),
        sa.Column("started_at", AWARE, nullable=True),
        sa.Column("area", sa.String, nullable=False, server_default=""),
        sa.Column("severity", sa.Integer, nullable=True),
        sa.Column("trend", ENUM, nullable=True),
        sa.Column("associated_symptoms", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_symptom_entries"),
        sa.CheckConstraint(
            "severity IS NULL OR severity BETWEEN 0 AND 10", name=op.f("ck_symptom_entries_severity_0_10")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name="fk_symptom_entries_visit_id_visits", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_symptom_entries_visit_id", "symptom_entries", ["visit_id"])

    op.create_table(
        "photos",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("visit_id", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("original_name", sa.String, nullable=False),
        sa.Column("original_folder", sa.String, nullable=False),
        sa.Column("file_size", sa.Integer, nullable=False),
        sa.Column("view", ENUM, nullable=False),
        sa.Column("imported_at", AWARE, nullable=True),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("capture_time", AWARE, nullable=True),
        sa.Column("capture_time_source", ENUM, nullable=True),
        sa.Column("orientation", sa.Integer, nullable=True),
        sa.Column("make", sa.String, nullable=True),
        sa.Column("model", sa.String, nullable=True),
        sa.Column("lens_model", sa.String, nullable=True),
        sa.Column("focal_length_mm", sa.Float, nullable=True),
        sa.Column("focal_length_35mm", sa.Float, nullable=True),
        sa.Column("exposure_time_s", sa.Float, nullable=True),
        sa.Column("f_number", sa.Float, nullable=True),
        sa.Column("iso", sa.Integer, nullable=True),
        sa.Column("flash_fired", sa.Boolean, nullable=True),
        sa.Column("white_balance", sa.String, nullable=True),
        sa.Column("software", sa.String, nullable=True),
        sa.Column("gps_present", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("has_exif", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("capture_utc_offset_minutes", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_photos"),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_photos_sha256_length")),
        sa.CheckConstraint(
            "orientation IS NULL OR orientation BETWEEN 1 AND 8", name=op.f("ck_photos_orientation_1_8")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name="fk_photos_visit_id_visits", ondelete="RESTRICT"
        ),
        sa.UniqueConstraint("sha256", name="uq_photos_sha256"),
    )
    op.create_index("ix_photos_visit_id", "photos", ["visit_id"])

    op.create_table(
        "photo_measurements",
        sa.Column("photo_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("computed_at", AWARE, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("photo_id", "kind", name="pk_photo_measurements"),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name="fk_photo_measurements_photo_id_photos", ondelete="CASCADE"
        ),
    )


def downgrade() -> None:
    for table in (
        "photo_measurements",
        "photos",
        "symptom_entries",
        "visits",
        "treatments",
        "library_settings",
        "pending_imports",
        "patients",
    ):
        op.drop_table(table)
