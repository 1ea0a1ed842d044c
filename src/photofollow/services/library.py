"""What the library holds, as a clinic asks for it: patients, their timelines, and find-or-create of records.

Time since treatment is always `domain.timing` (the one set of rules for screen, sheets and command line).
A visit's time is its `visited_at`, which the import sets from the first photo's capture time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo

import sqlalchemy as sa

from photofollow.domain.assessment import VisitAssessment
from photofollow.domain.errors import PhotoFollowError
from photofollow.domain.model import Area, Patient, Photo, Treatment, View, Visit, VisitKind
from photofollow.domain.text import QT_TRANSLATE_NOOP, Day, Phrase, folded
from photofollow.domain.timing import Elapsed, as_instant, label, local_date, time_since_treatment
from photofollow.storage.assessments import assessments_of
from photofollow.storage.library import Library
from photofollow.storage.schema import photos as photos_table


def open_library(folder, *, create: bool = False, write: bool = True) -> Library:
    """Open the library in `folder`, or at a server address (postgresql://USER@HOST:PORT/DB?store=/path): the
    one door the windows and the command line use; see storage.library.Library.open for what opening does
    and raises."""
    return Library.open(folder, create=create, write=write)


def verify_library(library: Library, progress=None):
    """Every original against its hash, unclaimed and missing files, the database's integrity
    (storage.integrity.verify)."""
    from photofollow.storage.integrity import verify

    return verify(library, progress=progress)


def library_exists(folder) -> bool:
    """Whether `folder` holds a library's database (for a server address: whether its database holds a
    library; a server that cannot be reached raises LibraryUnavailable)."""
    from pathlib import Path

    from photofollow.storage import server
    from photofollow.storage.library import DATABASE_NAME

    if server.is_server_address(folder):
        return server.holds_library(server.ServerAddress.parse(folder))
    return (Path(folder) / DATABASE_NAME).exists()


class PatientLookupError(PhotoFollowError):
    """No patient, or more than one, answers to the name or chart number given."""


# -- find or create ------------------------------------------------------------------------------------------


def find_patient(library: Library, key: str) -> Patient:
    """The patient whose chart number is `key`, else the one whose display name is `key`, ignoring case and
    accents ("mette jensen" finds "Mette Jensen", "sorensen" finds "Sørensen"); "#12" names patient id 12."""
    key = key.strip()
    by_chart = library.find_patients(chart_number=key)
    if by_chart:
        return by_chart[0]
    if key.startswith("#") and key[1:].isdigit():
        found = library.get(Patient, int(key[1:]))
        if found is not None and not library.in_trash("patient", found.id):
            return found
    by_name = patients_named(library, key)
    if len(by_name) == 1:
        return by_name[0]
    if not by_name:
        similar = similar_patients(library, key)
        if similar:
            raise PatientLookupError(
                Phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors", "No patient with the chart number or name “%1” in this library. Did you mean %2?"
                    ),
                    (key, _names(similar)),
                )
            )
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


def patients_named(library: Library, name: str) -> list[Patient]:
    """Patients whose display name is `name`, ignoring case, accents and repeated spaces."""
    wanted = _name_key(name)
    return [patient for patient in library.patients() if _name_key(patient.display_name) == wanted]


def _name_key(name: str) -> str:
    return " ".join(folded(name).split())


def _names(patients: list[Patient]) -> str:
    return ", ".join(
        f"“{p.display_name}”" + (f" (chart {p.chart_number})" if p.chart_number else "") for p in patients[:3]
    )


# Two names this close (a ratio of matching characters, difflib) are one patient typed twice, or a typo.
SIMILAR_NAME_RATIO = 0.85


def similar_patients(library: Library, name: str, chart_number: str | None = None) -> list[Patient]:
    """Patients a new one may be by mistake: a name within a typo or two (case, accents and word order
    ignored) or a chart number that differs only in spaces, dashes or leading zeros."""
    from difflib import SequenceMatcher

    wanted = _name_key(name)
    wanted_sorted = " ".join(sorted(wanted.split()))
    wanted_chart = _chart_key(chart_number) if chart_number else None
    found = []
    for patient in library.patients():
        key = _name_key(patient.display_name)
        close_name = bool(wanted) and (
            key == wanted
            or " ".join(sorted(key.split())) == wanted_sorted
            or SequenceMatcher(None, key, wanted).ratio() >= SIMILAR_NAME_RATIO
        )
        close_chart = (
            wanted_chart is not None
            and patient.chart_number is not None
            and _chart_key(patient.chart_number) == wanted_chart
        )
        if close_name or close_chart:
            found.append(patient)
    return found


def _chart_key(chart: str) -> str:
    """A chart number without spaces, dashes, case or leading zeros in its numbers ("C-0042" ~ "c 42")."""
    import re

    plain = "".join(char for char in folded(chart) if char.isalnum())
    return re.sub(r"\d+", lambda digits: str(int(digits.group())), plain)


class SimilarPatientExists(PatientLookupError):
    """A new patient would be created whose name or chart number is close to an existing patient's."""

    def __init__(self, phrase: Phrase, similar: list[Patient]):
        super().__init__(phrase)
        self.similar = similar


def find_or_create_patient(
    library: Library, name: str, chart_number: str | None = None, *, allow_similar: bool = False
) -> tuple[Patient, bool]:
    """By chart number when given, else by name (case and accents ignored); created when absent.
    Returns (patient, created). A new patient close to an existing one (`similar_patients`) is refused with
    SimilarPatientExists ("did you mean ...") unless `allow_similar`."""
    # One workstation at a time looks and creates: two nurses importing a new patient's card at once make one
    # patient (on a folder library the lock file already lets one writer in).
    with library.exclusive("patients"):
        found = find_patient_for_import(library, name, chart_number, allow_similar)
        if found.id is not None:
            return found, False
        return library.add(found), True


def find_patient_for_import(
    library: Library, name: str, chart_number: str | None = None, allow_similar: bool = False
) -> Patient:
    """`find_or_create_patient` without the creating: the patient found, or a new (unsaved, id None) one."""
    name = name.strip()
    if not name:
        raise PatientLookupError(Phrase("Errors", QT_TRANSLATE_NOOP("Errors", "A patient needs a name.")))
    chart_number = chart_number.strip() if chart_number else None
    if chart_number:
        found = library.find_patients(chart_number=chart_number)
        if found:
            return found[0]
    else:
        found = patients_named(library, name)
        if len(found) == 1:
            return found[0]
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
    if not allow_similar:
        similar = similar_patients(library, name, chart_number)
        if similar:
            raise SimilarPatientExists(
                Phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A patient like “%1” is in the library already: did you mean %2? "
                        "Use that patient's chart number or name, or confirm that this is a new patient "
                        "(--new-patient).",
                    ),
                    (name, _names(similar)),
                ),
                similar,
            )
    return Patient(display_name=name, chart_number=chart_number or None)


def find_or_create_treatment(
    library: Library, patient_id: int, performed_at: datetime, area: Area = Area.FACE
) -> tuple[Treatment, bool]:
    """The patient's treatment at this instant, or a new one. Returns (treatment, created)."""
    if performed_at.tzinfo is None:
        raise ValueError("A treatment's date-time must carry its time zone.")
    with library.exclusive(f"treatments:{patient_id}"):  # one treatment, whoever imports at the same time
        for treatment in library.treatments_of(patient_id):
            if treatment.performed_at == performed_at:  # aware datetimes compare as instants
                return treatment, False
        return library.add(Treatment(patient_id=patient_id, performed_at=performed_at, area=Area(area))), True


def find_or_create_visit(
    library: Library, treatment_id: int, kind: VisitKind, visited_at: datetime, zone: tzinfo | None = None
) -> tuple[Visit, bool]:
    """The treatment's visit of this kind on the calendar date of `visited_at` (the clinic's zone, see
    domain/timing), or a new one at `visited_at`."""
    if visited_at.tzinfo is None:
        raise ValueError("A visit's date-time must carry its time zone.")
    on = local_date(visited_at, zone)
    with library.exclusive(f"visits:{treatment_id}"):  # one visit per day, whoever imports at the same time
        for visit in library.visits_of(treatment_id):
            if visit.kind is VisitKind(kind) and local_date(visit.visited_at, zone) == on:
                return visit, False
        visit = Visit(treatment_id=treatment_id, kind=VisitKind(kind), visited_at=visited_at)
        return library.add(visit), True


def local_datetime(day: date, at: time = time(0, 0), zone: tzinfo | None = None) -> datetime:
    """A wall-clock date and time in the clinic's zone (this computer's when None), DST included."""
    moment = datetime.combine(day, at)
    return moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()


def visit_time(
    treatment: Treatment,
    visit_date: date | None,
    first_capture: datetime | None,
    now: datetime | None = None,
    zone: tzinfo | None = None,
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
    if capture is not None and local_date(first_capture, zone) == visit_date:
        return capture
    return local_datetime(visit_date, time(12, 0), zone)


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
    """Every patient with counts of treatments, visits and photos, by name (a few grouped queries, whatever
    the size of the library)."""
    from photofollow.services.users import Permission, require

    require(library, Permission.VIEW)
    return [
        PatientSummary(patient, treatments, visits, photos, last_visit)
        for patient, treatments, visits, photos, last_visit in library.patient_summary_rows()
    ]


def timeline(library: Library, patient: Patient) -> Timeline:
    """The patient's treatments, each with its visits, time since treatment and photos per view (recorded in
    the audit trail as an opening of the patient's timeline)."""
    from photofollow.services import audit
    from photofollow.services.users import Permission, require

    require(library, Permission.VIEW)
    audit.record(library, audit.Action.OPEN_TIMELINE, patient_id=patient.id)
    entries = []
    with library.session() as session:
        view_counts: dict[int, Counter] = {}
        rows = session.execute(
            sa.select(Photo.visit_id, Photo.view, sa.func.count())
            .join(Visit, Visit.id == Photo.visit_id)
            .join(Treatment, Treatment.id == Visit.treatment_id)
            .where(Treatment.patient_id == patient.id, photos_table.c.trash_id.is_(None))
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
