"""The import plan: files grouped into visits by capture date, problems named before anything is written."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from import_helpers import CET, jpeg

from photofollow.domain.model import CaptureTimeSource, Photo, View, Visit, VisitKind
from photofollow.services.import_plan import ProblemKind, ViewSource, VisitTarget, execute_plan, plan_import
from photofollow.services.importing import VisitRequest, import_photos

# The treatment fixture: 2024-03-05 10:00 CET.


pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server


def test_a_camera_card_of_three_visits_becomes_three_visits(library, treatment, tmp_path):
    files = [
        jpeg(tmp_path / "card/a.jpg", 1, taken=datetime(2024, 3, 5, 9, 30)),  # before the treatment: baseline
        jpeg(tmp_path / "card/b.jpg", 2, taken=datetime(2024, 3, 5, 9, 31)),
        jpeg(tmp_path / "card/c.jpg", 3, taken=datetime(2024, 3, 19, 16, 0)),  # Week 2
        jpeg(tmp_path / "card/d.jpg", 4, taken=datetime(2024, 5, 20, 11, 0)),  # 76 days later
    ]
    plan = plan_import(library, [tmp_path / "card"], treatment, view=View.FRONTAL)
    assert [row.path for row in plan.rows] == files
    kinds = [(row.target.kind, row.target.day) for row in plan.rows]
    assert kinds == [
        (VisitKind.BASELINE, date(2024, 3, 5)),
        (VisitKind.BASELINE, date(2024, 3, 5)),
        (VisitKind.FOLLOW_UP, date(2024, 3, 19)),
        (VisitKind.FOLLOW_UP, date(2024, 5, 20)),
    ]
    assert [row.elapsed and row.elapsed.phase.value for row in plan.rows] == ["before", "before", "weeks", "months"]
    assert all(row.problems == [] for row in plan.rows)
    summary = plan.summary()
    assert (summary.photos, summary.visits, summary.new_visits) == (4, 3, 3)
    assert plan.summary_phrase().english() == "4 photo(s) into 3 visit(s) (3 new)"
    assert library.visits_of(treatment.id) == []  # planning writes nothing

    result = execute_plan(library, plan)
    assert result.count("imported") == 4
    visits = library.visits_of(treatment.id)
    assert [(v.kind, v.visited_at.date()) for v in visits] == [
        (VisitKind.BASELINE, date(2024, 3, 5)),
        (VisitKind.FOLLOW_UP, date(2024, 3, 19)),
        (VisitKind.FOLLOW_UP, date(2024, 5, 20)),
    ]
    assert [len(library.photos_of(v.id)) for v in visits] == [2, 1, 1]
    assert result.changes.visits == frozenset(v.id for v in visits)


def test_photos_of_a_day_with_a_visit_join_it(library, treatment, tmp_path):
    first = jpeg(tmp_path / "one.jpg", 1, taken=datetime(2024, 3, 19, 9, 0))
    import_photos(library, [first], VisitRequest(treatment, VisitKind.FOLLOW_UP))
    (visit,) = library.visits_of(treatment.id)
    later = jpeg(tmp_path / "two.jpg", 2, taken=datetime(2024, 3, 19, 17, 45))
    plan = plan_import(library, [later], treatment, view=View.FRONTAL)
    assert plan.rows[0].target == VisitTarget(treatment.id, VisitKind.FOLLOW_UP, date(2024, 3, 19), visit.id)
    assert plan.summary().new_visits == 0


def test_each_problem_is_named_before_import(library, treatment, tmp_path):
    early = jpeg(tmp_path / "early.jpg", 1, taken=datetime(2024, 3, 1, 10, 0))
    no_date = jpeg(tmp_path / "nodate.jpg", 2)
    not_photo = tmp_path / "notes.jpg"
    not_photo.write_text("not a photo")
    known = jpeg(tmp_path / "known.jpg", 3, taken=datetime(2024, 3, 19, 9, 0))
    import_photos(library, [known], VisitRequest(treatment, VisitKind.FOLLOW_UP))

    plan = plan_import(
        library, [early, no_date, not_photo, known], treatment, kind=VisitKind.FOLLOW_UP, view=View.FRONTAL
    )
    problems = {row.path.name: [p.kind for p in row.problems] for row in plan.rows}
    assert problems == {
        "early.jpg": [ProblemKind.FOLLOW_UP_BEFORE_TREATMENT],
        "nodate.jpg": [ProblemKind.NO_CAMERA_DATE],
        "notes.jpg": [ProblemKind.NOT_A_PHOTO],
        "known.jpg": [ProblemKind.DUPLICATE],
    }
    by_name = {row.path.name: row for row in plan.rows}
    assert "before the treatment of 2024-03-05" in by_name["early.jpg"].problems[0].phrase.english()
    assert "already in Anna Jansen (1001), follow-up visit of 2024-03-19, Week 2" in (
        by_name["known.jpg"].problems[0].phrase.english()
    )
    summary = plan.summary()
    assert (summary.photos, summary.needs_date, summary.blocked, summary.duplicates, summary.not_photos) == (
        0, 1, 2, 1, 1,
    )
    assert plan.summary_phrase().english() == (
        "0 photo(s) into 0 visit(s) (0 new); 1 need(s) a date; 1 held back for their dates; "
        "1 already in the library; 1 not a photo"
    )

    # The nurse types the date of the undated photo: it goes to that day's visit, stored as entered.
    plan.reassign(by_name["nodate.jpg"], capture_time=datetime(2024, 3, 19, 10, 0))
    assert by_name["nodate.jpg"].problems == []
    assert by_name["nodate.jpg"].target.visit_id == library.visits_of(treatment.id)[0].id
    # And files the early one as a baseline.
    plan.reassign(by_name["early.jpg"], target=VisitTarget(treatment.id, VisitKind.BASELINE, date(2024, 3, 1)))
    assert by_name["early.jpg"].problems == []
    assert plan.summary_phrase().english() == "2 photo(s) into 2 visit(s) (1 new); 1 already in the library; 1 not a photo"

    result = execute_plan(library, plan)
    statuses = {o.row.path.name: o.status for o in result.outcomes}
    assert statuses == {"early.jpg": "imported", "nodate.jpg": "imported", "notes.jpg": "failed", "known.jpg": "duplicate"}
    typed = next(o.photo for o in result.outcomes if o.row.path.name == "nodate.jpg")
    assert typed.facts.capture_time_source is CaptureTimeSource.ENTERED
    assert typed.facts.capture_time == datetime(2024, 3, 19, 10, 0)


def test_a_baseline_after_the_treatment_and_a_photo_far_from_its_visit_are_held_back(library, treatment, tmp_path):
    late = jpeg(tmp_path / "late.jpg", 1, taken=datetime(2024, 3, 12, 10, 0))
    plan = plan_import(library, [late], treatment, kind=VisitKind.BASELINE, view=View.FRONTAL)
    assert [p.kind for p in plan.rows[0].problems] == [ProblemKind.BASELINE_AFTER_TREATMENT]
    march = jpeg(tmp_path / "march.jpg", 2, taken=datetime(2024, 3, 20, 10, 0))
    plan = plan_import(
        library, [march], treatment, kind=VisitKind.FOLLOW_UP, visit_date=date(2024, 6, 4), view=View.FRONTAL
    )
    (row,) = plan.rows
    assert [p.kind for p in row.problems] == [ProblemKind.FAR_FROM_VISIT]
    assert row.problems[0].phrase.english() == (
        "taken on 2024-03-20, 76 days from its visit of 2024-06-04: choose the visit of that day"
    )
    result = execute_plan(library, plan)
    assert [o.status for o in result.outcomes] == ["failed"]
    assert library.visits_of(treatment.id) == []
    result = execute_plan(library, plan, accept_dates=True)
    assert [o.status for o in result.outcomes] == ["imported"]
    assert library.visits_of(treatment.id)[0].visited_at.date() == date(2024, 6, 4)


def test_views_given_suggested_or_none(library, treatment, tmp_path):
    files = [jpeg(tmp_path / f"{i}.jpg", i, taken=datetime(2024, 3, 19, 9, i)) for i in range(3)]
    plan = plan_import(
        library,
        files,
        treatment,
        views={files[0]: View.OBLIQUE_45_LEFT},
        suggest_view=lambda path: View.FRONTAL if path == files[1] else None,
    )
    assert [(row.view, row.view_source) for row in plan.rows] == [
        (View.OBLIQUE_45_LEFT, ViewSource.GIVEN),
        (View.FRONTAL, ViewSource.SUGGESTED),
        (View.OTHER, ViewSource.NONE),
    ]
    assert [p.kind for p in plan.rows[2].problems] == [ProblemKind.NO_VIEW]
    assert not plan.rows[2].problems[0].blocking
    result = execute_plan(library, plan)
    assert [o.photo.view for o in result.outcomes] == [View.OBLIQUE_45_LEFT, View.FRONTAL, View.OTHER]


def test_a_row_moves_to_another_treatment_and_finds_its_day_there(library, treatment, tmp_path):
    from photofollow.domain.model import Treatment

    second = library.add(Treatment(treatment.patient_id, datetime(2024, 6, 1, 10, 0, tzinfo=CET)))
    june = library.add(Visit(second.id, VisitKind.FOLLOW_UP, datetime(2024, 6, 15, 9, 0, tzinfo=CET)))
    photo = jpeg(tmp_path / "june.jpg", 1, taken=datetime(2024, 6, 15, 11, 0))
    plan = plan_import(library, [photo], treatment, view=View.FRONTAL)
    assert plan.rows[0].target.visit_id is None and plan.rows[0].target.treatment_id == treatment.id
    plan.reassign(plan.rows[0], treatment=second, visits=library.visits_of(second.id))
    assert plan.rows[0].target == VisitTarget(second.id, VisitKind.FOLLOW_UP, date(2024, 6, 15), june.id)
    result = execute_plan(library, plan)
    assert isinstance(result.outcomes[0].photo, Photo) and result.outcomes[0].photo.visit_id == june.id


def test_skipped_rows_are_reported_and_not_imported(library, treatment, tmp_path):
    photo = jpeg(tmp_path / "a.jpg", 1, taken=datetime(2024, 3, 19, 9, 0))
    plan = plan_import(library, [photo], treatment, view=View.FRONTAL)
    plan.reassign(plan.rows[0], skip=True)
    result = execute_plan(library, plan)
    assert [o.status for o in result.outcomes] == ["skipped"]
    assert library.visits_of(treatment.id) == []


@pytest.mark.parametrize("zone_name", ["Europe/Amsterdam", "America/New_York"])
def test_grouping_follows_the_clinic_zone(library, treatment, tmp_path, zone_name):
    from datetime import timezone
    from zoneinfo import ZoneInfo

    # 23:30 UTC on the 19th is the 20th in Amsterdam and still the 19th in New York.
    late = jpeg(tmp_path / "late.jpg", 1, taken=datetime(2024, 3, 19, 23, 30), offset="+00:00")
    plan = plan_import(library, [late], treatment, view=View.FRONTAL, zone=ZoneInfo(zone_name))
    expected = date(2024, 3, 20) if zone_name == "Europe/Amsterdam" else date(2024, 3, 19)
    assert plan.rows[0].target.day == expected
    assert plan.rows[0].capture_time.tzinfo == timezone.utc


def test_a_typed_date_is_what_the_checks_judge(library, treatment, tmp_path):
    """A photo without a camera date, dated by the nurse: the capture-time check reads the typed date,
    not the file's (which copying changed)."""
    from photofollow.domain.model import CaptureTimeSource
    from photofollow.services import checking

    baseline = jpeg(tmp_path / "b.jpg", 1, taken=datetime(2024, 3, 5, 9, 0))
    undated = jpeg(tmp_path / "f.jpg", 2)
    plan = plan_import(library, [baseline, undated], treatment, view=View.FRONTAL)
    plan.reassign(plan.rows[1], capture_time=datetime(2024, 3, 19, 9, 0))
    result = execute_plan(library, plan)
    stored = [o.photo for o in result.outcomes]
    follow_up_visit = library.get(Visit, stored[1].visit_id)
    assert follow_up_visit.kind is VisitKind.FOLLOW_UP
    measurements = [checking.measure_photo(library.photo_path(photo)) for photo in stored]
    assert measurements[1].facts.capture_time_source is CaptureTimeSource.FILE  # the file itself
    report = checking.check_library_pair(
        measurements[0], measurements[1], checking.default_policy(), stored[1], treatment, follow_up_visit,
        baseline_photo=stored[0],
    )
    capture = next(check for check in report.checks if str(check.id) == "capture_time")
    assert str(capture.status) == "pass", capture.message
