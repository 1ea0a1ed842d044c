"""The change measures on real faces (issue 15): regions with stable ids, the JSON contract of `photofollow
change`, no change between a photo and itself, colour normalisation against a small change of the light,
`skipped` with the reason when the light check fails, and the library's cached change samples."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from change_evaluation import EXPOSURE_FAILED_EV, WB_SMALL, add_redness, light

from photofollow.cli import main
from photofollow.domain.change import MeasureId, RegionId
from photofollow.imaging.change import ChangeSample, face_regions
from photofollow.imaging.decode import load_oriented_rgb
from photofollow.services.change import change_of_pair, course_for, measure_with_sample
from photofollow.services.checking import default_policy


def _save(tmp_path, name, rgb):
    from PIL import Image

    path = tmp_path / f"{name}.jpg"
    Image.fromarray(rgb).save(path, quality=95)
    return path


@pytest.fixture(scope="module")
def measured(neutral_faces, tmp_path_factory):
    """One real face, measured with its change sample, and its pixels."""
    folder = tmp_path_factory.mktemp("change")
    rgb = load_oriented_rgb(neutral_faces[2])
    path = _save(folder, "baseline", rgb)
    measurements, sample = measure_with_sample(path)
    return folder, rgb, measurements, sample


def test_regions_have_stable_ids_and_lie_where_the_face_is(measured):
    _, _, _, sample = measured
    regions = face_regions(sample.mesh, sample.valid)
    assert set(regions) >= {r for r in RegionId if r not in (RegionId.NECK, RegionId.OVERLAP)}
    centre = {region: np.argwhere(mask).mean(axis=0) for region, mask in regions.items()}  # (y, x)
    # The patient's left is the image's right in an ordinary photo; the forehead is above, the chin below.
    assert centre[RegionId.CHEEK_LEFT][1] > centre[RegionId.CHEEK_RIGHT][1]
    assert centre[RegionId.PERIORBITAL_LEFT][1] > centre[RegionId.PERIORBITAL_RIGHT][1]
    assert (
        centre[RegionId.FOREHEAD][0] < centre[RegionId.PERIORBITAL_LEFT][0] < centre[RegionId.CHEEK_LEFT][0]
    )
    assert centre[RegionId.PERIORAL][0] < centre[RegionId.CHIN][0]
    for first in regions:
        for second in regions:
            if first != second:
                assert not (regions[first] & regions[second]).any(), (first, second)


def test_sample_survives_the_cache(measured):
    _, _, _, sample = measured
    again = ChangeSample.from_json(json.loads(json.dumps(sample.to_json())))
    # JPEG at quality 95, no chroma subsampling: half a level on average, a few levels at most.
    assert np.abs(again.face.astype(int) - sample.face).mean() < 1.0
    assert np.array_equal(again.valid, sample.valid)
    assert np.allclose(again.mesh, sample.mesh, atol=1e-4)
    assert np.allclose(again.mesh_samples, sample.mesh_samples, atol=0.01)
    assert again.full_size == sample.full_size


def test_same_photo_changes_nothing(measured):
    _, _, measurements, sample = measured
    report = change_of_pair(measurements, measurements, sample, sample, default_policy()).report
    assert report.comparable and report.reason is None
    assert {m.id for m in report.measures} == set(MeasureId)
    for measure in report.measures:
        assert measure.change == pytest.approx(0.0, abs=1e-9)
        assert math.isfinite(measure.uncertainty) and measure.uncertainty > 0


def test_a_small_change_of_white_balance_is_normalised_away(measured):
    folder, rgb, measurements, sample = measured
    follow_up, follow_sample = measure_with_sample(_save(folder, "wb", light(rgb, white_balance=WB_SMALL)))
    report = change_of_pair(measurements, follow_up, sample, follow_sample, default_policy()).report
    assert report.comparable
    redness = [m for m in report.measures if m.id == MeasureId.REDNESS]
    # Without normalisation a 3 % red gain alone moves the erythema index by 100 log10(1.03) = 1.3 units.
    assert max(abs(m.change) for m in redness) < 0.6
    assert sum(abs(m.change) > m.uncertainty for m in report.measures) <= 2


def test_added_redness_is_found_in_its_region_only(measured):
    folder, rgb, measurements, sample = measured
    follow_up, follow_sample = measure_with_sample(
        _save(folder, "red", add_redness(rgb, sample, RegionId.CHEEK_LEFT, 0.15))
    )
    report = change_of_pair(measurements, follow_up, sample, follow_sample, default_policy()).report
    cheek = report.find(MeasureId.REDNESS, RegionId.CHEEK_LEFT)
    assert cheek.change > 3 * cheek.uncertainty and cheek.change > 1.0
    assert cheek.share_above[1] > cheek.share_above[0] + 0.1
    other = report.find(MeasureId.REDNESS, RegionId.CHEEK_RIGHT)
    assert abs(other.change) < cheek.change / 4


def test_failed_light_check_is_skipped_with_its_reason(measured, tmp_path, capsys):
    folder, rgb, _, _ = measured
    baseline = folder / "baseline.jpg"
    dark = _save(tmp_path, "dark", light(rgb, ev=EXPOSURE_FAILED_EV))
    assert main(["change", str(baseline), str(dark), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"comparable": False, "reason": data["reason"], "measures": []}
    assert data["reason"].startswith("Not measured: the brightness differs too much")


def test_change_json_contract(measured, capsys):
    folder, _, _, _ = measured
    baseline = folder / "baseline.jpg"
    assert main(["change", str(baseline), str(folder / "red.jpg"), "--area", "face", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"comparable", "reason", "measures"}
    assert data["comparable"] is True and data["reason"] is None
    for item in data["measures"]:
        assert set(item) == {"id", "region", "baseline", "follow_up", "change", "uncertainty", "unit"}
        assert item["id"] in {"redness", "dark_patches", "swelling"}
        assert item["region"] in {r.value for r in RegionId}
        assert item["unit"] in {"EI", "%", "% IPD"}
        assert item["change"] == pytest.approx(item["follow_up"] - item["baseline"], abs=0.002)
    assert main(["change", str(baseline), str(folder / "red.jpg")]) == 0
    table = capsys.readouterr().out
    assert "they do not diagnose" in table and "cheek_left" in table


def test_other_areas_measure_the_photos_overlap(measured, capsys):
    folder, _, _, _ = measured
    assert (
        main(
            [
                "change",
                str(folder / "baseline.jpg"),
                str(folder / "baseline.jpg"),
                "--area",
                "hands",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["comparable"] and {m["region"] for m in data["measures"]} == {"overlap"}
    assert all(abs(m["change"]) < 1e-6 for m in data["measures"])


def test_unusable_input_exits_2(tmp_path, capsys):
    assert main(["change", str(tmp_path / "none.jpg"), str(tmp_path / "none.jpg"), "--json"]) == 2
    assert "none.jpg: no such file" in capsys.readouterr().err


def test_usual_course_is_found_by_product_name():
    policy = default_policy()
    course = course_for(policy, "Mesotherapy (NCTF 135HA)")
    assert course is not None and course.redness_hours == 24.0 and course.dark_patches_hours == 168.0
    assert course_for(policy, "Hyaluronic acid filler") is None
