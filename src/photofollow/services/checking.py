"""Photo-policy use cases: measure a photo once (for the cache), check a follow-up against its baseline from
measurements, tell missing views per protocol, and suggest a view at import.

Called by the import (`measure_at_import` is its analysis hook: measure each new photo once and cache the
measurements in the library), by the GUI and the sheets (check pairs from cached measurements,
`measurements_for`), and by `photofollow check` (files outside any library).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from photofollow.domain.checks import PairReport
from photofollow.domain.model import Area, PhotoFacts, View, VisitKind
from photofollow.domain.policy import Policy, load_policy
from photofollow.domain.protocols import missing_views as _missing_views
from photofollow.domain.protocols import protocol_for, protocol_gaps
from photofollow.imaging.measure import (
    ANALYSIS_MAX_SIDE,
    FACE_MAX_SIDE,
    MEASUREMENTS_VERSION,
    FaceInput,
    PhotoMeasurements,
    StaleMeasurements,
    facts_to_json,
    file_traits,
    measure_pixels,
)

__all__ = [
    "MEASUREMENTS_KIND",
    "MEASUREMENTS_VERSION",
    "POLICY_FILE_NAME",
    "PhotoMeasurements",
    "StaleMeasurements",
    "cached_measurements",
    "check_library_pair",
    "check_pair",
    "library_policy",
    "measure_at_import",
    "measurements_for",
    "save_measurements",
    "measure_photo",
    "measurements_from_json",
    "missing_views",
    "protocol_gaps",
    "report_to_json",
    "suggest_view",
]

MEASUREMENTS_KIND = "photo"  # the library's cache key for the per-photo measurements of this module
POLICY_FILE_NAME = "policy.toml"  # a clinic's overrides of the shipped policy, inside its library folder


@functools.cache
def default_policy() -> Policy:
    """The shipped policy, read once (a Policy is frozen, so one instance serves every caller)."""
    return load_policy()


def _full_size(facts: PhotoFacts, analysed: tuple[int, int]) -> tuple[int, int]:
    """Oriented full-size pixel dimensions, trusting the decoded shape for which side is the long one."""
    width, height = facts.display_size
    if width <= 0 or height <= 0:
        return analysed
    a_w, a_h = analysed
    if (width > height) != (a_w > a_h) and abs(width - height) > 2 and abs(a_w - a_h) > 2:
        width, height = height, width  # a container that applied its rotation and kept the tag (HEIF)
    return width, height


def find_face_input(rgb, facts: PhotoFacts) -> FaceInput | None:
    """The face on the analysis image, through imaging.face, on a smaller copy (the models need no more):
    found on illumination-normalised model inputs, with the refits its uncertainty is taken from."""
    import cv2
    import numpy as np

    from photofollow.imaging.face import FaceLandmarks, find_face_evidence, head_pose
    from photofollow.imaging.measure.face import eye_centres

    height, width = rgb.shape[:2]
    shrink = min(1.0, FACE_MAX_SIDE / max(width, height))
    small = (
        rgb
        if shrink >= 1.0
        else cv2.resize(rgb, (round(width * shrink), round(height * shrink)), interpolation=cv2.INTER_AREA)
    )
    evidence = find_face_evidence(small)
    if evidence is None:
        return None
    found = evidence.face
    focal_px = None
    if facts.focal_length_35mm:
        # 35 mm equivalent -> pixels: f_px = f35 / 43.27 mm (full-frame diagonal) x image diagonal in px.
        focal_px = facts.focal_length_35mm / 43.27 * math.hypot(small.shape[1], small.shape[0])
    pose = head_pose(found, small.shape[1], small.shape[0], focal_px=focal_px)
    poses = []
    for sample in evidence.samples:
        refit = FaceLandmarks(found.box, found.score, found.keypoints, sample, found.mesh_score)
        sample_pose = head_pose(refit, small.shape[1], small.shape[0], focal_px=focal_px)
        poses.append((sample_pose.yaw, sample_pose.pitch))
    up = 1.0 / shrink
    mesh = np.asarray(found.mesh, dtype=np.float32)[:, :2] * up
    # Eye centres: the midpoints of each eye's corners (the lids move with expression; the corners do not).
    right, left = eye_centres(found.mesh)
    eyes = sorted([(float(left[0]) * up, float(left[1]) * up), (float(right[0]) * up, float(right[1]) * up)])
    box = tuple(float(v) * up for v in found.box)  # x, y, width, height
    return FaceInput(
        mesh_xy=mesh,
        box=box,
        eye_image_left=eyes[0],
        eye_image_right=eyes[1],
        yaw=float(pose.yaw),
        pitch=float(pose.pitch),
        roll=float(pose.roll),
        mesh_samples=np.asarray(evidence.samples[:, :, :2] * up, dtype=np.float32),
        pose_samples=np.asarray(poses, dtype=np.float64).reshape(-1, 2),
        model_px=evidence.model_px * up,
        found_px=up,
    )


def measure_photo(
    path: str | Path, policy: Policy | None = None, detect_face: bool = True, rotation: int = 0
) -> PhotoMeasurements:
    """Measure one photo file (reduced decode; raises domain.errors types for unusable files), as shown:
    after its EXIF orientation and the library's display `rotation` (clockwise degrees)."""
    return measure_decoded(path, policy, detect_face, rotation)[0]


def measure_decoded(
    path: str | Path, policy: Policy | None = None, detect_face: bool = True, rotation: int = 0
) -> tuple[PhotoMeasurements, Any, FaceInput | None]:
    """`measure_photo`, also handing back the decoded analysis image and the face found on it (for the
    change sample of services.change: one decode and one face search serve both)."""
    import dataclasses

    from photofollow.domain.model import turned_orientation
    from photofollow.imaging.decode import load_oriented_rgb
    from photofollow.imaging.exif import read_facts

    policy = policy or default_policy()
    facts = read_facts(path)
    rgb = load_oriented_rgb(path, max_side=ANALYSIS_MAX_SIDE)
    if rotation % 360:
        import numpy as np

        rgb = np.ascontiguousarray(np.rot90(rgb, k=-(rotation // 90)))  # rot90 turns counter-clockwise
        facts = dataclasses.replace(facts, orientation=turned_orientation(facts.orientation, rotation))
    full_size = _full_size(facts, (rgb.shape[1], rgb.shape[0]))
    face = find_face_input(rgb, facts) if detect_face else None
    jpeg, software = file_traits(path)
    if facts.software and facts.software.strip() and facts.software.strip() not in software:
        software = (facts.software.strip(), *software)
    measurements = measure_pixels(
        rgb,
        full_size,
        facts,
        face,
        jpeg=jpeg,
        software=software,
        minkowski_p=policy.white_balance.minkowski_p,
        feature_max_side=policy.registration.feature_max_side,
        max_features=policy.registration.max_features,
    )
    return measurements, rgb, face


def measurements_from_json(data: dict[str, Any]) -> PhotoMeasurements:
    """Cached measurements back; raises StaleMeasurements when made by another MEASUREMENTS_VERSION."""
    return PhotoMeasurements.from_json(data)


def check_pair(
    baseline: PhotoMeasurements,
    follow_up: PhotoMeasurements,
    policy: Policy | None = None,
    labelled_view: View | str | None = None,
    treatment_at: datetime | None = None,
    visit_kind: VisitKind | None = None,
    visit_at: datetime | None = None,
) -> PairReport:
    """Every check of a follow-up against its baseline, from measurements (no pixels are read).

    `labelled_view` is the view both photos are filed under; `treatment_at` (aware), `visit_kind` and
    `visit_at` let the capture-time check judge the date against the treatment inside a library.
    """
    from photofollow.imaging.checks import run_checks

    return run_checks(
        baseline,
        follow_up,
        policy or default_policy(),
        labelled_view=labelled_view,
        treatment_at=treatment_at,
        visit_kind=visit_kind,
        visit_at=visit_at,
    )


def report_to_json(report: PairReport) -> dict[str, Any]:
    """The `photofollow check --json` object."""
    return {
        "verdict": report.verdict.value,
        "checks": [result.to_json() for result in report.checks],
        "transform": None if report.transform is None else [list(row) for row in report.transform],
        "baseline": facts_to_json(report.baseline_facts),
        "follow_up": facts_to_json(report.follow_up_facts),
    }


def suggest_view(measurements: PhotoMeasurements, policy: Policy | None = None) -> View | None:
    """The standard face view the head pose shows (for labelling at import), or None (no face / between)."""
    from photofollow.imaging.checks import classify_view

    if measurements.face is None:
        return None
    return classify_view(measurements.face.yaw, (policy or default_policy()).view)


def missing_views(
    area: Area | str,
    baseline_views: Iterable[View | str],
    follow_up_views: Iterable[View | str],
    protocol: Iterable[View | str] | None = None,
    policy: Policy | None = None,
) -> list[View]:
    """Views the follow-up visit lacks compared with its baseline (protocol order from the policy)."""
    if protocol is None:
        protocol = protocol_for(area, policy or default_policy())
    return _missing_views(area, baseline_views, follow_up_views, protocol)


# -- inside a library: the policy, the measurement cache, pairs of stored photos --------------------------


def library_policy(folder: str | Path, configured: str | Path | None = None) -> Policy:
    """The policy a library's photos are checked with: the file `configured` (a setting), else the library's
    own `policy.toml` when there is one, else the shipped defaults."""
    path = policy_path(folder, configured)
    return load_policy(path if path.is_file() else None)


def policy_path(folder: str | Path, configured: str | Path | None = None) -> Path:
    """Where a library's policy overrides are read: the file `configured` (a setting), else `policy.toml` in
    the library (which may not exist: then the shipped defaults apply)."""
    return Path(configured) if configured else Path(folder) / POLICY_FILE_NAME


def cached_measurements(library: Any, photo: Any) -> PhotoMeasurements | None:
    """The measurements the library holds for `photo`, or None (none yet, or made by another version)."""
    data = library.load_measurements(photo.id, MEASUREMENTS_KIND, MEASUREMENTS_VERSION)
    if data is None:
        return None
    try:
        return measurements_from_json(data)
    except StaleMeasurements:
        return None


def save_measurements(library: Any, photo: Any, measurements: PhotoMeasurements) -> None:
    library.save_measurements(photo.id, MEASUREMENTS_KIND, MEASUREMENTS_VERSION, measurements.to_json())


def measurements_for(library: Any, photo: Any, policy: Policy | None = None) -> PhotoMeasurements:
    """Cached measurements of a stored photo, measuring its original when none are cached (not saved:
    a library opened read-only can still be checked)."""
    cached = cached_measurements(library, photo)
    if cached is not None:
        return cached
    return measure_photo(library.photo_path(photo), policy, rotation=photo.rotation)


def forget_measurements(library: Any, photo: Any) -> None:
    """Drop a photo's cached measurements (they no longer describe it as shown, e.g. after a rotation)."""
    library.forget_measurements(photo.id)


def measure_at_import(library: Any, policy: Policy | None = None):
    """The import's analysis hook: measure each newly stored photo once and cache the measurements, so
    pair checks later read no pixels. A photo that cannot be measured stays imported (the import reports
    the failure as a warning) and is measured again when a check needs it."""

    def analyse(photo: Any, stored_path: Path) -> None:
        from photofollow.services.change import sample_of, save_change_sample

        measurements, rgb, face = measure_decoded(stored_path, policy)
        save_measurements(library, photo, measurements)
        save_change_sample(library, photo, sample_of(rgb, measurements, face))

    return analyse


def _with_recorded_time(measurements: PhotoMeasurements, photo: Any) -> PhotoMeasurements:
    import dataclasses

    facts = measurements.facts
    recorded = photo.facts
    if (facts.capture_time, facts.capture_time_source) == (recorded.capture_time, recorded.capture_time_source):
        return measurements
    facts = dataclasses.replace(
        facts, capture_time=recorded.capture_time, capture_time_source=recorded.capture_time_source
    )
    return dataclasses.replace(measurements, facts=facts)


def check_library_pair(
    baseline: PhotoMeasurements,
    follow_up: PhotoMeasurements,
    policy: Policy,
    follow_up_photo: Any,
    treatment: Any,
    visit: Any,
    baseline_photo: Any = None,
) -> PairReport:
    """A stored follow-up photo against its baseline: the view it is filed under, and the capture time
    judged against its treatment and visit. The capture times are the record's (a date the nurse typed for a
    photo without a camera date replaces the file's), not what the file says."""
    follow_up = _with_recorded_time(follow_up, follow_up_photo)
    if baseline_photo is not None:
        baseline = _with_recorded_time(baseline, baseline_photo)
    return check_pair(
        baseline,
        follow_up,
        policy,
        labelled_view=follow_up_photo.view,
        treatment_at=treatment.performed_at,
        visit_kind=visit.kind,
        visit_at=visit.visited_at,
    )
