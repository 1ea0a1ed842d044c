"""Accessibility on real windows: every control named, labels tied to their fields, one action per key,
everything reachable by keyboard alone, and the findings readable without colour."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QImage, QKeySequence, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus, PairReport, Verdict, verdict_of
from photofollow.domain.model import PhotoFacts, View, VisitKind
from photofollow.ui.compare import CompareWindow, ComparisonMode
from photofollow.ui.compare.findings import FindingsPanel
from photofollow.ui.compare.view import MODE_SHORTCUTS
from photofollow.ui.dialogs import PatientDialog, TreatmentDialog, VisitDialog
from photofollow.ui.icons import status_icon
from photofollow.ui.main_window import MainWindow
from photofollow.ui.settings_dialog import SettingsDialog
from photofollow.ui.timeline import PhotoThumb

from .photos import write_photo, write_preview
from .test_compare import report_with, time_point

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


@pytest.fixture
def window(qtbot, clinic, inline_runner, settings):
    main = MainWindow(clinic.gateway, inline_runner, settings)
    qtbot.addWidget(main)
    main.resize(1300, 850)
    main.show()
    main.select_patient(clinic.patient.id)
    activate(qtbot, main)
    return main


@pytest.fixture
def comparison(qtbot, inline_runner, settings, tmp_path):
    """A comparison window of a baseline and three follow-ups, registered (so Aligned can be switched)."""
    shift = ((1.0, 0.0, -60.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
    points = []
    for index, days in enumerate((-1, 3, 14, 90)):
        path = write_photo(
            tmp_path / f"p{index}.jpg", colour=(50 * index + 40, 80, 80), mark=(100, 100, 160, 160)
        )
        preview = write_preview(path, tmp_path / f"p{index}.preview.jpg", 300)
        kind = VisitKind.BASELINE if index == 0 else VisitKind.FOLLOW_UP
        statuses = {CheckId.EXPOSURE: CheckStatus.FAIL} if index == 2 else {}
        report = None if index == 0 else report_with(statuses, shift)
        points.append(time_point(path, preview, kind, days, report, pain=index))
    compare = CompareWindow(inline_runner, settings, None, "Anna Jansen — Frontal", export_sheet=lambda: None)
    compare.view.set_time_points(points)
    compare.view.set_mode(ComparisonMode.SIDE_BY_SIDE)
    compare.show()
    activate(qtbot, compare)
    yield compare
    if isValid(compare):  # deletes itself on close
        compare.close()


def activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def key(sequence: str, widget: QWidget | None = None) -> None:
    """Type `sequence` ("Ctrl+2", "Esc") on the focused widget, as a keyboard user does."""
    target = widget or QApplication.focusWidget() or QApplication.activeWindow()
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def tab_until(condition, limit: int = 60) -> QWidget:
    """Press Tab until the focused widget meets `condition`; fails when the focus goes round without it."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is not None and condition(focused):
            return focused
        key("Tab", focused)
    raise AssertionError("Tab never reached the control")


def answer_modal(dialog_type, action) -> None:
    """Act on the next modal dialog of `dialog_type` once it is open (exec() blocks the test otherwise)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_type):
            action(dialog)
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


# -- names -----------------------------------------------------------------------------------------------


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    """The line edit of a spin box or combo box, a view's header, a tab widget's bar: parts of one control
    whose name is the whole control's."""
    if isinstance(widget, QHeaderView | QScrollBar | QTabBar):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls with neither an accessible name, nor a text, nor a label whose buddy they are."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if _inside_composite(widget, root):
            continue
        text = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName().strip() or text or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} under {type(widget.parentWidget()).__name__}")
    return missing


def labels_without_fields(root: QWidget) -> list[str]:
    """Visible labels that name a field (they end in ':') but are tied to none."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root) and label.text().rstrip().endswith(":") and label.buddy() is None
    ]


def shortcut_owners(window: QWidget) -> dict[str, list[str]]:
    """Every key of a window: action shortcuts, button and label mnemonics, the menu bar's Alt keys."""
    owners: dict[str, list[str]] = {}

    def add(sequence: QKeySequence, owner: str) -> None:
        if not sequence.isEmpty():
            owners.setdefault(sequence.toString(), []).append(owner)

    actions = {id(action): action for action in window.findChildren(QAction)}
    actions.update({id(action): action for action in window.actions()})
    for action in actions.values():
        for sequence in action.shortcuts():
            add(sequence, f"action {action.text()!r}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            add(button.shortcut(), f"button {button.text()!r}")
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window):
            add(QKeySequence.mnemonic(label.text()), f"label {label.text()!r}")
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            add(QKeySequence.mnemonic(action.text()), f"menu {action.text()!r}")
    return owners


def assert_accessible(root: QWidget) -> None:
    assert unnamed_controls(root) == []
    assert labels_without_fields(root) == []
    clashes = {key: owners for key, owners in shortcut_owners(root).items() if len(owners) > 1}
    assert clashes == {}


def test_the_main_window_names_every_control_and_gives_each_key_one_action(window):
    window.import_dock.show()
    assert window.timeline.thumbs()  # the walk covers thumbnails, visit and treatment buttons
    assert_accessible(window)
    for action in (
        window.import_action,
        window.settings_action,
        window.quit_action,
        window.new_patient_action,
    ):
        assert not action.shortcut().isEmpty(), action.text()  # also where the platform defines none
    native = window.settings_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert native in window.settings_action.toolTip()  # the toolbar's tooltips name the keys


def test_dialogs_name_every_field_and_keep_their_alt_keys_apart(window, settings, clinic, qtbot):
    visit = VisitDialog(clinic.treatment.id, None, [], VisitKind.FOLLOW_UP, window)
    visit.symptoms.add_entry()
    dialogs = [
        visit,
        PatientDialog(None, window),
        TreatmentDialog(clinic.patient.id, None, window),
        SettingsDialog(settings, clinic.gateway, window),
        window.import_photos([clinic.sources / "baseline_0.jpg", clinic.sources / "week2_0.jpg"]),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert_accessible(dialog)
        if isinstance(dialog, SettingsDialog):
            dialog.tabs.setCurrentIndex(1)
            assert_accessible(dialog)
        dialog.reject()
    assert visit.symptoms.cellWidget(0, visit.symptoms.SEVERITY).accessibleName() == (
        "Severity from 0 to 10, entry 1"
    )


def focus_walk(start: QWidget, count: int) -> list[QWidget]:
    start.setFocus()
    seen = []
    for _ in range(count):
        focused = QApplication.focusWidget()
        if not seen or seen[-1] is not focused:  # a date field takes one Tab per section
            seen.append(focused)
        key("Tab", focused)
    return seen


def test_tab_goes_through_the_dialogs_in_reading_order_and_out_of_their_tables(window, clinic, qtbot):
    dialog = VisitDialog(clinic.treatment.id, None, [], VisitKind.FOLLOW_UP, window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.add_button.setFocus()
    key("Space")  # Add entry, by keyboard: the focus goes into the new entry
    table = dialog.symptoms
    assert QApplication.focusWidget() is table.cellWidget(0, table.STARTED)
    walk = focus_walk(dialog.notes_edit, 20)
    fields = [table.cellWidget(0, column) for column in range(table.columnCount())]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert walk[:8] == [dialog.notes_edit, table, *fields, dialog.add_button]
    assert ok in walk  # not kept in the table
    dialog.reject()

    files = [clinic.sources / "baseline_0.jpg", clinic.sources / "week2_0.jpg"]
    importing = window.import_photos(files)
    qtbot.addWidget(importing)
    activate(qtbot, importing)
    walk = focus_walk(importing.patient_combo, 13)
    views = [importing.files.cellWidget(row, importing.VIEW) for row in range(2)]
    assert walk[:12] == [
        importing.patient_combo,
        importing.new_patient_button,
        importing.treatment_combo,
        importing.new_treatment_button,
        importing.visit_combo,
        importing.new_visit_button,
        importing.files,
        *views,
        importing.add_files_button,
        importing.add_folder_button,
        importing.remove_button,
    ]
    importing.reject()


def test_the_comparison_names_its_controls_and_lists_its_keys_in_menus_and_tooltips(comparison):
    view = comparison.view
    assert_accessible(comparison)
    # Link switches say whose they are; the photos say how to drive them by keyboard.
    names = [column.link.accessibleName() for column in view.columns]
    assert len(set(names)) == len(names) and "Week 2" in names[2]
    assert "arrow keys" in view.panes[0].accessibleDescription()
    for mode, shortcut in MODE_SHORTCUTS.items():
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        assert native in view.mode_buttons[mode].toolTip()
        assert view.mode_actions[mode] in comparison.view_menu.actions()
    in_menus = {a for menu in (comparison.view_menu, comparison.comparison_menu) for a in menu.actions()}
    for action in (
        view.aligned_action,
        view.zoom_in_action,
        view.fit_action,
        view.one_to_one_action,
        view.next_follow_up_action,
        comparison.export_action,
        comparison.close_action,
    ):
        assert action in in_menus and not action.shortcut().isEmpty()
    # The follow-up list carries the verdict in words, not only its icon.
    assert [view.follow_up_combo.itemText(i).split(" · ")[1] for i in range(3)] == [
        "Consistent",
        "Inconsistent",
        "Consistent",
    ]


# -- keyboard alone --------------------------------------------------------------------------------------


def test_a_comparison_opens_from_the_timeline_with_the_keyboard_alone(window, qtbot):
    key("Ctrl+F", window)
    assert QApplication.focusWidget() is window.search
    QTest.keyClicks(window.search, "C-1001")
    key("Return")
    assert QApplication.focusWidget() is window.patient_list
    thumb = tab_until(lambda w: isinstance(w, PhotoThumb) and not w.baseline and w.photo.view is View.FRONTAL)
    key("Return")
    (compare,) = window.compare_windows
    assert compare.view.time_points[1].photo.original_path.name == f"{thumb.photo.sha256}.jpg"
    activate(qtbot, compare)
    key("Esc")
    qtbot.waitUntil(lambda: not window.compare_windows)


def test_every_mode_aligned_zoom_and_follow_ups_by_keyboard(comparison, qtbot):
    view = comparison.view
    for mode, shortcut in MODE_SHORTCUTS.items():
        key(shortcut)
        assert view.mode is mode
        assert view.mode_actions[mode].isChecked() and view.mode_buttons[mode].isChecked()
    # Quick toggle puts the focus on the photo, where Space switches it.
    assert QApplication.focusWidget() is view.panes[0]
    shown = view.panes[0].shown
    key("Space")
    assert view.panes[0].shown != shown
    key(MODE_SHORTCUTS[ComparisonMode.SIDE_BY_SIDE])

    assert view.aligned
    key("A")
    assert not view.aligned and not view.aligned_button.isChecked()
    key("A")
    assert view.aligned

    # Zoom from anywhere in the window: every linked photo follows.
    key("Ctrl++")
    assert view.panes[0].state.zoom == pytest.approx(1.25)
    assert all(pane.state == view.panes[0].state for pane in view.panes)
    key("Ctrl+-")
    assert view.panes[0].state.zoom == pytest.approx(1.0)
    key("Ctrl+Alt+0")
    assert view.panes[0].state.zoom == pytest.approx(view.panes[0].one_to_one_zoom()) != 1.0
    key("Ctrl+0")
    assert all(pane.state.zoom == 1.0 for pane in view.panes)

    # The follow-up the findings show steps with Ctrl+PgDown / Ctrl+PgUp.
    assert view.follow_up_index == 1
    key("Ctrl+PgDown")
    key("Ctrl+PgDown")
    assert view.follow_up_index == 3
    key("Ctrl+PgUp")
    assert view.follow_up_index == 2
    assert view.findings.report is view.time_points[2].report and "Inconsistent" in (
        view.findings.verdict_label.text()
    )


def test_tab_reaches_a_photo_its_keys_zoom_and_pan_and_a_side_unlinks(comparison, qtbot):
    view = comparison.view
    view.mode_buttons[ComparisonMode.SIDE_BY_SIDE].setFocus()
    # Tab order: the toolbar, then each photo's link switch and the photo, then the findings.
    follow_up_link = tab_until(lambda w: w is view.columns[1].link)
    key("Tab")
    pane = QApplication.focusWidget()
    assert pane is view.panes[1]
    key("+")
    key("Right")
    key("Down")
    assert pane.state.zoom == pytest.approx(1.25) and pane.state.center_x > 0.5 and pane.state.center_y > 0.5
    assert all(other.state == pane.state for other in view.panes)  # the other sides followed
    # Back to the link switch, Space unlinks: that side now moves alone.
    key("Backtab")
    assert QApplication.focusWidget() is follow_up_link
    key("Space")
    assert not follow_up_link.isChecked() and follow_up_link.text() == "Unlinked"
    key("Tab")
    key("+")
    assert view.panes[1].state.zoom == pytest.approx(1.25**2)
    assert view.panes[0].state.zoom == pytest.approx(1.25)
    # Space on a focused toolbar button presses it (the photo switch does not take it there).
    view.fit_button.setFocus()
    key("Space")
    assert view.panes[0].state.zoom == 1.0
    findings = tab_until(lambda w: w is view.findings.table)
    assert findings.model().rowCount() == len(CheckId)


def test_the_comparison_closes_with_escape_and_ctrl_w(comparison, qtbot, inline_runner, settings):
    key("Ctrl+W")
    qtbot.waitUntil(lambda: not isValid(comparison) or not comparison.isVisible())
    second = CompareWindow(inline_runner, settings)
    second.view.set_time_points(comparison.view.time_points[:2])
    second.show()
    activate(qtbot, second)
    key("Esc")
    qtbot.waitUntil(lambda: not isValid(second) or not second.isVisible())


def test_the_visit_dialog_opens_and_saves_a_pain_score_by_keyboard(window, qtbot):
    header = window.timeline.treatments[0].headers[1]
    assert "Pain 2/10" in header.details.text()
    tab_until(lambda w: w is header.edit_button)

    def edit(dialog: VisitDialog) -> None:
        activate(qtbot, dialog)
        key("Alt+P")  # the label's mnemonic takes the focus to the pain score
        assert QApplication.focusWidget() is dialog.pain_spin
        for _ in range(5):
            key("Up")
        key("Return")  # OK is the default button

    answer_modal(VisitDialog, edit)
    key("Space")
    assert "Pain 7/10" in window.timeline.treatments[0].headers[1].details.text()


def test_a_thumbnail_menu_opens_from_the_keyboard_and_the_focus_stays_on_the_photo(window, clinic, qtbot):
    thumb = next(
        t for t in window.timeline.thumbs().values() if not t.baseline and t.photo.view is View.FRONTAL
    )
    photo_id = thumb.photo.id
    assert "Shift+F10" in thumb.accessibleDescription()
    # The Menu key reaches a widget as a keyboard context-menu event from the window system.
    QApplication.sendEvent(
        thumb,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), thumb.mapToGlobal(QPoint(5, 5))),
    )
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.activeAction().text() == "Frontal"
    menu.close()
    thumb.setFocus()
    key("Shift+F10", thumb)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.activeAction().text() == "Frontal"
    key("Down", menu)
    assert menu.activeAction().text() == "Oblique 45° left"
    key("Return", menu)
    moved = clinic.gateway.library.get(type(thumb.photo), photo_id)
    assert moved.view is View.OBLIQUE_45_LEFT
    activate(qtbot, window)  # the offscreen platform does not give the window back after a popup
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline.thumbs().get(photo_id))


# -- without colour --------------------------------------------------------------------------------------


def greyscale(image: QImage) -> np.ndarray:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return rows[:, : grey.width()].astype(int)


def icon_in_grey(status, size: int = 48) -> np.ndarray:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawPixmap(0, 0, status_icon(status).pixmap(size, size))
    painter.end()
    return greyscale(image)


def test_status_icons_differ_in_shape_not_only_in_colour(qapp):
    statuses = ["pass", "warn", "fail", "skipped", None]
    greys = {status: icon_in_grey(status) for status in statuses}
    for index, first in enumerate(statuses):
        for second in statuses[index + 1 :]:
            differing = (np.abs(greys[first] - greys[second]) > 60).mean()
            assert differing > 0.12, (first, second, differing)  # of the whole icon, in shades of grey


def test_findings_and_timeline_badges_read_in_words_and_shapes_on_a_grey_screen(window, qtbot):
    results = [
        CheckResult(CheckId.EXPOSURE, CheckStatus.FAIL, 1.4, 0.7, "EV", "Much darker."),
        CheckResult(CheckId.FRAMING, CheckStatus.WARN, 0.1, 0.05, "", "A little closer."),
        CheckResult(CheckId.SHARPNESS, CheckStatus.PASS, 1.0, 0.5, "", "Sharp."),
        CheckResult(CheckId.EDITING, CheckStatus.SKIPPED, None, None, "", "No face found."),
    ]
    facts = PhotoFacts(600, 400, "JPEG")
    report = PairReport(verdict_of(tuple(results)), tuple(results), None, facts, facts)
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.set_report(report)
    panel.show()
    image = panel.grab().toImage()
    assert greyscale(image).std() > 0  # drawn
    model = panel.model
    words = {model.index(row, model.STATUS).data() for row in range(model.rowCount())}
    assert words == {"Fail", "Warning", "Pass", "Skipped"}
    assert "Inconsistent" in panel.verdict_label.text()
    icons = {
        model.index(row, model.STATUS).data(): greyscale(
            model.index(row, model.STATUS).data(Qt.ItemDataRole.DecorationRole).pixmap(32, 32).toImage()
        )
        for row in range(model.rowCount())
    }
    assert (np.abs(icons["Pass"] - icons["Fail"]) > 60).mean() > 0.05

    # Timeline: the badge of an inconsistent follow-up and of a consistent one, on a grey screen.
    thumbs = [t for t in window.timeline.thumbs().values() if not t.baseline]
    assert {t.text() for t in thumbs} == {"Inconsistent"}
    consistent = PairReport(Verdict.CONSISTENT, (), None, facts, facts)
    inconsistent_badge = greyscale(thumbs[0].grab().toImage())[:40, -40:]
    thumbs[0].set_report(consistent)
    assert thumbs[0].text() == "Consistent" and "Consistent" in thumbs[0].accessibleName()
    consistent_badge = greyscale(thumbs[0].grab().toImage())[:40, -40:]
    assert (np.abs(inconsistent_badge - consistent_badge) > 60).mean() > 0.05


def test_the_sheet_of_a_comparison_is_exported_by_keyboard(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    treatment = window.record.treatments[0]
    follow_up = next(t for t in window.timeline.thumbs().values() if not t.baseline)
    compare = window.open_comparison(treatment, follow_up.photo.view, follow_up.photo)
    activate(qtbot, compare)
    target = tmp_path / "sheet.pdf"

    def save(dialog: QFileDialog) -> None:
        assert dialog.selectedFiles()[0].endswith(".pdf")  # a name is offered: chart, date and view
        dialog.selectFile(str(target))
        dialog.accept()

    key("Ctrl+Shift+E")  # the export dialog, its preview made at once by the inline runner
    dialog = compare.export_dialog
    activate(qtbot, dialog)
    assert dialog.pages and dialog.save_pdf_button.isEnabled()
    assert_accessible(dialog)
    answer_modal(QFileDialog, save)
    key("Ctrl+S")
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
        assert "Anna Jansen" in text and "Week 2" in text
    assert "sheet.pdf" in compare.statusBar().currentMessage()
    compare.close()
