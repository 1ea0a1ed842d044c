"""The export dialog of a comparison on a real library with real photos: a preview rendered off the GUI
thread, de-identify, paper and orientation, saving PDF and images, a read-only folder, printing to PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from shiboken6 import isValid

from photofollow.domain.model import SymptomEntry, Trend
from photofollow.services.sheets import Orientation, PageSize
from photofollow.ui.export_dialog import ExportDialog, default_page_size, suggested_file_stem
from photofollow.ui.main_window import MainWindow
from photofollow.ui.settings import Settings

from .library_helpers import TREATED
from .test_accessibility import activate, answer_modal, assert_accessible, focus_walk, key

BASELINE_COLOUR = (200, 150, 120)  # library_helpers.photo_files: the baseline's flat colour
FOLLOW_UP_COLOUR = (110, 82, 66)  # the same at shade 0.55


@pytest.fixture
def window(qtbot, clinic, threaded_runner, settings):
    main = MainWindow(clinic.gateway, threaded_runner, settings)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    main.select_patient(clinic.patient.id)
    threaded_runner.wait_idle(30)
    qtbot.waitUntil(lambda: main.record is not None and bool(main.timeline.thumbs()))
    return main


def open_export(window: MainWindow, qtbot) -> tuple[object, ExportDialog]:
    """Comparison of the follow-up, then Comparison > Export sheet…; returns once the preview is shown."""
    treatment = window.record.treatments[0]
    follow_up = next(t for t in window.timeline.thumbs().values() if not t.baseline)
    compare = window.open_comparison(treatment, follow_up.photo.view, follow_up.photo)
    compare.export_action.trigger()
    dialog = compare.export_dialog  # a child of the comparison: closed with it, deleted on close
    wait_for_preview(dialog, qtbot)
    return compare, dialog


def wait_for_preview(dialog: ExportDialog, qtbot) -> None:
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog._rendering, timeout=30000)


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    rows = data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3]
    return rows.reshape(image.height(), image.width(), 3).copy()  # the converted image dies on return


def count_near(image: QImage, colour: tuple[int, int, int], tolerance: int = 14) -> int:
    difference = np.abs(pixels(image).astype(int) - np.array(colour)).max(axis=2)
    return int((difference <= tolerance).sum())


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def finish(runner, handle) -> None:
    assert runner.wait_idle(30)
    assert handle.finished


# -- preview ---------------------------------------------------------------------------------------------


def test_the_dialog_opens_from_the_comparison_with_a_preview_of_the_photos(window, qtbot):
    treatment = window.record.treatments[0]
    follow_up = next(t for t in window.timeline.thumbs().values() if not t.baseline)
    compare = window.open_comparison(treatment, follow_up.photo.view, follow_up.photo)
    compare.export_action.trigger()
    dialog = compare.export_dialog
    # The sheet is made and drawn on a thread: the dialog is up at once, busy, with nothing to save yet.
    assert dialog.isVisible() and dialog._rendering
    assert dialog.busy_bar.isVisibleTo(dialog) and not dialog.save_pdf_button.isEnabled()
    wait_for_preview(dialog, qtbot)
    assert not dialog.busy_bar.isVisibleTo(dialog) and dialog.save_pdf_button.isEnabled()

    page = dialog.pages[0]
    assert dialog.page_label.text() == "Page 1 of 1"
    # Both photos are on the page (not a blank or a placeholder): their flat colours cover real areas.
    assert count_near(page, BASELINE_COLOUR) > 2000
    assert count_near(page, FOLLOW_UP_COLOUR) > 2000
    # The widget shows that page: its grab holds the same photo colours.
    shown = dialog.preview.grab().toImage()
    assert count_near(shown, BASELINE_COLOUR) > 500
    assert dialog.sheet.header.patient_name == "Anna Jansen"
    assert dialog.aligned_box.isChecked() == compare.view.aligned  # preset from the comparison
    # Opening it again raises the same dialog rather than a second one.
    compare.export_action.trigger()
    assert compare.export_dialog is dialog
    dialog.show()
    assert_accessible(dialog)
    for button in (dialog.save_pdf_button, dialog.save_image_button, dialog.print_button):
        assert "(Ctrl+" in button.toolTip()  # the keys are documented where the mouse finds them
    # Tab reaches every control in reading order: options, outputs, Close.
    activate(qtbot, dialog)
    walked = focus_walk(dialog.page_size_combo, 10)
    assert walked[:9] == [
        dialog.page_size_combo,
        dialog.orientation_combo,
        dialog.purpose_combo,
        dialog.deidentify_box,
        dialog.aligned_box,
        dialog.save_pdf_button,
        dialog.save_image_button,
        dialog.print_button,
        dialog.close_button,
    ]


def test_de_identify_rerenders_without_name_birth_date_or_chart_number(window, qtbot, settings, tmp_path):
    compare, dialog = open_export(window, qtbot)
    named = dialog.pages[0].copy()
    assert "C-1001" in suggested_file_stem(dialog.sheet)

    dialog.deidentify_box.setChecked(True)
    assert dialog._rendering  # the option started a new render; the old page stays, dimmed
    wait_for_preview(dialog, qtbot)
    header = dialog.sheet.header
    assert header.deidentified and header.pseudonym
    assert header.patient_name is None and header.birth_date is None and header.chart_number is None
    assert (pixels(dialog.pages[0]) != pixels(named)).any()
    stem = suggested_file_stem(dialog.sheet)
    assert "Anna" not in stem and "C-1001" not in stem and header.pseudonym in stem

    target = tmp_path / "deidentified.pdf"
    finish(dialog.runner, dialog.save_to(target))
    text = pdf_text(target)
    assert "Anna Jansen" not in text and "C-1001" not in text
    assert f"Patient {header.pseudonym}" in text
    assert "de-identified" in text.lower()

    # Remembered for the next sheet (in the test's own settings file, never the user's).
    assert settings.get("export/deidentify") is True
    again = ExportDialog(dialog.source._factory, dialog.runner, Settings(settings.path))
    qtbot.addWidget(again)
    assert again.deidentify_box.isChecked()
    wait_for_preview(again, qtbot)
    assert again.sheet.header.patient_name is None


def test_paper_size_and_orientation_change_the_page(window, qtbot, settings):
    _compare, dialog = open_export(window, qtbot)

    def choose(combo, value) -> None:
        combo.setCurrentIndex(combo.findData(value))
        wait_for_preview(dialog, qtbot)

    choose(dialog.orientation_combo, Orientation.PORTRAIT.value)
    choose(dialog.page_size_combo, PageSize.A4.value)
    a4 = dialog.pages[0]
    choose(dialog.page_size_combo, PageSize.LETTER.value)
    letter = dialog.pages[0]
    assert dialog.sheet.page_size is PageSize.LETTER
    assert a4.height() / a4.width() == pytest.approx(297 / 210, abs=0.01)
    assert letter.height() / letter.width() == pytest.approx(279.4 / 215.9, abs=0.01)
    choose(dialog.orientation_combo, Orientation.LANDSCAPE.value)
    landscape = dialog.pages[0]
    assert landscape.width() / landscape.height() == pytest.approx(279.4 / 215.9, abs=0.01)
    # Automatic: two visits of one view read best on a portrait page (services.sheets.default_orientation).
    choose(dialog.orientation_combo, "auto")
    assert dialog.sheet.orientation is Orientation.PORTRAIT
    assert dialog.orientation_combo.currentText() == "Automatic (portrait)"
    assert settings.get("export/page_size") == "letter" and settings.get("export/orientation") == "auto"


def test_options_changed_while_rendering_end_on_the_last_choice(window, qtbot):
    _compare, dialog = open_export(window, qtbot)
    dialog.page_size_combo.setCurrentIndex(dialog.page_size_combo.findData(PageSize.LETTER.value))
    dialog.deidentify_box.setChecked(True)
    dialog.orientation_combo.setCurrentIndex(dialog.orientation_combo.findData(Orientation.LANDSCAPE.value))
    dialog.deidentify_box.setChecked(False)
    wait_for_preview(dialog, qtbot)
    sheet = dialog.sheet
    assert (sheet.page_size, sheet.orientation) == (PageSize.LETTER, Orientation.LANDSCAPE)
    assert sheet.header.patient_name == "Anna Jansen"
    assert dialog.pages[0].width() > dialog.pages[0].height()


def test_locale_chooses_letter_in_north_america_and_a4_elsewhere():
    assert default_page_size(QLocale("en_US")) is PageSize.LETTER
    assert default_page_size(QLocale("fr_CA")) is PageSize.LETTER
    for name in ("en_GB", "nl_NL", "da_DK", "de_DE"):
        assert default_page_size(QLocale(name)) is PageSize.A4


# -- saving and printing -----------------------------------------------------------------------------------


def test_save_pdf_and_images_with_the_captions_and_say_where_they_went(window, qtbot, tmp_path):
    compare, dialog = open_export(window, qtbot)
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    finish(dialog.runner, dialog.save_to(target))
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    for caption in ("Anna Jansen", "C-1001", "Baseline", "Week 2", "Frontal", "Pain 2/10"):
        assert caption in text
    assert str(target) in compare.statusBar().currentMessage()
    assert str(target) in dialog.result_label.text()
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no partial file left

    jpeg = tmp_path / "out" / "sheet.jpg"
    finish(dialog.runner, dialog.save_to(jpeg))
    image = QImage(str(jpeg))
    assert image.format() != QImage.Format.Format_Invalid and count_near(image, BASELINE_COLOUR, 20) > 2000
    assert str(jpeg) in compare.statusBar().currentMessage()


def test_save_pdf_by_keyboard_offers_a_name_in_the_folder_used_last(window, qtbot, tmp_path):
    _compare, dialog = open_export(window, qtbot)
    activate(qtbot, dialog)
    target = tmp_path / "chosen.pdf"
    offered = []

    def save(file_dialog: QFileDialog) -> None:
        offered.append(file_dialog.selectedFiles()[0])
        file_dialog.selectFile(str(target.with_suffix("")))  # no suffix typed: .pdf is added
        file_dialog.accept()

    answer_modal(QFileDialog, save)
    key("Ctrl+S", dialog)
    assert dialog.runner.wait_idle(30)
    assert Path(offered[0]).name == suggested_file_stem(dialog.sheet) + ".pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog._suggested_path(".png") == str(tmp_path / (suggested_file_stem(dialog.sheet) + ".png"))


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder the running user cannot write to: a read-only bind mount as root, else chmod 555."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    mounted = False
    if os.geteuid() == 0:
        steps = (
            ["mount", "--bind", str(folder), str(folder)],
            ["mount", "-o", "remount,ro,bind", str(folder)],
        )
        for step in steps:
            if subprocess.run(step, capture_output=True).returncode != 0:
                subprocess.run(["umount", str(folder)], capture_output=True)
                pytest.skip("running as root without the right to mount a read-only folder")
        mounted = True
    else:
        folder.chmod(0o555)
    try:
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], capture_output=True)
        folder.chmod(0o755)


def test_saving_into_a_read_only_folder_names_the_file_and_writes_nothing(window, qtbot, read_only_folder):
    compare, dialog = open_export(window, qtbot)
    for name in ("sheet.pdf", "sheet.png"):
        target = read_only_folder / name
        finish(dialog.runner, dialog.save_to(target))
        box = dialog.error_box
        assert box is not None and box.isVisible()
        assert str(target) in box.text()
        assert "writable" in box.text()  # says what to do
        box.close()
        assert dialog.save_pdf_button.isEnabled()  # the dialog stays usable for another try
    assert list(read_only_folder.iterdir()) == []
    assert "sheet" not in compare.statusBar().currentMessage()


def test_print_to_a_pdf_printer_without_the_system_dialog(window, qtbot, tmp_path):
    compare, dialog = open_export(window, qtbot)
    dialog.page_size_combo.setCurrentIndex(dialog.page_size_combo.findData(PageSize.LETTER.value))
    wait_for_preview(dialog, qtbot)
    from photofollow.reporting.printing import new_printer

    printer = new_printer(dialog.sheet)  # preset as the system dialog would show it
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    finish(dialog.runner, dialog.print_to(printer))
    text = pdf_text(target)
    assert "Anna Jansen" in text and "Week 2" in text
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    if info:
        assert "612 x 792 pts" in info  # Letter, portrait
    assert str(target) in compare.statusBar().currentMessage()


def test_print_opens_the_system_dialog_and_cancel_prints_nothing(window, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog

    compare, dialog = open_export(window, qtbot)
    seen = []

    def cancel(print_dialog: QPrintDialog) -> None:
        seen.append(print_dialog.windowTitle())
        print_dialog.reject()

    answer_modal(QPrintDialog, cancel)
    dialog.print_button.click()
    assert seen == ["Print comparison sheet"]
    assert not dialog._writing and compare.statusBar().currentMessage() == ""


# -- pages -------------------------------------------------------------------------------------------------


def test_a_long_symptom_log_makes_pages_browsed_by_keys(window, clinic, qtbot, tmp_path):
    entries = [
        SymptomEntry(
            clinic.follow_up.id,
            TREATED + timedelta(days=1, hours=index),
            f"cheek {index}",
            index % 11,
            Trend.BETTER,
            "redness and a little swelling that the patient noted in the evening " * 2,
        )
        for index in range(45)
    ]
    clinic.gateway.save_visit(clinic.follow_up, entries)
    compare, dialog = open_export(window, qtbot)
    count = len(dialog.pages)
    assert count >= 2 and dialog.page_label.text() == f"Page 1 of {count}"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    activate(qtbot, dialog)
    dialog.page_size_combo.setFocus()
    size = dialog.page_size_combo.currentIndex()
    key("PgDown")
    assert dialog.page_index == 1 and dialog.page_label.text() == f"Page 2 of {count}"
    assert dialog.page_size_combo.currentIndex() == size  # the page key did not change the paper
    assert dialog.preview.image is dialog.pages[1] or dialog.preview.image == dialog.pages[1]
    key("PgUp")
    assert dialog.page_index == 0
    # As images: one file per page, the message counts the ones beside the first.
    target = tmp_path / "long.png"
    finish(dialog.runner, dialog.save_to(target))
    assert {p.name for p in tmp_path.glob("long*.png")} == {"long.png"} | {
        f"long-p{number}.png" for number in range(2, count + 1)
    }
    expected = f"and {count - 1} more page"  # "page(s)" until English plural forms are installed
    assert expected in dialog.result_label.text() and str(target) in compare.statusBar().currentMessage()
    key("Esc")
    QApplication.processEvents()
    assert not isValid(dialog) and compare.isVisible()


def test_a_patient_sharing_a_name_without_chart_numbers_still_exports(window, clinic, qtbot):
    from dataclasses import replace

    from photofollow.domain.model import Patient

    clinic.gateway.save_patient(replace(clinic.patient, chart_number=None))
    clinic.gateway.save_patient(Patient(clinic.patient.display_name))  # a namesake, no chart number either
    window.load_patient(clinic.patient.id)
    qtbot.waitUntil(lambda: window.record is not None and bool(window.timeline.thumbs()))
    compare, dialog = open_export(window, qtbot)
    assert dialog._failure == ""
    assert dialog.sheet.header.patient_name == clinic.patient.display_name
    assert dialog.sheet.header.treatment_at == clinic.treatment.performed_at  # this patient's treatment
    compare.close()
