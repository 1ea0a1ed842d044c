"""Head pose signs as imaging.face documents them, view bins and view suggestions, on corpus faces."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from photofollow.domain.checks import CheckStatus
from photofollow.domain.model import View
from photofollow.domain.policy import load_policy
from photofollow.imaging import face as face_module
from photofollow.imaging.checks import classify_view
from photofollow.services.checking import check_pair, measure_photo, suggest_view

KODAK = "metadata-extractor-images/jpg/Kodak DX6490.jpg"  # yaw about +19, roll about -20
CANON = "metadata-extractor-images/jpg/Canon EOS 7D.jpg"  # nearly frontal


def test_view_bins_agree_with_the_face_module():
    policy = load_policy().view
    for yaw in (-95, -80, -45, -35, -5, 0, 5, 35, 45, 80, 95, 20, -65):
        assert classify_view(yaw, policy) == face_module.view_from_yaw(yaw), yaw
    assert classify_view(45, policy) is View.OBLIQUE_45_LEFT  # positive yaw shows the patient's left side


@pytest.fixture(scope="module")
def kodak_pair(corpus_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pose")
    with Image.open(corpus_dir / KODAK) as image:
        exif = image.info.get("exif")
        upright = image.copy()
    upright.thumbnail((1200, 1200))
    original = folder / "original.jpg"
    mirrored = folder / "mirrored.jpg"
    upright.save(original, quality=95, exif=exif)
    upright.transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(mirrored, quality=95, exif=exif)
    return measure_photo(original), measure_photo(mirrored)


def test_a_mirrored_face_flips_yaw_and_roll_and_keeps_pitch(kodak_pair):
    original, mirrored = kodak_pair
    assert original.face is not None and mirrored.face is not None
    assert original.face.yaw > 8 and mirrored.face.yaw < -8
    # The mesh model is not exactly mirror-symmetric: on this face yaw reads 22 against 27 degrees and pitch
    # -7 against -13 (a limit of the estimator worth knowing: it is why the head-pose tolerance is 5 degrees).
    assert mirrored.face.yaw == pytest.approx(-original.face.yaw, abs=7)
    assert mirrored.face.roll == pytest.approx(-original.face.roll, abs=2)
    assert mirrored.face.pitch == pytest.approx(original.face.pitch, abs=7)  # 7 against 13 here
    # The eye-line angle the roll check uses follows the face module's roll.
    assert original.face.eye_line_deg == pytest.approx(original.face.roll, abs=1.5)


def test_head_pose_and_roll_checks_see_the_mirror(kodak_pair):
    original, mirrored = kodak_pair
    report = check_pair(original, mirrored)
    head = report.result("head_pose")
    assert head.status is CheckStatus.FAIL
    assert head.measured < 0  # turned towards the patient's left (negative yaw) in the follow-up
    assert "patient's left" in head.message
    assert report.result("roll").status is CheckStatus.FAIL


def test_view_label_and_suggestion(corpus_dir, tmp_path):
    with Image.open(corpus_dir / CANON) as image:
        image.save(tmp_path / "frontal.jpg", quality=95, exif=image.info.get("exif"))
    frontal = measure_photo(tmp_path / "frontal.jpg")
    assert frontal.face is not None and abs(frontal.face.yaw) < 15
    assert suggest_view(frontal) is View.FRONTAL
    assert check_pair(frontal, frontal, labelled_view=View.FRONTAL).result("view").status is CheckStatus.PASS
    wrong = check_pair(frontal, frontal, labelled_view="oblique-45-left").result("view")
    assert wrong.status is CheckStatus.WARN and "frontal" in wrong.message
    scalp = check_pair(frontal, frontal, labelled_view="scalp-vertex").result("view")
    assert scalp.status is CheckStatus.SKIPPED


def test_no_face_skips_pose_checks_with_a_reason(tmp_path):
    rng = np.random.default_rng(1)
    Image.fromarray(rng.integers(0, 255, (300, 400, 3), dtype=np.uint8)).save(tmp_path / "noise.jpg")
    blank = measure_photo(tmp_path / "noise.jpg")
    assert blank.face is None and suggest_view(blank) is None
    report = check_pair(blank, blank, labelled_view="frontal")
    assert report.result("head_pose").status is CheckStatus.SKIPPED
    assert "No face" in report.result("view").message
