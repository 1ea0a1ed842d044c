"""An import's plan, shown before anything is written: where each file will go, and what is wrong with it.

`plan_import` reads each file's header (capture time, facts) and hash, never its pixels, and decides per file:
- the visit: files are grouped by the calendar day of their capture (the clinic's zone, domain/timing) and go
  to the treatment's visit of that day when one exists, else to a new visit proposed for that day; its kind
  follows the treatment time (captured before: baseline; after: follow-up) unless a kind is given. A named
  visit, or a visit date, takes every file instead;
- the view: given, else suggested from the head pose (`suggest_view`), else "other" with a warning;
- its problems, each with a sentence and whether it stops the file: not a photo, no camera date (the nurse
  confirms or types one), a follow-up captured before the treatment or a baseline after it, a photo far from
  the visit it is filed under (`capture_time.max_hours_from_visit` in the policy), already in the library.

The plan can be changed row by row (`ImportPlan.reassign`) and is carried out by `execute_plan`, which
imports what may be imported through `services.importing` and says per file what happened. The GUI's import
dialog and `photofollow import` (also `--dry-run`) both show the same plan.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from photofollow.domain.errors import PhotoFileError, PhotoFollowError
from photofollow.domain.model import CaptureTimeSource, Photo, PhotoFacts, Treatment, View, Visit, VisitKind
from photofollow.domain.text import QT_TRANSLATE_NOOP, Day, Phrase
from photofollow.domain.timing import Elapsed, as_instant, local_date, time_since_treatment
from photofollow.imaging import exif
from photofollow.services.changes import Changes
from photofollow.services.importing import (
    CancelCheck,
    ImportOutcome,
    ImportResult,
    ImportStatus,
    VisitRequest,
    collect_files,
    import_photos,
)
from photofollow.services.library import location_phrase
from photofollow.storage.store import file_sha256

if TYPE_CHECKING:
    from photofollow.domain.policy import Policy
    from photofollow.storage.library import Library

DEFAULT_MAX_HOURS_FROM_VISIT = 48.0
DEFAULT_BASELINE_GRACE_HOURS = 1.0


class ProblemKind(enum.StrEnum):
    NOT_A_PHOTO = "not_a_photo"
    NO_CAMERA_DATE = "no_camera_date"
    FOLLOW_UP_BEFORE_TREATMENT = "follow_up_before_treatment"
    BASELINE_AFTER_TREATMENT = "baseline_after_treatment"
    FAR_FROM_VISIT = "far_from_visit"
    DUPLICATE = "duplicate"
    NO_VIEW = "no_view"  # a warning: filed as "other view"

    @property
    def about_dates(self) -> bool:
        """Problems `accept_dates` overrides: the nurse knows the dates are right."""
        return self in (
            ProblemKind.FOLLOW_UP_BEFORE_TREATMENT,
            ProblemKind.BASELINE_AFTER_TREATMENT,
            ProblemKind.FAR_FROM_VISIT,
            ProblemKind.NO_CAMERA_DATE,
        )


@dataclass(frozen=True, slots=True)
class PlanProblem:
    kind: ProblemKind
    phrase: Phrase
    blocking: bool  # the file is not imported unless the problem is resolved (or, for dates, accepted)


class ViewSource(enum.StrEnum):
    GIVEN = "given"
    SUGGESTED = "suggested"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class VisitTarget:
    """The visit a file goes to: an existing one (`visit_id`), or a new one of `kind` on `day`."""

    treatment_id: int
    kind: VisitKind
    day: date | None  # None while the file has no date
    visit_id: int | None = None


@dataclass
class PlannedRow:
    path: Path
    facts: PhotoFacts | None  # None when the file is not a photo
    sha256: str | None
    capture_time: datetime | None  # as recorded (naive when the camera gave no offset)
    capture_time_source: CaptureTimeSource | None
    view: View
    view_source: ViewSource
    target: VisitTarget
    problems: list[PlanProblem] = field(default_factory=list)
    duplicate_of: Photo | None = None
    error: PhotoFollowError | None = None
    elapsed: Elapsed | None = None
    skip: bool = False  # left out by the nurse
    pinned: bool = False  # the visit was chosen for this row (or for the whole import), not by its date

    @property
    def needs_date(self) -> bool:
        return any(p.kind is ProblemKind.NO_CAMERA_DATE for p in self.problems)

    def importable(self, accept_dates: bool = False) -> bool:
        """Whether executing the plan imports this file (a duplicate is reported, not imported)."""
        if self.skip or self.error is not None or self.duplicate_of is not None:
            return False
        return all(not p.blocking or (accept_dates and p.kind.about_dates) for p in self.problems)

    @property
    def warnings(self) -> list[Phrase]:
        return [p.phrase for p in self.problems if not p.blocking]


@dataclass(frozen=True, slots=True)
class PlannedVisit:
    target: VisitTarget
    visit: Visit | None  # the existing visit, None for a new one
    rows: int


@dataclass(frozen=True, slots=True)
class PlanSummary:
    photos: int  # files that will be imported
    visits: int  # visits they go to
    new_visits: int
    needs_date: int
    blocked: int  # files with a problem that stops them (dates included)
    duplicates: int
    not_photos: int
    skipped: int


@dataclass
class ImportPlan:
    treatment: Treatment
    rows: list[PlannedRow]
    failures: list[ImportOutcome] = field(default_factory=list)  # paths that do not exist
    skipped_files: list[Path] = field(default_factory=list)  # files in folders without a photo suffix
    treatments: dict[int, Treatment] = field(default_factory=dict)
    visits_by_treatment: dict[int, list[Visit]] = field(default_factory=dict)
    max_hours_from_visit: float = DEFAULT_MAX_HOURS_FROM_VISIT
    baseline_grace_hours: float = DEFAULT_BASELINE_GRACE_HOURS
    zone: tzinfo | None = None
    kind: VisitKind | None = None  # the kind asked for; None: by the treatment time
    _places: dict[int, Phrase] = field(default_factory=dict)  # where duplicates already are, by photo id

    # -- reading ----------------------------------------------------------------------------------------

    @property
    def visits(self) -> list[PlannedVisit]:
        """The visits the importable files go to, existing or new, by date."""
        counts: dict[VisitTarget, int] = {}
        for row in self.rows:
            if row.importable(accept_dates=True) and (row.target.day is not None or row.target.visit_id):
                counts[row.target] = counts.get(row.target, 0) + 1
        planned = []
        for target, rows in counts.items():
            existing = next(
                (v for v in self.visits_by_treatment.get(target.treatment_id, []) if v.id == target.visit_id),
                None,
            )
            planned.append(PlannedVisit(target, existing, rows))
        return sorted(planned, key=lambda p: (p.target.treatment_id, p.target.day or date.min, p.target.kind))

    def summary(self, accept_dates: bool = False) -> PlanSummary:
        importable = [row for row in self.rows if row.importable(accept_dates)]
        targets = {row.target for row in importable}
        return PlanSummary(
            photos=len(importable),
            visits=len(targets),
            new_visits=sum(1 for target in targets if target.visit_id is None),
            needs_date=sum(1 for row in self.rows if row.needs_date and not row.skip),
            blocked=sum(
                1
                for row in self.rows
                if not row.skip and row.error is None and row.duplicate_of is None and not row.importable(accept_dates)
            ),
            duplicates=sum(1 for row in self.rows if row.duplicate_of is not None and not row.skip),
            not_photos=sum(1 for row in self.rows if row.error is not None and not row.skip) + len(self.failures),
            skipped=sum(1 for row in self.rows if row.skip),
        )

    def summary_phrase(self, accept_dates: bool = False) -> Phrase:
        """What pressing Import will do, e.g. "12 photos into 3 visits (2 new); 1 needs a date"."""
        summary = self.summary(accept_dates)
        parts: list[Phrase] = [
            Phrase(
                "ImportPlan",
                QT_TRANSLATE_NOOP("ImportPlan", "%1 photo(s) into %2 visit(s) (%3 new)"),
                (summary.photos, summary.visits, summary.new_visits),
            )
        ]
        if summary.needs_date:
            parts.append(
                Phrase("ImportPlan", QT_TRANSLATE_NOOP("ImportPlan", "%1 need(s) a date"), (summary.needs_date,))
            )
        other_blocked = summary.blocked - summary.needs_date
        if other_blocked > 0:
            parts.append(
                Phrase(
                    "ImportPlan",
                    QT_TRANSLATE_NOOP("ImportPlan", "%1 held back for their dates"),
                    (other_blocked,),
                )
            )
        if summary.duplicates:
            parts.append(
                Phrase(
                    "ImportPlan",
                    QT_TRANSLATE_NOOP("ImportPlan", "%1 already in the library"),
                    (summary.duplicates,),
                )
            )
        if summary.not_photos:
            parts.append(
                Phrase("ImportPlan", QT_TRANSLATE_NOOP("ImportPlan", "%1 not a photo"), (summary.not_photos,))
            )
        return _joined(parts)

    # -- changing ---------------------------------------------------------------------------------------

    def reassign(
        self,
        row: PlannedRow,
        *,
        target: VisitTarget | None = None,
        view: View | None = None,
        capture_time: datetime | None = None,
        treatment: Treatment | None = None,
        visits: Sequence[Visit] | None = None,
        skip: bool | None = None,
    ) -> PlannedRow:
        """Change one row before import: its visit (`target`), view, capture time (typed by the nurse), or
        treatment (with that treatment's `visits`, so the row finds its day's visit there); re-evaluated."""
        if treatment is not None:
            self.treatments[treatment.id] = treatment
            if visits is not None:
                self.visits_by_treatment[treatment.id] = list(visits)
        if view is not None:
            row.view, row.view_source = View(view), ViewSource.GIVEN
        if skip is not None:
            row.skip = skip
        if capture_time is not None:
            row.capture_time = capture_time
            row.capture_time_source = CaptureTimeSource.ENTERED
        if target is not None:
            row.target, row.pinned = target, True
        elif treatment is not None or capture_time is not None:
            # A chosen visit stays chosen when only the date changes (the date is then checked against it).
            if treatment is not None or not row.pinned:
                treatment_id = treatment.id if treatment is not None else row.target.treatment_id
                row.pinned = False
                row.target = self._target_by_date(row, self.treatments[treatment_id], None)
        self._evaluate(row)
        return row

    # -- deciding ---------------------------------------------------------------------------------------

    def _target_by_date(self, row: PlannedRow, treatment: Treatment, visit_date: date | None) -> VisitTarget:
        day = visit_date or (local_date(row.capture_time, self.zone) if row.capture_time else None)
        kind = self.kind or self._kind_by_time(row, treatment, day)
        existing = next(
            (
                visit
                for visit in self.visits_by_treatment.get(treatment.id, [])
                if visit.kind is kind and day is not None and local_date(visit.visited_at, self.zone) == day
            ),
            None,
        )
        return VisitTarget(treatment.id, kind, day, existing.id if existing else None)

    def _kind_by_time(self, row: PlannedRow, treatment: Treatment, day: date | None) -> VisitKind:
        if row.capture_time is not None and _has_camera_date(row):
            before = as_instant(row.capture_time, treatment.performed_at) < treatment.performed_at
            return VisitKind.BASELINE if before else VisitKind.FOLLOW_UP
        if day is not None:
            treated = local_date(treatment.performed_at, self.zone)
            return VisitKind.BASELINE if day < treated else VisitKind.FOLLOW_UP
        return VisitKind.FOLLOW_UP

    def _evaluate(self, row: PlannedRow) -> None:
        problems: list[PlanProblem] = []
        treatment = self.treatments[row.target.treatment_id]
        row.elapsed = None
        if row.error is not None:
            problems.append(PlanProblem(ProblemKind.NOT_A_PHOTO, _reason(row.error), True))
        elif row.duplicate_of is not None:
            problems.append(PlanProblem(ProblemKind.DUPLICATE, self._duplicate_phrase(row), False))
        else:
            if not _has_camera_date(row):
                problems.append(PlanProblem(ProblemKind.NO_CAMERA_DATE, _no_camera_date(row), True))
            if row.capture_time is not None:
                instant = as_instant(row.capture_time, treatment.performed_at)
                row.elapsed = time_since_treatment(row.capture_time, treatment.performed_at, self.zone)
                if _has_camera_date(row):
                    problems += self._date_problems(row, treatment, instant)
            if row.view_source is ViewSource.NONE:
                problems.append(
                    PlanProblem(
                        ProblemKind.NO_VIEW,
                        Phrase(
                            "ImportPlan",
                            QT_TRANSLATE_NOOP(
                                "ImportPlan", "no view could be suggested (no face found): filed as “other view”"
                            ),
                        ),
                        False,
                    )
                )
        row.problems = problems

    def _date_problems(self, row: PlannedRow, treatment: Treatment, instant: datetime) -> list[PlanProblem]:
        problems = []
        treated = treatment.performed_at
        if row.target.kind is VisitKind.FOLLOW_UP and instant < treated:
            problems.append(
                PlanProblem(
                    ProblemKind.FOLLOW_UP_BEFORE_TREATMENT,
                    Phrase(
                        "ImportPlan",
                        QT_TRANSLATE_NOOP(
                            "ImportPlan",
                            "taken on %1, before the treatment of %2, but filed as a follow-up: "
                            "file it as a baseline or under the right treatment",
                        ),
                        (Day(local_date(row.capture_time, self.zone)), Day(local_date(treated, self.zone))),
                    ),
                    True,
                )
            )
        grace = timedelta(hours=self.baseline_grace_hours)
        if row.target.kind is VisitKind.BASELINE and instant > treated + grace:
            problems.append(
                PlanProblem(
                    ProblemKind.BASELINE_AFTER_TREATMENT,
                    Phrase(
                        "ImportPlan",
                        QT_TRANSLATE_NOOP(
                            "ImportPlan",
                            "taken on %1, after the treatment of %2, but filed as a baseline: "
                            "file it as a follow-up or under the right treatment",
                        ),
                        (Day(local_date(row.capture_time, self.zone)), Day(local_date(treated, self.zone))),
                    ),
                    True,
                )
            )
        visit_time = self._visit_time(row.target, treatment)
        if row.pinned and visit_time is not None:
            hours = abs((instant - visit_time).total_seconds()) / 3600
            if hours > self.max_hours_from_visit:
                problems.append(
                    PlanProblem(
                        ProblemKind.FAR_FROM_VISIT,
                        Phrase(
                            "ImportPlan",
                            QT_TRANSLATE_NOOP(
                                "ImportPlan",
                                "taken on %1, %2 days from its visit of %3: choose the visit of that day",
                            ),
                            (
                                Day(local_date(row.capture_time, self.zone)),
                                round(hours / 24),
                                Day(local_date(visit_time, self.zone)),
                            ),
                        ),
                        True,
                    )
                )
        return problems

    def _visit_time(self, target: VisitTarget, treatment: Treatment) -> datetime | None:
        if target.visit_id is not None:
            for visit in self.visits_by_treatment.get(target.treatment_id, []):
                if visit.id == target.visit_id:
                    return visit.visited_at
        if target.day is not None:
            return _midday(target.day, treatment, self.zone)
        return None

    def _duplicate_phrase(self, row: PlannedRow) -> Phrase:
        return Phrase("Errors", QT_TRANSLATE_NOOP("Errors", "already in %1"), (self._places[row.duplicate_of.id],))


def _reason(error: PhotoFollowError) -> Phrase:
    """Why a file is not a photo, without its name (the row names it)."""
    if isinstance(error, PhotoFileError) and error.reason_phrase is not None:
        return error.reason_phrase
    return error.phrase or Phrase("Errors", QT_TRANSLATE_NOOP("Errors", "%1"), (str(error),))


def _has_camera_date(row: PlannedRow) -> bool:
    return row.capture_time is not None and row.capture_time_source not in (None, CaptureTimeSource.FILE)


def _no_camera_date(row: PlannedRow) -> Phrase:
    if row.capture_time is None:
        return Phrase(
            "ImportPlan", QT_TRANSLATE_NOOP("ImportPlan", "no capture date in the file: type the date it was taken")
        )
    return Phrase(
        "ImportPlan",
        QT_TRANSLATE_NOOP(
            "ImportPlan", "no camera date; the file's date is %1: confirm it or type the date it was taken"
        ),
        (Day(row.capture_time.date()),),
    )


def _midday(day: date, treatment: Treatment, zone: tzinfo | None) -> datetime:
    at = datetime.combine(day, time(12, 0))
    if zone is not None:
        return at.replace(tzinfo=zone)
    return at.astimezone()


def _joined(parts: list[Phrase]) -> Phrase:
    """Phrases joined by "; ", each translated on its own."""
    joined = parts[0]
    for part in parts[1:]:
        joined = Phrase("ImportPlan", QT_TRANSLATE_NOOP("ImportPlan", "%1; %2"), (joined, part))
    return joined


# -- planning ------------------------------------------------------------------------------------------------


def plan_import(
    library: Library,
    paths: Iterable[str | os.PathLike],
    treatment: Treatment,
    *,
    kind: VisitKind | None = None,
    visit_id: int | None = None,
    visit_date: date | None = None,
    views: Mapping[Path, View] | None = None,
    view: View | None = None,
    suggest_view: Callable[[Path], View | None] | None = None,
    policy: Policy | None = None,
    zone: tzinfo | None = None,
    cancel: CancelCheck | None = None,
) -> ImportPlan:
    """The plan for importing `paths` into `treatment` (module doc). Reads headers and hashes only; the
    optional `suggest_view` measures a file's head pose (the slow part, left to the caller's pool)."""
    files, failures, skipped = collect_files(paths)
    visits = library.visits_of(treatment.id)
    plan = ImportPlan(
        treatment,
        [],
        failures,
        skipped,
        {treatment.id: treatment},
        {treatment.id: visits},
        zone=zone,
        kind=VisitKind(kind) if kind is not None else None,
    )
    if policy is not None:
        plan.max_hours_from_visit = policy.capture_time.max_hours_from_visit
        plan.baseline_grace_hours = policy.capture_time.baseline_after_treatment_grace_hours
    chosen_visit = None
    if visit_id is not None:
        from photofollow.services.records import live

        chosen_visit = live(library, Visit, visit_id)
        if chosen_visit.treatment_id != treatment.id:
            owner = library.get(Treatment, chosen_visit.treatment_id)
            plan.treatments[owner.id] = owner
            plan.visits_by_treatment[owner.id] = library.visits_of(owner.id)
    given = {Path(path): View(each) for path, each in (views or {}).items()}
    for path in files:
        if cancel is not None and cancel():
            break
        row = _read_row(library, plan, path, given.get(path, view), suggest_view)
        if chosen_visit is not None:
            row.target = VisitTarget(
                chosen_visit.treatment_id,
                chosen_visit.kind,
                local_date(chosen_visit.visited_at, zone),
                chosen_visit.id,
            )
            row.pinned = True
        else:
            row.target = plan._target_by_date(row, treatment, visit_date)
            row.pinned = visit_date is not None
        plan._evaluate(row)
        plan.rows.append(row)
    return plan


def _read_row(
    library: Library,
    plan: ImportPlan,
    path: Path,
    view: View | None,
    suggest_view: Callable[[Path], View | None] | None,
) -> PlannedRow:
    placeholder = VisitTarget(plan.treatment.id, VisitKind.FOLLOW_UP, None)
    try:
        facts = exif.read_facts(path)
        sha256 = file_sha256(path)
    except PhotoFollowError as error:
        return PlannedRow(path, None, None, None, None, View.OTHER, ViewSource.NONE, placeholder, error=error)
    except OSError as error:
        wrapped = PhotoFileError(
            path,
            Phrase("Errors", QT_TRANSLATE_NOOP("Errors", "cannot be read (%1)."), (error.strerror or str(error),)),
        )
        return PlannedRow(path, None, None, None, None, View.OTHER, ViewSource.NONE, placeholder, error=wrapped)
    duplicate = library.photo_by_sha256(sha256)
    if duplicate is not None and duplicate.id not in plan._places:
        plan._places[duplicate.id] = location_phrase(library, duplicate)
    if view is not None:
        chosen, source = View(view), ViewSource.GIVEN
    else:
        suggested = None
        if suggest_view is not None and duplicate is None:
            try:
                suggested = suggest_view(path)
            except PhotoFollowError:
                suggested = None
        chosen, source = (suggested, ViewSource.SUGGESTED) if suggested is not None else (View.OTHER, ViewSource.NONE)
    return PlannedRow(
        path,
        facts,
        sha256,
        facts.capture_time,
        facts.capture_time_source,
        chosen,
        source,
        placeholder,
        duplicate_of=duplicate,
    )


# -- carrying it out -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What happened to one planned file: the import's outcome, or why the plan held it back."""

    row: PlannedRow
    status: str  # imported | duplicate | failed | skipped
    reason: Phrase | None
    photo: Photo | None
    visit: Visit | None
    warnings: tuple[Phrase, ...] = ()


@dataclass
class PlanResult:
    outcomes: list[RowOutcome] = field(default_factory=list)
    failures: list[ImportOutcome] = field(default_factory=list)  # paths that do not exist
    changes: Changes = field(default_factory=Changes)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)


def execute_plan(
    library: Library,
    plan: ImportPlan,
    *,
    accept_dates: bool = False,
    progress: Callable[[int, int, Path | None], None] | None = None,
    cancel: CancelCheck | None = None,
    analyse: Callable[[Photo, Path], None] | None = None,
    on_outcome: Callable[[RowOutcome], None] | None = None,
) -> PlanResult:
    """Import the plan's importable files, visit by visit; every other file gets its reason."""
    result = PlanResult(failures=list(plan.failures))
    total = len(plan.rows)
    done = 0

    def tell(outcome: RowOutcome) -> None:
        result.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    groups: dict[VisitTarget, list[PlannedRow]] = {}
    for row in plan.rows:
        if row.skip:
            tell(RowOutcome(row, "skipped", Phrase("ImportPlan", QT_TRANSLATE_NOOP("ImportPlan", "left out")), None, None))
            done += 1
        elif row.error is not None or row.duplicate_of is not None or row.importable(accept_dates):
            groups.setdefault(row.target, []).append(row)
        else:
            blocking = next(p for p in row.problems if p.blocking)
            tell(RowOutcome(row, ImportStatus.FAILED.value, blocking.phrase, None, None))
            done += 1
    changes = Changes()
    for target, rows in groups.items():
        if cancel is not None and cancel():
            result.cancelled = True
            for row in rows:
                tell(RowOutcome(row, "skipped", Phrase("ImportPlan", QT_TRANSLATE_NOOP("ImportPlan", "cancelled")), None, None))
            continue
        treatment = plan.treatments[target.treatment_id]
        by_path = {row.path: row for row in rows}
        overrides = {
            row.path: row.capture_time
            for row in rows
            if row.capture_time_source is CaptureTimeSource.ENTERED and row.capture_time is not None
        }
        if target.visit_id is not None:
            visit: Visit | VisitRequest = library.get(Visit, target.visit_id)
        else:
            visit = VisitRequest(treatment, target.kind, target.day, zone=plan.zone)

        def report(outcome: ImportOutcome, by_path=by_path) -> None:
            row = by_path.get(outcome.path)
            if row is None:
                return
            row_warnings = tuple(row.warnings) + tuple(outcome.warning_phrases)
            visit_now = None
            if outcome.photo is not None:
                visit_now = library.get(Visit, outcome.photo.visit_id)
            tell(
                RowOutcome(
                    row,
                    outcome.status.value,
                    outcome.reason_phrase or (Phrase("", outcome.reason) if outcome.reason else None),
                    outcome.photo,
                    visit_now,
                    row_warnings,
                )
            )

        def step(p, base=done) -> None:
            if progress is not None:
                progress(base + p.done, total, p.current)

        imported: ImportResult = import_photos(
            library,
            [row.path for row in rows],
            visit,
            views={row.path: row.view for row in rows},
            capture_times=overrides,
            progress=step,
            cancel=cancel,
            analyse=analyse,
            on_outcome=report,
        )
        done += len(rows)
        for path in imported.not_reached:
            tell(RowOutcome(by_path[path], "skipped", Phrase("ImportPlan", QT_TRANSLATE_NOOP("ImportPlan", "cancelled")), None, None))
        if imported.cancelled:
            result.cancelled = True
        if imported.new_photos:
            stored_visit = imported.visit or library.get(Visit, imported.new_photos[0].visit_id)
            changes = changes | Changes(
                patients=frozenset({treatment.patient_id}),
                treatments=frozenset({treatment.id}),
                visits=frozenset({stored_visit.id}),
                photos=frozenset(photo.id for photo in imported.new_photos),
                patient_details=True,
            )
    if progress is not None:
        progress(total, total, None)
    result.changes = changes
    return result
