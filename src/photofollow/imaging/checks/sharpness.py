"""Focus, compared at a common subject scale (the editing check shares the scale)."""

from __future__ import annotations

from photofollow.domain.checks import CheckId, CheckResult
from photofollow.domain.text import QT_TRANSLATE_NOOP
from photofollow.imaging.checks._common import (
    COMMON_SCALE_FACTOR,
    PASS,
    PairContext,
    _n,
    _result,
    _say,
    _skip,
    band_low,
)
from photofollow.imaging.measure import (
    interpolate_profile,
)


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
