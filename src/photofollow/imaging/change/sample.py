"""A photo's change sample: what the change measures read, made once per photo and cached as versioned JSON.

With a face: the face in a canonical frame (eyes level, the eye distance `SAMPLE_IPD_PX` pixels, the point
between the eyes at a fixed place), the face mesh and its refits in that frame, and which canvas pixels lay
inside the photo. Always: a small copy of the whole frame for photos without a face (scalp, hands, other
areas). Pixels stay sRGB uint8, cached as JPEG at quality 95 without chroma subsampling (a fifth of a PNG's
size; it moves a pixel by half a level on average, far below the skin's own spread); the measures linearise
them.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

SAMPLE_VERSION = 2  # 2: pixels as JPEG, meshes as packed floats
# Canonical frame: 96 px between the eye centres (about 0.65 mm per pixel on an adult face, finer than a
# papule and as fine as the registration of two photos holds), the face from 2.4 eye distances either side of
# the point between the eyes and from 2.0 above to 3.2 below it (forehead, chin and upper neck).
SAMPLE_IPD_PX = 96.0
CANVAS_LEFT_IPD, CANVAS_RIGHT_IPD = 2.4, 2.4
CANVAS_TOP_IPD, CANVAS_BOTTOM_IPD = 2.0, 3.2
CANVAS_WIDTH = round((CANVAS_LEFT_IPD + CANVAS_RIGHT_IPD) * SAMPLE_IPD_PX)
CANVAS_HEIGHT = round((CANVAS_TOP_IPD + CANVAS_BOTTOM_IPD) * SAMPLE_IPD_PX)
EYES_AT = (CANVAS_LEFT_IPD * SAMPLE_IPD_PX, CANVAS_TOP_IPD * SAMPLE_IPD_PX)
FRAME_MAX_SIDE = 400  # the whole frame, for photos without a face
MAX_MESH_SAMPLES = 4  # refits kept for the registration uncertainty

# Face-mesh eye contours (468-point topology); right/left are the patient's own sides.
RIGHT_EYE = (33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246)
LEFT_EYE = (263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466)


@dataclass(frozen=True, eq=False)
class ChangeSample:
    """`face`: canonical-frame RGB (None without a face); `valid`: canvas pixels that lay inside the photo;
    `mesh`: 468 x 2 in canvas pixels; `mesh_samples`: K x 468 x 2 refits; `model_px`: one face-model input
    pixel in canvas pixels (the landmarks' resolution floor); `to_canvas`: 3 x 3, full-size oriented photo
    pixels -> canvas pixels; `frame`: the whole photo, longest side FRAME_MAX_SIDE; `full_size`: (w, h)."""

    face: np.ndarray | None
    valid: np.ndarray | None
    mesh: np.ndarray | None
    mesh_samples: np.ndarray | None
    model_px: float
    to_canvas: np.ndarray | None
    frame: np.ndarray
    full_size: tuple[int, int]

    @property
    def has_face(self) -> bool:
        return self.face is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SAMPLE_VERSION,
            "face": None if self.face is None else _jpeg(self.face),
            "valid": None if self.valid is None else _png(self.valid.astype(np.uint8) * 255),
            "mesh": None if self.mesh is None else _packed(self.mesh, np.float32),
            # The refits as their small offsets from the mesh, in half floats (to a thousandth of a pixel).
            "mesh_samples": None
            if self.mesh_samples is None
            else _packed(self.mesh_samples - self.mesh, np.float16),
            "model_px": None if not math.isfinite(self.model_px) else round(self.model_px, 4),
            "to_canvas": None if self.to_canvas is None else self.to_canvas.tolist(),
            "frame": _jpeg(self.frame),
            "full_size": list(self.full_size),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChangeSample:
        if data.get("version") != SAMPLE_VERSION:
            raise ValueError(f"change sample version {data.get('version')!r}, not {SAMPLE_VERSION}")
        face = None if data["face"] is None else _unpng(data["face"])
        return cls(
            face=face,
            valid=None if data["valid"] is None else _unpng(data["valid"]) > 127,
            mesh=None if data["mesh"] is None else _unpacked(data["mesh"], np.float32).reshape(468, 2),
            mesh_samples=None
            if data["mesh_samples"] is None
            else _unpacked(data["mesh_samples"], np.float16).reshape(-1, 468, 2)
            + _unpacked(data["mesh"], np.float32).reshape(468, 2),
            model_px=math.nan if data["model_px"] is None else float(data["model_px"]),
            to_canvas=None if data["to_canvas"] is None else np.asarray(data["to_canvas"], dtype=np.float64),
            frame=_unpng(data["frame"]),
            full_size=(int(data["full_size"][0]), int(data["full_size"][1])),
        )


def _png(pixels: np.ndarray) -> str:
    import cv2

    image = cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR) if pixels.ndim == 3 else pixels
    ok, encoded = cv2.imencode(".png", image, [cv2.IMWRITE_PNG_COMPRESSION, 3])
    if not ok:  # pragma: no cover - PNG encoding of uint8 pixels does not fail
        raise ValueError("PNG encoding failed")
    return base64.b64encode(encoded.tobytes()).decode("ascii")


def _jpeg(pixels: np.ndarray) -> str:
    import cv2

    options = [
        cv2.IMWRITE_JPEG_QUALITY,
        95,
        cv2.IMWRITE_JPEG_SAMPLING_FACTOR,
        cv2.IMWRITE_JPEG_SAMPLING_FACTOR_444,
    ]
    ok, encoded = cv2.imencode(".jpg", cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR), options)
    if not ok:  # pragma: no cover - JPEG encoding of uint8 pixels does not fail
        raise ValueError("JPEG encoding failed")
    return base64.b64encode(encoded.tobytes()).decode("ascii")


def _packed(values: np.ndarray, dtype: type) -> str:
    """Canvas coordinates (or offsets) as little-endian floats of `dtype`, base64."""
    return base64.b64encode(
        np.ascontiguousarray(values, dtype=np.dtype(dtype).newbyteorder("<")).tobytes()
    ).decode()


def _unpacked(text: str, dtype: type) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=np.dtype(dtype).newbyteorder("<")).astype(np.float32)


def _unpng(text: str) -> np.ndarray:
    import cv2

    decoded = cv2.imdecode(np.frombuffer(base64.b64decode(text), np.uint8), cv2.IMREAD_UNCHANGED)
    return cv2.cvtColor(decoded, cv2.COLOR_BGR2RGB) if decoded.ndim == 3 else decoded


def canonical_matrix(mesh_xy: np.ndarray) -> np.ndarray:
    """3 x 3 similarity from the mesh's image pixels to canvas pixels: the patient's right eye centre to the
    canvas's left of the eye point, the left eye centre to its right, one eye distance = SAMPLE_IPD_PX."""
    right = np.asarray(mesh_xy)[list(RIGHT_EYE)].mean(axis=0)
    left = np.asarray(mesh_xy)[list(LEFT_EYE)].mean(axis=0)
    across = left - right
    distance = float(np.hypot(*across))
    scale = SAMPLE_IPD_PX / max(distance, 1e-6)
    angle = math.atan2(across[1], across[0])
    cos, sin = math.cos(-angle) * scale, math.sin(-angle) * scale
    middle = (right + left) / 2
    matrix = np.array([[cos, -sin, 0.0], [sin, cos, 0.0], [0.0, 0.0, 1.0]])
    moved = matrix[:2, :2] @ middle
    matrix[0, 2] = EYES_AT[0] - moved[0]
    matrix[1, 2] = EYES_AT[1] - moved[1]
    return matrix


def _apply(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    points = np.asarray(points, dtype=np.float64)
    flat = points.reshape(-1, 2)
    mapped = flat @ matrix[:2, :2].T + matrix[:2, 2]
    return mapped.reshape(points.shape).astype(np.float32)


def make_sample(
    rgb: np.ndarray,
    full_size: tuple[int, int],
    mesh_xy: np.ndarray | None = None,
    mesh_samples: np.ndarray | None = None,
    model_px: float = math.nan,
) -> ChangeSample:
    """The change sample of a photo decoded as `rgb` (oriented, any reduced size) whose full size is
    `full_size`, with the face mesh found on that image (`mesh_xy`, `mesh_samples` in its pixels)."""
    import cv2

    height, width = rgb.shape[:2]
    shrink = min(1.0, FRAME_MAX_SIDE / max(width, height))
    frame = cv2.resize(rgb, (max(1, round(width * shrink)), max(1, round(height * shrink))), cv2.INTER_AREA)
    if mesh_xy is None:
        return ChangeSample(None, None, None, None, math.nan, None, frame, full_size)
    to_canvas = canonical_matrix(mesh_xy)
    scale = float(math.hypot(to_canvas[0, 0], to_canvas[1, 0]))
    source = rgb
    if scale < 0.7:  # shrink first with area averaging, so the warp does not alias the skin's fine texture
        factor = scale / 0.9
        source = cv2.resize(
            rgb, (round(width * factor), round(height * factor)), interpolation=cv2.INTER_AREA
        )
        warp = to_canvas @ np.diag([width / source.shape[1], height / source.shape[0], 1.0])
    else:
        warp = to_canvas
    face = cv2.warpAffine(
        source, warp[:2], (CANVAS_WIDTH, CANVAS_HEIGHT), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
    )
    inside = np.full(source.shape[:2], 255, np.uint8)
    valid = (
        cv2.warpAffine(
            inside, warp[:2], (CANVAS_WIDTH, CANVAS_HEIGHT), flags=cv2.INTER_NEAREST, borderValue=0
        )
        > 0
    )
    samples = None
    if mesh_samples is not None and len(mesh_samples):
        samples = _apply(to_canvas, np.asarray(mesh_samples)[:MAX_MESH_SAMPLES, :, :2])
    to_full = np.diag([width / full_size[0], height / full_size[1], 1.0])  # full-size -> decoded pixels
    return ChangeSample(
        face=face,
        valid=valid,
        mesh=_apply(to_canvas, np.asarray(mesh_xy)[:, :2]),
        mesh_samples=samples,
        model_px=float(model_px) * scale if math.isfinite(model_px) else math.nan,
        to_canvas=to_canvas @ to_full,
        frame=frame,
        full_size=full_size,
    )
