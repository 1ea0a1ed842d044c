"""The face's geometry and expression from its mesh, each with an uncertainty from the landmarks' jitter.

Every quantity is computed on the main mesh and on each refit (`imaging.face.evidence`: shifted and rescaled
crops, and the crop as taken without illumination normalisation). Its uncertainty (one standard deviation)
is the spread over those fits, combined with a floor for the finest step a landmark can be placed at: a
share of one mesh-model input pixel, or of one pixel of the image the face was found in when the face is
smaller than the model input. So a small face, a face the light confuses and a face the model is unsure of
all carry a large uncertainty, and the checks say they cannot judge rather than guess.

Expression features are lengths over the eye distance (the distance between the eye centres, each the
midpoint of the eye's two corners: corners stay put when the lids move), measured in the face's own axes
(u along the eye line, v down the face), so a turned or tilted camera does not change them.
"""

from __future__ import annotations

import math

import numpy as np

# Face Mesh v1 indices. Right/left are the patient's own sides.
RIGHT_EYE_CORNERS = (33, 133)
LEFT_EYE_CORNERS = (362, 263)
MOUTH_CORNERS = (61, 291)
LIP_INNER = (13, 14)  # upper and lower inner lip, on the midline
RIGHT_LIDS = (159, 145)  # upper and lower lid, middle of the eye
LEFT_LIDS = (386, 374)
RIGHT_BROW = (70, 63, 105, 66, 107)
LEFT_BROW = (300, 293, 334, 296, 336)
BROW_INNER = (107, 336)
FACE_SIDES = (234, 454)  # the widest points of the face outline, at the cheekbones

EXPRESSION_FEATURES = ("mouth_width", "mouth_open", "corner_lift", "eye_open", "brow_height", "brow_gap")


def eye_centres(mesh: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(patient's right eye, patient's left eye): the midpoints of each eye's two corners."""
    right = (mesh[RIGHT_EYE_CORNERS[0], :2] + mesh[RIGHT_EYE_CORNERS[1], :2]) / 2
    left = (mesh[LEFT_EYE_CORNERS[0], :2] + mesh[LEFT_EYE_CORNERS[1], :2]) / 2
    return right, left


def _axes(mesh: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    right, left = eye_centres(mesh)
    along = left - right
    ipd = float(np.hypot(*along)) or 1.0
    u = along / ipd
    v = np.array([-u[1], u[0]])  # image y points down: v points down the face
    return u, v, ipd


def geometry(mesh: np.ndarray, stable: tuple[int, ...]) -> dict[str, float]:
    """Eye distance, eye-line angle (degrees, image y down), anchor (centre of the stable points) and the
    face's width, in the mesh's pixels."""
    right, left = eye_centres(mesh)
    anchor = mesh[list(stable), :2].mean(axis=0)
    return {
        "ipd": float(np.hypot(*(left - right))),
        "eye_line_deg": math.degrees(math.atan2(left[1] - right[1], left[0] - right[0])),
        "anchor_x": float(anchor[0]),
        "anchor_y": float(anchor[1]),
        "width": float(np.hypot(*(mesh[FACE_SIDES[1], :2] - mesh[FACE_SIDES[0], :2]))),
    }


def expression(mesh: np.ndarray) -> dict[str, float]:
    """Mouth width and opening, lip-corner lift, eye opening, brow height and brow gap over the eye distance.

    corner_lift: how far the mouth corners sit above the middle of the lips (positive in a smile, negative
    when the corners are pulled down); brow_height: brows above the eye centres; brow_gap: between the
    inner ends of the brows (smaller in a frown).
    """
    m = mesh[:, :2]
    u, v, ipd = _axes(mesh)
    right, left = eye_centres(mesh)
    lip_middle = (m[LIP_INNER[0]] + m[LIP_INNER[1]]) / 2
    corners = (m[MOUTH_CORNERS[0]] + m[MOUTH_CORNERS[1]]) / 2
    brow_r = m[list(RIGHT_BROW)].mean(axis=0)
    brow_l = m[list(LEFT_BROW)].mean(axis=0)
    return {
        "mouth_width": float(np.hypot(*(m[MOUTH_CORNERS[1]] - m[MOUTH_CORNERS[0]]))) / ipd,
        "mouth_open": float(abs((m[LIP_INNER[1]] - m[LIP_INNER[0]]) @ v)) / ipd,
        "corner_lift": float((lip_middle - corners) @ v) / ipd,
        "eye_open": float(
            (abs((m[RIGHT_LIDS[1]] - m[RIGHT_LIDS[0]]) @ v) + abs((m[LEFT_LIDS[1]] - m[LEFT_LIDS[0]]) @ v))
            / 2
        )
        / ipd,
        "brow_height": float(((right - brow_r) @ v + (left - brow_l) @ v) / 2) / ipd,
        "brow_gap": float(abs((m[BROW_INNER[1]] - m[BROW_INNER[0]]) @ u)) / ipd,
    }


def spread(main: float, others: list[float]) -> float:
    """Standard deviation of a quantity over the main fit and its refits (0 with no refit)."""
    values = [main, *others]
    finite = [value for value in values if math.isfinite(value)]
    if len(finite) < 2:
        return 0.0
    return float(np.std(finite, ddof=1))


def combine(jitter: float, floor: float) -> float:
    return math.hypot(jitter, floor)


def angle_spread(main: float, others: list[float]) -> float:
    """As `spread`, for angles in degrees (differences taken the short way round)."""
    return spread(0.0, [((o - main + 180.0) % 360.0) - 180.0 for o in others])


# The resolution floor of one landmark, in pixels of the finest grid it was placed on (the mesh model's
# 192 px input, or the searched image when the face is smaller than that input). Calibrated on the 20
# corpus faces: with this floor and the refits' spread, the predicted standard deviation of a pair is 1.3 to
# 7 times the RMS error measured between two renders of one photo (1.3 % zoom, shifted, JPEG-saved, sensor
# noise) for faces 43 to 480 px wide, and never below it: the margin is for what a second real photo adds.
# `checks_evaluation.py --faces --precision` prints both.
LANDMARK_FLOOR = 0.15


def measure_face(
    mesh: np.ndarray,
    yaw: float,
    pitch: float,
    stable: tuple[int, ...],
    mesh_samples: np.ndarray | None,
    pose_samples: np.ndarray | None,
    model_px: float,
    found_px: float,
) -> dict:
    """Geometry, expression and their uncertainties of one face, in the mesh's pixels.

    Returns {"geometry", "sigma", "expression", "expression_sigma", "refits"}; sigma keys: ipd_rel,
    anchor_px, roll_deg, yaw_deg, pitch_deg and the floor-only part of each ("floor_ipd_rel", ...).
    """
    geo = geometry(mesh, stable)
    expr = expression(mesh)
    samples = [] if mesh_samples is None else list(mesh_samples)
    sample_geo = [geometry(sample, stable) for sample in samples]
    sample_expr = [expression(sample) for sample in samples]
    ipd = max(geo["ipd"], 1e-6)
    point = LANDMARK_FLOOR * max(model_px, found_px, 1e-6)  # one landmark's floor, in these pixels
    floor = {
        "floor_ipd_rel": point / ipd,
        "floor_anchor_px": point / 2.0,  # the anchor averages many points; two are already independent
        "floor_roll_deg": math.degrees(point / ipd),
        "floor_yaw_deg": math.degrees(2.0 * point / ipd),  # nose against eyes: about half the lever
        "floor_pitch_deg": math.degrees(2.0 * point / ipd),
    }
    jitter = {
        "ipd_rel": spread(1.0, [g["ipd"] / ipd for g in sample_geo]),
        "anchor_px": math.hypot(
            spread(geo["anchor_x"], [g["anchor_x"] for g in sample_geo]),
            spread(geo["anchor_y"], [g["anchor_y"] for g in sample_geo]),
        ),
        "roll_deg": angle_spread(geo["eye_line_deg"], [g["eye_line_deg"] for g in sample_geo]),
        "yaw_deg": 0.0,
        "pitch_deg": 0.0,
    }
    if pose_samples is not None and len(pose_samples):
        jitter["yaw_deg"] = angle_spread(yaw, [float(s[0]) for s in pose_samples])
        jitter["pitch_deg"] = angle_spread(pitch, [float(s[1]) for s in pose_samples])
    sigma = {key: combine(value, floor[f"floor_{key}"]) for key, value in jitter.items()} | floor
    # 1 when the face is smaller than the mesh model's input: its precision then grows with its size.
    sigma["resolution_limited"] = 1.0 if found_px >= model_px else 0.0
    expression_floor = math.sqrt(2.0) * point / ipd  # a difference of two landmarks, over the eye distance
    expression_sigma = {
        name: combine(spread(expr[name], [e[name] for e in sample_expr]), expression_floor)
        for name in EXPRESSION_FEATURES
    }
    expression_sigma["floor"] = expression_floor
    return {
        "geometry": geo,
        "sigma": sigma,
        "expression": expr,
        "expression_sigma": expression_sigma,
        "refits": len(samples),
    }


def _rotated_reference(yaw: float, pitch: float) -> np.ndarray:
    """The mean face (imaging.face.pose's reference) turned to `yaw`, `pitch` (degrees, signs as in
    imaging.face), seen from afar: 468 x 2."""
    from photofollow.imaging.face.pose import _reference

    points = _reference().points
    a, b = math.radians(yaw), math.radians(-pitch)  # a turn about x by +b lowers the chin: pitch -b
    turn_y = np.array([[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]])
    turn_x = np.array([[1, 0, 0], [0, math.cos(b), -math.sin(b)], [0, math.sin(b), math.cos(b)]])
    return (points @ (turn_y @ turn_x).T)[:, :2]


def pose_corrected(features: dict[str, float], yaw: float, pitch: float) -> dict[str, float]:
    """Expression features with what the head pose alone does to them taken out.

    A nod moves the mouth corners against the middle of the lips in the picture (they sit further back):
    10 degrees of chin-down reads as a 3 % lift of the corners, as large as a faint smile. The mean face
    turned to the photo's yaw and pitch shows how much; that is subtracted, so two photos of one expression
    at a few degrees apart compare equal."""
    if not (math.isfinite(yaw) and math.isfinite(pitch)):
        return dict(features)
    level = expression(_rotated_reference(0.0, 0.0))
    posed = expression(_rotated_reference(yaw, pitch))
    return {name: value - (posed.get(name, 0.0) - level.get(name, 0.0)) for name, value in features.items()}
