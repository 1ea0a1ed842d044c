"""Checks of the camera and head geometry: distance, framing, tilt, head angle, view."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from photofollow.domain.checks import CheckId, CheckResult
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
