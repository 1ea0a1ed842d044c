"""An edit made in the window from a record that changed since the window showed it (on another workstation)
is refused with a message naming who changed it, where and when, and the window then shows their version.

Their change is written to the window's own library behind the window's back, under another workstation's
name (NURSE-PC, Anna de Vries): a folder library has one writer at a time, so this is how the window meets a
record newer than the one it shows. The storage and services tests make the same changes in real turns of two
workstations (tests/storage/test_storage_versions.py, tests/services/test_row_versions.py).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from photofollow.domain.assessment import VisitAssessment
from photofollow.domain.model import Patient, Photo, View, Visit
from photofollow.services import records
from photofollow.services.assessment import assessment_of
from photofollow.storage.assessments import save_assessment
from photofollow.ui.dialogs import PatientDialog, VisitDialog

from .library_helpers import TREATED
from .test_accessibility import answer_modal


def day_text(moment) -> str:
    """A date as the message shows it (the user's short date format)."""
    from photofollow.domain.text import Day, Phrase
    from photofollow.reporting.words import phrase_text

    return phrase_text(Phrase("Errors", "%1", (Day(moment.date()),)))


THEM = "on NURSE-PC by Anna de Vries"


def theirs(clinic, change) -> None:
    """Another workstation's change, made behind the window's back."""
    library = clinic.gateway.library
    mine = library.acting_name, library.workstation
    library.acting_name, library.workstation = "Anna de Vries", "NURSE-PC"
    try:
        change(library)
    finally:
        library.acting_name, library.workstation = mine


def refusal(window, qtbot) -> QMessageBox:
    box = None

    def shown() -> bool:
        nonlocal box
        box = window.findChild(QMessageBox, "editConflict")
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown)
    return box


def follow_up_photo(window) -> Photo:
    return next(
        t.photo for t in window.timeline.thumbs().values() if not t.baseline and t.photo.view is View.FRONTAL
    )


def test_a_rotation_of_a_photo_moved_elsewhere_is_refused_and_the_window_shows_theirs(window, clinic, qtbot):
    photo = follow_up_photo(window)
    theirs(clinic, lambda lib: records.move_photo(lib, photo.id, view=View.CLOSE_UP))

    window.corrections._on(photo, lambda: window.corrections.rotate(90))  # its context menu's Rotate right
    box = refusal(window, qtbot)
    assert box.text().startswith(f"The photo {photo.original_name} was changed {THEM} (")
    assert box.text().endswith("after you opened it; your change was not saved.")
    assert "now shows their version" in box.informativeText()
    assert clinic.gateway.library.get(Photo, photo.id).rotation == 0  # nothing of mine written
    shown = window.timeline.thumbs()[photo.id].photo
    assert shown.view is View.CLOSE_UP  # the window reloaded: theirs
    assert not window.corrections.undo_action.isEnabled()  # the refused rotation is not in the history
    box.close()

    shown = window.timeline.thumbs()[photo.id].photo
    window.corrections._on(shown, lambda: window.corrections.rotate(90))  # from the version shown now: done
    assert clinic.gateway.library.get(Photo, photo.id).rotation == 90


def test_the_visit_window_saved_over_their_change_is_refused(window, clinic, qtbot):
    theirs(
        clinic,
        lambda lib: lib.update(dataclasses.replace(lib.get(Visit, clinic.follow_up.id), notes="theirs")),
    )

    def edit(dialog: VisitDialog) -> None:
        dialog.pain_spin.setValue(7)
        dialog.accept()

    answer_modal(VisitDialog, edit)
    header = window.timeline.treatments[0].headers[1]
    qtbot.mouseClick(header.edit_button, Qt.MouseButton.LeftButton)
    box = refusal(window, qtbot)
    assert box.text().startswith(f"The visit of {day_text(clinic.follow_up.visited_at)} was changed {THEM}")
    stored = clinic.gateway.library.get(Visit, clinic.follow_up.id)
    assert (stored.notes, stored.pain_score) == ("theirs", 2)
    assert window.record.treatments[0].visits[1].visit.notes == "theirs"


def test_the_patient_window_saved_over_their_change_is_refused(window, clinic, qtbot):
    theirs(
        clinic,
        lambda lib: lib.update(dataclasses.replace(lib.get(Patient, clinic.patient.id), notes="theirs")),
    )
    answer_modal(PatientDialog, lambda dialog: (dialog.chart_edit.setText("C-9999"), dialog.accept()))
    window.edit_patient()
    box = refusal(window, qtbot)
    assert box.text().startswith(f"The patient Anna Jansen was changed {THEM}")
    stored = clinic.gateway.library.get(Patient, clinic.patient.id)
    assert (stored.chart_number, stored.notes) == ("C-1001", "theirs")
    assert window.record.patient.notes == "theirs"


def test_undo_of_a_photo_changed_elsewhere_since_is_refused(window, clinic, qtbot):
    photo = follow_up_photo(window)
    window.change_view(photo, View.CLOSE_UP)
    assert window.corrections.undo_action.isEnabled()
    theirs(clinic, lambda lib: records.rotate_photo(lib, photo.id, 180))

    window.corrections.undo()  # Edit > Undo change view
    box = refusal(window, qtbot)
    assert box.text().startswith(f"The photo {photo.original_name} was changed {THEM}")
    stored = clinic.gateway.library.get(Photo, photo.id)
    assert (stored.view, stored.rotation) == (View.CLOSE_UP, 180)  # mine stays, theirs stays
    assert not window.corrections.undo_action.isEnabled()
    assert window.timeline.thumbs()[photo.id].photo.rotation == 180


def test_an_assessment_recorded_elsewhere_is_not_replaced_and_the_panel_shows_theirs(window, clinic, qtbot):
    from photofollow.ui.assessment_panel import AssessmentPanel

    panel = AssessmentPanel()
    qtbot.addWidget(panel)
    panel.show_visit(clinic.follow_up, clinic.treatment, None)  # the panel shows no assessment yet
    panel.set_gais(4)
    made = VisitAssessment(clinic.follow_up.id, 2, "Anna de Vries", TREATED, plan="theirs")
    theirs(clinic, lambda lib: save_assessment(lib, made))
    shown = []
    window.follow_ups.save(clinic.follow_up.id, panel.fields(), lambda assessment: shown.append(assessment))
    box = refusal(window, qtbot)
    when = day_text(clinic.follow_up.visited_at)
    assert box.text().startswith(f"The assessment of the visit of {when} was changed {THEM}")
    assert assessment_of(clinic.gateway.library, clinic.follow_up.id).gais == 2
    assert [a.plan for a in shown] == ["theirs"]  # handed to the panel as the one it now shows


def test_the_treatment_window_saved_over_their_change_is_refused(window, clinic, qtbot):
    from photofollow.domain.model import Treatment
    from photofollow.ui.dialogs import TreatmentDialog

    theirs(
        clinic,
        lambda lib: lib.update(dataclasses.replace(lib.get(Treatment, clinic.treatment.id), goal="theirs")),
    )
    answer_modal(TreatmentDialog, lambda dialog: (dialog.product_edit.setText("Product Y"), dialog.accept()))
    window.edit_treatment(window.record.treatments[0])
    box = refusal(window, qtbot)
    assert box.text().startswith(
        f"The treatment of {day_text(clinic.treatment.performed_at)} was changed {THEM}"
    )
    stored = clinic.gateway.library.get(Treatment, clinic.treatment.id)
    assert (stored.goal, stored.product) == ("theirs", "Product X")
    assert window.record.treatments[0].treatment.goal == "theirs"
