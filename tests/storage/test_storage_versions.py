"""Row versions (storage/versions.py): a record saved from a version read before another workstation changed
it is refused with who changed it, where and when, and nothing of it is written.

Two workstations on one library, on real files and a real server: on a SQLite folder only one PhotoFollow
writes at a time (library.lock), so they take turns, as two workstations sharing a folder library do: mine
reads the record and closes, theirs opens, changes it and closes, mine opens again and saves what it read. On
PostgreSQL (marked `backends`, tests/conftest.py) the same turns run against the server.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime

import pytest
from storage_helpers import CET

from photofollow.domain.assessment import VisitAssessment
from photofollow.domain.errors import EditConflict
from photofollow.domain.model import Patient, Photo, PhotoFacts, SymptomEntry, Treatment, View, Visit
from photofollow.storage import schema, versions
from photofollow.storage.assessments import assessment_of, save_assessment
from photofollow.storage.library import Library

pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server


def _photo(library: Library, visit_id: int) -> Photo:
    photo = Photo(visit_id, "b" * 64, "IMG_0002.JPG", "/media/card", 1234, PhotoFacts(64, 48, "jpeg"))
    library.begin_photo(photo)
    return library.finish_photo(photo)


def _their_turn(location: str, change) -> None:
    """Another workstation (NURSE-PC, Anna de Vries signed in) opens the library, changes it, closes it."""
    with Library.open(location) as theirs:
        theirs.acting_name = "Anna de Vries"
        theirs.workstation = "NURSE-PC"
        change(theirs)


def _refusal_names_them(error: EditConflict, what: str) -> None:
    text = str(error)
    assert text.startswith(what), text
    assert "on NURSE-PC by Anna de Vries" in text
    assert re.search(
        r"\(\d{4}-\d\d-\d\d, \d\d:\d\d\) after you opened it; your change was not saved\.$", text
    )
    assert error.phrase is not None and error.phrase.english() == text


# Each kind of record a person edits: how to make it, how the two workstations change it.
def _records(library: Library, visit: Visit):
    treatment = library.get(Treatment, visit.treatment_id)
    patient = library.get(Patient, treatment.patient_id)
    entry = library.add(SymptomEntry(visit.id, datetime(2024, 3, 6, 8, 0), "cheek", 3))
    photo = _photo(library, visit.id)
    save_assessment(
        library, VisitAssessment(visit.id, 2, "Dr Berg", datetime(2024, 3, 19, 10, 0, tzinfo=CET))
    )
    return {
        "patient": (Patient, patient.id, "The patient Anna Jansen"),
        "treatment": (Treatment, treatment.id, "The treatment of 2024-03-05"),
        "visit": (Visit, visit.id, "The visit of 2024-03-05"),
        "photo": (Photo, photo.id, "The photo IMG_0002.JPG"),
        "symptom": (SymptomEntry, entry.id, "The symptom log of the visit of 2024-03-05"),
        "assessment": (VisitAssessment, visit.id, "The assessment of the visit of 2024-03-05"),
    }


CHANGES = {
    Patient: ("notes", "theirs", "mine"),
    Treatment: ("goal", "theirs", "mine"),
    Visit: ("notes", "theirs", "mine"),
    Photo: ("view", View.FRONTAL, View.LATERAL_90_LEFT),
    SymptomEntry: ("area", "theirs", "mine"),
    VisitAssessment: ("plan", "theirs", "mine"),
}


def _save(library: Library, record) -> None:
    if isinstance(record, VisitAssessment):
        save_assessment(library, record)
    elif isinstance(record, SymptomEntry):
        library.replace_symptom_entries(record.visit_id, [record])
    else:
        library.update(record)


@pytest.mark.parametrize("kind", ["patient", "treatment", "visit", "photo", "symptom", "assessment"])
def test_a_record_changed_on_another_workstation_is_not_overwritten(library, visit, kind):
    location = library.location
    entity, record_id, what = _records(library, visit)[kind]
    field, theirs, mine = CHANGES[entity]
    seen = library.get(entity, record_id)  # my window shows the record at version 1
    assert seen.row_version == 1
    library.close()

    _their_turn(
        location, lambda lib: _save(lib, dataclasses.replace(lib.get(entity, record_id), **{field: theirs}))
    )

    with Library.open(location) as again:
        with pytest.raises(EditConflict) as refused:
            _save(again, dataclasses.replace(seen, **{field: mine}))
        _refusal_names_them(refused.value, what)
        assert refused.value.kind == kind and refused.value.record_id == record_id
        stored = again.get(entity, record_id)
        assert getattr(stored, field) == theirs and stored.row_version == 2  # theirs, untouched
        # Saved again from their version, mine goes through: the window shows theirs, then mine is made on it.
        _save(again, dataclasses.replace(stored, **{field: mine}))
        assert getattr(again.get(entity, record_id), field) == mine
        assert again.get(entity, record_id).row_version == 3


def test_a_saved_record_carries_its_version_and_who_changed_it_when_and_where(library, visit):
    library.acting_name, library.workstation = "Dr Berg", "ROOM-2"
    before = datetime.now(UTC)
    patient = library.get(Patient, library.get(Treatment, visit.treatment_id).patient_id)
    assert patient.row_version == 1
    patient.notes = "allergic to lidocaine"
    saved = library.update(patient)
    assert saved.row_version == patient.row_version == 2  # the caller's record is the one saved now
    found = versions.stamp(library, "patient", patient.id)
    assert (found.row_version, found.changed_by, found.changed_workstation) == (2, "Dr Berg", "ROOM-2")
    assert before <= found.changed_at <= datetime.now(UTC)
    # Saving it unchanged writes nothing: the version stays.
    assert library.update(dataclasses.replace(patient)).row_version == 2


def test_a_visit_log_changed_elsewhere_refuses_the_visit_saved_from_an_older_window(library, visit):
    location = library.location
    entry = library.add(SymptomEntry(visit.id, datetime(2024, 3, 6, 8, 0), "cheek", 3))
    seen_visit, seen_log = library.get(Visit, visit.id), library.symptom_entries_of(visit.id)
    library.close()

    # They add an entry to the visit's log: the visit's version counts up with it.
    def add_entry(theirs: Library) -> None:
        current = theirs.get(Visit, visit.id)
        theirs.save_visit(
            current, [*theirs.symptom_entries_of(visit.id), SymptomEntry(visit.id, None, "jaw", 5)]
        )

    _their_turn(location, add_entry)

    with Library.open(location) as again:
        assert again.get(Visit, visit.id).row_version == 2
        # My window removes the one entry it showed and adds nothing: that would delete theirs unseen.
        with pytest.raises(EditConflict) as refused:
            again.save_visit(dataclasses.replace(seen_visit, notes="mine"), [])
        _refusal_names_them(refused.value, "The visit of 2024-03-05")
        assert [e.area for e in again.symptom_entries_of(visit.id)] == ["cheek", "jaw"]
        assert again.get(Visit, visit.id).notes == ""
        # Nor is an entry saved from the version my window read, after they changed the log.
        with pytest.raises(EditConflict):
            again.save_visit(seen_visit, [dataclasses.replace(seen_log[0], severity=9)])
        assert again.get(SymptomEntry, entry.id).severity == 3


def test_a_record_removed_for_good_meanwhile_is_refused_not_written_again(library, visit):
    location = library.location
    seen = library.get(SymptomEntry, library.add(SymptomEntry(visit.id, None, "cheek", 3)).id)
    library.close()
    _their_turn(location, lambda theirs: theirs.replace_symptom_entries(visit.id, []))
    with Library.open(location) as again:
        with pytest.raises(EditConflict) as refused:
            again.replace_symptom_entries(visit.id, [dataclasses.replace(seen, severity=4)])
        assert str(refused.value).startswith(
            "The symptom entry was removed from the library after you opened it"
        )
        assert again.symptom_entries_of(visit.id) == []


def test_an_assessment_recorded_meanwhile_is_not_replaced_by_one_from_a_window_that_showed_none(
    library, visit
):
    location = library.location
    library.close()
    made = datetime(2024, 3, 19, 10, 0, tzinfo=CET)
    _their_turn(
        location, lambda theirs: save_assessment(theirs, VisitAssessment(visit.id, 2, "Dr Berg", made))
    )
    with Library.open(location) as again:
        with pytest.raises(EditConflict) as refused:
            save_assessment(
                again, VisitAssessment(visit.id, 4, "Dr Smit", made)
            )  # row_version None: saw none
        _refusal_names_them(refused.value, "The assessment of the visit of 2024-03-05")
        assert assessment_of(again, visit.id).gais == 2


def test_rows_of_a_library_older_than_row_versions_start_at_version_one_by_nobody_known(library, visit):
    with library.engine.begin() as connection:  # as migration 0007 leaves a row it found
        connection.execute(
            schema.visits.update().values(
                row_version=1, changed_by="", changed_workstation="", changed_at=None
            )
        )
    seen = library.get(Visit, visit.id)
    library.update(dataclasses.replace(seen, notes="theirs"))
    with library.engine.begin() as connection:
        connection.execute(schema.visits.update().values(changed_by="", changed_at=None))
    with pytest.raises(EditConflict) as refused:
        library.update(dataclasses.replace(seen, notes="mine"))
    assert str(refused.value) == (
        "The visit of 2024-03-05 was changed after you opened it; your change was not saved."
    )


def test_two_workstations_open_at_once_on_a_server_cannot_overwrite_each_other(
    library, visit, library_backend
):
    if library_backend != "postgresql":
        pytest.skip("a folder library has one writer at a time (library.lock): the turns above are its case")
    with Library.open(library.location) as theirs:  # both open for writing, at the same time
        theirs.acting_name, theirs.workstation = "Anna de Vries", "NURSE-PC"
        mine_seen, theirs_seen = library.get(Visit, visit.id), theirs.get(Visit, visit.id)
        theirs.update(dataclasses.replace(theirs_seen, notes="theirs"))
        with pytest.raises(EditConflict) as refused:
            library.update(dataclasses.replace(mine_seen, notes="mine"))
        _refusal_names_them(refused.value, "The visit of 2024-03-05")
        assert theirs.get(Visit, visit.id).notes == library.get(Visit, visit.id).notes == "theirs"
