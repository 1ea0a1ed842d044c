"""Per-photo measurements for the photo-policy checks, computed once per photo and cached as versioned JSON.

What is measured (all on a reduced decode, never the full pixels):
- the subject: the face (convex hull of the 468-point mesh) when one is found, else the central region;
- exposure: median linear luminance of the subject (sRGB de-gammaed), as EV relative to 18 % grey;
- colour of the light: shades-of-grey illuminant estimate in linear RGB on the frame (the face excluded, so
  treatment redness does not read as warmer light) -> CIE xy -> McCamy CCT and mired;
- light balance: ln(L_left / L_right) and ln(L_top / L_bottom) of the subject halves (image left/right;
  face halves split at the mesh midline, in the face's own axes so a tilted head splits right);
- sharpness and texture: a profile of Laplacian statistics of the subject at several pixel scales, so two
  photos are compared at a common subject scale (same inter-ocular distance, or the registration scale);
- head pose, inter-ocular distance, stable mesh points (for landmark registration), subject centre/size;
- registration material for non-face pairs: SIFT keypoints + descriptors of a grey copy, and a small RGB
  thumbnail for overlap statistics and the ECC fallback;
- JPEG quantisation (estimated IJG quality, table family) and the software names in EXIF/XMP.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import math
import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from photofollow.domain.model import CaptureTimeSource, PhotoFacts

MEASUREMENTS_VERSION = 1

ANALYSIS_MAX_SIDE = 1500  # reduced decode: a 6000x4000 JPEG decodes at 1/4 scale straight to this size
FACE_MAX_SIDE = 1024  # the face models work on a 128/192 px input; a smaller copy loses nothing
THUMBNAIL_MAX_SIDE = 160
STATS_MAX_SIDE = 480  # brightness, colour and light balance are measured on a copy this size
CENTRAL_SHARE = 0.6  # the central region (share of width and height) when there is no face
SHARPNESS_LEVELS = (1.0, 0.7071, 0.5, 0.3536, 0.25)
REFERENCE_IPD_PX = 64.0  # the reported face sharpness is at this inter-ocular distance
REFERENCE_WIDTH_PX = 1000.0  # the reported non-face sharpness is at this frame width
MIDDLE_GREY = 0.18

# MediaPipe face-mesh indices (canonical 468-point topology).
MESH_MIDLINE = (10, 151, 9, 8, 168, 6, 197, 195, 5, 4, 1, 2, 164, 0, 17, 18, 200, 199, 175, 152)
MESH_NOSE_TIP = 1
# Points that move little with expression: eye corners, nose bridge and base, forehead, temples, cheekbones.
MESH_STABLE = (
    33,
    133,
    362,
    263,
    168,
    6,
    197,
    195,
    5,
    4,
    1,
    2,
    98,
    327,
    10,
    151,
    9,
    108,
    337,
    54,
    284,
    21,
    251,
    116,
    345,
    123,
    352,
    70,
    300,
    105,
    334,
)
MESH_SKIN_PATCHES = (50, 280, 151)  # right cheek, left cheek, forehead centre

_SRGB_TO_LINEAR = None


def srgb_to_linear_lut() -> np.ndarray:
    global _SRGB_TO_LINEAR
    if _SRGB_TO_LINEAR is None:
        v = np.arange(256, dtype=np.float64) / 255.0
        _SRGB_TO_LINEAR = np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4).astype(np.float32)
    return _SRGB_TO_LINEAR


def linear_rgb(rgb: np.ndarray) -> np.ndarray:
    """sRGB uint8 -> linear float32 in [0, 1] (IEC 61966-2-1)."""
    return srgb_to_linear_lut()[rgb]


def linear_luminance(linear: np.ndarray) -> np.ndarray:
    return linear @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)


_RGB_TO_XYZ = np.array(
    [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]], dtype=np.float64
)


def chromaticity_and_cct(linear_rgb_mean: np.ndarray) -> tuple[float, float, float]:
    """CIE 1931 xy of a linear-sRGB colour and its McCamy (1992) correlated colour temperature in kelvin."""
    xyz = _RGB_TO_XYZ @ np.asarray(linear_rgb_mean, dtype=np.float64)
    total = float(xyz.sum())
    if total <= 1e-9:
        return 0.3127, 0.3290, 6504.0
    x, y = float(xyz[0] / total), float(xyz[1] / total)
    n = (x - 0.3320) / (0.1858 - y) if abs(0.1858 - y) > 1e-9 else 0.0
    cct = 449.0 * n**3 + 3525.0 * n**2 + 6823.3 * n + 5520.33
    return x, y, float(min(max(cct, 1000.0), 25000.0))


def shades_of_grey(linear: np.ndarray, mask: np.ndarray | None, p: float) -> np.ndarray:
    """Illuminant estimate (Finlayson & Trezzi 2004): the Minkowski p-mean of each linear channel.

    Clipped and near-black pixels are left out: a clipped channel has lost its ratio to the others.
    """
    pixels = linear.reshape(-1, 3)
    usable = (pixels.max(axis=1) < 0.95) & (pixels.max(axis=1) > 0.002)
    if mask is not None:
        usable &= mask.reshape(-1)
    if usable.sum() < 50:
        usable = np.ones(len(pixels), dtype=bool)
    chosen = pixels[usable].astype(np.float64)
    estimate = np.power(np.mean(np.power(chosen, p), axis=0), 1.0 / p)
    return estimate / max(float(estimate.sum()), 1e-12)


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

    def to_json(self) -> dict[str, Any]:
        return {
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


# -- measuring ------------------------------------------------------------------------------------------


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


def measure_pixels(
    rgb: np.ndarray,
    full_size: tuple[int, int],
    facts: PhotoFacts,
    face: FaceInput | None,
    jpeg: JpegInfo | None = None,
    software: tuple[str, ...] = (),
    minkowski_p: float = 6.0,
    feature_max_side: int = 512,
    max_features: int = 500,
) -> PhotoMeasurements:
    """Measure an oriented RGB analysis image (`rgb`, a reduced copy of a photo of `full_size` = (w, h))."""
    import cv2

    height, width = rgb.shape[:2]
    full_w, full_h = full_size
    scale = width / full_w  # analysis pixels per full-size pixel

    # Brightness, colour and light balance need no detail: a copy of at most STATS_MAX_SIDE pixels.
    stats_scale = min(1.0, STATS_MAX_SIDE / max(width, height))
    stats = _resized(rgb, stats_scale)
    s_h, s_w = stats.shape[:2]
    thumbnail = _resized(rgb, THUMBNAIL_MAX_SIDE / max(width, height))
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)

    face_stats = None
    if face is not None:
        face_stats = dataclasses.replace(
            face,
            mesh_xy=face.mesh_xy * (s_w / width),
            box=tuple(v * (s_w / width) for v in face.box),
            eye_image_left=tuple(v * (s_w / width) for v in face.eye_image_left),
            eye_image_right=tuple(v * (s_w / width) for v in face.eye_image_right),
        )
        ipd = math.dist(face.eye_image_left, face.eye_image_right)
        fx, fy, fw, fh = face.box
        centre = ((fx + fw / 2) / width, (fy + fh / 2) / height)
        size = (fw / width, fh / height)
        subject = "face"
    else:
        centre, size = (0.5, 0.5), (CENTRAL_SHARE, CENTRAL_SHARE)
        subject = "central"
        ipd = 0.0
    stats_mask = _subject_mask((s_h, s_w), face_stats)

    # Exposure: median linear luminance of the subject (robust to clipped highlights and specular spots).
    lin_stats = linear_rgb(stats)
    lum_stats = linear_luminance(lin_stats)
    median_lum = float(np.median(lum_stats[stats_mask]))
    ev = math.log2(max(median_lum, 1e-6) / MIDDLE_GREY)
    subject_rgb = stats[stats_mask]
    clipped_dark = float(np.mean(subject_rgb.max(axis=1) <= 5))
    clipped_bright = float(np.mean(subject_rgb.max(axis=1) >= 250))

    # Colour of the light on the frame, the face left out (treatment redness is not the light's colour).
    colour_mask = None
    if face_stats is not None:
        colour_mask = ~stats_mask
        if colour_mask.mean() < 0.15:  # a face filling the frame: its own colour is all there is
            colour_mask = None
    illuminant = shades_of_grey(lin_stats, colour_mask, minkowski_p)
    cx, cy, cct = chromaticity_and_cct(illuminant)

    # Light balance on the subject halves.
    light_lr, light_tb = _light_balance(lum_stats, stats_mask, face_stats)

    # Sharpness/texture profile of the subject, at analysis resolution and below.
    subject_mask = _subject_mask((height, width), face)
    profile = _sharpness_profile(grey, subject_mask, face, scale)
    if face is not None:
        unit_px = [ipd / scale * s.scale for s in profile]  # inter-ocular distance at each level
        reference = REFERENCE_IPD_PX
    else:
        unit_px = [full_w * s.scale for s in profile]  # frame width at each level
        reference = REFERENCE_WIDTH_PX
    sharpness = interpolate_profile(profile, unit_px, reference, "laplacian_var")
    texture_index = interpolate_profile(profile, unit_px, reference, "texture_index")

    # Registration material: SIFT on a grey copy.
    f_scale = min(1.0, feature_max_side / max(width, height))
    keypoints, descriptors = _sift(_resized(grey, f_scale), max_features)

    face_out = None
    if face is not None:
        to_full = 1.0 / scale
        stable = face.mesh_xy[list(MESH_STABLE)] * to_full
        (lx, ly), (rx, ry) = face.eye_image_left, face.eye_image_right
        face_out = FaceMeasurements(
            box=tuple(float(v) * to_full for v in face.box),
            eye_image_left=(lx * to_full, ly * to_full),
            eye_image_right=(rx * to_full, ry * to_full),
            ipd_px=ipd * to_full,
            yaw=float(face.yaw),
            pitch=float(face.pitch),
            roll=float(face.roll),
            eye_line_deg=math.degrees(math.atan2(ry - ly, rx - lx)),
            stable_points=stable.astype(np.float32),
        )

    return PhotoMeasurements(
        version=MEASUREMENTS_VERSION,
        width=int(full_w),
        height=int(full_h),
        analysis_scale=float(scale),
        facts=facts,
        subject=subject,
        subject_median_luminance=median_lum,
        subject_ev=ev,
        clipped_dark=clipped_dark,
        clipped_bright=clipped_bright,
        illuminant_rgb=tuple(float(v) for v in illuminant),
        chromaticity_x=cx,
        chromaticity_y=cy,
        cct_k=cct,
        light_lr=light_lr,
        light_tb=light_tb,
        sharpness=float(sharpness),
        texture_index=float(texture_index),
        sharpness_profile=tuple(profile),
        subject_centre=(float(centre[0]), float(centre[1])),
        subject_size=(float(size[0]), float(size[1])),
        face=face_out,
        jpeg=jpeg,
        software=tuple(software),
        thumbnail=thumbnail,
        keypoints=keypoints,
        descriptors=descriptors,
        feature_scale=float(f_scale * scale),
    )


def _resized(image: np.ndarray, factor: float) -> np.ndarray:
    import cv2

    if factor >= 1.0:
        return image
    h, w = image.shape[:2]
    return cv2.resize(
        image, (max(1, round(w * factor)), max(1, round(h * factor))), interpolation=cv2.INTER_AREA
    )


def _subject_mask(shape: tuple[int, int], face: FaceInput | None) -> np.ndarray:
    """The face's mesh hull, or the central region; the centre also when the hull is nearly off the frame."""
    import cv2

    height, width = shape
    mask = np.zeros(shape, dtype=np.uint8)
    if face is not None:
        hull = cv2.convexHull(face.mesh_xy.astype(np.float32)).astype(np.int32)
        cv2.fillConvexPoly(mask, hull, 1)
    if face is None or int(mask.sum()) < 100:
        x0, y0 = round(width * (1 - CENTRAL_SHARE) / 2), round(height * (1 - CENTRAL_SHARE) / 2)
        mask[y0 : height - y0, x0 : width - x0] = 1
    return mask.astype(bool)


def _light_balance(lum: np.ndarray, subject_mask: np.ndarray, face: FaceInput | None) -> tuple[float, float]:
    """ln(mean L of the image-left half / image-right half), and top over bottom, on the subject."""
    ys, xs = np.nonzero(subject_mask)
    values = lum[ys, xs]
    if face is not None:
        # Face axes: u along the eye line (image left -> right), v perpendicular (down). The split point is
        # the mesh midline for u and the nose tip for v, so a turned or tilted head is split at its middle.
        (lx, ly), (rx, ry) = face.eye_image_left, face.eye_image_right
        ux, uy = rx - lx, ry - ly
        norm = math.hypot(ux, uy) or 1.0
        ux, uy = ux / norm, uy / norm
        vx, vy = -uy, ux
        mid = face.mesh_xy[list(MESH_MIDLINE)]
        mid_u = mid[:, 0] * ux + mid[:, 1] * uy
        mid_v = mid[:, 0] * vx + mid[:, 1] * vy
        # The midline as u = a * v + b in face axes (it bends with yaw; a straight fit is enough here).
        a, b = np.polyfit(mid_v, mid_u, 1) if np.ptp(mid_v) > 1 else (0.0, float(np.mean(mid_u)))
        pu = xs * ux + ys * uy
        pv = xs * vx + ys * vy
        left = pu < a * pv + b
        nose = face.mesh_xy[MESH_NOSE_TIP]
        top = pv < nose[0] * vx + nose[1] * vy
    else:
        cx = (xs.min() + xs.max()) / 2
        cy = (ys.min() + ys.max()) / 2
        left = xs < cx
        top = ys < cy

    def log_ratio(first: np.ndarray) -> float:
        a_values, b_values = values[first], values[~first]
        if len(a_values) < 10 or len(b_values) < 10:
            return 0.0
        return float(math.log(max(float(a_values.mean()), 1e-6) / max(float(b_values.mean()), 1e-6)))

    return log_ratio(left), log_ratio(top)


def _skin_mask(shape: tuple[int, int], face: FaceInput) -> np.ndarray:
    import cv2

    mask = np.zeros(shape, dtype=np.uint8)
    ipd = math.dist(face.eye_image_left, face.eye_image_right)
    radius = max(2, round(0.22 * ipd))
    for index in MESH_SKIN_PATCHES:
        x, y = face.mesh_xy[index]
        cv2.circle(mask, (round(float(x)), round(float(y))), radius, 1, -1)
    return mask.astype(bool)


def _sharpness_profile(
    grey: np.ndarray, subject_mask: np.ndarray, face: FaceInput | None, scale: float
) -> list[SharpnessSample]:
    """Per level: Laplacian variance over the squared mean grey (focus, independent of brightness), median
    |Laplacian| on skin (texture) and the 99th percentile |Laplacian| on the subject (edges)."""
    import cv2

    ys, xs = np.nonzero(subject_mask[::4, ::4])
    x0, x1 = max(0, xs.min() * 4), min(grey.shape[1], xs.max() * 4 + 4)
    y0, y1 = max(0, ys.min() * 4), min(grey.shape[0], ys.max() * 4 + 4)
    crop = grey[y0:y1, x0:x1].astype(np.float32)
    crop_mask = subject_mask[y0:y1, x0:x1].astype(np.uint8)
    texture_mask = crop_mask
    if face is not None:
        skin = (_skin_mask(grey.shape, face)[y0:y1, x0:x1] & crop_mask.astype(bool)).astype(np.uint8)
        if skin.sum() > 50:
            texture_mask = skin
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
        else:
            img, m, t = crop, crop_mask, texture_mask
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
        mean_grey = float(cv2.mean(img, mask=inner)[0])
        _, std = cv2.meanStdDev(lap, mask=inner)
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


def _sift(grey: np.ndarray, max_features: int) -> tuple[np.ndarray, np.ndarray]:
    import cv2

    sift = cv2.SIFT_create(nfeatures=max_features)
    keypoints, descriptors = sift.detectAndCompute(grey, None)
    if descriptors is None or not keypoints:
        return np.zeros((0, 2), np.float32), np.zeros((0, 128), np.uint8)
    points = np.array([kp.pt for kp in keypoints], dtype=np.float32)
    return points, np.clip(np.round(descriptors), 0, 255).astype(np.uint8)


# -- file-level facts that are not in PhotoFacts ------------------------------------------------------------

# IJG / ITU-T T.81 Annex K base tables, natural (row-major) order.
_ANNEX_K_LUMA = np.array(
    [
        16,
        11,
        10,
        16,
        24,
        40,
        51,
        61,
        12,
        12,
        14,
        19,
        26,
        58,
        60,
        55,
        14,
        13,
        16,
        24,
        40,
        57,
        69,
        56,
        14,
        17,
        22,
        29,
        51,
        87,
        80,
        62,
        18,
        22,
        37,
        56,
        68,
        109,
        103,
        77,
        24,
        35,
        55,
        64,
        81,
        104,
        113,
        92,
        49,
        64,
        78,
        87,
        103,
        121,
        120,
        101,
        72,
        92,
        95,
        98,
        112,
        100,
        103,
        99,
    ]
)
_ANNEX_K_CHROMA = np.array(
    [
        17,
        18,
        24,
        47,
        99,
        99,
        99,
        99,
        18,
        21,
        26,
        66,
        99,
        99,
        99,
        99,
        24,
        26,
        56,
        99,
        99,
        99,
        99,
        99,
        47,
        66,
        99,
        99,
        99,
        99,
        99,
        99,
    ]
    + [99] * 32
)
_ZIGZAG = np.array(
    [
        0,
        1,
        8,
        16,
        9,
        2,
        3,
        10,
        17,
        24,
        32,
        25,
        18,
        11,
        4,
        5,
        12,
        19,
        26,
        33,
        40,
        48,
        41,
        34,
        27,
        20,
        13,
        6,
        7,
        14,
        21,
        28,
        35,
        42,
        49,
        56,
        57,
        50,
        43,
        36,
        29,
        22,
        15,
        23,
        30,
        37,
        44,
        51,
        58,
        59,
        52,
        45,
        38,
        31,
        39,
        46,
        53,
        60,
        61,
        54,
        47,
        55,
        62,
        63,
    ]
)


def _ijg_table(base: np.ndarray, quality: int) -> np.ndarray:
    quality = min(max(quality, 1), 100)
    factor = 5000 // quality if quality < 50 else 200 - 2 * quality
    return np.clip((base * factor + 50) // 100, 1, 255)


def jpeg_info(tables: dict[int, Any] | None) -> JpegInfo | None:
    """Estimated IJG quality and table family of a JPEG's quantisation tables (Pillow `im.quantization`)."""
    if not tables:
        return None
    luma = np.asarray(list(tables.get(0, [])), dtype=np.int64)
    if luma.size != 64:
        return None
    chroma = np.asarray(list(tables.get(1, [])), dtype=np.int64) if 1 in tables else None
    digest = hashlib.sha1(
        b"".join(np.asarray(list(tables[k]), dtype=np.uint16).tobytes() for k in sorted(tables))
    ).hexdigest()[:12]
    for order in (None, _ZIGZAG):  # Pillow gives natural order; older versions gave zigzag
        for quality in range(1, 101):
            expected = _ijg_table(_ANNEX_K_LUMA, quality)
            if order is not None:
                expected = expected[order]
            if np.array_equal(expected, luma):
                if chroma is not None and chroma.size == 64:
                    expected_c = _ijg_table(_ANNEX_K_CHROMA, quality)
                    if order is not None:
                        expected_c = expected_c[order]
                    if not np.array_equal(expected_c, chroma):
                        continue
                return JpegInfo(quality=quality, family="ijg", table_hash=digest)
    # Not IJG-scaled: estimate the quality from the mean table value against Annex K (for display only).
    ratio = float(luma.mean()) / float(_ANNEX_K_LUMA.mean())
    quality_est = round(100 - ratio * 50) if ratio <= 1 else round(50 / ratio)
    return JpegInfo(quality=int(min(max(quality_est, 1), 100)), family=f"custom:{digest}", table_hash=digest)


_XMP_TOOL = re.compile(rb"(?:CreatorTool|softwareAgent)(?:>|=\")([^<\"]{1,200})")


def file_traits(path: str | Path) -> tuple[JpegInfo | None, tuple[str, ...]]:
    """JPEG quantisation facts and every software name the file carries (EXIF Software,
    ProcessingSoftware, XMP CreatorTool / history softwareAgent). Reads headers only."""
    from PIL import Image

    names: list[str] = []
    jpeg = None
    try:
        with Image.open(path) as image:
            if image.format == "JPEG":
                jpeg = jpeg_info(getattr(image, "quantization", None))
            try:
                exif = image.getexif()
                for tag in (305, 11):  # Software, ProcessingSoftware
                    value = exif.get(tag)
                    if isinstance(value, bytes):
                        value = value.decode("latin-1", "replace")
                    if isinstance(value, str) and value.strip():
                        names.append(value.strip().strip("\x00"))
            except Exception:  # a broken EXIF block: the facts reader reports it; nothing to add here
                pass
            xmp = image.info.get("xmp")
            if isinstance(xmp, str):
                xmp = xmp.encode("utf-8", "replace")
            if isinstance(xmp, bytes):
                for match in _XMP_TOOL.finditer(xmp):
                    names.append(match.group(1).decode("utf-8", "replace").strip())
    except Exception:
        return None, ()
    unique: list[str] = []
    for name in names:
        if name and name not in unique:
            unique.append(name)
    return jpeg, tuple(unique)
