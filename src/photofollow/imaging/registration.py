"""Registration of a follow-up onto its baseline from cached measurements: face landmarks, else SIFT features
(ratio test + RANSAC similarity), else ECC on the thumbnails. Gives the 3x3 transform (follow-up full-size
oriented pixels -> baseline's) and its scale, rotation and offset for the distance/framing/roll checks.

`register_face_features` registers the face region alone on its SIFT features: a second estimate of the face's
scale, rotation and position, independent of the face mesh, that the geometry checks compare the mesh's
with (a shadow or a colour cast that misleads the mesh does not move the skin's own features). A feature
registration carries its precision: the RMS residual of its inliers and their spread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from photofollow.domain.policy import RegistrationPolicy
from photofollow.imaging.measure import PhotoMeasurements


@dataclass(frozen=True, slots=True)
class Registration:
    """A similarity transform from follow-up pixels to baseline pixels (full size, oriented)."""

    matrix: np.ndarray  # 3 x 3
    method: str  # "landmarks", "features", "face-features" or "ecc"
    matches: int
    inliers: int
    residual_px: float = math.nan  # RMS distance of the inliers from the fit, baseline full-size pixels
    spread_px: float = math.nan  # RMS distance of the inliers from their centroid, baseline full-size pixels

    @property
    def sigma_scale(self) -> float:
        """One standard deviation of `scale` as a share of it (NaN when the fit gives no precision)."""
        if not (self.inliers >= 3 and self.spread_px > 0):
            return math.nan
        return float(self.residual_px / (math.sqrt(self.inliers) * self.spread_px))

    @property
    def sigma_rotation_deg(self) -> float:
        return math.degrees(self.sigma_scale)

    @property
    def sigma_shift_px(self) -> float:
        """One standard deviation of the offset, baseline full-size pixels."""
        if self.inliers < 3:
            return math.nan
        return float(self.residual_px / math.sqrt(self.inliers))

    @property
    def scale(self) -> float:
        """Baseline pixels per follow-up pixel (< 1: the subject is larger in the follow-up)."""
        return float(math.hypot(self.matrix[0, 0], self.matrix[1, 0]))

    @property
    def rotation_deg(self) -> float:
        """Rotation of the mapping follow-up -> baseline, degrees, positive = clockwise on screen (y down)."""
        return float(math.degrees(math.atan2(self.matrix[1, 0], self.matrix[0, 0])))

    @property
    def follow_up_tilt_deg(self) -> float:
        """How far the follow-up's content is turned clockwise on screen relative to the baseline's."""
        return -self.rotation_deg

    def to_baseline(self, points: np.ndarray) -> np.ndarray:
        points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        homogeneous = np.c_[points, np.ones(len(points))]
        mapped = homogeneous @ self.matrix.T
        return mapped[:, :2] / mapped[:, 2:3]

    def to_follow_up(self, points: np.ndarray) -> np.ndarray:
        points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        inverse = np.linalg.inv(self.matrix)
        homogeneous = np.c_[points, np.ones(len(points))]
        mapped = homogeneous @ inverse.T
        return mapped[:, :2] / mapped[:, 2:3]

    def as_lists(self) -> list[list[float]]:
        return [[float(round(v, 6)) for v in row] for row in self.matrix]


def _to_3x3(affine: np.ndarray) -> np.ndarray:
    matrix = np.eye(3)
    matrix[:2, :] = affine
    return matrix


def _plausible(matrix: np.ndarray) -> bool:
    scale = math.hypot(matrix[0, 0], matrix[1, 0])
    return bool(np.all(np.isfinite(matrix)) and 0.2 < scale < 5.0)


def register_landmarks(baseline: PhotoMeasurements, follow_up: PhotoMeasurements) -> Registration | None:
    """Similarity fit on the stable face-mesh points (eye corners, nose, forehead, temples, cheekbones)."""
    import cv2

    if baseline.face is None or follow_up.face is None:
        return None
    source = follow_up.face.stable_points.astype(np.float32)
    target = baseline.face.stable_points.astype(np.float32)
    if len(source) < 3 or len(source) != len(target):
        return None
    affine, inliers = cv2.estimateAffinePartial2D(source, target, method=cv2.LMEDS)
    if affine is None:
        return None
    matrix = _to_3x3(affine)
    if not _plausible(matrix):
        return None
    count = int(inliers.sum()) if inliers is not None else len(source)
    return Registration(matrix=matrix, method="landmarks", matches=len(source), inliers=count)


def register_features(
    baseline: PhotoMeasurements, follow_up: PhotoMeasurements, policy: RegistrationPolicy
) -> Registration | None:
    """SIFT matches with Lowe's ratio test, then a RANSAC similarity (4 degrees of freedom)."""
    everything_b = np.ones(len(baseline.keypoints), dtype=bool)
    everything_f = np.ones(len(follow_up.keypoints), dtype=bool)
    return _register_keypoints(baseline, follow_up, everything_b, everything_f, policy, "features")


def _in_face(m: PhotoMeasurements, margin: float) -> np.ndarray:
    x, y, w, h = m.face.box
    points = m.keypoints / m.feature_scale  # full-size pixels
    return (
        (points[:, 0] >= x - margin * w)
        & (points[:, 0] <= x + (1 + margin) * w)
        & (points[:, 1] >= y - margin * h)
        & (points[:, 1] <= y + (1 + margin) * h)
    )


def register_face_features(
    baseline: PhotoMeasurements, follow_up: PhotoMeasurements, policy: RegistrationPolicy
) -> Registration | None:
    """The face region of each photo (its box, 10 % wider) registered on its own SIFT features; None when
    either photo has no face or the face holds too few matches to trust."""
    if baseline.face is None or follow_up.face is None or len(baseline.keypoints) < 2:
        return None
    if len(follow_up.keypoints) < 2:
        return None
    chosen_b, chosen_f = _in_face(baseline, 0.1), _in_face(follow_up, 0.1)
    return _register_keypoints(baseline, follow_up, chosen_b, chosen_f, policy, "face-features")


def _register_keypoints(
    baseline: PhotoMeasurements,
    follow_up: PhotoMeasurements,
    chosen_b: np.ndarray,
    chosen_f: np.ndarray,
    policy: RegistrationPolicy,
    method: str,
) -> Registration | None:
    import cv2

    if chosen_b.sum() < 2 or chosen_f.sum() < 2:
        return None
    index_b, index_f = np.flatnonzero(chosen_b), np.flatnonzero(chosen_f)
    matcher = cv2.BFMatcher(cv2.NORM_L2)
    pairs = matcher.knnMatch(
        follow_up.descriptors[index_f].astype(np.float32),
        baseline.descriptors[index_b].astype(np.float32),
        k=2,
    )
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < policy.ratio_test * p[1].distance]
    if len(good) < policy.min_inliers:
        return None
    source = follow_up.keypoints[index_f[[m.queryIdx for m in good]]] / follow_up.feature_scale
    target = baseline.keypoints[index_b[[m.trainIdx for m in good]]] / baseline.feature_scale
    threshold = policy.ransac_threshold_px / baseline.feature_scale
    affine, inliers = cv2.estimateAffinePartial2D(
        source.astype(np.float32),
        target.astype(np.float32),
        method=cv2.RANSAC,
        ransacReprojThreshold=threshold,
        maxIters=2000,
        confidence=0.995,
    )
    if affine is None or inliers is None:
        return None
    count = int(inliers.sum())
    if count < policy.min_inliers or count < policy.min_inlier_share * len(good):
        return None
    matrix = _to_3x3(affine)
    if not _plausible(matrix):
        return None
    kept = inliers.ravel().astype(bool)
    mapped = np.c_[source[kept], np.ones(count)] @ matrix[:2].T
    residual = float(np.sqrt(np.mean(np.sum((mapped - target[kept]) ** 2, axis=1))))
    # A keypoint's position is known to about a third of a feature-image pixel at best.
    residual = max(residual, 0.3 / baseline.feature_scale)
    centred = target[kept] - target[kept].mean(axis=0)
    spread = float(np.sqrt(np.mean(np.sum(centred**2, axis=1))))
    return Registration(
        matrix=matrix,
        method=method,
        matches=len(good),
        inliers=count,
        residual_px=residual,
        spread_px=spread,
    )


def register_ecc(baseline: PhotoMeasurements, follow_up: PhotoMeasurements) -> Registration | None:
    """Fallback for photos with too few features: ECC (Evangelidis & Psarakis 2008) on the grey thumbnails."""
    import cv2

    template = cv2.cvtColor(baseline.thumbnail, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0
    moving = cv2.cvtColor(follow_up.thumbnail, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0
    if min(template.shape) < 16 or min(moving.shape) < 16:
        return None
    # Thumbnail pixels per full-size pixel of each photo.
    scale_b = baseline.thumbnail.shape[1] / baseline.width
    scale_f = follow_up.thumbnail.shape[1] / follow_up.width
    # Start from "same framing": the frames map onto each other (centre to centre, width to width).
    start = np.array(
        [[moving.shape[1] / template.shape[1], 0, 0], [0, moving.shape[0] / template.shape[0], 0]],
        dtype=np.float32,
    )
    criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 100, 1e-5)
    try:
        correlation, warp = cv2.findTransformECC(
            template, moving, start, cv2.MOTION_AFFINE, criteria, None, 3
        )
    except cv2.error:
        return None
    if correlation < 0.6:
        return None
    # warp maps baseline-thumbnail points to follow-up-thumbnail points; invert, then take the nearest
    # similarity (the checks read scale and rotation, which a small shear does not change meaningfully).
    forward = _to_3x3(warp)
    inverse = np.linalg.inv(forward)
    a, b = (inverse[0, 0] + inverse[1, 1]) / 2, (inverse[1, 0] - inverse[0, 1]) / 2
    similarity = np.array([[a, -b, inverse[0, 2]], [b, a, inverse[1, 2]], [0, 0, 1]])
    to_thumb_f = np.diag([scale_f, scale_f, 1.0])
    from_thumb_b = np.diag([1 / scale_b, 1 / scale_b, 1.0])
    matrix = from_thumb_b @ similarity @ to_thumb_f
    if not _plausible(matrix):
        return None
    return Registration(matrix=matrix, method="ecc", matches=0, inliers=0)


def register(
    baseline: PhotoMeasurements, follow_up: PhotoMeasurements, policy: RegistrationPolicy
) -> Registration | None:
    """Landmarks when both photos have a face, else features, else ECC; None when nothing holds."""
    return (
        register_landmarks(baseline, follow_up)
        or register_features(baseline, follow_up, policy)
        or register_ecc(baseline, follow_up)
    )
