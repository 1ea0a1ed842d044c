"""Laplacian statistics of the subject at several pixel scales, and interpolation between them."""

from __future__ import annotations

import math

import numpy as np

from photofollow.imaging.measure.records import FaceInput, SharpnessSample

SHARPNESS_LEVELS = (1.0, 0.7071, 0.5, 0.3536, 0.25)
MESH_SKIN_PATCHES = (50, 280, 151)  # right cheek, left cheek, forehead centre


def _skin_mask(shape: tuple[int, int], face: FaceInput) -> np.ndarray:
    import cv2

    mask = np.zeros(shape, dtype=np.uint8)
    ipd = math.dist(face.eye_image_left, face.eye_image_right)
    radius = max(2, round(0.22 * ipd))
    for index in MESH_SKIN_PATCHES:
        x, y = face.mesh_xy[index]
        cv2.circle(mask, (round(float(x)), round(float(y))), radius, 1, -1)
    return mask.astype(bool)


# The face's features: eyes, brows, lips and nostrils. Focus is measured on them, not on the skin: make-up
# and skin smoothing change the skin's fine texture (the make-up and editing checks' findings), while a
# photo out of focus softens these edges too.
FEATURE_POLYGONS = (
    (33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246),
    (263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466),
    (70, 63, 105, 66, 107, 55, 65, 52, 53, 46),
    (300, 293, 334, 296, 336, 285, 295, 282, 283, 276),
    (61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146),
    (98, 97, 2, 326, 327, 294, 278, 344, 440, 275, 4, 45, 220, 115, 48, 64),
)


def _features_mask(shape: tuple[int, int], face: FaceInput) -> np.ndarray:
    import cv2

    mask = np.zeros(shape, dtype=np.uint8)
    for polygon in FEATURE_POLYGONS:
        cv2.fillPoly(mask, [np.round(face.mesh_xy[list(polygon)]).astype(np.int32)], 1)
    ipd = math.dist(face.eye_image_left, face.eye_image_right)
    size = max(1, round(0.06 * ipd))
    return cv2.dilate(
        mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * size + 1, 2 * size + 1))
    ).astype(bool)


def _sharpness_profile(
    grey: np.ndarray, subject_mask: np.ndarray, face: FaceInput | None, scale: float
) -> list[SharpnessSample]:
    """Per level: Laplacian variance over the squared mean grey (focus, independent of brightness; on a face,
    over its eyes, brows, lips and nostrils), median |Laplacian| on skin (texture) and the 99th percentile
    |Laplacian| on the subject (edges)."""
    import cv2

    ys, xs = np.nonzero(subject_mask[::4, ::4])
    x0, x1 = max(0, xs.min() * 4), min(grey.shape[1], xs.max() * 4 + 4)
    y0, y1 = max(0, ys.min() * 4), min(grey.shape[0], ys.max() * 4 + 4)
    crop = grey[y0:y1, x0:x1].astype(np.float32)
    crop_mask = subject_mask[y0:y1, x0:x1].astype(np.uint8)
    texture_mask = crop_mask
    focus_mask = crop_mask
    if face is not None:
        skin = (_skin_mask(grey.shape, face)[y0:y1, x0:x1] & crop_mask.astype(bool)).astype(np.uint8)
        if skin.sum() > 50:
            texture_mask = skin
        features = (_features_mask(grey.shape, face)[y0:y1, x0:x1] & crop_mask.astype(bool)).astype(np.uint8)
        if features.sum() > 50:
            focus_mask = features
    samples = []
    kernel = np.ones((3, 3), np.uint8)
    for level in SHARPNESS_LEVELS:
        if level < 1.0:
            w = max(8, round(crop.shape[1] * level))
            h = max(8, round(crop.shape[0] * level))
            if min(w, h) < 24 and samples:
                break
            img = cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA)
            m = cv2.resize(crop_mask, (w, h), interpolation=cv2.INTER_NEAREST)
            t = cv2.resize(texture_mask, (w, h), interpolation=cv2.INTER_NEAREST)
            fm = cv2.resize(focus_mask, (w, h), interpolation=cv2.INTER_NEAREST)
        else:
            img, m, t, fm = crop, crop_mask, texture_mask, focus_mask
        lap = cv2.Laplacian(img, cv2.CV_32F)
        # Texture and edges from a Laplacian of Gaussian (sigma 0.7 px): continuous values, where the plain
        # Laplacian of 8-bit pixels is whole numbers and its median on smooth skin is 0, 1 or 2.
        log = np.abs(cv2.Laplacian(cv2.GaussianBlur(img, (0, 0), 0.7), cv2.CV_32F))
        # Leave out the border of the mask: the mask edge itself is not image content.
        inner = cv2.erode(m, kernel)
        if int(inner.sum()) < 20:
            inner = m
        inner_t = cv2.bitwise_and(t, inner)
        if int(inner_t.sum()) < 20:
            inner_t = inner
        inner_f = cv2.bitwise_and(fm, inner)
        if int(inner_f.sum()) < 20:
            inner_f = inner
        mean_grey = float(cv2.mean(img, mask=inner)[0])
        _, std = cv2.meanStdDev(lap, mask=inner_f)
        # Percentiles on a regular subsample: the same statistic, a quarter of the sorting.
        step = 2 if lap.size > 200_000 else 1
        abs_log = log[::step, ::step]
        edges = abs_log[inner[::step, ::step].astype(bool)]
        texture = abs_log[inner_t[::step, ::step].astype(bool)]
        if edges.size == 0 or texture.size == 0:
            continue
        samples.append(
            SharpnessSample(
                scale=float(scale * level),
                laplacian_var=float(std[0, 0] ** 2) / max(mean_grey, 1.0) ** 2 * 1e4,
                texture=float(np.median(texture)),
                edges=float(np.percentile(edges, 99)),
            )
        )
    return samples


def interpolate_profile(
    profile: tuple[SharpnessSample, ...] | list[SharpnessSample],
    unit_px: list[float],
    target: float,
    what: str,
) -> float:
    """A profile statistic at `target` pixels per subject unit (log-log interpolation, clamped)."""

    def value(sample: SharpnessSample) -> float:
        if what == "texture_index":
            return sample.texture / max(sample.edges, 1e-6)
        return getattr(sample, what)

    pairs = sorted(
        (math.log(max(u, 1e-9)), math.log(max(value(s), 1e-9))) for u, s in zip(unit_px, profile, strict=True)
    )
    xs = [p[0] for p in pairs]
    ys = [p[1] for p in pairs]
    return float(math.exp(np.interp(math.log(max(target, 1e-9)), xs, ys)))
