"""`photofollow check` and `photofollow measure`: the JSON contract, the table, and exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import piexif
from PIL import Image

from photofollow.cli import main
from photofollow.domain.checks import CHECK_ORDER


def _photo(path, rng_seed=5, shift=0, date="2026:02:01 09:00:00", flash=16):
    import cv2

    rng = np.random.default_rng(rng_seed)
    small = rng.integers(30, 230, size=(30, 45, 3), dtype=np.uint8)
    image = cv2.resize(small, (720, 480), interpolation=cv2.INTER_CUBIC)
    image = np.roll(image, shift, axis=1)
    exif = piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: "Canon", piexif.ImageIFD.Model: "EOS R6"},
            "Exif": {
                piexif.ExifIFD.DateTimeOriginal: date,
                piexif.ExifIFD.Flash: flash,
                piexif.ExifIFD.FocalLengthIn35mmFilm: 100,
            },
        }
    )
    Image.fromarray(image).save(path, quality=92, exif=exif)
    return path


def test_check_json_contract(tmp_path, capsys):
    baseline = _photo(tmp_path / "baseline.jpg")
    follow_up = _photo(tmp_path / "follow-up.jpg", shift=60, date="2026:02:15 09:00:00", flash=1)
    status = main(["check", str(baseline), str(follow_up), "--json"])
    out = capsys.readouterr().out
    assert status == 0
    report = json.loads(out)  # exactly one JSON object
    assert set(report) == {"verdict", "checks", "transform", "baseline", "follow_up"}
    assert [c["id"] for c in report["checks"]] == [c.value for c in CHECK_ORDER]
    for check in report["checks"]:
        assert set(check) == {"id", "status", "measured", "threshold", "uncertainty", "unit", "message"}
        assert check["status"] in ("pass", "warn", "fail", "skipped")
        assert isinstance(check["measured"], int | float | str | type(None))
        assert check["uncertainty"] is None or check["uncertainty"] >= 0
    statuses = {c["id"]: c["status"] for c in report["checks"]}
    assert statuses["flash"] == "fail" and report["verdict"] == "inconsistent"
    assert statuses["framing"] in ("warn", "fail")  # 60 px of 720 = 8 %
    # The framing came from a feature registration, which carries its precision: far inside the 8 %.
    framing = next(c for c in report["checks"] if c["id"] == "framing")
    assert framing["uncertainty"] is not None and 0 < framing["uncertainty"] < 1.0
    matrix = np.array(report["transform"])
    assert matrix.shape == (3, 3)
    # The follow-up's content moved 60 px right: mapping it back onto the baseline subtracts 60.
    assert matrix[0, 2] == __import__("pytest").approx(-60, abs=3)
    assert report["baseline"]["make"] == "Canon" and report["follow_up"]["flash_fired"] is True


def test_check_table_and_view_and_policy(tmp_path, capsys):
    baseline = _photo(tmp_path / "baseline.jpg")
    follow_up = _photo(tmp_path / "follow-up.jpg", date="2026:02:15 09:00:00")
    policy = tmp_path / "clinic.toml"
    policy.write_text("[exposure]\nwarn_ev = 0.2\n", encoding="utf-8")
    status = main(["check", str(baseline), str(follow_up), "--view", "frontal", "--policy", str(policy)])
    out = capsys.readouterr().out
    assert status == 0
    assert "Verdict:   CONSISTENT" in out
    assert all(check.value in out for check in CHECK_ORDER)


def test_unusable_input_exits_2_naming_the_file(tmp_path, capsys):
    good = _photo(tmp_path / "baseline.jpg")
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo", encoding="utf-8")
    assert main(["check", str(good), str(bad), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "notes.jpg" in captured.err
    assert main(["check", str(good), str(tmp_path / "gone.jpg")]) == 2
    assert "gone.jpg" in capsys.readouterr().err
    policy = tmp_path / "bad.toml"
    policy.write_text("[exposure]\nwarn = 1\n", encoding="utf-8")
    assert main(["check", str(good), str(good), "--policy", str(policy)]) == 2
    assert "exposure.warn" in capsys.readouterr().err
    assert main(["measure", str(bad), "--json"]) == 2
    assert "notes.jpg" in capsys.readouterr().err


def test_measure_json_in_a_fresh_process(tmp_path):
    photo = _photo(tmp_path / "photo.jpg")
    result = subprocess.run(
        [sys.executable, "-m", "photofollow", "measure", str(photo), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in (
        "ev",
        "chromaticity",
        "cct_k",
        "mired",
        "light_left_right",
        "light_top_bottom",
        "sharpness",
        "subject_centre",
        "subject_size",
        "facts",
        "yaw",
        "ipd_px",
    ):
        assert key in data
    assert data["face_found"] is False and data["yaw"] is None
    assert data["width"] == 720 and data["facts"]["model"] == "EOS R6"
