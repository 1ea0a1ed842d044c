"""Change measures speed (issue 15): one pair of 24 MP face photos measured for change from cached
measurements (JSON in: the photos' measurements and change samples -> the pair check -> colour
normalisation, regions, redness, dark patches, swelling with their uncertainties, and the change map).

Figures: change_ms (median of 5; target <= 300 ms), change_check_ms (the pair check alone, which the change
needs for its light, white-balance and make-up gate), change_ratio (change_ms / change_check_ms),
change_sample_kb (JSON size of one photo's change sample); chart_ms_20 (the recovery chart of a treatment
with 20 follow-ups drawn on a 900 x 520 image, median of 10 after a first draw; target <= 100 ms) and
chart_first_ms (the first draw, fonts not yet cached).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from bench_analysis import _face_24mp, _median_ms
from bench_common import BenchContext
from PIL import Image


def _brighter(path: Path, scratch: Path) -> Path:
    """The same 24 MP photo 0.1 EV brighter (a follow-up the colour normalisation has to match)."""
    out = scratch / "face_24mp_follow_up.jpg"
    with Image.open(path) as image:
        exif = image.info.get("exif") or b""
        pixels = np.asarray(image.convert("RGB"), dtype=np.float32)
    brighter = np.clip(pixels * 2 ** (0.1 / 2.2), 0, 255).astype(np.uint8)
    Image.fromarray(brighter).save(out, quality=92, exif=exif)
    return out


def run(context: BenchContext) -> dict[str, float]:
    from photofollow.imaging.change import ChangeSample
    from photofollow.services.change import change_of_pair, measure_with_sample
    from photofollow.services.checking import check_pair, default_policy, measurements_from_json

    baseline_path = _face_24mp(context)
    if baseline_path is None:
        return {}
    follow_path = _brighter(baseline_path, context.scratch)
    policy = default_policy()
    cached = []
    for path in (baseline_path, follow_path):
        measurements, sample = measure_with_sample(path, policy)
        cached.append((json.dumps(measurements.to_json()), json.dumps(sample.to_json())))

    def loaded():
        return [
            (measurements_from_json(json.loads(m)), ChangeSample.from_json(json.loads(s))) for m, s in cached
        ]

    def change() -> None:
        (baseline, base_sample), (follow_up, follow_sample) = loaded()
        result = change_of_pair(baseline, follow_up, base_sample, follow_sample, policy)
        assert result.report.comparable, result.report.reason

    def check() -> None:
        (baseline, _), (follow_up, _) = loaded()
        check_pair(baseline, follow_up, policy)

    change()  # warm: OpenCV, the policy
    figures = {"change_ms": _median_ms(change), "change_check_ms": _median_ms(check)}
    figures["change_ratio"] = figures["change_ms"] / figures["change_check_ms"]
    figures["change_sample_kb"] = len(cached[0][1]) / 1024
    figures.update(_chart())
    return figures


def _chart() -> dict[str, float]:
    """The recovery chart of 20 follow-ups from an hour to four months, with symptom marks and a course."""
    import math
    import time

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter

    from photofollow.domain.change import (
        Measure,
        MeasureId,
        RecoveryPoint,
        RecoverySeries,
        RegionId,
        SymptomMark,
    )
    from photofollow.reporting.recovery import draw_recovery_chart

    _app = QGuiApplication.instance() or QGuiApplication([])
    points = []
    for index, hours in enumerate(np.geomspace(1.5, 24 * 120, 20)):
        decay = math.exp(-hours / 24)
        measures = {
            measure: Measure(measure, RegionId.CHEEK_LEFT, 10.0, 10.0 + 4 * decay, 0.7)
            for measure in MeasureId
        }
        points.append(RecoveryPoint(float(hours), index % 8, measures))
    usual = {MeasureId.REDNESS: 24.0, MeasureId.SWELLING: 48.0, MeasureId.DARK_PATCHES: 168.0}
    series = RecoverySeries(tuple(points), (SymptomMark(3.0, 4), SymptomMark(30.0, 2)), usual)

    def draw() -> None:
        image = QImage(900, 520, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        draw_recovery_chart(painter, QRectF(5, 5, 890, 510), series, QFont())
        painter.end()

    started = time.perf_counter()
    draw()
    first = (time.perf_counter() - started) * 1000
    return {"chart_ms_20": _median_ms(draw, 10), "chart_first_ms": first}
