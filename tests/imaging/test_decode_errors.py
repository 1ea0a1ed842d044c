"""Bad input: every kind of broken, hostile or oversized file gives its typed error naming the file."""

from __future__ import annotations

import io
import os
import struct
import time
import warnings
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from photofollow.domain.errors import (
    CorruptImage,
    ImageTooLarge,
    PhotoFileError,
    UnreadableFile,
    UnsupportedImage,
)
from photofollow.domain.model import CaptureTimeSource
from photofollow.imaging.decode import PIXEL_LIMIT, load_oriented, load_oriented_rgb, open_image
from photofollow.imaging.exif import read_facts

JPG = "metadata-extractor-images/jpg"


def _raises(kind, function, path, *args):
    with pytest.raises(kind) as caught:
        function(path, *args)
    assert Path(path).name in str(caught.value), "the message must name the file"
    assert caught.value.path == Path(path)
    return caught.value


def test_text_file_is_unsupported(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("Patient consent form, signed.\n" * 20)
    for function in (open_image, read_facts, load_oriented_rgb):
        error = _raises(UnsupportedImage, function, path)
    assert "not a photo" in str(error)


def test_zero_byte_file_is_corrupt(tmp_path):
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(b"")
    for function in (open_image, read_facts, load_oriented_rgb):
        error = _raises(CorruptImage, function, path)
    assert "empty" in str(error)


def test_missing_file_and_folder(tmp_path):
    _raises(UnreadableFile, read_facts, tmp_path / "gone.jpg")
    _raises(UnreadableFile, load_oriented_rgb, tmp_path / "gone.jpg")
    folder = tmp_path / "photos.jpg"
    folder.mkdir()
    _raises(UnsupportedImage, read_facts, folder)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_unreadable_file(tmp_path, corpus_dir):
    path = tmp_path / "locked.jpg"
    path.write_bytes((corpus_dir / JPG / "Issue 122.jpg").read_bytes())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): a chmod 000 file stays readable")
        error = _raises(UnreadableFile, read_facts, path)
        assert "permission" in str(error)
        _raises(UnreadableFile, load_oriented_rgb, path)
    finally:
        path.chmod(0o644)


def test_truncated_jpeg_reads_its_facts_but_not_its_pixels(tmp_path, corpus_dir):
    data = (corpus_dir / JPG / "Canon EOS REBEL T3i.jpg").read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: int(len(data) * 0.6)])
    facts = read_facts(path)  # the header and EXIF are intact
    assert facts.model == "Canon EOS REBEL T3i"
    for max_side in (None, 256):
        error = _raises(CorruptImage, load_oriented_rgb, path, max_side)
        assert "incomplete" in str(error)


def test_user_comment_encoding_is_truncated(corpus_dir):
    path = corpus_dir / JPG / "User Comment Encoding.jpg"
    assert read_facts(path).model == "E5823"
    _raises(CorruptImage, load_oriented_rgb, path, 512)
    _raises(CorruptImage, load_oriented, path)


@pytest.mark.parametrize(
    "relative",
    [
        f"{JPG}/beach.jpg",
        "metadata-extractor-images/heic/IllegalArgumentException.HeifReader.processBoxes.heif",
    ],
)
def test_broken_corpus_files_are_corrupt(corpus_dir, relative):
    path = corpus_dir / relative
    for function in (open_image, read_facts, load_oriented_rgb):
        error = _raises(CorruptImage, function, path)
    assert "damaged" in str(error)


def test_truncated_heic_is_corrupt_not_green(tmp_path, corpus_dir):
    """libheif decodes a cut HEIC without complaint and paints the missing tiles green."""
    data = (corpus_dir / "exif-samples/heic/mobile/iphone_13_pro_max.HEIC").read_bytes()
    for fraction in (0.5, 0.98):
        path = tmp_path / f"cut{fraction}.heic"
        path.write_bytes(data[: int(len(data) * fraction)])
        for max_side in (None, 256):
            _raises(CorruptImage, load_oriented_rgb, path, max_side)


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + payload))
        return struct.pack(">I", len(payload)) + kind + payload + checksum

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(
        b"IEND", b""
    )


@pytest.mark.parametrize("size", [(100_000, 100_000), (15_000, 15_000)])
def test_decompression_bomb_is_too_large(tmp_path, size):
    # 10 gigapixels trips Pillow's own error; 225 megapixels only our 200 megapixel limit.
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header_only(*size))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        for function in (open_image, read_facts, load_oriented_rgb):
            error = _raises(ImageTooLarge, function, path)
    assert "200 megapixels" in str(error)


def test_limit_admits_a_100_megapixel_photo_and_decodes_it_reduced_quickly(tmp_path):
    assert PIXEL_LIMIT >= 100_000_000
    width, height = 12_240, 8_160  # 99.9 MP, the size of a 100 MP medium-format frame
    small = np.linspace(0, 255, 306 * 204, dtype=np.float32).reshape(204, 306).astype(np.uint8)
    path = tmp_path / "100mp.jpg"
    Image.fromarray(small).resize((width, height), Image.NEAREST).save(path, quality=60)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)  # no warning below our limit
        facts = read_facts(path)
        started = time.perf_counter()
        preview = load_oriented_rgb(path, max_side=2048)
        elapsed = time.perf_counter() - started
    assert (facts.width, facts.height) == (width, height)
    assert preview.shape == (1365, 2048, 3)
    assert elapsed < 5.0, f"a reduced decode of 100 MP took {elapsed:.1f} s"


# ----------------------------------------------------------------------------------------- hostile EXIF


def _jpeg_with_app1(payload: bytes) -> bytes:
    buffer = io.BytesIO()
    pixels = np.random.default_rng(3).integers(0, 256, size=(40, 60, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(buffer, "JPEG")
    jpeg = buffer.getvalue()
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


def _tiff_ifd(entries: list[tuple[int, int, int, int]], next_ifd: int = 0) -> bytes:
    """A little-endian TIFF header followed by one IFD of (tag, type, count, value/offset) entries."""
    body = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        body += struct.pack("<HHII", tag, kind, count, value)
    return b"II*\x00\x08\x00\x00\x00" + body + struct.pack("<I", next_ifd)


HOSTILE_EXIF = {
    "random bytes": b"Exif\x00\x00" + np.random.default_rng(1).bytes(600),
    "random after a valid header": (
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00" + np.random.default_rng(2).bytes(300)
    ),
    "huge counts and offsets": b"Exif\x00\x00" + _tiff_ifd(
        [(0x0132, 2, 0xFFFFFFF0, 0x7FFFFFF0), (0x8769, 4, 1, 0xFFFFFF00), (0x8825, 4, 1, 0xFFFFFFF0)]
    ),
    "65535 entries announced": b"Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff" + bytes(40),
    "Exif IFD pointing at itself": b"Exif\x00\x00" + _tiff_ifd([(0x8769, 4, 1, 8)]),
    "orientation as text, date as number": b"Exif\x00\x00" + _tiff_ifd(
        [(0x0112, 2, 4, int.from_bytes(b"6\0\0\0", "little")), (0x0132, 4, 1, 20250101)]
    ),
    "truncated header": b"Exif\x00\x00II*",
    "not even a header": b"Exif\x00\x00",
}


@pytest.mark.parametrize("case", sorted(HOSTILE_EXIF))
def test_hostile_exif_never_aborts(tmp_path, case):
    path = tmp_path / "hostile.jpg"
    path.write_bytes(_jpeg_with_app1(HOSTILE_EXIF[case]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow warns about each broken entry; that is fine
        facts = read_facts(path)
        pixels = load_oriented_rgb(path)
    assert (facts.width, facts.height) == (60, 40)
    assert facts.capture_time_source is CaptureTimeSource.FILE
    assert facts.orientation is None and facts.make is None
    assert pixels.shape == (40, 60, 3)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_bytes_raise_only_typed_errors(tmp_path, corpus_dir, data):
    """Flip bytes in, or cut, a real photo: readers either succeed or raise a PhotoFileError."""
    original = bytearray((corpus_dir / "exif-samples/jpg/Kodak_CX7530.jpg").read_bytes())
    damaged = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    damaged = damaged[: data.draw(st.integers(1, len(damaged)))]
    path = tmp_path / "damaged.jpg"
    path.write_bytes(bytes(damaged))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for function in (read_facts, load_oriented_rgb):
            try:
                function(path)
            except PhotoFileError as error:
                assert "damaged.jpg" in str(error)
