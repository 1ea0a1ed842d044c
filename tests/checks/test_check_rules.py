"""The rules of single checks on generated photos and facts: dates, software, lens, camera, resolution,
verdict, and the measurement cache format."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import pytest

from photofollow.domain.checks import CHECK_ORDER, CheckId, CheckStatus, Verdict
from photofollow.domain.model import CaptureTimeSource, PhotoFacts, VisitKind
from photofollow.domain.policy import load_policy
from photofollow.imaging.checks import check_capture_time, run_checks
from photofollow.imaging.measure import (
    MEASUREMENTS_VERSION,
    PhotoMeasurements,
    StaleMeasurements,
    chromaticity_and_cct,
    jpeg_info,
    measure_pixels,
)

POLICY = load_policy()
TAKEN = datetime(2026, 3, 2, 10, 0)


def scene(width: int = 480, height: int = 320, seed: int = 3) -> np.ndarray:
    """A textured scene with structure for registration (blobs, bars and noise)."""
    import cv2

    rng = np.random.default_rng(seed)
    small = rng.integers(40, 220, size=(height // 16, width // 16, 3), dtype=np.uint8)
    image = cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC)
    for _ in range(25):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        cv2.circle(
            image, (x, y), int(rng.integers(4, 20)), tuple(int(v) for v in rng.integers(0, 255, 3)), -1
        )
    noise = rng.normal(0, 4, image.shape)
    return np.clip(image + noise, 0, 255).astype(np.uint8)


def facts(**changes) -> PhotoFacts:
    base = PhotoFacts(
        width=480,
        height=320,
        format="JPEG",
        capture_time=TAKEN,
        capture_time_source=CaptureTimeSource.DATE_TIME_ORIGINAL,
        make="Canon",
        model="Canon EOS R6",
        lens_model="RF100mm F2.8 L MACRO IS USM",
        focal_length_mm=100.0,
        focal_length_35mm=100.0,
        flash_fired=False,
        has_exif=True,
    )
    return dataclasses.replace(base, **changes)


def measured(
    rgb: np.ndarray | None = None, software: tuple[str, ...] = (), **fact_changes
) -> PhotoMeasurements:
    rgb = scene() if rgb is None else rgb
    f = facts(width=rgb.shape[1], height=rgb.shape[0], **fact_changes)
    return measure_pixels(rgb, (rgb.shape[1], rgb.shape[0]), f, None, software=software)


@pytest.fixture(scope="module")
def baseline() -> PhotoMeasurements:
    return measured()


def test_identical_photos_are_consistent_with_every_check(baseline):
    follow_up = measured(capture_time=TAKEN + timedelta(days=14))
    report = run_checks(baseline, follow_up, POLICY)
    assert [r.id for r in report.checks] == list(CHECK_ORDER)
    assert report.verdict is Verdict.CONSISTENT, report.statuses
    assert report.transform is not None
    assert np.allclose(np.array(report.transform), np.eye(3), atol=0.02)
    skipped = {r.id for r in report.checks if r.status is CheckStatus.SKIPPED}
    assert skipped == {CheckId.HEAD_POSE, CheckId.VIEW, CheckId.EXPRESSION, CheckId.MAKEUP}  # no face
    for result in report.checks:
        assert result.message.endswith(".") and result.message[0].isupper()


@pytest.mark.parametrize(
    ("software", "status"),
    [
        (("Facetune2 2.31",), CheckStatus.FAIL),
        (("Meitu",), CheckStatus.FAIL),
        (("Adobe Photoshop 21.0 (Windows)",), CheckStatus.WARN),
        (("GIMP 2.10.32",), CheckStatus.WARN),
        (("Snowdon firmware 1.2",), CheckStatus.PASS),  # "Snow" (the app) only as a whole word
        (("SM-G965W firmware G965WVLU3",), CheckStatus.PASS),
    ],
)
def test_editing_software(baseline, software, status):
    follow_up = measured(software=software, capture_time=TAKEN + timedelta(days=1))
    result = run_checks(baseline, follow_up, POLICY).result("editing")
    assert result.status is status, result.message


def test_same_editor_on_both_passes_and_stripped_exif_warns():
    edited = measured(software=("Adobe Photoshop Lightroom Classic",))
    again = measured(software=("Adobe Photoshop Lightroom Classic",), capture_time=TAKEN + timedelta(days=1))
    assert run_checks(edited, again, POLICY).result("editing").status is CheckStatus.PASS
    stripped = measured(
        make=None,
        model=None,
        lens_model=None,
        capture_time=None,
        capture_time_source=None,
        has_exif=False,
        focal_length_mm=None,
        focal_length_35mm=None,
        flash_fired=None,
    )
    report = run_checks(edited, stripped, POLICY)
    assert report.result("editing").status is CheckStatus.WARN
    assert "messaging app" in report.result("editing").message
    assert report.result("camera").status is CheckStatus.SKIPPED
    assert report.result("lens").status is CheckStatus.SKIPPED
    assert report.result("flash").status is CheckStatus.SKIPPED


def test_lens_camera_flash_from_facts(baseline):
    later = TAKEN + timedelta(days=7)
    report = run_checks(
        baseline, measured(focal_length_35mm=26.0, focal_length_mm=4.2, capture_time=later), POLICY
    )
    lens = report.result("lens")
    assert lens.status is CheckStatus.FAIL and lens.measured == pytest.approx(-74.0)
    assert "26 mm" in lens.message and "100 mm" in lens.message
    report = run_checks(baseline, measured(focal_length_35mm=103.0, capture_time=later), POLICY)
    assert report.result("lens").status is CheckStatus.PASS  # 3 %, inside +-5 %
    report = run_checks(baseline, measured(lens_model="RF24-105mm F4 L IS USM", capture_time=later), POLICY)
    assert report.result("lens").status is CheckStatus.WARN
    report = run_checks(baseline, measured(make="Apple", model="iPhone 15", capture_time=later), POLICY)
    assert report.result("camera").status is CheckStatus.WARN
    assert "iPhone 15" in report.result("camera").message
    report = run_checks(baseline, measured(flash_fired=True, capture_time=later), POLICY)
    assert report.result("flash").status is CheckStatus.FAIL
    assert report.verdict is Verdict.INCONSISTENT


def test_resolution_orientation_and_pixels(baseline):
    later = TAKEN + timedelta(days=7)
    portrait = measured(np.ascontiguousarray(np.rot90(scene())), capture_time=later)
    assert run_checks(baseline, portrait, POLICY).result("resolution").status is CheckStatus.FAIL
    small = measured(scene(240, 160), capture_time=later)
    result = run_checks(baseline, small, POLICY).result("resolution")
    assert result.status is CheckStatus.FAIL and result.measured == pytest.approx(0.25)
    wider = measured(scene(480, 270), capture_time=later)
    assert run_checks(baseline, wider, POLICY).result("resolution").status is CheckStatus.FAIL  # 16:9 vs 3:2


def _capture(follow_up: PhotoFacts, baseline: PhotoFacts | None = None, **kwargs):
    now = kwargs.pop("now", datetime(2026, 11, 1, tzinfo=UTC))
    return check_capture_time(baseline or facts(), follow_up, POLICY, now=now, **kwargs)


def test_capture_time_without_treatment():
    assert _capture(facts(capture_time=TAKEN + timedelta(days=3))).status is CheckStatus.PASS
    before = _capture(facts(capture_time=TAKEN - timedelta(days=3)))
    assert before.status is CheckStatus.FAIL and "3 days before the baseline" in before.message
    reset = _capture(facts(capture_time=datetime(2000, 1, 2, 8, 26)))
    assert reset.status is CheckStatus.FAIL  # before the baseline, and a reset clock
    assert any("reset clock" in line for line in reset.details["findings"])
    future = _capture(facts(capture_time=datetime(2027, 5, 1)))
    assert future.status is CheckStatus.WARN and "future" in future.message
    file_only = _capture(
        facts(capture_time=datetime(2026, 4, 1, tzinfo=UTC), capture_time_source=CaptureTimeSource.FILE)
    )
    assert file_only.status is CheckStatus.WARN and "file's date" in file_only.message
    nothing = _capture(facts(capture_time=None, capture_time_source=None))
    assert nothing.status is CheckStatus.WARN


def test_capture_time_against_the_treatment():
    treated = datetime(2026, 3, 2, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    day3 = facts(capture_time=datetime(2026, 3, 5, 11, 0))
    ok = _capture(
        day3,
        treatment_at=treated,
        visit_kind=VisitKind.FOLLOW_UP,
        visit_at=datetime(2026, 3, 5, 11, 0, tzinfo=treated.tzinfo),
    )
    assert ok.status is CheckStatus.PASS and ok.measured == pytest.approx(2.958, abs=0.01)
    early = _capture(
        facts(capture_time=datetime(2026, 3, 1, 9, 0)), treatment_at=treated, visit_kind=VisitKind.FOLLOW_UP
    )
    assert early.status is CheckStatus.FAIL and "before the treatment" in early.message
    wrong_visit = _capture(
        day3,
        treatment_at=treated,
        visit_kind=VisitKind.FOLLOW_UP,
        visit_at=datetime(2026, 3, 9, 10, 0, tzinfo=treated.tzinfo),
    )
    assert wrong_visit.status is CheckStatus.WARN and "visit" in wrong_visit.message
    late_baseline = _capture(
        day3, baseline=facts(capture_time=datetime(2026, 3, 3, 9, 0)), treatment_at=treated
    )
    assert late_baseline.status is CheckStatus.WARN and "baseline" in late_baseline.message
    as_baseline = _capture(day3, treatment_at=treated, visit_kind=VisitKind.BASELINE)
    assert as_baseline.status is CheckStatus.FAIL and "cannot be a baseline" in as_baseline.message


def test_measurements_round_trip_through_json(baseline):
    data = json.loads(json.dumps(baseline.to_json()))
    again = PhotoMeasurements.from_json(data)
    assert again.version == MEASUREMENTS_VERSION
    assert again.facts == baseline.facts
    assert np.array_equal(again.thumbnail, baseline.thumbnail)
    assert np.array_equal(again.descriptors, baseline.descriptors)
    assert again.sharpness_profile == baseline.sharpness_profile
    follow_up = measured(capture_time=TAKEN + timedelta(days=1))
    assert run_checks(again, follow_up, POLICY).statuses == run_checks(baseline, follow_up, POLICY).statuses
    data["version"] = MEASUREMENTS_VERSION - 1
    with pytest.raises(StaleMeasurements):
        PhotoMeasurements.from_json(data)


def test_colour_temperature_and_jpeg_tables():
    import io

    from PIL import Image

    # D65 white in linear sRGB is (1, 1, 1): McCamy gives ~6500 K.
    x, y, cct = chromaticity_and_cct(np.array([1.0, 1.0, 1.0]))
    assert (x, y) == pytest.approx((0.3127, 0.3290), abs=0.001)
    assert cct == pytest.approx(6504, abs=30)
    buffer = io.BytesIO()
    Image.fromarray(scene(64, 64)).save(buffer, "JPEG", quality=75)
    with Image.open(buffer) as image:
        info = jpeg_info(image.quantization)
    assert info.family == "ijg" and info.quality == 75
