"""`photofollow info FILE [--json]` as another tool runs it: a real subprocess, its output and exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime

import pytest

CONTRACT_KEYS = {
    "capture_time", "capture_time_source", "orientation", "make", "model", "lens_model", "focal_length_mm",
    "focal_length_35mm", "exposure_time_s", "f_number", "iso", "flash_fired", "white_balance", "software",
    "gps_present", "width", "height",
}


def run_info(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "photofollow", "info", *map(str, args)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONWARNINGS": "default"},
    )


def info_json(path) -> dict:
    result = run_info(path, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_heic_with_offset(corpus_dir):
    info = info_json(corpus_dir / "exif-samples/heic/mobile/iphone_13_pro_max.HEIC")
    assert CONTRACT_KEYS <= set(info)
    assert info["capture_time"] == "2022-02-16T12:55:41+01:00"
    assert info["capture_time_precise"] == "2022-02-16T12:55:41.762+01:00"
    assert info["capture_time_source"] == "DateTimeOriginal"
    assert info["orientation"] == 6
    assert (info["width"], info["height"]) == (4032, 3024)
    assert (info["make"], info["model"]) == ("Apple", "iPhone 13 Pro Max")
    assert info["focal_length_35mm"] == 26 and info["f_number"] == 1.5
    assert info["flash_fired"] is False and info["white_balance"] == "auto" and info["software"] == "15.2.1"
    assert info["gps_present"] is False and info["pixels_readable"] is True
    assert info["sha256"].startswith("e760c80eed310e4f")


def test_gps_file(corpus_dir):
    info = info_json(corpus_dir / "exif-samples/jpg/mobile/HMD_Nokia_8.3_5G.jpg")
    assert info["gps_present"] is True
    assert info["capture_time"] == "2022-08-14T14:12:31+03:00"
    assert info["orientation"] == 1 and (info["width"], info["height"]) == (4608, 1976)


def test_file_without_exif_falls_back_to_the_file_date(corpus_dir):
    path = corpus_dir / "metadata-extractor-images/jpg/Issue 614.jpg"
    info = info_json(path)
    assert info["capture_time_source"] == "file"
    assert datetime.fromisoformat(info["capture_time"]).timestamp() == int(path.stat().st_mtime)
    assert info["orientation"] is None and info["make"] is None and info["has_exif"] is False

    listing = run_info(path)
    assert listing.returncode == 0
    assert "from file date: check" in listing.stdout


def test_readable_listing_says_from_camera(corpus_dir):
    result = run_info(corpus_dir / "metadata-extractor-images/jpg/FujiFilm SP-2500.jpg")
    assert result.returncode == 0
    lines = {line.split(None, 1)[0]: line.split(None, 1)[1] for line in result.stdout.splitlines()}
    assert lines["Captured"] == "2003-09-10T20:59:18  (from camera: DateTimeDigitized)"
    assert lines["Camera"] == "FUJI PHOTO FILM CO., LTD. SP-2500"
    assert lines["Orientation"].startswith("6 (turned 90° clockwise)")


def test_truncated_photo_reports_its_damaged_pixels(corpus_dir):
    info = info_json(corpus_dir / "metadata-extractor-images/jpg/User Comment Encoding.jpg")
    assert info["model"] == "E5823"
    assert info["pixels_readable"] is False and "incomplete" in info["pixels_problem"]


@pytest.mark.parametrize("content", [b"just some text, not a photo\n", b""])
def test_unreadable_files_exit_2_with_one_line_naming_them(tmp_path, content):
    path = tmp_path / "consent form.jpg"
    path.write_bytes(content)
    for args in ((path,), (path, "--json")):
        result = run_info(*args)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and "consent form.jpg" in result.stderr


def test_missing_file_exits_2(tmp_path):
    result = run_info(tmp_path / "nowhere.heic", "--json")
    assert result.returncode == 2 and "nowhere.heic" in result.stderr and "cannot be found" in result.stderr
