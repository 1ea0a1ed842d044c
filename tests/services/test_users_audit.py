"""Named users and roles, enforced in the services whoever calls; the audit trail and its hash chain, checked
after the database file itself was changed."""

from __future__ import annotations

from datetime import datetime

import pytest
from import_helpers import jpeg
from library_sql import dump_text, run_sql

from photofollow.domain.model import Patient, View, VisitKind
from photofollow.services import audit, records, users
from photofollow.services.importing import VisitRequest, import_photos
from photofollow.services.library import open_library, timeline
from photofollow.services.users import AccessRefused, Permission, Role
from photofollow.storage.trash import patient_reference

pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server


@pytest.fixture
def staffed(library):
    """A library with an administrator, a physician and a nurse; nobody signed in."""
    users.add_user(library, "admin", Role.ADMINISTRATOR, "admin-pass-1", "Dr. Admin")
    users.add_user(library, "pia", Role.PHYSICIAN, "physician-1", "Dr. Pia Holm")
    users.add_user(library, "nina", Role.NURSE, "nurse-pass-1", "Nina Berg")
    users.sign_out(library)
    return library


def test_a_library_without_users_refuses_nothing(library, treatment):
    assert not users.has_users(library)
    users.require(library, Permission.ERASE)
    assert records.patients(library)


def test_the_first_user_is_the_administrator_and_later_ones_need_one(library):
    with pytest.raises(AccessRefused, match="first user"):
        users.add_user(library, "nina", Role.NURSE, "nurse-pass-1")
    users.add_user(library, "admin", Role.ADMINISTRATOR, "admin-pass-1")
    users.sign_out(library)
    with pytest.raises(AccessRefused, match="Sign in first"):
        users.add_user(library, "nina", Role.NURSE, "nurse-pass-1")
    with pytest.raises(AccessRefused, match="at least 8"):
        users.sign_in(library, "admin", "admin-pass-1")
        users.add_user(library, "nina", Role.NURSE, "short")


def test_passwords_are_argon2_hashes_and_a_wrong_one_is_refused(staffed):
    hashes = [row[0] for row in run_sql(staffed.location, "SELECT password_hash FROM users")]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not any("nurse-pass-1" in h for h in hashes)
    with pytest.raises(AccessRefused, match="wrong"):
        users.sign_in(staffed, "nina", "not-her-password")
    with pytest.raises(AccessRefused, match="wrong"):
        users.sign_in(staffed, "nobody", "nurse-pass-1")
    assert users.sign_in(staffed, "nina", "nurse-pass-1").role is Role.NURSE


def test_a_library_without_passwords_still_names_its_user(staffed):
    users.sign_in(staffed, "admin", "admin-pass-1")
    users.set_passwords_required(staffed, False)
    users.sign_out(staffed)
    assert users.sign_in(staffed, "pia").display_name == "Dr. Pia Holm"
    assert users.acting_name(staffed) == "Dr. Pia Holm"


def _import_baseline(library, treatment, tmp_path):
    """One baseline photo imported by whoever is signed in; returns the photo."""
    result = import_photos(
        library,
        [jpeg(tmp_path / "b.jpg", 1, taken=datetime(2024, 3, 5, 9, 0))],
        VisitRequest(treatment, VisitKind.BASELINE),
        view=View.FRONTAL,
    )
    return result.new_photos[0]


def test_roles_are_enforced_in_the_services_whoever_calls(staffed, treatment, tmp_path):
    # Nobody signed in: not even the record is read.
    with pytest.raises(AccessRefused, match="Sign in first"):
        records.patient_record(staffed, treatment.patient_id)
    users.sign_in(staffed, "nina", "nurse-pass-1")
    photo = _import_baseline(staffed, treatment, tmp_path)
    records.rotate_photo(staffed, photo.id, 90)  # a nurse edits
    with pytest.raises(AccessRefused, match="Nina Berg \\(nurse\\) may not erase"):
        records.erase_patient(staffed, treatment.patient_id)
    with pytest.raises(AccessRefused, match="may not erase"):
        records.empty_trash(staffed)
    with pytest.raises(AccessRefused, match="may not manage users"):
        users.add_user(staffed, "eve", Role.ADMINISTRATOR, "sneaky-pass")
    with pytest.raises(AccessRefused, match="may not read the audit"):
        audit.entries(staffed)
    users.sign_out(staffed)
    users.sign_in(staffed, "pia", "physician-1")
    assert records.patient_record(staffed, treatment.patient_id)
    # The physician does not manage users either.
    with pytest.raises(AccessRefused):
        users.set_disabled(staffed, "nina")


def test_a_disabled_user_cannot_sign_in_and_the_last_administrator_stays(staffed):
    users.sign_in(staffed, "admin", "admin-pass-1")
    users.set_disabled(staffed, "nina")
    with pytest.raises(AccessRefused, match="last administrator"):
        users.set_disabled(staffed, "admin")
    users.sign_out(staffed)
    with pytest.raises(AccessRefused, match="disabled"):
        users.sign_in(staffed, "nina", "nurse-pass-1")


def _trail(library) -> list[tuple[str, str]]:
    return [(entry.user_name, entry.action) for entry in audit.entries(library)]


def test_the_trail_records_who_did_what_to_which_patient(staffed, treatment, tmp_path):
    users.sign_in(staffed, "nina", "nurse-pass-1")
    photo = _import_baseline(staffed, treatment, tmp_path)
    patient = records.patient_record(staffed, treatment.patient_id).patient
    timeline(staffed, patient)
    records.move_photo(staffed, photo.id, view=View.OBLIQUE_45_LEFT)
    deleted = records.delete(staffed, "photo", photo.id)
    deleted.undo(staffed)
    with pytest.raises(AccessRefused):
        users.sign_in(staffed, "nina", "wrong-password")
    users.sign_in(staffed, "pia", "physician-1")
    records.erase_patient(staffed, patient.id)
    trail = audit.entries(staffed)
    actions = [(e.user_name, e.action) for e in trail if e.action not in ("user-add",)]
    assert actions == [
        ("admin", "sign-out"),
        ("nina", "sign-in"),
        ("nina", "import"),
        ("nina", "open-timeline"),
        ("nina", "move"),
        ("nina", "delete"),
        ("nina", "restore"),
        ("nina", "sign-in-failed"),
        ("pia", "sign-in"),
        ("pia", "erase"),
    ]
    reference = patient_reference(staffed, patient.id)
    touched = [e for e in trail if e.patient_reference == reference]
    assert [e.action for e in touched] == ["import", "open-timeline", "move", "delete", "restore", "erase"]
    assert f"photo:{photo.id}" in touched[2].objects
    first = touched[0]
    assert first.at_utc.utcoffset().total_seconds() == 0 and first.workstation
    assert first.at_local == first.at_utc
    # The erasure left the trail, and its chain, as they were; no name of the patient is in it.
    assert audit.verify(staffed) == (len(trail), None)
    dump = dump_text(staffed.location)
    assert "Anna Jansen" not in dump and "b.jpg" not in dump.split("audit_log")[-1]
    assert audit.entries(staffed, patient_id=patient.id)[0].action == "import"


def _break(library, sql: str) -> None:
    library.close()
    run_sql(library.location, sql)


def _entries_for_chain(library, count: int = 6) -> None:
    for i in range(count):
        audit.record(library, audit.Action.SETTINGS, detail=f"entry {i}")
    assert audit.verify(library) == (count, None)


@pytest.mark.parametrize(
    ("sql", "first_broken", "reason"),
    [
        ("UPDATE audit_log SET user_name = 'someone else' WHERE id = 3", 3, "changed"),
        ("UPDATE audit_log SET at_utc = '2020-01-01T00:00:00.000000+00:00' WHERE id = 5", 5, "changed"),
        ("DELETE FROM audit_log WHERE id = 4", 5, "removed"),
        ("DELETE FROM audit_log WHERE id >= 5", 5, "removed"),
        (
            "INSERT INTO audit_log SELECT 7, at_utc, at_local, workstation, 'ghost', action, "
            "patient_reference, objects, detail, entry_hash, entry_hash FROM audit_log WHERE id = 6",
            7,
            "inserted",
        ),
        ("UPDATE audit_log SET id = id + 100 WHERE id = 2", 3, "removed"),
    ],
)
def test_the_chain_names_the_first_broken_entry(library, sql, first_broken, reason):
    _entries_for_chain(library)
    _break(library, sql)
    with open_library(library.location) as reopened:
        checked, broken = audit.verify(reopened)
    assert (broken.entry_id, broken.reason) == (first_broken, reason)
    assert checked < 7


def test_only_a_physician_assesses_and_is_named(staffed, treatment):
    from photofollow.domain.model import Visit
    from photofollow.services.assessment import AssessmentRefused, assessment_of, record_assessment

    users.sign_in(staffed, "nina", "nurse-pass-1")
    visit = staffed.add(Visit(treatment.id, VisitKind.FOLLOW_UP, datetime(2024, 3, 19, 10, 0).astimezone()))
    with pytest.raises(AssessmentRefused, match="Only a physician"):
        record_assessment(staffed, visit.id, gais=2)
    users.sign_out(staffed)
    with pytest.raises(AccessRefused, match="Sign in first"):
        record_assessment(staffed, visit.id, gais=2)
    users.sign_in(staffed, "pia", "physician-1")
    record_assessment(staffed, visit.id, gais=2)
    assert assessment_of(staffed, visit.id).assessed_by == "Dr. Pia Holm"
    assert [e.action for e in audit.entries(staffed)][-1] == "assess"


def test_a_library_opened_for_reading_still_records_what_was_seen(library, treatment):
    """A timeline read beside a running PhotoFollow (a folder library opened for reading) or on another
    workstation (a server library opened for reading) is in the trail too, its chain intact."""
    location = library.location
    library.close()
    with open_library(location, write=False) as reader:
        timeline(reader, reader.get(Patient, treatment.patient_id))
        entries = audit.entries(reader)
        assert [e.action for e in entries] == ["open-timeline"]
        assert audit.verify(reader) == (1, None)


def test_backups_and_a_restore_are_in_the_trail(library, library_backend, treatment, tmp_path):
    """Copying the whole database out is recorded with where it went; a restore is recorded in the trail it
    put back, which goes on unbroken from the backup's last entry."""
    from photofollow.services import restoring

    location = library.location
    audit.record(library, audit.Action.SETTINGS, detail="before the backup")
    library.close()
    made = restoring.write_backup(location, tmp_path / "copy.backup")
    with open_library(location) as reopened:
        assert [(e.action, e.detail) for e in audit.entries(reopened)][-1] == ("backup", str(made))
    if library_backend == "postgresql":
        restoring.restore_server_library(location, made)
    else:
        restoring.restore_library(location, made)
    with open_library(location) as restored:
        actions = [e.action for e in audit.entries(restored)]
        assert actions[-2:] == ["settings", "restore-backup"]  # the backup's own entry came after the copy
        assert audit.verify(restored) == (len(actions), None)
