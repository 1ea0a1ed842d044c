"""Opening a library: creation rules, the writer's lock, read-only folders, daily and rotated backups."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest
from storage_helpers import make_jpeg

from photofollow.domain.errors import LibraryError, LibraryLocked, LibraryReadOnly
from photofollow.domain.model import Patient
from photofollow.storage import backups
from photofollow.storage.library import Library
from photofollow.storage.store import PhotoStore, file_sha256


def test_new_library_has_its_folders_and_wal_database(tmp_path):
    with Library.open(tmp_path / "new", create=True) as library:
        for sub in ("photos", "cache/previews", "cache/thumbnails", "backups"):
            assert (library.folder / sub).is_dir()
        with library.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert library.backups_made == []  # nothing to back up yet


def test_missing_library_is_not_created_unless_asked(tmp_path):
    with pytest.raises(LibraryError, match="no PhotoFollow library"):
        Library.open(tmp_path / "absent")
    assert not (tmp_path / "absent").exists()


def test_a_folder_of_other_files_is_not_turned_into_a_library(tmp_path):
    pictures = tmp_path / "Pictures"
    make_jpeg(pictures / "holiday.jpg", 1)
    with pytest.raises(LibraryError, match="not a PhotoFollow library"):
        Library.open(pictures, create=True)
    assert sorted(p.name for p in pictures.iterdir()) == ["holiday.jpg"]


def test_second_writer_is_refused_while_readers_may_look(library):
    library.add(Patient("Anna Jansen"))
    with pytest.raises(LibraryLocked, match=f"process {os.getpid()}"):
        Library.open(library.folder)
    # Another process too (flock is per open file, so this also holds across programs).
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                from photofollow.domain.errors import LibraryLocked
                from photofollow.storage.library import Library
                try:
                    Library.open({str(library.folder)!r})
                except LibraryLocked as error:
                    print("locked:", error)
                reader = Library.open({str(library.folder)!r}, write=False)
                print("reader sees", [p.display_name for p in reader.patients()])
                reader.close()
                """
            ),
        ],
        capture_output=True,
        text=True,
    )
    assert probe.returncode == 0, probe.stderr
    assert "locked: Another PhotoFollow" in probe.stdout
    assert "reader sees ['Anna Jansen']" in probe.stdout


def test_lock_is_released_on_close_and_after_a_killed_writer(library, tmp_path):
    folder = library.folder
    library.close()
    Library.open(folder).close()
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import os, signal\nfrom photofollow.storage.library import Library\n"
            f"Library.open({str(folder)!r})\nos.kill(os.getpid(), signal.SIGKILL)",
        ],
        capture_output=True,
    )
    assert child.returncode == -9
    with Library.open(folder) as reopened:
        assert reopened.recovery.full_scan  # the lock file said the last session never closed


def test_read_only_library_is_refused_up_front(tmp_path, read_only_folder):
    folder, seal = read_only_folder
    Library.open(folder / "lib", create=True).close()
    seal(folder)
    with pytest.raises(LibraryReadOnly, match="cannot be written to"):
        Library.open(folder / "lib")
    with pytest.raises(LibraryReadOnly):
        Library.open(folder / "new-lib", create=True)


def test_daily_backup_at_most_once_a_day_and_rotated(library):
    library.add(Patient("Anna Jansen"))
    folder = library.folder
    library.close()
    start = datetime(2025, 1, 1, 9, 0)
    for day in range(10):
        for hour in (0, 5):  # twice a day: only the first one backs up
            with Library.open(folder, now=start + timedelta(days=day, hours=hour)) as opened:
                assert len(opened.backups_made) == (1 if hour == 0 else 0)
    kept = backups.list_backups(folder / "backups")
    assert len(kept) == backups.KEEP_DAILY
    assert kept[0].made_at == start + timedelta(days=3)
    # Each backup is a self-contained database holding the records.
    copy = sqlite3.connect(kept[-1].path)
    assert copy.execute("SELECT display_name FROM patients").fetchall() == [("Anna Jansen",)]
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    copy.close()


def test_backup_includes_what_is_still_in_the_wal(library):
    # The writer keeps its connection, so recent commits sit in the WAL file, not yet in the database file.
    library.add(Patient("Only in the WAL"))
    assert (library.folder / "library.sqlite3-wal").stat().st_size > 0
    made = backups.make_backup(library.database_path, library.folder / "backups", "manual")
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT display_name FROM patients").fetchall() == [("Only in the WAL",)]
    copy.close()


def test_migration_backups_are_rotated_apart_from_daily_ones(tmp_path):
    folder = tmp_path / "backups"
    database = tmp_path / "db.sqlite3"
    sqlite3.connect(database).close()
    moment = datetime(2025, 1, 1)
    for index in range(6):
        backups.make_backup(database, folder, f"before-000{index}", moment + timedelta(hours=index))
        backups.make_backup(database, folder, "daily", moment + timedelta(days=index))
    backups.rotate(folder, keep_daily=2, keep_migration=4)
    kinds = [b.kind for b in backups.list_backups(folder)]
    assert kinds.count("daily") == 2
    assert sorted(k for k in kinds if k != "daily") == [
        "before-0002",
        "before-0003",
        "before-0004",
        "before-0005",
    ]


def test_store_copies_bytes_exactly_and_read_only(tmp_path):
    source = make_jpeg(tmp_path / "in" / "IMG_1.JPG", 3)
    store = PhotoStore(tmp_path / "photos")
    staged = store.stage(source)
    assert staged.size == source.stat().st_size
    final = store.commit(staged, "JPEG")
    assert final == tmp_path / "photos" / staged.sha256[:2] / staged.sha256[2:4] / f"{staged.sha256}.jpg"
    assert final.read_bytes() == source.read_bytes()
    assert file_sha256(final) == staged.sha256
    assert stat.S_IMODE(final.stat().st_mode) & 0o222 == 0
    assert list(store.incoming.glob("*")) == []
    assert list(store.iter_files()) == [final]
    assert store.parse(final).sha256 == staged.sha256


def test_store_leaves_nothing_when_the_source_vanishes(tmp_path):
    store = PhotoStore(tmp_path / "photos")
    with pytest.raises(Exception, match="no longer exists|cannot be read"):
        store.stage(tmp_path / "gone.jpg")
    assert list(store.incoming.glob("*")) == []
