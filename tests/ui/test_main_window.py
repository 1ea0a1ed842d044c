"""The main window on a real library: search, the timeline with verdicts, import by drop (with its results),
cancelling an import, opening a comparison, editing a pain score that is still there after reopening."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from photofollow.domain.checks import CHECK_ORDER, Verdict
from photofollow.domain.model import View, Visit, VisitKind
from photofollow.ui.compare import CompareWindow
from photofollow.ui.dialogs import VisitDialog
from photofollow.ui.main_window import MainWindow
from photofollow.ui.models import Outcome

from .library_helpers import TREATED, photo_files
from .photos import write_photo
from .test_accessibility import answer_modal


@pytest.fixture
def window(qtbot, clinic, inline_runner, settings):
    main = MainWindow(clinic.gateway, inline_runner, settings)
    qtbot.addWidget(main)
    main.resize(1300, 850)
    main.show()
    main.select_patient(clinic.patient.id)
    return main


def drop_files(widget, paths: list[Path]) -> None:
    """What the window system delivers when files are dragged from a file manager and dropped."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    position = QPointF(widget.rect().center())
    with warnings.catch_warnings():
        # Qt deprecates the QPoint constructor, yet PySide6 6.12 offers no other one for drag-enter events.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            position.toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget refused the drag"
    drop = QDropEvent(
        position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)


def test_search_as_you_type_filters_the_patient_list(window, qtbot):
    assert window.search_proxy.rowCount() == 2
    qtbot.keyClicks(window.search, "bak")
    assert window.search_proxy.rowCount() == 1
    assert window.search_proxy.index(0, 0).data().startswith("Bram Bakker")
    window.search.clear()
    qtbot.keyClicks(window.search, "c-1001")
    assert window.search_proxy.rowCount() == 1
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.record.patient.display_name == "Anna Jansen"


def test_timeline_shows_visits_labelled_and_a_verdict_per_follow_up_photo(window):
    (timeline,) = window.timeline.treatments
    titles = [header.title.text() for header in timeline.headers]
    assert titles == ["<b>Baseline</b>", "<b>Week 2</b>"]
    assert "Pain 2/10" in timeline.headers[1].details.text()
    thumbs = window.timeline.thumbs()
    assert len(thumbs) == 4
    follow_ups = [thumb for thumb in thumbs.values() if not thumb.baseline]
    # The follow-ups were taken much darker: the checks (run inline here) call them inconsistent.
    assert {thumb.report.verdict for thumb in follow_ups} == {Verdict.INCONSISTENT}
    assert all(thumb.text() == "Inconsistent" for thumb in follow_ups)
    assert all(thumb.image is not None for thumb in thumbs.values())  # thumbnails loaded from the cache
    assert [label.text() for label, _button, _view in timeline.view_labels] == [
        "<b>Frontal</b>",
        "<b>Oblique 45° left</b>",
    ]


def test_import_by_dropping_files_on_a_visit(window, clinic, qtbot, tmp_path):
    visit, _ = clinic.gateway.save_visit(
        Visit(clinic.treatment.id, VisitKind.FOLLOW_UP, TREATED.replace(day=5), None)
    )
    window.load_patient(clinic.patient.id)
    header = next(h for t in window.timeline.treatments for h in t.headers if h.record.visit.id == visit.id)
    files = photo_files(tmp_path / "day3", "day3", 2, TREATED.replace(day=5), shade=0.98)
    broken = tmp_path / "day3" / "broken.jpg"
    broken.write_bytes(files[0].read_bytes()[:2000])
    duplicate = clinic.sources / "baseline_0.jpg"
    drop_files(header, [tmp_path / "day3", duplicate])
    dialog = window.last_import_dialog
    assert dialog.visit_combo.currentData() == visit.id  # the visit the photos were dropped on
    assert [p.name for p in dialog._paths] == ["broken.jpg", "day3_0.jpg", "day3_1.jpg", "baseline_0.jpg"]
    dialog.set_view(files[0], View.FRONTAL)
    dialog.set_view(files[1], View.OBLIQUE_45_LEFT)
    assert dialog.import_button.isEnabled()
    dialog.accept()
    assert window.import_dock.isVisible()
    model = window.importer.model
    outcomes = {row.path.name: row for row in model.rows()}
    assert outcomes["day3_0.jpg"].outcome == Outcome.IMPORTED
    assert outcomes["baseline_0.jpg"].outcome == Outcome.DUPLICATE
    assert outcomes["broken.jpg"].outcome == Outcome.FAILED and "incomplete" in outcomes["broken.jpg"].reason
    # Each imported follow-up is checked against the baseline of its view; same light: consistent or review.
    assert outcomes["day3_0.jpg"].report is not None
    assert outcomes["day3_0.jpg"].report.verdict in (Verdict.CONSISTENT, Verdict.REVIEW)
    assert window.import_panel.summary.text() == "2 imported · 1 duplicate · 1 failed"
    # The timeline shows the new photos in their visit.
    record = next(v for t in window.record.treatments for v in t.visits if v.visit.id == visit.id)
    assert sorted(p.view for p in record.photos) == sorted([View.FRONTAL, View.OBLIQUE_45_LEFT])


def test_dropping_on_the_window_opens_the_import_for_the_patient_shown(window, clinic, qtbot, tmp_path):
    files = photo_files(tmp_path / "new", "new", 1, TREATED.replace(day=20))
    drop_files(window, files)
    qtbot.waitUntil(lambda: getattr(window, "last_import_dialog", None) is not None)
    dialog = window.last_import_dialog
    qtbot.waitUntil(lambda: dialog.visit_combo.count() > 0)
    assert dialog.patient_combo.currentData() == clinic.patient.id
    assert [p.name for p in dialog._paths] == ["new_0.jpg"]
    dialog.reject()


def test_cancelling_an_import_stops_between_files_and_lists_the_rest(window, clinic, tmp_path):
    files = photo_files(tmp_path / "many", "many", 5, TREATED.replace(day=9))
    # The inline runner applies each file's outcome at once: cancel as soon as the first one is in.
    window.importer.rows_added.connect(window.importer.cancel)
    from photofollow.ui.import_dialog import ImportRequest

    window.start_import(
        ImportRequest(
            files,
            clinic.patient.id,
            clinic.treatment.id,
            clinic.follow_up.id,
            dict.fromkeys(files, View.CLOSE_UP),
        )
    )
    counts = window.importer.model.counts()
    assert counts[Outcome.IMPORTED] == 1 and counts[Outcome.CANCELLED] == 4
    assert "4 not imported (cancelled)" in window.import_panel.summary.text()
    in_library = clinic.gateway.library.photos_of(clinic.follow_up.id)
    assert [p.original_name for p in in_library if p.view is View.CLOSE_UP] == ["many_0.jpg"]


def test_clicking_a_follow_up_thumbnail_opens_its_comparison(window, qtbot):
    follow_up = next(
        t for t in window.timeline.thumbs().values() if not t.baseline and t.photo.view is View.FRONTAL
    )
    qtbot.mouseClick(follow_up, Qt.MouseButton.LeftButton)
    (compare,) = window.compare_windows
    qtbot.addWidget(compare)
    assert isinstance(compare, CompareWindow)
    view = compare.view
    assert [p.kind for p in view.time_points] == [VisitKind.BASELINE, VisitKind.FOLLOW_UP]
    assert view.time_points[1].photo.original_path.name == f"{follow_up.photo.sha256}.jpg"
    assert view.columns[1].banner.isVisible()  # much darker: inconsistent, marked over the follow-up
    assert view.findings.model.rowCount() == len(CHECK_ORDER)  # every check, expression and make-up too
    assert "Anna Jansen" in compare.windowTitle() and "Frontal" in compare.windowTitle()
    # pytest-qt closes it (the window deletes itself on close, so closing it here too would close it twice)


def test_a_pain_score_edited_in_the_window_is_there_after_reopening_the_library(
    window, clinic, qtbot, inline_runner, settings
):
    header = window.timeline.treatments[0].headers[1]
    assert "Pain 2/10" in header.details.text()

    def edit(dialog: VisitDialog) -> None:
        dialog.pain_spin.setValue(7)
        dialog.symptoms.add_entry()
        dialog.symptoms.cellWidget(0, dialog.symptoms.AREA).setText("left cheek")
        dialog.accept()

    answer_modal(VisitDialog, edit)
    qtbot.mouseClick(header.edit_button, Qt.MouseButton.LeftButton)
    assert "Pain 7/10" in window.timeline.treatments[0].headers[1].details.text()
    window.close()

    gateway = clinic.reopen(settings)
    visit = gateway.library.get(Visit, clinic.follow_up.id)
    assert visit.pain_score == 7
    assert [entry.area for entry in gateway.library.symptom_entries_of(visit.id)] == ["left cheek"]
    again = MainWindow(gateway, inline_runner, settings)
    qtbot.addWidget(again)
    again.select_patient(clinic.patient.id)
    assert "Pain 7/10" in again.timeline.treatments[0].headers[1].details.text()
    assert "1 symptom entry" in again.timeline.treatments[0].headers[1].details.text()


def test_new_patient_from_the_search_text(window, qtbot):
    from photofollow.ui.dialogs import PatientDialog

    qtbot.keyClicks(window.search, "Mette Sørensen")
    answer_modal(PatientDialog, lambda dialog: (dialog.chart_edit.setText("C-3003"), dialog.accept()))
    window.new_patient()
    assert window.record.patient.display_name == "Mette Sørensen"
    assert window.patients_model.rowCount() == 3
    assert window.header.details.text().startswith("Chart C-3003")


def test_window_geometry_is_kept_in_the_settings(window, settings):
    window.resize(1111, 777)
    window.close()
    assert settings.get("window/geometry")


def test_unreadable_photo_in_the_import_dialog_gets_no_suggestion(qtbot, window, clinic, tmp_path):
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_text("not a photo")
    good = write_photo(tmp_path / "good.jpg")
    dialog = window.import_photos([not_a_photo, good])
    qtbot.addWidget(dialog)
    assert dialog.files.item(0, dialog.SUGGESTION).text() == "no suggestion (no face found)"
    assert dialog.view_of(not_a_photo) is View.OTHER
    dialog.reject()


def test_the_import_panel_lists_files_as_they_arrive_in_batches(window, clinic, tmp_path):
    files = photo_files(tmp_path / "batch", "batch", 3, TREATED.replace(day=11))
    from photofollow.ui.import_dialog import ImportRequest

    seen = []
    window.importer.rows_added.connect(lambda: seen.append(window.importer.model.rowCount()))
    window.start_import(
        ImportRequest(
            files,
            clinic.patient.id,
            clinic.treatment.id,
            clinic.follow_up.id,
            dict.fromkeys(files, View.CLOSE_UP),
        )
    )
    assert seen[-1] == 3 and seen == sorted(seen)
    assert QPoint(0, 0) is not None


def test_a_photo_filed_under_the_wrong_view_can_be_moved_from_its_thumbnail(window, clinic):
    thumb = next(
        t for t in window.timeline.thumbs().values() if not t.baseline and t.photo.view is View.FRONTAL
    )
    thumb.view_change_requested.emit(thumb.photo, View.LATERAL_90_LEFT)
    moved = clinic.gateway.library.get(type(thumb.photo), thumb.photo.id)
    assert moved.view is View.LATERAL_90_LEFT
    # The timeline now has a row for the new view, where that photo has no baseline to be checked against.
    (timeline,) = window.timeline.treatments
    assert View.LATERAL_90_LEFT in [view for _label, _button, view in timeline.view_labels]
    assert window.timeline.thumbs()[moved.id].text() == "No baseline"


def test_another_library_opens_in_the_same_window(window, clinic, tmp_path, settings):
    assert window.open_library(tmp_path / "second library")
    assert window.gateway.path.name == "second library"
    assert window.patients_model.rowCount() == 0 and window.record is None
    assert settings.library_location.endswith("second library")
    assert window.open_library(clinic.path)
    clinic.gateway = window.gateway  # the fixture closes whichever is open
    assert window.patients_model.rowCount() == 2


def test_creating_patient_treatment_and_visit_inside_the_import_dialog(window, qtbot, tmp_path):
    from photofollow.ui.dialogs import PatientDialog, TreatmentDialog, VisitDialog

    files = photo_files(tmp_path / "walk-in", "walk-in", 1, TREATED)
    dialog = window.import_photos(files)
    qtbot.addWidget(dialog)
    dialog.patient_combo.setCurrentIndex(-1)
    dialog.patient_combo.setEditText("Lotte de Wit")
    answer_modal(PatientDialog, lambda d: d.accept())
    dialog.new_patient_button.click()
    assert dialog.patient_combo.currentText().startswith("Lotte de Wit")
    assert dialog.treatment_combo.count() == 0 and not dialog.import_button.isEnabled()
    answer_modal(TreatmentDialog, lambda d: d.accept())
    dialog.new_treatment_button.click()
    assert dialog.treatment_combo.count() == 1
    answer_modal(VisitDialog, lambda d: (d.pain_spin.setValue(1), d.accept()))
    dialog.new_visit_button.click()
    # "By capture date", then the new visit, chosen for every file.
    assert dialog.visit_combo.count() == 2
    assert dialog.visit_combo.currentText().startswith("Baseline")  # the first visit of a treatment
    # The photo was taken in March, the visit made today: held back until the nurse accepts the dates.
    assert not dialog.import_button.isEnabled() and "held back" in dialog.import_button.text()
    dialog.accept_dates_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.accept()
    assert window.importer.model.counts()[Outcome.IMPORTED] == 1
    assert window.record.patient.display_name == "Lotte de Wit"
    assert window.patients_model.rowCount() == 3


def test_imported_baseline_photos_are_measured_and_cached_in_the_background(window, clinic, tmp_path):
    visit, _ = clinic.gateway.save_visit(
        Visit(clinic.treatment.id, VisitKind.BASELINE, TREATED.replace(hour=8), None)
    )
    window.load_patient(clinic.patient.id)
    header = next(h for t in window.timeline.treatments for h in t.headers if h.record.visit.id == visit.id)
    files = photo_files(tmp_path / "second-baseline", "base2", 2, TREATED.replace(hour=8), shade=1.0)
    drop_files(header, files)
    dialog = window.last_import_dialog
    for path in files:
        dialog.set_view(path, View.CLOSE_UP)
    dialog.accept()
    rows = [row for row in window.importer.model.rows() if row.outcome == Outcome.IMPORTED]
    assert len(rows) == 2
    record = next(v for t in window.record.treatments for v in t.visits if v.visit.id == visit.id)
    cached = [clinic.gateway.cached_measurements(photo) for photo in record.photos]
    assert len(cached) == 2 and all(m is not None for m in cached)  # no check asked: measured at import
    assert {(m.width, m.height) for m in cached} == {(m.facts.width, m.facts.height) for m in cached}


def test_a_file_measured_to_suggest_its_view_is_not_measured_again_after_import(
    window, clinic, tmp_path, monkeypatch
):
    from photofollow.services import checking

    measured: list[str] = []
    real_measure = checking.measure_photo

    def counting(path, *args, **kwargs):
        measured.append(Path(path).name)
        return real_measure(path, *args, **kwargs)

    monkeypatch.setattr(checking, "measure_photo", counting)
    visit, _ = clinic.gateway.save_visit(
        Visit(clinic.treatment.id, VisitKind.BASELINE, TREATED.replace(hour=8), None)
    )
    window.load_patient(clinic.patient.id)
    header = next(h for t in window.timeline.treatments for h in t.headers if h.record.visit.id == visit.id)
    files = photo_files(tmp_path / "again", "again", 2, TREATED.replace(hour=8), shade=1.0)
    drop_files(header, files)
    assert sorted(measured) == sorted(path.name for path in files)  # measured once, for the suggestion
    window.last_import_dialog.accept()
    record = next(v for t in window.record.treatments for v in t.visits if v.visit.id == visit.id)
    assert all(clinic.gateway.cached_measurements(photo) is not None for photo in record.photos)
    assert len(record.photos) == 2 and len(measured) == 2  # the library kept the suggestion's measurements


def test_the_timeline_orders_views_by_the_clinics_own_protocol(qtbot, clinic, inline_runner, settings):
    """A clinic whose policy lists the oblique view first sees it first in the timeline (the shipped policy
    lists frontal first)."""
    from photofollow.domain.model import View
    from photofollow.ui.main_window import MainWindow

    main = MainWindow(clinic.gateway, inline_runner, settings)
    qtbot.addWidget(main)
    main.select_patient(clinic.patient.id)
    assert main.timeline.treatments[0].views() == [View.FRONTAL, View.OBLIQUE_45_LEFT]

    (clinic.gateway.path / "policy.toml").write_text(
        '[protocols]\nface = ["oblique-45-left", "frontal"]\n', encoding="utf-8"
    )
    clinic.gateway.reload_policy()
    main.load_patient(clinic.patient.id)
    assert main.timeline.treatments[0].views() == [View.OBLIQUE_45_LEFT, View.FRONTAL]
