"""Find the main face of a photo and its 468-point mesh with the MediaPipe models run by cv2.dnn."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import numpy as np

from photofollow.imaging.face import _nets

# MediaPipe's detector keypoints, in its order. Right/left are the patient's own sides: in an ordinary
# (not mirrored) photo of a frontal face the patient's right eye is on the image's left.
KEYPOINT_NAMES = ("right_eye", "left_eye", "nose_tip", "mouth", "right_ear", "left_ear")

# Face Mesh v1 indices (the 468-point topology). Right/left: the patient's own sides, as above.
RIGHT_EYE_CONTOUR = (33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246)
LEFT_EYE_CONTOUR = (263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466)
RIGHT_EYE_OUTER, LEFT_EYE_OUTER = 33, 263
FOREHEAD_TOP, CHIN = 10, 152

MESH_SCORE_MIN = 0.5  # face-presence probability of the mesh model; profiles and non-faces score ~0
DETECTION_SCORE_MIN = 0.5  # MediaPipe's own default for both detectors
NMS_IOU = 0.3  # MediaPipe's weighted non-maximum suppression threshold
ROI_SCALE = 1.5  # the mesh model was trained on crops 1.5x the face box (MediaPipe's ROI calculators)
CANDIDATES_PER_DETECTOR = 3  # a false detection may outrank the face; the mesh score sorts them out
MESH_INPUT = 192


@dataclass(frozen=True, eq=False)
class FaceLandmarks:
    """One face in image pixels of the image it was found in.

    `box` (x, y, width, height) and `score` come from the detector; `keypoints` are its 6 points
    (6 x 2, order `KEYPOINT_NAMES`: right eye, left eye, nose tip, mouth, right ear, left ear, where right and
    left are the PATIENT'S own sides). `mesh` is 468 x 3: x, y in pixels and z, a relative depth in the same
    pixel scale (smaller = nearer the camera, mean 0 over the face). `mesh_score` is the mesh model's
    face-presence probability (0-1).
    """

    box: tuple[float, float, float, float]
    score: float
    keypoints: np.ndarray
    mesh: np.ndarray
    mesh_score: float

    def eye_centres(self) -> tuple[np.ndarray, np.ndarray]:
        """(patient's right eye, patient's left eye) as (x, y): the mean of each eye's 16 contour points.

        There is no iris model here, so this is the centre of the eye opening, not the pupil; with the gaze
        straight ahead the two agree within a millimetre or two.
        """
        return (
            self.mesh[list(RIGHT_EYE_CONTOUR), :2].mean(axis=0),
            self.mesh[list(LEFT_EYE_CONTOUR), :2].mean(axis=0),
        )

    @property
    def inter_ocular_px(self) -> float:
        """Distance between the two eye centres, in pixels (the scale of the face in the photo)."""
        right, left = self.eye_centres()
        return float(np.hypot(*(left - right)))

    @property
    def centre(self) -> tuple[float, float]:
        """Centre of the mesh's bounding box, (x, y) in pixels."""
        lo, hi = self.mesh[:, :2].min(axis=0), self.mesh[:, :2].max(axis=0)
        return float((lo[0] + hi[0]) / 2), float((lo[1] + hi[1]) / 2)

    @property
    def size(self) -> float:
        """Face height in pixels: forehead top (hairline) to the bottom of the chin, whatever the roll."""
        return float(np.hypot(*(self.mesh[CHIN, :2] - self.mesh[FOREHEAD_TOP, :2])))

    def scaled(self, factor: float) -> FaceLandmarks:
        """The same face in an image scaled by `factor` (e.g. from an analysis copy to the full photo)."""
        x, y, w, h = self.box
        return FaceLandmarks(
            box=(x * factor, y * factor, w * factor, h * factor),
            score=self.score,
            keypoints=_frozen(self.keypoints * factor),
            mesh=_frozen(self.mesh * factor),
            mesh_score=self.mesh_score,
        )


@dataclass(frozen=True)
class _Detection:
    score: float
    box: np.ndarray  # x0, y0, x1, y1 in image pixels
    keypoints: np.ndarray  # 6 x 2 in image pixels

    @property
    def area(self) -> float:
        return float(max(0.0, self.box[2] - self.box[0]) * max(0.0, self.box[3] - self.box[1]))


@dataclass(frozen=True)
class _Detector:
    model: str
    size: int
    strides: tuple[int, ...]
    anchors_per_cell: tuple[int, ...]


SHORT_RANGE = _Detector(_nets.SHORT_RANGE, 128, (8, 16), (2, 6))
FULL_RANGE = _Detector(_nets.FULL_RANGE, 192, (4,), (1,))


def find_face(rgb: np.ndarray, normalise: bool = False) -> FaceLandmarks | None:
    """The main face of an upright RGB image (H x W x 3, uint8), or None when there is no usable face.

    `normalise`: hand the models illumination-normalised inputs (`normalised_input`): the colour cast of the
    light and the overall brightness are taken out of every model input, so a change of white balance or
    exposure does not move the landmarks.

    The short-range detector runs first (faces filling a good part of the frame, as in clinical photos);
    when it finds nothing whose mesh holds up, the full-range detector (smaller faces) is tried. Of the
    candidates, the largest confident one wins (area x score). The crop for the mesh is rotated upright
    using the eyes, and refined once from the first mesh, as MediaPipe does between video frames.

    Profiles (lateral views) and faces turned beyond roughly 60-70 degrees usually defeat these models:
    the detector misses them or the mesh model scores them near 0. Then this returns None rather than a
    mesh that does not fit; callers should treat None on a lateral view as "cannot tell", not "no patient".
    """
    image = _as_rgb8(rgb)
    if min(image.shape[:2]) < 16:
        return None
    for detector in (SHORT_RANGE, FULL_RANGE):
        candidates = sorted(_detect(image, detector, normalise), key=lambda d: d.area * d.score, reverse=True)
        for detection in candidates[:CANDIDATES_PER_DETECTOR]:
            face = _fit_mesh(image, detection, normalise)
            if face is not None:
                return face
    return None


# -- detection --------------------------------------------------------------------------------------------


@cache
def _anchors(detector: _Detector) -> np.ndarray:
    """BlazeFace SSD anchor centres in [0, 1] (fixed anchor size 1: regressors are in input pixels)."""
    centres = []
    for stride, count in zip(detector.strides, detector.anchors_per_cell, strict=True):
        grid = detector.size // stride
        ys, xs = np.mgrid[0:grid, 0:grid]
        cells = np.stack([(xs.ravel() + 0.5) / grid, (ys.ravel() + 0.5) / grid], axis=1)
        centres.append(np.repeat(cells, count, axis=0))
    return np.concatenate(centres).astype(np.float64)


def _detect(image: np.ndarray, detector: _Detector, normalise: bool = False) -> list[_Detection]:
    import cv2

    height, width = image.shape[:2]
    size = detector.size
    scale = size / max(height, width)
    new_w, new_h = max(1, round(width * scale)), max(1, round(height * scale))
    # Letterbox: keep the aspect ratio, pad with black to the square input, and undo both afterwards.
    canvas = np.zeros((size, size, 3), dtype=np.uint8)
    pad_x, pad_y = (size - new_w) // 2, (size - new_h) // 2
    resized = cv2.resize(image, (new_w, new_h), interpolation=cv2.INTER_AREA)
    canvas[pad_y : pad_y + new_h, pad_x : pad_x + new_w] = normalised_input(resized) if normalise else resized
    blob = (canvas.astype(np.float32) / 127.5 - 1.0).transpose(2, 0, 1)[None]
    scores_raw, regressors = _nets.run(detector.model, np.ascontiguousarray(blob))
    anchors = _anchors(detector)
    regressors = regressors.reshape(len(anchors), 16).astype(np.float64)
    logits = np.clip(scores_raw.reshape(len(anchors)).astype(np.float64), -100, 100)
    scores = 1.0 / (1.0 + np.exp(-logits))

    found = []
    for index in np.flatnonzero(scores >= DETECTION_SCORE_MIN):
        r = regressors[index] / size
        ax, ay = anchors[index]
        cx, cy, bw, bh = ax + r[0], ay + r[1], r[2], r[3]
        points = np.stack([ax + r[4::2], ay + r[5::2]], axis=1)
        box = np.array([cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2]).reshape(2, 2)
        to_image = lambda p: (p * size - (pad_x, pad_y)) / scale  # noqa: E731
        found.append(_Detection(float(scores[index]), to_image(box).ravel(), to_image(points)))
    return _weighted_nms(found)


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return float(inter / union) if union > 0 else 0.0


def _weighted_nms(detections: list[_Detection]) -> list[_Detection]:
    """MediaPipe's weighted suppression: overlapping boxes are averaged by score, not just dropped."""
    remaining = sorted(detections, key=lambda d: d.score, reverse=True)
    merged = []
    while remaining:
        top = remaining[0]
        group = [d for d in remaining if _iou(top.box, d.box) > NMS_IOU]
        remaining = [d for d in remaining if _iou(top.box, d.box) <= NMS_IOU]
        weights = np.array([d.score for d in group])
        weights /= weights.sum()
        box = sum(w * d.box for w, d in zip(weights, group, strict=True))
        points = sum(w * d.keypoints for w, d in zip(weights, group, strict=True))
        merged.append(_Detection(top.score, box, points))
    return merged


# -- mesh ---------------------------------------------------------------------------------------------------


def _fit_mesh(image: np.ndarray, detection: _Detection, normalise: bool = False) -> FaceLandmarks | None:
    x0, y0, x1, y1 = detection.box
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    eyes = detection.keypoints[:2]
    angle = math.atan2(eyes[1, 1] - eyes[0, 1], eyes[1, 0] - eyes[0, 0])
    centre = ((x0 + x1) / 2, (y0 + y1) / 2)
    mesh, score = _mesh_pass(image, centre, ROI_SCALE * max(x1 - x0, y1 - y0), angle, normalise)
    if score < MESH_SCORE_MIN:
        return None
    # Second pass on the crop the first mesh implies (eye corners for the angle, mesh extent for the box):
    # the detector's box is coarse, the mesh's own box is what the model was trained to see.
    centre, size, angle = _roi_from_mesh(mesh)
    mesh, score = _mesh_pass(image, centre, size, angle, normalise)
    if score < MESH_SCORE_MIN:
        return None
    mesh[:, 2] -= mesh[:, 2].mean()
    return FaceLandmarks(
        box=(float(x0), float(y0), float(x1 - x0), float(y1 - y0)),
        score=detection.score,
        keypoints=_frozen(detection.keypoints),
        mesh=_frozen(mesh),
        mesh_score=score,
    )


def _roi_from_mesh(mesh: np.ndarray) -> tuple[tuple[float, float], float, float]:
    d = mesh[LEFT_EYE_OUTER, :2] - mesh[RIGHT_EYE_OUTER, :2]
    angle = math.atan2(d[1], d[0])
    c, s = math.cos(angle), math.sin(angle)
    upright = mesh[:, :2] @ np.array([[c, -s], [s, c]])  # coordinates along / across the eye line
    lo, hi = upright.min(axis=0), upright.max(axis=0)
    mid = (lo + hi) / 2
    centre = np.array([[c, -s], [s, c]]) @ mid
    return (float(centre[0]), float(centre[1])), float(ROI_SCALE * max(hi - lo)), angle


def refit_mesh(
    image: np.ndarray,
    face: FaceLandmarks,
    shift: tuple[float, float] = (0.0, 0.0),
    scale: float = 1.0,
    normalise: bool = False,
) -> tuple[np.ndarray, float]:
    """The mesh of `face` fitted again on `image` (the image it was found in, or a copy of the same size),
    on the crop its mesh implies moved by `shift` (shares of the crop side, in the crop's own axes) and
    scaled by `scale`. Returns the 468 x 3 mesh and its presence score. The spread of such refits is how
    well the landmarks are determined: a mesh that is sure of itself barely moves when the crop does.
    """
    centre, size, angle = _roi_from_mesh(face.mesh)
    c, s = math.cos(angle), math.sin(angle)
    dx, dy = shift[0] * size, shift[1] * size
    moved = (centre[0] + c * dx - s * dy, centre[1] + s * dx + c * dy)
    mesh, score = _mesh_pass(image, moved, size * scale, angle, normalise)
    mesh[:, 2] -= mesh[:, 2].mean()
    return mesh, score


def normalised_input(rgb: np.ndarray) -> np.ndarray:
    """An RGB uint8 image with the light's colour cast and overall brightness taken out.

    Grey world: each channel is scaled so the three channel means are equal (a gain on linear light is a
    gain on the gamma-encoded values too, up to clipping, so a white-balance preset or a coloured lamp is
    undone); then one power curve puts the median brightness at mid-grey (an exposure change is undone).
    Shapes, edges and shading stay; only the global colour and level change.
    """
    pixels = rgb.reshape(-1, 3).astype(np.float32)
    means = pixels.mean(axis=0) + 1.0
    gains = np.clip(means.mean() / means, 0.33, 3.0)
    balanced = np.clip(rgb.astype(np.float32) * gains, 0.0, 255.0)
    median = float(np.median(balanced[::2, ::2].mean(axis=2))) / 255.0
    gamma = 1.0
    if 0.02 < median < 0.98:
        gamma = min(max(math.log(0.45) / math.log(median), 0.4), 2.5)
    lut = np.clip(255.0 * (np.arange(256, dtype=np.float32) / 255.0) ** gamma + 0.5, 0, 255).astype(np.uint8)
    return lut[np.clip(balanced + 0.5, 0, 255).astype(np.uint8)]


def _mesh_pass(
    image: np.ndarray, centre: tuple[float, float], size: float, angle: float, normalise: bool = False
) -> tuple[np.ndarray, float]:
    """Run the mesh model on the square crop (centre, side `size`, rotated by `angle`) made upright."""
    import cv2

    height, width = image.shape[:2]
    k = MESH_INPUT / size
    c, s = math.cos(angle), math.sin(angle)
    # image -> crop: rotate by -angle about the centre, scale to 192, centre at 96.
    to_crop = np.array([[c * k, s * k, 0.0], [-s * k, c * k, 0.0]])
    to_crop[:, 2] = MESH_INPUT / 2 - to_crop[:, :2] @ np.asarray(centre)

    # A crop far larger than 192 px is shrunk with area averaging first: warpAffine alone would alias.
    half = 0.75 * size  # covers the rotated square (half-diagonal 0.707 x size)
    rx0, ry0 = max(0, int(centre[0] - half)), max(0, int(centre[1] - half))
    rx1, ry1 = min(width, int(math.ceil(centre[0] + half))), min(height, int(math.ceil(centre[1] + half)))
    if rx1 - rx0 < 2 or ry1 - ry0 < 2:
        return np.zeros((468, 3)), 0.0
    region = image[ry0:ry1, rx0:rx1]
    shrink = min(1.0, 2 * MESH_INPUT / size)
    if shrink < 1.0:
        region = cv2.resize(
            region,
            (max(1, round(region.shape[1] * shrink)), max(1, round(region.shape[0] * shrink))),
            interpolation=cv2.INTER_AREA,
        )
    sx, sy = region.shape[1] / (rx1 - rx0), region.shape[0] / (ry1 - ry0)
    region_to_image = np.array([[1 / sx, 0, rx0], [0, 1 / sy, ry0], [0, 0, 1]])
    crop = cv2.warpAffine(
        region, to_crop @ region_to_image, (MESH_INPUT, MESH_INPUT),
        flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0),
    )
    if normalise:
        crop = normalised_input(crop)
    blob = (crop.astype(np.float32) / 255.0).transpose(2, 0, 1)[None]
    presence, points = _nets.run(_nets.LANDMARK, np.ascontiguousarray(blob))
    points = points.reshape(468, 3).astype(np.float64)
    score = 1.0 / (1.0 + math.exp(-max(-100.0, min(100.0, float(presence.ravel()[0])))))
    back = cv2.invertAffineTransform(to_crop)
    mesh = np.empty((468, 3))
    mesh[:, :2] = points[:, :2] @ back[:, :2].T + back[:, 2]
    mesh[:, 2] = points[:, 2] / k  # depth comes in crop pixels, like x and y
    return mesh, score


# -- helpers ------------------------------------------------------------------------------------------------


def _as_rgb8(rgb: np.ndarray) -> np.ndarray:
    image = np.asarray(rgb)
    if image.ndim == 2:
        image = np.repeat(image[:, :, None], 3, axis=2)
    if image.ndim != 3 or image.shape[2] not in (3, 4):
        raise ValueError(f"find_face needs an H x W x 3 RGB array, not shape {image.shape}")
    image = image[:, :, :3]
    if image.dtype == np.uint16:
        image = (image >> 8).astype(np.uint8)
    elif image.dtype.kind == "f":
        image = np.clip(image * 255.0 + 0.5, 0, 255).astype(np.uint8)  # floats are taken as 0..1
    elif image.dtype != np.uint8:
        raise ValueError(f"find_face needs uint8 RGB, not {image.dtype}")
    return np.ascontiguousarray(image)


def _frozen(array: np.ndarray) -> np.ndarray:
    out = np.array(array, dtype=np.float64)
    out.setflags(write=False)
    return out
