"""Find or create patients, treatments and visits; summaries; timelines with time since treatment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from import_helpers import CET, jpeg

from photofollow.domain.model import Area, View, Visit, VisitKind
from photofollow.services.importing import VisitRequest, import_photos
from photofollow.services.library import (
    SimilarPatientExists,
    PatientLookupError,
    find_or_create_patient,
    find_or_create_treatment,
    find_or_create_visit,
    find_patient,
    patient_summaries,
    timeline,
    visit_time,
)


pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server


def test_patient_found_by_chart_number_first_then_by_exact_name(library):
    anna, created = find_or_create_patient(library, "Anna Jansen", "1001")
    assert created
    assert find_or_create_patient(library, "A. Jansen (typo)", "1001") == (anna, False)
    assert find_or_create_patient(library, "Anna Jansen") == (anna, False)
    # A namesake with her own chart is refused as a likely mistake, until the nurse confirms a new patient.
    with pytest.raises(SimilarPatientExists, match="did you mean “Anna Jansen” \\(chart 1001\\)") as refused:
        find_or_create_patient(library, "Anna Jansen", "2002")
    assert refused.value.similar == [anna]
    other, created = find_or_create_patient(library, "Anna Jansen", "2002", allow_similar=True)
    assert created and other.id != anna.id
    with pytest.raises(PatientLookupError, match="2 patients are named"):
        find_or_create_patient(library, "Anna Jansen")
    assert find_patient(library, "2002") == other
    with pytest.raises(PatientLookupError, match="give the chart number"):
        find_patient(library, "Anna Jansen")
    with pytest.raises(PatientLookupError, match="No patient"):
        find_patient(library, "Bob")
    with pytest.raises(PatientLookupError, match="needs a name"):
        find_or_create_patient(library, "   ")


def test_treatment_is_matched_as_an_instant(library, treatment):
    same_instant = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam (CET)
    assert find_or_create_treatment(library, treatment.patient_id, same_instant) == (treatment, False)
    later, created = find_or_create_treatment(
        library, treatment.patient_id, same_instant + timedelta(hours=1)
    )
    assert created and later.id != treatment.id
    with pytest.raises(ValueError):
        find_or_create_treatment(library, treatment.patient_id, datetime(2024, 3, 5, 10, 0))


def test_visit_matched_by_kind_and_date(library, treatment):
    morning = datetime(2024, 3, 19, 9, 0, tzinfo=CET)
    visit, created = find_or_create_visit(library, treatment.id, VisitKind.FOLLOW_UP, morning)
    assert created
    assert find_or_create_visit(library, treatment.id, VisitKind.FOLLOW_UP, morning + timedelta(hours=8)) == (
        visit,
        False,
    )
    _, created = find_or_create_visit(library, treatment.id, VisitKind.FOLLOW_UP, morning + timedelta(days=1))
    assert created


def test_visit_time_rules(treatment):
    captured = datetime(2024, 3, 19, 9, 5)  # naive: Amsterdam wall clock, as the camera showed it
    assert visit_time(treatment, None, captured) == datetime(2024, 3, 19, 9, 5, tzinfo=CET)
    assert visit_time(treatment, captured.date(), captured) == datetime(2024, 3, 19, 9, 5, tzinfo=CET)
    other_day = visit_time(treatment, captured.date() + timedelta(days=1), captured)
    assert (other_day.date(), other_day.hour) == (captured.date() + timedelta(days=1), 12)
    now = datetime(2024, 7, 1, 8, 0, tzinfo=UTC)
    assert visit_time(treatment, None, None, now=now) == now


def test_summaries_and_timeline_with_time_since_treatment(library, treatment, tmp_path):
    baseline = [
        jpeg(tmp_path / "b/front.jpg", 1, taken=datetime(2024, 3, 5, 9, 30), offset="+01:00"),
        jpeg(tmp_path / "b/left.jpg", 2, taken=datetime(2024, 3, 5, 9, 31), offset="+01:00"),
    ]
    week2 = [jpeg(tmp_path / "w/front.jpg", 3, taken=datetime(2024, 3, 19, 11, 0))]
    month3 = [jpeg(tmp_path / "m/front.jpg", 4, taken=datetime(2024, 6, 4, 10, 0))]  # CEST in June
    import_photos(library, baseline[:1], VisitRequest(treatment, VisitKind.BASELINE), view=View.FRONTAL)
    import_photos(
        library, baseline[1:], VisitRequest(treatment, VisitKind.BASELINE), view=View.OBLIQUE_45_LEFT
    )
    import_photos(library, week2, VisitRequest(treatment, VisitKind.FOLLOW_UP), view=View.FRONTAL)
    import_photos(library, month3, VisitRequest(treatment, VisitKind.FOLLOW_UP), view=View.FRONTAL)
    library.add(
        Visit(treatment.id, VisitKind.FOLLOW_UP, datetime(2024, 3, 6, 10, 0, tzinfo=CET))
    )  # no photos

    (summary,) = patient_summaries(library)
    assert (summary.treatments, summary.visits, summary.photos) == (1, 4, 4)
    # A camera without an offset is read in the treatment's zone (domain.timing rule 1); the treatment keeps
    # only its offset (+01:00), so June's wall clock is read at +01:00 too, as every label reads it.
    assert summary.last_visit == datetime(2024, 6, 4, 10, 0, tzinfo=CET)

    line = timeline(library, summary.patient)
    (entry,) = line.treatments
    assert entry.treatment.area is Area.FACE
    assert [(v.visit.kind, v.label, v.photo_count) for v in entry.visits] == [
        (VisitKind.BASELINE, "Baseline (30 min before)", 2),
        (VisitKind.FOLLOW_UP, "Day 1", 0),
        (VisitKind.FOLLOW_UP, "Week 2", 1),
        (VisitKind.FOLLOW_UP, "Month 3", 1),
    ]
    assert entry.visits[0].views == {View.FRONTAL: 1, View.OBLIQUE_45_LEFT: 1}


def test_lookup_ignores_case_accents_and_spaces(library):
    mette, _ = find_or_create_patient(library, "Mette Jensen", "C-0042")
    soren, _ = find_or_create_patient(library, "Søren Müller")
    assert find_patient(library, "mette jensen") == mette
    assert find_patient(library, "  METTE   JENSEN ") == mette
    assert find_patient(library, "soren muller") == soren
    assert find_or_create_patient(library, "mette JENSEN") == (mette, False)
    assert find_patient(library, f"#{soren.id}") == soren


@pytest.mark.parametrize(
    ("name", "chart"),
    [
        ("Mette Jenssen", None),  # a typo
        ("Jensen Mette", None),  # surname first
        ("Someone Else", "c 42"),  # the chart number without its dash, case and leading zeros
    ],
)
def test_a_new_patient_close_to_an_existing_one_is_refused_with_did_you_mean(library, name, chart):
    mette, _ = find_or_create_patient(library, "Mette Jensen", "C-0042")
    with pytest.raises(SimilarPatientExists, match="did you mean “Mette Jensen”") as refused:
        find_or_create_patient(library, name, chart)
    assert refused.value.similar == [mette]
    assert len(library.patients()) == 1
    created, was_created = find_or_create_patient(library, name, chart, allow_similar=True)
    assert was_created and created.id != mette.id


def test_an_unknown_name_suggests_a_close_one(library):
    find_or_create_patient(library, "Mette Jensen")
    with pytest.raises(PatientLookupError, match="Did you mean “Mette Jensen”"):
        find_patient(library, "Mete Jensen")
    with pytest.raises(PatientLookupError, match="`photofollow patients` lists them"):
        find_patient(library, "Bob Dylan")


def test_summaries_take_the_latest_visit_as_an_instant_whatever_its_offset(library, treatment):
    from datetime import timezone

    from photofollow.domain.model import Visit

    late_utc = datetime(2024, 3, 19, 23, 30, tzinfo=UTC)  # 00:30 on the 20th in Amsterdam
    earlier_but_later_text = datetime(2024, 3, 20, 0, 10, tzinfo=timezone(timedelta(hours=2)))  # 22:10 UTC
    library.add(Visit(treatment.id, VisitKind.FOLLOW_UP, earlier_but_later_text))
    library.add(Visit(treatment.id, VisitKind.FOLLOW_UP, late_utc))
    (summary,) = patient_summaries(library)
    assert summary.visits == 2 and summary.treatments == 1
    assert summary.last_visit == late_utc
