"""What changed between a baseline and a comparable follow-up (issue 15): the use cases over imaging.change.

- `change_of_files(baseline, follow_up, area)`: `photofollow change` on two files outside any library;
- `change_sample_for(library, photo)`: a stored photo's change sample, cached beside its measurements (made
  at import by `checking.measure_at_import`, else on first use);
- `change_of_pair(...)`: the measures of a pair from measurements and samples, skipped with the reason when
  a check in the policy's `[change] skip_when_failed` failed; with its change map for the GUI.

The numbers describe these two photos; they do not diagnose.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from photofollow.domain.change import (
    FACE_REGIONS,
    ChangeReport,
    MeasureId,
    RecoverySeries,
    RegionId,
    SymptomMark,
    recovery_point,
    skipped,
)
from photofollow.domain.checks import CheckId, CheckStatus, PairReport
from photofollow.domain.model import Area
from photofollow.domain.policy import Policy, RecoveryCourse
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase, folded

CHANGE_KIND = "change"  # the library's cache key for change samples

# The treated area's regions: a face treatment measures every face region (the neck when it is in the photo);
# a neck treatment the neck and the chin above it; other areas the registered overlap of the photos.
AREA_REGIONS: dict[Area, tuple[RegionId, ...] | None] = {
    Area.FACE: FACE_REGIONS,
    Area.NECK: (RegionId.NECK, RegionId.CHIN),
}

_SKIP_REASONS = {
    CheckId.EXPOSURE: QT_TRANSLATE_NOOP("Change", "Not measured: the brightness differs too much (%1)"),
    CheckId.WHITE_BALANCE: QT_TRANSLATE_NOOP(
        "Change", "Not measured: the colour of the light differs too much (%1)"
    ),
    CheckId.LIGHT_DIRECTION: QT_TRANSLATE_NOOP(
        "Change", "Not measured: the light falls from another direction (%1)"
    ),
    CheckId.FLASH: QT_TRANSLATE_NOOP("Change", "Not measured: the flash differs (%1)"),
    CheckId.MAKEUP: QT_TRANSLATE_NOOP("Change", "Not measured: the make-up differs (%1)"),
}
_OTHER_CHECK = QT_TRANSLATE_NOOP("Change", "Not measured: a check the change measures need failed (%1)")
NO_FACE = QT_TRANSLATE_NOOP(
    "Change", "Not measured: the face's regions need a face in both photos, and one was not found."
)
NO_REFERENCE = QT_TRANSLATE_NOOP(
    "Change",
    "Not measured: too little skin or background outside the treated area to match the colour of the photos.",
)
NO_OVERLAP = QT_TRANSLATE_NOOP("Change", "Not measured: the photos could not be registered onto each other.")


@dataclass(frozen=True, eq=False)
class PairChange:
    """A pair's change: the report (the JSON contract) and, when measured, its change map (imaging.change)."""

    report: ChangeReport
    change_map: Any = None


def regions_for(area: Area | str) -> tuple[RegionId, ...] | None:
    """The regions measured for a treated area; None: the photos' overlap."""
    return AREA_REGIONS.get(Area(area))


def sample_of(rgb: Any, measurements: Any, face: Any) -> Any:
    """The change sample of a photo decoded for measuring (`checking.measure_decoded`)."""
    from photofollow.imaging.change import make_sample

    full_size = (int(measurements.width), int(measurements.height))
    if face is None:
        return make_sample(rgb, full_size)
    return make_sample(rgb, full_size, face.mesh_xy, face.mesh_samples, face.model_px)


def measure_with_sample(path: str | Path, policy: Policy | None = None, rotation: int = 0) -> tuple[Any, Any]:
    """A photo file's measurements and change sample from one decode."""
    from photofollow.services.checking import measure_decoded

    measurements, rgb, face = measure_decoded(path, policy, rotation=rotation)
    return measurements, sample_of(rgb, measurements, face)


def skip_reason(report: PairReport, policy: Policy) -> Phrase | None:
    """Why the change is not measured: the first check in `skip_when_failed` that failed, or None."""
    for result in report.checks:
        if result.status != CheckStatus.FAIL or result.id.value not in policy.change.skip_when_failed:
            continue
        template = _SKIP_REASONS.get(result.id, _OTHER_CHECK)
        detail: Phrase | str = result.phrase if result.phrase is not None else result.message
        return Phrase("Change", template, (detail,))
    return None


def change_of_pair(
    baseline: Any,
    follow_up: Any,
    baseline_sample: Any,
    follow_up_sample: Any,
    policy: Policy,
    area: Area | str = Area.FACE,
    report: PairReport | None = None,
) -> PairChange:
    """The change of a follow-up against its baseline from measurements and change samples (no file is
    read). `report` is the pair's check report when the caller has it (else it is made here)."""
    import numpy as np

    from photofollow.imaging.change import measure_change
    from photofollow.services.checking import check_pair

    if report is None:
        report = check_pair(baseline, follow_up, policy)
    reason = skip_reason(report, policy)
    if reason is not None:
        return PairChange(skipped(reason))
    regions = regions_for(area)
    if regions is not None and not (baseline_sample.has_face and follow_up_sample.has_face):
        return PairChange(skipped(Phrase("Change", NO_FACE)))
    transform = None if report.transform is None else np.asarray(report.transform, dtype=np.float64)
    measured, change_map = measure_change(
        baseline_sample, follow_up_sample, regions, transform, coverage=policy.face.coverage
    )
    if measured is None:
        return PairChange(skipped(Phrase("Change", NO_REFERENCE if regions is not None else NO_OVERLAP)))
    return PairChange(measured, change_map)


def change_of_files(
    baseline: str | Path, follow_up: str | Path, area: Area | str = Area.FACE, policy: Policy | None = None
) -> PairChange:
    """`photofollow change` on two photo files (raises domain.errors types for unusable files)."""
    from photofollow.services.checking import default_policy

    policy = policy or default_policy()
    baseline_m, baseline_s = measure_with_sample(baseline, policy)
    follow_m, follow_s = measure_with_sample(follow_up, policy)
    return change_of_pair(baseline_m, follow_m, baseline_s, follow_s, policy, area)


# -- inside a library --------------------------------------------------------------------------------------


def cached_change_sample(library: Any, photo: Any) -> Any | None:
    from photofollow.imaging.change import SAMPLE_VERSION, ChangeSample

    data = library.load_measurements(photo.id, CHANGE_KIND, SAMPLE_VERSION)
    if data is None:
        return None
    try:
        return ChangeSample.from_json(data)
    except (KeyError, TypeError, ValueError):
        return None


def save_change_sample(library: Any, photo: Any, sample: Any) -> None:
    from photofollow.imaging.change import SAMPLE_VERSION

    library.save_measurements(photo.id, CHANGE_KIND, SAMPLE_VERSION, sample.to_json())


def change_sample_for(library: Any, photo: Any, policy: Policy | None = None) -> Any:
    """A stored photo's change sample: cached, else made from its original (not saved: a library opened
    read-only can still be measured)."""
    cached = cached_change_sample(library, photo)
    if cached is not None:
        return cached
    return measure_with_sample(library.photo_path(photo), policy, rotation=photo.rotation)[1]


def library_pair_change(
    library: Any,
    baseline_photo: Any,
    follow_up_photo: Any,
    policy: Policy,
    area: Area | str,
    report: PairReport,
) -> PairChange:
    """A stored pair's change from the library's cached measurements and samples (`report`: its check)."""
    from photofollow.services.checking import measurements_for

    return change_of_pair(
        measurements_for(library, baseline_photo, policy),
        measurements_for(library, follow_up_photo, policy),
        change_sample_for(library, baseline_photo, policy),
        change_sample_for(library, follow_up_photo, policy),
        policy,
        area,
        report,
    )


def course_for(policy: Policy, product: str) -> RecoveryCourse | None:
    """The usual course of a treatment's product: the policy's course whose name the product contains
    (case and accents ignored; the longest name wins), or None."""
    text = folded(product or "")
    found = [name for name in policy.courses if folded(name) and folded(name) in text]
    return policy.courses[max(found, key=len)] if found else None


def recovery_series(
    treated_at: Any,
    follow_ups: list[tuple[Any, int | None, ChangeReport | None]],
    symptoms: list[Any],
    product: str,
    policy: Policy,
) -> RecoverySeries:
    """A treatment's recovery chart data: `follow_ups` as (taken at, pain score, change report or None),
    `symptoms` the visits' symptom-log entries (domain.model.SymptomEntry), the product's usual course."""

    from photofollow.domain.timing import as_instant

    def hours(moment: Any) -> float:  # a naive camera time is the clinic's wall clock (domain.timing)
        return (as_instant(moment, treated_at) - treated_at).total_seconds() / 3600.0

    timed = sorted(
        ((hours(taken), pain, report) for taken, pain, report in follow_ups), key=lambda item: item[0]
    )
    points = tuple(recovery_point(at, pain, report) for at, pain, report in timed if at > 0)
    marks = tuple(
        SymptomMark(hours(entry.started_at), entry.severity)
        for entry in symptoms
        if entry.started_at is not None and hours(entry.started_at) > 0
    )
    course = course_for(policy, product)
    usual = None
    if course is not None:
        usual = {
            MeasureId.REDNESS: course.redness_hours,
            MeasureId.DARK_PATCHES: course.dark_patches_hours,
            MeasureId.SWELLING: course.swelling_hours,
        }
    return RecoverySeries(points, marks, usual)


def sheet_recovery(
    library: Any,
    treatment: Any,
    visits: list[Any],
    photos_by_visit: dict[int, list[Any]],
    view: Any,
    policy: Policy,
) -> RecoverySeries | None:
    """The recovery chart of a sheet: every follow-up of `view` in the treatment measured against its
    baseline from the library's cache (photos without a cached sample are measured, not saved); None when
    the view has no baseline or no follow-up could be measured."""
    from photofollow.domain.model import VisitKind
    from photofollow.services import records

    baseline = records.baseline_photo(((v, photos_by_visit[v.id]) for v in visits), view)
    if baseline is None:
        return None
    follow_ups = []
    symptoms = []
    for visit in visits:
        symptoms += library.symptom_entries_of(visit.id)
        candidates = [photo for photo in photos_by_visit[visit.id] if photo.view == view]
        if visit.kind is not VisitKind.FOLLOW_UP or not candidates:
            continue
        photo = records.pick_photo(candidates)
        try:
            report = library_pair_change(library, baseline, photo, policy, treatment.area, None).report
        except (OSError, ValueError):  # a photo that cannot be read: a cross on the chart, not a failed sheet
            report = None
        follow_ups.append((photo.capture_time or visit.visited_at, visit.pain_score, report))
    if not any(report is not None and report.comparable for _taken, _pain, report in follow_ups):
        return None  # a chart of crosses only would say nothing the sheet does not
    return recovery_series(treatment.performed_at, follow_ups, symptoms, treatment.product, policy)
