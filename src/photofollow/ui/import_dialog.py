"""The import dialog: which files, for which patient, treatment and visit, and the view of each photo.

Views are suggested from the head pose as the measurements come in (in the background) and stay editable;
the nurse can press Import at any moment. Choosing or creating the patient, treatment and visit happens here
too, so photos dropped on the window need no other stop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photofollow.domain.model import Patient, View, Visit, VisitKind
from photofollow.domain.timing import time_since_treatment
from photofollow.reporting import words
from photofollow.ui.dialogs import PatientDialog, TreatmentDialog, VisitDialog
from photofollow.ui.library import PatientRecord, TreatmentRecord
from photofollow.ui.models import folded
from photofollow.ui.operations import OperationRunner

PHOTO_SUFFIXES = {
    ".jpg",
    ".jpeg",
    ".jpe",
    ".png",
    ".tif",
    ".tiff",
    ".webp",
    ".heic",
    ".heif",
    ".hif",
    ".avif",
}


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the photo files inside folders (recursively), sorted, without repeats."""
    found: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for candidate in candidates:
            if path.is_dir() and candidate.suffix.lower() not in PHOTO_SUFFIXES:
                continue  # inside a folder only photos; a file named explicitly is tried whatever it is
            if candidate.name.startswith("."):
                continue
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


@dataclass
class ImportRequest:
    paths: list[Path]
    patient_id: int
    treatment_id: int
    visit_id: int
    views: dict[Path, View]


class ImportDialog(QDialog):
    """Pick files, patient, treatment and visit, and the views; `request()` gives what to import."""

    FILE, VIEW, SUGGESTION = range(3)

    def __init__(
        self,
        gateway,
        runner: OperationRunner,
        patients: list[Patient],
        paths: Iterable[Path] = (),
        patient_id: int | None = None,
        visit_id: int | None = None,
        suggest: bool = True,
        parent: QWidget | None = None,
        on_records_changed: Callable[[object], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.runner = runner
        self.suggest = suggest
        self.on_records_changed = on_records_changed
        self._patients = list(patients)
        self._record: PatientRecord | None = None
        self._wanted_visit = visit_id
        self._paths: list[Path] = []
        self._suggested: dict[Path, View | None] = {}
        self._edited: set[Path] = set()
        self.setAcceptDrops(True)

        self.files = QTableWidget(0, 3, self)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.verticalHeader().hide()
        self.files.setTabKeyNavigation(False)  # Tab goes on to each photo's view, then out of the table
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.VIEW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SUGGESTION, QHeaderView.ResizeMode.ResizeToContents)
        self.add_files_button = QPushButton(self)
        self.add_folder_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_files_button.clicked.connect(self._pick_files)
        self.add_folder_button.clicked.connect(self._pick_folder)
        self.remove_button.clicked.connect(self._remove_selected)
        file_buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)

        self.patient_combo = QComboBox(self)
        self.patient_combo.setEditable(True)
        self.patient_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.patient_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.patient_combo.completer().setCompletionMode(
            self.patient_combo.completer().CompletionMode.PopupCompletion
        )
        self.treatment_combo = QComboBox(self)
        self.visit_combo = QComboBox(self)
        self.new_patient_button = QPushButton(self)
        self.new_treatment_button = QPushButton(self)
        self.new_visit_button = QPushButton(self)
        self.new_patient_button.clicked.connect(self._new_patient)
        self.new_treatment_button.clicked.connect(self._new_treatment)
        self.new_visit_button.clicked.connect(self._new_visit)
        self.patient_label = QLabel(self)
        self.treatment_label = QLabel(self)
        self.visit_label = QLabel(self)
        form = QFormLayout()
        for label, combo, button in (
            (self.patient_label, self.patient_combo, self.new_patient_button),
            (self.treatment_label, self.treatment_combo, self.new_treatment_button),
            (self.visit_label, self.visit_combo, self.new_visit_button),
        ):
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(button)
            label.setBuddy(combo)
            form.addRow(label, row)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        # Tab in reading order: patient, treatment and visit (each with its New button), the files, OK.
        chain = [
            self.patient_combo,
            self.new_patient_button,
            self.treatment_combo,
            self.new_treatment_button,
            self.visit_combo,
            self.new_visit_button,
            self.files,
            self.add_files_button,
            self.add_folder_button,
            self.remove_button,
            self.buttons,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._fill_patients(patient_id)
        self.patient_combo.currentIndexChanged.connect(self._patient_chosen)
        self.treatment_combo.currentIndexChanged.connect(self._treatment_chosen)
        self.visit_combo.currentIndexChanged.connect(self._update_state)
        self.add_paths(paths)
        self.retranslate_ui()
        self._patient_chosen()
        self.resize(860, 620)

    # -- texts -----------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import photos"))
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("View"), self.tr("Suggested")])
        self.files.setAccessibleName(self.tr("Photos to import and their views"))
        self.add_files_button.setText(self.tr("Add &files…"))
        self.add_folder_button.setText(self.tr("Add f&older…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.patient_label.setText(self.tr("&Patient:"))
        self.treatment_label.setText(self.tr("&Treatment:"))
        self.visit_label.setText(self.tr("&Visit:"))
        self.patient_combo.lineEdit().setPlaceholderText(self.tr("Type a name or chart number"))
        self.patient_combo.setAccessibleName(self.tr("Patient"))
        self.treatment_combo.setAccessibleName(self.tr("Treatment"))
        self.visit_combo.setAccessibleName(self.tr("Visit"))
        self.new_patient_button.setText(self.tr("New patient…"))
        self.new_treatment_button.setText(self.tr("New treatment…"))
        self.new_visit_button.setText(self.tr("New visit…"))
        self.import_button.setText(self.tr("&Import"))
        self._refresh_view_combos()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- files -----------------------------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path]) -> None:
        new = [path for path in expand_paths(paths) if path not in self._paths]
        for path in new:
            row = self.files.rowCount()
            self.files.insertRow(row)
            item = QTableWidgetItem(path.name)
            item.setToolTip(str(path))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.files.setItem(row, self.FILE, item)
            combo = QComboBox(self.files)
            for view in View:
                combo.addItem(words.view_name(view), view.value)
            combo.setCurrentIndex(list(View).index(self._default_view(len(self._paths))))
            combo.activated.connect(lambda _index, path=path: self._edited.add(path))
            combo.setAccessibleName(self.tr("View of %1").replace("%1", path.name))
            self.files.setCellWidget(row, self.VIEW, combo)
            suggestion = QTableWidgetItem("")
            suggestion.setFlags(suggestion.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.files.setItem(row, self.SUGGESTION, suggestion)
            self._paths.append(path)
        previous: QWidget = self.files
        for row in range(self.files.rowCount()):  # each photo's view right after the table, in row order
            QWidget.setTabOrder(previous, self.files.cellWidget(row, self.VIEW))
            previous = self.files.cellWidget(row, self.VIEW)
        if new and self.suggest:
            self._suggest_views(new)
        self._update_state()

    def _default_view(self, position: int) -> View:
        return View.OTHER

    def _remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.files.selectedIndexes()}, reverse=True):
            self.files.removeRow(row)
            del self._paths[row]
        self._update_state()

    def _pick_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose photos"),
            "",
            self.tr("Photos (%1);;All files (*)").replace(
                "%1", " ".join(f"*{s}" for s in sorted(PHOTO_SUFFIXES))
            ),
        )
        self.add_paths(Path(name) for name in files)

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of photos"))
        if folder:
            self.add_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def view_of(self, path: Path) -> View:
        row = self._paths.index(path)
        return View(self.files.cellWidget(row, self.VIEW).currentData())

    def set_view(self, path: Path, view: View) -> None:
        row = self._paths.index(path)
        combo = self.files.cellWidget(row, self.VIEW)
        combo.setCurrentIndex(list(View).index(view))
        self._edited.add(path)

    def _refresh_view_combos(self) -> None:
        for row in range(self.files.rowCount()):
            combo = self.files.cellWidget(row, self.VIEW)
            for index, view in enumerate(View):
                combo.setItemText(index, words.view_name(view))
            self._show_suggestion(self._paths[row])

    # -- view suggestions from the head pose -------------------------------------------------------------

    def _suggest_views(self, paths: list[Path]) -> None:
        for path in paths:
            self._suggested.setdefault(path, None)
            self._show_suggestion(path, pending=True)

            def work(_progress, path=path):
                return self.gateway.suggest_view(path)

            def done(view, path=path) -> None:
                self._suggested[path] = view
                if path in self._paths:
                    if view is not None and path not in self._edited:
                        row = self._paths.index(path)
                        self.files.cellWidget(row, self.VIEW).setCurrentIndex(list(View).index(view))
                    self._show_suggestion(path)

            def failed(_error, path=path) -> None:
                self._suggested[path] = None
                if path in self._paths:
                    self._show_suggestion(path)

            self.runner.run_parallel("suggest view", work, done, failed)

    def _show_suggestion(self, path: Path, pending: bool = False) -> None:
        if path not in self._paths:
            return
        item = self.files.item(self._paths.index(path), self.SUGGESTION)
        if item is None:
            return
        view = self._suggested.get(path)
        if pending:
            item.setText(self.tr("looking at the head pose…"))
        elif view is None:
            item.setText(self.tr("no suggestion (no face found)") if path in self._suggested else "")
        else:
            item.setText(self.tr("%1, from the head pose").replace("%1", words.view_name(view)))

    # -- patient, treatment, visit ---------------------------------------------------------------------------

    def _fill_patients(self, select_id: int | None) -> None:
        self.patient_combo.blockSignals(True)
        self.patient_combo.clear()
        for patient in sorted(self._patients, key=lambda p: folded(p.display_name)):
            text = patient.display_name + (f" · {patient.chart_number}" if patient.chart_number else "")
            self.patient_combo.addItem(text, patient.id)
        index = self.patient_combo.findData(select_id) if select_id is not None else -1
        self.patient_combo.setCurrentIndex(index)
        self.patient_combo.blockSignals(False)

    def _patient_chosen(self, _index: int = 0) -> None:
        patient_id = self.patient_combo.currentData()
        self._record = None
        self.treatment_combo.clear()
        self.visit_combo.clear()
        if patient_id is None:
            self._update_state()
            return

        def work(_progress):
            return self.gateway.patient_record(patient_id)

        def done(record: PatientRecord) -> None:
            if self.patient_combo.currentData() == patient_id:
                self._record = record
                self._fill_treatments()

        self.runner.run_serial("load patient", work, done)

    def _fill_treatments(self, select_id: int | None = None) -> None:
        self.treatment_combo.blockSignals(True)
        self.treatment_combo.clear()
        treatments = (
            sorted(self._record.treatments, key=lambda r: r.treatment.performed_at, reverse=True)
            if self._record
            else []
        )
        for record in treatments:
            treatment = record.treatment
            self.treatment_combo.addItem(
                f"{words.date_text(treatment.performed_at)} · {words.area_name(treatment.area)}"
                + (f" · {treatment.product}" if treatment.product else ""),
                treatment.id,
            )
        if select_id is None and self._wanted_visit is not None and self._record is not None:
            owner = self._record.treatment_of_visit(self._wanted_visit)
            select_id = owner.treatment.id if owner else None
        index = self.treatment_combo.findData(select_id) if select_id is not None else 0
        self.treatment_combo.setCurrentIndex(max(0, index) if treatments else -1)
        self.treatment_combo.blockSignals(False)
        self._treatment_chosen()

    def _current_treatment(self) -> TreatmentRecord | None:
        treatment_id = self.treatment_combo.currentData()
        if self._record is None or treatment_id is None:
            return None
        return next((r for r in self._record.treatments if r.treatment.id == treatment_id), None)

    def _treatment_chosen(self, _index: int = 0, select_visit: int | None = None) -> None:
        self.visit_combo.blockSignals(True)
        self.visit_combo.clear()
        record = self._current_treatment()
        visits = sorted(record.visits, key=lambda v: v.visit.visited_at, reverse=True) if record else []
        for visit_record in visits:
            visit = visit_record.visit
            label = (
                words.visit_kind_name(visit.kind)
                if visit.kind is VisitKind.BASELINE
                else words.elapsed_label(
                    time_since_treatment(visit.visited_at, record.treatment.performed_at)
                )
            )
            self.visit_combo.addItem(f"{label} · {words.date_text(visit.visited_at)}", visit.id)
        wanted = select_visit if select_visit is not None else self._wanted_visit
        index = self.visit_combo.findData(wanted) if wanted is not None else 0
        self.visit_combo.setCurrentIndex(max(0, index) if visits else -1)
        self.visit_combo.blockSignals(False)
        self._update_state()

    def _new_patient(self) -> None:
        dialog = PatientDialog(None, self)
        typed = self.patient_combo.currentText().strip()
        if typed and self.patient_combo.currentData() is None:
            dialog.name_edit.setText(typed)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        patient = dialog.record()

        def done(result) -> None:
            saved, changes = result
            self._patients.append(saved)
            self._fill_patients(saved.id)
            self._patient_chosen()
            if self.on_records_changed:
                self.on_records_changed(changes)

        self.runner.run_serial("save patient", lambda _p: self.gateway.save_patient(patient), done)

    def _new_treatment(self) -> None:
        patient_id = self.patient_combo.currentData()
        if patient_id is None:
            return
        dialog = TreatmentDialog(patient_id, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        treatment = dialog.record()

        def save(_progress):
            saved, changes = self.gateway.save_treatment(treatment)
            return saved, changes, self.gateway.patient_record(patient_id)

        def applied(result) -> None:
            saved, changes, record = result
            self._record = record
            self._fill_treatments(saved.id)
            if self.on_records_changed:
                self.on_records_changed(changes)

        self.runner.run_serial("save treatment", save, applied)

    def _new_visit(self) -> None:
        record = self._current_treatment()
        if record is None:
            return
        kind = VisitKind.FOLLOW_UP if record.baseline_visits() else VisitKind.BASELINE
        dialog = VisitDialog(record.treatment.id, None, [], kind, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        visit = dialog.record()
        patient_id = self.patient_combo.currentData()

        def save(_progress):
            saved, changes = self.gateway.save_visit(visit, None)
            symptoms = dialog_symptoms(saved)
            if symptoms:
                saved, more = self.gateway.save_visit(saved, symptoms)
                changes = changes | more
            return saved, changes, self.gateway.patient_record(patient_id)

        def dialog_symptoms(saved: Visit):
            return dialog.symptom_entries(saved.id)

        def applied(result) -> None:
            saved, changes, patient_record = result
            self._record = patient_record
            self._wanted_visit = saved.id
            self._fill_treatments(record.treatment.id)
            if self.on_records_changed:
                self.on_records_changed(changes)

        self.runner.run_serial("save visit", save, applied)

    # -- result ----------------------------------------------------------------------------------------------

    def _update_state(self, *_args) -> None:
        has_files = bool(self._paths)
        has_visit = self.visit_combo.currentData() is not None
        self.import_button.setEnabled(has_files and has_visit)
        self.new_treatment_button.setEnabled(self.patient_combo.currentData() is not None)
        self.new_visit_button.setEnabled(self.treatment_combo.currentData() is not None)
        if not has_files:
            self.hint.setText(self.tr("Add photos with the buttons below, or drop files or folders here."))
        elif self.patient_combo.currentData() is None:
            self.hint.setText(self.tr("Choose the patient, or create one."))
        elif not has_visit:
            self.hint.setText(
                self.tr("Choose the treatment and the visit these photos belong to, or create them.")
            )
        else:
            count = len(self._paths)
            self.hint.setText(
                self.tr("1 photo will be imported. Check its view before importing.")
                if count == 1
                else self.tr("%n photos will be imported. Check each view before importing.", None, count)
            )

    def request(self) -> ImportRequest | None:
        visit_id = self.visit_combo.currentData()
        treatment_id = self.treatment_combo.currentData()
        patient_id = self.patient_combo.currentData()
        if visit_id is None or not self._paths:
            return None
        return ImportRequest(
            paths=list(self._paths),
            patient_id=patient_id,
            treatment_id=treatment_id,
            visit_id=visit_id,
            views={path: self.view_of(path) for path in self._paths},
        )
