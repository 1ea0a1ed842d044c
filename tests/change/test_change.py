"""The change measures on real faces (issue 15): regions with stable ids, the JSON contract of `photofollow
change`, no change between a photo and itself, colour normalisation against a small change of the light,
`skipped` with the reason when the light check fails, and the library's cached change samples."""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pytest
from change_evaluation import EXPOSURE_FAILED_EV, WB_SMALL, add_bruise, add_redness, light

from photofollow.cli import main
from photofollow.domain.change import IndexId, MeasureId, RegionId
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
    assert {m.kind for m in report.measures} == set(IndexId)
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


@pytest.mark.parametrize(("colour", "sign"), [("blue", -1), ("yellow", 1)])
def test_a_bruise_s_colour_is_measured_with_its_sign(measured, colour, sign):
    """A fresh (blue) bruise lowers the yellowness index of its region, a healing (yellow) one raises it,
    both darken it; the other cheek's colour stays inside its uncertainty."""
    folder, rgb, measurements, sample = measured
    follow_up, follow_sample = measure_with_sample(
        _save(folder, f"bruise-{colour}", add_bruise(rgb, sample, RegionId.CHEEK_RIGHT, 0.4, colour))
    )
    report = change_of_pair(measurements, follow_up, sample, follow_sample, default_policy()).report
    tint = report.find(MeasureId.DARK_PATCHES, RegionId.CHEEK_RIGHT, IndexId.COLOUR)
    assert tint.unit == "YI" and sign * tint.change > 2 * tint.uncertainty
    assert report.find(MeasureId.DARK_PATCHES, RegionId.CHEEK_RIGHT).change > 0.5
    other = report.find(MeasureId.DARK_PATCHES, RegionId.CHEEK_LEFT, "colour")
    assert abs(other.change) <= other.uncertainty


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
        # The keys, and "index" added: which of a measure's indices the value is.
        keys = {"id", "region", "baseline", "follow_up", "change", "uncertainty", "unit", "index"}
        assert set(item) == keys
        assert item["id"] in {"redness", "dark_patches", "swelling"}
        assert item["region"] in {r.value for r in RegionId}
        assert (item["id"], item["index"], item["unit"]) in {
            ("redness", "erythema", "EI"),
            ("dark_patches", "darkness", "%"),
            ("dark_patches", "colour", "YI"),
            ("swelling", "width", "% IPD"),
        }
        assert item["change"] == pytest.approx(item["follow_up"] - item["baseline"], abs=0.002)
    assert main(["change", str(baseline), str(folder / "red.jpg")]) == 0
    table = capsys.readouterr().out
    assert "they do not diagnose" in table and "cheek_left" in table


@pytest.fixture
def english_afterwards(qapp):
    """`--language` installs that language's translators and number format: English again afterwards."""
    from PySide6.QtCore import QLocale

    from photofollow.ui.i18n import apply_language

    previous = QLocale()
    yield
    apply_language("en")
    QLocale.setDefault(previous)


def test_change_speaks_the_chosen_language(measured, tmp_path, capsys, english_afterwards):
    """`photofollow change --language` as `check --language`: the table in that language (headers, measure
    and region names, the reminder, decimal commas, the units' meanings), the reason of a skipped pair in
    that language, "reason_localized" added to --json (the contract's English "reason" kept), and an
    unknown language refused with exit 2 before any photo is read."""
    folder, rgb, _, sample = measured
    baseline = folder / "baseline.jpg"
    follow_up = _save(tmp_path, "red", add_redness(rgb, sample, RegionId.CHEEK_LEFT, 0.15))
    assert main(["change", str(baseline), str(follow_up), "--language", "nl"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].startswith("Nulmeting:") and "geen diagnose" in table
    assert "Linkerwang" in table and "Roodheid" in table and "Kleur van donkere plekken" in table
    assert "meting" in table and "gebied" in table and "eenheid" in table
    assert re.search(r"\d,\d\d", table) and not re.search(r"\d\.\d\d", table)
    assert "YI: geelindex" in table
    assert main(["change", str(baseline), str(follow_up), "--language", "da"]) == 0
    table = capsys.readouterr().out
    assert "Venstre kind" in table and "Mørke pletters farve" in table and "område" in table
    dark = _save(tmp_path, "dark", light(rgb, ev=EXPOSURE_FAILED_EV))
    assert main(["change", str(baseline), str(dark), "--language", "nl"]) == 0
    assert "Niet gemeten: de helderheid verschilt te veel" in capsys.readouterr().out
    assert main(["change", str(baseline), str(dark), "--json", "--language", "nl"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reason"].startswith("Not measured: the brightness differs too much")
    assert data["reason_localized"].startswith("Niet gemeten: de helderheid verschilt te veel")
    assert main(["change", str(baseline), str(dark), "--language", "xx"]) == 2
    assert "choose one of en, nl, da" in capsys.readouterr().err


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
