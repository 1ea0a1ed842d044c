"""The treated area's regions on a change sample's canvas, from the face mesh: stable ids, one mask each.

The canvas has the eyes level and one eye distance = SAMPLE_IPD_PX, so a region's bounds are mesh landmarks
and a few margins in eye distances (named below); left and right are the patient's own sides (the patient's
left eye lies right of the canvas's middle). Eyes, brows, lips and nose are left out of every region: their
colour is not skin's.
"""

from __future__ import annotations

import functools

import numpy as np

from photofollow.domain.change import RegionId
from photofollow.imaging.change.sample import (
    CANVAS_HEIGHT,
    CANVAS_WIDTH,
    EYES_AT,
    LEFT_EYE,
    RIGHT_EYE,
    SAMPLE_IPD_PX,
)

FACE_OVAL = (10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152,
             148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109)  # fmt: skip
LIPS = (61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291, 409, 270, 269, 267, 0, 37, 39, 40, 185)
RIGHT_BROW = (70, 63, 105, 66, 107, 55, 65, 52, 53, 46)
LEFT_BROW = (300, 293, 334, 296, 336, 285, 295, 282, 283, 276)
NOSE = (168, 6, 197, 195, 5, 4, 1, 2, 98, 327, 129, 358, 49, 279, 64, 294, 48, 278, 102, 331)
SUBNASALE, LOWER_LIP, CHIN, MOUTH_RIGHT, MOUTH_LEFT = 2, 17, 152, 61, 291
JAW_RIGHT, JAW_LEFT = 172, 397

# Margins in eye distances. A region keeps this far from the features whose colour is not skin's (eye
# opening, brow, lips), so a landmark off by its usual error (about 0.02 eye distances) does not let them in.
FEATURE_MARGIN = 0.05
PERIORBITAL_REACH = 0.30  # the ring around the eye opening: lids, crow's feet, tear trough
PERIORAL_REACH = 0.25  # the band around the lips: lip lines, nasolabial ends, marionette starts
CHEEK_BELOW_EYES = 0.25  # cheeks start below the periorbital ring's lower edge ...
CHEEK_BELOW_MOUTH = 0.25  # ... and end this far below the mouth corners (the jowl below is the chin's side)
NECK_BELOW_CHIN = (0.15, 0.75)  # the upper neck: from just below the chin, half the jaw's width wide
NECK_HALF_WIDTH_SHARE = 0.4
NECK_MIN_VALID = 0.8  # the neck counts as visible when this share of it lies inside the photo
MIN_REGION_PX = 150  # a region smaller than this (about 1.6 % of an eye distance squared x 100) is left out


def _poly(mask_shape: tuple[int, int], points: np.ndarray, hull: bool = False) -> np.ndarray:
    import cv2

    mask = np.zeros(mask_shape, np.uint8)
    shape = cv2.convexHull(points.astype(np.float32)) if hull else points
    cv2.fillPoly(mask, [np.round(shape).astype(np.int32).reshape(-1, 1, 2)], 255)
    return mask > 0


def near(mask: np.ndarray, reach_px: float) -> np.ndarray:
    """Pixels within `reach_px` of `mask` (the mask included)."""
    import cv2

    distance = cv2.distanceTransform((~mask).astype(np.uint8), cv2.DIST_L2, 3)
    return distance <= reach_px


@functools.cache
def _grid() -> tuple[np.ndarray, np.ndarray]:
    """Every canvas pixel's place in eye distances from the point between the eyes (u right, v down)."""
    ys, xs = np.mgrid[0:CANVAS_HEIGHT, 0:CANVAS_WIDTH].astype(np.float32)
    return (xs - EYES_AT[0]) / SAMPLE_IPD_PX, (ys - EYES_AT[1]) / SAMPLE_IPD_PX


def face_regions(mesh: np.ndarray, valid: np.ndarray | None = None) -> dict[RegionId, np.ndarray]:
    """Each face region's mask on the canvas (boolean, CANVAS_HEIGHT x CANVAS_WIDTH) from a canvas mesh;
    regions too small to measure, and the neck when it is not inside the photo, are left out."""
    shape = (CANVAS_HEIGHT, CANVAS_WIDTH)
    d = SAMPLE_IPD_PX
    mesh = np.asarray(mesh, dtype=np.float32)
    u, v = _grid()
    level = lambda index: float((mesh[index, 1] - EYES_AT[1]) / d)  # noqa: E731 - a short local helper
    across = lambda index: float((mesh[index, 0] - EYES_AT[0]) / d)  # noqa: E731

    oval = _poly(shape, mesh[list(FACE_OVAL)])
    eye_right, eye_left = _poly(shape, mesh[list(RIGHT_EYE)]), _poly(shape, mesh[list(LEFT_EYE)])
    brows = _poly(shape, mesh[list(RIGHT_BROW)], hull=True) | _poly(shape, mesh[list(LEFT_BROW)], hull=True)
    lips = _poly(shape, mesh[list(LIPS)])
    nose = _poly(shape, mesh[list(NOSE)], hull=True)
    features = near(eye_right | eye_left | brows | lips | nose, FEATURE_MARGIN * d)
    skin = oval & ~features

    brow_top = min(level(i) for i in RIGHT_BROW + LEFT_BROW)
    brow_bottom_right = max(level(i) for i in RIGHT_BROW)
    brow_bottom_left = max(level(i) for i in LEFT_BROW)
    regions: dict[RegionId, np.ndarray] = {}
    regions[RegionId.FOREHEAD] = skin & (v < brow_top - FEATURE_MARGIN)
    ring_right = near(eye_right, PERIORBITAL_REACH * d) & (u < 0) & (v > brow_bottom_right)
    ring_left = near(eye_left, PERIORBITAL_REACH * d) & (u > 0) & (v > brow_bottom_left)
    regions[RegionId.PERIORBITAL_RIGHT] = skin & ring_right
    regions[RegionId.PERIORBITAL_LEFT] = skin & ring_left
    mouth = near(lips, PERIORAL_REACH * d) & (v > level(SUBNASALE))
    regions[RegionId.PERIORAL] = skin & mouth
    mouth_half = (across(MOUTH_LEFT) - across(MOUTH_RIGHT)) / 2
    chin = skin & ~mouth & (v > level(LOWER_LIP)) & (np.abs(u - across(CHIN)) < 1.2 * mouth_half)
    regions[RegionId.CHIN] = chin
    eye_low = max(level(i) for i in RIGHT_EYE + LEFT_EYE)
    mouth_low = max(level(MOUTH_RIGHT), level(MOUTH_LEFT))
    cheeks = (
        skin
        & ~(ring_right | ring_left | mouth | chin)
        & (v > eye_low + CHEEK_BELOW_EYES - FEATURE_MARGIN)
        & (v < mouth_low + CHEEK_BELOW_MOUTH)
    )
    middle = across(SUBNASALE)
    regions[RegionId.CHEEK_RIGHT] = cheeks & (u < middle)
    regions[RegionId.CHEEK_LEFT] = cheeks & (u > middle)
    jaw_half = (across(JAW_LEFT) - across(JAW_RIGHT)) / 2
    chin_level = level(CHIN)
    neck = (
        ~oval
        & (v > chin_level + NECK_BELOW_CHIN[0])
        & (v < chin_level + NECK_BELOW_CHIN[1])
        & (np.abs(u - across(CHIN)) < NECK_HALF_WIDTH_SHARE * 2 * jaw_half)
    )
    if valid is not None:
        inside = float((neck & valid).sum()) / max(1, int(neck.sum()))
        if inside < NECK_MIN_VALID:
            neck = np.zeros_like(neck)
        else:
            neck &= valid
    regions[RegionId.NECK] = neck
    if valid is not None:
        regions = {key: mask & valid for key, mask in regions.items()}
    return {key: mask for key, mask in regions.items() if int(mask.sum()) >= MIN_REGION_PX}


def face_outline(mesh: np.ndarray) -> np.ndarray:
    """The face oval on the canvas (boolean): what is not background or neck."""
    return _poly((CANVAS_HEIGHT, CANVAS_WIDTH), np.asarray(mesh, dtype=np.float32)[list(FACE_OVAL)])
