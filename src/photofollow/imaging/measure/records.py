"""The per-photo measurement records and their versioned JSON (the cache)."""

from __future__ import annotations

import base64
import dataclasses
import math
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np

from photofollow.domain.model import CaptureTimeSource, PhotoFacts

MEASUREMENTS_VERSION = 2  # 2: face anchor, width, uncertainty, expression and skin (issue 12)

# -- JSON helpers --------------------------------------------------------------------------------------


def _array_to_json(array: np.ndarray) -> dict[str, Any]:
    array = np.ascontiguousarray(array)
    return {
        "dtype": str(array.dtype),
        "shape": list(array.shape),
        "codec": "zlib",
        "data": base64.b64encode(zlib.compress(array.tobytes(), 6)).decode("ascii"),
    }


def _image_to_json(rgb: np.ndarray) -> dict[str, Any]:
    """A small RGB image as lossless PNG (half the size of zlib on raw pixels)."""
    import cv2

    ok, encoded = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_PNG_COMPRESSION, 6])
    if not ok:  # pragma: no cover - PNG encoding of a uint8 image does not fail
        return _array_to_json(rgb)
    return {"codec": "png", "data": base64.b64encode(encoded.tobytes()).decode("ascii")}


def _array_from_json(data: dict[str, Any]) -> np.ndarray:
    raw = base64.b64decode(data["data"])
    if data.get("codec") == "png":
        import cv2

        bgr = cv2.imdecode(np.frombuffer(raw, np.uint8), cv2.IMREAD_COLOR)
        return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    if data.get("codec") == "zlib":
        raw = zlib.decompress(raw)
    return np.frombuffer(raw, dtype=np.dtype(data["dtype"])).reshape(data["shape"]).copy()


def facts_to_json(facts: PhotoFacts) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(facts):
        value = getattr(facts, f.name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif hasattr(value, "value") and not isinstance(value, int | float | str | bool):
            value = value.value
        out[f.name] = value
    return out


def facts_from_json(data: dict[str, Any]) -> PhotoFacts:
    values = dict(data)
    if values.get("capture_time"):
        values["capture_time"] = datetime.fromisoformat(values["capture_time"])
    if values.get("capture_time_source"):
        values["capture_time_source"] = CaptureTimeSource(values["capture_time_source"])
    names = {f.name for f in dataclasses.fields(PhotoFacts)}
    return PhotoFacts(**{k: v for k, v in values.items() if k in names})


def _finite_or_none(value: float, digits: int | None = None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), digits) if digits is not None else float(value)


def _float_or_nan(value: Any) -> float:
    return math.nan if value is None else float(value)


def _finite_dict(values: dict[str, float]) -> dict[str, float | None]:
    return {key: _finite_or_none(value) for key, value in values.items()}


def _rounded(values: dict[str, float], digits: int) -> dict[str, float | None]:
    return {key: _finite_or_none(value, digits) for key, value in values.items()}


def _nan_dict(values: dict[str, Any] | None) -> dict[str, float]:
    return {key: _float_or_nan(value) for key, value in (values or {}).items()}


# -- the measurements ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SharpnessSample:
    """Laplacian statistics of the subject at one pixel scale (`scale` = pixels per full-size pixel)."""

    scale: float
    laplacian_var: float
    texture: float  # median |LoG| on skin (faces) or the subject: fine texture, removed by smoothing
    edges: float  # 99th percentile |LoG| on the subject: edges, kept by edge-preserving smoothing


@dataclass(frozen=True, slots=True)
class FaceMeasurements:
    """The face as found, in full-size oriented pixels. Angles in degrees, signs as in imaging.face."""

    box: tuple[float, float, float, float]  # x, y, width, height
    eye_image_left: tuple[float, float]
    eye_image_right: tuple[float, float]
    ipd_px: float
    yaw: float  # NaN when the pose could not be solved
    pitch: float
    roll: float
    eye_line_deg: float  # angle of the eye line against the image x axis (image y down), from eye centres
    stable_points: np.ndarray  # len(MESH_STABLE) x 2, float32
    # Centre of the stable mesh points (eye corners, nose, forehead): where the face is; expression does not
    # move it.
    anchor: tuple[float, float] | None = None
    face_width_px: float = math.nan  # across the cheekbones (mesh outline), full-size pixels
    # One standard deviation of each measurement (`imaging.measure.face`): "ipd_rel" (share of the eye
    # distance), "anchor_px" (full-size pixels), "roll_deg", "yaw_deg", "pitch_deg", and the part of each
    # that is the resolution floor alone ("floor_ipd_rel", ...): what a larger face would remove.
    sigma: dict[str, float] = field(default_factory=dict)
    expression: dict[str, float] = field(default_factory=dict)  # imaging.measure.face.EXPRESSION_FEATURES
    expression_sigma: dict[str, float] = field(default_factory=dict)
    skin: dict[str, float] = field(default_factory=dict)  # imaging.measure.skin.skin_features
    refits: int = 0  # how many refits the uncertainty was taken over

    def to_json(self) -> dict[str, Any]:
        return {
            "anchor": None if self.anchor is None else list(self.anchor),
            "face_width_px": _finite_or_none(self.face_width_px),
            "sigma": _finite_dict(self.sigma),
            "expression": _finite_dict(self.expression),
            "expression_sigma": _finite_dict(self.expression_sigma),
            "skin": _finite_dict(self.skin),
            "refits": self.refits,
            "box": list(self.box),
            "eye_image_left": list(self.eye_image_left),
            "eye_image_right": list(self.eye_image_right),
            "ipd_px": self.ipd_px,
            "yaw": _finite_or_none(self.yaw),
            "pitch": _finite_or_none(self.pitch),
            "roll": _finite_or_none(self.roll),
            "eye_line_deg": self.eye_line_deg,
            "stable_points": np.round(self.stable_points.astype(np.float64), 2).tolist(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FaceMeasurements:
        return cls(
            box=tuple(data["box"]),
            eye_image_left=tuple(data["eye_image_left"]),
            eye_image_right=tuple(data["eye_image_right"]),
            ipd_px=float(data["ipd_px"]),
            yaw=_float_or_nan(data["yaw"]),
            pitch=_float_or_nan(data["pitch"]),
            roll=_float_or_nan(data["roll"]),
            eye_line_deg=float(data["eye_line_deg"]),
            stable_points=np.asarray(data["stable_points"], dtype=np.float32).reshape(-1, 2),
            anchor=None if data.get("anchor") is None else tuple(data["anchor"]),
            face_width_px=_float_or_nan(data.get("face_width_px")),
            sigma=_nan_dict(data.get("sigma")),
            expression=_nan_dict(data.get("expression")),
            expression_sigma=_nan_dict(data.get("expression_sigma")),
            skin=_nan_dict(data.get("skin")),
            refits=int(data.get("refits") or 0),
        )


@dataclass(frozen=True, slots=True)
class JpegInfo:
    quality: int | None  # estimated IJG quality when the tables are IJG-scaled
    family: str  # "ijg" (libjpeg-style scaled Annex K tables: software encoders) or "custom:<hash>"
    table_hash: str


@dataclass(frozen=True, slots=True)
class PhotoMeasurements:
    """Everything the pair checks need from one photo; `to_json`/`from_json` carry `version`."""

    version: int
    width: int  # oriented, full size
    height: int
    analysis_scale: float  # analysed pixels per full-size pixel
    facts: PhotoFacts
    subject: str  # "face" or "central"
    subject_median_luminance: float
    subject_ev: float
    clipped_dark: float
    clipped_bright: float
    illuminant_rgb: tuple[float, float, float]
    chromaticity_x: float
    chromaticity_y: float
    cct_k: float
    light_lr: float
    light_tb: float
    sharpness: float
    texture_index: float
    sharpness_profile: tuple[SharpnessSample, ...]
    subject_centre: tuple[float, float]
    subject_size: tuple[float, float]
    face: FaceMeasurements | None
    jpeg: JpegInfo | None
    software: tuple[str, ...]
    thumbnail: np.ndarray  # RGB uint8, longest side THUMBNAIL_MAX_SIDE
    keypoints: np.ndarray  # N x 2 float32, in feature-image pixels
    descriptors: np.ndarray  # N x 128 uint8 (SIFT)
    feature_scale: float  # feature-image pixels per full-size pixel
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def mired(self) -> float:
        return 1e6 / self.cct_k

    @property
    def has_face(self) -> bool:
        return self.face is not None

    def summary_json(self) -> dict[str, Any]:
        """The readable measurements (`photofollow measure --json`): no registration blobs."""
        face = self.face
        return {
            "version": self.version,
            "width": self.width,
            "height": self.height,
            "subject": self.subject,
            "luminance": round(self.subject_median_luminance, 5),
            "ev": round(self.subject_ev, 3),
            "clipped_dark": round(self.clipped_dark, 4),
            "clipped_bright": round(self.clipped_bright, 4),
            "chromaticity": [round(self.chromaticity_x, 4), round(self.chromaticity_y, 4)],
            "cct_k": round(self.cct_k, 0),
            "mired": round(self.mired, 1),
            "light_left_right": round(self.light_lr, 4),
            "light_top_bottom": round(self.light_tb, 4),
            "sharpness": round(self.sharpness, 2),
            "texture_index": round(self.texture_index, 4),
            "face_found": face is not None,
            "yaw": None if face is None else _finite_or_none(face.yaw, 2),
            "pitch": None if face is None else _finite_or_none(face.pitch, 2),
            "roll": None if face is None else _finite_or_none(face.roll, 2),
            "ipd_px": None if face is None else round(face.ipd_px, 2),
            "ipd_share": None
            if face is None
            else round(face.ipd_px / math.hypot(self.width, self.height), 5),
            "face_box": None if face is None else [round(v, 1) for v in face.box],
            "face_width_px": None if face is None else _finite_or_none(face.face_width_px, 1),
            "face_sigma": None if face is None else _rounded(face.sigma, 5),
            "expression": None if face is None else _rounded(face.expression, 4),
            "expression_sigma": None if face is None else _rounded(face.expression_sigma, 4),
            "subject_centre": [round(v, 4) for v in self.subject_centre],
            "subject_size": [round(v, 4) for v in self.subject_size],
            "jpeg_quality": None if self.jpeg is None else self.jpeg.quality,
            "jpeg_tables": None if self.jpeg is None else self.jpeg.family,
            "software": list(self.software),
            "features": int(len(self.keypoints)),
            "facts": facts_to_json(self.facts),
        }

    def to_json(self) -> dict[str, Any]:
        """Everything, for the cache (registration material as base64 arrays)."""
        return {
            "version": self.version,
            "width": self.width,
            "height": self.height,
            "analysis_scale": self.analysis_scale,
            "facts": facts_to_json(self.facts),
            "subject": self.subject,
            "subject_median_luminance": self.subject_median_luminance,
            "subject_ev": self.subject_ev,
            "clipped_dark": self.clipped_dark,
            "clipped_bright": self.clipped_bright,
            "illuminant_rgb": list(self.illuminant_rgb),
            "chromaticity_x": self.chromaticity_x,
            "chromaticity_y": self.chromaticity_y,
            "cct_k": self.cct_k,
            "light_lr": self.light_lr,
            "light_tb": self.light_tb,
            "sharpness": self.sharpness,
            "texture_index": self.texture_index,
            "sharpness_profile": [dataclasses.astuple(s) for s in self.sharpness_profile],
            "subject_centre": list(self.subject_centre),
            "subject_size": list(self.subject_size),
            "face": None if self.face is None else self.face.to_json(),
            "jpeg": None if self.jpeg is None else dataclasses.asdict(self.jpeg),
            "software": list(self.software),
            "thumbnail": _image_to_json(self.thumbnail),
            "keypoints": _array_to_json(self.keypoints.astype(np.float32)),
            "descriptors": _array_to_json(self.descriptors.astype(np.uint8)),
            "feature_scale": self.feature_scale,
            "extra": self.extra,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PhotoMeasurements:
        """Rebuild cached measurements; raises `StaleMeasurements` when they were made by another version."""
        if data.get("version") != MEASUREMENTS_VERSION:
            raise StaleMeasurements(data.get("version"))
        return cls(
            version=MEASUREMENTS_VERSION,
            width=int(data["width"]),
            height=int(data["height"]),
            analysis_scale=float(data["analysis_scale"]),
            facts=facts_from_json(data["facts"]),
            subject=data["subject"],
            subject_median_luminance=float(data["subject_median_luminance"]),
            subject_ev=float(data["subject_ev"]),
            clipped_dark=float(data["clipped_dark"]),
            clipped_bright=float(data["clipped_bright"]),
            illuminant_rgb=tuple(data["illuminant_rgb"]),
            chromaticity_x=float(data["chromaticity_x"]),
            chromaticity_y=float(data["chromaticity_y"]),
            cct_k=float(data["cct_k"]),
            light_lr=float(data["light_lr"]),
            light_tb=float(data["light_tb"]),
            sharpness=float(data["sharpness"]),
            texture_index=float(data["texture_index"]),
            sharpness_profile=tuple(SharpnessSample(*row) for row in data["sharpness_profile"]),
            subject_centre=tuple(data["subject_centre"]),
            subject_size=tuple(data["subject_size"]),
            face=None if data["face"] is None else FaceMeasurements.from_json(data["face"]),
            jpeg=None if data["jpeg"] is None else JpegInfo(**data["jpeg"]),
            software=tuple(data["software"]),
            thumbnail=_array_from_json(data["thumbnail"]),
            keypoints=_array_from_json(data["keypoints"]),
            descriptors=_array_from_json(data["descriptors"]),
            feature_scale=float(data["feature_scale"]),
            extra=dict(data.get("extra") or {}),
        )


class StaleMeasurements(ValueError):
    """Cached measurements from another MEASUREMENTS_VERSION: measure the photo again."""

    def __init__(self, version: Any):
        super().__init__(
            f"cached measurements have version {version!r}, this program needs {MEASUREMENTS_VERSION}"
        )
        self.version = version


@dataclass(slots=True)
class FaceInput:
    """A face as found on the analysis image (pixel coordinates of that image)."""

    mesh_xy: np.ndarray  # 468 x 2
    box: tuple[float, float, float, float]
    eye_image_left: tuple[float, float]
    eye_image_right: tuple[float, float]
    yaw: float
    pitch: float
    roll: float
    # The refits of the mesh (imaging.face.evidence), K x 468 x 2 in the same pixels, and the head pose of
    # each (K x 2: yaw, pitch); one mesh-model input pixel and one pixel of the image the face was found
    # in, in these pixels (the finest step a landmark can be placed at).
    mesh_samples: np.ndarray | None = None
    pose_samples: np.ndarray | None = None
    model_px: float = 0.0
    found_px: float = 1.0
