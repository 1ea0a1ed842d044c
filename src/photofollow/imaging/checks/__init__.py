"""The photo-policy checks of a follow-up against its baseline, from cached measurements.

Each check returns a `CheckResult` with a status from the policy's warn/fail bands, the measured value with
its unit, the tolerance, and one sentence a nurse understands (direction and size). All of them are always
reported; a check that cannot be judged is `skipped` with the reason.

Every sentence (and every measured value in words) is a `domain.text.Phrase` whose template is marked with
`QT_TRANSLATE_NOOP("Checks", ...)`, so lupdate extracts it and the GUI and the sheets show it translated;
`CheckResult.message` is its English. A variant that changes the grammar (which photo, which direction) is
a sentence of its own rather than a word slotted in, so a translator sees whole sentences.
"""

from __future__ import annotations

from datetime import datetime

from photofollow.domain.checks import CHECK_ORDER, CheckId, PairReport, verdict_of
from photofollow.domain.model import View, VisitKind
from photofollow.domain.policy import Policy
from photofollow.imaging.checks._common import (
    YAW_POSITIVE_SHOWS_LEFT,
    PairContext,
    _view_words,
    band,
    band_low,
    classify_view,
    worst,
)
from photofollow.imaging.checks.capture_time import check_capture_time
from photofollow.imaging.checks.editing import check_editing
from photofollow.imaging.checks.equipment import check_camera, check_lens, check_resolution
from photofollow.imaging.checks.expression import check_expression
from photofollow.imaging.checks.geometry import (
    check_distance,
    check_framing,
    check_head_pose,
    check_roll,
    check_view,
    subject_size_change,
)
from photofollow.imaging.checks.light import (
    check_exposure,
    check_flash,
    check_light_direction,
    check_white_balance,
)
from photofollow.imaging.checks.makeup import check_makeup
from photofollow.imaging.checks.sharpness import check_sharpness
from photofollow.imaging.measure import PhotoMeasurements, SharpnessSample
from photofollow.imaging.registration import Registration, register

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
    """Every check of `follow_up` against `baseline`, registration included (unless given)."""
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
        CheckId.EXPRESSION: check_expression,
        CheckId.MAKEUP: check_makeup,
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
    "YAW_POSITIVE_SHOWS_LEFT",
    "PairContext",
    "_view_words",
    "check_camera",
    "check_distance",
    "check_editing",
    "check_exposure",
    "check_expression",
    "check_flash",
    "check_framing",
    "check_head_pose",
    "check_lens",
    "check_light_direction",
    "check_makeup",
    "check_resolution",
    "check_roll",
    "check_sharpness",
    "check_view",
    "check_white_balance",
    "subject_size_change",
    "worst",
    "SharpnessSample",
    "band",
    "band_low",
    "check_capture_time",
    "classify_view",
    "run_checks",
]
