"""Real photo files for the import tests: EXIF'd JPEGs, other formats, and every kind of bad input."""

from __future__ import annotations

import struct
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import piexif
from PIL import Image

CET = timezone(timedelta(hours=1))


def pixels(seed: int, size: tuple[int, int] = (96, 64)) -> np.ndarray:
    """Smooth shading plus noise, so every seed gives different bytes and JPEG stays small."""
    rng = np.random.default_rng(seed)
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width]
    base = (xx * 200 / max(width, 1) + yy * 50 / max(height, 1))[..., None] + rng.integers(
        0, 40, (height, width, 3)
    )
    return np.clip(base, 0, 255).astype(np.uint8)


def jpeg(
    path: Path,
    seed: int,
    *,
    taken: datetime | None = None,
    offset: str | None = None,
    orientation: int | None = None,
    size: tuple[int, int] = (96, 64),
) -> Path:
    zeroth: dict = {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"EOS R6"}
    exif_ifd: dict = {}
    if orientation is not None:
        zeroth[piexif.ImageIFD.Orientation] = orientation
    if taken is not None:
        exif_ifd[piexif.ExifIFD.DateTimeOriginal] = taken.strftime("%Y:%m:%d %H:%M:%S").encode()
    if offset is not None:
        exif_ifd[piexif.ExifIFD.OffsetTimeOriginal] = offset.encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels(seed, size)).save(
        path, quality=90, exif=piexif.dump({"0th": zeroth, "Exif": exif_ifd})
    )
    return path


def other_format(path: Path, seed: int, image_format: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if image_format == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    Image.fromarray(pixels(seed)).save(path, format=image_format)
    return path


def hostile_exif_jpeg(path: Path, seed: int) -> Path:
    """A valid picture whose EXIF lies: an IFD claiming 65535 entries and offsets far past its end."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels(seed)).save(path, quality=90)  # no EXIF of its own
    data = path.read_bytes()
    tiff = (
        b"II*\x00"
        + struct.pack("<I", 8)
        + struct.pack("<H", 0xFFFF)
        + struct.pack("<HHII", 0x8769, 4, 1, 0x7FFFFFF0)
    )
    segment = b"Exif\x00\x00" + tiff
    app1 = b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment
    path.write_bytes(data[:2] + app1 + data[2:])  # right after the start-of-image marker
    return path


def truncated_jpeg(path: Path, seed: int) -> Path:
    jpeg(path, seed, size=(256, 192))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def decompression_bomb_png(path: Path, side: int = 40_000) -> Path:
    """A tiny PNG whose header claims side x side pixels (1.6 gigapixels by default)."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 1024)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    return path
