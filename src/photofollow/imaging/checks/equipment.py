"""Checks of the equipment and file: lens, camera, resolution."""

from __future__ import annotations

from photofollow.domain.checks import CheckId, CheckResult
from photofollow.domain.model import PhotoFacts
from photofollow.domain.text import QT_TRANSLATE_NOOP
from photofollow.imaging.checks._common import (
    FAIL,
    PASS,
    PairContext,
    _n,
    _result,
    _say,
    _skip,
    _which,
    band,
    band_low,
    worst,
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
