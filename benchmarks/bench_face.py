"""Face finding + head pose on a 1500 px image (the analysis copy of a photo), warm and cold.

`face_ms`: median of `find_face` + `head_pose` over the corpus portraits scaled to 1500 px on the long side,
models already loaded. `face_no_face_ms`: the same on a photo without a face (both detectors run, every
candidate is tried). `face_cold_ms`: the first call in a fresh process, importing OpenCV and loading the
models included.
Without the corpus, a generated 24 MP photo scaled to 1500 px stands in (no face: only the search is timed).
"""

from __future__ import annotations

import statistics
import time

import numpy as np
from bench_common import CORPUS_DIR, BenchContext, run_in_child
from PIL import Image, ImageOps

PORTRAITS = ("Canon EOS 7D.jpg", "Konica Q-M100 (1).jpg", "Kodak DX6490.jpg", "JVC GR-DC2000.jpg")
NO_FACE = "Landscape_1.jpg"
SIDE = 1500
REPEATS = 7

CHILD = r"""
import sys, time
import numpy as np
from PIL import Image
image = np.asarray(Image.open(sys.argv[1]).convert("RGB"))
started = time.perf_counter()
from photofollow.imaging.face import find_face, head_pose
face = find_face(image)
if face is not None:
    head_pose(face, image.shape[1], image.shape[0])
print((time.perf_counter() - started) * 1000)
"""


def _at_side(path, side: int = SIDE) -> np.ndarray:
    with Image.open(path) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        scale = side / max(image.size)
        size = (round(image.width * scale), round(image.height * scale))
        return np.asarray(image.resize(size, Image.LANCZOS))


def _median_ms(images: list[np.ndarray]) -> float:
    from photofollow.imaging.face import find_face, head_pose

    times = []
    for _ in range(REPEATS):
        for image in images:
            started = time.perf_counter()
            face = find_face(image)
            if face is not None:
                head_pose(face, image.shape[1], image.shape[0])
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run(context: BenchContext) -> dict[str, float]:
    portraits = [CORPUS_DIR / "metadata-extractor-images" / "jpg" / name for name in PORTRAITS]
    portraits = [p for p in portraits if p.is_file()]
    no_face = next(CORPUS_DIR.rglob(NO_FACE), None) if CORPUS_DIR.is_dir() else None
    if no_face is None:
        no_face = context.generated_24mp[0]
    with_faces = [_at_side(p) for p in portraits]
    without = [_at_side(no_face)]

    from photofollow.imaging.face import find_face

    find_face(without[0])  # load the models outside the timing
    figures = {"face_no_face_ms": round(_median_ms(without), 1)}
    if with_faces:
        figures["face_ms"] = round(_median_ms(with_faces), 1)
    sample = context.scratch / "face_sample.png"
    Image.fromarray(with_faces[0] if with_faces else without[0]).save(sample)
    figures["face_cold_ms"] = round(float(run_in_child(CHILD, str(sample))), 1)
    return figures
