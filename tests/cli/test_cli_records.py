"""Correcting the record from the command line: photos, photo set, delete, trash, erase, patient merge; on a
folder library and on a PostgreSQL library (marked `backends`)."""

from __future__ import annotations

import json
import os
import random
import signal
import time
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import jpeg, photofollow

from photofollow.cli import main
from photofollow.storage.integrity import verify
from photofollow.storage.library import Library

pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server


@pytest.fixture(autouse=True)
def _local_time_is_amsterdam(amsterdam_time):
    """Local time in Amsterdam (tests/conftest.py)."""


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def library(library_location, tmp_path, capsys) -> str:
    """Mette Jensen: a baseline and a Week 2 follow-up of two photos each; Bo Berg: one baseline photo."""
    folder = library_location
    for name, chart, photos in (
        ("Mette Jensen", "C-0042", [(1, datetime(2024, 3, 5, 9, 0)), (2, datetime(2024, 3, 5, 9, 1)),
                                    (3, datetime(2024, 3, 19, 9, 0)), (4, datetime(2024, 3, 19, 9, 1))]),
        ("Bo Berg", "B-7", [(5, datetime(2024, 3, 5, 9, 2))]),
    ):
        files = [str(jpeg(tmp_path / f"in/{seed}.jpg", seed, taken)) for seed, taken in photos]
        args = ["import", "--library", str(folder), "--patient", name, "--chart", chart]
        status, _, err = run(capsys, *args, "--treatment", "2024-03-05T10:00", "--view", "frontal", *files)
        assert status == 0, err
    return folder


def photos_of(capsys, library: str | Path, patient: str) -> list[dict]:
    status, out, err = run(capsys, "photos", "--library", str(library), "--patient", patient, "--json")
    assert status == 0, err
    return json.loads(out)["photos"]


def test_photos_lists_ids_visits_views_and_hashes(library, capsys):
    photos = photos_of(capsys, library, "mette jensen")
    assert len(photos) == 4
    assert {"id", "visit_id", "view", "capture_time", "sha256"} <= set(photos[0])
    assert [p["visit_kind"] for p in photos] == ["baseline", "baseline", "follow-up", "follow-up"]
    status, out, _ = run(capsys, "photos", "--library", str(library), "--patient", "C-0042")
    assert status == 0 and out.splitlines()[0].split()[:3] == ["Id", "Visit", "Date"]
    status, _, err = run(capsys, "photos", "--library", str(library), "--patient", "Nobody Here")
    assert status == 2 and "No patient" in err


def test_photo_set_moves_turns_and_refuses_what_is_not_there(library, capsys):
    photos = photos_of(capsys, library, "C-0042")
    follow_up, baseline_visit = photos[2], photos[0]["visit_id"]
    status, out, err = run(
        capsys, "photo", "set", str(follow_up["id"]), "--library", str(library), "--visit", str(baseline_visit),
        "--view", "oblique-45-left", "--rotate", "90", "--json",
    )
    assert status == 0, err
    moved = json.loads(out)
    assert (moved["visit_id"], moved["view"], moved["rotation"]) == (baseline_visit, "oblique-45-left", 90)
    assert moved["sha256"] == follow_up["sha256"]
    status, _, err = run(capsys, "photo", "set", "999", "--library", str(library), "--view", "frontal")
    assert status == 2 and "no longer in the library" in err
    status, _, err = run(capsys, "photo", "set", str(follow_up["id"]), "--library", str(library))
    assert status == 2 and "--view, --visit and/or --rotate" in err


def test_delete_list_restore_and_empty_the_trash(library, capsys):
    photos = photos_of(capsys, library, "C-0042")
    status, out, _ = run(capsys, "delete", "--library", str(library), "--visit", str(photos[2]["visit_id"]), "--json")
    assert status == 0
    entry = json.loads(out)
    assert entry["kind"] == "visit" and entry["holds"] == "follow-up visit of 2024-03-19: 2 photo(s)"
    assert len(photos_of(capsys, library, "C-0042")) == 2
    status, out, _ = run(capsys, "delete", "--library", str(library), "--patient", "B-7")
    assert status == 0 and "trash restore" in out
    status, out, _ = run(capsys, "trash", "--library", str(library), "list", "--json")
    listed = json.loads(out)["trash"]
    assert [e["kind"] for e in listed] == ["patient", "visit"]
    assert {"id", "kind", "holds"} <= set(listed[0])

    status, _, _ = run(capsys, "trash", "--library", str(library), "restore", str(entry["id"]))
    assert status == 0 and len(photos_of(capsys, library, "C-0042")) == 4
    status, _, err = run(capsys, "trash", "--library", str(library), "empty")
    assert status == 1 and "--yes" in err
    status, out, _ = run(capsys, "trash", "--library", str(library), "empty", "--yes")
    assert status == 0 and "Removed 1 trash entry for good" in out
    status, _, err = run(capsys, "photos", "--library", str(library), "--patient", "B-7")
    assert status == 2
    with Library.open(library) as opened:
        assert verify(opened).ok
        assert len(list(opened.store.iter_files())) == 4


def test_erase_needs_yes_and_leaves_no_trace(library, library_backend, capsys):
    status, _, err = run(capsys, "erase", "--library", str(library), "--patient", "Bo Berg")
    assert status == 1 and "--yes" in err
    status, _, _ = run(capsys, "erase", "--library", str(library), "--patient", "Bo Berg", "--yes")
    assert status == 0
    with Library.open(library) as opened:
        assert [p.display_name for p in opened.patients()] == ["Mette Jensen"]
        assert verify(opened).ok
    if library_backend == "sqlite":  # a server's backups are pg_dump's, made by `photofollow backup`
        backups = list((Path(library) / "backups").glob("*.sqlite3"))
        assert backups
        for backup in backups:
            assert b"Bo Berg" not in backup.read_bytes()


def test_patient_merge(library, capsys):
    status, out, _ = run(capsys, "patient", "merge", "--library", str(library), "C-0042", "B-7", "--json")
    assert status == 0 and json.loads(out)["treatments_moved"] == 1
    assert len(photos_of(capsys, library, "C-0042")) == 5
    status, _, err = run(capsys, "patient", "merge", "--library", str(library), "C-0042", "Mette Jensen")
    assert status == 1 and "same patient" in err


@pytest.mark.slow
def test_corrections_killed_midway_leave_a_library_that_verify_passes(library, capsys):
    """kill -9 each kind of correction at random moments; the library opens sound after every kill."""
    photos = photos_of(capsys, library, "C-0042")
    seed = int(os.environ.get("PHOTOFOLLOW_KILL_SEED", time.time_ns() % 1_000_000))
    print(f"kill moments seeded with PHOTOFOLLOW_KILL_SEED={seed}")
    rng = random.Random(seed)
    commands = [
        ["photo", "set", str(photos[2]["id"]), "--library", str(library), "--visit", str(photos[0]["visit_id"])],
        ["photo", "set", str(photos[3]["id"]), "--library", str(library), "--rotate", "180"],
        ["delete", "--library", str(library), "--patient", "C-0042"],
        ["trash", "--library", str(library), "restore", "1"],
        ["patient", "merge", "--library", str(library), "C-0042", "B-7"],
        ["trash", "--library", str(library), "empty", "--yes"],
        ["erase", "--library", str(library), "--patient", "C-0042", "--yes"],
    ]
    for command in commands:
        process = photofollow(*command, background=True)
        time.sleep(rng.uniform(0.2, 0.9))
        process.send_signal(signal.SIGKILL)
        process.wait()
        with Library.open(library) as opened:
            report = verify(opened)
            assert report.ok, (command, [problem.message for problem in report.problems])


@pytest.mark.folder_only("a read-only folder; a server's read-only database user is tests/storage's")
def test_corrections_in_a_read_only_library_are_refused_and_change_nothing(library, capsys):
    import subprocess

    photos = photos_of(capsys, library, "C-0042")
    library = Path(library)
    before = {path: path.stat().st_mtime_ns for path in library.rglob("*")}
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(library), str(library)], check=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(library)], check=True)
    else:
        for directory, _folders, _files in os.walk(library):
            os.chmod(directory, 0o555)
    try:
        for command in (
            ["photo", "set", str(photos[0]["id"]), "--library", str(library), "--rotate", "90"],
            ["delete", "--library", str(library), "--photo", str(photos[0]["id"])],
            ["trash", "--library", str(library), "empty", "--yes"],
            ["erase", "--library", str(library), "--patient", "B-7", "--yes"],
        ):
            status, out, err = run(capsys, *command)
            assert status == 2 and out == "", (command, err)
            assert str(library) in err and "cannot be written to" in err, err
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(library)], check=True)
        for directory, _folders, _files in os.walk(library):
            os.chmod(directory, 0o755)
    assert {path: path.stat().st_mtime_ns for path in library.rglob("*")} == before


def test_a_full_disk_refuses_a_correction_whole(tmp_path, capsys, small_disk):
    folder = small_disk.path / "lib"
    photo = str(jpeg(tmp_path / "in/1.jpg", 1, datetime(2024, 3, 5, 9, 0)))
    args = ["import", "--library", str(folder), "--patient", "Anna Jansen", "--chart", "1001"]
    assert run(capsys, *args, "--treatment", "2024-03-05T10:00", "--view", "frontal", photo)[0] == 0
    (listed,) = photos_of(capsys, folder, "1001")
    filler = small_disk.fill()
    status, out, err = run(capsys, "delete", "--library", str(folder), "--patient", "1001")
    assert status == 2 and "full" in err, err
    filler.unlink()
    with Library.open(folder) as opened:
        assert verify(opened).ok
        assert [p.display_name for p in opened.patients()] == ["Anna Jansen"]  # not half in the trash
    assert photos_of(capsys, folder, "1001") == [listed]


def _their_change_after_reading(monkeypatch, change):
    """Another workstation changes the record between the command's reading and its writing (a race a shared
    library allows; here on the command's own library, under a name and workstation of their own)."""
    from photofollow.services import records

    read = records.live

    def live_then_theirs(library, kind, object_id, seen=None):
        found = read(library, kind, object_id, seen)
        if kind.__name__ == "Photo":
            mine = library.acting_name, library.workstation
            library.acting_name, library.workstation = "Anna de Vries", "NURSE-PC"
            try:
                change(library, found)
            finally:
                library.acting_name, library.workstation = mine
        return found

    monkeypatch.setattr(records, "live", live_then_theirs)


def test_a_photo_changed_on_another_workstation_meanwhile_is_refused_with_exit_1(
    capsys, library, monkeypatch
):
    import dataclasses

    photo = photos_of(capsys, library, "C-0042")[0]
    _their_change_after_reading(
        monkeypatch, lambda lib, found: lib.update(dataclasses.replace(found, rotation=180))
    )
    args = ["photo", "set", str(photo["id"]), "--library", str(library), "--view", "close-up"]
    status, out, err = run(capsys, *args)
    assert status == 1 and out == ""
    them = "was changed on NURSE-PC by Anna de Vries ("
    assert err.startswith(f"photofollow: The photo {photo['original_name']} {them}")
    assert err.rstrip().endswith("after you opened it; your change was not saved.")
    monkeypatch.undo()
    after = next(p for p in photos_of(capsys, library, "C-0042") if p["id"] == photo["id"])
    assert (after["view"], after["rotation"]) == ("frontal", 180)  # theirs kept, mine not written
