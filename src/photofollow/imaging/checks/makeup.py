"""Make-up the baseline does not show: lipstick, eye make-up, foundation or concealer.

Compared in the same face-mesh regions of both photos (imaging/measure/skin.py), each against the face's own
skin under the same light, so exposure and the colour of the light cancel. What a moved lamp changes too
(the darkness of the lids in their sockets, the skin's texture under grazing light) is only judged when the
light falls as in the baseline; colour against the skin is judged always. Every difference is judged
against its tolerance and the standard errors of both photos.

The lash line's darkness (eyeliner, mascara) is measured but not judged: the mesh's lid line moves onto a
painted line, and a smile squeezes the lids, so on the corpus faces a smile darkened the lash band as much as
a thin eyeliner did. Eye shadow (lid colour and darkness) and lipstick are judged; foundation by evenness.
"""

from __future__ import annotations

import math
from dataclasses import replace

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.imaging.checks._common import PASS, PairContext, _n, _result, _say, _skip, _which, band_low
from photofollow.imaging.checks.geometry import judge
from photofollow.imaging.measure.face import pose_corrected

LIPS_AREA = 0.16  # pixels of the lips per squared eye-distance pixel (corpus faces: 0.12-0.2)


# What a region's change says (the foundation sentence carries numbers and is built where it is found).
MAKEUP_FOUND = {
    "lips": QT_TRANSLATE_NOOP(
        "Checks",
        "The lips' colour against the skin differs from the baseline (lipstick or gloss in one of the "
        "photos): make-up can hide the lips' own colour and swelling; take both photos without make-up.",
    ),
    "eyes": QT_TRANSLATE_NOOP(
        "Checks",
        "The eyelids are darker or tinted against the skin, unlike the baseline (eye make-up in one of the "
        "photos): make-up can hide redness and bruising around the eyes; take both photos without make-up.",
    ),
}


def _value(skin: dict[str, float], name: str) -> float:
    value = skin.get(name, math.nan)
    return value if value is not None else math.nan


def _difference(ctx: PairContext, names: tuple[str, ...]) -> tuple[float, float]:
    """The follow-up's change of one feature, or the length of the change of several (a colour), and its
    standard deviation."""
    b, f = ctx.baseline.face.skin, ctx.follow_up.face.skin
    changes = [_value(f, n) - _value(b, n) for n in names]
    sigmas = [math.hypot(_value(f, f"{n}_se"), _value(b, f"{n}_se")) for n in names]
    if not all(math.isfinite(v) for v in changes + sigmas):
        return math.nan, math.nan
    if len(changes) == 1:
        return changes[0], sigmas[0]
    length = math.hypot(*changes)
    if length <= 1e-9:
        return 0.0, max(sigmas)
    return length, math.sqrt(sum((c / length * s) ** 2 for c, s in zip(changes, sigmas, strict=True)))


def _light_changed(ctx: PairContext) -> bool:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.light_direction
    return (
        abs(f.light_lr - b.light_lr) > pol.warn_log_ratio
        or abs(f.light_tb - b.light_tb) > pol.warn_log_ratio
        or abs(f.subject_ev - b.subject_ev) > 2 * ctx.policy.exposure.fail_ev
    )


def _expression_moved(ctx: PairContext) -> tuple[bool, bool]:
    """Whether the mouth, and the eyes or brows, moved between the photos beyond the expression check's
    warn tolerances (pose-corrected features): make-up there then needs stronger evidence."""
    pol = ctx.policy.expression
    b, f = ctx.baseline.face, ctx.follow_up.face
    if not b.expression or not f.expression:
        return False, False
    values_b = pose_corrected(b.expression, b.yaw, b.pitch)
    values_f = pose_corrected(f.expression, f.yaw, f.pitch)

    def moved(name: str, warn: float) -> bool:
        return abs(values_f.get(name, 0.0) - values_b.get(name, 0.0)) > warn

    mouth = (
        moved("mouth_width", pol.mouth_width_warn)
        or moved("mouth_open", pol.mouth_open_warn)
        or moved("corner_lift", pol.smile_lift_warn)
    )
    eyes = moved("eye_open", pol.eye_open_warn) or moved("brow_height", pol.brow_height_warn)
    return mouth, eyes


def _skin_evened(
    ctx: PairContext, light_changed: bool
) -> tuple[bool, tuple[CheckStatus, float, float] | None]:
    """Whether the skin's evenness can be judged, and (status, texture ratio, colour-variation ratio) when
    it was evened like foundation or concealer does: the fine texture of cheeks and forehead lower, their
    colour variation lower too, and the texture around the face unchanged (a filter or a focus change lowers
    that as well)."""
    pol = ctx.policy.makeup
    skin_b, skin_f = ctx.baseline.face.skin, ctx.follow_up.face.skin
    big_enough = min(_value(skin_b, "ipd_px"), _value(skin_f, "ipd_px")) >= pol.texture_min_ipd_px
    if not big_enough or light_changed:
        return False, None
    texture = _value(skin_f, "skin_texture") / max(_value(skin_b, "skin_texture"), 1e-9)
    mottle = _value(skin_f, "skin_mottle") / max(_value(skin_b, "skin_mottle"), 1e-9)
    context = _value(skin_f, "context_texture") / max(_value(skin_b, "context_texture"), 1e-9)
    context_kept = not math.isfinite(context) or context >= pol.context_texture_min_ratio
    status = band_low(texture, pol.skin_texture_warn_ratio, pol.skin_texture_fail_ratio)
    if math.isfinite(texture) and math.isfinite(mottle) and status is not PASS:
        if mottle < pol.skin_mottle_warn_ratio and context_kept:
            return True, (status, texture, mottle)
    return True, None


def evened_by_makeup(ctx: PairContext) -> bool:
    """The follow-up's skin is evened the way make-up evens it (the make-up check reports it): the editing
    check then leaves the smoother skin to it rather than name a filter for the same finding."""
    if not ctx.faces:
        return False
    return _skin_evened(ctx, _light_changed(ctx))[1] is not None


def check_makeup(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.makeup
    if not ctx.faces:
        reason = _which(
            _say(
                QT_TRANSLATE_NOOP("Checks", "No face was found in either photo, so make-up cannot be judged.")
            ),
            _say(
                QT_TRANSLATE_NOOP("Checks", "No face was found in the baseline, so make-up cannot be judged.")
            ),
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "No face was found in the follow-up, so make-up cannot be judged."
                )
            ),
            b.face is None,
            f.face is None,
        )
        return _skip(CheckId.MAKEUP, reason)
    skin_b, skin_f = b.face.skin, f.face.skin
    lips_ok = min(_value(skin_b, "n_lips"), _value(skin_f, "n_lips")) >= pol.min_lip_px
    lids_ok = min(_value(skin_b, "n_lids"), _value(skin_f, "n_lids")) >= pol.min_lid_px
    if not (lips_ok or lids_ok):
        widths = [w for w in (b.face.face_width_px, f.face.face_width_px) if math.isfinite(w)]
        width = min(widths) if widths else 0.0
        # The lips cover about 0.16 of the squared eye distance (measured on the corpus faces): the eye
        # distance at which they would reach min_lip_px, scaled to the face's width.
        ipds = [v for v in (_value(skin_b, "ipd_px"), _value(skin_f, "ipd_px")) if math.isfinite(v) and v > 0]
        ipd = min(ipds) if ipds else 1.0
        needed = math.ceil(width * math.sqrt(pol.min_lip_px / LIPS_AREA) / ipd) if width else 0
        return _skip(
            CheckId.MAKEUP,
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The face is %1 px wide; %2 px are needed to judge make-up on the lips and eyelids: "
                    "compare the photos by eye.",
                ),
                round(width),
                max(needed, round(width) + 1),
            ),
        )
    light_changed = _light_changed(ctx)
    findings: list[tuple[CheckStatus, float, float, float | None, str, Phrase]] = []

    def finding(names, warn, fail, sign, region: str) -> None:
        value, sigma = _difference(ctx, names)
        if not math.isfinite(value) or (sign and value * sign <= 0):
            return
        judgement = judge(value, sigma, 0.0, warn, fail, ctx)
        if judgement.status not in (None, PASS):
            message = _say(MAKEUP_FOUND[region])
            findings.append((judgement.status, value, warn, judgement.uncertainty, "ln ratio", message))

    mouth_moved, eyes_moved = _expression_moved(ctx)
    if lips_ok:
        # Stretched or parted lips show their colour differently (thinner, wetter, teeth beside them): with
        # the mouth moved, only a colour change twice the tolerance counts, and darkness not at all.
        widen = 2.0 if mouth_moved else 1.0
        finding(("lip_rg", "lip_bg"), pol.lip_colour_warn * widen, pol.lip_colour_fail * widen, 0, "lips")
        if not (light_changed or mouth_moved):
            finding(("lip_y",), pol.lip_darkness_warn, pol.lip_darkness_fail, 0, "lips")
    if lids_ok:
        finding(("lid_rg", "lid_bg"), pol.lid_colour_warn, pol.lid_colour_fail, 0, "eyes")
        if not (light_changed or eyes_moved):
            finding(("lid_y",), pol.lid_darkness_warn, pol.lid_darkness_fail, -1, "eyes")

    skin_judged, evened = _skin_evened(ctx, light_changed)
    if evened is not None:
        status, texture, mottle = evened
        findings.append(
            (
                status,
                texture,
                pol.skin_texture_warn_ratio,
                None,
                "ratio",
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "The skin is evened in the follow-up (fine texture %1% and colour variation %2% of "
                        "the baseline's, the surroundings unchanged): foundation or concealer can hide "
                        "redness and bruising; ask the patient to remove it.",
                    ),
                    _n(texture * 100),
                    _n(mottle * 100),
                ),
            )
        )
    if not findings:
        if not skin_judged:
            if light_changed:
                why = QT_TRANSLATE_NOOP(
                    "Checks",
                    "No sign of make-up on the lips or eyelids; the skin's evenness cannot be judged because "
                    "the light falls differently from the baseline.",
                )
            else:
                why = QT_TRANSLATE_NOOP(
                    "Checks",
                    "No sign of make-up on the lips or eyelids; the skin's evenness cannot be judged (the "
                    "face is too small in the photo).",
                )
            message = _say(why)
        else:
            message = _say(QT_TRANSLATE_NOOP("Checks", "No sign of make-up that the baseline does not show."))
        return _result(CheckId.MAKEUP, PASS, None, None, "", message, light_changed=light_changed)
    # One sentence per region, the strongest first.
    findings.sort(key=lambda item: (item[0].severity, abs(item[1]) / max(item[2], 1e-9)), reverse=True)
    seen: list[tuple[CheckStatus, float, float, float | None, str, Phrase]] = []
    for item in findings:
        if all(item[5] != other[5] for other in seen):
            seen.append(item)
    status, value, threshold, uncertainty, unit, message = seen[0]
    if len(seen) == 2:
        message = _say(QT_TRANSLATE_NOOP("Checks", "%1 One more sign of make-up was found."), message)
    elif len(seen) > 2:
        message = _say(
            QT_TRANSLATE_NOOP("Checks", "%1 %2 more signs of make-up were found."), message, len(seen) - 1
        )
    result = _result(
        CheckId.MAKEUP,
        status,
        round(value, 3),
        threshold,
        unit,
        message,
        findings=[item[5].english() for item in seen],
        light_changed=light_changed,
    )
    return replace(result, uncertainty=None if uncertainty is None else round(uncertainty, 3))
