"""The import dialog shows its plan before it acts: thumbnails, capture times and their source, the visit each
file goes to (grouped by capture date), problems row by row with a way to resolve them, and an Import button
that says what will happen. Real widgets, a real library and real JPEG files with EXIF dates."""

from __future__ import annotations

import os
from datetime import timedelta

from photofollow.domain.model import View, VisitKind
from photofollow.services.import_plan import ProblemKind, VisitTarget
from photofollow.ui.models import Outcome

from .library_helpers import TREATED, photo_files
from .photos import write_photo


def open_dialog(window, qtbot, files, visit_id=None):
    dialog = window.import_photos(files, visit_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    return dialog


def test_a_card_of_three_days_becomes_three_visits_in_the_plan(window, clinic, qtbot, tmp_path):
    morning = photo_files(tmp_path / "card", "treatment-day", 2, TREATED - timedelta(minutes=50))
    day3 = photo_files(tmp_path / "card", "day3", 2, TREATED + timedelta(days=3))
    month1 = photo_files(tmp_path / "card", "month1", 1, TREATED + timedelta(days=30))
    dialog = open_dialog(window, qtbot, morning + day3 + month1)
    assert dialog.visit_combo.currentData() is None  # no visit preselected: by capture date

    visits = dialog.plan.visits
    assert len(visits) == 3
    by_day = {planned.target.day: planned for planned in visits}
    assert by_day[TREATED.date()].target.visit_id == clinic.baseline.id  # that day's visit exists
    assert by_day[(TREATED + timedelta(days=3)).date()].target.kind is VisitKind.FOLLOW_UP
    assert by_day[(TREATED + timedelta(days=3)).date()].target.visit_id is None  # proposed
    assert dialog.import_button.text() == "&Import: 5 photo(s) into 3 visit(s) (2 new)"

    row = dialog._paths.index(day3[0])
    assert dialog.files.item(row, dialog.TAKEN).text().endswith("from camera")
    assert dialog.files.item(row, dialog.SINCE).text() == "Day 3"
    assert dialog.files.item(row, dialog.VISIT).text().startswith("new: Follow-up")
    assert dialog.thumbnail_of(day3[0]) is not None  # loaded on the pool (inline here)
    assert dialog.files.item(row, dialog.FILE).icon().isNull() is False

    dialog.accept()
    assert window.importer.model.counts()[Outcome.IMPORTED] == 5
    (treatment,) = window.record.treatments
    assert len(treatment.visits) == 4  # baseline, week 2, and the two new visits
    assert sum(len(v.photos) for v in treatment.visits) == 4 + 5


def test_a_photo_without_camera_date_needs_a_date_and_takes_the_one_typed(window, clinic, qtbot, tmp_path):
    undated = write_photo(tmp_path / "scan.jpg")  # no EXIF: the file's own date only
    os.utime(undated, (TREATED.timestamp() + 86400 * 40, TREATED.timestamp() + 86400 * 40))
    dated = photo_files(tmp_path, "week2", 1, TREATED + timedelta(days=14))
    dialog = open_dialog(window, qtbot, [undated, *dated])
    row = dialog.planned(undated)
    assert row.needs_date
    assert "file date: check" in dialog.files.item(0, dialog.TAKEN).text()
    assert "type the date" in dialog.files.item(0, dialog.PROBLEMS).text()
    assert dialog.import_button.text().endswith("1 need(s) a date")

    dialog.select_paths([undated])
    assert dialog.date_button.isEnabled()
    dialog.set_date([undated], TREATED + timedelta(days=14, hours=1))
    assert not dialog.planned(undated).needs_date
    assert dialog.files.item(0, dialog.TAKEN).text().endswith("typed in")
    assert dialog.files.item(0, dialog.SINCE).text() == "Week 2"
    assert dialog.import_button.text() == "&Import: 2 photo(s) into 1 visit(s) (0 new)"  # the Week 2 visit


def test_a_follow_up_before_the_treatment_is_flagged_and_held_back(window, clinic, qtbot, tmp_path):
    early = photo_files(tmp_path, "early", 1, TREATED - timedelta(days=12))
    dialog = open_dialog(window, qtbot, early, visit_id=clinic.follow_up.id)  # dropped on the Week 2 visit
    assert dialog.visit_combo.currentData() == clinic.follow_up.id
    kinds = {problem.kind for problem in dialog.planned(early[0]).problems}
    assert ProblemKind.FOLLOW_UP_BEFORE_TREATMENT in kinds
    assert "before the treatment" in dialog.files.item(0, dialog.PROBLEMS).text()
    assert not dialog.import_button.isEnabled()
    # Resolved by filing it by its capture date instead: a new baseline visit of its day.
    dialog.visit_combo.setCurrentIndex(0)
    assert dialog.planned(early[0]).target.kind is VisitKind.BASELINE
    assert dialog.import_button.isEnabled()


def test_reassigning_a_row_changes_what_the_import_button_says(window, clinic, qtbot, tmp_path):
    files = photo_files(tmp_path, "week2", 2, TREATED + timedelta(days=14))
    dialog = open_dialog(window, qtbot, files)
    assert dialog.import_button.text() == "&Import: 2 photo(s) into 1 visit(s) (0 new)"
    day = (TREATED + timedelta(days=14)).date()
    dialog.file_under([dialog.planned(files[1])], VisitTarget(clinic.treatment.id, VisitKind.FOLLOW_UP, day))
    assert dialog.import_button.text() == "&Import: 2 photo(s) into 2 visit(s) (1 new)"
    dialog.select_paths([files[0]])
    dialog.leave_out_button.click()
    assert dialog.import_button.text() == "&Import: 1 photo(s) into 1 visit(s) (1 new)"
    assert "left out" in dialog.files.item(0, dialog.PROBLEMS).text()
    dialog.set_view(files[1], View.CLOSE_UP)
    assert dialog.planned(files[1]).view is View.CLOSE_UP
    # The nurse's changes survive a new plan (another file added).
    dialog.add_paths(photo_files(tmp_path, "more", 1, TREATED + timedelta(days=14)))
    assert dialog.planned(files[0]).skip and dialog.planned(files[1]).view is View.CLOSE_UP
    dialog.accept()
    outcomes = {row.path.name: row.outcome for row in window.importer.model.rows()}
    assert outcomes == {
        "week2_0.jpg": Outcome.SKIPPED,
        "week2_1.jpg": Outcome.IMPORTED,
        "more_0.jpg": Outcome.IMPORTED,
    }


def test_a_row_can_go_to_another_patients_treatment(window, clinic, qtbot, tmp_path):
    from photofollow.domain.model import Treatment
    from photofollow.ui.import_dialog import OtherPatientDialog

    from .test_accessibility import answer_modal

    bram = next(p for p in window.patients_model.patients() if p.display_name == "Bram Bakker")
    theirs, _ = clinic.gateway.save_treatment(Treatment(bram.id, TREATED + timedelta(days=1)))
    files = photo_files(tmp_path, "shared-card", 2, TREATED + timedelta(days=15))
    dialog = open_dialog(window, qtbot, files)
    answer_modal(OtherPatientDialog, lambda other: (other.choose(bram.id), other.accept()))
    dialog._to_other_patient([dialog.planned(files[1])])
    assert dialog.planned(files[1]).target.treatment_id == theirs.id
    assert dialog.files.item(1, dialog.VISIT).text().startswith("Treatment of")
    assert dialog.import_button.text() == "&Import: 2 photo(s) into 2 visit(s) (2 new)"
    dialog.accept()
    record = clinic.gateway.patient_record(bram.id)
    assert [p.original_name for v in record.treatments[0].visits for p in v.photos] == ["shared-card_1.jpg"]
