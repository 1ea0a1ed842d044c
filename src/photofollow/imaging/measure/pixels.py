"""Measuring one photo's pixels: subject, exposure, colour of the light, light balance, sharpness, face."""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from photofollow.domain.model import PhotoFacts
from photofollow.imaging.measure.colour import (
    chromaticity_and_cct,
    linear_luminance,
    linear_rgb,
    shades_of_grey,
)
from photofollow.imaging.measure.face import measure_face
from photofollow.imaging.measure.records import (
    MEASUREMENTS_VERSION,
    FaceInput,
    FaceMeasurements,
    JpegInfo,
    PhotoMeasurements,
)
from photofollow.imaging.measure.sharpness import _sharpness_profile, interpolate_profile
from photofollow.imaging.measure.skin import skin_features

ANALYSIS_MAX_SIDE = 1500  # reduced decode: a 6000x4000 JPEG decodes at 1/4 scale straight to this size
FACE_MAX_SIDE = 1024  # the face models work on a 128/192 px input; a smaller copy loses nothing
THUMBNAIL_MAX_SIDE = 160
STATS_MAX_SIDE = 480  # brightness, colour and light balance are measured on a copy this size
CENTRAL_SHARE = 0.6  # the central region (share of width and height) when there is no face
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
        found = measure_face(
            face.mesh_xy,
            float(face.yaw),
            float(face.pitch),
            MESH_STABLE,
            face.mesh_samples,
            face.pose_samples,
            face.model_px,
            face.found_px,
        )
        geo = found["geometry"]
        sigma = dict(found["sigma"])
        for key in ("anchor_px", "floor_anchor_px"):
            sigma[key] *= to_full
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
            anchor=(geo["anchor_x"] * to_full, geo["anchor_y"] * to_full),
            face_width_px=geo["width"] * to_full,
            sigma=sigma,
            expression=found["expression"],
            expression_sigma=found["expression_sigma"],
            skin=skin_features(rgb, face.mesh_xy),
            refits=found["refits"],
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


def _sift(grey: np.ndarray, max_features: int) -> tuple[np.ndarray, np.ndarray]:
    import cv2

    sift = cv2.SIFT_create(nfeatures=max_features)
    keypoints, descriptors = sift.detectAndCompute(grey, None)
    if descriptors is None or not keypoints:
        return np.zeros((0, 2), np.float32), np.zeros((0, 128), np.uint8)
    points = np.array([kp.pt for kp in keypoints], dtype=np.float32)
    return points, np.clip(np.round(descriptors), 0, 255).astype(np.uint8)
