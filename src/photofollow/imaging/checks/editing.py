"""Filters and editing: editing apps, stripped metadata, re-encoding, skin smoothing."""

from __future__ import annotations

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus
from photofollow.domain.model import CaptureTimeSource, PhotoFacts
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.imaging.checks._common import (
    PASS,
    TEXTURE_SCALE_FACTOR,
    PairContext,
    _n,
    _result,
    _say,
    band_low,
)
from photofollow.imaging.checks.equipment import _camera_name
from photofollow.imaging.checks.makeup import evened_by_makeup
from photofollow.imaging.checks.sharpness import _at_common_scale


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
    if status_texture is not PASS and texture_judged and not evened_by_makeup(ctx):
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
