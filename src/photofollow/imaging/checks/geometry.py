"""Checks of the camera and head geometry: distance, framing, tilt, head angle, view."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus
from photofollow.domain.model import View
from photofollow.domain.protocols import POSE_VIEWS
from photofollow.domain.text import QT_TRANSLATE_NOOP
from photofollow.imaging.checks._common import (
    PASS,
    YAW_POSITIVE_SHOWS_LEFT,
    PairContext,
    _n,
    _result,
    _say,
    _skip,
    _view_words,
    _which,
    band,
    classify_view,
)
from photofollow.imaging.measure import (
    PhotoMeasurements,
)


def _diagonal(m: PhotoMeasurements) -> float:
    return math.hypot(m.width, m.height)


# -- judging a face measurement with its uncertainty ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Judgement:
    """A difference judged against its tolerance and its expanded uncertainty.

    `status` is None when the check cannot judge: `reason` "small" (the resolution floor alone is wider than
    the tolerance), "unsteady" (the landmarks' jitter is) or "disagree" (two independent estimates differ by
    more than their uncertainties allow). `uncertainty` is expanded (coverage x sigma), in the value's unit.
    """

    status: CheckStatus | None
    uncertainty: float
    reason: str | None = None
    other: float | None = None
    value: float | None = None  # the difference judged: both estimates combined when they agree


def judge(
    value: float,
    sigma: float,
    floor: float,
    warn: float,
    fail: float,
    ctx: PairContext,
    other: float | None = None,
    other_sigma: float | None = None,
) -> Judgement:
    """pass/warn/fail for `value` (a difference, any sign) whose standard deviation is `sigma` (`floor` of it
    from resolution alone); `other` is a second, independent estimate of the same difference.

    Two estimates that agree are combined (weighted by their precision), so a precise registration of the
    face's features steadies a mesh the light made unsteady. A difference inside the expanded uncertainty
    passes. When the uncertainty is wider than the warn tolerance, only a difference that stays beyond the
    tolerance after taking the uncertainty off is reported (it is certainly there); anything else cannot be
    judged."""
    k = ctx.policy.face.coverage
    if other is not None and other_sigma is not None and math.isfinite(other) and math.isfinite(other_sigma):
        allowed = k * math.hypot(sigma, other_sigma) + ctx.policy.face.agreement_slack * warn
        if abs(value - other) > allowed:
            return Judgement(None, k * sigma, "disagree", other, value)
        if sigma > 0 and other_sigma > 0:
            weight, other_weight = 1.0 / sigma**2, 1.0 / other_sigma**2
            value = (value * weight + other * other_weight) / (weight + other_weight)
            sigma = 1.0 / math.sqrt(weight + other_weight)
            floor = min(floor, sigma)
    size = abs(value)
    expanded = k * sigma
    if expanded > warn:
        if size - expanded > warn:
            return Judgement(band(size - expanded, warn, fail), expanded, value=value)
        small = k * floor > warn or _resolution_limited(ctx)
        return Judgement(None, expanded, "small" if small else "unsteady", value=value)
    if size <= expanded:
        return Judgement(PASS, expanded, value=value)
    return Judgement(band(size, warn, fail), expanded, value=value)


def _resolution_limited(ctx: PairContext) -> bool:
    """Either face is smaller than the mesh model's input, so its landmarks' precision is set by its size."""
    faces = (ctx.baseline.face, ctx.follow_up.face) if ctx.baseline and ctx.follow_up else ()
    return any(face is not None and face.sigma.get("resolution_limited", 0.0) > 0 for face in faces)


def _needed_width(ctx: PairContext, expanded: float, warn: float) -> tuple[int, int]:
    """The smaller face's width (full-size pixels) and the width at which the expanded uncertainty would fit
    inside the tolerance: below the mesh model's input size, the landmarks' error shrinks in proportion to
    the face."""
    b, f = ctx.baseline.face, ctx.follow_up.face
    widths = [w for w in (b.face_width_px, f.face_width_px) if math.isfinite(w)]
    width = min(widths) if widths else 0.0
    needed = math.ceil(width * expanded / warn) if warn > 0 else 0
    return round(width), max(needed, round(width) + 1)


def _sigma(m: PhotoMeasurements, key: str) -> float:
    value = m.face.sigma.get(key, 0.0) if m.face is not None else 0.0
    return value if math.isfinite(value) else 0.0


def _pair_sigma(ctx: PairContext, key: str) -> tuple[float, float]:
    """Combined standard deviation of a face measurement of both photos, and its resolution-floor part."""
    b, f = ctx.baseline, ctx.follow_up
    return (
        math.hypot(_sigma(b, key), _sigma(f, key)),
        math.hypot(_sigma(b, f"floor_{key}"), _sigma(f, f"floor_{key}")),
    )


# Why a face check cannot judge, per check: the face too small, its landmarks not steady, or the mesh and
# the face features disagreeing (head angle and expression have no second estimate).
CANNOT_JUDGE = {
    ("distance", "small"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face is %1 px wide; %2 px are needed to judge the distance within %3 % of the face's "
        "size: compare the photos by eye.",
    ),
    ("distance", "unsteady"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face's landmarks are not steady enough in these photos (uneven light, shadow or "
        "blur) to judge the distance within %1 % of the face's size: compare the photos by eye.",
    ),
    ("distance", "disagree"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face's landmarks and its skin features disagree about its size, as when light or "
        "shadow misleads one of them, so the distance cannot be judged within %1 % of the "
        "face's size: compare the photos by eye.",
    ),
    ("framing", "small"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face is %1 px wide; %2 px are needed to judge the framing within %3 % of the "
        "frame: compare the photos by eye.",
    ),
    ("framing", "unsteady"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face's landmarks are not steady enough in these photos (uneven light, shadow or "
        "blur) to judge the framing within %1 % of the frame: compare the photos by eye.",
    ),
    ("framing", "disagree"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face's landmarks and its skin features disagree about where the face is, as when "
        "light or shadow misleads one of them, so the framing cannot be judged within %1 % of "
        "the frame: compare the photos by eye.",
    ),
    ("roll", "small"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face is %1 px wide; %2 px are needed to judge the tilt within %3°: compare the photos by eye.",
    ),
    ("roll", "unsteady"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face's landmarks are not steady enough in these photos (uneven light, shadow or "
        "blur) to judge the tilt within %1°: compare the photos by eye.",
    ),
    ("roll", "disagree"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face's landmarks and its skin features disagree about the tilt, as when light or "
        "shadow misleads one of them, so the tilt cannot be judged within %1°: compare the "
        "photos by eye.",
    ),
    ("head_pose", "small"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face is %1 px wide; %2 px are needed to judge the head angle within %3°: compare "
        "the photos by eye.",
    ),
    ("head_pose", "unsteady"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face's landmarks are not steady enough in these photos (uneven light, shadow or "
        "blur) to judge the head angle within %1°: compare the photos by eye.",
    ),
    ("expression", "small"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face is %1 px wide; %2 px are needed to judge the expression within %3 % of the eye "
        "distance: compare the photos by eye.",
    ),
    ("expression", "unsteady"): QT_TRANSLATE_NOOP(
        "Checks",
        "The face's landmarks are not steady enough in these photos (uneven light, shadow or blur) "
        "to judge the expression within %1 % of the eye distance: compare the photos by eye.",
    ),
}


def _cannot_judge(
    check: CheckId, ctx: PairContext, judgement: Judgement, warn: float, shown_warn: float, unit: str
) -> CheckResult:
    """The skipped result of a face measurement that cannot be judged, saying why in the check's words;
    `shown_warn` is the tolerance in the unit shown."""
    tolerance = _n(shown_warn, 0 if shown_warn >= 1 else 1)
    reason = judgement.reason if (check.value, judgement.reason) in CANNOT_JUDGE else "unsteady"
    if reason == "small":
        width, needed = _needed_width(ctx, judgement.uncertainty, warn)
        message = _say(CANNOT_JUDGE[(check.value, "small")], width, needed, tolerance)
    else:
        message = _say(CANNOT_JUDGE[(check.value, reason)], tolerance)
    result = _skip(check, message, unit)
    return replace(result, uncertainty=judgement.uncertainty, details={"reason": judgement.reason})


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
    b, f = ctx.baseline, ctx.follow_up
    if ctx.faces:
        sigma, floor = _pair_sigma(ctx, "ipd_rel")
        sigma, floor = sigma * (1 + value), floor * (1 + value)
        other = other_sigma = None
        face_reg = ctx.face_registration()
        if face_reg is not None:
            other = (1.0 / face_reg.scale) * (_diagonal(b) / _diagonal(f)) - 1.0
            other_sigma = face_reg.sigma_scale * (1 + other)
        judgement = judge(value, sigma, floor, pol.warn_change, pol.fail_change, ctx, other, other_sigma)
        if judgement.status is None:
            return _cannot_judge(
                CheckId.DISTANCE, ctx, judgement, pol.warn_change, pol.warn_change * 100, "%"
            )
        status, uncertainty, value = judgement.status, judgement.uncertainty, judgement.value
    else:
        reg = ctx.registration
        sigma = reg.sigma_scale * (1 + value) if reg is not None else math.nan
        uncertainty = ctx.policy.face.coverage * sigma if math.isfinite(sigma) else None
        status = band(abs(value), pol.warn_change, pol.fail_change)
        if uncertainty is not None and abs(value) <= uncertainty:
            status = PASS
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
    result = _result(CheckId.DISTANCE, status, round(value * 100, 2), pol.warn_change * 100, "%", message)
    return replace(result, uncertainty=None if uncertainty is None else round(uncertainty * 100, 3))


def _anchor(m: PhotoMeasurements) -> tuple[float, float]:
    """Where the face is: the centre of its stable mesh points (its box centre for an older record)."""
    if m.face.anchor is not None:
        return m.face.anchor
    x, y, w, h = m.face.box
    return x + w / 2, y + h / 2


def _face_offset(ctx: PairContext) -> tuple[float, float, float, float, float | None, float | None]:
    """The face's move in the frame (dx, dy as shares of each photo's width and height) from the mesh
    anchors, its standard deviation and floor (largest axis), and the same move from the face features."""
    b, f = ctx.baseline, ctx.follow_up
    anchor_b, anchor_f = _anchor(b), _anchor(f)
    dx = anchor_f[0] / f.width - anchor_b[0] / b.width
    dy = anchor_f[1] / f.height - anchor_b[1] / b.height
    scale = max(1.0 / min(b.width, b.height), 1.0 / min(f.width, f.height))
    sigma = math.hypot(_sigma(b, "anchor_px"), _sigma(f, "anchor_px")) * scale
    floor = math.hypot(_sigma(b, "floor_anchor_px"), _sigma(f, "floor_anchor_px")) * scale
    other = other_sigma = None
    face_reg = ctx.face_registration()
    if face_reg is not None:
        where = face_reg.to_follow_up(np.array([anchor_b]))[0]
        ox = where[0] / f.width - anchor_b[0] / b.width
        oy = where[1] / f.height - anchor_b[1] / b.height
        other = ox if abs(dx) >= abs(dy) else oy
        other_sigma = face_reg.sigma_shift_px / face_reg.scale * scale
    return dx, dy, sigma, floor, other, other_sigma


def check_framing(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.framing
    uncertainty = None
    if ctx.faces:
        dx, dy, sigma, floor, other, other_sigma = _face_offset(ctx)
        value = dx if abs(dx) >= abs(dy) else dy
        judgement = judge(value, sigma, floor, pol.warn_offset, pol.fail_offset, ctx, other, other_sigma)
        if judgement.status is None:
            return _cannot_judge(CheckId.FRAMING, ctx, judgement, pol.warn_offset, pol.warn_offset * 100, "%")
        status, uncertainty = judgement.status, judgement.uncertainty
    elif ctx.registration is not None:
        centre_b = np.array([[b.width / 2, b.height / 2]])
        where = ctx.registration.to_follow_up(centre_b)[0]
        dx = where[0] / f.width - 0.5
        dy = where[1] / f.height - 0.5
        status = band(max(abs(dx), abs(dy)), pol.warn_offset, pol.fail_offset)
        sigma = ctx.registration.sigma_shift_px / min(f.width, f.height)
        if math.isfinite(sigma):
            uncertainty = ctx.policy.face.coverage * sigma
            if max(abs(dx), abs(dy)) <= uncertainty:
                status = PASS
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
    result = _result(
        CheckId.FRAMING,
        status,
        round(float(offset) * 100, 2),
        pol.warn_offset * 100,
        "%",
        message,
        dx=dx,
        dy=dy,
    )
    return replace(result, uncertainty=None if uncertainty is None else round(uncertainty * 100, 3))


def check_roll(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.roll
    uncertainty = None
    if ctx.faces:
        tilt = (f.face.eye_line_deg - b.face.eye_line_deg + 180.0) % 360.0 - 180.0
        tilted = QT_TRANSLATE_NOOP(
            "Checks",
            "The follow-up is tilted %1° %2 compared with the baseline: keep the head or the camera level.",
        )
        sigma, floor = _pair_sigma(ctx, "roll_deg")
        other = other_sigma = None
        face_reg = ctx.face_registration()
        if face_reg is not None:
            other = face_reg.follow_up_tilt_deg
            other_sigma = face_reg.sigma_rotation_deg
        judgement = judge(tilt, sigma, floor, pol.warn_deg, pol.fail_deg, ctx, other, other_sigma)
        if judgement.status is None:
            return _cannot_judge(CheckId.ROLL, ctx, judgement, pol.warn_deg, pol.warn_deg, "°")
        status, uncertainty, tilt = judgement.status, judgement.uncertainty, judgement.value
    elif ctx.registration is not None:
        tilt = ctx.registration.follow_up_tilt_deg
        tilt = (tilt + 180.0) % 360.0 - 180.0
        tilted = QT_TRANSLATE_NOOP(
            "Checks", "The follow-up is tilted %1° %2 compared with the baseline: keep the camera level."
        )
        status = band(abs(tilt), pol.warn_deg, pol.fail_deg)
        sigma = ctx.registration.sigma_rotation_deg
        if math.isfinite(sigma):
            uncertainty = ctx.policy.face.coverage * sigma
            if abs(tilt) <= uncertainty:
                status = PASS
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
    result = _result(CheckId.ROLL, status, round(tilt, 2), pol.warn_deg, "°", message)
    return replace(result, uncertainty=None if uncertainty is None else round(uncertainty, 3))


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
    sigma_yaw, floor_yaw = _pair_sigma(ctx, "yaw_deg")
    sigma_pitch, floor_pitch = _pair_sigma(ctx, "pitch_deg")
    by_yaw = judge(d_yaw, sigma_yaw, floor_yaw, pol.warn_deg, pol.fail_deg, ctx)
    by_pitch = judge(d_pitch, sigma_pitch, floor_pitch, pol.warn_deg, pol.fail_deg, ctx)
    judged = [(j, d) for j, d in ((by_yaw, d_yaw), (by_pitch, d_pitch)) if j.status is not None]
    found = [(j, d) for j, d in judged if j.status is not PASS]
    if not found and len(judged) < 2:
        # Neither angle is off beyond doubt, and one of them cannot be judged.
        unjudged = by_yaw if by_yaw.status is None else by_pitch
        return _cannot_judge(CheckId.HEAD_POSE, ctx, unjudged, pol.warn_deg, pol.warn_deg, "°")
    if found:
        leading, turn = max(found, key=lambda item: (item[0].status.severity, abs(item[1])))
        status, uncertainty = leading.status, leading.uncertainty
        pitch_leads = leading is by_pitch
    else:
        status = PASS
        uncertainty = max(by_yaw.uncertainty, by_pitch.uncertainty)
        turn = d_yaw if abs(d_yaw) >= abs(d_pitch) else d_pitch
        pitch_leads = False
    if status is PASS:
        message = _say(
            QT_TRANSLATE_NOOP(
                "Checks", "The head is at the same angle as in the baseline (turn %1°, nod %2°)."
            ),
            _n(abs(d_yaw)),
            _n(abs(d_pitch)),
        )
    elif not pitch_leads:
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
    result = _result(
        CheckId.HEAD_POSE,
        status,
        round(turn, 2),
        pol.warn_deg,
        "°",
        message,
        delta_yaw=d_yaw,
        delta_pitch=d_pitch,
    )
    return replace(result, uncertainty=round(uncertainty, 3))


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
