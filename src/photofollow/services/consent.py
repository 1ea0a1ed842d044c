"""A patient's consent to the use of their photos, and the purpose every export and print must fit.

A consent record has a scope (the clinical record, sharing with other clinicians, teaching, publication),
the date it was given, the date it was withdrawn (if it was), the user who recorded it, and the signed form
(PDF or photo) kept byte for byte in the library's `consent-forms/` folder under its SHA-256.

An export or print states its purpose (`Purpose`, default clinical: the patient's own record). A purpose
beyond the consent on record is refused with the reason (`ConsentRefused`); teaching and publication without
consent are allowed only de-identified, and the sheet says so (`ExportBasis.note`).
"""

from __future__ import annotations

import enum
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from photofollow.domain.errors import PhotoFollowError
from photofollow.domain.model import Patient
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.services import audit
from photofollow.services.changes import Changes, RecordGone
from photofollow.services.users import Permission, acting_name, require
from photofollow.storage import schema
from photofollow.storage.library import Library

FORMS = "consent-forms"
FORM_SUFFIXES = {".pdf": b"%PDF", ".jpg": b"\xff\xd8", ".jpeg": b"\xff\xd8", ".png": b"\x89PNG"}


class Scope(enum.StrEnum):
    CLINICAL = "clinical"  # the patient's own clinical record
    COLLEAGUE = "colleague"  # sharing with other clinicians
    TEACHING = "teaching"
    PUBLICATION = "publication"


Purpose = Scope  # an export's purpose is named as the consent it needs

SCOPE_WORDS = {
    Scope.CLINICAL: QT_TRANSLATE_NOOP("Consent", "clinical record"),
    Scope.COLLEAGUE: QT_TRANSLATE_NOOP("Consent", "sharing with other clinicians"),
    Scope.TEACHING: QT_TRANSLATE_NOOP("Consent", "teaching"),
    Scope.PUBLICATION: QT_TRANSLATE_NOOP("Consent", "publication"),
}


def scope_phrase(scope: Scope) -> Phrase:
    return Phrase("Consent", SCOPE_WORDS[Scope(scope)])


class ConsentRefused(PhotoFollowError):
    """What was asked goes beyond the patient's recorded consent."""


@dataclass(frozen=True, slots=True)
class Consent:
    id: int
    patient_id: int
    scope: Scope
    given_at: datetime
    withdrawn_at: datetime | None
    recorded_by: str
    form: Path | None  # the signed form in the library, when one was attached

    @property
    def in_force(self) -> bool:
        return self.withdrawn_at is None


def _forms(library: Library) -> Path:
    return library.folder / FORMS


def _consent(library: Library, row: sa.Row) -> Consent:
    form = _forms(library) / f"{row.form_sha256}{row.form_suffix}" if row.form_sha256 else None
    return Consent(
        row.id, row.patient_id, Scope(row.scope), row.given_at, row.withdrawn_at, row.recorded_by, form
    )


def consents_of(library: Library, patient_id: int) -> list[Consent]:
    """The patient's consent records, withdrawn ones too, oldest first."""
    require(library, Permission.VIEW)
    table = schema.consents
    with library.session() as session:
        rows = session.execute(
            sa.select(table).where(table.c.patient_id == patient_id).order_by(table.c.given_at, table.c.id)
        ).all()
    return [_consent(library, row) for row in rows]


def scopes_in_force(library: Library, patient_id: int) -> set[Scope]:
    return {consent.scope for consent in consents_of(library, patient_id) if consent.in_force}


def _store_form(library: Library, form: Path) -> tuple[str, str]:
    """Copy the signed form into the library (verified, fsynced, renamed), as originals are stored."""
    suffix = form.suffix.lower()
    magic = FORM_SUFFIXES.get(suffix)
    try:
        with open(form, "rb") as source:
            head = source.read(8)
    except OSError as error:
        raise ConsentRefused(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "%1 cannot be read (%2)."),
                (form.name, str(error.strerror)),
            )
        ) from error
    if magic is None or not head.startswith(magic):
        raise ConsentRefused(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "%1 is not a PDF, JPEG or PNG file; attach the signed form as one."
                ),
                (form.name,),
            )
        )
    folder = _forms(library)
    folder.mkdir(exist_ok=True)
    digest = hashlib.sha256()
    partial = folder / f".incoming-{os.getpid()}{suffix}"
    with open(form, "rb") as source, open(partial, "wb") as target:
        while chunk := source.read(1 << 20):
            digest.update(chunk)
            target.write(chunk)
        target.flush()
        os.fsync(target.fileno())
    final = folder / f"{digest.hexdigest()}{suffix}"
    os.replace(partial, final)
    final.chmod(0o444)
    return digest.hexdigest(), suffix


def add_consent(
    library: Library,
    patient_id: int,
    scope: Scope,
    *,
    given_at: datetime | None = None,
    form: Path | None = None,
) -> tuple[Consent, Changes]:
    """Record that the patient gave consent for `scope` (today unless `given_at`), with the signed form."""
    require(library, Permission.EDIT)
    if library.get(Patient, patient_id) is None or library.in_trash("patient", patient_id):
        raise ConsentRefused(
            Phrase("Errors", QT_TRANSLATE_NOOP("Errors", "This patient is no longer in the library."))
        )
    stored = _store_form(library, Path(form)) if form is not None else (None, None)
    with library.transaction() as session:
        consent_id = session.execute(
            schema.consents.insert().values(
                patient_id=patient_id,
                scope=Scope(scope).value,
                given_at=given_at or datetime.now().astimezone(),
                withdrawn_at=None,
                recorded_by=acting_name(library),
                form_sha256=stored[0],
                form_suffix=stored[1],
            )
        ).inserted_primary_key[0]
    audit.record(
        library,
        audit.Action.CONSENT_ADD,
        patient_id=patient_id,
        objects=(f"consent:{consent_id}",),
        detail=Scope(scope).value,
    )
    return _one(library, consent_id), Changes(patients=frozenset({patient_id}))


def _one(library: Library, consent_id: int) -> Consent:
    with library.session() as session:
        row = session.execute(sa.select(schema.consents).where(schema.consents.c.id == consent_id)).first()
    if row is None:
        raise RecordGone(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no consent record %1; `photofollow consent list` shows them."
                ),
                (str(consent_id),),
            )
        )
    return _consent(library, row)


def withdraw_consent(
    library: Library, consent_id: int, at: datetime | None = None
) -> tuple[Consent, Changes]:
    """The patient withdrew this consent (now unless `at`); the record stays, with the date."""
    require(library, Permission.EDIT)
    consent = _one(library, consent_id)
    if not consent.in_force:
        return consent, Changes()
    with library.transaction() as session:
        session.execute(
            schema.consents.update()
            .where(schema.consents.c.id == consent_id)
            .values(withdrawn_at=at or datetime.now().astimezone())
        )
    audit.record(
        library,
        audit.Action.CONSENT_WITHDRAW,
        patient_id=consent.patient_id,
        objects=(f"consent:{consent_id}",),
        detail=consent.scope.value,
    )
    return _one(library, consent_id), Changes(patients=frozenset({consent.patient_id}))


def remove_unclaimed_forms(library: Library) -> int:
    """Delete signed forms no consent record names (after an erasure or an emptied trash): they name the
    patient. Returns how many were removed."""
    folder = _forms(library)
    if not folder.is_dir():
        return 0
    with library.session() as session:
        claimed = {
            f"{sha}{suffix}"
            for sha, suffix in session.execute(
                sa.select(schema.consents.c.form_sha256, schema.consents.c.form_suffix).where(
                    schema.consents.c.form_sha256.is_not(None)
                )
            )
        }
    removed = 0
    for path in folder.iterdir():
        if path.name not in claimed and not path.name.startswith(".incoming-"):
            path.chmod(0o644)
            path.unlink()
            removed += 1
    return removed


# -- the purpose of an export or print -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportBasis:
    """What an export rests on: its purpose, and when it goes out de-identified for want of consent, why."""

    purpose: Purpose
    deidentified_for_want_of_consent: bool = False

    @property
    def note(self) -> Phrase | None:
        """The sentence a sheet carries about its purpose."""
        if self.deidentified_for_want_of_consent:
            return Phrase(
                "Consent",
                QT_TRANSLATE_NOOP("Consent", "Purpose: %1. No consent on record: de-identified."),
                (scope_phrase(self.purpose),),
            )
        return Phrase("Consent", QT_TRANSLATE_NOOP("Consent", "Purpose: %1."), (scope_phrase(self.purpose),))


def export_basis(library: Library, patient_id: int, purpose: Purpose, deidentify: bool) -> ExportBasis:
    """Whether the patient's consent allows an export for `purpose`; raises ConsentRefused with the reason.

    The clinical record needs no further consent. Sharing with a colleague needs that consent; teaching and
    publication need theirs, or go out de-identified only.
    """
    purpose = Purpose(purpose)
    if purpose is Purpose.CLINICAL:
        return ExportBasis(purpose)
    in_force = scopes_in_force(library, patient_id)
    if purpose in in_force:
        return ExportBasis(purpose)
    if purpose in (Purpose.TEACHING, Purpose.PUBLICATION):
        if deidentify:
            return ExportBasis(purpose, deidentified_for_want_of_consent=True)
        raise ConsentRefused(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The patient has not consented to %1: without that consent the sheet may only be "
                    "de-identified.",
                ),
                (scope_phrase(purpose),),
            )
        )
    raise ConsentRefused(
        Phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The patient has not consented to %1; record their consent first (photofollow consent add).",
            ),
            (scope_phrase(purpose),),
        )
    )
