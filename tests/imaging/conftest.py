"""Fixtures for the imaging tests: corpus file lists, exiftool's live readings, and JPEG writers."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import piexif
import pytest
from PIL import Image

NOT_PHOTOS = {".md", ".json", ".txt", ""}

# What the exiftool comparisons read. -a keeps the same tag from every group (EXIF vs XMP vs maker notes),
# -G1 names the group, -n gives raw numbers (Orientation 6, not "Rotate 90 CW").
EXIFTOOL_TAGS = [
    "-FileType", "-ImageWidth", "-ImageHeight", "-Orientation",
    "-DateTimeOriginal", "-CreateDate", "-ModifyDate",
    "-SubSecTime", "-SubSecTimeOriginal", "-SubSecTimeDigitized",
    "-OffsetTime", "-OffsetTimeOriginal", "-OffsetTimeDigitized",
    "-SubSecDateTimeOriginal", "-SubSecCreateDate", "-SubSecModifyDate",
    "-GPSLatitude", "-GPSLongitude", "-Make", "-Model", "-LensModel", "-Software",
    "-FocalLength", "-FocalLengthIn35mmFormat", "-ExposureTime", "-FNumber", "-ISO", "-Flash",
    "-WhiteBalance",
]


def corpus_photos(corpus_dir: Path) -> list[Path]:
    return sorted(
        path for path in corpus_dir.rglob("*")
        if path.is_file() and path.suffix.lower() not in NOT_PHOTOS and path.name != "LICENSE"
    )


@pytest.fixture(scope="session")
def corpus_files(corpus_dir) -> list[Path]:
    files = corpus_photos(corpus_dir)
    assert len(files) >= 60, "the corpus should hold 68 photos; the folder looks incomplete"
    return files


@pytest.fixture(scope="session")
def exiftool_readings(corpus_files) -> dict[Path, dict]:
    """exiftool's live readings of every corpus photo, keyed by path."""
    exiftool = shutil.which("exiftool")
    if exiftool is None:
        pytest.skip("exiftool is not installed: the comparison with the reference reader cannot run")
    result = subprocess.run(
        [exiftool, "-j", "-n", "-a", "-G1", *EXIFTOOL_TAGS, *map(str, corpus_files)],
        capture_output=True, check=False, timeout=120,
    )
    # exiftool exits 1 when some file has an error; the JSON still covers every file.
    readings = json.loads(result.stdout.decode("utf-8", "replace"), strict=False)
    return {Path(entry.pop("SourceFile")).resolve(): entry for entry in readings}


@pytest.fixture(scope="session")
def reference_readings(corpus_dir) -> dict[str, dict]:
    """The saved exiftool 12.57 readings that ship with the corpus, keyed by path relative to it."""
    entries = json.loads((corpus_dir / "exiftool-reference.json").read_text("utf-8"), strict=False)
    return {entry.pop("SourceFile").removeprefix("./"): entry for entry in entries}


@pytest.fixture
def write_jpeg():
    """Write pixels (H x W x 3 uint8) as a JPEG carrying the given piexif dict; returns the path."""

    def write(path: Path, pixels: np.ndarray, exif: dict | None = None, **save_options) -> Path:
        options = {"quality": 95, **save_options}
        if exif is not None:
            options["exif"] = piexif.dump(exif)
        Image.fromarray(pixels).save(path, "JPEG", **options)
        return path

    return write
