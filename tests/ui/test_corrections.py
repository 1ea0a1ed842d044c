"""Corrections from the main window on a real library: move a photo and undo/redo it by keyboard, delete to
the trash and restore from the Trash window, rotate and see the thumbnail turn, redate a visit, merge."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from photofollow.domain.model import Photo, View, Visit, VisitKind
from photofollow.ui.compare import PhotoImage
from photofollow.ui.compare.images import load_preview
from photofollow.ui.corrections import EraseDialog, MergeDialog, MovePhotoDialog, VisitDateDialog
from photofollow.ui.main_window import shown_size

from .library_helpers import TREATED
from .test_accessibility import activate, answer_modal, key


def follow_up_thumb(window, view: View = View.FRONTAL):
    return next(t for t in window.timeline.thumbs().values() if not t.baseline and t.photo.view is view)


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def confirm_message(button_text: str) -> None:
    def press(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == button_text).click()

    answer_modal(QMessageBox, press)


def test_move_a_photo_to_another_visit_then_undo_and_redo_by_keyboard(window, clinic, qtbot):
    day3, _ = clinic.gateway.save_visit(
        Visit(clinic.treatment.id, VisitKind.FOLLOW_UP, TREATED + timedelta(days=3), None)
    )
    window.load_patient(clinic.patient.id)
    photo = follow_up_thumb(window).photo
    focus(qtbot, window.timeline.thumbs()[photo.id])
    assert window.corrections.move_photo_action.isEnabled()

    answer_modal(MovePhotoDialog, lambda dialog: (dialog.choose(visit_id=day3.id), dialog.accept()))
    key("Ctrl+M")
    assert clinic.gateway.library.get(Photo, photo.id).visit_id == day3.id
    record = window.record.treatments[0]
    assert [p.id for p in next(v for v in record.visits if v.visit.id == day3.id).photos] == [photo.id]
    window.corrections.update_actions()
    assert window.corrections.undo_action.text() == "&Undo move photo"
    # The rebuilt timeline gives the keyboard back to the moved photo once the dialog has gone.
    activate(qtbot, window)
    qtbot.waitUntil(lambda: window.timeline.thumbs()[photo.id].hasFocus())

    key("Ctrl+Z")
    assert clinic.gateway.library.get(Photo, photo.id).visit_id == clinic.follow_up.id
    assert window.corrections.redo_action.isEnabled()
    qtbot.waitUntil(lambda: window.timeline.thumbs()[photo.id].hasFocus())  # the keyboard stays on it
    key("Ctrl+Shift+Z")
    assert clinic.gateway.library.get(Photo, photo.id).visit_id == day3.id
    assert window.corrections.undo_action.isEnabled() and not window.corrections.redo_action.isEnabled()


def test_filing_a_photo_under_another_view_is_undoable(window, clinic):
    photo = follow_up_thumb(window).photo
    window.change_view(photo, View.CLOSE_UP)
    assert clinic.gateway.library.get(Photo, photo.id).view is View.CLOSE_UP
    window.corrections.undo()
    assert clinic.gateway.library.get(Photo, photo.id).view is View.FRONTAL


def test_delete_a_photo_with_the_delete_key_and_restore_it_from_the_trash(window, clinic, qtbot):
    thumb = follow_up_thumb(window)
    photo = thumb.photo
    focus(qtbot, thumb)
    questions = []

    def answer(box: QMessageBox) -> None:
        questions.append(box.text())
        next(b for b in box.buttons() if b.text() == "Move to trash").click()

    answer_modal(QMessageBox, answer)
    key("Delete")
    assert questions and photo.original_name in questions[0] and "Week 2" in questions[0]
    assert photo.id not in window.timeline.thumbs()

    trash = window.corrections.open_trash()
    qtbot.addWidget(trash)
    assert trash.table.rowCount() == 1
    assert photo.original_name in trash.table.item(0, trash.WHAT).text()
    trash.select(0)
    assert trash.restore_button.isEnabled()
    trash.restore_button.click()
    assert photo.id in window.timeline.thumbs()
    assert trash.table.rowCount() == 0  # the window refreshed from the restore's Changes
    # The restore is itself undoable: Ctrl+Z in the Trash window puts the photo back in the trash.
    activate(qtbot, trash)
    key("Ctrl+Z")
    assert photo.id not in window.timeline.thumbs() and trash.table.rowCount() == 1


def test_emptying_the_trash_asks_first_and_removes_for_good(window, clinic, qtbot):
    photo = follow_up_thumb(window).photo
    window.corrections._on(photo, lambda: None)
    confirm_message("Move to trash")
    window.corrections._on(photo, window.corrections.delete)
    trash = window.corrections.open_trash()
    qtbot.addWidget(trash)
    confirm_message("Cancel")
    trash.empty_button.click()
    assert trash.table.rowCount() == 1
    confirm_message("Empty trash")
    trash.empty_button.click()
    assert trash.table.rowCount() == 0 and not trash.empty_button.isEnabled()
    assert clinic.gateway.library.get(Photo, photo.id) is None
    assert not window.corrections.undo_action.isEnabled()  # nothing that was in the trash can come back


def test_rotating_a_photo_turns_its_thumbnail(window, clinic, qtbot):
    thumb = follow_up_thumb(window)
    qtbot.waitUntil(lambda: thumb.image is not None)
    before = thumb.image.width(), thumb.image.height()
    assert before[0] > before[1]  # the test photos are landscape
    focus(qtbot, thumb)
    key("Ctrl+R")
    assert clinic.gateway.library.get(Photo, thumb.photo.id).rotation == 90
    turned = window.timeline.thumbs()[thumb.photo.id]
    qtbot.waitUntil(lambda: turned.image is not None)
    assert (turned.image.width(), turned.image.height()) == (before[1], before[0])
    # The comparison's pictures turn as well: its preview, and its size as shown.
    photo = clinic.gateway.library.get(Photo, thumb.photo.id)
    files = clinic.gateway.photo_files(photo)
    image = PhotoImage(files.original, files.preview, shown_size(photo), photo.rotation)
    preview = load_preview(image)
    assert preview.height() > preview.width() and image.full_size == (400, 600)
    # A correction of a photo shown in a comparison closes that comparison (it would pair stale pictures).
    comparison = QMainWindow()
    qtbot.addWidget(comparison)
    comparison.show()
    comparison.record_ids = ({photo.id}, set())
    window.compare_windows.append(comparison)
    window.corrections._on(turned.photo, lambda: window.corrections.rotate(180))
    assert not comparison.isVisible()
    key("Ctrl+Z", window)
    assert clinic.gateway.library.get(Photo, thumb.photo.id).rotation == 90


def test_a_visit_date_changed_from_its_context_menu_moves_its_label(window, clinic, qtbot):
    header = window.timeline.treatments[0].headers[1]
    assert header.title.text() == "<b>Week 2</b>"

    def redate(dialog: VisitDateDialog) -> None:
        dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(14))
        dialog.accept()

    answer_modal(VisitDateDialog, redate)
    window.corrections._on(header.record, window.corrections.edit_visit_date)
    assert window.timeline.treatments[0].headers[1].title.text() == "<b>Week 4</b>"
    window.corrections.undo()
    assert window.timeline.treatments[0].headers[1].title.text() == "<b>Week 2</b>"


def choose_in_merge_dialog(other) -> None:
    """Pick `other` in the next merge (or move treatment) dialog and press OK."""

    def choose(dialog: MergeDialog) -> None:
        dialog.other_combo.setCurrentIndex(dialog.other_combo.findData(other.id))
        dialog.accept()

    answer_modal(MergeDialog, choose)


def test_merging_two_patients_keeps_the_one_shown(window, clinic):
    other = next(p for p in window.patients_model.patients() if p.id != clinic.patient.id)

    choose_in_merge_dialog(other)
    confirm_message("Merge")
    window.corrections.merge_action.trigger()
    assert [p.id for p in window.patients_model.patients()] == [clinic.patient.id]
    window.corrections.undo()
    assert len(window.patients_model.patients()) == 2


def test_erasing_a_patient_needs_the_name_typed(window, clinic, qtbot):
    dialog = EraseDialog(clinic.patient, window)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    dialog.name_edit.setText("anna  JANSEN")
    assert dialog.erase_button.isEnabled()


def test_a_new_patient_close_to_an_existing_one_asks_naming_the_match(window, clinic, qtbot):
    from photofollow.ui.dialogs import PatientDialog

    asked = []

    def answer(choice: str):
        def press(box: QMessageBox) -> None:
            asked.append(box.text())
            next(b for b in box.buttons() if b.text().startswith(choice)).click()

        return press

    def fill(dialog: PatientDialog) -> None:
        dialog.name_edit.setText("anna jansen")
        dialog.chart_edit.setText("c 1001")
        dialog.accept()

    answer_modal(PatientDialog, fill)
    answer_modal(QMessageBox, answer("Use"))
    window.new_patient()
    assert asked == ["Did you mean Anna Jansen (C-1001)? That patient is already in the library."]
    assert window.patients_model.rowCount() == 2 and window.record.patient.id == clinic.patient.id

    answer_modal(PatientDialog, fill)
    answer_modal(QMessageBox, answer("Create"))
    window.new_patient()
    assert window.patients_model.rowCount() == 3


def test_a_treatment_filed_under_the_wrong_patient_moves_with_its_visits(window, clinic):
    other = next(p for p in window.patients_model.patients() if p.id != clinic.patient.id)

    choose_in_merge_dialog(other)
    window.corrections._on(window.record.treatments[0], window.corrections.move_treatment)
    assert window.record.treatments == []
    assert len(clinic.gateway.patient_record(other.id).treatments[0].visits) == 2
    window.corrections.undo()
    assert len(window.record.treatments) == 1


def test_the_correction_dialogs_name_every_field_and_keep_their_keys_apart(window, clinic, qtbot):
    from photofollow.ui.import_dialog import CaptureDateDialog, OtherPatientDialog

    from .test_accessibility import assert_accessible

    photo = follow_up_thumb(window).photo
    importing = window.import_photos([clinic.sources / "week2_0.jpg"])
    qtbot.addWidget(importing)
    dialogs = [
        MovePhotoDialog(window, photo, clinic.patient.id, window),
        VisitDateDialog(TREATED, VisitKind.FOLLOW_UP, window),
        VisitDateDialog(TREATED, None, window),
        MergeDialog(clinic.patient, window.patients_model.patients()[1:], window),
        EraseDialog(clinic.patient, window),
        window.corrections.open_trash(),
        CaptureDateDialog(TREATED, importing),
        OtherPatientDialog(importing, window.patients_model.patients()),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert_accessible(dialog)
        dialog.close()


def test_the_delete_key_on_the_patient_list_moves_the_patient_to_the_trash(window, clinic, qtbot):
    focus(qtbot, window.patient_list)
    asked = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Move to trash").click()

    answer_modal(QMessageBox, answer)
    key("Delete")
    assert "Anna Jansen" in asked[0] and "treatments (1) and photos (4)" in asked[0]
    assert [p.display_name for p in window.patients_model.patients()] == ["Bram Bakker"]
    assert window.record is None or window.record.patient.id != clinic.patient.id
    window.corrections.undo()
    assert len(window.patients_model.patients()) == 2
