"""The one door to a patient's record: read it, and correct it with every change undoable.

Reading: `patient_record` gathers a patient's treatments, visits, photos and symptom log in a few queries;
`TreatmentRecord.baseline_photo` is the one rule for the baseline a follow-up is checked against, used by the
timeline's badges, the comparison and the sheets alike.

Correcting: each function changes the library in one transaction and returns a `Correction`: what changed
(for the windows to refresh), a sentence for the Edit menu ("Undo move photo"), and how to undo it (itself a
function returning a Correction, so undo and redo are the same mechanism). Deleting moves a record to the
trash (storage/trash.py) and is undone by restoring it; emptying the trash and erasing a patient are final.

Edits carry the version of the record the window read (`row_version` of the record saved, `seen` of a
correction): when the record changed since, on another workstation or in another window, the edit is refused
with `EditConflict` naming who changed it, where and when (storage/versions.py), and nothing is saved. An
undo carries the version its correction left, so an undo of a record changed since is refused the same way.
`seen=None` (the command line, which reads and writes at once) edits the version the service reads.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from photofollow.domain.assessment import VisitAssessment
from photofollow.domain.model import (
    ROTATIONS,
    Patient,
    Photo,
    SymptomEntry,
    Treatment,
    View,
    Visit,
    VisitKind,
)
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.services.audit import Action, audited
from photofollow.services.changes import Changes, RecordGone
from photofollow.services.consent import remove_unclaimed_forms
from photofollow.services.users import Permission, require
from photofollow.storage import trash as trash_store
from photofollow.storage import versions
from photofollow.storage.assessments import assessments_of

if TYPE_CHECKING:
    from photofollow.storage.library import Library

TrashEntry = trash_store.TrashEntry


# -- reading -------------------------------------------------------------------------------------------------


def pick_photo(photos: Iterable[Photo]) -> Photo:
    """Of several photos of one view at one visit, the last taken (a retake replaces the shot before it)."""

    def taken(photo: Photo) -> tuple[int, float]:
        moment = photo.capture_time
        if moment is None:
            return (0, float(photo.id or 0))
        return (1, moment.timestamp() if moment.tzinfo else moment.replace(tzinfo=None).timestamp())

    return max(photos, key=taken)


@dataclass
class VisitRecord:
    visit: Visit
    photos: list[Photo] = field(default_factory=list)
    symptoms: list[SymptomEntry] = field(default_factory=list)
    assessment: VisitAssessment | None = None  # the physician's, of a follow-up

    def photo_of_view(self, view: View) -> Photo | None:
        """The visit's photo of a view: the last taken when there are retakes."""
        candidates = self.photos_of_view(view)
        return pick_photo(candidates) if candidates else None

    def photos_of_view(self, view: View) -> list[Photo]:
        return [photo for photo in self.photos if photo.view == view]


@dataclass
class TreatmentRecord:
    treatment: Treatment
    visits: list[VisitRecord] = field(default_factory=list)

    def baseline_visits(self) -> list[VisitRecord]:
        return [record for record in self.visits if record.visit.kind is VisitKind.BASELINE]

    def baseline_photo(self, view: View) -> Photo | None:
        """The photo a follow-up of `view` is checked against: of the baseline visits that have the view,
        the latest one's photo of it (its last retake). The one rule: timeline, comparison and sheets."""
        return baseline_photo(((r.visit, r.photos) for r in self.visits), view)

    def visit_of(self, photo: Photo) -> VisitRecord | None:
        return next((record for record in self.visits if record.visit.id == photo.visit_id), None)


def baseline_photo(visits: Iterable[tuple[Visit, Iterable[Photo]]], view: View) -> Photo | None:
    """`TreatmentRecord.baseline_photo` for visits given with their photos."""
    baselines = sorted(
        ((visit, list(photos)) for visit, photos in visits if visit.kind is VisitKind.BASELINE),
        key=lambda pair: (pair[0].visited_at, pair[0].id or 0),
        reverse=True,
    )
    for _visit, photos in baselines:
        candidates = [photo for photo in photos if photo.view == view]
        if candidates:
            return pick_photo(candidates)
    return None


@dataclass
class PatientRecord:
    patient: Patient
    treatments: list[TreatmentRecord] = field(default_factory=list)

    def treatment_of_visit(self, visit_id: int) -> TreatmentRecord | None:
        for record in self.treatments:
            if any(v.visit.id == visit_id for v in record.visits):
                return record
        return None


def patients(library: Library) -> list[Patient]:
    """Every patient out of the trash, by name."""
    require(library, Permission.VIEW)
    return library.patients()


def patient_record(library: Library, patient_id: int) -> PatientRecord:
    """A patient's whole record out of the trash; raises RecordGone when the patient is not there."""
    require(library, Permission.VIEW)
    patient = library.get(Patient, patient_id)
    if patient is None or library.in_trash("patient", patient_id):
        raise RecordGone(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This patient is no longer in the library. Choose the patient again in the patient list.",
                ),
            )
        )
    treatments, visits, photos, symptoms = library.patient_tree(patient_id)
    assessments = assessments_of(library, (visit.id for visit in visits))
    visit_records = {visit.id: VisitRecord(visit, assessment=assessments.get(visit.id)) for visit in visits}
    for photo in photos:
        visit_records[photo.visit_id].photos.append(photo)
    for entry in symptoms:
        visit_records[entry.visit_id].symptoms.append(entry)
    record = PatientRecord(patient)
    by_treatment = {treatment.id: TreatmentRecord(treatment) for treatment in treatments}
    for visit in visits:
        by_treatment[visit.treatment_id].visits.append(visit_records[visit.id])
    record.treatments = list(by_treatment.values())
    return record


# -- entering and editing -----------------------------------------------------------------------------------


@audited(Action.EDIT, Permission.EDIT)
def save_patient(library: Library, patient: Patient) -> tuple[Patient, Changes]:
    """Add a new patient or save an edited one."""
    saved = library.add(patient) if patient.id is None else library.update(patient)
    return saved, Changes(patients=frozenset({saved.id}), patient_details=True)


@audited(Action.EDIT, Permission.EDIT)
def save_treatment(library: Library, treatment: Treatment) -> tuple[Treatment, Changes]:
    """Add a new treatment or save an edited one."""
    saved = library.add(treatment) if treatment.id is None else library.update(treatment)
    return saved, Changes(patients=frozenset({saved.patient_id}), treatments=frozenset({saved.id}))


@audited(Action.EDIT, Permission.EDIT)
def save_visit(
    library: Library, visit: Visit, symptoms: list[SymptomEntry] | None = None
) -> tuple[Visit, Changes]:
    """Add or save a visit; with `symptoms`, its symptom log becomes exactly those entries (one transaction).
    An edited visit is saved from the version it was read at (its log with it): `EditConflict` otherwise."""
    if visit.id is None:
        saved = library.add(visit)
        if symptoms is not None:
            library.replace_symptom_entries(saved.id, symptoms)
    else:
        saved = library.save_visit(visit, symptoms)
    treatment = library.get(Treatment, saved.treatment_id)
    return saved, Changes(
        patients=frozenset({treatment.patient_id}) if treatment else frozenset(),
        treatments=frozenset({saved.treatment_id}),
        visits=frozenset({saved.id}),
    )


# -- corrections ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Correction:
    """A change made: what it touched, what to call it in the Edit menu, and how to take it back."""

    changes: Changes
    description: Phrase
    undo: Callable[[Library], Correction] | None = None
    written: int | None = None  # the version the correction left its one record at (None: several records)


# Versions written by an undo or a redo that hold what an older version held (undoing a correction puts the
# record back as it was before it): by library, (kind, id, version) -> the older version. An older
# correction's undo then still finds its record as it left it, while a change made on another workstation,
# which writes a version of its own, refuses it.
_same_as: weakref.WeakKeyDictionary[Library, dict[tuple[str, int, int], int]] = weakref.WeakKeyDictionary()


def _holds(library: Library, kind: str, record_id: int, version: int, seen: int) -> bool:
    """Whether a record at `version` holds what it held at `seen`: the same version, or one an undo made
    so."""
    aliases = _same_as.get(library, {})
    while version != seen:
        version = aliases.get((kind, record_id, version))
        if version is None:
            return False
    return True


def _reversal(
    kind: str,
    record_id: int,
    read: int | None,
    written: int | None,
    run: Callable[[Library, int | None], Correction],
) -> Callable[[Library], Correction]:
    """The undo of a correction that found the record at version `read` and left it at `written`:
    `run(library, seen)` makes the reverse change, refused (EditConflict) when the record changed since; the
    version the reverse writes holds what `read` held, so the undo of the correction before it still
    applies."""

    def undo(lib: Library) -> Correction:
        reverse = run(lib, written)
        if read is not None and reverse.written is not None:
            _same_as.setdefault(lib, {})[(kind, record_id, reverse.written)] = read
        return reverse

    return undo


def _gone(kind: str) -> RecordGone:
    texts = {
        "patient": QT_TRANSLATE_NOOP("Errors", "This patient is no longer in the library."),
        "treatment": QT_TRANSLATE_NOOP("Errors", "This treatment is no longer in the library."),
        "visit": QT_TRANSLATE_NOOP("Errors", "This visit is no longer in the library."),
        "photo": QT_TRANSLATE_NOOP("Errors", "This photo is no longer in the library."),
    }
    return RecordGone(Phrase("Errors", texts[kind]))


def live(library: Library, kind: type, object_id: int, seen: int | None = None):
    """The record of `kind` (Patient, Treatment, Visit, Photo) with that id, out of the trash; else
    RecordGone. With `seen`, the version the caller read: EditConflict when the record is at another one now
    (or at one an undo made hold the same, see `_holds`)."""
    name = {Patient: "patient", Treatment: "treatment", Visit: "visit", Photo: "photo"}[kind]
    found = library.get(kind, object_id)
    if found is None or library.in_trash(name, object_id):
        raise _gone(name)
    if seen is not None and not _holds(library, name, object_id, found.row_version, seen):
        raise versions.conflict(library, name, object_id)
    return found


def _owner_ids(library: Library, visit_id: int) -> tuple[int, int]:
    """(treatment id, patient id) of a visit."""
    visit = library.get(Visit, visit_id)
    treatment = library.get(Treatment, visit.treatment_id)
    return treatment.id, treatment.patient_id


def _photo_changes(library: Library, photo: Photo, *visit_ids: int) -> Changes:
    patients, treatments = set(), set()
    for visit_id in {photo.visit_id, *visit_ids}:
        treatment_id, patient_id = _owner_ids(library, visit_id)
        treatments.add(treatment_id)
        patients.add(patient_id)
    return Changes(
        patients=frozenset(patients),
        treatments=frozenset(treatments),
        visits=frozenset({photo.visit_id, *visit_ids}),
        photos=frozenset({photo.id}),
    )


@audited(Action.MOVE, Permission.EDIT)
def move_photo(
    library: Library,
    photo_id: int,
    *,
    visit_id: int | None = None,
    view: View | None = None,
    seen: int | None = None,
) -> Correction:
    """File a photo under another visit (of any treatment or patient) and/or as another view."""
    photo = live(library, Photo, photo_id, seen)
    if visit_id is not None:
        live(library, Visit, visit_id)
    before_visit, before_view = photo.visit_id, photo.view
    moved = dataclasses.replace(
        photo,
        visit_id=visit_id if visit_id is not None else photo.visit_id,
        view=View(view) if view is not None else photo.view,
    )
    saved = library.update(moved)
    changes = _photo_changes(library, moved, before_visit)
    if moved.visit_id != before_visit:
        description = Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "move photo"))
    else:
        description = Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "change view"))
    return Correction(
        changes,
        description,
        _reversal(
            "photo",
            photo_id,
            photo.row_version,
            saved.row_version,
            lambda lib, seen: move_photo(lib, photo_id, visit_id=before_visit, view=before_view, seen=seen),
        ),
        saved.row_version,
    )


@audited(Action.EDIT, Permission.EDIT)
def rotate_photo(library: Library, photo_id: int, degrees: int, *, seen: int | None = None) -> Correction:
    """Turn a photo as it is shown by `degrees` clockwise (90, 180, 270) more; the original never changes."""
    if degrees % 90:
        raise ValueError(f"A photo turns by quarter turns, not {degrees} degrees.")
    photo = live(library, Photo, photo_id, seen)
    turned = dataclasses.replace(photo, rotation=(photo.rotation + degrees) % 360)
    assert turned.rotation in ROTATIONS
    saved = library.update(turned)
    # Landmarks, pose and framing were measured on the photo as it was shown: measured again when needed.
    library.forget_measurements(photo_id)
    return Correction(
        _photo_changes(library, turned),
        Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "rotate photo")),
        _reversal(
            "photo",
            photo_id,
            photo.row_version,
            saved.row_version,
            lambda lib, seen: rotate_photo(lib, photo_id, -degrees % 360, seen=seen),
        ),
        saved.row_version,
    )


@audited(Action.EDIT, Permission.EDIT)
def edit_visit(
    library: Library,
    visit_id: int,
    *,
    visited_at: datetime | None = None,
    kind: VisitKind | None = None,
    seen: int | None = None,
) -> Correction:
    """Change when a visit took place and/or whether it is a baseline or a follow-up."""
    visit = live(library, Visit, visit_id, seen)
    if visited_at is not None and visited_at.tzinfo is None:
        raise ValueError("A visit's date-time must carry its time zone.")
    before_at, before_kind = visit.visited_at, visit.kind
    changed = dataclasses.replace(
        visit,
        visited_at=visited_at if visited_at is not None else visit.visited_at,
        kind=VisitKind(kind) if kind is not None else visit.kind,
    )
    saved = library.update(changed)
    treatment_id, patient_id = _owner_ids(library, visit_id)
    return Correction(
        Changes(
            patients=frozenset({patient_id}),
            treatments=frozenset({treatment_id}),
            visits=frozenset({visit_id}),
        ),
        Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "change visit")),
        _reversal(
            "visit",
            visit_id,
            visit.row_version,
            saved.row_version,
            lambda lib, seen: edit_visit(lib, visit_id, visited_at=before_at, kind=before_kind, seen=seen),
        ),
        saved.row_version,
    )


@audited(Action.EDIT, Permission.EDIT)
def set_treatment_date(
    library: Library, treatment_id: int, performed_at: datetime, *, seen: int | None = None
) -> Correction:
    """Change when a treatment was done: every label and check of its visits follows."""
    if performed_at.tzinfo is None:
        raise ValueError("A treatment's date-time must carry its time zone.")
    treatment = live(library, Treatment, treatment_id, seen)
    before = treatment.performed_at
    saved = library.update(dataclasses.replace(treatment, performed_at=performed_at))
    return Correction(
        Changes(
            patients=frozenset({treatment.patient_id}),
            treatments=frozenset({treatment_id}),
            visits=frozenset(v.id for v in library.visits_of(treatment_id)),
        ),
        Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "change treatment date")),
        _reversal(
            "treatment",
            treatment_id,
            treatment.row_version,
            saved.row_version,
            lambda lib, seen: set_treatment_date(lib, treatment_id, before, seen=seen),
        ),
        saved.row_version,
    )


@audited(Action.MOVE, Permission.EDIT)
def move_treatment(
    library: Library, treatment_id: int, patient_id: int, *, seen: int | None = None
) -> Correction:
    """File a treatment, with its visits and photos, under another patient."""
    treatment = live(library, Treatment, treatment_id, seen)
    live(library, Patient, patient_id)
    before = treatment.patient_id
    saved = library.update(dataclasses.replace(treatment, patient_id=patient_id))
    return Correction(
        Changes(
            patients=frozenset({before, patient_id}),
            treatments=frozenset({treatment_id}),
            patient_details=True,
        ),
        Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "move treatment")),
        _reversal(
            "treatment",
            treatment_id,
            treatment.row_version,
            saved.row_version,
            lambda lib, seen: move_treatment(lib, treatment_id, before, seen=seen),
        ),
        saved.row_version,
    )


# -- the trash -----------------------------------------------------------------------------------------------

KINDS = trash_store.KINDS


@audited(Action.DELETE, Permission.EDIT)
def delete(library: Library, kind: str, object_id: int, *, seen: int | None = None) -> Correction:
    """Move a patient, treatment, visit or photo (with what belongs to it) to the trash; with `seen`, only the
    version the window showed (EditConflict when it changed since)."""
    entity_type = {"patient": Patient, "treatment": Treatment, "visit": Visit, "photo": Photo}[kind]
    found = live(library, entity_type, object_id, seen)
    description, patient_id, changes = _describe(library, kind, found)
    trash_id = trash_store.move_to_trash(library, kind, object_id, description, patient_id, found.row_version)
    return Correction(
        changes | Changes(trash=True),
        Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "delete")),
        lambda lib: restore(lib, trash_id),
    )


def _describe(library: Library, kind: str, found) -> tuple[str, int, Changes]:
    """What a trash entry holds, in English, its patient, and what removing it changes."""
    if kind == "patient":
        treatments, visits, photos, _ = library.patient_tree(found.id)
        name = found.display_name + (f" ({found.chart_number})" if found.chart_number else "")
        return (
            f"patient {name}: {len(treatments)} treatment(s), {len(visits)} visit(s), {len(photos)} photo(s)",
            found.id,
            Changes(patients=frozenset({found.id}), patient_details=True),
        )
    if kind == "treatment":
        visits = library.visits_of(found.id)
        photos = sum(len(library.photos_of(v.id)) for v in visits)
        return (
            f"treatment of {found.performed_at:%Y-%m-%d}: {len(visits)} visit(s), {photos} photo(s)",
            found.patient_id,
            Changes(patients=frozenset({found.patient_id}), treatments=frozenset({found.id}), patient_details=True),
        )
    if kind == "visit":
        treatment_id, patient_id = _owner_ids(library, found.id)
        photos = len(library.photos_of(found.id))
        return (
            f"{found.kind.value} visit of {found.visited_at:%Y-%m-%d}: {photos} photo(s)",
            patient_id,
            Changes(
                patients=frozenset({patient_id}),
                treatments=frozenset({treatment_id}),
                visits=frozenset({found.id}),
                patient_details=True,
            ),
        )
    treatment_id, patient_id = _owner_ids(library, found.visit_id)
    return (
        f"photo {found.original_name} ({found.view.value})",
        patient_id,
        _photo_changes(library, found) | Changes(patient_details=True),
    )


def trash_entries(library: Library) -> list[TrashEntry]:
    return trash_store.entries(library)


@audited(Action.RESTORE, Permission.EDIT)
def restore(library: Library, trash_id: int) -> Correction:
    """Take an entry out of the trash with everything it held; undone by deleting it again."""
    entry = trash_store.restore(library, trash_id)
    if entry is None:
        raise RecordGone(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "Trash entry %1 does not exist (any more); `photofollow trash list` shows them."
                ),
                (str(trash_id),),
            )
        )
    changes = Changes(
        patients=frozenset({entry.patient_id}) if entry.patient_id else frozenset(),
        treatments=frozenset({entry.object_id}) if entry.kind == "treatment" else frozenset(),
        visits=frozenset({entry.object_id}) if entry.kind == "visit" else frozenset(),
        photos=frozenset({entry.object_id}) if entry.kind == "photo" else frozenset(),
        patient_details=True,
        trash=True,
    )
    restored = versions.stamp(library, entry.kind, entry.object_id)
    return Correction(
        changes,
        Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "restore from trash")),
        lambda lib: delete(lib, entry.kind, entry.object_id, seen=restored.row_version if restored else None),
    )


@audited(Action.EMPTY_TRASH, Permission.ERASE)
def empty_trash(library: Library) -> Changes:
    """Remove everything in the trash for good (rows, originals, previews, measurements). Not undoable."""
    entries = trash_store.entries(library)
    trash_store.empty(library)
    remove_unclaimed_forms(library)
    return Changes(
        patients=frozenset(e.patient_id for e in entries if e.patient_id), patient_details=True, trash=True
    )


@audited(Action.ERASE, Permission.ERASE)
def erase_patient(library: Library, patient_id: int) -> Changes:
    """Erase a patient for good, backups included (the right to erasure). Not undoable."""
    if library.get(Patient, patient_id) is None:
        raise _gone("patient")
    trash_store.erase_patient(library, patient_id)
    remove_unclaimed_forms(library)  # the consent rows went with the patient; their signed forms go too
    return Changes(patients=frozenset({patient_id}), patient_details=True, trash=True)


# -- merging patients ----------------------------------------------------------------------------------------


@audited(Action.MOVE, Permission.EDIT)
def merge_patients(library: Library, keep_id: int, other_id: int, *, seen: int | None = None) -> Correction:
    """Move every treatment of `other` to `keep`, then put the emptied `other` in the trash (`seen`: the
    version of `other` the window showed). Undone by restoring `other` and moving its treatments back, unless
    one of them changed since (EditConflict)."""
    if keep_id == other_id:
        raise ValueError("A patient cannot be merged with themselves.")
    live(library, Patient, keep_id)
    live(library, Patient, other_id, seen)
    moved: dict[int, int] = {}  # treatment id -> its version after the move
    for treatment in library.treatments_of(other_id):
        moved[treatment.id] = library.update(dataclasses.replace(treatment, patient_id=keep_id)).row_version
    removed = delete(library, "patient", other_id)

    def undo(lib: Library) -> Correction:
        for treatment_id, version in moved.items():  # all checked before anything is put back
            live(lib, Treatment, treatment_id, version)
        restored = removed.undo(lib)
        for treatment_id, version in moved.items():
            treatment = lib.get(Treatment, treatment_id)
            lib.update(dataclasses.replace(treatment, patient_id=other_id, row_version=version))
        return Correction(
            restored.changes | Changes(patients=frozenset({keep_id, other_id}), treatments=frozenset(moved)),
            Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "separate patients")),
            lambda again: merge_patients(again, keep_id, other_id),
        )

    return Correction(
        Changes(
            patients=frozenset({keep_id, other_id}),
            treatments=frozenset(moved),
            patient_details=True,
            trash=True,
        ),
        Phrase("Edit", QT_TRANSLATE_NOOP("Edit", "merge patients")),
        undo,
    )
