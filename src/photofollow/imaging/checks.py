"""The fifteen photo-policy checks of a follow-up against its baseline, from cached measurements.

Each check returns a `CheckResult` with a status from the policy's warn/fail bands, the measured value with
its unit, the tolerance, and one sentence a nurse understands (direction and size). All fifteen are always
reported; a check that cannot be judged is `skipped` with the reason.

Every sentence (and every measured value in words) is a `domain.text.Phrase` whose template is marked with
`QT_TRANSLATE_NOOP("Checks", ...)`, so lupdate extracts it and the GUI and the sheets show it translated;
`CheckResult.message` is its English. A variant that changes the grammar (which photo, which direction) is
a sentence of its own rather than a word slotted in, so a translator sees whole sentences.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import numpy as np

from photofollow.domain.checks import CHECK_ORDER, CheckId, CheckResult, CheckStatus, PairReport, verdict_of
from photofollow.domain.model import CaptureTimeSource, PhotoFacts, View, VisitKind
from photofollow.domain.policy import Policy, ViewPolicy
from photofollow.domain.protocols import POSE_VIEWS
from photofollow.domain.text import QT_TRANSLATE_NOOP, Day, Number, Phrase
from photofollow.imaging.measure import (
    PhotoMeasurements,
    SharpnessSample,
    chromaticity_and_cct,
    interpolate_profile,
    linear_rgb,
    shades_of_grey,
)
from photofollow.imaging.registration import Registration, register

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

    @property
    def faces(self) -> bool:
        return self.baseline.face is not None and self.follow_up.face is not None

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


# -- the checks ------------------------------------------------------------------------------------------


def check_exposure(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.exposure
    overlap = None if ctx.faces else ctx.overlap()
    if ctx.faces or overlap is None:
        delta = f.subject_ev - b.subject_ev
        if ctx.faces:
            same = QT_TRANSLATE_NOOP(
                "Checks", "Brightness of the face matches the baseline (%1 EV difference)."
            )
        else:
            same = QT_TRANSLATE_NOOP(
                "Checks", "Brightness of the centre of the photo matches the baseline (%1 EV difference)."
            )
    else:
        delta = math.log2(max(overlap["median_f"], 1e-6) / max(overlap["median_b"], 1e-6))
        same = QT_TRANSLATE_NOOP(
            "Checks",
            "Brightness of the part of the scene both photos show matches the baseline (%1 EV difference).",
        )
    status = band(abs(delta), pol.warn_ev, pol.fail_ev)
    size = _n(abs(delta), 1)
    if status is PASS:
        message = _say(same, size)
    elif delta < 0:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up is %1 EV darker than the baseline: use the same lights and camera settings.",
            ),
            size,
        )
    else:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up is %1 EV brighter than the baseline: use the same lights and camera settings.",
            ),
            size,
        )
    return _result(CheckId.EXPOSURE, status, round(delta, 3), pol.warn_ev, "EV", message)


def _round_kelvin(kelvin: float) -> int:
    return int(round(kelvin / 100.0) * 100)


def check_white_balance(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.white_balance
    overlap = ctx.overlap()
    if overlap is not None:
        _, _, cct_b = chromaticity_and_cct(overlap["illuminant_b"])
        _, _, cct_f = chromaticity_and_cct(overlap["illuminant_f"])
    else:
        cct_b, cct_f = b.cct_k, f.cct_k
    delta = 1e6 / cct_f - 1e6 / cct_b  # positive: the follow-up's light is warmer (lower kelvin)
    status = band(abs(delta), pol.warn_mired, pol.fail_mired)
    if status is PASS:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks", "The colour of the light matches the baseline (%1 mired difference)."
            ),
            _n(abs(delta)),
        )
    else:
        # Both temperatures, rounded as a light's label would be: a difference in kelvin alone reads
        # like a temperature, and mired alone means nothing to most people.
        if delta > 0:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up's light is warmer (more yellow) than the baseline's (about %1 K against %2 K, "
                "%3 mired apart): use the same lights and white balance.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up's light is cooler (more blue) than the baseline's (about %1 K against %2 K, "
                "%3 mired apart): use the same lights and white balance.",
            )
        message = _say(template, _round_kelvin(cct_f), _round_kelvin(cct_b), _n(abs(delta)))
    return _result(
        CheckId.WHITE_BALANCE,
        status,
        round(delta, 2),
        pol.warn_mired,
        "mired",
        message,
        cct_b=cct_b,
        cct_f=cct_f,
    )


def check_light_direction(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.light_direction
    overlap = None if ctx.faces else ctx.overlap()
    if ctx.faces or overlap is None:
        lr_b, lr_f, tb_b, tb_f = b.light_lr, f.light_lr, b.light_tb, f.light_tb
    else:
        lr_b, lr_f, tb_b, tb_f = overlap["lr_b"], overlap["lr_f"], overlap["tb_b"], overlap["tb_f"]
    d_lr, d_tb = lr_f - lr_b, tb_f - tb_b
    sideways = abs(d_lr) >= abs(d_tb)
    delta = d_lr if sideways else d_tb
    status = band(abs(delta), pol.warn_log_ratio, pol.fail_log_ratio)
    flipped = lr_b * lr_f < 0 and abs(lr_b) >= pol.flip_min_log_ratio and abs(lr_f) >= pol.flip_min_log_ratio
    if flipped:
        status = worst(status, WARN)
    turned = False
    if ctx.faces and not abs(f.face.yaw - b.face.yaw) <= ctx.policy.head_pose.warn_deg and status is not PASS:
        status = WARN  # a turned head shades one half by itself: the head pose check says which
        turned = True
    if status is PASS:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks", "The light falls on the subject from the same side as in the baseline."
            )
        )
    else:
        if sideways and d_lr > 0:
            where = _say(QT_TRANSLATE_NOOP("Checks", "more from the left of the picture"))
        elif sideways:
            where = _say(QT_TRANSLATE_NOOP("Checks", "more from the right of the picture"))
        elif d_tb > 0:
            where = _say(QT_TRANSLATE_NOOP("Checks", "more from above"))
        else:
            where = _say(QT_TRANSLATE_NOOP("Checks", "more from below"))
        if turned:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "In the follow-up the light comes %1 than in the baseline (balance changed by %2; the head "
                "is "
                "also turned differently, which changes the shading by itself): place the lights as for the "
                "baseline.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "In the follow-up the light comes %1 than in the baseline (balance changed by %2): place the "
                "lights as for the baseline.",
            )
        message = _say(template, where, _n(abs(delta), 2))
    return _result(CheckId.LIGHT_DIRECTION, status, round(delta, 4), pol.warn_log_ratio, "ln ratio", message)


def check_flash(ctx: PairContext) -> CheckResult:
    fb, ff = ctx.baseline.facts.flash_fired, ctx.follow_up.facts.flash_fired
    if fb is None or ff is None:
        reason = _which(
            _say(QT_TRANSLATE_NOOP("Checks", "Whether the flash fired is recorded in neither photo.")),
            _say(QT_TRANSLATE_NOOP("Checks", "Whether the flash fired is not recorded in the baseline.")),
            _say(QT_TRANSLATE_NOOP("Checks", "Whether the flash fired is not recorded in the follow-up.")),
            fb is None,
            ff is None,
        )
        return _skip(CheckId.FLASH, reason)
    on, off = _say(QT_TRANSLATE_NOOP("Checks", "on")), _say(QT_TRANSLATE_NOOP("Checks", "off"))
    measured = _say(
        QT_TRANSLATE_NOOP("Checks", "baseline %1, follow-up %2"), on if fb else off, on if ff else off
    )
    same = _say(QT_TRANSLATE_NOOP("Checks", "same"))
    if fb == ff:
        if ff:
            message = _say(QT_TRANSLATE_NOOP("Checks", "Flash used in both photos."))
        else:
            message = _say(QT_TRANSLATE_NOOP("Checks", "Flash used in neither photo."))
        return _result(CheckId.FLASH, PASS, measured, same, "", message)
    if ff:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The flash fired in the follow-up but not in the baseline: take it again without flash.",
            )
        )
    else:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The flash fired in the baseline but not in the follow-up: take it again with the flash.",
            )
        )
    return _result(CheckId.FLASH, ctx.policy.flash.mismatch_status, measured, same, "", message)


def _common_units(ctx: PairContext) -> tuple[list[float], list[float], str] | None:
    """Pixels per subject unit at each profile level of both photos, so both are compared at one scale."""
    b, f = ctx.baseline, ctx.follow_up
    if ctx.faces:
        return (
            [b.face.ipd_px * s.scale for s in b.sharpness_profile],
            [f.face.ipd_px * s.scale for s in f.sharpness_profile],
            "the same eye distance",
        )
    if ctx.registration is not None:
        s = ctx.registration.scale  # baseline px per follow-up px
        return (
            [x.scale for x in b.sharpness_profile],
            [x.scale / s for x in f.sharpness_profile],
            "the same subject scale",
        )
    return (
        [b.width * x.scale for x in b.sharpness_profile],
        [f.width * x.scale for x in f.sharpness_profile],
        "the same frame width",
    )


def _at_common_scale(ctx: PairContext, what: str, factor: float | None = None) -> tuple[float, float]:
    units_b, units_f, _ = _common_units(ctx)
    # The finer photo is brought down to the coarser one, and both half an octave further: the last
    # octave of a photo holds JPEG blocking, noise and demosaicing more than the subject's detail.
    target = min(max(units_b), max(units_f)) * (COMMON_SCALE_FACTOR if factor is None else factor)
    value_b = interpolate_profile(ctx.baseline.sharpness_profile, units_b, target, what)
    value_f = interpolate_profile(ctx.follow_up.sharpness_profile, units_f, target, what)
    return value_b, value_f


def check_sharpness(ctx: PairContext) -> CheckResult:
    pol = ctx.policy.sharpness
    sharp_b, sharp_f = _at_common_scale(ctx, "laplacian_var")
    if sharp_b < 1e-3:
        return _skip(
            CheckId.SHARPNESS,
            _say(
                QT_TRANSLATE_NOOP("Checks", "The baseline has no detail to measure focus on (a blank area).")
            ),
        )
    ratio = sharp_f / sharp_b
    status = band_low(ratio, pol.warn_ratio, pol.fail_ratio)
    if status is PASS:
        message = _say(QT_TRANSLATE_NOOP("Checks", "The follow-up is as sharp as the baseline."))
    else:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up is less sharp than the baseline (focus measure %1% of the baseline's): hold "
                "the "
                "camera still and focus on the skin.",
            ),
            _n(ratio * 100),
        )
    return _result(CheckId.SHARPNESS, status, round(ratio, 3), pol.warn_ratio, "ratio", message)


def _diagonal(m: PhotoMeasurements) -> float:
    return math.hypot(m.width, m.height)


def subject_size_change(ctx: PairContext) -> tuple[float, str] | None:
    """Subject size as a share of the frame, follow-up / baseline - 1, and what it was measured on."""
    b, f = ctx.baseline, ctx.follow_up
    if ctx.faces:
        share_b = b.face.ipd_px / _diagonal(b)
        share_f = f.face.ipd_px / _diagonal(f)
        return share_f / share_b - 1.0, "eye distance"
    if ctx.registration is not None:
        return (1.0 / ctx.registration.scale) * (_diagonal(b) / _diagonal(f)) - 1.0, "registration"
    return None


def check_distance(ctx: PairContext) -> CheckResult:
    pol = ctx.policy.distance
    change = subject_size_change(ctx)
    if change is None:
        return _skip(
            CheckId.DISTANCE,
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The photos could not be matched to each other, so the distance cannot be compared.",
                )
            ),
            "%",
        )
    value, _ = change
    status = band(abs(value), pol.warn_change, pol.fail_change)
    percent = _n(abs(value) * 100)
    if status is PASS:
        template = QT_TRANSLATE_NOOP(
            "Checks", "The subject has the same size in the frame as in the baseline (%1 % difference)."
        )
    elif value > 0:
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "The subject is %1 % larger in the follow-up: the camera was closer or zoomed in; stand at the "
            "baseline's distance.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "The subject is %1 % smaller in the follow-up: the camera was farther away or zoomed out; stand "
            "at "
            "the baseline's distance.",
        )
    message = _say(template, percent)
    return _result(CheckId.DISTANCE, status, round(value * 100, 2), pol.warn_change * 100, "%", message)


def check_framing(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.framing
    if ctx.faces:
        dx = f.subject_centre[0] - b.subject_centre[0]
        dy = f.subject_centre[1] - b.subject_centre[1]
    elif ctx.registration is not None:
        centre_b = np.array([[b.width / 2, b.height / 2]])
        where = ctx.registration.to_follow_up(centre_b)[0]
        dx = where[0] / f.width - 0.5
        dy = where[1] / f.height - 0.5
    else:
        return _skip(
            CheckId.FRAMING,
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The photos could not be matched to each other, so the framing cannot be compared.",
                )
            ),
            "%",
        )
    offset = max(abs(dx), abs(dy))
    status = band(offset, pol.warn_offset, pol.fail_offset)
    if status is PASS:
        message = _say(
            QT_TRANSLATE_NOOP("Checks", "The subject sits in the same place of the frame as in the baseline.")
        )
    else:
        parts = []
        # The larger offset is always named, so the sentence says where even below one per cent.
        if abs(dx) >= 0.01 or abs(dx) >= abs(dy):
            if dx > 0:
                parts.append(
                    _say(QT_TRANSLATE_NOOP("Checks", "%1 % of the frame further right"), _n(abs(dx) * 100))
                )
            else:
                parts.append(
                    _say(QT_TRANSLATE_NOOP("Checks", "%1 % of the frame further left"), _n(abs(dx) * 100))
                )
        if abs(dy) >= 0.01 or abs(dy) > abs(dx):
            if dy > 0:
                parts.append(_say(QT_TRANSLATE_NOOP("Checks", "%1 % lower"), _n(abs(dy) * 100)))
            else:
                parts.append(_say(QT_TRANSLATE_NOOP("Checks", "%1 % higher"), _n(abs(dy) * 100)))
        where = _say(QT_TRANSLATE_NOOP("Checks", "%1 and %2"), *parts) if len(parts) == 2 else parts[0]
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks", "The subject sits %1 in the follow-up: centre it as in the baseline."
            ),
            where,
        )
    return _result(
        CheckId.FRAMING,
        status,
        round(float(offset) * 100, 2),
        pol.warn_offset * 100,
        "%",
        message,
        dx=dx,
        dy=dy,
    )


def check_roll(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.roll
    if ctx.faces:
        tilt = f.face.eye_line_deg - b.face.eye_line_deg
        tilted = QT_TRANSLATE_NOOP(
            "Checks",
            "The follow-up is tilted %1° %2 compared with the baseline: keep the head or the camera level.",
        )
    elif ctx.registration is not None:
        tilt = ctx.registration.follow_up_tilt_deg
        tilted = QT_TRANSLATE_NOOP(
            "Checks", "The follow-up is tilted %1° %2 compared with the baseline: keep the camera level."
        )
    else:
        return _skip(
            CheckId.ROLL,
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "The photos could not be matched to each other, so the tilt cannot be compared."
                )
            ),
            "°",
        )
    tilt = (tilt + 180.0) % 360.0 - 180.0
    status = band(abs(tilt), pol.warn_deg, pol.fail_deg)
    if status is PASS:
        message = _say(
            QT_TRANSLATE_NOOP("Checks", "The follow-up is level with the baseline (%1° difference)."),
            _n(abs(tilt), 1),
        )
    else:
        if tilt > 0:
            turn = _say(QT_TRANSLATE_NOOP("Checks", "clockwise"))
        else:
            turn = _say(QT_TRANSLATE_NOOP("Checks", "anticlockwise"))
        message = _say(tilted, _n(abs(tilt), 1), turn)
    return _result(CheckId.ROLL, status, round(tilt, 2), pol.warn_deg, "°", message)


def check_head_pose(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.head_pose
    if not ctx.faces:
        reason = _which(
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "No face was found in either photo, so the head angle cannot be compared."
                )
            ),
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "No face was found in the baseline, so the head angle cannot be compared."
                )
            ),
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "No face was found in the follow-up, so the head angle cannot be compared."
                )
            ),
            b.face is None,
            f.face is None,
        )
        return _skip(CheckId.HEAD_POSE, reason, "°")
    d_yaw, d_pitch = f.face.yaw - b.face.yaw, f.face.pitch - b.face.pitch
    if not (math.isfinite(d_yaw) and math.isfinite(d_pitch)):
        return _skip(
            CheckId.HEAD_POSE,
            _say(QT_TRANSLATE_NOOP("Checks", "The head angle could not be worked out from the face found.")),
            "°",
        )
    turn = d_yaw if abs(d_yaw) >= abs(d_pitch) else d_pitch
    status = band(max(abs(d_yaw), abs(d_pitch)), pol.warn_deg, pol.fail_deg)
    if status is PASS:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks", "The head is at the same angle as in the baseline (turn %1°, nod %2°)."
            ),
            _n(abs(d_yaw)),
            _n(abs(d_pitch)),
        )
    elif abs(d_yaw) >= abs(d_pitch):
        if (d_yaw > 0) == YAW_POSITIVE_SHOWS_LEFT:  # the left side shows more: the face turned to its right
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "The head is turned %1° further towards the patient's right than in the baseline: ask the "
                "patient to face the camera as in the baseline.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "The head is turned %1° further towards the patient's left than in the baseline: ask the "
                "patient to face the camera as in the baseline.",
            )
        message = _say(template, _n(abs(d_yaw)))
    else:
        # imaging.face: positive pitch = chin up (head tilted back).
        if d_pitch > 0:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "The head is tilted %1° further up (chin raised) than in the baseline: ask the patient to "
                "keep "
                "the head level as in the baseline.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "The head is tilted %1° further down (chin lowered) than in the baseline: ask the patient to "
                "keep the head level as in the baseline.",
            )
        message = _say(template, _n(abs(d_pitch)))
    return _result(
        CheckId.HEAD_POSE,
        status,
        round(turn, 2),
        pol.warn_deg,
        "°",
        message,
        delta_yaw=d_yaw,
        delta_pitch=d_pitch,
    )


def check_view(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.view
    expected = ctx.labelled_view
    labelled = True
    if expected is None:
        if b.face is None:
            return _skip(
                CheckId.VIEW,
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "No view label was given and no face was found in the baseline to tell its view.",
                    )
                ),
            )
        if not math.isfinite(b.face.yaw):
            return _skip(
                CheckId.VIEW,
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks", "No view label was given and the baseline's head angle is unknown."
                    )
                ),
            )
        expected = classify_view(b.face.yaw, pol)
        labelled = False
        if expected is None:
            return _skip(
                CheckId.VIEW,
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks", "The baseline's head angle (%1°) lies between two standard views."
                    ),
                    _n(b.face.yaw),
                ),
            )
    if expected not in POSE_VIEWS:
        return _skip(
            CheckId.VIEW,
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "The view (%1) comes from the nurse's label; the head angle cannot confirm it."
                ),
                _view_words(expected),
            ),
        )
    if f.face is None:
        if expected in (View.LATERAL_90_LEFT, View.LATERAL_90_RIGHT):
            reason = QT_TRANSLATE_NOOP(
                "Checks",
                "No face was found in the follow-up (profiles often defeat face detection), so its view "
                "cannot "
                "be confirmed.",
            )
        else:
            reason = QT_TRANSLATE_NOOP(
                "Checks", "No face was found in the follow-up, so its view cannot be confirmed."
            )
        return _skip(CheckId.VIEW, _say(reason))
    if not math.isfinite(f.face.yaw):
        return _skip(
            CheckId.VIEW,
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The follow-up's head angle could not be worked out, so its view cannot be confirmed.",
                )
            ),
        )
    found = classify_view(f.face.yaw, pol)
    measured = round(f.face.yaw, 1)
    expected_words = _view_words(expected)
    if found == expected:
        if labelled:
            message = _say(
                QT_TRANSLATE_NOOP("Checks", "The follow-up is a %1 view, as labelled."), expected_words
            )
        else:
            message = _say(
                QT_TRANSLATE_NOOP("Checks", "The follow-up is a %1 view, as the baseline."), expected_words
            )
        result = _result(CheckId.VIEW, PASS, measured, expected_words, "° yaw", message)
        return replace(result, threshold=expected.value)
    if found is None:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The head is turned %1°, between standard views, but the photo should be a %2 view: retake "
                "it "
                "at the standard angle.",
            ),
            _n(abs(f.face.yaw)),
            expected_words,
        )
    elif labelled:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up looks like a %1 view (head turned %2°) but it is labelled %3: check the "
                "label or "
                "retake it.",
            ),
            _view_words(found),
            _n(abs(f.face.yaw)),
            expected_words,
        )
    else:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up looks like a %1 view (head turned %2°) but the baseline is %3: check the "
                "label "
                "or retake it.",
            ),
            _view_words(found),
            _n(abs(f.face.yaw)),
            expected_words,
        )
    result = _result(
        CheckId.VIEW,
        pol.mismatch_status,
        measured,
        expected_words,
        "° yaw",
        message,
        found=None if found is None else found.value,
    )
    return replace(result, threshold=expected.value)  # the view's id stays the contract's threshold


def _norm(text: str | None) -> str:
    return " ".join((text or "").replace("\x00", "").split()).casefold()


def _camera_name(facts: PhotoFacts) -> str | None:
    make, model = _norm(facts.make), _norm(facts.model)
    if not make and not model:
        return None
    if make and model.startswith(make.split(" ")[0]):
        return model  # "Canon" + "Canon EOS 7D"
    return f"{make} {model}".strip()


def _display_camera(facts: PhotoFacts) -> str:
    make, model = (facts.make or "").strip(), (facts.model or "").strip()
    if make and model.lower().startswith(make.split(" ")[0].lower()):
        return model
    return f"{make} {model}".strip()


def check_lens(ctx: PairContext) -> CheckResult:
    fb, ff, pol = ctx.baseline.facts, ctx.follow_up.facts, ctx.policy.lens
    value = None
    if fb.focal_length_35mm and ff.focal_length_35mm:
        value = ff.focal_length_35mm / fb.focal_length_35mm - 1.0
        basis = _say(QT_TRANSLATE_NOOP("Checks", "35 mm equivalent"))
        focal_b, focal_f = fb.focal_length_35mm, ff.focal_length_35mm
    elif (
        fb.focal_length_mm
        and ff.focal_length_mm
        and _camera_name(fb)
        and _camera_name(fb) == _camera_name(ff)
    ):
        value = ff.focal_length_mm / fb.focal_length_mm - 1.0
        basis = _say(QT_TRANSLATE_NOOP("Checks", "focal length"))
        focal_b, focal_f = fb.focal_length_mm, ff.focal_length_mm
    lens_b, lens_f = _norm(fb.lens_model), _norm(ff.lens_model)
    lens_differs = bool(lens_b and lens_f and lens_b != lens_f)
    if value is None and not lens_differs:
        if lens_b and lens_f:
            return _result(
                CheckId.LENS,
                PASS,
                ff.lens_model,
                fb.lens_model,
                "",
                _say(QT_TRANSLATE_NOOP("Checks", "Both photos were taken with the same lens.")),
            )
        known_b = bool(fb.focal_length_35mm or fb.focal_length_mm)
        known_f = bool(ff.focal_length_35mm or ff.focal_length_mm)
        if known_b and known_f:
            reason = _which(
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "The 35 mm-equivalent focal length is missing from both photos and the cameras "
                        "differ, "
                        "so the lens cannot be compared.",
                    )
                ),
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "The 35 mm-equivalent focal length is missing from the baseline and the cameras "
                        "differ, so the lens cannot be compared.",
                    )
                ),
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "The 35 mm-equivalent focal length is missing from the follow-up and the cameras "
                        "differ, so the lens cannot be compared.",
                    )
                ),
                not fb.focal_length_35mm,
                not ff.focal_length_35mm,
            )
            return _skip(CheckId.LENS, reason, "%")
        reason = _which(
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "The focal length is recorded in neither photo, so the lens cannot be compared."
                )
            ),
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The focal length is not recorded in the baseline, so the lens cannot be compared.",
                )
            ),
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The focal length is not recorded in the follow-up, so the lens cannot be compared.",
                )
            ),
            not known_b,
            not known_f,
        )
        return _skip(CheckId.LENS, reason, "%")
    status = PASS if value is None else band(abs(value), pol.warn_change, pol.fail_change)
    if lens_differs:
        status = worst(status, pol.lens_model_mismatch_status)
    if value is not None and status is not PASS and abs(value) > pol.warn_change:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up was taken at %1 mm (%2) and the baseline at %3 mm: use the same lens and zoom "
                "setting.",
            ),
            _n(focal_f),
            basis,
            _n(focal_b),
        )
    elif lens_differs and status is not PASS:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up was taken with another lens (%1) than the baseline (%2): use the same camera "
                "lens.",
            ),
            ff.lens_model.strip(),
            fb.lens_model.strip(),
        )
    else:
        message = _say(QT_TRANSLATE_NOOP("Checks", "The same lens and focal length as the baseline."))
    if value is None:
        return _result(CheckId.LENS, status, ff.lens_model, fb.lens_model, "", message)
    return _result(CheckId.LENS, status, round(value * 100, 2), pol.warn_change * 100, "%", message)


def check_camera(ctx: PairContext) -> CheckResult:
    fb, ff = ctx.baseline.facts, ctx.follow_up.facts
    cam_b, cam_f = _camera_name(fb), _camera_name(ff)
    if cam_b is None or cam_f is None:
        reason = _which(
            _say(QT_TRANSLATE_NOOP("Checks", "The camera is recorded in neither photo.")),
            _say(QT_TRANSLATE_NOOP("Checks", "The camera is not recorded in the baseline.")),
            _say(QT_TRANSLATE_NOOP("Checks", "The camera is not recorded in the follow-up.")),
            cam_b is None,
            cam_f is None,
        )
        return _skip(CheckId.CAMERA, reason)
    if cam_b == cam_f:
        return _result(
            CheckId.CAMERA,
            PASS,
            _display_camera(ff),
            _display_camera(fb),
            "",
            _say(
                QT_TRANSLATE_NOOP("Checks", "Both photos were taken with the same camera (%1)."),
                _display_camera(ff),
            ),
        )
    return _result(
        CheckId.CAMERA,
        ctx.policy.camera.mismatch_status,
        _display_camera(ff),
        _display_camera(fb),
        "",
        _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up was taken with another camera (%1) than the baseline (%2): use the clinic's "
                "camera for both.",
            ),
            _display_camera(ff),
            _display_camera(fb),
        ),
    )


def _has_camera_exif(facts: PhotoFacts) -> bool:
    return bool(
        (facts.make or "").strip()
        or (facts.model or "").strip()
        or (
            facts.capture_time is not None and facts.capture_time_source not in (None, CaptureTimeSource.FILE)
        )
    )


def _matches(name: str, words: tuple[str, ...]) -> str | None:
    folded = name.casefold()
    for word in words:
        w = word.casefold()
        # Short names ("Snow", "Wink") must be whole words, or "Snowdon 2.1" would count.
        if len(w) <= 5:
            if any(token == w for token in _tokens(folded)):
                return word
        elif w in folded:
            return word
    return None


def _tokens(text: str) -> list[str]:
    import re

    return re.findall(r"[a-z0-9.]+", text)


def check_editing(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.editing
    findings: list[tuple[CheckStatus, str | float | Phrase, str | float | None, str, Phrase]] = []
    baseline_editors = {m for name in b.software if (m := _matches(name, pol.editors))}
    for name in f.software:
        app = _matches(name, pol.filter_apps)
        if app:
            findings.append(
                (
                    pol.filter_app_status,
                    name,
                    None,
                    "",
                    _say(
                        QT_TRANSLATE_NOOP(
                            "Checks",
                            "The follow-up was processed with %1, a filter app: use the original, unfiltered "
                            "photo.",
                        ),
                        app,
                    ),
                )
            )
            continue
        editor = _matches(name, pol.editors)
        if editor and not (pol.same_editor_passes and editor in baseline_editors):
            findings.append(
                (
                    pol.editor_status,
                    name,
                    None,
                    "",
                    _say(
                        QT_TRANSLATE_NOOP(
                            "Checks",
                            "The follow-up went through %1, a photo editor: use the original camera file.",
                        ),
                        editor,
                    ),
                )
            )
    if _has_camera_exif(b.facts) and not _has_camera_exif(f.facts):
        findings.append(
            (
                pol.stripped_exif_status,
                _say(QT_TRANSLATE_NOOP("Checks", "no camera EXIF")),
                None,
                "",
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "The follow-up carries no camera information although the baseline does: it was "
                        "probably sent through a messaging app or edited; use the original file.",
                    )
                ),
            )
        )
    if (
        b.jpeg is not None
        and f.jpeg is not None
        and _camera_name(b.facts)
        and _camera_name(b.facts) == _camera_name(f.facts)
        and not b.jpeg.family == "ijg"
        and f.jpeg.family == "ijg"
    ):
        findings.append(
            (
                pol.recompression_status,
                _say(QT_TRANSLATE_NOOP("Checks", "re-encoded (quality %1)"), f.jpeg.quality),
                None,
                "",
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "The follow-up was saved again by another program than the camera (its JPEG tables "
                        "differ from the camera's): use the original file.",
                    )
                ),
            )
        )
    # Texture relative to the photo's own edges, at a common scale: beauty smoothing removes skin texture
    # and keeps edges; plain blur lowers both (that is the sharpness check's finding, not editing).
    tex_b, tex_f = _at_common_scale(ctx, "texture_index", TEXTURE_SCALE_FACTOR)
    texture_ratio = tex_f / tex_b if tex_b > 1e-6 else 1.0
    status_texture = band_low(texture_ratio, pol.texture_warn_ratio, pol.texture_fail_ratio)
    # Texture cannot be judged on a face too small to show skin texture, nor on a burnt-out subject.
    too_small = (
        ctx.faces
        and min(b.face.ipd_px * b.analysis_scale, f.face.ipd_px * f.analysis_scale) < pol.texture_min_ipd_px
    )
    clipped = max(b.clipped_bright, f.clipped_bright) > pol.texture_max_clipped
    texture_judged = not (too_small or clipped)
    if status_texture is not PASS and texture_judged:
        if ctx.faces:
            smoother = QT_TRANSLATE_NOOP(
                "Checks",
                "The skin texture is %1% smoother in the follow-up than in the baseline while edges stay "
                "sharp "
                "(a beauty or smoothing filter): use the unfiltered photo.",
            )
        else:
            smoother = QT_TRANSLATE_NOOP(
                "Checks",
                "The subject texture is %1% smoother in the follow-up than in the baseline while edges stay "
                "sharp (a beauty or smoothing filter): use the unfiltered photo.",
            )
        findings.append(
            (
                status_texture,
                round(texture_ratio, 3),
                pol.texture_warn_ratio,
                "ratio",
                _say(smoother, _n((1 - texture_ratio) * 100)),
            )
        )
    if not findings:
        if not texture_judged:
            if too_small:
                why = QT_TRANSLATE_NOOP(
                    "Checks",
                    "No editing app or stripped metadata found; skin smoothing cannot be judged (the face is "
                    "too small in the photo).",
                )
            else:
                why = QT_TRANSLATE_NOOP(
                    "Checks",
                    "No editing app or stripped metadata found; skin smoothing cannot be judged (the "
                    "subject is "
                    "overexposed).",
                )
            return _result(CheckId.EDITING, PASS, None, None, "", _say(why), texture_ratio=texture_ratio)
        return _result(
            CheckId.EDITING,
            PASS,
            round(texture_ratio, 3),
            pol.texture_warn_ratio,
            "ratio",
            _say(QT_TRANSLATE_NOOP("Checks", "No sign of editing or filters.")),
        )
    findings.sort(key=lambda item: item[0].severity, reverse=True)
    status, measured, threshold, unit, message = findings[0]
    if len(findings) == 2:
        message = _say(QT_TRANSLATE_NOOP("Checks", "%1 One more sign of editing was found."), message)
    elif len(findings) > 2:
        message = _say(
            QT_TRANSLATE_NOOP("Checks", "%1 %2 more signs of editing were found."), message, len(findings) - 1
        )
    return _result(
        CheckId.EDITING,
        status,
        measured,
        threshold,
        unit,
        message,
        findings=[item[4].english() for item in findings],
        texture_ratio=texture_ratio,
    )


def check_resolution(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.resolution
    pixels = (f.width * f.height) / max(b.width * b.height, 1)
    aspect_b, aspect_f = b.width / b.height, f.width / f.height
    turned = (aspect_b > 1.02 and aspect_f < 0.98) or (aspect_b < 0.98 and aspect_f > 1.02)
    aspect_change = abs(max(aspect_f, 1 / aspect_f) / max(aspect_b, 1 / aspect_b) - 1.0)
    status_pixels = band_low(pixels, pol.warn_pixels_ratio, pol.fail_pixels_ratio)
    status_aspect = band(aspect_change, pol.warn_aspect_change, pol.fail_aspect_change)
    sizes = _say(QT_TRANSLATE_NOOP("Checks", "%1×%2 against %3×%4"), f.width, f.height, b.width, b.height)
    if turned:
        if aspect_f < 1:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up is portrait and the baseline is not (%1): hold the camera as for the "
                "baseline.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up is landscape and the baseline is not (%1): hold the camera as for the "
                "baseline.",
            )
        return _result(
            CheckId.RESOLUTION,
            FAIL,
            _say(QT_TRANSLATE_NOOP("Checks", "portrait/landscape")),
            _say(QT_TRANSLATE_NOOP("Checks", "same orientation")),
            "",
            _say(template, sizes),
        )
    status = worst(status_pixels, status_aspect)
    if status is PASS:
        return _result(
            CheckId.RESOLUTION,
            PASS,
            round(pixels, 3),
            pol.warn_pixels_ratio,
            "ratio",
            _say(QT_TRANSLATE_NOOP("Checks", "Comparable size and shape (%1)."), sizes),
        )
    if status_pixels.severity >= status_aspect.severity:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The follow-up has %1% of the baseline's pixels (%2): use the original file, not a crop, "
                "screenshot or messenger copy.",
            ),
            _n(pixels * 100),
            sizes,
        )
        return _result(CheckId.RESOLUTION, status, round(pixels, 3), pol.warn_pixels_ratio, "ratio", message)
    message = _say(
        QT_TRANSLATE_NOOP(
            "Checks",
            "The follow-up has another shape than the baseline (%1, %2% different): it was cropped or taken "
            "in "
            "another format; use the original file.",
        ),
        sizes,
        _n(aspect_change * 100),
    )
    return _result(
        CheckId.RESOLUTION, status, round(aspect_change * 100, 2), pol.warn_aspect_change * 100, "%", message
    )


def _instant(moment: datetime, reference: datetime | None) -> datetime:
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        return moment
    if reference is not None and reference.tzinfo is not None:
        return moment.replace(tzinfo=reference.tzinfo)
    return moment.replace(tzinfo=UTC)


def _span(delta: timedelta) -> Phrase:
    """A span of time in words ("3 days"); singular and plural are separate templates."""
    seconds = abs(delta.total_seconds())
    if seconds < 3600:
        count = round(seconds / 60)
        if count == 1:
            return _say(QT_TRANSLATE_NOOP("Checks", "1 minute"))
        return _say(QT_TRANSLATE_NOOP("Checks", "%1 minutes"), count)
    if seconds < 2 * 86400:
        count = round(seconds / 3600)
        if count == 1:
            return _say(QT_TRANSLATE_NOOP("Checks", "1 hour"))
        return _say(QT_TRANSLATE_NOOP("Checks", "%1 hours"), count)
    return _say(QT_TRANSLATE_NOOP("Checks", "%1 days"), round(seconds / 86400))


def check_capture_time(
    baseline: PhotoFacts,
    follow_up: PhotoFacts,
    policy: Policy,
    treatment_at: datetime | None = None,
    visit_kind: VisitKind | None = None,
    visit_at: datetime | None = None,
    now: datetime | None = None,
) -> CheckResult:
    """Is the follow-up's date plausible? Against the treatment (and its visit) when known, else against the
    baseline: not before it, from the camera clock, not a reset clock, not in the future."""
    pol = policy.capture_time
    now = now or datetime.now(UTC)
    findings: list[tuple[CheckStatus, Phrase]] = []
    tf, tb = follow_up.capture_time, baseline.capture_time
    if tf is None:
        return _result(
            CheckId.CAPTURE_TIME,
            WARN,
            None,
            None,
            "days",
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "The follow-up has no capture date: check it was taken at this visit."
                )
            ),
        )
    follow_up_sentences = (
        QT_TRANSLATE_NOOP(
            "Checks",
            "The follow-up's camera clock says %1, a reset clock: check the date it was really taken.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The follow-up's date (%1) lies in the future: the camera clock is wrong; check the date.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The follow-up carries no camera date, only the file's date, which copying changes: check when "
            "it "
            "was taken.",
        ),
    )
    baseline_sentences = (
        QT_TRANSLATE_NOOP(
            "Checks",
            "The baseline's camera clock says %1, a reset clock: check the date it was really taken.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The baseline's date (%1) lies in the future: the camera clock is wrong; check the date.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The baseline carries no camera date, only the file's date, which copying changes: check when it "
            "was taken.",
        ),
    )
    for sentences, facts, moment in (
        (follow_up_sentences, follow_up, tf),
        (baseline_sentences, baseline, tb),
    ):
        if moment is None:
            continue
        reset_clock, in_future, file_date = sentences
        if moment.year < pol.earliest_plausible_year:
            findings.append((WARN, _say(reset_clock, Day(moment.date()))))
        elif _instant(moment, treatment_at) > now + timedelta(hours=pol.future_grace_hours):
            findings.append((WARN, _say(in_future, Day(moment.date()))))
        if facts.capture_time_source is CaptureTimeSource.FILE:
            findings.append((pol.file_date_only_status, _say(file_date)))
    measured: float | None = None
    if treatment_at is not None:
        f_at = _instant(tf, treatment_at)
        expect_before = visit_kind is VisitKind.BASELINE
        since = f_at - treatment_at
        measured = round(since.total_seconds() / 86400, 3)
        if expect_before and since > timedelta(hours=pol.baseline_after_treatment_grace_hours):
            findings.append(
                (
                    FAIL,
                    _say(
                        QT_TRANSLATE_NOOP(
                            "Checks",
                            "This photo was taken %1 after the treatment, so it cannot be a baseline: file "
                            "it "
                            "under the right visit.",
                        ),
                        _span(since),
                    ),
                )
            )
        elif not expect_before and since < timedelta(0):
            findings.append(
                (
                    FAIL,
                    _say(
                        QT_TRANSLATE_NOOP(
                            "Checks",
                            "The follow-up was taken %1 before the treatment: file it under the right visit.",
                        ),
                        _span(since),
                    ),
                )
            )
        if tb is not None:
            b_since = _instant(tb, treatment_at) - treatment_at
            if b_since > timedelta(hours=pol.baseline_after_treatment_grace_hours):
                findings.append(
                    (
                        WARN,
                        _say(
                            QT_TRANSLATE_NOOP(
                                "Checks",
                                "The baseline was taken %1 after the treatment: check it is really a "
                                "baseline.",
                            ),
                            _span(b_since),
                        ),
                    )
                )
        if visit_at is not None:
            off = f_at - _instant(visit_at, treatment_at)
            if abs(off) > timedelta(hours=pol.max_hours_from_visit):
                if off > timedelta(0):
                    template = QT_TRANSLATE_NOOP(
                        "Checks",
                        "The follow-up was taken %1 after its visit's date: check it belongs to this visit.",
                    )
                else:
                    template = QT_TRANSLATE_NOOP(
                        "Checks",
                        "The follow-up was taken %1 before its visit's date: check it belongs to this visit.",
                    )
                findings.append((WARN, _say(template, _span(off))))
        unit = "days since treatment"
    else:
        unit = "days"
        if tb is not None:
            f_at = _instant(tf, None)
            b_at = _instant(tb, tf if tf.tzinfo else None)
            if (tf.tzinfo is None) != (tb.tzinfo is None):  # one aware, one naive: read both as wall clock
                f_at, b_at = tf.replace(tzinfo=None), tb.replace(tzinfo=None)
            delta = f_at - b_at
            measured = round(delta.total_seconds() / 86400, 3)
            if delta < timedelta(0):
                findings.append(
                    (
                        FAIL,
                        _say(
                            QT_TRANSLATE_NOOP(
                                "Checks",
                                "The follow-up was taken %1 before the baseline: check the photos and the "
                                "camera "
                                "clock.",
                            ),
                            _span(delta),
                        ),
                    )
                )
    if not findings:
        if measured is None:
            message = _say(QT_TRANSLATE_NOOP("Checks", "The follow-up's date is plausible."))
        elif treatment_at is not None:
            message = _say(
                QT_TRANSLATE_NOOP("Checks", "Taken %1 after the treatment, as expected."),
                _span(timedelta(days=measured)),
            )
        else:
            message = _say(
                QT_TRANSLATE_NOOP("Checks", "Taken %1 after the baseline, as expected."),
                _span(timedelta(days=measured)),
            )
        return _result(CheckId.CAPTURE_TIME, PASS, measured, None, unit, message)
    findings.sort(key=lambda item: item[0].severity, reverse=True)
    status, message = findings[0]
    if len(findings) == 2:
        message = _say(QT_TRANSLATE_NOOP("Checks", "%1 One more date problem was found."), message)
    elif len(findings) > 2:
        message = _say(
            QT_TRANSLATE_NOOP("Checks", "%1 %2 more date problems were found."), message, len(findings) - 1
        )
    return _result(
        CheckId.CAPTURE_TIME,
        status,
        measured,
        None,
        unit,
        message,
        findings=[m.english() for _, m in findings],
    )


# -- the pair --------------------------------------------------------------------------------------------


def run_checks(
    baseline: PhotoMeasurements,
    follow_up: PhotoMeasurements,
    policy: Policy,
    labelled_view: View | str | None = None,
    treatment_at: datetime | None = None,
    visit_kind: VisitKind | None = None,
    visit_at: datetime | None = None,
    now: datetime | None = None,
    registration: Registration | None = None,
) -> PairReport:
    """All fifteen checks of `follow_up` against `baseline`, registration included (unless given)."""
    if registration is None:
        registration = register(baseline, follow_up, policy.registration)
    ctx = PairContext(
        baseline=baseline,
        follow_up=follow_up,
        policy=policy,
        registration=registration,
        labelled_view=None if labelled_view is None else View(labelled_view),
        treatment_at=treatment_at,
        visit_kind=visit_kind,
        visit_at=visit_at,
        now=now,
    )
    runners = {
        CheckId.EXPOSURE: check_exposure,
        CheckId.WHITE_BALANCE: check_white_balance,
        CheckId.LIGHT_DIRECTION: check_light_direction,
        CheckId.FLASH: check_flash,
        CheckId.SHARPNESS: check_sharpness,
        CheckId.DISTANCE: check_distance,
        CheckId.FRAMING: check_framing,
        CheckId.ROLL: check_roll,
        CheckId.HEAD_POSE: check_head_pose,
        CheckId.VIEW: check_view,
        CheckId.LENS: check_lens,
        CheckId.CAMERA: check_camera,
        CheckId.EDITING: check_editing,
        CheckId.RESOLUTION: check_resolution,
        CheckId.CAPTURE_TIME: lambda c: check_capture_time(
            c.baseline.facts, c.follow_up.facts, c.policy, c.treatment_at, c.visit_kind, c.visit_at, c.now
        ),
    }
    results = tuple(runners[check](ctx) for check in CHECK_ORDER)
    return PairReport(
        verdict=verdict_of(results),
        checks=results,
        transform=None if registration is None else tuple(tuple(row) for row in registration.as_lists()),
        baseline_facts=baseline.facts,
        follow_up_facts=follow_up.facts,
    )


__all__ = [
    "PairContext",
    "SharpnessSample",
    "band",
    "band_low",
    "check_capture_time",
    "classify_view",
    "run_checks",
]
