"""What every check shares: the pair context, status bands, results and sentences, overlap statistics."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus
from photofollow.domain.model import View, VisitKind
from photofollow.domain.policy import Policy, ViewPolicy
from photofollow.domain.text import QT_TRANSLATE_NOOP, Day, Number, Phrase
from photofollow.imaging.measure import (
    PhotoMeasurements,
    linear_rgb,
    shades_of_grey,
)
from photofollow.imaging.registration import Registration

PASS, WARN, FAIL, SKIPPED = CheckStatus.PASS, CheckStatus.WARN, CheckStatus.FAIL, CheckStatus.SKIPPED

# Sign of yaw in imaging.face: positive yaw = the patient's LEFT side turned towards the camera
# (the face turns to the patient's right). Checked against imaging.face by tests/checks/test_pose_signs.py.
YAW_POSITIVE_SHOWS_LEFT = True

COMMON_SCALE_FACTOR = 0.7071
# Skin texture lives in the finest octave; calibrated: re-saving at quality 75 keeps the texture index above
# 0.74 there, a bilateral beauty filter takes it below 0.55 (half an octave down the two come closer).
TEXTURE_SCALE_FACTOR = 1.0


def band(value: float, warn: float, fail: float) -> CheckStatus:
    """pass up to `warn`, warn up to `fail`, fail beyond (for values where larger is worse)."""
    if value > fail:
        return FAIL
    if value > warn:
        return WARN
    return PASS


def band_low(value: float, warn: float, fail: float) -> CheckStatus:
    """pass from `warn` up, warn down to `fail`, fail below (for ratios where smaller is worse)."""
    if value < fail:
        return FAIL
    if value < warn:
        return WARN
    return PASS


def worst(*statuses: CheckStatus) -> CheckStatus:
    return max(statuses, key=lambda s: s.severity) if statuses else PASS


def classify_view(yaw: float, policy: ViewPolicy) -> View | None:
    """The standard face view for an absolute yaw (degrees), or None between the bins."""
    size = abs(yaw)
    shows_left = (yaw > 0) == YAW_POSITIVE_SHOWS_LEFT
    if size < policy.frontal_max_deg:
        return View.FRONTAL
    if policy.oblique_min_deg <= size <= policy.oblique_max_deg:
        return View.OBLIQUE_45_LEFT if shows_left else View.OBLIQUE_45_RIGHT
    if size > policy.lateral_min_deg:
        return View.LATERAL_90_LEFT if shows_left else View.LATERAL_90_RIGHT
    return None


def _view_words(view: View | str) -> Phrase:
    """The view as it reads inside a check's sentence ("a %1 view")."""
    words = {
        View.FRONTAL: QT_TRANSLATE_NOOP("Checks", "frontal"),
        View.OBLIQUE_45_LEFT: QT_TRANSLATE_NOOP("Checks", "45° left oblique"),
        View.OBLIQUE_45_RIGHT: QT_TRANSLATE_NOOP("Checks", "45° right oblique"),
        View.LATERAL_90_LEFT: QT_TRANSLATE_NOOP("Checks", "left profile"),
        View.LATERAL_90_RIGHT: QT_TRANSLATE_NOOP("Checks", "right profile"),
        View.SCALP_VERTEX: QT_TRANSLATE_NOOP("Checks", "scalp vertex"),
        View.SCALP_MIDLINE: QT_TRANSLATE_NOOP("Checks", "scalp centre part"),
        View.SCALP_FRONTAL: QT_TRANSLATE_NOOP("Checks", "frontal hairline"),
        View.SCALP_TEMPORAL_LEFT: QT_TRANSLATE_NOOP("Checks", "left temple"),
        View.SCALP_TEMPORAL_RIGHT: QT_TRANSLATE_NOOP("Checks", "right temple"),
        View.SCALP_OCCIPITAL: QT_TRANSLATE_NOOP("Checks", "back of the head"),
        View.HANDS_DORSAL: QT_TRANSLATE_NOOP("Checks", "back of the hands"),
        View.HANDS_PALMAR: QT_TRANSLATE_NOOP("Checks", "palms"),
        View.CLOSE_UP: QT_TRANSLATE_NOOP("Checks", "close-up"),
        View.OTHER: QT_TRANSLATE_NOOP("Checks", "other"),
    }
    return _say(words[View(view)])


def _say(source: str, *args: Number | Day | Phrase | str | int) -> Phrase:
    """A check's sentence (or part of one); `source` is marked with QT_TRANSLATE_NOOP("Checks", ...)."""
    return Phrase("Checks", source, args)


def _n(value: float, decimals: int = 0) -> Number:
    return Number(float(value), decimals)


def _which(either: Phrase, baseline: Phrase, follow_up: Phrase, b_missing: bool, f_missing: bool) -> Phrase:
    """The sentence naming the photo that lacks something: both, the baseline, or the follow-up."""
    if b_missing and f_missing:
        return either
    return baseline if b_missing else follow_up


@dataclass(slots=True)
class PairContext:
    baseline: PhotoMeasurements
    follow_up: PhotoMeasurements
    policy: Policy
    registration: Registration | None
    labelled_view: View | None = None
    treatment_at: datetime | None = None
    visit_kind: VisitKind | None = None
    visit_at: datetime | None = None
    now: datetime | None = None
    _overlap: dict | None = None
    _overlap_done: bool = False
    _face_registration: Registration | None = None
    _face_registration_done: bool = False

    @property
    def faces(self) -> bool:
        return self.baseline.face is not None and self.follow_up.face is not None

    def face_registration(self) -> Registration | None:
        """The face regions registered on their own features (a second estimate of the face's geometry)."""
        if not self._face_registration_done:
            self._face_registration = None
            if self.faces:
                from photofollow.imaging.registration import register_face_features

                self._face_registration = register_face_features(
                    self.baseline, self.follow_up, self.policy.registration
                )
            self._face_registration_done = True
        return self._face_registration

    def overlap(self) -> dict | None:
        if not self._overlap_done:
            self._overlap = _overlap_statistics(self)
            self._overlap_done = True
        return self._overlap


def _result(check: CheckId, status, measured, threshold, unit, message: Phrase, **details) -> CheckResult:
    """A result whose English `message` is the phrase's English; a measured value or threshold given as a
    phrase (words such as "same orientation") is reported in English with its phrase kept alongside."""
    measured_phrase = threshold_phrase = None
    if isinstance(measured, Phrase):
        measured_phrase, measured = measured, measured.english()
    if isinstance(threshold, Phrase):
        threshold_phrase, threshold = threshold, threshold.english()
    return CheckResult(
        check,
        status,
        measured,
        threshold,
        unit,
        message.english(),
        details,
        phrase=message,
        measured_phrase=measured_phrase,
        threshold_phrase=threshold_phrase,
    )


def _skip(check: CheckId, reason: Phrase, unit: str = "") -> CheckResult:
    return CheckResult(check, SKIPPED, None, None, unit, reason.english(), {}, phrase=reason)


# -- overlap statistics (non-face subjects, and the colour of the light) -------------------------------------


def _overlap_statistics(ctx: PairContext) -> dict | None:
    """Luminance, illuminant and light balance of the part of the scene both photos show (thumbnails)."""
    import cv2

    reg = ctx.registration
    if reg is None:
        return None
    b, f = ctx.baseline, ctx.follow_up
    tb, tf = b.thumbnail, f.thumbnail
    scale_b = tb.shape[1] / b.width
    scale_f = tf.shape[1] / f.width
    # follow-up thumbnail -> baseline thumbnail
    matrix = np.diag([scale_b, scale_b, 1.0]) @ reg.matrix @ np.diag([1 / scale_f, 1 / scale_f, 1.0])
    size = (tb.shape[1], tb.shape[0])
    warped = cv2.warpAffine(tf, matrix[:2], size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT)
    valid = cv2.warpAffine(np.full(tf.shape[:2], 255, np.uint8), matrix[:2], size, flags=cv2.INTER_NEAREST)
    valid = cv2.erode(valid, np.ones((3, 3), np.uint8)) > 0
    share = float(valid.mean())
    if share < 0.25:
        return None
    colour_mask = valid.copy()
    if ctx.faces:  # the face is left out of the colour of the light (treatment redness is not light)
        x, y, w, h = (v * scale_b for v in b.face.box)
        colour_mask[max(0, int(y)) : int(y + h) + 1, max(0, int(x)) : int(x + w) + 1] = False
        if colour_mask.sum() < 0.1 * valid.sum():
            colour_mask = valid
    lin_b, lin_f = linear_rgb(tb), linear_rgb(warped)
    weights = np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)
    lum_b, lum_f = lin_b @ weights, lin_f @ weights
    p = ctx.policy.white_balance.minkowski_p
    # Colour and light balance on pixels that are neither clipped nor black in EITHER photo: a brighter
    # follow-up clips highlights the baseline kept, and a clipped pixel has lost its colour and its level.
    unclipped = (
        (lin_b.max(axis=2) < 0.95)
        & (lin_f.max(axis=2) < 0.95)
        & (lin_b.max(axis=2) > 0.002)
        & (lin_f.max(axis=2) > 0.002)
    )
    if (colour_mask & unclipped).sum() >= 50:
        colour_mask = colour_mask & unclipped
    balance_mask = valid & unclipped if (valid & unclipped).sum() >= 0.25 * valid.sum() else valid
    vy, vx = np.nonzero(valid)
    cx, cy = (vx.min() + vx.max()) / 2, (vy.min() + vy.max()) / 2  # halves of the overlap
    ys, xs = np.nonzero(balance_mask)
    left, top = xs < cx, ys < cy

    def ratio(lum: np.ndarray, first: np.ndarray) -> float:
        values = lum[ys, xs]
        if first.sum() < 10 or (~first).sum() < 10:
            return 0.0
        return math.log(max(float(values[first].mean()), 1e-6) / max(float(values[~first].mean()), 1e-6))

    return {
        "share": share,
        "median_b": float(np.median(lum_b[valid])),
        "median_f": float(np.median(lum_f[valid])),
        "illuminant_b": shades_of_grey(lin_b, colour_mask, p),
        "illuminant_f": shades_of_grey(lin_f, colour_mask, p),
        "lr_b": ratio(lum_b, left),
        "lr_f": ratio(lum_f, left),
        "tb_b": ratio(lum_b, top),
        "tb_f": ratio(lum_f, top),
    }
