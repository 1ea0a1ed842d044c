"""The Qt-free sheet description: layouts, findings, symptom rows, pseudonyms (services/sheets.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from photofollow.domain.model import View, Visit, VisitKind
from photofollow.services.sheets import (
    AlignedTransform,
    CheckStatus,
    Orientation,
    SheetLayout,
    TimePoint,
    Verdict,
    build_sheet,
    findings_from_checks,
    pseudonym,
)


def test_one_view_is_a_row_over_time_with_findings_under_follow_ups_only(row_sheet):
    assert row_sheet.layout is SheetLayout.ROW
    assert row_sheet.orientation is Orientation.LANDSCAPE  # four time points
    assert [p.column for p in row_sheet.panels] == [0, 1, 2, 3]
    assert row_sheet.panels[0].kind is VisitKind.BASELINE and row_sheet.panels[0].findings is None
    assert all(p.findings is not None for p in row_sheet.panels[1:])
    assert [p.pain_score for p in row_sheet.panels] == [None, 4, 2, 7]
    assert row_sheet.panels[1].display_size == (400, 300)
    assert len(row_sheet.symptom_rows) == 2
    assert row_sheet.header.patient_name and not row_sheet.header.deidentified


def test_time_points_are_sorted_and_limited(row_sheet_parts):
    parts = dict(row_sheet_parts, time_points=list(reversed(row_sheet_parts["time_points"])))
    sheet = build_sheet(**parts)
    assert [p.taken_at for p in sheet.panels] == sorted(p.taken_at for p in sheet.panels)
    fifth = row_sheet_parts["time_points"][-1]
    later = replace(fifth, visit=replace(fifth.visit, visited_at=fifth.visit.visited_at + timedelta(days=30)))
    with pytest.raises(ValueError, match="at most 4"):
        build_sheet(**dict(row_sheet_parts, time_points=[*row_sheet_parts["time_points"], later]))
    two_views = dict(row_sheet_parts, views=[View.FRONTAL, View.OBLIQUE_45_LEFT])
    with pytest.raises(ValueError, match="at most 2"):
        build_sheet(**two_views)


def test_several_views_make_a_grid_of_two_visits(row_sheet_parts):
    points = row_sheet_parts["time_points"][:2]
    views = [View.FRONTAL, View.OBLIQUE_45_LEFT]
    grid_points = [
        TimePoint(p.visit, {v: replace(p.photos[View.FRONTAL], view=v) for v in views}, p.symptoms)
        for p in points
    ]
    sheet = build_sheet(**dict(row_sheet_parts, time_points=grid_points, views=views))
    assert sheet.layout is SheetLayout.GRID and sheet.orientation is Orientation.PORTRAIT
    assert sorted((p.row, p.column) for p in sheet.panels) == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert sheet.row_views == tuple(views)


def test_findings_keep_what_did_not_pass_worst_first():
    findings = findings_from_checks(
        "inconsistent",
        [("exposure", "warn", "a"), ("flash", "pass", "b"), ("roll", "skipped", "c"), ("lens", "fail", "d")],
    )
    assert findings.verdict is Verdict.INCONSISTENT
    assert [(line.check_id, line.status) for line in findings.lines] == [
        ("lens", CheckStatus.FAIL),
        ("exposure", CheckStatus.WARN),
        ("roll", CheckStatus.SKIPPED),
    ]


def test_pseudonym_is_stable_per_library_and_needs_a_salt():
    assert pseudonym(7, b"salt-a") == pseudonym(7, b"salt-a")
    assert pseudonym(7, b"salt-a") != pseudonym(8, b"salt-a")
    assert pseudonym(7, b"salt-a") != pseudonym(7, b"salt-b")
    assert len(pseudonym(7, b"salt-a")) == 8 and pseudonym(7, b"salt-a").isalnum()
    with pytest.raises(ValueError):
        pseudonym(7, b"")


def test_deidentified_description_drops_every_identifier(row_sheet_parts):
    sheet = build_sheet(**row_sheet_parts, deidentify=True)
    header = sheet.header
    assert header.deidentified and header.pseudonym
    assert header.patient_name is None and header.birth_date is None and header.chart_number is None
    with pytest.raises(ValueError, match="salt"):
        build_sheet(**dict(row_sheet_parts, pseudonym_salt=None), deidentify=True)


def test_visits_without_a_photo_of_the_view_leave_their_column_empty(row_sheet_parts):
    points = list(row_sheet_parts["time_points"])
    points[2] = TimePoint(points[2].visit, {}, ())
    sheet = build_sheet(**dict(row_sheet_parts, time_points=points))
    assert [p.column for p in sheet.panels] == [0, 1, 3]
    assert sheet.columns == 4
    empty = [TimePoint(Visit(3, VisitKind.FOLLOW_UP, points[0].visit.visited_at, id=99), {}, ())]
    with pytest.raises(ValueError, match="None of the chosen visits"):
        build_sheet(**dict(row_sheet_parts, time_points=empty))


def test_aligned_transform_from_a_registration_matrix():
    aligned = AlignedTransform.from_rows([[1, 0, 5], [0, 1, -3], [0, 0, 1]], (300, 400))
    assert aligned.matrix == (1.0, 0.0, 5.0, 0.0, 1.0, -3.0) and aligned.frame_size == (300, 400)
