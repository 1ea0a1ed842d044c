"""Head pose (yaw, pitch, roll) from a face mesh, and the standard view a yaw belongs to.

Sign conventions (angles in degrees; "left"/"right" are always the PATIENT'S own sides, as in
`domain.model.View`):

- yaw: 0 = facing the camera. POSITIVE yaw = the patient's LEFT side turned towards the camera, i.e. the
  head turned to the patient's own right; in an ordinary (not mirrored) photo the nose then points to the
  image's left. A "45° left oblique" (`View.OBLIQUE_45_LEFT`) shows the patient's left cheek and reads
  about +45; a right profile reads about -90.
- pitch: 0 = level; POSITIVE pitch = chin up (head tilted back), negative = chin down.
- roll: the angle of the eye line (patient's right eye -> left eye) against the image's x axis, y down.
  POSITIVE roll = the patient's left eye lower in the image, i.e. the head tilted towards the patient's
  left shoulder (in an ordinary photo the face looks turned clockwise).
- A horizontally mirrored photo (a selfie preview) flips the signs of yaw and roll and keeps pitch.

Yaw and pitch are measured against the line of sight from the camera to the face, not the lens axis, so a
frontal face near the edge of a wide-angle frame still reads 0 yaw; this is what decides which side of the
face the photo shows.

How: the mesh model's x, y are reliable; its depth output is not (it changes only about half as much as
the head turns). So the 2-D mesh is fitted with `cv2.solvePnP` to a rigid 3-D reference face: the mesh
model's own mean face (its output on a featureless grey crop), turned so that its mid-sagittal plane (the
plane through the 28 midline points) faces sideways, and scaled to 63 mm between the eye centres. Only
points that expression hardly moves take part: no lips, jaw, eyelids or face outline. Pitch 0 is therefore
the mean face's pose, not an anatomical plane: faces differ by several degrees in how they look "level",
so compare pitch between photos of the same patient rather than against 0. Renders of a corpus face turned
by known angles read back within a few degrees (tests/imaging/test_face.py).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np

from photofollow.domain.model import View
from photofollow.imaging.face import _nets
from photofollow.imaging.face.finder import (
    LEFT_EYE_CONTOUR,
    MESH_INPUT,
    RIGHT_EYE_CONTOUR,
    FaceLandmarks,
)

# View bins on |yaw| (photo-standards §2.1 row 3): frontal < 15, oblique 30-60 (target 45), lateral > 70
# (target 90). Between the bins the view is uncertain and `view_from_yaw` says None.
FRONTAL_MAX_DEG = 15.0
OBLIQUE_MIN_DEG, OBLIQUE_MAX_DEG = 30.0, 60.0
LATERAL_MIN_DEG = 70.0

MEAN_EYE_DISTANCE_MM = 63.0  # adult mean inter-pupillary distance (Dodgson 2004): sets the reference scale

# Face Mesh v1 topology: the midline (forehead top to chin) and the face outline.
MIDLINE = (10, 151, 9, 8, 168, 6, 197, 195, 5, 4, 1, 19, 94, 2, 164, 0, 11, 12, 13, 14, 15, 16, 17, 18,
           200, 199, 175, 152)
FACE_OVAL = (10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152,
             148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109)
SUBNASALE = 2
EYE_CORNERS = (33, 133, 263, 362)


@dataclass(frozen=True, slots=True)
class HeadPose:
    """Head angles in degrees; signs in the module doc (positive yaw shows the patient's LEFT side)."""

    yaw: float
    pitch: float
    roll: float

    @property
    def view(self) -> View | None:
        return view_from_yaw(self.yaw)


def view_from_yaw(yaw: float) -> View | None:
    """The standard face view for a yaw, or None between bins (uncertain) and for NaN.

    |yaw| < 15: frontal; 30-60: 45° oblique; > 70: 90° lateral. The side is the patient's side shown to
    the camera: positive yaw -> LEFT views, negative -> RIGHT views.
    """
    if not math.isfinite(yaw):
        return None
    size = abs(yaw)
    if size < FRONTAL_MAX_DEG:
        return View.FRONTAL
    if OBLIQUE_MIN_DEG <= size <= OBLIQUE_MAX_DEG:
        return View.OBLIQUE_45_LEFT if yaw > 0 else View.OBLIQUE_45_RIGHT
    if size > LATERAL_MIN_DEG:
        return View.LATERAL_90_LEFT if yaw > 0 else View.LATERAL_90_RIGHT
    return None


def head_pose(
    face: FaceLandmarks, image_width: int, image_height: int, focal_px: float | None = None
) -> HeadPose:
    """Yaw, pitch and roll of `face` in an image of the given size (the image the face was found in).

    `focal_px` is the focal length in pixels of that image (from EXIF: f35 / 43.27 mm x image diagonal);
    without it the diagonal is used (a "normal" lens, about 43 mm in 35 mm terms). It matters little for
    a face near the centre of the frame.
    """
    import cv2

    reference = _reference()
    focal = float(focal_px) if focal_px and focal_px > 0 else math.hypot(image_width, image_height)
    camera = np.array([[focal, 0, image_width / 2], [0, focal, image_height / 2], [0, 0, 1]], dtype=float)
    model = reference.points[reference.fit_points]
    seen = np.ascontiguousarray(face.mesh[reference.fit_points, :2], dtype=np.float64)
    ok, rvec, tvec = cv2.solvePnP(model, seen, camera, None, flags=cv2.SOLVEPNP_SQPNP)
    if not ok:
        return HeadPose(math.nan, math.nan, _roll(face))
    rvec, tvec = cv2.solvePnPRefineLM(model, seen, camera, None, rvec, tvec)
    rotation, _ = cv2.Rodrigues(rvec)
    # Camera axes: x right, y down, z away from the camera. The reference faces the camera along -z.
    to_line_of_sight = _rotation_between(tvec.ravel(), np.array([0.0, 0.0, 1.0]))
    fx, fy, fz = to_line_of_sight @ rotation @ np.array([0.0, 0.0, -1.0])
    # Undo the roll (eye line) about the line of sight before splitting the direction into yaw and pitch:
    # otherwise a tilted head or camera would trade yaw for pitch (a 20° tilt moved up to 8° between them).
    roll = _roll(face)
    c, s = math.cos(math.radians(roll)), math.sin(math.radians(roll))
    fx, fy = c * fx + s * fy, -s * fx + c * fy
    yaw = math.degrees(math.atan2(-fx, -fz))  # nose towards the image's left = patient's left side shown
    pitch = math.degrees(math.atan2(-fy, math.hypot(fx, fz)))  # image y points down: chin up is -y
    return HeadPose(yaw=yaw, pitch=pitch, roll=roll)


def _roll(face: FaceLandmarks) -> float:
    right, left = face.eye_centres()
    return math.degrees(math.atan2(left[1] - right[1], left[0] - right[0]))


# -- the reference face -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reference:
    points: np.ndarray  # 468 x 3 in mm: x to the patient's left, y down, z away from the camera
    fit_points: np.ndarray  # indices of the rigid points used for the fit


_reference_lock = threading.Lock()
_reference_cache: list[_Reference] = []


def _reference() -> _Reference:
    with _reference_lock:
        if not _reference_cache:
            _reference_cache.append(_build_reference())
        return _reference_cache[0]


def _build_reference() -> _Reference:
    # The mesh model's answer for a featureless mid-grey crop is its prior: the average upright face.
    blob = np.full((1, 3, MESH_INPUT, MESH_INPUT), 128 / 255, dtype=np.float32)
    _, raw = _nets.run(_nets.LANDMARK, blob)
    points = raw.reshape(468, 3).astype(np.float64)
    points -= points[list(MIDLINE)].mean(axis=0)

    # Turn the face so its mid-sagittal plane is x = 0: yaw and roll 0 then mean "symmetric to the camera".
    _, _, vt = np.linalg.svd(points[list(MIDLINE)])
    normal = vt[2] if vt[2] @ (points[263] - points[33]) > 0 else -vt[2]
    points = points @ _rotation_between(normal, np.array([1.0, 0.0, 0.0])).T

    right = points[list(RIGHT_EYE_CONTOUR)].mean(axis=0)
    left = points[list(LEFT_EYE_CONTOUR)].mean(axis=0)
    scale = MEAN_EYE_DISTANCE_MM / np.linalg.norm(left - right)
    points, right, left = points * scale, right * scale, left * scale

    # Rigid points: above the nose base (no lips or jaw), not on the outline (it slides as the head turns),
    # and away from the eyelids (blinks and gaze move them) except the four eye corners.
    near_eye = np.minimum(
        np.linalg.norm(points[:, :2] - right[:2], axis=1), np.linalg.norm(points[:, :2] - left[:2], axis=1)
    ) < 0.4 * MEAN_EYE_DISTANCE_MM
    rigid = (points[:, 1] < points[SUBNASALE, 1] + 2.0) & ~near_eye
    rigid[list(FACE_OVAL)] = False
    rigid[list(EYE_CORNERS)] = True
    return _Reference(points=points, fit_points=np.flatnonzero(rigid))


def _rotation_between(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The smallest rotation taking direction a onto direction b."""
    a = a / np.linalg.norm(a)
    b = b / np.linalg.norm(b)
    axis = np.cross(a, b)
    sin = np.linalg.norm(axis)
    cos = float(a @ b)
    if sin < 1e-12:
        if cos > 0:
            return np.eye(3)
        # Opposite directions: half a turn about any axis perpendicular to a.
        perpendicular = np.cross(a, [1.0, 0.0, 0.0] if abs(a[0]) < 0.9 else [0.0, 1.0, 0.0])
        perpendicular /= np.linalg.norm(perpendicular)
        return 2 * np.outer(perpendicular, perpendicular) - np.eye(3)
    skew = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    return np.eye(3) + skew + skew @ skew * ((1 - cos) / sin**2)
