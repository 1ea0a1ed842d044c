"""Checks of the light: exposure, colour of the light, light direction, flash."""

from __future__ import annotations

import math

from photofollow.domain.checks import CheckId, CheckResult
from photofollow.domain.text import QT_TRANSLATE_NOOP

# -- the checks ------------------------------------------------------------------------------------------
from photofollow.imaging.checks._common import (
    PASS,
    WARN,
    PairContext,
    _n,
    _result,
    _say,
    _skip,
    _which,
    band,
    worst,
)
from photofollow.imaging.measure import (
    chromaticity_and_cct,
)


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
