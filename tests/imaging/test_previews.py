"""Previews and thumbnails: never larger than asked, upright, atomic, no EXIF left to turn them again."""

from __future__ import annotations

import os

import numpy as np
import piexif
import pytest
from PIL import Image

from photofollow.domain.errors import CorruptImage, LibraryReadOnly
from photofollow.imaging import previews
from photofollow.imaging.decode import load_oriented_rgb
from photofollow.imaging.previews import PREVIEW_SIDE, THUMBNAIL_SIDE, make_preview, write_derivative


def _tagged_jpeg(tmp_path, write_jpeg, orientation=6):
    # A stored 300 x 200 frame, red on its top stored row: upright (orientation 6) it is 200 x 300, red right.
    stored = np.full((200, 300, 3), 90, dtype=np.uint8)
    stored[:40] = (220, 30, 30)
    return write_jpeg(tmp_path / "stored.jpg", stored, {"0th": {piexif.ImageIFD.Orientation: orientation}})


def test_constants():
    assert PREVIEW_SIDE == 2048 and THUMBNAIL_SIDE == 256


@pytest.mark.parametrize("max_side", [64, 150, 299, 300, 5000])
def test_preview_fits_and_is_upright(tmp_path, write_jpeg, max_side):
    preview = make_preview(_tagged_jpeg(tmp_path, write_jpeg), max_side)
    assert preview.mode == "RGB"
    assert max(preview.size) == min(max_side, 300), "shrunk to fit, never enlarged"
    width, height = preview.size
    assert height > width, "orientation 6 turns the landscape frame upright into a portrait"
    pixels = np.asarray(preview, dtype=np.int16)
    assert pixels[:, -3:, 0].mean() > 180 and pixels[:, :3, 0].mean() < 120  # red column on the right


def test_derivative_is_an_upright_jpeg_without_exif(tmp_path, write_jpeg):
    source = _tagged_jpeg(tmp_path, write_jpeg)
    destination = tmp_path / "library" / "previews" / "ab" / "abcdef.jpg"
    assert write_derivative(source, destination, 128) == destination
    with Image.open(destination) as written:
        assert written.format == "JPEG" and written.size == (85, 128)
        assert written.getexif().get(0x0112) is None, "an Orientation tag would turn it a second time"
    difference = load_oriented_rgb(destination).astype(float) - np.asarray(make_preview(source, 128))
    assert np.abs(difference).mean() < 3, "the written JPEG shows the preview, not a turned copy"
    assert [p.name for p in destination.parent.iterdir()] == ["abcdef.jpg"], "no temporary file left"


def test_derivative_keeps_the_icc_profile(tmp_path):
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = tmp_path / "with_icc.jpg"
    Image.new("RGB", (40, 30), (10, 200, 30)).save(source, icc_profile=profile)
    write_derivative(source, tmp_path / "out.jpg", 32)
    with Image.open(tmp_path / "out.jpg") as written:
        assert written.info.get("icc_profile") == profile


def test_failed_write_leaves_the_old_derivative_and_no_temporary(tmp_path, write_jpeg, monkeypatch):
    source = _tagged_jpeg(tmp_path, write_jpeg)
    destination = tmp_path / "thumb.jpg"
    destination.write_bytes(b"previous thumbnail")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(previews.os, "fsync", disk_full)
    with pytest.raises(previews.LibraryFull) as caught:
        write_derivative(source, destination, 64)
    assert "full" in str(caught.value)
    assert destination.read_bytes() == b"previous thumbnail"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stored.jpg", "thumb.jpg"]


def test_bad_source_raises_its_typed_error_and_writes_nothing(tmp_path):
    source = tmp_path / "broken.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    with pytest.raises(CorruptImage):
        write_derivative(source, tmp_path / "out" / "x.jpg", 64)
    assert not (tmp_path / "out" / "x.jpg").exists()


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_read_only_folder(tmp_path, write_jpeg):
    source = _tagged_jpeg(tmp_path, write_jpeg)
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): the folder stays writable")
        with pytest.raises(LibraryReadOnly):
            write_derivative(source, folder / "x.jpg", 64)
    finally:
        folder.chmod(0o755)


def test_corpus_heic_preview_is_portrait(corpus_dir, tmp_path):
    destination = tmp_path / "iphone.jpg"
    source = corpus_dir / "exif-samples/heic/mobile/iphone_13_pro_max.HEIC"
    write_derivative(source, destination, THUMBNAIL_SIDE)
    with Image.open(destination) as written:
        assert written.size == (192, 256)
