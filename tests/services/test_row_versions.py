"""Edits through services.records and services.assessment carry the version the window read: a record changed
on another workstation since is never overwritten, moved, deleted or undone over; the refusal names who
changed it, on which workstation, and when.

The workstations take turns on the library, as on a SQLite folder (one writer at a time): mine reads, closes;
theirs opens, changes, closes; mine opens again and makes its change from what it read. Marked `backends`: on
PostgreSQL too.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from import_helpers import CET, jpeg

from photofollow.domain.errors import EditConflict
from photofollow.domain.model import Patient, Photo, SymptomEntry, Treatment, View, Visit, VisitKind
from photofollow.services import records, users
from photofollow.services.assessment import assessment_of, record_assessment
from photofollow.services.importing import VisitRequest, import_photos
from photofollow.services.users import Role
from photofollow.storage import versions
from photofollow.storage.library import Library

pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server

THEM = "on NURSE-PC by Anna de Vries"


@pytest.fixture
def shown(library, treatment, tmp_path):
    """A patient's record as my window shows it: a baseline and a follow-up with a photo each, and a second
    patient; then my workstation closes the library (their turn comes next)."""
    for kind, day in ((VisitKind.BASELINE, 5), (VisitKind.FOLLOW_UP, 19)):
        import_photos(
            library,
            [jpeg(tmp_path / f"{kind.value}.jpg", day, taken=datetime(2024, 3, day, 9, 0))],
            VisitRequest(treatment, kind),
            view=View.FRONTAL,
        )
    library.add(Patient("Bo Berg", chart_number="2002"))
    record = records.patient_record(library, treatment.patient_id)
    library.close()
    return record


def their_turn(location: str, change) -> None:
    """Another workstation (NURSE-PC, Anna de Vries signed in) opens the library, changes it and closes it."""
    with Library.open(location) as theirs:
        theirs.acting_name, theirs.workstation = "Anna de Vries", "NURSE-PC"
        change(theirs)


def _photo(record) -> Photo:
    return record.treatments[0].visits[1].photos[0]


def _rotate_theirs(record):
    return lambda lib: records.rotate_photo(lib, _photo(record).id, 90)


def test_corrections_of_a_photo_changed_elsewhere_are_refused(library, shown):
    photo = _photo(shown)
    their_turn(library.location, _rotate_theirs(shown))
    baseline = shown.treatments[0].visits[0].visit
    with Library.open(library.location) as mine:
        for change in (
            lambda: records.rotate_photo(mine, photo.id, 180, seen=photo.row_version),
            lambda: records.move_photo(mine, photo.id, view=View.LATERAL_90_LEFT, seen=photo.row_version),
            lambda: records.move_photo(mine, photo.id, visit_id=baseline.id, seen=photo.row_version),
            lambda: records.delete(mine, "photo", photo.id, seen=photo.row_version),
        ):
            with pytest.raises(EditConflict) as refused:
                change()
            assert str(refused.value).startswith(f"The photo {photo.original_name} was changed {THEM} (")
        stored = mine.get(Photo, photo.id)
        assert (stored.rotation, stored.view, stored.visit_id) == (90, View.FRONTAL, photo.visit_id)
        assert not mine.in_trash("photo", photo.id) and records.trash_entries(mine) == []
        # From the version shown now (theirs), the same correction is made.
        records.rotate_photo(mine, photo.id, 180, seen=stored.row_version)
        assert mine.get(Photo, photo.id).rotation == 270


def test_corrections_of_a_visit_treatment_or_patient_changed_elsewhere_are_refused(library, shown):
    treatment = shown.treatments[0].treatment
    visit = shown.treatments[0].visits[1].visit
    patient = shown.patient

    def theirs(lib: Library) -> None:
        records.edit_visit(lib, visit.id, kind=VisitKind.BASELINE)
        records.set_treatment_date(lib, treatment.id, datetime(2024, 3, 4, 10, 0, tzinfo=CET))
        records.save_patient(lib, dataclasses.replace(lib.get(Patient, patient.id), notes="theirs"))

    their_turn(library.location, theirs)
    with Library.open(library.location, write=False) as reader:
        other = next(p for p in reader.patients() if p.id != patient.id)
    later = datetime(2024, 3, 20, 9, 0, tzinfo=CET)
    with Library.open(library.location) as mine:
        refusals = {
            "The visit of 2024-03-19": [
                lambda: records.edit_visit(mine, visit.id, visited_at=later, seen=visit.row_version),
                lambda: records.delete(mine, "visit", visit.id, seen=visit.row_version),
                lambda: records.save_visit(mine, dataclasses.replace(visit, notes="mine"), []),
            ],
            "The treatment of 2024-03-04": [
                lambda: records.set_treatment_date(mine, treatment.id, later, seen=treatment.row_version),
                lambda: records.move_treatment(mine, treatment.id, other.id, seen=treatment.row_version),
                lambda: records.delete(mine, "treatment", treatment.id, seen=treatment.row_version),
                lambda: records.save_treatment(mine, dataclasses.replace(treatment, goal="mine")),
            ],
            "The patient Anna Jansen": [
                lambda: records.delete(mine, "patient", patient.id, seen=patient.row_version),
                lambda: records.merge_patients(mine, other.id, patient.id, seen=patient.row_version),
                lambda: records.save_patient(mine, dataclasses.replace(patient, notes="mine")),
            ],
        }
        for what, changes in refusals.items():
            for change in changes:
                with pytest.raises(EditConflict) as refused:
                    change()
                assert str(refused.value).startswith(f"{what} was changed {THEM} ("), str(refused.value)
        assert mine.get(Visit, visit.id).kind is VisitKind.BASELINE and mine.get(Visit, visit.id).notes == ""
        assert mine.get(Treatment, treatment.id).patient_id == patient.id
        assert mine.get(Treatment, treatment.id).goal == treatment.goal
        assert mine.get(Patient, patient.id).notes == "theirs"
        assert records.trash_entries(mine) == []


def test_undo_is_refused_when_the_record_changed_elsewhere_since(library, shown):
    photo = _photo(shown)
    with Library.open(library.location) as mine:
        turned = records.rotate_photo(mine, photo.id, 90, seen=photo.row_version)
    their_turn(library.location, lambda lib: records.move_photo(lib, photo.id, view=View.LATERAL_90_LEFT))
    with Library.open(library.location) as mine:
        with pytest.raises(EditConflict) as refused:
            turned.undo(mine)
        assert str(refused.value).startswith(f"The photo {photo.original_name} was changed {THEM} (")
        assert mine.get(Photo, photo.id).rotation == 90


def test_undo_and_redo_of_my_own_corrections_in_turn_still_apply(library, shown):
    photo = _photo(shown)
    with Library.open(library.location) as mine:
        first = records.rotate_photo(mine, photo.id, 90, seen=photo.row_version)
        second = records.move_photo(mine, photo.id, view=View.CLOSE_UP, seen=first.written)
        undone_second = second.undo(mine)
        undone_first = first.undo(mine)  # the record is as `first` left it again, at a later version
        assert (mine.get(Photo, photo.id).rotation, mine.get(Photo, photo.id).view) == (0, View.FRONTAL)
        undone_first.undo(mine)  # redo
        undone_second.undo(mine)  # redo
        assert (mine.get(Photo, photo.id).rotation, mine.get(Photo, photo.id).view) == (90, View.CLOSE_UP)


def test_undo_of_a_merge_is_refused_when_a_moved_treatment_changed_elsewhere(library, shown):
    treatment = shown.treatments[0].treatment
    with Library.open(library.location) as mine:
        other = mine.add(Patient("Anna Jansen (2)"))
        merged = records.merge_patients(mine, other.id, shown.patient.id, seen=shown.patient.row_version)
    their_turn(
        library.location,
        lambda lib: records.save_treatment(
            lib, dataclasses.replace(lib.get(Treatment, treatment.id), goal="x")
        ),
    )
    with Library.open(library.location) as mine:
        with pytest.raises(EditConflict):
            merged.undo(mine)
        assert mine.in_trash("patient", shown.patient.id)  # nothing was put back
        assert mine.get(Treatment, treatment.id).patient_id == other.id


def test_an_assessment_changed_elsewhere_is_not_replaced(library, shown):
    visit = shown.treatments[0].visits[1].visit
    their_turn(library.location, lambda lib: record_assessment(lib, visit.id, gais=2, plan="theirs"))
    with Library.open(library.location) as mine:
        with pytest.raises(EditConflict) as refused:  # my window showed no assessment
            record_assessment(mine, visit.id, gais=4, seen_version=0)
        assert str(refused.value).startswith(
            f"The assessment of the visit of 2024-03-19 was changed {THEM} ("
        )
        seen = assessment_of(mine, visit.id)
        record_assessment(mine, visit.id, gais=3, seen_version=seen.row_version)  # from theirs: saved
        assert assessment_of(mine, visit.id).gais == 3 and assessment_of(mine, visit.id).plan == "theirs"
        with pytest.raises(EditConflict):  # the version before mine
            record_assessment(mine, visit.id, gais=5, seen_version=seen.row_version)
        assert assessment_of(mine, visit.id).gais == 3


def test_symptom_log_saved_from_a_window_older_than_theirs_is_refused(library, shown):
    visit = shown.treatments[0].visits[1].visit
    their_turn(
        library.location,
        lambda lib: records.save_visit(
            lib, lib.get(Visit, visit.id), [SymptomEntry(visit.id, None, "jaw", 4)]
        ),
    )
    with Library.open(library.location) as mine:
        with pytest.raises(EditConflict):
            records.save_visit(mine, visit, [SymptomEntry(visit.id, None, "cheek", 2)])
        assert [e.area for e in mine.symptom_entries_of(visit.id)] == ["jaw"]


def test_the_signed_in_user_is_named_in_the_record(library, treatment):
    users.add_user(library, "pia", Role.ADMINISTRATOR, "admin-pass-1", "Dr. Pia Holm")  # signed in
    patient = library.get(Patient, treatment.patient_id)
    records.save_patient(library, dataclasses.replace(patient, notes="seen at the clinic"))
    assert versions.stamp(library, "patient", patient.id).changed_by == "Dr. Pia Holm"
    users.sign_out(library)
    assert library.acting_name is None
