"""The change in the comparison (issue 15) on real faces in a real library: the follow-up's change is measured
in the background, the panel beside the findings lists each region's numbers with their uncertainty and unit,
and the toggle draws redness up in red over the aligned follow-up."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import piexif
import pytest
from PIL import Image

from photofollow.domain.change import MeasureId, RegionId
from photofollow.domain.model import Area, Patient, Treatment, View, Visit, VisitKind
from photofollow.ui.library import open_library
from photofollow.ui.operations import Progress

from .library_helpers import TREATED

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "change"))


def _save(path: Path, rgb, taken) -> Path:
    exif = piexif.dump({"Exif": {piexif.ExifIFD.DateTimeOriginal: taken.strftime("%Y:%m:%d %H:%M:%S")}})
    Image.fromarray(rgb).save(path, quality=95, exif=exif)
    return path


@pytest.fixture
def face_library(tmp_path, settings, shared_dir):
    """A patient treated on the face: a real baseline photo and a follow-up with redness added on the left
    cheek, imported through the gateway."""
    from change_evaluation import add_redness

    from photofollow.imaging.decode import load_oriented_rgb
    from photofollow.services.change import measure_with_sample

    source = shared_dir / "corpus" / "faces" / "neutral" / "063_03.jpg"
    if not source.is_file():
        pytest.skip(f"the real faces ({source.parent}) are absent")
    rgb = load_oriented_rgb(source)
    folder = tmp_path / "sources"
    folder.mkdir()
    before = TREATED - timedelta(hours=1)
    after = TREATED + timedelta(hours=6)
    baseline_file = _save(folder / "baseline.jpg", rgb, before.replace(tzinfo=None))
    _, sample = measure_with_sample(baseline_file)
    reddened = add_redness(rgb, sample, RegionId.CHEEK_LEFT, 0.2)
    follow_file = _save(folder / "follow-up.jpg", reddened, after.replace(tzinfo=None))
    gateway = open_library(tmp_path / "library", settings)
    patient, _ = gateway.save_patient(Patient("Eva Visser", "C-3003"))
    treatment, _ = gateway.save_treatment(Treatment(patient.id, TREATED, Area.FACE, "skin", "Mesotherapy"))
    for kind, when, file in (
        (VisitKind.BASELINE, before, baseline_file),
        (VisitKind.FOLLOW_UP, after, follow_file),
    ):
        visit, _ = gateway.save_visit(
            Visit(treatment.id, kind, when, 3 if kind is VisitKind.FOLLOW_UP else 0)
        )
        gateway.import_files([file], visit.id, {file: View.FRONTAL}, Progress(), lambda _o: None)
    yield gateway, patient
    gateway.close()


def test_the_comparison_shows_the_change(qtbot, face_library, inline_runner, settings, tmp_path):
    from PySide6.QtWidgets import QTableWidget

    from photofollow.ui.main_window import MainWindow

    gateway, patient = face_library
    main = MainWindow(gateway, inline_runner, settings)
    qtbot.addWidget(main)
    main.show()
    main.select_patient(patient.id)
    record = main.record
    treatment = record.treatments[0]
    window = main.open_comparison(treatment, View.FRONTAL)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    view = window.view
    qtbot.waitUntil(lambda: view.change_panel.state in ("measured", "skipped", "failed"), timeout=60000)
    assert view.change_panel.state == "measured", view.change_panel.status.text()
    table: QTableWidget = view.change_panel.table
    rows = [table.verticalHeaderItem(row).text() for row in range(table.rowCount())]
    assert "Left cheek" in rows and "Forehead" in rows
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Redness (EI)", "Dark patches (%)", "Colour of dark patches (YI)", "Swelling (% IPD)"]
    cheek = table.item(rows.index("Left cheek"), 0)
    assert cheek.text().startswith("+") and "\u00b1" in cheek.text() and cheek.font().bold()
    assert (
        "Baseline" in cheek.toolTip() and "in the follow-up" in cheek.toolTip()
    )  # the share above its level
    assert "do not diagnose" in view.change_panel.note.text()
    # The toggle draws the overlay on the follow-up only.
    assert view.change_panel.toggle.isEnabled()
    view.change_panel.toggle.setChecked(True)
    follow_layer = view._layers[1]
    assert follow_layer.overlay is not None and view._layers[0].overlay is None
    window.grab().save(str(tmp_path / "comparison.png"))
    # The recovery chart holds the follow-up (6 h after the treatment) with its measured change, the pain
    # score, and the usual course of mesotherapy from the policy.
    series = view.recovery_chart.series
    assert len(series.points) == 1 and series.points[0].hours == pytest.approx(6.0)
    assert series.points[0].pain_score == 3
    assert series.points[0].measures[MeasureId.REDNESS].region == RegionId.CHEEK_LEFT
    assert series.usual_hours[MeasureId.REDNESS] == 24.0
    view.change_tabs.setCurrentWidget(view.recovery_chart)
    window.grab().save(str(tmp_path / "recovery.png"))
    view.change_panel.toggle.setChecked(False)
    assert follow_layer.overlay is None


def test_the_main_window_charts_each_treatment_s_recovery(
    qtbot, face_library, inline_runner, settings, tmp_path
):
    """The timeline shows the treatment's recovery chart (issue 15 §2: on screen, per treatment), measured
    from the library's change samples; it folds away and comes back."""
    from photofollow.ui.main_window import MainWindow

    gateway, patient = face_library
    main = MainWindow(gateway, inline_runner, settings)
    qtbot.addWidget(main)
    main.resize(1200, 900)
    main.show()
    main.select_patient(patient.id)
    (timeline,) = main.timeline.treatments
    recovery = timeline.recovery
    assert recovery is not None and recovery.views == [View.FRONTAL]
    assert recovery.toggle.text() == "Recovery chart"
    qtbot.waitUntil(recovery.chart.isVisible)  # the timeline's widgets are shown in a later turn
    qtbot.waitUntil(lambda: len(recovery.chart.series.points) == 1 and recovery.measuring == 0, timeout=60000)
    (point,) = recovery.chart.series.points
    assert point.hours == pytest.approx(6.0) and point.pain_score == 3
    assert point.measures[MeasureId.REDNESS].region == RegionId.CHEEK_LEFT
    assert point.colour is not None and point.colour.unit == "YI"
    assert recovery.chart.series.usual_hours[MeasureId.REDNESS] == 24.0
    main.grab().save(str(tmp_path / "main-window-recovery.png"))
    recovery.grab().save(str(tmp_path / "main-window-recovery-chart.png"))
    recovery.toggle.setChecked(False)
    assert not recovery.chart.isVisible()
    recovery.toggle.setChecked(True)
    assert recovery.chart.isVisible() and len(recovery.chart.series.points) == 1


def test_the_sheet_carries_the_recovery_chart_of_every_view(face_library, tmp_path):
    """The sheet's recovery covers each of the treatment's views, not only the sheet's: an oblique photo
    pair (the same faces saved again, so new files) added to the same visits gets its own chart."""
    from photofollow.imaging.decode import load_oriented_rgb
    from photofollow.reporting.render import page_count, render_sheet_to_images
    from photofollow.services.sheets import sheet_from_library

    gateway, patient = face_library
    record = gateway.patient_record(patient.id).treatments[0]
    for visit in record.visits:
        (photo,) = visit.photos
        again = tmp_path / f"oblique-{visit.visit.kind.value}.jpg"
        taken = photo.capture_time.replace(tzinfo=None)
        _save(again, load_oriented_rgb(gateway.photo_files(photo).original), taken)
        gateway.import_files(
            [again], visit.visit.id, {again: View.OBLIQUE_45_LEFT}, Progress(), lambda _o: None
        )
    treatment = record.treatment
    sheet = sheet_from_library(gateway.path, patient=patient.id, treatment=treatment.id, view=View.FRONTAL)
    assert [view for view, _series in sheet.recoveries] == [View.FRONTAL, View.OBLIQUE_45_LEFT]
    for _view, series in sheet.recoveries:
        (point,) = series.points
        assert point.measures[MeasureId.REDNESS].region == RegionId.CHEEK_LEFT
        assert point.measures[MeasureId.REDNESS].beyond_uncertainty
        assert point.colour is not None
    assert sheet.recovery is sheet.recoveries[0][1]
    pages = render_sheet_to_images(sheet, dpi=60)
    assert len(pages) == page_count(sheet) >= 2
    pages[-1].save(str(tmp_path / "recovery-page.png"))
