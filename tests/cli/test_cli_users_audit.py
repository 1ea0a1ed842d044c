"""`photofollow user` and `photofollow audit`: the command line acts as a named user, refuses with exit 2,
and the trail's check names the first entry changed in the database file."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest
from cli_helpers import jpeg, photofollow


@pytest.fixture
def staffed_library(tmp_path):
    library = tmp_path / "lib"
    photos = [jpeg(tmp_path / "in" / f"p{i}.jpg", i, taken=datetime(2024, 3, 5, 9, i)) for i in range(2)]
    imported = photofollow(
        "import",
        "--library",
        str(library),
        "--patient",
        "Anna Jansen",
        "--chart",
        "1001",
        "--treatment",
        "2024-03-05T10:00",
        "--no-analysis",
        *map(str, photos),
    )
    assert imported.returncode == 0, imported.stderr
    added = photofollow(
        "user",
        "add",
        "--library",
        str(library),
        "admin",
        "--role",
        "administrator",
        input="admin-pass-1\nadmin-pass-1\n",
    )
    assert added.returncode == 0, added.stderr
    as_admin = {"PHOTOFOLLOW_USER": "admin", "PHOTOFOLLOW_PASSWORD": "admin-pass-1"}
    nurse = photofollow(
        "user",
        "add",
        "--library",
        str(library),
        "nina",
        "--role",
        "nurse",
        "--display-name",
        "Nina Berg",
        input="nurse-pass-1\nnurse-pass-1\n",
        env_extra=as_admin,
    )
    assert nurse.returncode == 0, nurse.stderr
    return library, as_admin


def test_user_add_reads_the_password_twice_and_the_first_is_the_administrator(tmp_path):
    library = tmp_path / "lib"
    first = photofollow(
        "user",
        "add",
        "--library",
        str(library),
        "nina",
        "--role",
        "nurse",
        input="nurse-pass-1\nnurse-pass-1\n",
    )
    assert first.returncode == 2 and "first user of a library is its administrator" in first.stderr
    differ = photofollow(
        "user",
        "add",
        "--library",
        str(library),
        "admin",
        "--role",
        "administrator",
        input="admin-pass-1\nadmin-pass-2\n",
    )
    assert differ.returncode == 2 and "differ" in differ.stderr


def test_a_library_with_users_acts_as_one_of_them(staffed_library):
    library, as_admin = staffed_library
    nobody = photofollow("patients", "--library", str(library))
    assert nobody.returncode == 2 and "--user NAME" in nobody.stderr
    no_password = photofollow("patients", "--library", str(library), "--user", "nina")
    assert no_password.returncode == 2 and "PHOTOFOLLOW_PASSWORD" in no_password.stderr
    wrong = photofollow(
        "patients", "--library", str(library), "--user", "nina", env_extra={"PHOTOFOLLOW_PASSWORD": "guess"}
    )
    assert wrong.returncode == 2 and "wrong" in wrong.stderr
    as_nurse = {"PHOTOFOLLOW_USER": "nina", "PHOTOFOLLOW_PASSWORD": "nurse-pass-1"}
    listed = photofollow("patients", "--library", str(library), "--json", env_extra=as_nurse)
    assert listed.returncode == 0 and "Anna Jansen" in listed.stdout
    erase = photofollow("erase", "--library", str(library), "--patient", "1001", "--yes", env_extra=as_nurse)
    assert erase.returncode == 2 and "Nina Berg (nurse) may not erase" in erase.stderr
    users = photofollow("user", "list", "--library", str(library), "--json", env_extra=as_admin)
    assert [(u["name"], u["role"]) for u in json.loads(users.stdout)["users"]] == [
        ("admin", "administrator"),
        ("nina", "nurse"),
    ]
    assert photofollow("user", "lock-after", "--library", str(library), "5", env_extra=as_nurse).returncode == 2
    assert photofollow("user", "lock-after", "--library", str(library), "5", env_extra=as_admin).returncode == 0
    disabled = photofollow("user", "disable", "--library", str(library), "nina", env_extra=as_admin)
    assert disabled.returncode == 0
    refused = photofollow("patients", "--library", str(library), env_extra=as_nurse)
    assert refused.returncode == 2 and "disabled" in refused.stderr


def test_audit_lists_a_patients_access_and_verify_names_the_first_changed_entry(staffed_library):
    library, as_admin = staffed_library
    as_nurse = {"PHOTOFOLLOW_USER": "nina", "PHOTOFOLLOW_PASSWORD": "nurse-pass-1"}
    assert (
        photofollow("timeline", "--library", str(library), "--patient", "1001", env_extra=as_nurse).returncode
        == 0
    )
    log = photofollow("audit", "--library", str(library), "--patient", "1001", "--json", env_extra=as_admin)
    assert log.returncode == 0, log.stderr
    entries = json.loads(log.stdout)["entries"]
    # The import came before the library had users: the computer's login, in brackets, is named.
    assert [e["action"] for e in entries] == ["import", "open-timeline"]
    assert entries[0]["user"].startswith("(") and entries[1]["user"] == "nina"
    assert set(entries[0]) >= {"at_utc", "at_local", "workstation", "patient_reference", "objects", "hash"}
    csv_log = photofollow(
        "audit", "--library", str(library), "--patient", "1001", "--csv", env_extra=as_admin
    )
    assert csv_log.stdout.splitlines()[0].startswith("id,at_utc,at_local,workstation,user,action")
    nurse_reads = photofollow("audit", "--library", str(library), env_extra=as_nurse)
    assert nurse_reads.returncode == 2 and "may not read the audit trail" in nurse_reads.stderr

    intact = photofollow("audit", "verify", "--library", str(library), env_extra=as_admin)
    assert intact.returncode == 0 and "chain intact" in intact.stdout
    connection = sqlite3.connect(library / "library.sqlite3")
    connection.execute("UPDATE audit_log SET user_name = 'admin' WHERE action = 'open-timeline'")
    connection.commit()
    changed_id = connection.execute("SELECT id FROM audit_log WHERE action = 'open-timeline'").fetchone()[0]
    connection.close()
    broken = photofollow("audit", "verify", "--library", str(library), env_extra=as_admin)
    assert broken.returncode == 1
    assert f"audit entry {changed_id} was changed" in broken.stdout
