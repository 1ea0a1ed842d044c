"""What the library holds, as a clinic asks for it: patients, their timelines, and find-or-create of records.

Time since treatment is always `domain.timing` (the one set of rules for screen, sheets and command line).
A visit's time is its `visited_at`, which the import sets from the first photo's capture time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time

import sqlalchemy as sa

from photofollow.domain.assessment import VisitAssessment
from photofollow.domain.errors import PhotoFollowError
from photofollow.domain.model import Area, Patient, Photo, Treatment, View, Visit, VisitKind
from photofollow.domain.text import QT_TRANSLATE_NOOP, Day, Phrase
from photofollow.domain.timing import Elapsed, as_instant, label, time_since_treatment
from photofollow.storage.assessments import assessments_of
from photofollow.storage.library import Library


class PatientLookupError(PhotoFollowError):
    """No patient, or more than one, answers to the name or chart number given."""


# -- find or create ------------------------------------------------------------------------------------------


def find_patient(library: Library, key: str) -> Patient:
    """The patient whose chart number is `key`, else the one whose display name is exactly `key`."""
    key = key.strip()
    by_chart = library.find_patients(chart_number=key)
    if by_chart:
        return by_chart[0]
    by_name = library.find_patients(name=key)
    if len(by_name) == 1:
        return by_name[0]
    if not by_name:
        raise PatientLookupError(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No patient with the chart number or name “%1” in this library. "
                    "`photofollow patients` lists them.",
                ),
                (key,),
            )
        )
    charts = ", ".join(p.chart_number or "none" for p in by_name)
    raise PatientLookupError(
        Phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors", "%1 patients are named “%2” (chart numbers: %3); give the chart number instead."
            ),
            (len(by_name), key, charts),
        )
    )


def find_or_create_patient(
    library: Library, name: str, chart_number: str | None = None
) -> tuple[Patient, bool]:
    """By chart number when given, else by exact name; created when absent. Returns (patient, created)."""
    name = name.strip()
    if not name:
        raise PatientLookupError(Phrase("Errors", QT_TRANSLATE_NOOP("Errors", "A patient needs a name.")))
    chart_number = chart_number.strip() if chart_number else None
    if chart_number:
        found = library.find_patients(chart_number=chart_number)
        if found:
            return found[0], False
    else:
        found = library.find_patients(name=name)
        if len(found) == 1:
            return found[0], False
        if len(found) > 1:
            charts = ", ".join(p.chart_number or "none" for p in found)
            raise PatientLookupError(
                Phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "%1 patients are named “%2” (chart numbers: %3); "
                        "give the chart number to choose one.",
                    ),
                    (len(found), name, charts),
                )
            )
    return library.add(Patient(display_name=name, chart_number=chart_number or None)), True


def find_or_create_treatment(
    library: Library, patient_id: int, performed_at: datetime, area: Area = Area.FACE
) -> tuple[Treatment, bool]:
    """The patient's treatment at this instant, or a new one. Returns (treatment, created)."""
    if performed_at.tzinfo is None:
        raise ValueError("A treatment's date-time must carry its time zone.")
    for treatment in library.treatments_of(patient_id):
        if treatment.performed_at == performed_at:  # aware datetimes compare as instants
            return treatment, False
    return library.add(Treatment(patient_id=patient_id, performed_at=performed_at, area=Area(area))), True


def find_or_create_visit(
    library: Library, treatment_id: int, kind: VisitKind, visited_at: datetime
) -> tuple[Visit, bool]:
    """The treatment's visit of this kind on the same date as `visited_at`, or a new one at `visited_at`."""
    if visited_at.tzinfo is None:
        raise ValueError("A visit's date-time must carry its time zone.")
    on = visited_at.date()
    for visit in library.visits_of(treatment_id):
        if visit.kind is VisitKind(kind) and visit.visited_at.astimezone(visited_at.tzinfo).date() == on:
            return visit, False
    return library.add(Visit(treatment_id=treatment_id, kind=VisitKind(kind), visited_at=visited_at)), True


def local_datetime(day: date, at: time = time(0, 0)) -> datetime:
    """A wall-clock date and time on this computer, with the offset its zone had then (DST included)."""
    return datetime.combine(day, at).astimezone()


def visit_time(
    treatment: Treatment, visit_date: date | None, first_capture: datetime | None, now: datetime | None = None
) -> datetime:
    """When a new visit took place, by the import's rule: the date given, else the first photo's, else today.

    The first photo's capture time is the visit's time whenever it falls on the visit's date (read in the
    treatment's zone when the camera gave no offset); a visit date without a matching photo time is taken at
    midday, so a visit known only by its date does not sit hours before or after a treatment on that day.
    """
    capture = as_instant(first_capture, treatment.performed_at) if first_capture is not None else None
    if visit_date is None:
        if capture is not None:
            return capture
        return (now or datetime.now()).astimezone()
    if capture is not None and capture.date() == visit_date:
        return capture
    return local_datetime(visit_date, time(12, 0))


# -- reading ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PatientSummary:
    patient: Patient
    treatments: int
    visits: int
    photos: int
    last_visit: datetime | None


@dataclass(frozen=True, slots=True)
class VisitEntry:
    visit: Visit
    elapsed: Elapsed
    photo_count: int
    views: dict[View, int]
    assessment: VisitAssessment | None = None  # the physician's, for a follow-up

    @property
    def label(self) -> str:
        return label(self.elapsed)


@dataclass(frozen=True, slots=True)
class TreatmentEntry:
    treatment: Treatment
    visits: list[VisitEntry] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Timeline:
    patient: Patient
    treatments: list[TreatmentEntry]


def patient_summaries(library: Library) -> list[PatientSummary]:
    """Every patient with counts of treatments, visits and photos, by name."""
    counts = library.photo_counts_by_visit()
    summaries = []
    for patient in library.patients():
        treatments = library.treatments_of(patient.id)
        visits = [visit for treatment in treatments for visit in library.visits_of(treatment.id)]
        summaries.append(
            PatientSummary(
                patient=patient,
                treatments=len(treatments),
                visits=len(visits),
                photos=sum(counts.get(visit.id, 0) for visit in visits),
                last_visit=max((visit.visited_at for visit in visits), default=None),
            )
        )
    return summaries


def timeline(library: Library, patient: Patient) -> Timeline:
    """The patient's treatments, each with its visits, time since treatment and photos per view."""
    entries = []
    with library.session() as session:
        view_counts: dict[int, Counter] = {}
        rows = session.execute(
            sa.select(Photo.visit_id, Photo.view, sa.func.count())
            .join(Visit, Visit.id == Photo.visit_id)
            .join(Treatment, Treatment.id == Visit.treatment_id)
            .where(Treatment.patient_id == patient.id)
            .group_by(Photo.visit_id, Photo.view)
        )
        for visit_id, view, count in rows:
            view_counts.setdefault(visit_id, Counter())[View(view)] += count
    for treatment in library.treatments_of(patient.id):
        visits = []
        treatment_visits = library.visits_of(treatment.id)
        assessments = assessments_of(library, (visit.id for visit in treatment_visits))
        for visit in treatment_visits:
            views = view_counts.get(visit.id, Counter())
            visits.append(
                VisitEntry(
                    visit=visit,
                    elapsed=time_since_treatment(visit.visited_at, treatment.performed_at),
                    photo_count=sum(views.values()),
                    views=dict(sorted(views.items(), key=lambda item: list(View).index(item[0]))),
                    assessment=assessments.get(visit.id),
                )
            )
        entries.append(TreatmentEntry(treatment, visits))
    return Timeline(patient, entries)


def describe_location(library: Library, photo: Photo) -> str:
    """Where a photo sits, for a person: "Anna Jansen (42), follow-up visit of 2024-03-19, Week 2"."""
    return location_phrase(library, photo).english()


def location_phrase(library: Library, photo: Photo) -> Phrase:
    """`describe_location` as a phrase, so the GUI shows it in the user's language with a local date and
    the time since treatment in its words."""
    visit = library.get(Visit, photo.visit_id)
    if visit is None:
        return Phrase("Library", QT_TRANSLATE_NOOP("Library", "photo %1"), (str(photo.id),))
    treatment = library.get(Treatment, visit.treatment_id)
    patient = library.get(Patient, treatment.patient_id) if treatment else None
    who: Phrase | str
    if patient is None:
        who = Phrase("Library", QT_TRANSLATE_NOOP("Library", "an unknown patient"))
    elif patient.chart_number:
        who = f"{patient.display_name} ({patient.chart_number})"
    else:
        who = patient.display_name
    day = Day(visit.visited_at.date())
    baseline = visit.kind is VisitKind.BASELINE
    if treatment is None:
        if baseline:
            return Phrase("Library", QT_TRANSLATE_NOOP("Library", "%1, baseline visit of %2"), (who, day))
        return Phrase("Library", QT_TRANSLATE_NOOP("Library", "%1, follow-up visit of %2"), (who, day))
    elapsed = time_since_treatment(visit.visited_at, treatment.performed_at)
    if baseline:
        return Phrase(
            "Library", QT_TRANSLATE_NOOP("Library", "%1, baseline visit of %2, %3"), (who, day, elapsed)
        )
    return Phrase(
        "Library", QT_TRANSLATE_NOOP("Library", "%1, follow-up visit of %2, %3"), (who, day, elapsed)
    )
