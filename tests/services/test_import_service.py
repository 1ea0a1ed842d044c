"""The import service on real files: byte-identical originals, duplicates, bad input, visits, progress."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import threading
from datetime import date, datetime

import pytest
from import_helpers import (
    CET,
    decompression_bomb_png,
    hostile_exif_jpeg,
    jpeg,
    other_format,
    truncated_jpeg,
)
from PIL import Image

from photofollow.domain.errors import CorruptImage, ImageTooLarge, LibraryFull, UnsupportedImage
from photofollow.domain.model import CaptureTimeSource, View, Visit, VisitKind
from photofollow.services.importing import (
    ImportStatus,
    VisitRequest,
    ensure_derivatives,
    import_photos,
)
from photofollow.storage import store as store_module
from photofollow.storage.integrity import verify
from photofollow.storage.library import Library
from photofollow.storage.store import file_sha256


pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server


def _request(treatment, kind=VisitKind.FOLLOW_UP, visit_date=None) -> VisitRequest:
    return VisitRequest(treatment, kind, visit_date)


def _assert_library_sound(library: Library) -> None:
    report = verify(library)
    assert report.ok, [problem.message for problem in report.problems]
    assert list(library.store.incoming.glob("*")) == []


def test_originals_are_stored_byte_for_byte_with_facts_previews_and_thumbnails(library, treatment, tmp_path):
    sources = [
        jpeg(
            tmp_path / "in/IMG_0001.JPG",
            1,
            taken=datetime(2024, 3, 19, 10, 15),
            offset="+01:00",
            orientation=6,
        ),
        other_format(tmp_path / "in/scan.png", 2, "PNG"),
        other_format(tmp_path / "in/scan.tif", 3, "TIFF"),
        other_format(tmp_path / "in/web.webp", 4, "WEBP"),
        other_format(tmp_path / "in/phone.heic", 5, "HEIF"),
        other_format(tmp_path / "in/phone.avif", 6, "AVIF"),
    ]
    result = import_photos(library, [tmp_path / "in"], _request(treatment), view=View.FRONTAL)

    assert [o.status for o in result.outcomes] == [ImportStatus.IMPORTED] * len(sources), result.outcomes
    by_name = {o.path.name: o.photo for o in result.outcomes}
    for source in sources:
        photo = by_name[source.name]
        stored = library.photo_path(photo)
        assert stored.read_bytes() == source.read_bytes()
        assert photo.sha256 == file_sha256(source) and stored.name.startswith(photo.sha256)
        assert photo.file_size == source.stat().st_size
        assert photo.original_name == source.name and photo.original_folder == str(source.parent)
        assert photo.view is View.FRONTAL
        assert stat.S_IMODE(stored.stat().st_mode) & 0o222 == 0
        with Image.open(library.thumbnail_path(photo)) as thumbnail:
            assert max(thumbnail.size) <= 256
        assert library.preview_path(photo).is_file()
    assert {p.suffix for p in library.store.iter_files()} == {
        ".jpg",
        ".png",
        ".tif",
        ".webp",
        ".heic",
        ".avif",
    }

    camera = by_name["IMG_0001.JPG"]
    assert camera.facts.capture_time == datetime(2024, 3, 19, 10, 15, tzinfo=CET)
    assert camera.facts.capture_time_source is CaptureTimeSource.DATE_TIME_ORIGINAL
    assert camera.facts.make == "Canon" and camera.facts.orientation == 6
    with Image.open(library.preview_path(camera)) as preview:
        assert preview.size == (64, 96)  # turned upright: orientation 6 on a 96 x 64 original
    assert library.photo_by_sha256(camera.sha256) == camera
    _assert_library_sound(library)


def test_duplicates_are_named_with_where_they_already_are(library, treatment, tmp_path):
    first = jpeg(tmp_path / "a/IMG_1.JPG", 7, taken=datetime(2024, 3, 19, 10, 15))
    copy = tmp_path / "b/renamed.jpg"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    result = import_photos(library, [first, copy], _request(treatment))
    assert [o.status for o in result.outcomes] == [ImportStatus.IMPORTED, ImportStatus.DUPLICATE]
    again = import_photos(library, [first], _request(treatment, VisitKind.BASELINE))
    duplicate = again.outcomes[0]
    assert duplicate.status is ImportStatus.DUPLICATE
    assert duplicate.photo == result.outcomes[0].photo
    assert duplicate.reason == "already in Anna Jansen (1001), follow-up visit of 2024-03-19, Week 2"
    assert again.visit is None  # nothing was stored, so no empty baseline visit was made
    assert len(list(library.store.iter_files())) == 1
    _assert_library_sound(library)


def test_bad_input_never_aborts_the_batch_nor_leaves_half_a_photo(library, treatment, tmp_path):
    folder = tmp_path / "card"
    good_first = jpeg(folder / "a_good.jpg", 10)
    (folder / "b_not_an_image.jpg").write_text("This is a letter, not a photo.")
    (folder / "c_empty.jpg").write_bytes(b"")
    truncated_jpeg(folder / "d_truncated.jpg", 11)
    hostile = hostile_exif_jpeg(folder / "e_hostile_exif.jpg", 12)
    decompression_bomb_png(folder / "f_bomb.png")
    good_last = jpeg(folder / "g_good.jpg", 13)
    (folder / "notes.txt").write_text("skipped: not a photo suffix")
    (folder / ".hidden.jpg").write_bytes(b"ignored")
    letter = tmp_path / "letter.docx"
    letter.write_text("named on its own: tried, and fails")

    result = import_photos(library, [folder, letter, tmp_path / "missing.jpg"], _request(treatment))
    status = {o.path.name: o.status for o in result.outcomes}
    assert status == {
        "a_good.jpg": ImportStatus.IMPORTED,
        "b_not_an_image.jpg": ImportStatus.FAILED,
        "c_empty.jpg": ImportStatus.FAILED,
        "d_truncated.jpg": ImportStatus.FAILED,
        "e_hostile_exif.jpg": ImportStatus.IMPORTED,
        "f_bomb.png": ImportStatus.FAILED,
        "g_good.jpg": ImportStatus.IMPORTED,
        "letter.docx": ImportStatus.FAILED,
        "missing.jpg": ImportStatus.FAILED,
    }
    errors = {o.path.name: o.error for o in result.failed}
    assert isinstance(errors["b_not_an_image.jpg"], UnsupportedImage)
    assert isinstance(errors["c_empty.jpg"], CorruptImage) and "empty" in errors["c_empty.jpg"].reason
    assert (
        isinstance(errors["d_truncated.jpg"], CorruptImage)
        and "incomplete" in errors["d_truncated.jpg"].reason
    )
    assert isinstance(errors["f_bomb.png"], ImageTooLarge)
    assert isinstance(errors["letter.docx"], UnsupportedImage)
    for outcome in result.failed:
        assert outcome.reason and outcome.error.path.name == outcome.path.name  # names the file picked
    assert [p.name for p in result.skipped] == ["notes.txt"]

    imported = {o.path.name: o.photo for o in result.imported}
    assert library.photo_path(imported["e_hostile_exif.jpg"]).read_bytes() == hostile.read_bytes()
    assert imported["e_hostile_exif.jpg"].facts.capture_time_source is CaptureTimeSource.FILE
    for source in (good_first, good_last):
        assert library.photo_path(imported[source.name]).read_bytes() == source.read_bytes()
    assert len(list(library.store.iter_files())) == 3
    _assert_library_sound(library)


def test_identical_bad_files_in_a_row_both_fail(library, treatment, tmp_path):
    # The second is checked while the first is still being decoded; it must not pass as its duplicate.
    first = truncated_jpeg(tmp_path / "a.jpg", 14)
    second = tmp_path / "b.jpg"
    second.write_bytes(first.read_bytes())
    result = import_photos(library, [first, second, jpeg(tmp_path / "c.jpg", 15)], _request(treatment))
    assert [o.status for o in result.outcomes] == [
        ImportStatus.FAILED,
        ImportStatus.FAILED,
        ImportStatus.IMPORTED,
    ]
    assert len(list(library.store.iter_files())) == 1
    assert len(list((library.folder / "cache").rglob("*.jpg"))) == 2  # no previews of the failed ones
    _assert_library_sound(library)


def test_a_100_megapixel_photo_imports(library, treatment, tmp_path):
    source = tmp_path / "big.jpg"
    Image.linear_gradient("L").resize((10_000, 10_000), Image.BILINEAR).save(source, quality=80)
    result = import_photos(library, [source], _request(treatment))
    outcome = result.outcomes[0]
    assert outcome.status is ImportStatus.IMPORTED, outcome.reason
    assert (outcome.photo.facts.width, outcome.photo.facts.height) == (10_000, 10_000)
    with Image.open(library.preview_path(outcome.photo)) as preview:
        assert preview.size == (2048, 2048)


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root reads any file; tests/cli covers this as an unprivileged user"
)
def test_unreadable_file_fails_alone(library, treatment, tmp_path):
    locked = jpeg(tmp_path / "locked.jpg", 20)
    fine = jpeg(tmp_path / "fine.jpg", 21)
    os.chmod(locked, 0)
    try:
        result = import_photos(library, [locked, fine], _request(treatment))
    finally:
        os.chmod(locked, 0o644)
    assert [o.status for o in result.outcomes] == [ImportStatus.FAILED, ImportStatus.IMPORTED]
    assert "permission" in result.outcomes[0].reason


def test_visit_takes_the_first_photo_date_and_is_reused_on_that_date(library, treatment, tmp_path):
    morning = jpeg(
        tmp_path / "1.jpg", 30, taken=datetime(2024, 3, 19, 9, 5)
    )  # no offset: Amsterdam wall clock
    noon = jpeg(tmp_path / "2.jpg", 31, taken=datetime(2024, 3, 19, 12, 0))
    first = import_photos(library, [morning], _request(treatment))
    assert first.visit_created
    assert first.visit.visited_at == datetime(2024, 3, 19, 9, 5, tzinfo=CET)
    second = import_photos(library, [noon], _request(treatment))
    assert not second.visit_created and second.visit.id == first.visit.id
    # The same date with the other kind, or another date, is another visit.
    baseline = import_photos(library, [jpeg(tmp_path / "3.jpg", 32)], _request(treatment, VisitKind.BASELINE))
    assert baseline.visit_created and baseline.visit.id != first.visit.id
    dated = import_photos(
        library, [jpeg(tmp_path / "4.jpg", 33)], _request(treatment, visit_date=date(2024, 4, 2))
    )
    assert dated.visit_created
    assert dated.visit.visited_at == datetime(2024, 4, 2, 12, 0).astimezone()  # CEST: +02:00
    assert dated.visit.visited_at.utcoffset().total_seconds() == 7200
    assert [v.kind for v in library.visits_of(treatment.id)].count(VisitKind.FOLLOW_UP) == 2


def test_an_existing_visit_and_views_per_file(library, treatment, tmp_path):
    visit = library.add(Visit(treatment.id, VisitKind.FOLLOW_UP, datetime(2024, 6, 1, 10, 0, tzinfo=CET)))
    left, front = jpeg(tmp_path / "in/x.jpg", 40), jpeg(tmp_path / "in/y.jpg", 41)
    result = import_photos(
        library, [tmp_path / "in"], visit, view=View.OTHER, views={str(left): View.LATERAL_90_LEFT}
    )
    assert result.visit == visit and result.imported[0].photo.visit_id == visit.id
    assert {p.original_name: p.view for p in library.photos_of(visit.id)} == {
        left.name: View.LATERAL_90_LEFT,
        front.name: View.OTHER,
    }


def test_progress_reports_each_file_and_cancel_stops_between_files(library, treatment, tmp_path):
    files = [jpeg(tmp_path / f"in/{i}.jpg", 50 + i) for i in range(5)]
    seen = []
    cancel = threading.Event()

    def progress(update):
        seen.append((update.done, update.total, update.current.name if update.current else None))
        if update.done == 2:
            cancel.set()

    result = import_photos(library, files, _request(treatment), progress=progress, cancel=cancel.is_set)
    assert seen == [(0, 5, "0.jpg"), (1, 5, "1.jpg"), (2, 5, "2.jpg"), (3, 5, None)]
    assert result.cancelled
    assert [o.path.name for o in result.imported] == ["0.jpg", "1.jpg", "2.jpg"]
    assert [p.name for p in result.not_reached] == ["3.jpg", "4.jpg"]
    _assert_library_sound(library)


def test_analysis_hook_sees_each_new_photo_and_its_failure_is_only_a_warning(library, treatment, tmp_path):
    analysed = []

    def analyse(photo, stored_path):
        analysed.append((photo.id, stored_path.read_bytes()[:2]))
        library.save_measurements(photo.id, "test", 1, {"bytes": stored_path.stat().st_size})
        if photo.original_name == "b.jpg":
            raise RuntimeError("no face found")

    files = [jpeg(tmp_path / "a.jpg", 60), jpeg(tmp_path / "b.jpg", 61)]
    result = import_photos(library, files, _request(treatment), analyse=analyse)
    assert [o.status for o in result.outcomes] == [ImportStatus.IMPORTED, ImportStatus.IMPORTED]
    assert [photo_id for photo_id, _ in analysed] == [p.id for p in result.new_photos]
    assert all(head == b"\xff\xd8" for _, head in analysed)
    assert "no face found" in result.outcomes[1].warnings[0]
    assert library.load_measurements(result.new_photos[0].id, "test", 1)["bytes"] == files[0].stat().st_size


def test_preview_failure_is_a_warning_and_previews_are_regenerated(library, treatment, tmp_path):
    source = jpeg(tmp_path / "a.jpg", 70, orientation=8)
    sha256 = file_sha256(source)
    blocker = library.folder / "cache" / "previews" / sha256[:2]
    blocker.write_text("a file where the preview folder should be")
    result = import_photos(library, [source], _request(treatment))
    outcome = result.outcomes[0]
    assert outcome.status is ImportStatus.IMPORTED
    assert any("preview could not be saved" in warning for warning in outcome.warnings)
    assert library.thumbnail_path(outcome.photo).is_file()

    blocker.unlink()
    preview, thumbnail = ensure_derivatives(library, outcome.photo)
    with Image.open(preview) as image:
        assert image.size == (64, 96)  # orientation 8 turns the 96 x 64 original upright
    thumbnail.unlink()
    assert ensure_derivatives(library, outcome.photo)[1].is_file()


def test_full_disk_fails_the_files_that_do_not_fit_and_leaves_no_half_photo(
    library, treatment, tmp_path, monkeypatch
):
    real_write_all = store_module._write_all
    calls = {"count": 0}

    def write_until_full(fd, data, path):
        calls["count"] += 1
        if calls["count"] > 1:  # the first photo fits; the disk is full from then on
            raise store_module._write_error(OSError(errno.ENOSPC, "No space left on device"), path)
        real_write_all(fd, data, path)

    monkeypatch.setattr(store_module, "_write_all", write_until_full)
    files = [jpeg(tmp_path / f"{i}.jpg", 80 + i) for i in range(3)]
    result = import_photos(library, files, _request(treatment))
    assert [o.status for o in result.outcomes] == [
        ImportStatus.IMPORTED,
        ImportStatus.FAILED,
        ImportStatus.FAILED,
    ]
    assert isinstance(result.outcomes[1].error, LibraryFull)
    assert "full" in result.outcomes[1].reason
    _assert_library_sound(library)


@pytest.fixture
def tiny_disk(tmp_path):
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(mount_point)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root); the injected ENOSPC test covers the logic")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_a_really_full_disk(tiny_disk, tmp_path):
    files = [jpeg(tmp_path / f"in/{i:02d}.jpg", 90 + i, size=(640, 480)) for i in range(24)]
    assert sum(f.stat().st_size for f in files) > 1.5 * 1536 * 1024  # more than the disk holds
    with Library.open(tiny_disk / "library", create=True) as library:
        from photofollow.domain.model import Area, Patient, Treatment

        patient = library.add(Patient("Anna Jansen"))
        treatment = library.add(Treatment(patient.id, datetime(2024, 3, 5, 10, 0, tzinfo=CET), Area.FACE))
        result = import_photos(library, [tmp_path / "in"], _request(treatment))
        assert len(result.outcomes) == 24
        assert result.imported and result.failed
        for outcome in result.failed:
            assert isinstance(outcome.error, LibraryFull), outcome.reason
        imported_names = {o.path.name for o in result.imported}
        assert len(list(library.store.iter_files())) == len(imported_names)
        _assert_library_sound(library)
    # A full disk still opens: today's backup is made if it fits, else said not to be, never half-written.
    with Library.open(tiny_disk / "library") as again:
        assert again.backups_made or any("backup" in warning for warning in again.warnings)
        assert list((tiny_disk / "library" / "backups").glob(".*")) == []
        _assert_library_sound(again)
