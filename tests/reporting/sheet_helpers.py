"""Helpers of the reporting tests: generated photos with one colour each, EXIF with secrets, poppler tools."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import piexif
import pytest
from PIL import Image

CET = timezone(timedelta(hours=1))
TREATED = datetime(2026, 3, 10, 10, 0, tzinfo=CET)
# Far apart in RGB so a pixel can be told apart after JPEG, PDF and rasterisation.
PANEL_COLOURS = [(210, 30, 30), (30, 170, 50), (30, 60, 210), (215, 190, 20)]
PATIENT_NAME = "Søren Ærø-Åkesson van den Broëk"
SECRET_FILE_STEM = "IMG_4711_soeren_private"


def solid_jpeg(path: Path, size: tuple[int, int], colour, exif: bytes | None = None) -> Path:
    pixels = np.zeros((size[1], size[0], 3), np.uint8)
    pixels[:] = colour
    image = Image.fromarray(pixels)
    if exif is None:
        image.save(path, quality=95)
    else:
        image.save(path, quality=95, exif=exif)
    return path


def exif_with_gps_and_serials() -> bytes:
    """EXIF as a phone writes it: GPS position, body and lens serial numbers, the camera model."""
    return piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"EOS R6"},
            "Exif": {
                piexif.ExifIFD.BodySerialNumber: b"SN-0123456789",
                piexif.ExifIFD.LensSerialNumber: b"LENS-99887766",
                piexif.ExifIFD.DateTimeOriginal: b"2026:03:13 12:00:00",
            },
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: ((52, 1), (22, 1), (1234, 100)),
                piexif.GPSIFD.GPSLongitudeRef: b"E",
                piexif.GPSIFD.GPSLongitude: ((4, 1), (53, 1), (5678, 100)),
            },
        }
    )


CHECKS = [
    ("exposure", "pass", "Same brightness as the baseline."),
    ("light_direction", "fail", "The light comes from the other side than in the baseline."),
    ("white_balance", "warn", "The light is warmer than in the baseline."),
    ("head_pose", "skipped", "No face was found, so the head angle was not measured."),
]


def need_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def pdf_text(path: Path, *extra: str) -> str:
    need_tool("pdftotext")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *extra, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(path: Path) -> int:
    need_tool("pdfinfo")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_info(path: Path) -> str:
    need_tool("pdfinfo")
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def pdf_to_pngs(path: Path, dpi: int) -> list[np.ndarray]:
    need_tool("pdftoppm")
    prefix = path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(prefix)], check=True)
    pages = sorted(path.parent.glob(f"{prefix.name}-*.png"))
    return [np.asarray(Image.open(page).convert("RGB")) for page in pages]


def exiftool_tags(path: Path) -> dict:
    need_tool("exiftool")
    result = subprocess.run(
        ["exiftool", "-j", "-a", "-u", "-G1", str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)[0]
