"""A writer killed at any step of storing a photo leaves a library the next opening settles; verify finds
damaged, missing and unclaimed files."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from storage_helpers import make_jpeg

from photofollow.domain.model import View
from photofollow.storage.integrity import ProblemKind, verify
from photofollow.storage.library import Library
from photofollow.storage.store import file_sha256

pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server

# Stores one photo step by step (as services/importing.py does) and kills itself with SIGKILL at `point`.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from photofollow.domain.model import Photo, PhotoFacts, View
    from photofollow.storage.library import Library

    folder, source, visit_id, point = sys.argv[1:]
    library = Library.open(folder)

    def crash_at(name):
        if point == name:
            os.kill(os.getpid(), signal.SIGKILL)

    staged = library.store.stage(Path(source))
    crash_at("staged")
    photo = Photo(int(visit_id), staged.sha256, "IMG_1.JPG", "/card", staged.size, PhotoFacts(64, 48, "JPEG"),
                  View.FRONTAL)
    library.begin_photo(photo)
    crash_at("journaled")
    library.store.commit(staged, "JPEG")
    crash_at("renamed")
    library.finish_photo(photo)
    crash_at("finished")
    """
)


@pytest.mark.parametrize("point", ["staged", "journaled", "renamed", "finished"])
def test_killed_at_each_step_then_settled_at_the_next_opening(library, visit, tmp_path, point):
    source = make_jpeg(tmp_path / "IMG_1.JPG", 11)
    sha256 = file_sha256(source)
    folder = library.location
    library.close()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(source), str(visit.id), point], capture_output=True
    )
    assert child.returncode == -9, child.stderr.decode()

    with Library.open(folder) as reopened:
        recovery = reopened.recovery
        assert recovery.full_scan
        photo = reopened.photo_by_sha256(sha256)
        if point == "staged":
            assert recovery.partial_copies_removed == 1 and photo is None
        elif point == "journaled":
            assert recovery.pending_dropped == [sha256] and photo is None
        elif point == "renamed":
            # The file reached its place and the journal held its record: the photo is kept, as imported.
            assert recovery.adopted == [sha256]
            assert (
                photo.view is View.FRONTAL
                and photo.visit_id == visit.id
                and photo.original_name == "IMG_1.JPG"
            )
        else:
            assert not recovery.repaired_anything and photo is not None
        assert recovery.set_aside == []
        report = verify(reopened)
        assert report.ok, report.problems
        assert report.photos_checked == (0 if point in ("staged", "journaled") else 1)
        assert list((reopened.store.root / ".incoming").rglob("*")) == []


@pytest.fixture
def stored(library, visit, tmp_path):
    """A library holding three photos stored the regular way."""
    from photofollow.domain.model import Photo, PhotoFacts

    photos = []
    for index in range(3):
        source = make_jpeg(tmp_path / f"in/{index}.jpg", 100 + index)
        staged = library.store.stage(source)
        photo = Photo(
            visit.id, staged.sha256, source.name, str(source.parent), staged.size, PhotoFacts(64, 48, "JPEG")
        )
        library.begin_photo(photo)
        library.store.commit(staged, "JPEG")
        photos.append(library.finish_photo(photo))
    return photos


def test_verify_passes_a_sound_library(library, stored):
    report = verify(library)
    assert report.ok and report.photos_checked == 3 and report.files_hashed == 3


def test_verify_names_damaged_missing_and_unclaimed_files(library, stored):
    damaged = library.photo_path(stored[0])
    os.chmod(damaged, 0o644)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    missing = library.photo_path(stored[1])
    os.chmod(missing.parent, 0o755)
    missing.unlink()
    stray = library.store.root / "ab" / "cd" / ("ab" + "c" * 62 + ".jpg")
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"not from PhotoFollow")

    report = verify(library)
    kinds = sorted(problem.kind for problem in report.problems)
    assert kinds == sorted([ProblemKind.DAMAGED_FILE, ProblemKind.MISSING_FILE, ProblemKind.UNCLAIMED_FILE])
    by_kind = {problem.kind: problem for problem in report.problems}
    assert by_kind[ProblemKind.DAMAGED_FILE].photo_id == stored[0].id
    assert stored[0].original_name in by_kind[ProblemKind.DAMAGED_FILE].message
    assert by_kind[ProblemKind.MISSING_FILE].path == missing
    assert by_kind[ProblemKind.UNCLAIMED_FILE].path == stray


@pytest.mark.folder_only("a crash is simulated by the lock file's text")
def test_unclaimed_files_are_set_aside_after_an_unclean_session(library, stored):
    stray = library.store.root / "12" / "34" / ("1234" + "0" * 60 + ".png")
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"\x89PNG left by someone")
    folder = library.folder
    library.close()
    (folder / "library.lock").write_text("open 12345\n")  # as a crashed session leaves it

    with Library.open(folder) as reopened:
        # The scan runs beside the program (a library of 100,000 photos opens at once), then sets it aside.
        assert reopened.recovery.full_scan
        assert reopened.wait_for_unclaimed_scan(30)
        assert [path.name for path in reopened.recovery.set_aside] == [stray.name]
        assert (folder / "orphans" / stray.name).read_bytes() == b"\x89PNG left by someone"
        report = verify(reopened)
        assert report.ok and report.set_aside_files == 1
