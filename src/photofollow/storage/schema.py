"""The library's tables, and the mapping of the domain dataclasses onto them (SQLAlchemy imperative mapping).

There are no parallel ORM classes: `Patient`, `Treatment`, `Visit`, `SymptomEntry` and `Photo` from
`domain/model.py` (and `VisitAssessment` from `domain/assessment.py`) are mapped as they are, so the objects a query returns are the domain objects. Entities
refer to each other by id only (no lazy relationships reaching back into a session from another thread).

Storage conventions (a migration must keep them):
- Enums are stored as their string values (`View.FRONTAL` -> "frontal"), with no CHECK constraint, so adding a
  value to an enum needs no migration.
- Time-zone-aware date-times (treatment, visit, import) are ISO 8601 text with their offset,
  "2024-03-05T10:11:12.000000+01:00"; a naive one is refused.
- A photo's capture time is ISO 8601 text *as the camera recorded it*: with its offset when the file gave
  one, without otherwise; `capture_utc_offset_minutes` repeats the offset as a number (NULL when unknown).
- Every fact of `PhotoFacts` is its own column; `Photo.facts` is a composite over them.

`photos.sha256` is unique: it names the original's file in the photo store (`storage/store.py`).
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import composite, registry

from photofollow.domain.assessment import GoalReached, Severity, Sign, Tier, VisitAssessment
from photofollow.domain.model import (
    Area,
    CaptureTimeSource,
    Patient,
    Photo,
    PhotoFacts,
    SymptomEntry,
    Treatment,
    Trend,
    View,
    Visit,
    VisitKind,
)

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
mapper_registry = registry(metadata=metadata)


class AwareDateTime(sa.types.TypeDecorator):
    """A timezone-aware datetime kept as ISO 8601 text with its UTC offset."""

    impl = sa.String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{value!r} has no time zone; the library stores date-times with their offset.")
        return value.isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class RecordedDateTime(sa.types.TypeDecorator):
    """A capture time as recorded: aware when the camera gave an offset, naive otherwise (ISO 8601 text)."""

    impl = sa.String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        return None if value is None else value.isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


def _enum(kind: type[enum.Enum]) -> sa.Enum:
    # Values, not member names, and no CHECK constraint: new enum values need no migration.
    return sa.Enum(
        kind,
        native_enum=False,
        create_constraint=False,
        values_callable=lambda members: [member.value for member in members],
        length=40,
        validate_strings=True,
    )


def _change_columns() -> tuple[sa.Column, ...]:
    """Who changed a record a person edits, where and when, and its row version (counted up by every change,
    from 1): an edit made from a version that is no longer the row's is refused (storage/versions.py). Last in
    their tables: migration 0007 added them to tables that held rows already."""
    return (
        sa.Column("row_version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("changed_by", sa.String, nullable=False, server_default=""),  # a user's name, or a login
        sa.Column("changed_workstation", sa.String, nullable=False, server_default=""),
        sa.Column("changed_at", AwareDateTime, nullable=True),  # UTC; NULL for a row older than 0007
    )


def _trash_index() -> sa.Index:
    """The rows in the trash, by their entry: a partial index, so that `trash_id IS NULL` (every reader) never
    looks selective to a planner without statistics (migration 0009)."""
    in_the_trash = sa.text("trash_id IS NOT NULL")
    return sa.Index(None, "trash_id", sqlite_where=in_the_trash, postgresql_where=in_the_trash)


patients = sa.Table(
    "patients",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("display_name", sa.String, nullable=False),
    sa.Column("chart_number", sa.String, nullable=True, unique=True),
    sa.Column("birth_date", sa.Date, nullable=True),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("trash_id", sa.Integer, nullable=True),
    *_change_columns(),
    sa.Index(None, "display_name"),
    _trash_index(),
)

treatments = sa.Table(
    "treatments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("patient_id", sa.Integer, sa.ForeignKey("patients.id", ondelete="RESTRICT"), nullable=False),
    sa.Column("performed_at", AwareDateTime, nullable=False),
    sa.Column("area", _enum(Area), nullable=False),
    sa.Column("goal", sa.Text, nullable=False, server_default=""),
    sa.Column("product", sa.Text, nullable=False, server_default=""),
    sa.Column("ingredients", sa.Text, nullable=False, server_default=""),
    sa.Column("physician", sa.String, nullable=False, server_default=""),
    sa.Column("session_number", sa.Integer, nullable=True),
    sa.Column("trash_id", sa.Integer, nullable=True),
    *_change_columns(),
    sa.Index(None, "patient_id"),
    _trash_index(),
)

visits = sa.Table(
    "visits",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "treatment_id", sa.Integer, sa.ForeignKey("treatments.id", ondelete="RESTRICT"), nullable=False
    ),
    sa.Column("kind", _enum(VisitKind), nullable=False),
    sa.Column("visited_at", AwareDateTime, nullable=False),
    sa.Column("pain_score", sa.Integer, nullable=True),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("trash_id", sa.Integer, nullable=True),
    *_change_columns(),
    sa.CheckConstraint("pain_score IS NULL OR pain_score BETWEEN 0 AND 10", name="pain_score_0_10"),
    sa.Index(None, "treatment_id"),
    _trash_index(),
)

symptom_entries = sa.Table(
    "symptom_entries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("visit_id", sa.Integer, sa.ForeignKey("visits.id", ondelete="CASCADE"), nullable=False),
    sa.Column("started_at", RecordedDateTime, nullable=True),
    sa.Column("area", sa.String, nullable=False, server_default=""),
    sa.Column("severity", sa.Integer, nullable=True),
    sa.Column("trend", _enum(Trend), nullable=True),
    sa.Column("associated_symptoms", sa.Text, nullable=False, server_default=""),
    *_change_columns(),
    sa.CheckConstraint("severity IS NULL OR severity BETWEEN 0 AND 10", name="severity_0_10"),
    sa.Index(None, "visit_id"),
)

# The physician's assessment of a visit (domain/assessment.py): at most one per visit, replaced when changed.
# A sign's column is NULL when it was not examined.
visit_assessments = sa.Table(
    "visit_assessments",
    metadata,
    sa.Column("visit_id", sa.Integer, sa.ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("gais", sa.Integer, nullable=False),
    sa.Column("assessed_by", sa.String, nullable=False, server_default=""),
    sa.Column("assessed_at", AwareDateTime, nullable=False),
    sa.Column("patient_gais", sa.Integer, nullable=True),
    sa.Column("goal", _enum(GoalReached), nullable=True),
    sa.Column("tier", _enum(Tier), nullable=True),
    *(sa.Column(sign.value, _enum(Severity), nullable=True) for sign in Sign),
    sa.Column("findings", sa.Text, nullable=False, server_default=""),
    sa.Column("next_session", sa.Date, nullable=True),
    sa.Column("plan", sa.Text, nullable=False, server_default=""),
    *_change_columns(),
    sa.CheckConstraint("gais BETWEEN 1 AND 5", name="gais_1_5"),
    sa.CheckConstraint("patient_gais IS NULL OR patient_gais BETWEEN 1 AND 5", name="patient_gais_1_5"),
)

# The PhotoFacts columns, in the order of PhotoFacts' fields (the composite builds PhotoFacts positionally).
_FACT_COLUMNS = (
    sa.Column("width", sa.Integer, nullable=False),
    sa.Column("height", sa.Integer, nullable=False),
    sa.Column("format", sa.String(16), nullable=False),
    sa.Column("capture_time", RecordedDateTime, nullable=True),
    sa.Column("capture_time_source", _enum(CaptureTimeSource), nullable=True),
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
)

photos = sa.Table(
    "photos",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("visit_id", sa.Integer, sa.ForeignKey("visits.id", ondelete="RESTRICT"), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("original_name", sa.String, nullable=False),
    sa.Column("original_folder", sa.String, nullable=False),
    sa.Column("file_size", sa.Integer, nullable=False),
    sa.Column("view", _enum(View), nullable=False),
    sa.Column("imported_at", AwareDateTime, nullable=True),
    *_FACT_COLUMNS,
    sa.Column("capture_utc_offset_minutes", sa.Integer, nullable=True),
    # Degrees clockwise the nurse turned the photo, on top of its EXIF orientation; the file never changes.
    sa.Column("rotation", sa.Integer, nullable=False, server_default="0"),
    sa.Column("trash_id", sa.Integer, nullable=True),
    *_change_columns(),
    sa.CheckConstraint("length(sha256) = 64", name="sha256_length"),
    sa.CheckConstraint("orientation IS NULL OR orientation BETWEEN 1 AND 8", name="orientation_1_8"),
    sa.CheckConstraint("rotation IN (0, 90, 180, 270)", name="rotation_quarter_turns"),
    sa.Index(None, "visit_id"),
    _trash_index(),
)

# Measurements computed from a photo (face landmarks, sharpness, colour...), cached by the analysis code.
# `kind` names the family, `version` the algorithm's version: a row of another version is recomputed.
photo_measurements = sa.Table(
    "photo_measurements",
    metadata,
    sa.Column("photo_id", sa.Integer, sa.ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("kind", sa.String(64), primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("computed_at", AwareDateTime, nullable=False),
    sa.Column("data", sa.Text, nullable=False),  # JSON
)

# Photos whose file is being moved into the store: written (and committed) before the rename, deleted in the
# transaction that inserts the photo row. After a crash, a file that has a pending row is adopted with it.
pending_imports = sa.Table(
    "pending_imports",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("started_at", AwareDateTime, nullable=False),
    sa.Column("photo", sa.Text, nullable=False),  # JSON of the Photo to insert (storage.library._photo_json)
    # The session that is importing it on a shared (PostgreSQL) library; NULL on a folder library.
    sa.Column("owner", sa.String(64), nullable=True),
)

# The library's trash: one entry per deletion. The deleted record and everything under it carry the entry's
# id in `trash_id` (rows already in the trash keep their own entry), so readers skip them and a restore
# clears exactly that id. Emptying the trash deletes the rows and their files for good.
trash = sa.Table(
    "trash",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("deleted_at", AwareDateTime, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # patient | treatment | visit | photo
    sa.Column("object_id", sa.Integer, nullable=False),
    sa.Column("patient_id", sa.Integer, nullable=True),
    sa.Column("description", sa.Text, nullable=False, server_default=""),  # what it held, for the list
)

# Patients erased for good (the right to erasure): no name, only a pseudonymous reference, when, and the
# hashes of the originals that were removed, so a database restored from an older backup can be erased again.
erasures = sa.Table(
    "erasures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("erased_at", AwareDateTime, nullable=False),
    sa.Column("patient_reference", sa.String(64), nullable=False),
    sa.Column("photo_hashes", sa.Text, nullable=False),  # JSON list of sha256
)

# Originals found in the store that the database does not know (after a restore from an older backup, or a
# damaged database): kept, never deleted, and shown as "Unfiled" until the nurse files each into a visit. The
# row holds what the file says of itself (JSON of its PhotoFacts, storage.library._facts_json); filing one
# inserts its photo row and deletes this row in one transaction, as an import of the same file does.
unfiled_photos = sa.Table(
    "unfiled_photos",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("format", sa.String(16), nullable=False),
    sa.Column("file_size", sa.Integer, nullable=False),
    sa.Column("found_at", AwareDateTime, nullable=False),
    sa.Column("found_by", sa.String(16), nullable=False),  # restore | verify
    sa.Column("facts", sa.Text, nullable=False),
)

# Library-wide values: the library's id, the pseudonym salt for de-identified sheets, creation facts.
library_settings = sa.Table(
    "library_settings",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)


# -- clinic privacy (issue 13): named users, the audit trail, consent -----------------------------------------

# Local user accounts. `name` is what a person signs in with; `password_hash` is argon2 (NULL in a library
# that runs without passwords). A user is disabled, never deleted, so the audit trail keeps naming them.
users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("display_name", sa.String, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),  # nurse | physician | administrator
    sa.Column("password_hash", sa.String, nullable=True),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", AwareDateTime, nullable=False),
)

# The audit trail: append-only, each entry carrying the hash of the one before it (storage/audit.py). A
# patient is named by a pseudonymous reference only (storage.trash.patient_reference), so an erasure leaves
# the entries, and the chain, as they were.
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at_utc", sa.String(32), nullable=False),
    sa.Column("at_local", sa.String(32), nullable=False),
    sa.Column("workstation", sa.String, nullable=False),
    sa.Column("user_name", sa.String, nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("patient_reference", sa.String(64), nullable=True),
    sa.Column("objects", sa.Text, nullable=False),  # JSON list: "photo:12", "visit:3", ...
    sa.Column("detail", sa.Text, nullable=False),
    sa.Column("previous_hash", sa.String(64), nullable=False),
    sa.Column("entry_hash", sa.String(64), nullable=False),
    sa.Index(None, "patient_reference"),
)

# A patient's consent to the use of their photos: one row per scope given, withdrawn by setting the date.
# The signed form (PDF or photo) is kept byte for byte in `consent-forms/<sha256>.<ext>`.
consents = sa.Table(
    "consents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("patient_id", sa.Integer, sa.ForeignKey("patients.id", ondelete="CASCADE"), nullable=False),
    sa.Column("scope", sa.String(16), nullable=False),  # clinical | colleague | teaching | publication
    sa.Column("given_at", AwareDateTime, nullable=False),
    sa.Column("withdrawn_at", AwareDateTime, nullable=True),
    sa.Column("recorded_by", sa.String, nullable=False),
    sa.Column("form_sha256", sa.String(64), nullable=True),
    sa.Column("form_suffix", sa.String(8), nullable=True),
    sa.Index(None, "patient_id"),
)


def _map_domain() -> None:
    # Only the dataclass fields are mapped under their own names; every other column gets a "_col_" prefix
    # (Photo has a read-only `capture_time` property that a mapped column must not replace).
    # `trash_id` is storage's business (the trash), not a field of the domain's records.
    # `row_version` is each record's version_id_col: an UPDATE or DELETE names the version it read, and a
    # merge of a record read at another version raises StaleDataError (storage/versions.py turns both into
    # EditConflict). Who changed it, where and when are storage's ("_changed_by"...), stamped at each flush.
    def changed(table: sa.Table) -> dict[str, Any]:
        return {"_changed_by": table.c.changed_by, "_changed_workstation": table.c.changed_workstation,
                "_changed_at": table.c.changed_at}

    def versioned(table: sa.Table) -> dict[str, Any]:
        return {"version_id_col": table.c.row_version, "properties": changed(table)}

    mapper_registry.map_imperatively(Patient, patients, exclude_properties=["trash_id"], **versioned(patients))
    mapper_registry.map_imperatively(
        Treatment, treatments, exclude_properties=["trash_id"], **versioned(treatments)
    )
    mapper_registry.map_imperatively(Visit, visits, exclude_properties=["trash_id"], **versioned(visits))
    mapper_registry.map_imperatively(SymptomEntry, symptom_entries, **versioned(symptom_entries))
    mapper_registry.map_imperatively(VisitAssessment, visit_assessments, **versioned(visit_assessments))
    mapper_registry.map_imperatively(
        Photo,
        photos,
        column_prefix="_col_",
        exclude_properties=["trash_id"],
        version_id_col=photos.c.row_version,
        properties={
            **changed(photos),
            "row_version": photos.c.row_version,
            "id": photos.c.id,
            "visit_id": photos.c.visit_id,
            "sha256": photos.c.sha256,
            "original_name": photos.c.original_name,
            "original_folder": photos.c.original_folder,
            "file_size": photos.c.file_size,
            "view": photos.c.view,
            "imported_at": photos.c.imported_at,
            "rotation": photos.c.rotation,
            "facts": composite(PhotoFacts, *(photos.c[column.name] for column in _FACT_COLUMNS)),
        },
    )

    @event.listens_for(Photo, "before_insert")
    @event.listens_for(Photo, "before_update")
    def _derived_photo_columns(mapper: Any, connection: Any, photo: Photo) -> None:
        photo._col_capture_utc_offset_minutes = photo.facts.utc_offset_minutes


_map_domain()
