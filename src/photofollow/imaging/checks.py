"""The fifteen photo-policy checks of a follow-up against its baseline, from cached measurements.

Each check returns a `CheckResult` with a status from the policy's warn/fail bands, the measured value with
its unit, the tolerance, and one sentence a nurse understands (direction and size). All fifteen are always
reported; a check that cannot be judged is `skipped` with the reason.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from photofollow.domain.checks import CHECK_ORDER, CheckId, CheckResult, CheckStatus, PairReport, verdict_of
from photofollow.domain.model import CaptureTimeSource, PhotoFacts, View, VisitKind
from photofollow.domain.policy import Policy, ViewPolicy
from photofollow.domain.protocols import POSE_VIEWS
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


def _view_words(view: View | str) -> str:
    return {
        View.FRONTAL: "frontal",
        View.OBLIQUE_45_LEFT: "45° left oblique",
        View.OBLIQUE_45_RIGHT: "45° right oblique",
        View.LATERAL_90_LEFT: "left profile",
        View.LATERAL_90_RIGHT: "right profile",
    }.get(View(view), View(view).value)


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


def _result(check: CheckId, status, measured, threshold, unit, message, **details) -> CheckResult:
    return CheckResult(check, status, measured, threshold, unit, message, details)


def _skip(check: CheckId, reason: str, unit: str = "") -> CheckResult:
    return CheckResult(check, SKIPPED, None, None, unit, reason)


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
        region = "face" if ctx.faces else "centre of the photo"
    else:
        delta = math.log2(max(overlap["median_f"], 1e-6) / max(overlap["median_b"], 1e-6))
        region = "part of the scene both photos show"
    status = band(abs(delta), pol.warn_ev, pol.fail_ev)
    if status is PASS:
        message = f"Brightness of the {region} matches the baseline ({abs(delta):.1f} EV difference)."
    else:
        direction = "darker" if delta < 0 else "brighter"
        message = (
            f"The follow-up is {abs(delta):.1f} EV {direction} than the baseline: use the same lights and "
            "camera settings."
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
        message = f"The colour of the light matches the baseline ({abs(delta):.0f} mired difference)."
    else:
        tone = "warmer (more yellow)" if delta > 0 else "cooler (more blue)"
        # Both temperatures, rounded as a light's label would be: a difference in kelvin alone reads
        # like a temperature, and mired alone means nothing to most people.
        message = (
            f"The follow-up's light is {tone} than the baseline's (about {_round_kelvin(cct_f)} K against "
            f"{_round_kelvin(cct_b)} K, {abs(delta):.0f} mired apart): use the same lights and white balance."
        )
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
    turned = ""
    if ctx.faces and not abs(f.face.yaw - b.face.yaw) <= ctx.policy.head_pose.warn_deg and status is not PASS:
        status = WARN  # a turned head shades one half by itself: the head pose check says which
        turned = "; the head is also turned differently, which changes the shading by itself"
    if status is PASS:
        message = "The light falls on the subject from the same side as in the baseline."
    else:
        if sideways:
            side = "the left" if d_lr > 0 else "the right"
            where = f"more from {side} of the picture"
        else:
            where = "more from above" if d_tb > 0 else "more from below"
        message = (
            f"In the follow-up the light comes {where} than in the baseline (balance changed by "
            f"{abs(delta):.2f}{turned}): place the lights as for the baseline."
        )
    return _result(CheckId.LIGHT_DIRECTION, status, round(delta, 4), pol.warn_log_ratio, "ln ratio", message)


def check_flash(ctx: PairContext) -> CheckResult:
    fb, ff = ctx.baseline.facts.flash_fired, ctx.follow_up.facts.flash_fired
    if fb is None or ff is None:
        which = (
            "either photo"
            if fb is None and ff is None
            else ("the baseline" if fb is None else "the follow-up")
        )
        return _skip(CheckId.FLASH, f"Whether the flash fired is not recorded in {which}.")
    measured = f"baseline {'on' if fb else 'off'}, follow-up {'on' if ff else 'off'}"
    if fb == ff:
        return _result(
            CheckId.FLASH, PASS, measured, "same", "", f"Flash {'used' if ff else 'not used'} in both photos."
        )
    if ff:
        message = "The flash fired in the follow-up but not in the baseline: take it again without flash."
    else:
        message = "The flash fired in the baseline but not in the follow-up: take it again with the flash."
    return _result(CheckId.FLASH, ctx.policy.flash.mismatch_status, measured, "same", "", message)


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
        return _skip(CheckId.SHARPNESS, "The baseline has no detail to measure focus on (a blank area).")
    ratio = sharp_f / sharp_b
    status = band_low(ratio, pol.warn_ratio, pol.fail_ratio)
    if status is PASS:
        message = "The follow-up is as sharp as the baseline."
    else:
        message = (
            f"The follow-up is less sharp than the baseline (focus measure {ratio:.0%} of the baseline's): "
            "hold the camera still and focus on the skin."
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
            "The photos could not be matched to each other, so the distance cannot be compared.",
            "%",
        )
    value, _ = change
    status = band(abs(value), pol.warn_change, pol.fail_change)
    percent = abs(value) * 100
    if status is PASS:
        message = (
            f"The subject has the same size in the frame as in the baseline ({percent:.0f} % difference)."
        )
    elif value > 0:
        message = (
            f"The subject is {percent:.0f} % larger in the follow-up: the camera was closer or zoomed in; "
            "stand at the baseline's distance."
        )
    else:
        message = (
            f"The subject is {percent:.0f} % smaller in the follow-up: the camera was farther away or zoomed "
            "out; stand at the baseline's distance."
        )
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
            "The photos could not be matched to each other, so the framing cannot be compared.",
            "%",
        )
    offset = max(abs(dx), abs(dy))
    status = band(offset, pol.warn_offset, pol.fail_offset)
    if status is PASS:
        message = "The subject sits in the same place of the frame as in the baseline."
    else:
        parts = []
        if abs(dx) >= 0.01:
            parts.append(f"{abs(dx) * 100:.0f} % of the frame further {'right' if dx > 0 else 'left'}")
        if abs(dy) >= 0.01:
            parts.append(f"{abs(dy) * 100:.0f} % {'lower' if dy > 0 else 'higher'}")
        message = f"The subject sits {' and '.join(parts)} in the follow-up: centre it as in the baseline."
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
        what = "the head or the camera"
    elif ctx.registration is not None:
        tilt = ctx.registration.follow_up_tilt_deg
        what = "the camera"
    else:
        return _skip(
            CheckId.ROLL,
            "The photos could not be matched to each other, so the tilt cannot be compared.",
            "°",
        )
    tilt = (tilt + 180.0) % 360.0 - 180.0
    status = band(abs(tilt), pol.warn_deg, pol.fail_deg)
    if status is PASS:
        message = f"The follow-up is level with the baseline ({abs(tilt):.1f}° difference)."
    else:
        turn = "clockwise" if tilt > 0 else "anticlockwise"
        message = (
            f"The follow-up is tilted {abs(tilt):.1f}° {turn} compared with the baseline: keep {what} level."
        )
    return _result(CheckId.ROLL, status, round(tilt, 2), pol.warn_deg, "°", message)


def _yaw_words(delta_yaw: float) -> str:
    shows_left = (delta_yaw > 0) == YAW_POSITIVE_SHOWS_LEFT
    return "towards the patient's right" if shows_left else "towards the patient's left"


def check_head_pose(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.head_pose
    if not ctx.faces:
        missing = (
            "either photo"
            if b.face is None and f.face is None
            else ("the baseline" if b.face is None else "the follow-up")
        )
        return _skip(
            CheckId.HEAD_POSE, f"No face was found in {missing}, so the head angle cannot be compared.", "°"
        )
    d_yaw, d_pitch = f.face.yaw - b.face.yaw, f.face.pitch - b.face.pitch
    if not (math.isfinite(d_yaw) and math.isfinite(d_pitch)):
        return _skip(CheckId.HEAD_POSE, "The head angle could not be worked out from the face found.", "°")
    turn = d_yaw if abs(d_yaw) >= abs(d_pitch) else d_pitch
    status = band(max(abs(d_yaw), abs(d_pitch)), pol.warn_deg, pol.fail_deg)
    if status is PASS:
        message = (
            f"The head is at the same angle as in the baseline (turn {abs(d_yaw):.0f}°, "
            f"nod {abs(d_pitch):.0f}°)."
        )
    elif abs(d_yaw) >= abs(d_pitch):
        message = (
            f"The head is turned {abs(d_yaw):.0f}° further {_yaw_words(d_yaw)} than in the baseline: ask the "
            "patient to face the camera as in the baseline."
        )
    else:
        # imaging.face: positive pitch = chin up (head tilted back).
        nod = "up (chin raised)" if d_pitch > 0 else "down (chin lowered)"
        message = (
            f"The head is tilted {abs(d_pitch):.0f}° further {nod} than in the baseline: ask the patient to "
            "keep the head level as in the baseline."
        )
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
    source = "labelled"
    if expected is None:
        if b.face is None:
            return _skip(
                CheckId.VIEW,
                "No view label was given and no face was found in the baseline to tell its view.",
            )
        if not math.isfinite(b.face.yaw):
            return _skip(CheckId.VIEW, "No view label was given and the baseline's head angle is unknown.")
        expected = classify_view(b.face.yaw, pol)
        source = "baseline's"
        if expected is None:
            return _skip(
                CheckId.VIEW,
                f"The baseline's head angle ({b.face.yaw:.0f}°) lies between two standard views.",
            )
    if expected not in POSE_VIEWS:
        return _skip(
            CheckId.VIEW,
            f"The {_view_words(expected)} view is labelled by the nurse; the head angle cannot confirm it.",
        )
    if f.face is None:
        hint = (
            " (profiles often defeat face detection)"
            if expected in (View.LATERAL_90_LEFT, View.LATERAL_90_RIGHT)
            else ""
        )
        return _skip(
            CheckId.VIEW, f"No face was found in the follow-up{hint}, so its view cannot be confirmed."
        )
    if not math.isfinite(f.face.yaw):
        return _skip(
            CheckId.VIEW,
            "The follow-up's head angle could not be worked out, so its view cannot be confirmed.",
        )
    found = classify_view(f.face.yaw, pol)
    measured = round(f.face.yaw, 1)
    if found == expected:
        return _result(
            CheckId.VIEW,
            PASS,
            measured,
            expected.value,
            "° yaw",
            f"The follow-up is a {_view_words(expected)} view, as "
            f"{'labelled' if source == 'labelled' else 'the baseline'}.",
        )
    if found is None:
        message = (
            f"The head is turned {abs(f.face.yaw):.0f}°, between standard views, but the photo should be a "
            f"{_view_words(expected)} view: retake it at the standard angle."
        )
    else:
        what = "it is labelled" if source == "labelled" else "the baseline is"
        message = (
            f"The follow-up looks like a {_view_words(found)} view (head turned {abs(f.face.yaw):.0f}°) but "
            f"{what} {_view_words(expected)}: check the label or retake it."
        )
    return _result(
        CheckId.VIEW,
        pol.mismatch_status,
        measured,
        expected.value,
        "° yaw",
        message,
        found=None if found is None else found.value,
    )


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
    basis = ""
    if fb.focal_length_35mm and ff.focal_length_35mm:
        value = ff.focal_length_35mm / fb.focal_length_35mm - 1.0
        basis = "35 mm equivalent"
        focal_b, focal_f = fb.focal_length_35mm, ff.focal_length_35mm
    elif (
        fb.focal_length_mm
        and ff.focal_length_mm
        and _camera_name(fb)
        and _camera_name(fb) == _camera_name(ff)
    ):
        value = ff.focal_length_mm / fb.focal_length_mm - 1.0
        basis = "focal length"
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
                "Both photos were taken with the same lens.",
            )
        known_b = bool(fb.focal_length_35mm or fb.focal_length_mm)
        known_f = bool(ff.focal_length_35mm or ff.focal_length_mm)
        if known_b and known_f:
            lacking = (
                "either photo"
                if not (fb.focal_length_35mm or ff.focal_length_35mm)
                else ("the baseline" if not fb.focal_length_35mm else "the follow-up")
            )
            return _skip(
                CheckId.LENS,
                f"The 35 mm-equivalent focal length is missing from {lacking} and the cameras differ, so the "
                "lens cannot be compared.",
                "%",
            )
        if not known_b and not known_f:
            where = "either photo"
        else:
            where = "the follow-up" if known_b else "the baseline"
        return _skip(
            CheckId.LENS,
            f"The focal length is not recorded in {where}, so the lens cannot be compared.",
            "%",
        )
    status = PASS if value is None else band(abs(value), pol.warn_change, pol.fail_change)
    if lens_differs:
        status = worst(status, pol.lens_model_mismatch_status)
    if value is not None and status is not PASS and abs(value) > pol.warn_change:
        message = (
            f"The follow-up was taken at {focal_f:.0f} mm ({basis}) and the baseline at {focal_b:.0f} mm: "
            "use the same lens and zoom setting."
        )
    elif lens_differs and status is not PASS:
        message = (
            f"The follow-up was taken with another lens ({ff.lens_model.strip()}) than the baseline "
            f"({fb.lens_model.strip()}): use the same camera lens."
        )
    else:
        message = "The same lens and focal length as the baseline."
    if value is None:
        return _result(CheckId.LENS, status, ff.lens_model, fb.lens_model, "", message)
    return _result(CheckId.LENS, status, round(value * 100, 2), pol.warn_change * 100, "%", message)


def check_camera(ctx: PairContext) -> CheckResult:
    fb, ff = ctx.baseline.facts, ctx.follow_up.facts
    cam_b, cam_f = _camera_name(fb), _camera_name(ff)
    if cam_b is None or cam_f is None:
        which = (
            "either photo"
            if cam_b is None and cam_f is None
            else ("the baseline" if cam_b is None else "the follow-up")
        )
        return _skip(CheckId.CAMERA, f"The camera is not recorded in {which}.")
    if cam_b == cam_f:
        return _result(
            CheckId.CAMERA,
            PASS,
            _display_camera(ff),
            _display_camera(fb),
            "",
            f"Both photos were taken with the same camera ({_display_camera(ff)}).",
        )
    return _result(
        CheckId.CAMERA,
        ctx.policy.camera.mismatch_status,
        _display_camera(ff),
        _display_camera(fb),
        "",
        f"The follow-up was taken with another camera ({_display_camera(ff)}) than the baseline "
        f"({_display_camera(fb)}): use the clinic's camera for both.",
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
    findings: list[tuple[CheckStatus, str | float, str | float | None, str, str]] = []
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
                    f"The follow-up was processed with {app}, a filter app: use the original, unfiltered "
                    "photo.",
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
                    f"The follow-up went through {editor}, a photo editor: use the original camera file.",
                )
            )
    if _has_camera_exif(b.facts) and not _has_camera_exif(f.facts):
        findings.append(
            (
                pol.stripped_exif_status,
                "no camera EXIF",
                None,
                "",
                "The follow-up carries no camera information although the baseline does: it was probably "
                "sent through a messaging app or edited; use the original file.",
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
                f"re-encoded (quality {f.jpeg.quality})",
                None,
                "",
                "The follow-up was saved again by another program than the camera (its JPEG tables "
                "differ from the camera's): use the original file.",
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
        region = "skin" if ctx.faces else "subject"
        findings.append(
            (
                status_texture,
                round(texture_ratio, 3),
                pol.texture_warn_ratio,
                "ratio",
                f"The {region} texture is {1 - texture_ratio:.0%} smoother in the follow-up than in the "
                "baseline while edges stay sharp (a beauty or smoothing filter): use the unfiltered photo.",
            )
        )
    if not findings:
        if not texture_judged:
            why = "the face is too small in the photo" if too_small else "the subject is overexposed"
            return _result(
                CheckId.EDITING,
                PASS,
                None,
                None,
                "",
                f"No editing app or stripped metadata found; skin smoothing cannot be judged ({why}).",
                texture_ratio=texture_ratio,
            )
        return _result(
            CheckId.EDITING,
            PASS,
            round(texture_ratio, 3),
            pol.texture_warn_ratio,
            "ratio",
            "No sign of editing or filters.",
        )
    findings.sort(key=lambda item: item[0].severity, reverse=True)
    status, measured, threshold, unit, message = findings[0]
    if len(findings) > 1:
        message = (
            message[:-1]
            + f" (and {len(findings) - 1} more sign{'s' if len(findings) > 2 else ''} of editing)."
        )
    return _result(
        CheckId.EDITING,
        status,
        measured,
        threshold,
        unit,
        message,
        findings=[item[4] for item in findings],
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
    sizes = f"{f.width}×{f.height} against {b.width}×{b.height}"
    if turned:
        return _result(
            CheckId.RESOLUTION,
            FAIL,
            "portrait/landscape",
            "same orientation",
            "",
            f"The follow-up is {'portrait' if aspect_f < 1 else 'landscape'} and the baseline is not "
            f"({sizes}): hold the camera as for the baseline.",
        )
    status = worst(status_pixels, status_aspect)
    if status is PASS:
        return _result(
            CheckId.RESOLUTION,
            PASS,
            round(pixels, 3),
            pol.warn_pixels_ratio,
            "ratio",
            f"Comparable size and shape ({sizes}).",
        )
    if status_pixels.severity >= status_aspect.severity:
        message = (
            f"The follow-up has {pixels:.0%} of the baseline's pixels ({sizes}): use the original file, not "
            "a "
            "crop, screenshot or messenger copy."
        )
        return _result(CheckId.RESOLUTION, status, round(pixels, 3), pol.warn_pixels_ratio, "ratio", message)
    message = (
        f"The follow-up has another shape than the baseline ({sizes}, {aspect_change:.0%} different): it was "
        "cropped or taken in another format; use the original file."
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


def _span(delta: timedelta) -> str:
    seconds = abs(delta.total_seconds())
    if seconds < 3600:
        return f"{seconds / 60:.0f} minutes"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.0f} hours"
    return f"{seconds / 86400:.0f} days"


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
    findings: list[tuple[CheckStatus, str]] = []
    tf, tb = follow_up.capture_time, baseline.capture_time
    if tf is None:
        return _result(
            CheckId.CAPTURE_TIME,
            WARN,
            None,
            None,
            "days",
            "The follow-up has no capture date: check it was taken at this visit.",
        )
    for name, facts, moment in (("follow-up", follow_up, tf), ("baseline", baseline, tb)):
        if moment is None:
            continue
        if moment.year < pol.earliest_plausible_year:
            findings.append(
                (
                    WARN,
                    f"The {name}'s camera clock says {moment:%Y-%m-%d}, a reset clock: check the date it "
                    "was really taken.",
                )
            )
        elif _instant(moment, treatment_at) > now + timedelta(hours=pol.future_grace_hours):
            findings.append(
                (
                    WARN,
                    f"The {name}'s date ({moment:%Y-%m-%d}) lies in the future: the camera clock is wrong; "
                    "check the date.",
                )
            )
        if facts.capture_time_source is CaptureTimeSource.FILE:
            findings.append(
                (
                    pol.file_date_only_status,
                    f"The {name} carries no camera date, only the file's date, which copying changes: check "
                    "when it was taken.",
                )
            )
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
                    f"This photo was taken {_span(since)} after the treatment, so it cannot be a baseline: "
                    "file it under the right visit.",
                )
            )
        elif not expect_before and since < timedelta(0):
            findings.append(
                (
                    FAIL,
                    f"The follow-up was taken {_span(since)} before the treatment: file it under the right "
                    "visit.",
                )
            )
        if tb is not None:
            b_since = _instant(tb, treatment_at) - treatment_at
            if b_since > timedelta(hours=pol.baseline_after_treatment_grace_hours):
                findings.append(
                    (
                        WARN,
                        f"The baseline was taken {_span(b_since)} after the treatment: check it is really a "
                        "baseline.",
                    )
                )
        if visit_at is not None:
            off = f_at - _instant(visit_at, treatment_at)
            if abs(off) > timedelta(hours=pol.max_hours_from_visit):
                findings.append(
                    (
                        WARN,
                        f"The follow-up was taken {_span(off)} "
                        f"{'after' if off > timedelta(0) else 'before'} its visit's date: "
                        "check it belongs to this visit.",
                    )
                )
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
                        f"The follow-up was taken {_span(delta)} before the baseline: check the photos and "
                        "the camera clock.",
                    )
                )
    if not findings:
        if measured is None:
            message = "The follow-up's date is plausible."
        elif treatment_at is not None:
            message = f"Taken {_span(timedelta(days=measured))} after the treatment, as expected."
        else:
            message = f"Taken {_span(timedelta(days=measured))} after the baseline, as expected."
        return _result(CheckId.CAPTURE_TIME, PASS, measured, None, unit, message)
    findings.sort(key=lambda item: item[0].severity, reverse=True)
    status, message = findings[0]
    if len(findings) > 1:
        message = (
            message[:-1] + f" (and {len(findings) - 1} more date problem{'s' if len(findings) > 2 else ''})."
        )
    return _result(
        CheckId.CAPTURE_TIME, status, measured, None, unit, message, findings=[m for _, m in findings]
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
