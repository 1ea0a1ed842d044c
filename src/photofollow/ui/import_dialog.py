"""The import dialog: which files, for which patient and treatment, and the plan before anything is written.

Each file shows its thumbnail (loaded on the pool, the dialog never waits), its capture time and where that
came from, the time since treatment it will be labelled with, its view (suggested from the head pose as the
measurements come in, and editable) and the visit it goes to. The plan (services/import_plan.py) groups the
files into visits by capture date and names each problem row by row; the nurse resolves them here (types a
date, files a row under another visit, view or treatment, leaves it out, or accepts the dates) and the Import
button says what will happen. Choosing or creating the patient, treatment and visit happens here too, so
photos dropped on the window need no other stop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photofollow.domain.model import CaptureTimeSource, Patient, View, Visit, VisitKind
from photofollow.domain.text import folded
from photofollow.domain.timing import local_date, time_since_treatment
from photofollow.reporting import words
from photofollow.services.records import PatientRecord, TreatmentRecord
from photofollow.ui.corrections import check_new_patient
from photofollow.ui.dialogs import (
    PatientDialog,
    TreatmentDialog,
    VisitDialog,
    _RecordDialog,
    from_qdatetime,
    to_qdatetime,
)
from photofollow.ui.i18n import date_edit_format
from photofollow.ui.icons import status_icon
from photofollow.ui.operations import OperationRunner

THUMB_SIDE = 56  # a file's thumbnail in the plan: enough to tell a frontal from a profile

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
    """What to import: the plan (with the rows the nurse changed) and whether its dates are accepted.

    `visit_id` and `views` without a plan import every file into one visit (the import of before the plan,
    still used by tests and tools); with a plan, `visit_id` is unused."""

    paths: list[Path]
    patient_id: int
    treatment_id: int
    visit_id: int | None
    views: dict[Path, View]
    plan: object | None = None  # services.import_plan.ImportPlan
    accept_dates: bool = False
    treatment_ids: set[int] = field(default_factory=set)


def date_source_text(source: CaptureTimeSource | None) -> str:
    """Where a capture time came from, for the nurse: trust it, or check it."""
    from PySide6.QtCore import QCoreApplication

    if source is CaptureTimeSource.ENTERED:
        return QCoreApplication.translate("ImportDialog", "typed in")
    if source is not None and CaptureTimeSource(source).from_camera:
        return QCoreApplication.translate("ImportDialog", "from camera")
    if source is None:
        return QCoreApplication.translate("ImportDialog", "no date")
    return QCoreApplication.translate("ImportDialog", "file date: check")


class ImportDialog(QDialog):
    """Pick files, patient and treatment; see and change the plan; `request()` gives what to import."""

    FILE, TAKEN, SINCE, VIEW, SUGGESTION, VISIT, PROBLEMS = range(7)

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
        self._wanted_visit = visit_id  # the visit files were dropped on; otherwise visits by capture date
        self._paths: list[Path] = []
        self._suggested: dict[Path, View | None] = {}
        self._edited: set[Path] = set()
        self.plan = None  # services.import_plan.ImportPlan, once made for the files, treatment and visit
        self._planning = 0  # generation of the plan asked for last; older answers are dropped
        self._dates: dict[Path, object] = {}  # capture times the nurse typed or confirmed
        self._targets: dict[Path, tuple[int, object]] = {}  # rows filed by hand: (treatment id, target)
        self._left_out: set[Path] = set()
        self._thumbs: dict[Path, QImage] = {}
        self.setAcceptDrops(True)

        self.files = QTableWidget(0, 7, self)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.verticalHeader().hide()
        self.files.verticalHeader().setDefaultSectionSize(THUMB_SIDE + 6)
        self.files.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.files.setWordWrap(True)
        self.files.setTabKeyNavigation(False)  # Tab goes on to each photo's view, then out of the table
        self.files.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.files.customContextMenuRequested.connect(self._row_menu)
        self.files.itemSelectionChanged.connect(self._update_row_buttons)
        header = self.files.horizontalHeader()
        for column in (self.FILE, self.TAKEN, self.SINCE, self.VIEW, self.VISIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The suggestion wraps in a column of its own width; the problems take the rest of the row.
        header.setSectionResizeMode(self.SUGGESTION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.SUGGESTION, 150)
        header.setSectionResizeMode(self.PROBLEMS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.add_files_button = QPushButton(self)
        self.add_folder_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_files_button.clicked.connect(self._pick_files)
        self.add_folder_button.clicked.connect(self._pick_folder)
        self.remove_button.clicked.connect(self._remove_selected)
        self.date_button = QPushButton(self)
        self.date_button.clicked.connect(self.type_date)
        self.visit_button = QPushButton(self)
        self.visit_button.clicked.connect(
            lambda: self._visit_menu(self._selected_rows()).exec(
                self.visit_button.mapToGlobal(self.visit_button.rect().bottomLeft())
            )
        )
        self.leave_out_button = QPushButton(self)
        self.leave_out_button.clicked.connect(self._toggle_left_out)
        self.accept_dates_box = QCheckBox(self)
        self.accept_dates_box.toggled.connect(lambda _checked: self._show_plan())
        file_buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        for button in (self.date_button, self.visit_button, self.leave_out_button):
            file_buttons.addWidget(button)

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
        layout.addWidget(self.accept_dates_box)
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
            self.date_button,
            self.visit_button,
            self.leave_out_button,
            self.accept_dates_box,
            self.buttons,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._fill_patients(patient_id)
        self.patient_combo.currentIndexChanged.connect(self._patient_chosen)
        self.treatment_combo.currentIndexChanged.connect(self._treatment_chosen)
        self.visit_combo.currentIndexChanged.connect(lambda _index: self._replan())
        self.add_paths(paths)
        self.retranslate_ui()
        self._patient_chosen()
        self.resize(1180, 680)

    # -- texts -----------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import photos"))
        self.files.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Taken"),
                self.tr("Since treatment"),
                self.tr("View"),
                self.tr("Suggested"),
                self.tr("Goes to visit"),
                self.tr("Problems"),
            ]
        )
        self.files.setAccessibleName(self.tr("Photos to import, where each goes and its problems"))
        self.add_files_button.setText(self.tr("Add &files…"))
        self.add_folder_button.setText(self.tr("Add f&older…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.date_button.setText(self.tr("Type &date…"))
        self.date_button.setToolTip(
            self.tr("The date the selected photos were taken, when the camera gave none")
        )
        self.visit_button.setText(self.tr("File &under…"))
        self.visit_button.setToolTip(self.tr("Another visit or treatment for the selected photos"))
        self.leave_out_button.setText(self.tr("&Leave out"))
        self.accept_dates_box.setText(
            self.tr(
                "&Accept the dates as they are (photos far from their visit, "
                "or on the wrong side of the treatment)"
            )
        )
        self.patient_label.setText(self.tr("&Patient:"))
        self.treatment_label.setText(self.tr("&Treatment:"))
        self.visit_label.setText(self.tr("&Visit:"))
        self.patient_combo.lineEdit().setPlaceholderText(self.tr("Type a name or chart number"))
        self.patient_combo.setAccessibleName(self.tr("Patient"))
        self.treatment_combo.setAccessibleName(self.tr("Treatment"))
        self.visit_combo.setAccessibleName(self.tr("Visit"))
        if self.visit_combo.count():
            self.visit_combo.setItemText(0, self.tr("By capture date (a visit per day)"))
        self.new_patient_button.setText(self.tr("New patient…"))
        self.new_treatment_button.setText(self.tr("New treatment…"))
        self.new_visit_button.setText(self.tr("New visit…"))
        self._refresh_view_combos()
        self._show_plan()

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
            for column in range(self.files.columnCount()):
                if column == self.VIEW:
                    continue
                item = QTableWidgetItem(path.name if column == self.FILE else "")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.files.setItem(row, column, item)
            self.files.item(row, self.FILE).setToolTip(str(path))
            combo = QComboBox(self.files)
            for view in View:
                combo.addItem(words.view_name(view), view.value)
            combo.setCurrentIndex(list(View).index(View.OTHER))
            combo.activated.connect(lambda _index, path=path: self._view_chosen(path))
            combo.setAccessibleName(self.tr("View of %1").replace("%1", path.name))
            self.files.setCellWidget(row, self.VIEW, combo)
            self._paths.append(path)
        previous: QWidget = self.files
        for row in range(self.files.rowCount()):  # each photo's view right after the table, in row order
            QWidget.setTabOrder(previous, self.files.cellWidget(row, self.VIEW))
            previous = self.files.cellWidget(row, self.VIEW)
        if new:
            self._load_thumbnails(new)
            if self.suggest:
                self._suggest_views(new)
            self._replan()
        self._update_state()

    def _remove_selected(self) -> None:
        for row in sorted(self._selected_row_numbers(), reverse=True):
            self.files.removeRow(row)
            path = self._paths.pop(row)
            self._edited.discard(path)
        self._replan()

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
        self._view_chosen(path)

    def _view_chosen(self, path: Path) -> None:
        self._edited.add(path)
        planned = self.planned(path)
        if planned is not None:
            self.plan.reassign(planned, view=self.view_of(path))
            self._show_plan()

    def _refresh_view_combos(self) -> None:
        for row in range(self.files.rowCount()):
            combo = self.files.cellWidget(row, self.VIEW)
            for index, view in enumerate(View):
                combo.setItemText(index, words.view_name(view))
            self._show_suggestion(self._paths[row])

    # -- thumbnails (the parallel pool) ----------------------------------------------------------------------

    def _load_thumbnails(self, paths: list[Path]) -> None:
        for path in paths:

            def work(_progress, path=path) -> QImage:
                reader = QImageReader(str(path))
                reader.setAutoTransform(True)
                size = reader.size()
                if size.isValid() and max(size.width(), size.height()) > THUMB_SIDE:
                    # The decoder reduces as it reads (JPEG): a 24 MP photo costs a fraction of a decode.
                    reader.setScaledSize(
                        size.scaled(THUMB_SIDE * 2, THUMB_SIDE * 2, Qt.AspectRatioMode.KeepAspectRatio)
                    )
                image = reader.read()
                if image.isNull():
                    return image
                return image.scaled(
                    THUMB_SIDE,
                    THUMB_SIDE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )

            def done(image: QImage, path=path) -> None:
                if not image.isNull() and path in self._paths and _alive(self):
                    self._thumbs[path] = image
                    item = self.files.item(self._paths.index(path), self.FILE)
                    if item is not None:
                        item.setIcon(QIcon(QPixmap.fromImage(image)))

            self.runner.run_parallel("import thumbnail", work, done, lambda _error: None)

    def thumbnail_of(self, path: Path) -> QImage | None:
        return self._thumbs.get(path)

    # -- view suggestions from the head pose -------------------------------------------------------------

    def _suggest_views(self, paths: list[Path]) -> None:
        for path in paths:
            self._suggested.setdefault(path, None)
            self._show_suggestion(path, pending=True)

            def work(_progress, path=path):
                return self.gateway.suggest_view(path)

            def done(view, path=path) -> None:
                if not _alive(self):
                    return
                self._suggested[path] = view
                if path in self._paths:
                    if view is not None and path not in self._edited:
                        row = self._paths.index(path)
                        self.files.cellWidget(row, self.VIEW).setCurrentIndex(list(View).index(view))
                        self._apply_suggestion(path)
                        self._show_plan()
                    self._show_suggestion(path)

            def failed(_error, path=path) -> None:
                if not _alive(self):
                    return
                self._suggested[path] = None
                if path in self._paths:
                    self._show_suggestion(path)

            self.runner.run_parallel("suggest view", work, done, failed)

    def _apply_suggestion(self, path: Path) -> None:
        """A suggested view, into the plan's row (as suggested, not given)."""
        from photofollow.services.import_plan import ViewSource

        planned = self.planned(path)
        view = self._suggested.get(path)
        if planned is None or view is None or path in self._edited:
            return
        planned.view, planned.view_source = view, ViewSource.SUGGESTED
        self.plan.reassign(planned)  # re-evaluated: no "no view" warning any more

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

    # -- the plan (the serial worker reads headers and hashes; the GUI shows and changes it) ---------------

    def planned(self, path: Path):
        """The plan's row of a file, or None while the plan is being made."""
        if self.plan is None:
            return None
        return next((row for row in self.plan.rows if row.path == path), None)

    def _replan(self) -> None:
        """Make the plan again for the files, treatment and visit chosen; the nurse's changes are kept."""
        self._planning += 1
        generation = self._planning
        treatment_id = self.treatment_combo.currentData()
        self.plan = None
        if treatment_id is None or not self._paths:
            self._show_plan()
            return
        paths = list(self._paths)
        visit_id = self.visit_combo.currentData()
        views = {path: self.view_of(path) for path in paths if path in self._edited}
        self._show_plan()

        def work(_progress):
            return self.gateway.plan_import(paths, treatment_id, visit_id=visit_id, views=views)

        def done(plan) -> None:
            if generation != self._planning or not _alive(self):
                return
            self.plan = plan
            for row in plan.rows:
                if row.path in self._dates:
                    plan.reassign(row, capture_time=self._dates[row.path])
                if row.path in self._left_out:
                    plan.reassign(row, skip=True)
                kept = self._targets.get(row.path)
                if kept is not None and kept[0] == treatment_id:
                    plan.reassign(row, target=kept[1])
                self._apply_suggestion(row.path)
            self._show_plan()

        def failed(error: BaseException) -> None:
            if generation == self._planning and _alive(self):
                self.hint.setText(words.error_text(error))

        self.runner.run_serial("plan import", work, done, failed)

    def _show_plan(self) -> None:
        """Every row's capture time, label, visit and problems from the plan; then the Import button."""
        for index, path in enumerate(self._paths):
            planned = self.planned(path)
            texts = self._row_texts(planned)
            for column, text in texts.items():
                item = self.files.item(index, column)
                if item is not None:
                    item.setText(text)
            problems = self.files.item(index, self.PROBLEMS)
            if problems is not None:
                problems.setToolTip(texts[self.PROBLEMS])
                if planned is None:
                    problems.setIcon(QIcon())
                elif any(p.blocking for p in planned.problems) and not self._accepted(planned):
                    problems.setIcon(_small(status_icon("fail")))
                elif planned.problems or planned.skip:
                    problems.setIcon(_small(status_icon("warn")))
                else:
                    problems.setIcon(_small(status_icon("pass")))
            combo = self.files.cellWidget(index, self.VIEW)
            if planned is not None and combo is not None and combo.currentData() != planned.view.value:
                combo.setCurrentIndex(list(View).index(planned.view))
        self._update_row_buttons()
        self._update_state()

    def _accepted(self, planned) -> bool:
        return self.accept_dates_box.isChecked() and planned.importable(accept_dates=True)

    def _row_texts(self, planned) -> dict[int, str]:
        if planned is None:
            waiting = self.tr("reading…") if self.treatment_combo.currentData() is not None else ""
            return {self.TAKEN: waiting, self.SINCE: "", self.VISIT: "", self.PROBLEMS: ""}
        taken = ""
        if planned.capture_time is not None:
            taken = (
                words.date_text(planned.capture_time) + "\n" + date_source_text(planned.capture_time_source)
            )
        elif planned.facts is not None:
            taken = date_source_text(None)
        problems = [words.text_of(problem.phrase) for problem in planned.problems]
        if planned.skip:
            problems.insert(0, self.tr("left out: not imported"))
        return {
            self.TAKEN: taken,
            self.SINCE: words.elapsed_label(planned.elapsed) if planned.elapsed is not None else "",
            self.VISIT: self.target_text(planned.target) if planned.facts is not None else "",
            self.PROBLEMS: "\n".join(problems),
        }

    def target_text(self, target) -> str:
        """Where a row goes: an existing visit by its label and date, or the new visit proposed."""
        if self.plan is None:
            return ""
        treatment = self.plan.treatments.get(target.treatment_id)
        other = treatment is not None and target.treatment_id != self.treatment_combo.currentData()
        prefix = (
            self.tr("Treatment of %1: ").replace(
                "%1", words.date_text(treatment.performed_at, with_time=False)
            )
            if other
            else ""
        )
        if target.visit_id is not None:
            visit = next(
                (
                    v
                    for v in self.plan.visits_by_treatment.get(target.treatment_id, [])
                    if v.id == target.visit_id
                ),
                None,
            )
            if visit is not None and treatment is not None:
                return prefix + self._visit_text(visit, treatment)
        if target.day is None:
            return prefix + self.tr("a visit on the date you type")
        kind = words.visit_kind_name(target.kind)
        return prefix + self.tr("new: %1 · %2").replace("%1", kind).replace("%2", words.day_text(target.day))

    def _visit_text(self, visit: Visit, treatment) -> str:
        label = (
            words.visit_kind_name(visit.kind)
            if visit.kind is VisitKind.BASELINE
            else words.elapsed_label(time_since_treatment(visit.visited_at, treatment.performed_at))
        )
        return f"{label} · {words.date_text(visit.visited_at, with_time=False)}"

    # -- resolving problems row by row -----------------------------------------------------------------------

    def _selected_row_numbers(self) -> list[int]:
        return sorted({index.row() for index in self.files.selectionModel().selectedRows()})

    def _selected_rows(self) -> list:
        rows = [self.planned(self._paths[number]) for number in self._selected_row_numbers()]
        return [row for row in rows if row is not None]

    def select_paths(self, paths: Iterable[Path]) -> None:
        """Select the rows of `paths` (as a click and Ctrl+click would)."""
        wanted = set(paths)
        self.files.clearSelection()
        mode = self.files.selectionMode()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for number, path in enumerate(self._paths):
            if path in wanted:
                self.files.selectRow(number)
        self.files.setSelectionMode(mode)

    def _update_row_buttons(self) -> None:
        rows = self._selected_rows()
        self.date_button.setEnabled(any(row.facts is not None for row in rows))
        self.visit_button.setEnabled(any(row.facts is not None for row in rows))
        self.leave_out_button.setEnabled(bool(rows))
        self.leave_out_button.setText(
            self.tr("&Include") if rows and all(row.skip for row in rows) else self.tr("&Leave out")
        )

    def _row_menu(self, position) -> None:
        rows = self._selected_rows()
        if not rows:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.date_button.text().replace("&", ""), self.type_date)
        visits = self._visit_menu(rows, menu)
        visits.setTitle(self.visit_button.text().replace("&", "").rstrip("…"))
        menu.addMenu(visits)
        views = menu.addMenu(self.tr("View"))
        for view in View:
            views.addAction(words.view_name(view), lambda view=view: self._set_views(rows, view))
        menu.addAction(self.leave_out_button.text().replace("&", ""), self._toggle_left_out)
        menu.popup(self.files.viewport().mapToGlobal(position))

    def _set_views(self, rows, view: View) -> None:
        for row in rows:
            self.set_view(row.path, view)

    def _visit_menu(self, rows, parent: QWidget | None = None) -> QMenu:
        """Where the selected rows can go: the treatment's visits, a new visit of their day, another
        treatment of the patient."""
        from photofollow.services.import_plan import VisitTarget

        menu = QMenu(parent or self)
        if self.plan is None or not rows:
            return menu
        treatment_id = self.treatment_combo.currentData()
        treatment = self.plan.treatments[treatment_id]
        for visit in sorted(self.plan.visits_by_treatment.get(treatment_id, []), key=lambda v: v.visited_at):
            target = VisitTarget(
                treatment_id, visit.kind, local_date(visit.visited_at, self.plan.zone), visit.id
            )
            menu.addAction(
                self._visit_text(visit, treatment), lambda target=target: self.file_under(rows, target)
            )
        days = sorted({row.target.day for row in rows if row.target.day is not None})
        for day in days:
            for kind in VisitKind:
                target = VisitTarget(treatment_id, kind, day, None)
                text = (
                    self.tr("New %1 visit on %2")
                    .replace("%1", words.visit_kind_name(kind))
                    .replace("%2", words.day_text(day))
                )
                menu.addAction(
                    text,
                    lambda target=target, day=day: self.file_under(
                        [row for row in rows if row.target.day == day], target
                    ),
                )
        others = [
            t for t in (self._record.treatments if self._record else []) if t.treatment.id != treatment_id
        ]
        menu.addSeparator()
        for other in others:
            menu.addAction(
                self.tr("Treatment of %1 (by capture date)").replace(
                    "%1", words.date_text(other.treatment.performed_at, with_time=False)
                ),
                lambda other=other: self.move_to_treatment(rows, other),
            )
        menu.addAction(self.tr("Another patient's treatment…"), lambda: self._to_other_patient(rows))
        return menu

    def _to_other_patient(self, rows) -> None:
        """Rows that belong to another patient (a card shared between two patients): their treatment."""
        others = [p for p in self._patients if p.id != self.patient_combo.currentData()]
        dialog = OtherPatientDialog(self, others)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.treatment() is not None:
            self.move_to_treatment(rows, dialog.treatment())

    def file_under(self, rows, target) -> None:
        """File rows under a visit chosen by hand (existing or new)."""
        for row in rows:
            self.plan.reassign(row, target=target)
            self._targets[row.path] = (self.treatment_combo.currentData(), target)
        self._show_plan()

    def move_to_treatment(self, rows, other: TreatmentRecord) -> None:
        """File rows under another treatment of the patient, each by its capture date there."""
        visits = [record.visit for record in other.visits]
        for row in rows:
            self.plan.reassign(row, treatment=other.treatment, visits=visits)
            self._targets[row.path] = (self.treatment_combo.currentData(), row.target)
        self._show_plan()

    def type_date(self) -> None:
        """The date the selected photos were taken: confirms a file date, or gives one where none is."""
        rows = [row for row in self._selected_rows() if row.facts is not None]
        if not rows:
            return
        first = rows[0].capture_time
        dialog = CaptureDateDialog(first if first is not None else self.plan.treatment.performed_at, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.set_date([row.path for row in rows], dialog.moment())

    def set_date(self, paths: Iterable[Path], moment) -> None:
        for path in paths:
            planned = self.planned(path)
            if planned is not None:
                self._dates[path] = moment
                self.plan.reassign(planned, capture_time=moment)
        self._show_plan()

    def _toggle_left_out(self) -> None:
        rows = self._selected_rows()
        leave_out = not all(row.skip for row in rows)
        for row in rows:
            self.plan.reassign(row, skip=leave_out)
            (self._left_out.add if leave_out else self._left_out.discard)(row.path)
        self._show_plan()

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
        """The visits of the treatment: by capture date (the plan's grouping) unless the files were dropped on
        one, or the nurse picks one for all of them. Never the latest visit by default."""
        self.visit_combo.blockSignals(True)
        self.visit_combo.clear()
        record = self._current_treatment()
        if record is not None:
            self.visit_combo.addItem(self.tr("By capture date (a visit per day)"), None)
        visits = sorted(record.visits, key=lambda v: v.visit.visited_at, reverse=True) if record else []
        for visit_record in visits:
            self.visit_combo.addItem(
                self._visit_text(visit_record.visit, record.treatment), visit_record.visit.id
            )
        wanted = select_visit if select_visit is not None else self._wanted_visit
        index = self.visit_combo.findData(wanted) if wanted is not None else 0
        self.visit_combo.setCurrentIndex(max(0, index) if record is not None else -1)
        self.visit_combo.blockSignals(False)
        self._replan()

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

        def use(existing: Patient) -> None:
            self.patient_combo.setCurrentIndex(self.patient_combo.findData(existing.id))

        check_new_patient(
            self,
            self.runner,
            self.gateway,
            patient,
            lambda: self.runner.run_serial(
                "save patient", lambda _p: self.gateway.save_patient(patient), done
            ),
            use,
        )

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
        patient_chosen = self.patient_combo.currentData() is not None
        treatment_chosen = self.treatment_combo.currentData() is not None
        self.new_treatment_button.setEnabled(patient_chosen)
        self.new_visit_button.setEnabled(treatment_chosen)
        accept = self.accept_dates_box.isChecked()
        summary = self.plan.summary(accept) if self.plan is not None else None
        self.import_button.setEnabled(summary is not None and summary.photos > 0)
        if summary is not None:
            self.import_button.setText(
                self.tr("&Import: %1").replace("%1", words.text_of(self.plan.summary_phrase(accept)))
            )
        else:
            self.import_button.setText(self.tr("&Import"))
        if not has_files:
            self.hint.setText(self.tr("Add photos with the buttons below, or drop files or folders here."))
        elif not patient_chosen:
            self.hint.setText(self.tr("Choose the patient, or create one."))
        elif not treatment_chosen:
            self.hint.setText(self.tr("Choose the treatment these photos belong to, or create it."))
        elif summary is None:
            self.hint.setText(self.tr("Reading the files' dates…"))
        elif summary.blocked:
            self.hint.setText(
                self.tr(
                    "Some photos are held back: select them and type their date, file them under another "
                    "visit, leave them out, or accept the dates."
                )
            )
        else:
            self.hint.setText(self.tr("Check each photo's view and visit before importing."))

    def request(self) -> ImportRequest | None:
        treatment_id = self.treatment_combo.currentData()
        patient_id = self.patient_combo.currentData()
        if self.plan is None or not self._paths or treatment_id is None:
            return None
        return ImportRequest(
            paths=list(self._paths),
            patient_id=patient_id,
            treatment_id=treatment_id,
            visit_id=self.visit_combo.currentData(),
            views={path: self.view_of(path) for path in self._paths},
            plan=self.plan,
            accept_dates=self.accept_dates_box.isChecked(),
            treatment_ids={row.target.treatment_id for row in self.plan.rows},
        )


class OtherPatientDialog(_RecordDialog):
    """A patient and one of their treatments, for import rows that belong to someone else."""

    def __init__(self, importing: ImportDialog, patients: list[Patient]) -> None:
        super().__init__(importing)
        self.importing = importing
        self._record: PatientRecord | None = None
        self.patient_combo = QComboBox(self)
        self.patient_combo.setEditable(True)
        self.patient_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.patient_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        for patient in sorted(patients, key=lambda p: folded(p.display_name)):
            text = patient.display_name + (f" · {patient.chart_number}" if patient.chart_number else "")
            self.patient_combo.addItem(text, patient.id)
        self.patient_combo.setCurrentIndex(-1)
        self.treatment_combo = QComboBox(self)
        self.patient_label = QLabel(self)
        self.treatment_label = QLabel(self)
        self.patient_label.setBuddy(self.patient_combo)
        self.treatment_label.setBuddy(self.treatment_combo)
        self.form.addRow(self.patient_label, self.patient_combo)
        self.form.addRow(self.treatment_label, self.treatment_combo)
        self.patient_combo.currentIndexChanged.connect(self._patient_chosen)
        self.treatment_combo.currentIndexChanged.connect(self.validate)
        self.setMinimumWidth(460)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("File under another patient"))
        self.patient_label.setText(self.tr("&Patient:"))
        self.treatment_label.setText(self.tr("&Treatment:"))
        self.patient_combo.setAccessibleName(self.tr("Patient"))
        self.treatment_combo.setAccessibleName(self.tr("Treatment"))

    def choose(self, patient_id: int) -> None:
        self.patient_combo.setCurrentIndex(self.patient_combo.findData(patient_id))

    def _patient_chosen(self, _index: int = 0) -> None:
        patient_id = self.patient_combo.currentData()
        self._record = None
        self.treatment_combo.clear()
        if patient_id is None:
            return
        gateway = self.importing.gateway

        def done(record: PatientRecord) -> None:
            if not _alive(self) or self.patient_combo.currentData() != patient_id:
                return
            self._record = record
            for treatment in sorted(record.treatments, key=lambda t: t.treatment.performed_at, reverse=True):
                chosen = treatment.treatment
                self.treatment_combo.addItem(
                    f"{words.date_text(chosen.performed_at)} · {words.area_name(chosen.area)}", chosen.id
                )
            self.validate()

        self.importing.runner.run_serial("load patient", lambda _p: gateway.patient_record(patient_id), done)

    def is_valid(self) -> bool:
        return self.treatment() is not None

    def treatment(self) -> TreatmentRecord | None:
        treatment_id = self.treatment_combo.currentData()
        if self._record is None or treatment_id is None:
            return None
        return next((t for t in self._record.treatments if t.treatment.id == treatment_id), None)


class CaptureDateDialog(_RecordDialog):
    """The date and time photos were taken, typed (or a file date confirmed) by the nurse."""

    def __init__(self, moment, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDateTimeEdit

        super().__init__(parent)
        self.when_edit = QDateTimeEdit(to_qdatetime(moment), self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(date_edit_format())
        self.label = QLabel(self)
        self.label.setBuddy(self.when_edit)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.form.addRow(self.label, self.when_edit)
        self.body.insertWidget(0, self.explanation)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Date taken"))
        self.label.setText(self.tr("&Taken on:"))
        self.when_edit.setAccessibleName(self.tr("Date and time the photos were taken"))
        self.explanation.setText(
            self.tr(
                "The camera recorded no date. Type when these photos were taken, or confirm the file's date."
            )
        )

    def moment(self):
        return from_qdatetime(self.when_edit.dateTime())


def _small(icon: QIcon) -> QIcon:
    """A status icon at text size: the table's icon size is the thumbnails', and an icon is not drawn larger
    than its largest pixmap."""
    return QIcon(icon.pixmap(20, 20))


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
