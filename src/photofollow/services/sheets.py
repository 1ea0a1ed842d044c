"""Comparison sheets as plain data: what a sheet shows, built from the clinic's records (no Qt, no drawing).

`reporting/render.py` draws a `Sheet`; this module decides what goes on it. Every fixed word on a sheet is
added by the renderer (through Qt's translations), so the description holds only the clinic's data and
structured values (`Elapsed`, verdict and status ids), never an English sentence of its own making.

De-identification (`deidentify=True`): the sheet carries no patient name, no birth date and no chart number;
the patient is shown as "Patient <pseudonym>", where the pseudonym is the first 8 base32 characters of
HMAC-SHA256(library salt, patient id). The salt is a random secret kept in the library, so the same patient
gets the same pseudonym on every sheet of that library (a physician can tell two sheets belong together),
while someone without the library cannot recover the patient id from it (ids are small numbers, a bare hash
of them would be guessed in a second), and two libraries give the same patient different pseudonyms.
Original file names and folders never reach a sheet, de-identified or not: panels point at the library's
content-addressed copies, and the renderer redraws the pixels, so no metadata of the source file survives.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from photofollow.domain.assessment import GoalReached, Severity, Sign, Tier, VisitAssessment
from photofollow.domain.checks import CheckStatus, Verdict
from photofollow.domain.errors import PhotoFollowError
from photofollow.domain.model import (
    Area,
    Patient,
    Photo,
    SymptomEntry,
    Treatment,
    Trend,
    View,
    Visit,
    VisitKind,
)
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.domain.timing import Elapsed, time_since_treatment
from photofollow.services.records import pick_photo

MAX_ROW_TIME_POINTS = 4  # one view over up to four time points fits one page width
PSEUDONYM_LENGTH = 8


class PageSize(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def millimetres(self) -> tuple[float, float]:
        """Width and height in portrait, in millimetres."""
        return {PageSize.A4: (210.0, 297.0), PageSize.LETTER: (215.9, 279.4)}[self]


class Orientation(enum.StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class SheetLayout(enum.StrEnum):
    ROW = "row"  # one view over up to four time points, side by side
    GRID = "grid"  # several views (rows) x two time points (columns)


@dataclass(frozen=True, slots=True)
class CheckLine:
    """One check of a follow-up that did not pass: its stable id, status and the nurse-readable sentence.

    `message` is English; `phrase` (when the check engine gave one) is the same sentence for the renderer to
    translate (`reporting.words.phrase_text`)."""

    check_id: str
    status: CheckStatus
    message: str
    phrase: Phrase | None = None


@dataclass(frozen=True, slots=True)
class PanelFindings:
    """Under a follow-up: the verdict and the checks that did not pass (fail, then warn, then skipped)."""

    verdict: Verdict
    lines: tuple[CheckLine, ...] = ()


@dataclass(frozen=True, slots=True)
class AlignedTransform:
    """The follow-up as registered onto its baseline: a 2x3 affine matrix, as OpenCV's `warpAffine` takes it.

    The matrix maps pixel coordinates of the oriented, full-resolution follow-up photo to those of the
    oriented, full-resolution baseline; `frame_size` is that baseline's (width, height). The renderer scales
    the matrix to the size it decodes at.
    """

    matrix: tuple[float, float, float, float, float, float]
    frame_size: tuple[int, int]

    @classmethod
    def from_rows(cls, rows: Sequence[Sequence[float]], frame_size: tuple[int, int]) -> AlignedTransform:
        """From a 3x3 (or 2x3) matrix given row by row, e.g. `imaging.registration.Registration.matrix`."""
        (a, b, c), (d, e, f) = rows[0][:3], rows[1][:3]
        return cls((float(a), float(b), float(c), float(d), float(e), float(f)), frame_size)


@dataclass(frozen=True, slots=True)
class SheetAssessment:
    """A follow-up's assessment as a sheet shows it; `assessed_by` is None on a de-identified sheet."""

    gais: int
    patient_gais: int | None
    goal: GoalReached | None
    tier: Tier | None
    signs: tuple[tuple[Sign, Severity], ...]
    findings: str
    next_session: date | None
    plan: str
    assessed_by: str | None
    assessed_at: datetime

    @classmethod
    def of(cls, assessment: VisitAssessment, deidentify: bool) -> SheetAssessment:
        return cls(
            gais=assessment.gais,
            patient_gais=assessment.patient_gais,
            goal=assessment.goal,
            tier=assessment.tier,
            signs=tuple(assessment.signs().items()),
            findings=assessment.findings,
            next_session=assessment.next_session,
            plan=assessment.plan,
            assessed_by=None if deidentify else assessment.assessed_by,
            assessed_at=assessment.assessed_at,
        )


@dataclass(frozen=True, slots=True)
class SheetPanel:
    """One photo on a sheet with its caption. `image` is a file path or an RGB uint8 array (h, w, 3)."""

    image: Path | Any
    kind: VisitKind
    view: View
    taken_at: datetime | None  # capture time, else the visit time; None when neither is known
    elapsed: Elapsed | None  # time since treatment, rendered as "Day 3" etc.
    pain_score: int | None = None
    findings: PanelFindings | None = None  # follow-ups only
    aligned: AlignedTransform | None = None
    display_size: tuple[int, int] | None = None  # oriented (width, height) of `image`; read from it when None
    row: int = 0  # GRID: the view's row; ROW: always 0
    column: int = 0  # the time point's column
    # The lowest panel of a column carries its visit's notes and (a follow-up's) assessment.
    visit_details: bool = False
    notes: str = ""
    assessment: SheetAssessment | None = None
    privacy: PanelPrivacy | None = None  # eyes masked or the photo cropped (de-identified sheets)
    rotation: int = 0  # the nurse's display rotation of `image`, clockwise degrees (`display_size` includes it)


class Masking(enum.StrEnum):
    """What a de-identified sheet hides of the face: nothing more, the eyes, or all above the treated
    region."""

    NONE = "none"
    EYES = "eyes"  # a black bar across both eyes
    CROP = "crop"  # the photo cropped to the face below the eyes (mid and lower face)


@dataclass(frozen=True, slots=True)
class PanelPrivacy:
    """Regions as shares (x, y, width, height) of the upright photo: `masks` are painted over, `crop` is
    what is kept."""

    masks: tuple[tuple[float, float, float, float], ...] = ()
    crop: tuple[float, float, float, float] | None = None


def privacy_from_face(masking: Masking, size: tuple[int, int], face: Any) -> PanelPrivacy:
    """The masks or crop for a face measured on an upright photo of `size` (imaging's FaceMeasurements:
    eye centres, eye distance and face box in full-size pixels)."""
    width, height = size
    (lx, ly), (rx, ry) = face.eye_image_left, face.eye_image_right
    ipd = face.ipd_px

    def share(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        x0, y0 = max(0.0, x0 / width), max(0.0, y0 / height)
        x1, y1 = min(1.0, x1 / width), min(1.0, y1 / height)
        return (x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0))

    if Masking(masking) is Masking.EYES:
        # Wide and tall enough for the brows' inner ends and the lids, whatever the eye line's tilt.
        return PanelPrivacy(
            masks=(share(min(lx, rx) - 0.6 * ipd, min(ly, ry) - 0.45 * ipd, max(lx, rx) + 0.6 * ipd,
                         max(ly, ry) + 0.4 * ipd),)
        )
    box_x, _box_y, box_w, box_h = face.box
    bottom = _box_y + box_h
    return PanelPrivacy(
        crop=share(box_x - 0.1 * box_w, max(ly, ry) + 0.5 * ipd, box_x + 1.1 * box_w, bottom + 0.15 * box_h)
    )


@dataclass(frozen=True, slots=True)
class SheetHeader:
    clinic_name: str
    logo_path: Path | None
    patient_name: str | None  # None when de-identified
    pseudonym: str | None  # set when de-identified: shown as "Patient <pseudonym>"
    chart_number: str | None
    birth_date: date | None
    treatment_at: datetime
    area: Area
    product: str = ""
    physician: str = ""
    session_number: int | None = None
    deidentified: bool = False
    goal: str = ""  # the treatment's goal, which a follow-up is judged against
    purpose_note: Phrase | None = None  # the export's purpose (services/consent.py ExportBasis.note)


@dataclass(frozen=True, slots=True)
class SymptomRow:
    """One entry of the symptom log of a visit shown on the sheet."""

    visit_at: datetime
    visit_elapsed: Elapsed | None
    started_at: datetime | None
    area: str
    severity: int | None
    trend: Trend | None
    associated_symptoms: str


@dataclass(frozen=True, slots=True)
class SheetFooter:
    made_at: datetime
    made_by: str
    program: str = ""  # e.g. "PhotoFollow 0.1.0"


@dataclass(frozen=True, slots=True)
class Sheet:
    header: SheetHeader
    layout: SheetLayout
    panels: tuple[SheetPanel, ...]
    symptom_rows: tuple[SymptomRow, ...]
    footer: SheetFooter
    page_size: PageSize = PageSize.A4
    orientation: Orientation = Orientation.PORTRAIT
    row_views: tuple[View, ...] = field(default=())  # GRID: the view of each row, top to bottom
    # The recovery chart of each of the treatment's views with a measured follow-up (issue 15), in the
    # clinic's order of views: (view, domain.change.RecoverySeries).
    recoveries: tuple[tuple[View, Any], ...] = ()

    @property
    def recovery(self) -> Any:
        """The first view's recovery series, or None."""
        return self.recoveries[0][1] if self.recoveries else None

    @property
    def rows(self) -> int:
        return 1 + max((panel.row for panel in self.panels), default=0)

    @property
    def columns(self) -> int:
        return 1 + max((panel.column for panel in self.panels), default=0)

    def with_page(self, page_size: PageSize | None = None, orientation: Orientation | None = None) -> Sheet:
        return replace(
            self,
            page_size=page_size or self.page_size,
            orientation=orientation or self.orientation,
        )


def pseudonym(patient_id: int, salt: bytes) -> str:
    """A stable, non-reversible pseudonym for a patient within one library (see the module doc)."""
    if not salt:
        raise ValueError("A pseudonym needs the library's salt; an empty salt would make it guessable.")
    digest = hmac.new(salt, f"patient:{patient_id}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:PSEUDONYM_LENGTH]


def default_orientation(layout: SheetLayout, columns: int) -> Orientation:
    """Three or four time points side by side read best across a landscape page; grids fit a portrait one."""
    if layout is SheetLayout.ROW and columns >= 3:
        return Orientation.LANDSCAPE
    return Orientation.PORTRAIT


def findings_from_checks(
    verdict: str, checks: Iterable[tuple[str, str, str] | tuple[str, str, str, Phrase | None]]
) -> PanelFindings:
    """Verdict plus the checks that did not pass, from (check id, status, message[, phrase]), worst first."""
    order = {CheckStatus.FAIL: 0, CheckStatus.WARN: 1, CheckStatus.SKIPPED: 2}
    lines = [
        CheckLine(check[0], CheckStatus(check[1]), check[2], check[3] if len(check) > 3 else None)
        for check in checks
        if CheckStatus(check[1]) is not CheckStatus.PASS
    ]
    lines.sort(key=lambda line: order[line.status])  # stable: keeps the policy's order within a status
    return PanelFindings(Verdict(verdict), tuple(lines))


@dataclass(frozen=True, slots=True)
class TimePoint:
    """A visit shown on a sheet with its photos by view (already chosen: one photo per view)."""

    visit: Visit
    photos: Mapping[View, Photo]
    symptoms: Sequence[SymptomEntry] = ()
    assessment: VisitAssessment | None = None


def build_sheet(
    *,
    patient: Patient,
    treatment: Treatment,
    time_points: Sequence[TimePoint],
    views: Sequence[View],
    image_for: Callable[[Photo], Path | Any],
    findings_for: Callable[[Photo], PanelFindings | None] = lambda photo: None,
    aligned_for: Callable[[Photo], AlignedTransform | None] = lambda photo: None,
    privacy_for: Callable[[Photo], PanelPrivacy | None] = lambda photo: None,
    clinic_name: str = "",
    logo_path: Path | None = None,
    made_by: str = "",
    made_at: datetime | None = None,
    program: str = "",
    deidentify: bool = False,
    pseudonym_salt: bytes | None = None,
    page_size: PageSize = PageSize.A4,
    orientation: Orientation | None = None,
    purpose_note: Phrase | None = None,
) -> Sheet:
    """A sheet of `views` over `time_points` (oldest first): ROW for one view, GRID for several.

    One view takes up to four time points; several views take exactly two (a baseline and a follow-up, or
    two follow-ups). A time point without a photo of a view leaves that cell empty rather than shifting
    the others, so a column is always one visit. Findings are shown under follow-ups only.

    De-identified, the sheet also leaves out the physician, the user who made it and the visits' free-text
    notes (they may name people); the renderer shows time since treatment instead of any date.
    """
    if not views:
        raise ValueError("A sheet needs at least one view.")
    if not time_points:
        raise ValueError("A sheet needs at least one visit.")
    layout = SheetLayout.ROW if len(views) == 1 else SheetLayout.GRID
    limit = MAX_ROW_TIME_POINTS if layout is SheetLayout.ROW else 2
    if len(time_points) > limit:
        raise ValueError(
            f"A sheet of {len(views)} view(s) shows at most {limit} visits; {len(time_points)} were chosen."
        )
    if deidentify and (patient.id is None or not pseudonym_salt):
        raise ValueError("A de-identified sheet needs a saved patient and the library's pseudonym salt.")
    ordered = sorted(time_points, key=lambda point: point.visit.visited_at)
    treated_at = treatment.performed_at

    panels: list[SheetPanel] = []
    for column, point in enumerate(ordered):
        last_row = max((row for row, view in enumerate(views) if view in point.photos), default=-1)
        for row, view in enumerate(views):
            photo = point.photos.get(view)
            if photo is None:
                continue
            taken_at = photo.capture_time or point.visit.visited_at
            is_follow_up = point.visit.kind is VisitKind.FOLLOW_UP
            panels.append(
                SheetPanel(
                    image=image_for(photo),
                    kind=point.visit.kind,
                    view=view,
                    taken_at=taken_at,
                    elapsed=time_since_treatment(taken_at, treated_at),
                    pain_score=point.visit.pain_score,
                    findings=findings_for(photo) if is_follow_up else None,
                    aligned=aligned_for(photo) if is_follow_up else None,
                    display_size=photo.shown_facts.display_size,
                    rotation=photo.rotation,
                    row=row,
                    column=column,
                    visit_details=row == last_row,
                    notes=point.visit.notes.strip() if row == last_row and not deidentify else "",
                    assessment=(
                        SheetAssessment.of(point.assessment, deidentify)
                        if row == last_row and is_follow_up and point.assessment is not None
                        else None
                    ),
                    privacy=privacy_for(photo),
                )
            )
    if not panels:
        raise ValueError("None of the chosen visits has a photo of the chosen view(s).")

    symptom_rows = tuple(
        SymptomRow(
            visit_at=point.visit.visited_at,
            visit_elapsed=time_since_treatment(point.visit.visited_at, treated_at),
            started_at=entry.started_at,
            area=entry.area,
            severity=entry.severity,
            trend=entry.trend,
            associated_symptoms=entry.associated_symptoms,
        )
        for point in ordered
        for entry in sorted(
            point.symptoms, key=lambda e: (e.started_at is None, e.started_at or datetime.min)
        )
    )
    header = SheetHeader(
        clinic_name=clinic_name,
        logo_path=logo_path,
        patient_name=None if deidentify else patient.display_name,
        pseudonym=pseudonym(patient.id, pseudonym_salt) if deidentify else None,  # type: ignore[arg-type]
        chart_number=None if deidentify else patient.chart_number,
        birth_date=None if deidentify else patient.birth_date,
        treatment_at=treated_at,
        area=treatment.area,
        product=treatment.product,
        physician="" if deidentify else treatment.physician,
        session_number=treatment.session_number,
        deidentified=deidentify,
        goal=treatment.goal,
        purpose_note=purpose_note,
    )
    return Sheet(
        header=header,
        layout=layout,
        panels=tuple(panels),
        symptom_rows=symptom_rows,
        footer=SheetFooter(
            made_at=made_at or datetime.now().astimezone(),
            made_by="" if deidentify else made_by,
            program=program,
        ),
        page_size=page_size,
        orientation=orientation or default_orientation(layout, len(ordered)),
        row_views=tuple(views),
    )


# --- from a check report, and choosing what a sheet shows (used by the export command and the GUI) ---------


def findings_from_report(report: Any) -> PanelFindings:
    """Findings from a pair report (`domain.checks.PairReport`: verdict, checks with id/status/message)."""
    return findings_from_checks(
        str(report.verdict),
        (
            (str(check.id), str(check.status), check.message, getattr(check, "phrase", None))
            for check in report.checks
        ),
    )


def aligned_from_report(report: Any) -> AlignedTransform | None:
    """The follow-up's registration onto its baseline from a pair report; None when not registered."""
    if getattr(report, "transform", None) is None:
        return None
    return AlignedTransform.from_rows(report.transform, report.baseline_facts.display_size)


class SheetRequestError(PhotoFollowError, ValueError):
    """A sheet cannot be made from what was asked (no such patient, an ambiguous date ...): a sentence."""


def _wrong(template: str, *values: str | int) -> SheetRequestError:
    """A SheetRequestError saying `template` (marked in the Errors context) filled with `values`."""
    return SheetRequestError(Phrase("Errors", template, values))


def _parse_moment(text: str) -> tuple[date, tuple[int, int] | None] | None:
    """'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' (a space works for the T) as (date, (hour, minute) or None)."""
    text = text.strip().replace(" ", "T")
    try:
        if "T" in text:
            moment = datetime.strptime(text, "%Y-%m-%dT%H:%M")
            return moment.date(), (moment.hour, moment.minute)
        return datetime.strptime(text, "%Y-%m-%d").date(), None
    except ValueError:
        return None


def _matches(moment: datetime, wanted: tuple[date, tuple[int, int] | None]) -> bool:
    day, time_of_day = wanted
    if moment.date() != day:
        return False
    return time_of_day is None or (moment.hour, moment.minute) == time_of_day


def match_treatment(treatments: Sequence[Treatment], query: str) -> Treatment:
    """The treatment with id `query`, or performed at `query` (YYYY-MM-DD[THH:MM] in its own zone)."""
    if query.strip().isdigit():
        found = [t for t in treatments if t.id == int(query)]
        if not found:
            raise _wrong(QT_TRANSLATE_NOOP("Errors", "This patient has no treatment with id %1."), query)
        return found[0]
    wanted = _parse_moment(query)
    if wanted is None:
        raise _wrong(
            QT_TRANSLATE_NOOP(
                "Errors", "'%1' is neither a treatment id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM."
            ),
            query,
        )
    found = [t for t in treatments if _matches(t.performed_at, wanted)]
    if not found:
        dates = ", ".join(t.performed_at.strftime("%Y-%m-%dT%H:%M") for t in treatments) or "none"
        raise _wrong(
            QT_TRANSLATE_NOOP("Errors", "This patient has no treatment on %1 (treatments: %2)."), query, dates
        )
    if len(found) > 1:
        times = ", ".join(f"{t.performed_at:%H:%M} (id {t.id})" for t in found)
        raise _wrong(
            QT_TRANSLATE_NOOP("Errors", "This patient had %1 treatments on %2: %3; add the time."),
            len(found),
            query,
            times,
        )
    return found[0]


def match_visits(visits: Sequence[Visit], query: str) -> list[Visit]:
    """Visits named in a comma-separated list of ids, dates (YYYY-MM-DD) or date-times (YYYY-MM-DDTHH:MM).

    A date names every visit of that day of this treatment; the result keeps time order without repeats.
    """
    chosen: dict[int, Visit] = {}
    for item in (part.strip() for part in query.split(",")):
        if not item:
            continue
        if item.isdigit():
            found = [v for v in visits if v.id == int(item)]
        else:
            wanted = _parse_moment(item)
            if wanted is None:
                raise _wrong(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "'%1' is neither a visit id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.",
                    ),
                    item,
                )
            found = [v for v in visits if _matches(v.visited_at, wanted)]
        if not found:
            raise _wrong(QT_TRANSLATE_NOOP("Errors", "This treatment has no visit '%1'."), item)
        for visit in found:
            chosen[id(visit)] = visit
    if not chosen:
        raise _wrong(
            QT_TRANSLATE_NOOP("Errors", "No visits were named; leave --visits out to use the default choice.")
        )
    return sorted(chosen.values(), key=lambda v: v.visited_at)


def choose_sheet_content(
    visits: Sequence[Visit],
    views_of_visit: Mapping[int, Iterable[View]],
    view: View | None = None,
    chosen: Sequence[Visit] | None = None,
    view_order: Sequence[View] = tuple(View),
) -> tuple[list[View], list[Visit]]:
    """Which views over which visits a sheet shows, by the defaults the export command documents.

    With a view: that view over the chosen visits (default: the last baseline and up to three latest
    follow-ups that have the view). Without: the views the chosen visits share, as a grid (default: the
    last baseline and the latest follow-up); a single shared view makes a row.
    """
    ordered = sorted(visits, key=lambda v: v.visited_at)
    has = {visit_id: set(views) for visit_id, views in views_of_visit.items()}

    def default(limit_follow_ups: int, needed: View | None) -> list[Visit]:
        if needed is None:
            usable = [v for v in ordered if has.get(v.id)]
        else:
            usable = [v for v in ordered if needed in has.get(v.id, ())]
        baselines = [v for v in usable if v.kind is VisitKind.BASELINE]
        follow_ups = [v for v in usable if v.kind is VisitKind.FOLLOW_UP]
        return baselines[-1:] + follow_ups[-limit_follow_ups:]

    if view is not None:
        picked = list(chosen) if chosen else default(MAX_ROW_TIME_POINTS - 1, view)
        if not any(view in has.get(v.id, ()) for v in picked):
            raise _wrong(
                QT_TRANSLATE_NOOP("Errors", "None of the visits has a photo of the view '%1'."), str(view)
            )
        return [view], picked
    picked = list(chosen) if chosen else default(1, None)
    if not picked:
        raise _wrong(QT_TRANSLATE_NOOP("Errors", "This treatment has no visits with photos."))
    shared = set.intersection(*(has.get(v.id, set()) for v in picked)) if picked else set()
    views = [v for v in view_order if v in shared]
    if not views:
        raise _wrong(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The chosen visits have no view in common; "
                "choose one with --view to show it where it exists.",
            )
        )
    if len(views) > 1 and len(picked) > 2:
        raise _wrong(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A sheet of several views compares two visits, not %1; name two with --visits, "
                "or choose one view with --view for up to four visits.",
            ),
            len(picked),
        )
    if len(views) == 1 and len(picked) > MAX_ROW_TIME_POINTS:
        raise _wrong(
            QT_TRANSLATE_NOOP("Errors", "A sheet shows at most %1 visits of one view."), MAX_ROW_TIME_POINTS
        )
    return views, picked


# --- from a library (the export command; the GUI builds its sheet from what its comparison view shows) ---


def sheet_from_library(
    folder: str | Path,
    *,
    patient: str | int,
    treatment: str | int,
    view: View | None = None,
    visits: str | Sequence[int] | None = None,
    deidentify: bool = False,
    aligned: bool = False,
    clinic_name: str = "",
    logo_path: Path | None = None,
    made_by: str = "",
    page_size: PageSize = PageSize.A4,
    orientation: Orientation | None = None,
    policy_path: Path | None = None,
    program: str = "",
    purpose: str = "clinical",
    sign_in: Callable[[Any], object] | None = None,
    masking: Masking = Masking.NONE,
    audited: bool = True,
) -> Sheet:
    """The sheet the export command writes, read from the library in `folder` (opened read-only).

    `sign_in(library)` signs the caller in on the handle opened here (the command line's --user); in a
    library with users, only a role that may export gets a sheet, whoever calls. `purpose` (clinical,
    colleague, teaching, publication) must fit the patient's consent (services/consent.export_basis, raising
    ConsentRefused); the sheet states it, names the signed-in user as its maker, and the export is recorded
    in the audit trail. `masking` (de-identified sheets) hides the eyes or crops to the face below them, from
    each photo's measured face; a photo without a face found is refused (SheetRequestError). `audited=False`
    for a preview: the program records the save or print itself (`record_sheet_output`).

    `patient`, `treatment` and `visits` are ids (the desktop program knows what it shows: an int, and a
    sequence of visit ids), or what a person types: a chart number or name found as
    `services.library.find_patient` does, and `treatment` and `visits` text as `match_treatment` and
    `match_visits` describe; views and default visits as `choose_sheet_content`, in the order of the
    clinic's protocol for the area. Each follow-up is checked against the baseline photo of its view by the
    record's one rule (`services.records.baseline_photo`: the latest baseline visit with that view), from the
    library's cached
    measurements, measuring a photo only when none are cached. A check that cannot run leaves "not
    checked" on the sheet rather than stopping the export. Raises SheetRequestError for what was asked
    wrongly, and the library's own errors.
    """
    from photofollow.services import audit, consent, records
    from photofollow.services.library import PatientLookupError, find_patient, open_library
    from photofollow.services.users import Permission, acting_name, current_user, require
    from photofollow.storage.assessments import assessment_of

    with open_library(folder, write=False) as library:
        if sign_in is not None:
            sign_in(library)
        require(library, Permission.EXPORT)
        if current_user(library) is not None or not made_by:
            made_by = acting_name(library)
        try:
            found_patient = (
                library.get(Patient, patient) if isinstance(patient, int) else find_patient(library, patient)
            )
            if found_patient is None or library.in_trash("patient", found_patient.id):
                # gone since the window showed it: say so as the lookup does
                found_patient = find_patient(library, f"#{patient}")
        except PatientLookupError as error:
            raise SheetRequestError(error.phrase or str(error)) from error
        basis = consent.export_basis(library, found_patient.id, consent.Purpose(purpose), deidentify)
        found_treatment = match_treatment(library.treatments_of(found_patient.id), str(treatment))
        all_visits = library.visits_of(found_treatment.id)
        photos_by_visit = {visit.id: library.photos_of(visit.id) for visit in all_visits}
        views_of = {
            visit_id: {photo.view for photo in photos} for visit_id, photos in photos_by_visit.items()
        }
        if visits is None or isinstance(visits, str):
            chosen = match_visits(all_visits, visits) if visits else None
        else:
            chosen = _visits_by_id(all_visits, visits)
        visit_by_id = {visit.id: visit for visit in all_visits}
        reports = _Reports(library, found_treatment, visit_by_id, policy_path)
        protocol = reports.policy().protocol(found_treatment.area)  # the clinic's own order of views
        view_order = (*protocol, *(v for v in View if v not in protocol))
        views, picked = choose_sheet_content(all_visits, views_of, view, chosen, view_order)

        time_points = []
        for visit in picked:
            by_view: dict[View, Photo] = {}
            for shown in views:
                candidates = [photo for photo in photos_by_visit[visit.id] if photo.view == shown]
                if candidates:
                    by_view[shown] = pick_photo(candidates)
            time_points.append(
                TimePoint(
                    visit, by_view, library.symptom_entries_of(visit.id), assessment_of(library, visit.id)
                )
            )

        baseline_photo = {
            shown: records.baseline_photo(((v, photos_by_visit[v.id]) for v in all_visits), shown)
            for shown in views
        }

        def findings_for(photo: Photo) -> PanelFindings | None:
            report = reports.get(baseline_photo.get(photo.view), photo)
            return findings_from_report(report) if report is not None else None

        def aligned_for(photo: Photo) -> AlignedTransform | None:
            if not aligned or masking is Masking.CROP:  # a crop is of the photo as taken, not warped
                return None
            report = reports.get(baseline_photo.get(photo.view), photo)
            return aligned_from_report(report) if report is not None else None

        def privacy_for(photo: Photo) -> PanelPrivacy | None:
            if masking is Masking.NONE:
                return None
            measured = reports.measurements(photo)
            face = getattr(measured, "face", None)
            if face is None:
                raise _wrong(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "No face was found on the %1 photo of %2, so its eyes cannot be hidden; choose other "
                        "visits or views.",
                    ),
                    photo.view.value,
                    f"{visit_by_id[photo.visit_id].visited_at:%Y-%m-%d}",
                )
            # Measured as shown (the nurse's rotation applied), as the sheet draws it.
            return privacy_from_face(masking, (measured.width, measured.height), face)

        sheet = build_sheet(
            patient=found_patient,
            treatment=found_treatment,
            time_points=time_points,
            views=views,
            image_for=library.photo_path,
            findings_for=findings_for,
            aligned_for=aligned_for,
            privacy_for=privacy_for,
            clinic_name=clinic_name,
            logo_path=logo_path,
            made_by=made_by,
            program=program,
            deidentify=deidentify,
            pseudonym_salt=library.pseudonym_salt if deidentify else None,
            page_size=page_size,
            orientation=orientation,
            purpose_note=basis.note,
        )
        from photofollow.services.change import sheet_recovery

        # Every view the treatment has, not only the sheet's: the recovery is the treatment's.
        treatment_views = {photo.view for photos in photos_by_visit.values() for photo in photos}
        recoveries = []
        for shown in (v for v in view_order if v in treatment_views):
            series = sheet_recovery(
                library, found_treatment, all_visits, photos_by_visit, shown, reports.policy()
            )
            if series is not None:
                recoveries.append((shown, series))
        sheet = replace(sheet, recoveries=tuple(recoveries))
        if audited:
            _record_output(library, audit.Action.EXPORT, found_patient.id, found_treatment.id,
                           [point.visit.id for point in time_points], basis.purpose, deidentify)
        return sheet


def _record_output(library: Any, action: Any, patient_id: int, treatment_id: int, visit_ids: Sequence[int],
                   purpose: Any, deidentified: bool) -> None:
    from photofollow.services import audit

    audit.record(
        library,
        action,
        patient_id=patient_id,
        objects=[f"treatment:{treatment_id}", *(f"visit:{visit_id}" for visit_id in visit_ids)],
        detail=f"purpose {purpose.value}" + (", de-identified" if deidentified else ""),
    )


def record_sheet_output(
    folder: str | Path,
    action: str,
    *,
    patient_id: int,
    treatment_id: int,
    visit_ids: Sequence[int],
    purpose: str,
    deidentified: bool,
    sign_in: Callable[[Any], object] | None = None,
) -> None:
    """A sheet the program previewed was saved ("export") or printed ("print"): checked against the role and
    the consent again, and recorded in the audit trail."""
    from photofollow.services import audit, consent
    from photofollow.services.library import open_library
    from photofollow.services.users import Permission, require

    with open_library(folder, write=False) as library:
        if sign_in is not None:
            sign_in(library)
        require(library, Permission.PRINT if action == "print" else Permission.EXPORT)
        basis = consent.export_basis(library, patient_id, consent.Purpose(purpose), deidentified)
        chosen = audit.Action.PRINT if action == "print" else audit.Action.EXPORT
        _record_output(library, chosen, patient_id, treatment_id, visit_ids, basis.purpose, deidentified)


def _visits_by_id(visits: Sequence[Visit], ids: Sequence[int]) -> list[Visit]:
    by_id = {visit.id: visit for visit in visits}
    missing = [str(visit_id) for visit_id in ids if visit_id not in by_id]
    if missing:
        raise _wrong(
            QT_TRANSLATE_NOOP("Errors", "This treatment has no visit with id %1 (any more)."), ", ".join(missing)
        )
    return sorted((by_id[visit_id] for visit_id in ids), key=lambda v: v.visited_at)


class _Reports:
    """Pair reports of follow-ups against their baselines, computed once each, from cached measurements."""

    def __init__(
        self, library: Any, treatment: Treatment, visits: Mapping[int, Visit], policy_path: Path | None
    ):
        self.library, self.treatment, self.visits = library, treatment, visits
        self.policy_path = policy_path
        self._reports: dict[tuple[int, int], Any] = {}
        self._measurements: dict[int, Any] = {}
        self._policy: Any = None

    def policy(self) -> Any:
        if self._policy is None:
            from photofollow.services.checking import library_policy

            self._policy = library_policy(self.library.folder, self.policy_path)
        return self._policy

    def measurements(self, photo: Photo) -> Any:
        from photofollow.services.checking import measurements_for

        if photo.id not in self._measurements:
            self._measurements[photo.id] = measurements_for(self.library, photo, self.policy())
        return self._measurements[photo.id]

    def get(self, baseline: Photo | None, follow_up: Photo) -> Any:
        if baseline is None:
            return None
        key = (baseline.id, follow_up.id)
        if key not in self._reports:
            from photofollow.services import checking

            visit = self.visits[follow_up.visit_id]
            try:
                self._reports[key] = checking.check_library_pair(
                    self.measurements(baseline),
                    self.measurements(follow_up),
                    self.policy(),
                    follow_up,
                    self.treatment,
                    visit,
                    baseline_photo=baseline,
                )
            except PhotoFollowError:
                self._reports[key] = None  # an unreadable photo: the sheet says "not checked"
        return self._reports[key]
