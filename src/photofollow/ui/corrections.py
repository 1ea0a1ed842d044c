"""Corrections of the record from the main window: move, rotate, redate, delete to the trash, merge, erase,
with undo and redo. Every action here is the menus', the context menus' and the keyboard's.

The work is the services' (photofollow.services.records, through the gateway on the serial worker); this
module asks what to do, confirms what goes to the trash, keeps the history (ui/undo.py) and hands each
returned `Changes` to the window, which refreshes what it names.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from photofollow.appdirs import APP_NAME
from photofollow.domain.model import Patient, Photo, View, VisitKind
from photofollow.domain.text import folded
from photofollow.reporting import words
from photofollow.services.records import TreatmentRecord, VisitRecord
from photofollow.ui.dialogs import _RecordDialog, from_qdatetime, to_qdatetime
from photofollow.ui.i18n import date_edit_format
from photofollow.ui.timeline import visit_label
from photofollow.ui.undo import CorrectionHistory

ROTATIONS = (90, 180, 270)


class CorrectionActions(QObject):
    """The window's correction actions and their history. `window` is the MainWindow: its gateway, runner,
    shown record, timeline and `apply_changes`."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.history = CorrectionHistory()
        self.trash_window = None
        self._context: object | None = None  # what a context menu was opened on, while it is open

        def action(slot, shortcut=None) -> QAction:
            created = QAction(window)
            if shortcut is not None:
                created.setShortcut(QKeySequence(shortcut))
            created.triggered.connect(lambda _checked=False: slot())
            return created

        self.undo_action = action(self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = action(self.redo, "Ctrl+Shift+Z")
        self.rotate_right_action = action(lambda: self.rotate(90), "Ctrl+R")
        self.rotate_left_action = action(lambda: self.rotate(270), "Ctrl+Shift+R")
        self.rotate_half_action = action(lambda: self.rotate(180))
        self.move_photo_action = action(self.move_photo, "Ctrl+M")
        self.visit_date_action = action(self.edit_visit_date)
        self.treatment_date_action = action(self.edit_treatment_date)
        self.delete_action = action(self.delete, QKeySequence.StandardKey.Delete)
        self.trash_action = action(self.open_trash)
        self.delete_patient_action = action(self.delete_patient)
        self.merge_action = action(self.merge_patients)
        self.erase_action = action(self.erase_patient)
        self.edit_menu = QMenu(window)
        for item in (
            self.undo_action,
            self.redo_action,
            None,
            self.rotate_right_action,
            self.rotate_left_action,
            self.rotate_half_action,
            self.move_photo_action,
            self.visit_date_action,
            self.treatment_date_action,
            None,
            self.delete_action,
            self.trash_action,
        ):
            self.edit_menu.addSeparator() if item is None else self.edit_menu.addAction(item)
        self.edit_menu.aboutToShow.connect(self.update_actions)
        # The keys act on what the keyboard is on: follow the focus, so Ctrl+R is live on a photo.
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.update_actions()

    def _focus_changed(self, _old, _new) -> None:
        if _alive(self.window):
            self.update_actions()

    def patient_actions(self) -> list[QAction | None]:
        """The Patient menu's corrections (None: a separator)."""
        return [None, self.merge_action, self.delete_patient_action, self.erase_action]

    def retranslate_ui(self) -> None:
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.rotate_right_action.setText(self.tr("Rotate ri&ght"))
        self.rotate_left_action.setText(self.tr("Rotate &left"))
        self.rotate_half_action.setText(self.tr("Rotate 18&0°"))
        self.move_photo_action.setText(self.tr("&Move photo…"))
        self.visit_date_action.setText(self.tr("Change &visit date or kind…"))
        self.treatment_date_action.setText(self.tr("Change &treatment date…"))
        self.delete_action.setText(self.tr("&Delete…"))
        self.trash_action.setText(self.tr("Tr&ash…"))
        self.delete_patient_action.setText(self.tr("&Delete patient…"))
        self.merge_action.setText(self.tr("&Merge with another patient…"))
        self.erase_action.setText(self.tr("E&rase patient for good…"))
        self.update_actions()

    # -- what the actions act on -----------------------------------------------------------------------------

    def target(self):
        """The photo, visit or treatment the keyboard is on in the timeline (or a context menu was opened
        on), else the patient shown: a Photo, VisitRecord, TreatmentRecord or Patient, or None."""
        if self._context is not None:
            return self._context
        record = self.window.record
        if record is None:
            return None
        focused = QApplication.focusWidget()
        if focused is self.window.patient_list:
            return record.patient
        key = self.window.timeline.focus_key()
        if key is None:
            return record.patient if focused is self.window.patient_list else None
        kind, identifier = key[0], key[1]
        for treatment in record.treatments:
            if kind in ("edit treatment", "new visit", "compare") and treatment.treatment.id == identifier:
                return treatment
            for visit in treatment.visits:
                if kind == "edit visit" and visit.visit.id == identifier:
                    return visit
                for photo in visit.photos:
                    if kind == "photo" and photo.id == identifier:
                        return photo
        return None

    def _target_photo(self) -> Photo | None:
        target = self.target()
        return target if isinstance(target, Photo) else None

    def _target_visit(self):
        target = self.target()
        if isinstance(target, Photo):
            return self._visit_of(target)
        return target if isinstance(target, VisitRecord) else None

    def _target_treatment(self):
        target = self.target()
        if isinstance(target, Photo):
            target = self._visit_of(target)
        if isinstance(target, VisitRecord):
            return self._treatment_of(target.visit.id)
        if isinstance(target, TreatmentRecord):
            return target
        record = self.window.record
        return record.treatments[0] if record is not None and len(record.treatments) == 1 else None

    def _visit_of(self, photo: Photo):
        record = self.window.record
        treatment = record.treatment_of_visit(photo.visit_id) if record else None
        return treatment.visit_of(photo) if treatment else None

    def _treatment_of(self, visit_id: int):
        record = self.window.record
        return record.treatment_of_visit(visit_id) if record else None

    def update_actions(self) -> None:
        """Enable what applies to the current target; name what Undo and Redo would do."""
        has_record = self.window.record is not None
        photo = self._target_photo() if has_record else None
        for item in (
            self.rotate_right_action,
            self.rotate_left_action,
            self.rotate_half_action,
            self.move_photo_action,
        ):
            item.setEnabled(photo is not None)
        self.visit_date_action.setEnabled(has_record and self._target_visit() is not None)
        self.treatment_date_action.setEnabled(has_record and self._target_treatment() is not None)
        self.delete_action.setEnabled(has_record)
        for item in (self.delete_patient_action, self.merge_action, self.erase_action):
            item.setEnabled(has_record)
        following = self.history.next_undo()
        self.undo_action.setEnabled(following is not None)
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", words.text_of(following.description))
            if following is not None
            else self.tr("&Undo")
        )
        following = self.history.next_redo()
        self.redo_action.setEnabled(following is not None)
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", words.text_of(following.description))
            if following is not None
            else self.tr("&Redo")
        )

    # -- context menus of the timeline -----------------------------------------------------------------------

    def extend_menu(self, target, menu: QMenu) -> None:
        """Add the corrections of `target` (a Photo, VisitRecord or TreatmentRecord) to its context menu."""

        def add(text: str, slot: Callable[[], None], shortcut: QAction | None = None) -> QAction:
            added = menu.addAction(text)
            if shortcut is not None:
                added.setShortcut(shortcut.shortcut())  # shown in the menu; the window's action owns the key
            added.triggered.connect(lambda _checked=False: self._on(target, slot))
            return added

        menu.addSeparator()
        if isinstance(target, Photo):
            add(self.tr("Rotate right"), lambda: self.rotate(90), self.rotate_right_action)
            add(self.tr("Rotate left"), lambda: self.rotate(270), self.rotate_left_action)
            add(self.tr("Rotate 180°"), lambda: self.rotate(180))
            add(self.tr("Move photo…"), self.move_photo, self.move_photo_action)
            add(self.tr("Delete photo…"), self.delete, self.delete_action)
        elif isinstance(target, VisitRecord):
            add(self.tr("Change visit date or kind…"), self.edit_visit_date)
            add(self.tr("Delete visit…"), self.delete, self.delete_action)
        elif isinstance(target, TreatmentRecord):
            add(self.tr("Change treatment date…"), self.edit_treatment_date)
            add(self.tr("Move treatment to another patient…"), self.move_treatment)
            add(self.tr("Delete treatment…"), self.delete, self.delete_action)

    def _on(self, target, slot: Callable[[], None]) -> None:
        self._context = target
        try:
            slot()
        finally:
            self._context = None

    # -- the corrections -------------------------------------------------------------------------------------

    def rotate(self, degrees: int) -> None:
        photo = self._target_photo()
        if photo is None:
            return
        self.run(
            "rotate photo", lambda gateway: gateway.rotate_photo(photo.id, degrees, photo.row_version), photo
        )

    def move_photo(self) -> None:
        photo = self._target_photo()
        if photo is None or self.window.record is None:
            return
        dialog = MovePhotoDialog(self.window, photo, self.window.record.patient.id, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        visit_id, view = dialog.choice()
        if visit_id == photo.visit_id and view == photo.view:
            return
        self.run(
            "move photo",
            lambda gateway: gateway.move_photo(
                photo.id,
                visit_id=visit_id if visit_id != photo.visit_id else None,
                view=view if view != photo.view else None,
                seen=photo.row_version,
            ),
            photo,
        )

    def file_as(self, photo: Photo, view: View) -> None:
        """The thumbnail's "File this photo as" menu: a move to another view, undoable like the others."""
        if photo.view != view:
            self.run(
                "move photo",
                lambda gateway: gateway.move_photo(photo.id, view=view, seen=photo.row_version),
                photo,
            )

    def edit_visit_date(self) -> None:
        record = self._target_visit()
        if record is None:
            return
        dialog = VisitDateDialog(record.visit.visited_at, record.visit.kind, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        when, kind = dialog.choice()
        self.run(
            "edit visit",
            lambda gateway: gateway.edit_visit(
                record.visit.id,
                visited_at=when if when != record.visit.visited_at else None,
                kind=kind if kind is not record.visit.kind else None,
                seen=record.visit.row_version,
            ),
            record,
        )

    def edit_treatment_date(self) -> None:
        record = self._target_treatment()
        if record is None:
            return
        dialog = VisitDateDialog(record.treatment.performed_at, None, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        when, _kind = dialog.choice()
        if when == record.treatment.performed_at:
            return
        self.run(
            "treatment date",
            lambda gateway: gateway.set_treatment_date(
                record.treatment.id, when, record.treatment.row_version
            ),
            record,
        )

    def move_treatment(self) -> None:
        """File a treatment, with its visits and photos, under another patient (filed under the wrong one)."""
        record = self._target_treatment()
        current = self.window.record
        if record is None or current is None:
            return
        others = [p for p in self.window.patients_model.patients() if p.id != current.patient.id]
        dialog = MergeDialog(current.patient, others, self.window, treatment=record.treatment)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.other() is None:
            return
        other = dialog.other()
        treatment_id, seen = record.treatment.id, record.treatment.row_version
        self.run("move treatment", lambda gateway: gateway.move_treatment(treatment_id, other.id, seen))

    def delete(self) -> None:
        """Delete what the keyboard is on (a photo, visit or treatment; the patient from the patient list),
        after a confirmation naming what goes to the trash."""
        target = self.target()
        record = self.window.record
        if target is None or record is None:
            return
        if isinstance(target, Photo):
            visit = self._visit_of(target)
            treatment = self._treatment_of(target.visit_id)
            where = visit_label(visit, treatment) if visit and treatment else ""
            question = (
                self.tr("Move the photo %1 (%2, %3) to the trash?")
                .replace("%1", target.original_name)
                .replace("%2", words.view_name(target.view))
                .replace("%3", where)
            )
            kind, object_id, seen = "photo", target.id, target.row_version
        elif isinstance(target, VisitRecord):
            treatment = self._treatment_of(target.visit.id)
            label = visit_label(target, treatment) if treatment else ""
            question = (
                self.tr("Move the visit %1 of %2 to the trash, with its photos (%3)?")
                .replace("%1", label)
                .replace("%2", words.date_text(target.visit.visited_at, with_time=False))
                .replace("%3", str(len(target.photos)))
            )
            kind, object_id, seen = "visit", target.visit.id, target.visit.row_version
        elif isinstance(target, TreatmentRecord):
            photos = sum(len(visit.photos) for visit in target.visits)
            question = (
                self.tr("Move the treatment of %1 to the trash, with its visits (%2) and photos (%3)?")
                .replace("%1", words.date_text(target.treatment.performed_at, with_time=False))
                .replace("%2", str(len(target.visits)))
                .replace("%3", str(photos))
            )
            kind, object_id, seen = "treatment", target.treatment.id, target.treatment.row_version
        elif isinstance(target, Patient):
            self.delete_patient()
            return
        else:
            return
        if self._confirm(question, self.tr("Move to trash")):
            self.run(f"delete {kind}", lambda gateway: gateway.delete(kind, object_id, seen))

    def delete_patient(self) -> None:
        record = self.window.record
        if record is None:
            return
        photos = sum(len(v.photos) for t in record.treatments for v in t.visits)
        question = (
            self.tr("Move the patient %1 to the trash, with their treatments (%2) and photos (%3)?")
            .replace("%1", record.patient.display_name)
            .replace("%2", str(len(record.treatments)))
            .replace("%3", str(photos))
        )
        if self._confirm(question, self.tr("Move to trash")):
            patient_id, seen = record.patient.id, record.patient.row_version
            self.run("delete patient", lambda gateway: gateway.delete("patient", patient_id, seen))

    def merge_patients(self) -> None:
        record = self.window.record
        if record is None:
            return
        others = [p for p in self.window.patients_model.patients() if p.id != record.patient.id]
        dialog = MergeDialog(record.patient, others, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.other() is None:
            return
        other = dialog.other()
        question = (
            self.tr("Move every treatment, visit and photo of %1 to %2, and remove %1 from the patient list?")
            .replace("%1", patient_text(other))
            .replace("%2", patient_text(record.patient))
        )
        if self._confirm(question, self.tr("Merge")):
            keep = record.patient.id
            self.run(
                "merge patients", lambda gateway: gateway.merge_patients(keep, other.id, other.row_version)
            )

    def erase_patient(self) -> None:
        """The right to erasure: rows, photos, previews and measurements removed for good (not undoable)."""
        record = self.window.record
        if record is None:
            return
        dialog = EraseDialog(record.patient, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        patient_id = record.patient.id

        def done(changes) -> None:
            self.history.clear()  # nothing before an erasure can be undone safely
            self.window.apply_changes(changes)
            self.update_actions()

        self.window.runner.run_serial(
            "erase patient", lambda _p: self.window.gateway.erase_patient(patient_id), done
        )

    def open_trash(self):
        from photofollow.ui.trash_window import TrashWindow

        if self.trash_window is None or not _alive(self.trash_window):
            self.trash_window = TrashWindow(self, self.window)
        self.trash_window.show()
        self.trash_window.raise_()
        self.trash_window.activateWindow()
        self.trash_window.reload()
        return self.trash_window

    # -- running, undo and redo ------------------------------------------------------------------------------

    def run(self, name: str, work, target=None, on_done: Callable[[object], None] | None = None) -> None:
        """Run a correction service on the serial worker; record it for undo and refresh what it changed.
        `target` (what it corrects) gets the keyboard back once the timeline is rebuilt."""
        focus = _focus_key(target)

        def done(correction) -> None:
            self.history.done(correction)
            self.window.pending_focus = focus
            self._applied(correction)
            if on_done is not None:
                on_done(correction)

        self.window.runner.run_serial(name, lambda _p: work(self.window.gateway), done)

    def undo(self) -> None:
        self._reverse("undo", self.history.take_undo(), self.history.undone, self.tr("Undone: %1"))

    def redo(self) -> None:
        self._reverse("redo", self.history.take_redo(), self.history.redone, self.tr("Redone: %1"))

    def _reverse(self, name: str, correction, record: Callable[[object], None], message: str) -> None:
        """Run a correction's undo on the serial worker; `record` keeps what that returned (its reverse)."""
        if correction is None:
            return

        def done(reverse) -> None:
            record(reverse)
            self._applied(reverse, message.replace("%1", words.text_of(correction.description)))

        self.window.runner.run_serial(
            name, lambda _p: self.window.gateway.undo_correction(correction), done, self._failed
        )

    def _applied(self, correction, message: str | None = None) -> None:
        self.window.apply_changes(correction.changes)
        self.window.statusBar().showMessage(message or words.text_of(correction.description), 8000)
        self.update_actions()

    def _failed(self, error: BaseException) -> None:
        """An undo the library no longer allows (the photo was erased since, or changed on another
        workstation): say why, forget the rest (and show the record as it is now)."""
        from photofollow.domain.errors import EditConflict

        self.history.clear()
        self.update_actions()
        if isinstance(error, EditConflict):
            self.window.show_edit_conflict(error)
            return
        QMessageBox.warning(self.window, APP_NAME, words.error_text(error))

    def _confirm(self, question: str, button_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question, parent=self.window)
        box.setInformativeText(self.tr("You can restore it from Edit ▸ Trash, or undo with Ctrl+Z."))
        confirm = box.addButton(button_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(confirm)
        box.exec()
        return box.clickedButton() is confirm


def check_new_patient(
    parent: QWidget,
    runner,
    gateway,
    patient: Patient,
    create: Callable[[], None],
    use: Callable[[Patient], None],
) -> None:
    """Before a new patient is created: when the library holds one with a close name or chart number, ask,
    naming it ("did you mean ..."): use that patient, create the new one anyway, or cancel."""
    if patient.id is not None:
        create()
        return

    def checked(similar: list[Patient]) -> None:
        if not similar:
            create()
            return
        match = similar[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            QCoreApplication.translate(
                "CorrectionActions", "Did you mean %1? That patient is already in the library."
            ).replace("%1", ", ".join(patient_text(each) for each in similar)),
            parent=parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CorrectionActions",
                "A second record of one patient splits their photos; create %1 only if it is someone else.",
            ).replace("%1", patient_text(patient))
        )
        existing = box.addButton(
            QCoreApplication.translate("CorrectionActions", "Use %1").replace("%1", match.display_name),
            QMessageBox.ButtonRole.AcceptRole,
        )
        new = box.addButton(
            QCoreApplication.translate("CorrectionActions", "Create a new patient"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(existing)
        box.exec()
        if box.clickedButton() is existing:
            use(match)
        elif box.clickedButton() is new:
            create()

    runner.run_serial(
        "similar patients",
        lambda _p: gateway.similar_patients(patient.display_name, patient.chart_number),
        checked,
    )


def _focus_key(target) -> tuple | None:
    """The timeline's focus key (PatientTimeline.focus_key) of a photo, visit or treatment."""
    if isinstance(target, Photo):
        return ("photo", target.id)
    if isinstance(target, VisitRecord):
        return ("edit visit", target.visit.id)
    if isinstance(target, TreatmentRecord):
        return ("edit treatment", target.treatment.id)
    return None


def patient_text(patient: Patient) -> str:
    return patient.display_name + (f" ({patient.chart_number})" if patient.chart_number else "")


class MovePhotoDialog(_RecordDialog):
    """Where a photo goes: a patient, one of that patient's visits (of any treatment), and its view."""

    def __init__(self, window, photo: Photo, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.photo = photo
        self.patient_combo = QComboBox(self)
        for patient in sorted(window.patients_model.patients(), key=lambda p: folded(p.display_name)):
            self.patient_combo.addItem(patient_text(patient), patient.id)
        self.patient_combo.setCurrentIndex(max(0, self.patient_combo.findData(patient_id)))
        self.visit_combo = QComboBox(self)
        self.view_combo = QComboBox(self)
        for view in View:
            self.view_combo.addItem(words.view_name(view), view.value)
        self.view_combo.setCurrentIndex(list(View).index(photo.view))
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(
            self.labels, (self.patient_combo, self.visit_combo, self.view_combo), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.patient_combo.currentIndexChanged.connect(self._patient_chosen)
        self.visit_combo.currentIndexChanged.connect(self.validate)
        self.setMinimumWidth(480)
        self.finish_layout()
        self._patient_chosen()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Move photo %1").replace("%1", self.photo.original_name))
        for label, text in zip(
            self.labels, (self.tr("&Patient:"), self.tr("V&isit:"), self.tr("&View:")), strict=True
        ):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))

    def _patient_chosen(self, _index: int = 0) -> None:
        patient_id = self.patient_combo.currentData()
        self.visit_combo.clear()
        self.validate()
        if patient_id is None:
            return
        window = self.window

        def done(record) -> None:
            if self.patient_combo.currentData() != patient_id:
                return
            self.visit_combo.blockSignals(True)
            for treatment in sorted(record.treatments, key=lambda t: t.treatment.performed_at, reverse=True):
                for visit in sorted(treatment.visits, key=lambda v: v.visit.visited_at):
                    self.visit_combo.addItem(
                        self.tr("Treatment of %1 · %2 · %3")
                        .replace("%1", words.date_text(treatment.treatment.performed_at, with_time=False))
                        .replace("%2", visit_label(visit, treatment))
                        .replace("%3", words.date_text(visit.visit.visited_at, with_time=False)),
                        visit.visit.id,
                    )
            self.visit_combo.setCurrentIndex(max(0, self.visit_combo.findData(self.photo.visit_id)))
            self.visit_combo.blockSignals(False)
            self.validate()

        window.runner.run_serial("load patient", lambda _p: window.gateway.patient_record(patient_id), done)

    def is_valid(self) -> bool:
        return self.visit_combo.currentData() is not None

    def choose(self, visit_id: int | None = None, view: View | None = None) -> None:
        """Pick a visit and a view (as a person would in the combo boxes)."""
        if visit_id is not None:
            self.visit_combo.setCurrentIndex(self.visit_combo.findData(visit_id))
        if view is not None:
            self.view_combo.setCurrentIndex(list(View).index(view))

    def choice(self) -> tuple[int, View]:
        return self.visit_combo.currentData(), View(self.view_combo.currentData())


class VisitDateDialog(_RecordDialog):
    """A new date and time (and, for a visit, its kind): a visit's or a treatment's."""

    def __init__(self, when, kind: VisitKind | None, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDateTimeEdit

        super().__init__(parent)
        self._kind = kind
        self.when_edit = QDateTimeEdit(to_qdatetime(when), self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(date_edit_format())
        self._original = self.when_edit.dateTime()
        self._when = when
        self.kind_combo = QComboBox(self)
        for value in VisitKind:
            self.kind_combo.addItem(words.visit_kind_name(value), value.value)
        if kind is not None:
            self.kind_combo.setCurrentIndex(list(VisitKind).index(kind))
        self.when_label = QLabel(self)
        self.kind_label = QLabel(self)
        self.when_label.setBuddy(self.when_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.form.addRow(self.when_label, self.when_edit)
        if kind is not None:
            self.form.addRow(self.kind_label, self.kind_combo)
        else:
            self.kind_combo.hide()
            self.kind_label.hide()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.body.addWidget(self.hint)
        self.setMinimumWidth(420)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        visit = self._kind is not None
        self.setWindowTitle(self.tr("Change visit") if visit else self.tr("Change treatment date"))
        self.when_label.setText(self.tr("&Date and time:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.when_edit.setAccessibleName(self.tr("Date and time"))
        self.kind_combo.setAccessibleName(self.tr("Kind of visit"))
        self.hint.setText(
            self.tr("Labels such as Week 2, and the checks, follow the new date.")
            if visit
            else self.tr("Every visit's time since treatment, and the checks, follow the new date.")
        )

    def choice(self):
        """The date and time (the original, to the second, when left alone) and the kind (None for a
        treatment)."""
        when = (
            self._when
            if self.when_edit.dateTime() == self._original
            else from_qdatetime(self.when_edit.dateTime())
        )
        kind = VisitKind(self.kind_combo.currentData()) if self._kind is not None else None
        return when, kind


class MergeDialog(_RecordDialog):
    """Which patient to merge into the one shown (that one is kept); with `treatment`, which patient that
    treatment moves to."""

    def __init__(
        self, keep: Patient, others: list[Patient], parent: QWidget | None = None, treatment=None
    ) -> None:
        super().__init__(parent)
        self.keep = keep
        self.treatment = treatment
        self.others = {patient.id: patient for patient in others}
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.other_combo = QComboBox(self)
        self.other_combo.setEditable(True)
        self.other_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.other_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        for patient in sorted(others, key=lambda p: folded(p.display_name)):
            self.other_combo.addItem(patient_text(patient), patient.id)
        self.other_combo.setCurrentIndex(-1)
        self.other_label = QLabel(self)
        self.other_label.setBuddy(self.other_combo)
        self.form.addRow(self.other_label, self.other_combo)
        self.other_combo.currentIndexChanged.connect(self.validate)
        self.body.insertWidget(0, self.explanation)
        self.setMinimumWidth(460)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        if self.treatment is not None:
            self.setWindowTitle(self.tr("Move treatment"))
            self.explanation.setText(
                self.tr(
                    "The treatment of %1, with its visits and photos, moves from %2 "
                    "to the patient you choose."
                )
                .replace("%1", words.date_text(self.treatment.performed_at, with_time=False))
                .replace("%2", patient_text(self.keep))
            )
            self.other_label.setText(self.tr("&Move to:"))
            self.other_combo.setAccessibleName(self.tr("Patient to move the treatment to"))
            return
        self.setWindowTitle(self.tr("Merge patients"))
        self.explanation.setText(
            self.tr(
                "The treatments, visits and photos of the patient you choose move to %1; that patient is "
                "then removed from the list (to the trash)."
            ).replace("%1", patient_text(self.keep))
        )
        self.other_label.setText(self.tr("&Merge:"))
        self.other_combo.setAccessibleName(self.tr("Patient to merge"))

    def is_valid(self) -> bool:
        return self.other() is not None

    def other(self) -> Patient | None:
        return self.others.get(self.other_combo.currentData())


class EraseDialog(QDialog):
    """The strong confirmation of an erasure: the patient's name typed again."""

    def __init__(self, patient: Patient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient = patient
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.name_edit.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._validate()
        self.setMinimumWidth(500)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Erase patient for good"))
        self.explanation.setText(
            self.tr(
                "Erasing removes %1 from the library for good: treatments, visits, symptom logs, the "
                "original photos, previews and measurements. It cannot be undone, and a restored backup will "
                "not bring the patient back. Use it for a patient's request to be erased; to remove a "
                "patient by mistake, use Delete patient (to the trash) instead."
            ).replace("%1", patient_text(self.patient))
        )
        self.name_label.setText(self.tr("&Type the patient's name to confirm:"))
        self.name_edit.setAccessibleName(self.tr("The patient's name, to confirm the erasure"))
        self.erase_button.setText(self.tr("&Erase for good"))

    def _validate(self, *_args) -> None:
        typed = folded(self.name_edit.text()).split()
        self.erase_button.setEnabled(typed == folded(self.patient.display_name).split())


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
