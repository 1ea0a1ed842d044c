"""The library in trouble, at the storage level: reading a read-only library, the unclaimed-file scan beside
imports, restore with adoption of unknown originals (also those a scan set aside), filing unfiled photos."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest
import sqlalchemy as sa
from storage_helpers import facts_for, make_jpeg

from photofollow.domain.errors import LibraryDamaged, LibraryLocked, LibraryReadOnly
from photofollow.domain.model import Patient, Photo, View
from photofollow.services.restoring import restore_library
from photofollow.storage import backups, restore
from photofollow.storage.integrity import verify
from photofollow.storage.library import Library
from photofollow.storage.store import file_sha256

KILLED = textwrap.dedent(
    """
    import os, signal, sys
    from photofollow.domain.model import Patient
    from photofollow.storage.library import Library

    Library.open(sys.argv[1]).add(Patient("Only in the WAL"))
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def store_photo(library: Library, visit_id: int, source) -> Photo:
    staged = library.store.stage(source)
    photo = Photo(visit_id, staged.sha256, source.name, str(source.parent), staged.size, facts_for(source))
    library.begin_photo(photo)
    library.store.commit(staged, "JPEG")
    return library.finish_photo(photo)


def test_a_read_only_library_opens_for_reading_and_refuses_each_change_saying_why(
    library, visit, tmp_path, read_only_folder
):
    store_photo(library, visit.id, make_jpeg(tmp_path / "in/a.jpg", 1))
    folder, seal = read_only_folder
    moved = folder / "lib"
    library.close()
    os.rename(library.folder, moved)
    # A writer killed before it closed: its last change is only in the write-ahead log.
    child = subprocess.run([sys.executable, "-c", KILLED, str(moved)], capture_output=True)
    assert child.returncode == -9, child.stderr.decode()
    assert (moved / "library.sqlite3-wal").stat().st_size > 0
    seal(folder)
    with pytest.raises(LibraryReadOnly):
        Library.open(moved)  # a writer is refused up front, as before
    with Library.open(moved, write=False) as reader:
        assert not reader.writable
        assert [p.display_name for p in reader.patients()] == ["Anna Jansen", "Only in the WAL"]
        assert len(reader.photos_of(visit.id)) == 1
        with pytest.raises(LibraryReadOnly, match="open for reading only") as refused:
            reader.add(Patient("Bo Berg"))
        assert str(moved) in str(refused.value)
        assert verify(reader).ok


def test_the_scan_never_sets_aside_a_file_an_import_claimed_after_the_scan_began(library, visit, tmp_path):
    stray = library.store.root / "12" / "34" / ("1234" + "0" * 60 + ".jpg")
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"not from PhotoFollow")
    source = make_jpeg(tmp_path / "in/b.jpg", 2)
    staged = library.store.stage(source)
    photo = Photo(visit.id, staged.sha256, source.name, str(source.parent), staged.size, facts_for(source))
    library.begin_photo(photo)  # journaled, as an import does before its file appears
    arrived = library.store.commit(staged, "JPEG")
    # The scan listed both files before the import's row existed: the journal row still saves the new one.
    library.unclaimed_files = lambda: [stray, arrived]
    moved = library.set_aside_unclaimed_files()
    assert [path.name for path in moved] == [stray.name]
    assert arrived.is_file()
    library.finish_photo(photo)
    assert verify(library).ok


def test_start_up_after_a_crash_leaves_the_store_scan_to_a_thread_and_close_stops_it(
    library, visit, tmp_path
):
    folder = library.folder
    library.close()
    (folder / "library.lock").write_text("open 4242\n")
    reopened = Library.open(folder, background_scan=True)
    assert reopened.recovery.full_scan
    assert reopened.wait_for_unclaimed_scan(30)
    reopened.close()
    assert (folder / "library.lock").read_text().strip() == "closed"  # the scan finished: nothing owed


@pytest.fixture
def backed_up(library, visit, tmp_path):
    """A library of one photo with a backup of that state, then a second photo imported after it."""
    first = store_photo(library, visit.id, make_jpeg(tmp_path / "in/first.jpg", 3))
    backup = library.backup_now()
    second = store_photo(library, visit.id, make_jpeg(tmp_path / "in/second.jpg", 4))
    folder = library.folder
    library.close()
    return folder, backup, first, second


def test_restore_adopts_originals_the_backup_does_not_know_and_those_a_scan_set_aside(backed_up, tmp_path):
    folder, backup, first, second = backed_up
    # A third original that an earlier scan moved to orphans/ (say, after the database was damaged).
    third_source = make_jpeg(tmp_path / "in/third.jpg", 5)
    third_sha = file_sha256(third_source)
    (folder / "orphans").mkdir(exist_ok=True)
    (folder / "orphans" / f"{third_sha}.jpg").write_bytes(third_source.read_bytes())

    result = restore_library(folder, backup.name)
    assert (result.photos, result.patients, result.unfiled) == (1, 1, 2)
    assert sorted(result.report.adopted) == sorted([second.sha256, third_sha])
    with Library.open(folder) as library:
        unfiled = {u.sha256: u for u in library.unfiled_photos()}
        assert set(unfiled) == {second.sha256, third_sha}
        assert unfiled[second.sha256].facts.width == 64 and unfiled[second.sha256].path.is_file()
        assert verify(library).ok
        filed = library.file_unfiled(second.sha256, first.visit_id, View.FRONTAL)
        assert library.photo_by_sha256(second.sha256) == filed
        assert [u.sha256 for u in library.unfiled_photos()] == [third_sha]
        assert verify(library).ok


def test_restore_refuses_while_the_library_is_open_and_moves_nothing(backed_up):
    folder, backup, _first, _second = backed_up
    before = (folder / "library.sqlite3").read_bytes()
    with Library.open(folder):
        with pytest.raises(LibraryLocked):
            restore.put_backup_in_place(folder, backup.name)
    assert (folder / "library.sqlite3").read_bytes() == before
    assert not list((folder / "backups").glob("replaced-*"))


def test_restoring_a_damaged_library_keeps_the_damaged_files_and_opens_the_backup(backed_up):
    folder, backup, _first, second = backed_up
    database = folder / "library.sqlite3"
    with open(database, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\xff" * 2000)
    damaged = database.read_bytes()
    with pytest.raises(LibraryDamaged):
        Library.open(folder)
    listed = backups.list_backups(folder / "backups")
    contents = restore.describe_backup(listed[-1].path)
    assert contents.usable and (contents.patients, contents.photos) == (1, 1)
    result = restore_library(folder, backup.name)
    assert result.unfiled == 1 and result.report.adopted == [second.sha256]
    assert (result.report.set_aside / "library.sqlite3").read_bytes() == damaged
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_a_patient_erased_after_the_backup_never_comes_back_even_from_a_copy_kept_elsewhere(
    library, visit, tmp_path
):
    """Erasure as storage/trash.py does it for real (rows, files, erasures.json, backups rewritten); the
    backup restored is a copy kept outside the library (a USB stick), which the erasure could not rewrite."""
    from photofollow.domain.model import Area, Treatment, Visit, VisitKind
    from photofollow.storage import trash

    kept = store_photo(library, visit.id, make_jpeg(tmp_path / "in/anna.jpg", 6))
    bo = library.add(Patient("Bo Berg", chart_number="2002"))
    treatment = library.add(Treatment(bo.id, visit.visited_at, Area.FACE))
    bo_visit = library.add(Visit(treatment.id, VisitKind.BASELINE, visit.visited_at))
    bo_photo = store_photo(library, bo_visit.id, make_jpeg(tmp_path / "in/bo.jpg", 7))
    no_photos = library.add(Patient("Cas Claes", chart_number="3003"))  # erased with nothing but a name
    usb = tmp_path / "usb-stick" / "library-copy.sqlite3"
    usb.parent.mkdir()
    usb.write_bytes(library.backup_now().read_bytes())
    trash.erase_patient(library, bo.id)
    # A patient erased with no photo at all: erasures.json names them by their pseudonymous reference (the
    # lead's trash.py logs only erasures with photos so far; the restore honours a reference alone too).
    trash.erase_patient(library, no_photos.id)
    logged = json.loads((library.folder / "erasures.json").read_text())
    reference = trash.patient_reference(library, no_photos.id)
    logged.append({"erased_at": "2026-12-06T05:00:00+00:00", "patient_reference": reference, "photo_hashes": []})
    (library.folder / "erasures.json").write_text(json.dumps(logged))
    folder = library.folder
    library.close()

    result = restore_library(folder, usb)
    assert result.report.erased_patients == 2 and result.patients == 1
    with Library.open(folder) as restored:
        assert [p.display_name for p in restored.patients()] == ["Anna Jansen"]
        assert restored.photo_by_sha256(bo_photo.sha256) is None
        assert restored.photo_by_sha256(kept.sha256) is not None
        assert restored.unfiled_photos() == []
        assert not list(restored.store.root.rglob(f"{bo_photo.sha256}.*"))
        with restored.session() as session:
            names = session.execute(sa.text("SELECT display_name FROM patients")).scalars().all()
        assert names == ["Anna Jansen"]
        assert verify(restored).ok
