"""Photo-policy analysis speed: per-photo measurements of a 24 MP photo against one full decode of the same
photo (same run), and a pair check from cached measurements (JSON -> measurements -> registration + checks).

Figures: analysis_ms_24mp (a 24 MP portrait with a face: the slowest path, face models included),
analysis_ms_24mp_scene (a 24 MP scene without a face), analysis_ratio (face photo's analysis / its full
decode), full_decode_ms_24mp, pair_check_ms (the slower of a face pair and a scene pair, cached JSON in),
pair_check_ms_face, pair_check_ms_scene, cache_kb (JSON size of one photo's measurements).
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import numpy as np
from bench_common import CORPUS_DIR, SIZE_24MP, BenchContext
from PIL import Image

FACE_SOURCE = CORPUS_DIR / "metadata-extractor-images" / "jpg" / "Kodak DX6490.jpg"
REPEATS = 5


def _face_24mp(context: BenchContext) -> Path | None:
    """The corpus face photo enlarged to 4000 x 6000 (24 MP) with sensor-like noise, saved like a camera."""
    if not FACE_SOURCE.is_file():
        return None
    path = context.scratch / "face_24mp.jpg"
    if path.exists():
        return path
    with Image.open(FACE_SOURCE) as image:
        exif = image.info.get("exif")
        big = image.convert("RGB").resize((SIZE_24MP[1], SIZE_24MP[0]), Image.BICUBIC)
    pixels = np.asarray(big, dtype=np.int16)
    noise = np.random.default_rng(24).integers(-3, 4, size=pixels.shape, dtype=np.int16)
    Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8)).save(path, quality=92, exif=exif or b"")
    return path


def _median_ms(action, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run(context: BenchContext) -> dict[str, float]:
    from photofollow.imaging.decode import load_oriented_rgb
    from photofollow.services.checking import check_pair, measure_photo, measurements_from_json

    scene_a, scene_b = context.generated_24mp[0], context.generated_24mp[1]
    face = _face_24mp(context)
    measure_photo(scene_a)  # load the models, OpenCV and the policy once, as a running program has them

    figures: dict[str, float] = {}
    figures["analysis_ms_24mp_scene"] = _median_ms(lambda: measure_photo(scene_a))
    photo = face or scene_a
    figures["analysis_ms_24mp"] = _median_ms(lambda: measure_photo(photo))
    figures["full_decode_ms_24mp"] = _median_ms(lambda: load_oriented_rgb(photo), repeats=3)
    figures["analysis_ratio"] = figures["analysis_ms_24mp"] / figures["full_decode_ms_24mp"]

    def cached(path: Path) -> str:
        return json.dumps(measure_photo(path).to_json())

    scene_json = (cached(scene_a), cached(scene_b))
    figures["cache_kb"] = len(scene_json[0]) / 1024

    def pair(texts: tuple[str, str]) -> None:
        baseline = measurements_from_json(json.loads(texts[0]))
        follow_up = measurements_from_json(json.loads(texts[1]))
        check_pair(baseline, follow_up)

    figures["pair_check_ms_scene"] = _median_ms(lambda: pair(scene_json), repeats=9)
    if face is not None:
        # A follow-up of the same face, framed a little differently (5 % zoom), as its own 24 MP file.
        shifted = context.scratch / "face_24mp_follow_up.jpg"
        with Image.open(face) as image:
            width, height = image.size
            box = (width * 0.025, height * 0.025, width * 0.975, height * 0.975)
            image.crop(tuple(round(v) for v in box)).resize((width, height), Image.BICUBIC).save(
                shifted, quality=92, exif=image.info.get("exif") or b""
            )
        face_json = (cached(face), cached(shifted))
        figures["pair_check_ms_face"] = _median_ms(lambda: pair(face_json), repeats=9)
    figures["pair_check_ms"] = max(figures["pair_check_ms_scene"], figures.get("pair_check_ms_face", 0.0))
    return {key: round(value, 2) for key, value in figures.items()}
