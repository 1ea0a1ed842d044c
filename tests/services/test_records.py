"""The record's corrections: each changes the library, says what changed, and undoes exactly."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest
from import_helpers import CET, jpeg
from library_sql import dump_text

from photofollow.domain.errors import EditConflict
from photofollow.domain.model import Patient, Photo, Treatment, View, Visit, VisitKind
from photofollow.services import records
from photofollow.services.changes import RecordGone
from photofollow.services.importing import VisitRequest, import_photos
from photofollow.services.library import patient_summaries
from photofollow.storage import trash as trash_store
from photofollow.storage.backups import make_backup

pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server


@pytest.fixture
def filed(library, treatment, tmp_path):
    """A baseline and a follow-up of one patient, two photos each, plus a second patient."""
    baseline = import_photos(
        library,
        [jpeg(tmp_path / f"b{i}.jpg", i, taken=datetime(2024, 3, 5, 9, i)) for i in range(2)],
        VisitRequest(treatment, VisitKind.BASELINE),
        view=View.FRONTAL,
    )
    follow_up = import_photos(
        library,
        [jpeg(tmp_path / f"f{i}.jpg", 10 + i, taken=datetime(2024, 3, 19, 9, i)) for i in range(2)],
        VisitRequest(treatment, VisitKind.FOLLOW_UP),
        view=View.FRONTAL,
    )
    other = library.add(Patient("Bo Berg", chart_number="2002"))
    return baseline.visit, follow_up.visit, other


def test_the_record_and_its_one_baseline_rule(library, treatment, filed):
    baseline_visit, follow_up_visit, _ = filed
    record = records.patient_record(library, treatment.patient_id)
    (treatment_record,) = record.treatments
    assert [len(v.photos) for v in treatment_record.visits] == [2, 2]
    chosen = treatment_record.baseline_photo(View.FRONTAL)
    assert chosen.original_name == "b1.jpg"  # the last retake of the latest baseline visit
    assert treatment_record.baseline_photo(View.OBLIQUE_45_LEFT) is None


def test_move_photo_and_undo_redo(library, treatment, filed):
    baseline_visit, follow_up_visit, _ = filed
    photo = library.photos_of(follow_up_visit.id)[0]
    moved = records.move_photo(library, photo.id, visit_id=baseline_visit.id, view=View.OBLIQUE_45_LEFT)
    assert moved.changes.photos == {photo.id}
    assert moved.changes.visits == {baseline_visit.id, follow_up_visit.id}
    assert moved.description.english() == "move photo"
    now = library.get(Photo, photo.id)
    assert (now.visit_id, now.view) == (baseline_visit.id, View.OBLIQUE_45_LEFT)
    undone = moved.undo(library)
    back = library.get(Photo, photo.id)
    assert (back.visit_id, back.view) == (follow_up_visit.id, View.FRONTAL)
    redone = undone.undo(library)
    assert library.get(Photo, photo.id).visit_id == baseline_visit.id
    assert redone.undo is not None


def test_rotate_is_a_display_turn_that_forgets_measurements(library, treatment, filed):
    from photofollow.services.checking import cached_measurements, measure_at_import

    _, follow_up_visit, _ = filed
    photo = library.photos_of(follow_up_visit.id)[0]
    original = library.photo_path(photo).read_bytes()
    measure_at_import(library)(photo, library.photo_path(photo))
    assert cached_measurements(library, photo) is not None
    turned = records.rotate_photo(library, photo.id, 90)
    stored = library.get(Photo, photo.id)
    assert stored.rotation == 90 and stored.shown_facts.display_size == (64, 96)
    assert cached_measurements(library, stored) is None
    assert library.photo_path(photo).read_bytes() == original
    again = records.rotate_photo(library, photo.id, 270)
    assert library.get(Photo, photo.id).rotation == 0
    with pytest.raises(EditConflict):  # turned again since: the older undo would undo more than its turn
        turned.undo(library)
    again.undo(library)
    assert library.get(Photo, photo.id).rotation == 90
    turned.undo(library)  # the photo is as the first turn left it again: its undo applies
    assert library.get(Photo, photo.id).rotation == 0
    with pytest.raises(ValueError):
        records.rotate_photo(library, photo.id, 45)


def test_edit_visit_and_treatment_date_change_the_labels(library, treatment, filed):
    from photofollow.services.library import timeline

    _, follow_up_visit, _ = filed
    patient = library.get(Patient, treatment.patient_id)
    assert timeline(library, patient).treatments[0].visits[1].label == "Week 2"
    changed = records.set_treatment_date(library, treatment.id, datetime(2024, 3, 12, 10, 0, tzinfo=CET))
    assert follow_up_visit.id in changed.changes.visits
    assert timeline(library, patient).treatments[0].visits[1].label == "Day 7"
    changed.undo(library)
    edited = records.edit_visit(library, follow_up_visit.id, kind=VisitKind.BASELINE)
    assert library.get(Visit, follow_up_visit.id).kind is VisitKind.BASELINE
    edited.undo(library)
    assert library.get(Visit, follow_up_visit.id).kind is VisitKind.FOLLOW_UP


def test_delete_to_trash_and_restore_with_everything_it_held(library, treatment, filed):
    baseline_visit, follow_up_visit, _ = filed
    photo = library.photos_of(follow_up_visit.id)[0]
    photo_gone = records.delete(library, "photo", photo.id)
    assert len(library.photos_of(follow_up_visit.id)) == 1
    assert photo.id not in [p.id for p in library.photos_of(follow_up_visit.id)]
    patient_gone = records.delete(library, "patient", treatment.patient_id)
    assert [p.display_name for p in library.patients()] == ["Bo Berg"]
    assert [s.patient.display_name for s in patient_summaries(library)] == ["Bo Berg"]
    with pytest.raises(RecordGone):
        records.patient_record(library, treatment.patient_id)
    entries = records.trash_entries(library)
    assert [e.kind for e in entries] == ["patient", "photo"]
    assert entries[0].description == "patient Anna Jansen (1001): 1 treatment(s), 2 visit(s), 3 photo(s)"
    assert library.photo_path(photo).is_file()  # in the trash, the original stays

    patient_gone.undo(library)  # restore the patient: the photo deleted before stays in the trash
    record = records.patient_record(library, treatment.patient_id)
    assert sum(len(v.photos) for v in record.treatments[0].visits) == 3
    photo_gone.undo(library)
    record = records.patient_record(library, treatment.patient_id)
    assert sum(len(v.photos) for v in record.treatments[0].visits) == 4
    assert records.trash_entries(library) == []


def test_emptying_the_trash_removes_rows_files_and_measurements_for_good(library, treatment, filed):
    _, follow_up_visit, _ = filed
    photos = library.photos_of(follow_up_visit.id)
    files = [library.photo_path(p) for p in photos] + [library.preview_path(p) for p in photos]
    assert all(path.is_file() for path in files)
    records.delete(library, "visit", follow_up_visit.id)
    records.empty_trash(library)
    assert library.get(Visit, follow_up_visit.id) is None
    assert not any(path.exists() for path in files)
    assert records.trash_entries(library) == []
    assert {p.sha256 for p in photos} <= trash_store.erased_hashes(library.folder)


def test_erasing_a_patient_removes_them_from_library_files_and_backups(library, treatment, filed):
    from photofollow.storage.integrity import verify

    _, follow_up_visit, other = filed
    # A folder library's own backups are rewritten too; a server's are pg_dump's (photofollow backup --out).
    backup = None if library.is_shared else make_backup(library.database_path, library.folder / "backups", "daily")
    hashes = [p.sha256 for v in records.patient_record(library, treatment.patient_id).treatments[0].visits for p in v.photos]
    records.erase_patient(library, treatment.patient_id)
    assert [p.display_name for p in library.patients()] == ["Bo Berg"]
    assert library.get(Treatment, treatment.id) is None
    assert not any(library.store.path_for(h, "JPEG").exists() for h in hashes)
    recorded = json.loads((library.folder / "erasures.json").read_text())
    assert set(recorded[-1]["photo_hashes"]) == set(hashes)
    assert "Anna" not in json.dumps(recorded)
    assert "Anna Jansen" not in dump_text(library.location)
    if backup is not None:
        old = sqlite3.connect(backup)
        assert old.execute("SELECT display_name FROM patients").fetchall() == [("Bo Berg",)]
        assert old.execute("SELECT count(*) FROM photos").fetchone() == (0,)
        assert b"Anna Jansen" not in backup.read_bytes()  # vacuumed: no trace in free pages
        old.close()
    assert verify(library).ok


def test_merge_patients_moves_everything_and_undoes(library, treatment, filed):
    _, _, other = filed
    second = library.add(Treatment(other.id, datetime(2024, 5, 1, 10, 0, tzinfo=CET)))
    merged = records.merge_patients(library, treatment.patient_id, other.id)
    assert [p.display_name for p in library.patients()] == ["Anna Jansen"]
    assert {t.id for t in library.treatments_of(treatment.patient_id)} == {treatment.id, second.id}
    separated = merged.undo(library)
    assert {p.display_name for p in library.patients()} == {"Anna Jansen", "Bo Berg"}
    assert [t.id for t in library.treatments_of(other.id)] == [second.id]
    separated.undo(library)
    assert [p.display_name for p in library.patients()] == ["Anna Jansen"]


def test_a_record_in_the_trash_cannot_be_changed(library, treatment, filed):
    _, follow_up_visit, _ = filed
    photo = library.photos_of(follow_up_visit.id)[0]
    records.delete(library, "visit", follow_up_visit.id)
    with pytest.raises(RecordGone, match="no longer in the library"):
        records.move_photo(library, photo.id, view=View.OTHER)


def test_a_patient_erased_without_photos_is_recorded_for_a_restore_to_erase_again(library, treatment, filed):
    _, _, other = filed  # Bo Berg has no photos
    records.erase_patient(library, other.id)
    recorded = json.loads((library.folder / "erasures.json").read_text())
    assert recorded[-1]["photo_hashes"] == []
    assert recorded[-1]["patient_reference"] == trash_store.patient_reference(library, other.id)
