"""Change measures speed (issue 15): one pair of 24 MP face photos measured for change from cached
measurements (JSON in: the photos' measurements and change samples -> the pair check -> colour
normalisation, regions, redness, dark patches, swelling with their uncertainties, and the change map).

Figures: change_ms (median of 5; target <= 300 ms), change_check_ms (the pair check alone, which the change
needs for its light, white-balance and make-up gate), change_ratio (change_ms / change_check_ms),
change_sample_kb (JSON size of one photo's change sample).
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
    return figures
