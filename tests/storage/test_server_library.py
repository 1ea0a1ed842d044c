"""A library on a PostgreSQL server: addresses, refusals a person can act on, and several sessions at once
(each workstation's recovery leaves the others' imports alone and settles only what a dead session left)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from storage_helpers import make_jpeg

from photofollow.domain.errors import LibraryError, LibraryUnavailable
from photofollow.domain.model import Photo, PhotoFacts, View
from photofollow.storage.integrity import verify
from photofollow.storage.library import Library
from photofollow.storage.server import ServerAddress
from photofollow.storage.store import file_sha256


@pytest.fixture
def library_backend() -> str:
    """Every library in this module is on the test server (tests/conftest.py)."""
    return "postgresql"


def test_an_address_names_database_store_and_server_but_never_a_password(tmp_path):
    address = ServerAddress.parse(
        f"postgresql://nurse@db.clinic:5433/photos?sslmode=require&store={tmp_path}"
    )
    assert (address.user, address.host, address.port, address.database) == (
        "nurse",
        "db.clinic",
        5433,
        "photos",
    )
    assert address.store == tmp_path and dict(address.options) == {"sslmode": "require"}
    assert ServerAddress.parse(str(address)) == address  # what Settings keeps opens the same library
    with pytest.raises(LibraryError, match="holds a password") as refused:
        ServerAddress.parse(f"postgresql://nurse:secret@db/photos?store={tmp_path}")
    assert "secret" not in str(refused.value)
    with pytest.raises(LibraryError, match="shared photo folder"):
        ServerAddress.parse("postgresql://nurse@db/photos")


def test_an_unreachable_server_and_a_wrong_password_are_said_plainly(postgres_cluster, tmp_path, monkeypatch):
    from postgres_cluster import _free_port

    nobody_there = f"postgresql://x@127.0.0.1:{_free_port()}/photos?store={tmp_path / 'store'}"
    with pytest.raises(LibraryUnavailable, match="cannot be reached"):
        Library.open(nobody_there, create=True)
    database = postgres_cluster.new_database()
    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    with pytest.raises(LibraryError, match="PGPASSWORD or ~/.pgpass"):
        Library.open(postgres_cluster.url(database, tmp_path / "store"), create=True)
    assert not (tmp_path / "store").exists()  # nothing was started on the share


def test_a_share_that_is_not_mounted_is_never_taken_for_a_new_store(library_location, tmp_path):
    Library.open(library_location, create=True).close()
    store = ServerAddress.parse(library_location).store
    store.rename(tmp_path / "unmounted")  # the share's mount point, empty
    store.mkdir()
    with pytest.raises(LibraryError, match="Is the shared folder mounted"):
        Library.open(library_location)
    assert list(store.iterdir()) == []


IMPORTER = textwrap.dedent(
    """
    import os, signal, sys, time
    from pathlib import Path
    from photofollow.domain.model import Photo, PhotoFacts, View
    from photofollow.storage.library import Library

    location, source, visit_id = sys.argv[1:]
    library = Library.open(location)
    staged = library.store.stage(Path(source))
    photo = Photo(int(visit_id), staged.sha256, "IMG_2.JPG", "/card", staged.size, PhotoFacts(64, 48, "JPEG"),
                  View.FRONTAL)
    library.begin_photo(photo)
    print("journaled", flush=True)
    sys.stdin.readline()  # held here, in the middle of the import, until the test says
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_another_workstation_leaves_an_import_in_progress_alone_and_settles_it_once_its_session_died(
    library, visit, tmp_path
):
    source = make_jpeg(tmp_path / "IMG_2.JPG", 21)
    sha256 = file_sha256(source)
    importer = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, library.location, str(source), str(visit.id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert importer.stdout.readline().strip() == "journaled"
        # A second workstation opens the library meanwhile: the other's pending row and copy stay.
        with Library.open(library.location) as second:
            assert second.recovery.pending_dropped == [] and second.recovery.partial_copies_removed == 0
            copies = list((second.store.root / ".incoming").rglob("*.part"))
            assert len(copies) == 1
            assert verify(second).ok  # an import in progress elsewhere is not a problem
    finally:
        importer.stdin.write("\n")
        importer.stdin.close()
        importer.wait(30)
    assert importer.returncode == -9
    # Its session is gone now: the next opening settles what it left.
    with Library.open(library.location) as third:
        assert third.recovery.pending_dropped == [sha256]
        assert third.recovery.partial_copies_removed == 1
        assert list((third.store.root / ".incoming").rglob("*")) == []
        assert third.recovery.full_scan  # a session that never closed: the store is scanned once
        assert third.wait_for_unclaimed_scan(30)
        assert verify(third).ok


def test_two_sessions_storing_the_same_photo_keep_one_file(library, visit, tmp_path):
    source = make_jpeg(tmp_path / "same.jpg", 5)
    with Library.open(library.location) as other:
        first = library.store.stage(source)
        second = other.store.stage(source)
        assert first.temp_path.parent != second.temp_path.parent  # each session copies into its own folder
        path_a = library.store.commit(first, "JPEG")
        path_b = other.store.commit(second, "JPEG")
    assert path_a == path_b and file_sha256(path_a) == first.sha256
    assert [p for p in Path(library.store.root).rglob("*") if p.is_file()] == [path_a]
    photo = library.finish_photo(
        Photo(
            visit.id,
            first.sha256,
            "same.jpg",
            str(tmp_path),
            first.size,
            PhotoFacts(64, 48, "JPEG"),
            View.FRONTAL,
        )
    )
    assert library.photo_by_sha256(first.sha256).id == photo.id


def test_a_session_taken_for_gone_while_cut_off_notes_itself_again(library):
    from library_sql import run_sql

    key = f"session:{library.session_id}"
    # Cut off from the server, this session was taken for crashed by another workstation: its note went.
    run_sql(library.location, "DELETE FROM library_settings WHERE key = ?", (key,))
    library.hold_presence()
    assert run_sql(library.location, "SELECT count(*) FROM library_settings WHERE key = ?", (key,)) == [(1,)]
    library.close()  # a clean close takes it away again
    assert run_sql(library.location, "SELECT count(*) FROM library_settings WHERE key = ?", (key,)) == [(0,)]
