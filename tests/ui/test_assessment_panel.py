"""The physician's assessment in the program (issue 16), on a real library with real photos: entered by
keyboard in the panel beside a comparison (or the timeline's dialog), it reaches the database, the timeline
(GAIS and tier at a glance, the treatment's course) and the sheet exported from the main window (pdftotext)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from shiboken6 import isValid

from photofollow.domain.assessment import GoalReached, Severity, Tier
from photofollow.domain.model import View
from photofollow.services.assessment import assessment_of
from photofollow.ui.main_window import MainWindow

from .test_export_dialog import finish, pdf_text, wait_for_preview, window  # noqa: F401 - the fixture


@pytest.fixture(autouse=True)
def _signed_in_as_a_physician(monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "dr.visser")


def stored(clinic):
    return assessment_of(clinic.gateway.library, clinic.follow_up.id)


def test_the_panel_beside_a_comparison_records_by_keyboard_and_the_timeline_shows_it(
    window, clinic, qtbot, threaded_runner
):
    treatment = window.record.treatments[0]
    compare = window.open_comparison(treatment, View.FRONTAL)
    panel = compare.assessment_panel
    assert compare.assessment_dock.isVisible()
    assert "skin quality" in panel.goal_label.text()  # the treatment's goal above the form
    assert "Week 2" in panel.visit_label.text()
    assert panel.form.isEnabled() and panel.status.text() == "Not assessed yet."

    compare.activateWindow()
    qtbot.waitUntil(compare.isActiveWindow)
    qtbot.keyClick(compare.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # to the GAIS
    assert panel.gais_buttons[3].hasFocus()
    qtbot.keyClick(panel.gais_buttons[3], Qt.Key.Key_2)  # a digit sets the physician's GAIS
    assert panel.gais_group.checkedId() == 2
    assert panel.status.text() == "Not saved yet."
    panel.patient_gais.setFocus()
    qtbot.keyClicks(panel.patient_gais, "3")  # the combo finds "3 – improved" by its first letter
    panel.goal.setCurrentIndex(panel.goal.findData(GoalReached.PARTLY))
    panel.tier.setCurrentIndex(panel.tier.findData(Tier.CALL))
    panel.sign_combos["nodules"].setCurrentIndex(panel.sign_combos["nodules"].findData(Severity.MILD))
    qtbot.keyClicks(panel.findings, "Warm, firm nodule left cheek")
    qtbot.keyClicks(panel.plan, "Cool packs")
    qtbot.keyClick(panel.plan, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    threaded_runner.wait_idle(30)

    assessment = stored(clinic)
    assert assessment is not None
    assert (assessment.gais, assessment.patient_gais) == (2, 3)
    assert (assessment.goal, assessment.tier, assessment.nodules) == ("partly", "call", "mild")
    assert assessment.swelling is None  # not examined
    assert assessment.findings == "Warm, firm nodule left cheek" and assessment.plan == "Cool packs"
    assert assessment.assessed_by == "dr.visser"
    qtbot.waitUntil(lambda: panel.status.text().startswith("Assessed "))
    assert panel.status.text().endswith("by dr.visser")

    qtbot.waitUntil(lambda: window.record.treatments[0].visits[-1].assessment is not None)
    (timeline,) = window.timeline.treatments
    follow_up_header = timeline.headers[1]
    glance = re.sub("<[^>]+>", "", follow_up_header.assessment_label.text())
    assert glance == "GAIS 2 · call the clinic"
    assert "GAIS course 2" in timeline.summary.text()
    assert not timeline.headers[0].assessment_label.isVisible()  # a baseline is not assessed
    assert not timeline.headers[0].assess_button.isVisible()


def test_a_baseline_is_not_assessed_and_saving_needs_a_gais(window, clinic, qtbot, threaded_runner):
    treatment = window.record.treatments[0]
    compare = window.open_comparison(treatment, View.FRONTAL)
    panel = compare.assessment_panel
    panel.save()  # no GAIS chosen: refused with a word why
    threaded_runner.wait_idle(30)
    assert stored(clinic) is None
    assert "GAIS" in panel.status.text()
    baseline_visit = treatment.baseline_visits()[0].visit
    panel.show_visit(baseline_visit, treatment.treatment, None)
    assert not panel.form.isEnabled()
    assert "baseline is not assessed" in panel.visit_label.text()


def test_the_timeline_assess_button_opens_the_dialog_that_saves(window, clinic, qtbot, threaded_runner):
    (timeline,) = window.timeline.treatments
    header = timeline.headers[1]
    assert header.assess_button.isVisible()
    assert "Not assessed" in header.assessment_label.text()
    qtbot.mouseClick(header.assess_button, Qt.MouseButton.LeftButton)
    dialog = window.follow_ups.last_assessment_dialog
    assert dialog.isVisible()
    qtbot.keyClick(dialog.panel.gais_buttons[3], Qt.Key.Key_4)
    dialog.panel.tier.setCurrentIndex(dialog.panel.tier.findData(Tier.OBSERVE))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    threaded_runner.wait_idle(30)
    assert (stored(clinic).gais, stored(clinic).tier) == (4, "observe")
    qtbot.waitUntil(
        lambda: "GAIS 4" in window.timeline.treatments[0].headers[1].assessment_label.text()
    )


def test_export_and_print_from_the_main_window_carry_the_assessment(
    window, clinic, qtbot, threaded_runner, tmp_path
):
    clinic.gateway.record_assessment(
        clinic.follow_up.id, {"gais": 3, "tier": "observe", "findings": "Soft, no nodules"}
    )
    window.load_patient(clinic.patient.id)
    threaded_runner.wait_idle(30)
    assert window.follow_ups.export_action in window.toolbar.actions()
    assert window.follow_ups.print_action in window.toolbar.actions()
    assert window.follow_ups.export_action in window.patient_menu.actions()
    assert window.follow_ups.print_action in window.patient_menu.actions()
    assert window.follow_ups.export_action.isEnabled()

    window.follow_ups.export_action.trigger()
    dialog = window.follow_ups.last_export_dialog
    wait_for_preview(dialog, qtbot)
    target = tmp_path / "sheet.pdf"
    finish(dialog.runner, dialog.save_to(target))
    text = re.sub(r"\s+", " ", pdf_text(target))
    assert "Goal: skin quality" in text
    assert "GAIS (physician): 3 – improved" in text
    assert "Tier: observe at home" in text
    assert "Findings: Soft, no nodules" in text
    assert "by dr.visser" in text
    dialog.close()

    window.follow_ups.print_action.trigger()
    printing = window.follow_ups.last_export_dialog
    assert printing is not dialog and printing.print_button.isDefault()
    printing.close()

    # The timeline's context menus (right-click or the Menu key) of a follow-up and of its treatment.
    (timeline,) = window.timeline.treatments
    for widget, wanted in (
        (timeline.headers[1], ["Assess…", "Export sheet…", "Print sheet…"]),
        (timeline, ["Export sheet…", "Print sheet…"]),
    ):
        centre = widget.rect().center()
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre, widget.mapToGlobal(centre))
        QApplication.sendEvent(widget, event)
        menu = widget.findChildren(QMenu)[-1]
        texts = [action.text() for action in menu.actions() if action.text()]
        assert texts[-len(wanted) :] == wanted, texts
        if widget is timeline:
            export = next(action for action in menu.actions() if action.text() == "Export sheet…")
            export.trigger()
            from_menu = window.follow_ups.last_export_dialog
            wait_for_preview(from_menu, qtbot)
            assert from_menu.sheet.header.treatment_at == clinic.treatment.performed_at
            from_menu.close()
        if isValid(menu):
            menu.close()


def test_typed_assessments_survive_a_switch_and_closing_asks_to_save_them(
    window, clinic, qtbot, threaded_runner
):
    from PySide6.QtWidgets import QMessageBox

    from .test_accessibility import answer_modal

    treatment = window.record.treatments[0]
    compare = window.open_comparison(treatment, View.FRONTAL)
    panel = compare.assessment_panel
    follow_up, baseline = panel.visit, treatment.baseline_visits()[0].visit
    panel.set_gais(4)
    qtbot.keyClicks(panel.findings, "Slight swelling")
    panel.show_visit(baseline, treatment.treatment, None)  # another time point shown, then back
    panel.show_visit(follow_up, treatment.treatment, None)
    assert panel.gais_group.checkedId() == 4 and panel.findings.toPlainText() == "Slight swelling"
    assert panel.status.text() == "Not saved yet."

    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    compare.close()
    assert compare.isVisible() and stored(clinic) is None  # Cancel: the comparison stays

    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Save).click())
    compare.close()
    threaded_runner.wait_idle(30)
    assert (stored(clinic).gais, stored(clinic).findings) == (4, "Slight swelling")


@pytest.mark.parametrize("name, password, may", [("nina", "nurse-pass-1", False), ("pia", "physician-1", True)])
def test_only_a_physician_records_and_others_read_it(
    clinic, qtbot, inline_runner, settings, name, password, may
):
    from photofollow.services import users

    library = clinic.gateway.library
    users.add_user(library, "admin", users.Role.ADMINISTRATOR, "admin-pass-1", "Clinic Admin")
    users.add_user(library, "pia", users.Role.PHYSICIAN, "physician-1", "Dr. Pia Holm")
    users.add_user(library, "nina", users.Role.NURSE, "nurse-pass-1", "Nina Berg")
    users.sign_in(library, "pia", "physician-1")
    clinic.gateway.record_assessment(clinic.follow_up.id, {"gais": 3})
    users.sign_out(library)
    users.sign_in(library, name, password)
    window = MainWindow(clinic.gateway, inline_runner, settings)
    qtbot.addWidget(window)
    window.select_patient(clinic.patient.id)
    compare = window.open_comparison(window.record.treatments[0], View.FRONTAL)
    panel = compare.assessment_panel
    assert panel.gais_group.checkedId() == 3  # everyone reads it
    assert panel.form.isEnabled() is may
    if may:
        panel.set_gais(2)
        panel.save()
        assert stored(clinic).gais == 2 and stored(clinic).assessed_by == "Dr. Pia Holm"
    else:
        assert panel.status.text() == "Only a physician records an assessment; shown here to read."
    compare.close()
