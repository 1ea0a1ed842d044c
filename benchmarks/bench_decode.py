"""Decoding speed: reduced (draft) preview and thumbnail decodes against full decodes of 24 MP JPEGs.

Figures (median milliseconds per photo, and ratios measured in the same run):
- `decode_full_24mp_ms`: `load_oriented_rgb(path)`, full size (the baseline).
- `decode_preview_2048_ms`, `decode_thumbnail_256_ms`: `load_oriented_rgb(path, max_side=...)`.
- `decode_naive_preview_ms`: what a preview costs without draft: full decode, Lanczos resize to 2048.
- `decode_speedup_preview`, `decode_speedup_thumbnail`: full / reduced;
  `decode_speedup_vs_naive`: naive / ours.
- `decode_heic_full_ms`, `decode_heic_thumbnail_ms`: the corpus iPhone HEIC (12 MP), when the corpus is there.
- `exif_read_facts_ms`: `read_facts` per corpus photo (header and EXIF only).
"""

from __future__ import annotations

import statistics
import time
import warnings

import numpy as np
from bench_common import CORPUS_DIR, BenchContext
from PIL import Image, ImageOps

from photofollow.imaging.decode import load_oriented_rgb
from photofollow.imaging.exif import read_facts
from photofollow.imaging.previews import PREVIEW_SIDE, THUMBNAIL_SIDE


def _median_ms(function, items, repeats: int = 3) -> float:
    timings = []
    for _ in range(repeats):
        for item in items:
            started = time.perf_counter()
            function(item)
            timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _naive_preview(path) -> np.ndarray:
    with Image.open(path) as image:
        image = ImageOps.exif_transpose(image.convert("RGB"))
        image.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE), Image.LANCZOS, reducing_gap=None)
        return np.asarray(image)


def run(context: BenchContext) -> dict[str, float]:
    photos = context.generated_24mp[:3]
    load_oriented_rgb(photos[0], max_side=PREVIEW_SIDE)  # warm up: imports, OpenCV, caches
    full = _median_ms(load_oriented_rgb, photos)
    preview = _median_ms(lambda p: load_oriented_rgb(p, max_side=PREVIEW_SIDE), photos)
    thumbnail = _median_ms(lambda p: load_oriented_rgb(p, max_side=THUMBNAIL_SIDE), photos)
    naive = _median_ms(_naive_preview, photos)
    figures = {
        "decode_full_24mp_ms": round(full, 1),
        "decode_preview_2048_ms": round(preview, 1),
        "decode_thumbnail_256_ms": round(thumbnail, 1),
        "decode_naive_preview_ms": round(naive, 1),
        "decode_speedup_preview": round(full / preview, 2),
        "decode_speedup_thumbnail": round(full / thumbnail, 2),
        "decode_speedup_vs_naive": round(naive / preview, 2),
    }
    heic = CORPUS_DIR / "exif-samples/heic/mobile/iphone_13_pro_max.HEIC"
    if heic.is_file():
        figures["decode_heic_full_ms"] = round(_median_ms(load_oriented_rgb, [heic], repeats=2), 1)
        figures["decode_heic_thumbnail_ms"] = round(
            _median_ms(lambda p: load_oriented_rgb(p, max_side=THUMBNAIL_SIDE), [heic]), 1
        )
    if context.corpus_photos:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            figures["exif_read_facts_ms"] = round(_median_ms(read_facts, context.corpus_photos, repeats=1), 2)
    return figures
