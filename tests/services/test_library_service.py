"""Find or create patients, treatments and visits; summaries; timelines with time since treatment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from import_helpers import CET, jpeg

from photofollow.domain.model import Area, View, Visit, VisitKind
from photofollow.services.importing import VisitRequest, import_photos
from photofollow.services.library import (
    PatientLookupError,
    find_or_create_patient,
    find_or_create_treatment,
    find_or_create_visit,
    find_patient,
    patient_summaries,
    timeline,
    visit_time,
)


def test_patient_found_by_chart_number_first_then_by_exact_name(library):
    anna, created = find_or_create_patient(library, "Anna Jansen", "1001")
    assert created
    assert find_or_create_patient(library, "A. Jansen (typo)", "1001") == (anna, False)
    assert find_or_create_patient(library, "Anna Jansen") == (anna, False)
    other, created = find_or_create_patient(library, "Anna Jansen", "2002")  # a namesake with her own chart
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
