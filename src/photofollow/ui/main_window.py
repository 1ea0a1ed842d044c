"""The main window: patients with search as you type, a patient's treatments and visits as timelines,
import by drag and drop or dialog with its results, comparisons, and settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from photofollow.appdirs import APP_NAME
from photofollow.domain.model import Photo, View, VisitKind
from photofollow.domain.timing import time_since_treatment
from photofollow.reporting import words
from photofollow.services.changes import Changes
from photofollow.services.records import PatientRecord, TreatmentRecord, VisitRecord
from photofollow.ui.checks import PairChecks
from photofollow.ui.compare import CompareWindow, PhotoImage, TimePoint
from photofollow.ui.compare.images import rotated
from photofollow.ui.compare.view import MAX_TIME_POINTS
from photofollow.ui.corrections import CorrectionActions, check_new_patient
from photofollow.ui.demo_offer import DemoOffer
from photofollow.ui.dialogs import PatientDialog, TreatmentDialog, VisitDialog
from photofollow.ui.follow_up_actions import FollowUpActions
from photofollow.ui.import_dialog import ImportDialog
from photofollow.ui.importing import ImportController, ImportPanel
from photofollow.ui.models import PATIENT_ROLE, PatientListModel, PatientSearchProxy
from photofollow.ui.operations import OperationRunner
from photofollow.ui.progress import watch
from photofollow.ui.settings import Settings
from photofollow.ui.shared_library import ConnectionBanner, ServerLink
from photofollow.ui.timeline import THUMB_SIDE, PatientTimeline, dropped_paths


class PatientHeader(QWidget):
    """Name, chart number and birth date of the patient shown, with the patient's actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel(self)
        self.name.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel(self)
        self.edit_button = QPushButton(self)
        self.new_treatment_button = QPushButton(self)
        self.import_button = QPushButton(self)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.name)
        text.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(text, 1)
        for button in (self.edit_button, self.new_treatment_button, self.import_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)


class MainWindow(QMainWindow):
    """One library open; everything that touches the database goes through the runner's serial worker."""

    patient_shown = Signal(object)  # PatientRecord, once a patient's timeline is on screen

    def __init__(self, gateway, runner: OperationRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.gateway = gateway
        self.runner = runner
        self.settings = settings
        self.checks = PairChecks(gateway, runner, self)
        self.record: PatientRecord | None = None
        self._wanted_patient: int | None = None
        self.pending_focus: tuple | None = None  # the timeline control to focus after the next refresh
        self.compare_windows: list[CompareWindow] = []
        self.setAcceptDrops(True)

        self.patients_model = PatientListModel(self)
        self.search_proxy = PatientSearchProxy(self)
        self.search_proxy.setSourceModel(self.patients_model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.patient_list = QListView(self)
        self.patient_list.setModel(self.search_proxy)
        self.patient_list.setUniformItemSizes(True)
        self.patient_list.selectionModel().currentChanged.connect(self._patient_selected)
        self.new_patient_button = QPushButton(self)
        self.new_patient_button.clicked.connect(self.new_patient)
        self.search.returnPressed.connect(self._search_return)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.patient_list, 1)
        left_layout.addWidget(self.new_patient_button)

        self.header = PatientHeader(self)
        self.header.edit_button.clicked.connect(self.edit_patient)
        self.header.new_treatment_button.clicked.connect(self.new_treatment)
        self.header.import_button.clicked.connect(lambda: self.import_photos())
        self.timeline = PatientTimeline(self)
        self.timeline.edit_treatment_requested.connect(self.edit_treatment)
        self.timeline.new_visit_requested.connect(self.new_visit)
        self.timeline.edit_visit_requested.connect(self.edit_visit)
        self.timeline.compare_requested.connect(self.open_comparison)
        self.timeline.files_dropped.connect(lambda visit, paths: self.import_photos(paths, visit.visit.id))
        self.timeline.view_change_requested.connect(self.change_view)
        self.timeline.recovery_wanted.connect(self._chart_timeline)
        self.timeline_changes = None  # ui.compare.change_overlay.PairChanges of the shown patient
        self._timeline_changes_for: tuple[int, int] | None = None  # (patient id, policy object) it measured
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 4, 4, 4)
        self.demo_offer = DemoOffer(self, right)  # first run: offers the demo while the library is empty
        right_layout.addWidget(self.demo_offer)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.timeline, 1)
        right_layout.addWidget(self.placeholder, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 1000])
        # A shared library's server lost, and found again (issue 14): a strip above everything else.
        self.connection_banner = ConnectionBanner(self)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.connection_banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.importer = ImportController(gateway, runner, self.checks, self)
        self.import_panel = ImportPanel(self.importer, self)
        self.import_dock = QDockWidget(self)
        self.import_dock.setObjectName("importDock")
        self.import_dock.setWidget(self.import_panel)
        self.import_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.import_dock)
        self.import_dock.hide()
        self.import_panel.close_requested.connect(self.import_dock.hide)
        self.importer.finished.connect(self.apply_changes)

        self.busy_label = QLabel(self)
        self.library_label = QLabel(self)  # a shared library: which database, on which server
        self.library_label.setObjectName("libraryPlace")
        self.statusBar().addPermanentWidget(self.library_label)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.runner.busy_changed.connect(self._busy_changed)
        self.runner.operation_failed.connect(self._operation_failed)

        self._build_actions()
        self.retranslate_ui()
        self._show_record(None)
        self._restore_geometry()
        self.reload_patients()
        self.server_link: ServerLink | None = None
        self._link_library()

    # -- actions and texts -----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(slot, shortcut=None, fallback: str | None = None) -> QAction:
            created = QAction(self)
            if shortcut is not None:
                created.setShortcut(QKeySequence(shortcut))
            if created.shortcut().isEmpty() and fallback:
                # Windows and most Linux desktops define no key for Preferences (nor Windows for Quit).
                created.setShortcut(QKeySequence(fallback))
            created.triggered.connect(slot)
            return created

        self.open_library_action = action(self.choose_library, QKeySequence.StandardKey.Open)
        self.restore_action = action(lambda: self.restore_from_backup())
        self.unfiled_action = action(self.show_unfiled)
        self.import_action = action(lambda: self.import_photos(), "Ctrl+I")
        self.settings_action = action(self.open_settings, QKeySequence.StandardKey.Preferences, "Ctrl+,")
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.new_patient_action = action(self.new_patient, QKeySequence.StandardKey.New)
        self.edit_patient_action = action(self.edit_patient, "Ctrl+E")
        self.new_treatment_action = action(self.new_treatment, "Ctrl+Shift+T")
        self.find_action = action(self._focus_search, QKeySequence.StandardKey.Find)
        self.about_action = action(self._about)
        self.file_menu = self.menuBar().addMenu("")
        for item in (
            self.open_library_action,
            self.restore_action,
            self.unfiled_action,
            self.import_action,
            self.settings_action,
            None,
            self.quit_action,
        ):
            self.file_menu.addSeparator() if item is None else self.file_menu.addAction(item)
        self.patient_menu = self.menuBar().addMenu("")
        for item in (
            self.new_patient_action,
            self.edit_patient_action,
            self.new_treatment_action,
            self.find_action,
        ):
            self.patient_menu.addAction(item)
        # Corrections: the Edit menu (undo, redo, rotate, move, dates, delete, trash) and the Patient menu's.
        self.corrections = CorrectionActions(self)
        self.menuBar().insertMenu(self.patient_menu.menuAction(), self.corrections.edit_menu)
        for item in self.corrections.patient_actions():
            self.patient_menu.addSeparator() if item is None else self.patient_menu.addAction(item)
        self.patient_menu.aboutToShow.connect(self.corrections.update_actions)
        self.timeline.menu_requested.connect(self.corrections.extend_menu)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        for item in (self.import_action, self.new_patient_action, self.settings_action):
            self.toolbar.addAction(item)
        # Assessment, and the sheet's export and print: toolbar, Patient menu, timeline (issue 16).
        self.follow_ups = FollowUpActions(self)
        # Who is signed in, switch user, lock, the Audit window, the patient's consent (issue 13).
        from photofollow.ui.privacy_actions import PrivacyActions

        self.privacy = PrivacyActions(self)

    def retranslate_ui(self) -> None:
        place = self.gateway.server_place
        if place is None:
            self.setWindowTitle(f"{APP_NAME} — {self.gateway.path}")
            self.library_label.setText("")
        else:
            where = self.tr("%1 on %2").replace("%1", place.database).replace("%2", place.server)
            self.setWindowTitle(f"{APP_NAME} — {where}")
            shared = self.tr("Shared library %1 on the server %2")
            self.library_label.setText(shared.replace("%1", place.database).replace("%2", place.server))
        self.connection_banner.retranslate_ui()
        self.file_menu.setTitle(self.tr("&File"))
        self.patient_menu.setTitle(self.tr("&Patient"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.open_library_action.setText(self.tr("&Open library…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.unfiled_action.setText(self.tr("&Unfiled photos…"))
        self.import_action.setText(self.tr("&Import photos…"))
        self.import_action.setToolTip(
            self.tr("Import photos (Ctrl+I); you can also drop files on the window")
        )
        self.settings_action.setText(self.tr("&Settings…"))
        self.settings_action.setToolTip(with_shortcut(self.tr("Settings"), self.settings_action))
        self.quit_action.setText(self.tr("&Quit"))
        self.new_patient_action.setText(self.tr("&New patient…"))
        self.new_patient_action.setToolTip(with_shortcut(self.tr("New patient"), self.new_patient_action))
        self.edit_patient_action.setText(self.tr("&Edit patient…"))
        self.new_treatment_action.setText(self.tr("New &treatment…"))
        self.find_action.setText(self.tr("&Find patient"))
        self.about_action.setText(self.tr("&About PhotoFollow"))
        self.search.setPlaceholderText(self.tr("Search by name or chart number"))
        self.search.setAccessibleName(self.tr("Search patients"))
        self.patient_list.setAccessibleName(self.tr("Patients"))
        self.new_patient_button.setText(self.tr("New patient…"))
        self.header.edit_button.setText(self.tr("Edit patient…"))
        self.header.new_treatment_button.setText(self.tr("New treatment…"))
        self.header.import_button.setText(self.tr("Import photos…"))
        self.import_dock.setWindowTitle(self.tr("Import"))
        self.placeholder.setText(
            self.tr(
                "Choose a patient on the left, or create one.\n\n"
                "Drop photos or folders anywhere on this window to import them."
            )
        )
        self.corrections.retranslate_ui()
        self.follow_ups.retranslate_ui()
        self.privacy.retranslate_ui()
        self._update_header()
        self._busy_changed(self.runner.busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- patients --------------------------------------------------------------------------------------------

    def reload_patients(self, select_id: int | None = None) -> None:
        def done(patients) -> None:
            current = self.record.patient.id if self.record else None
            self.patients_model.set_patients(patients)
            self.demo_offer.consider(len(patients))
            wanted = select_id if select_id is not None else self._wanted_patient
            self.select_patient(wanted if wanted is not None else current)

        self.runner.run_serial("list patients", lambda _p: self.gateway.patients(), done)

    def select_patient(self, patient_id: int | None) -> None:
        if patient_id is None:
            return
        row = self.patients_model.row_of(patient_id)
        if row < 0:
            self._wanted_patient = patient_id  # the list is still loading: select it when it arrives
            return
        self._wanted_patient = None
        index = self.search_proxy.mapFromSource(self.patients_model.index(row))
        if not index.isValid():
            self.search.clear()
            index = self.search_proxy.mapFromSource(self.patients_model.index(row))
        self.patient_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _search_changed(self, text: str) -> None:
        self.search_proxy.set_search(text)
        if self.search_proxy.rowCount() and not self.patient_list.currentIndex().isValid():
            self.patient_list.setCurrentIndex(self.search_proxy.index(0, 0))

    def _search_return(self) -> None:
        if self.search_proxy.rowCount():
            self.patient_list.setCurrentIndex(self.search_proxy.index(0, 0))
            self.patient_list.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _patient_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        patient = current.data(PATIENT_ROLE) if current.isValid() else None
        if patient is None:
            return
        if self.record is not None and self.record.patient.id == patient.id:
            return
        self.load_patient(patient.id)

    def load_patient(self, patient_id: int) -> None:
        def done(record: PatientRecord) -> None:
            selected = self.patient_list.currentIndex().data(PATIENT_ROLE)
            if selected is None or selected.id == patient_id:
                self._show_record(record)

        def failed(error: BaseException) -> None:
            from photofollow.services.changes import RecordGone

            if not isinstance(error, RecordGone):
                self._operation_failed("load patient", error)
            elif self.record is not None and self.record.patient.id == patient_id:
                self._show_record(None)  # deleted, merged or erased: the patient list says what is left

        self.runner.run_serial(
            "load patient", lambda _p: self.gateway.open_patient(patient_id), done, failed
        )

    def _show_record(self, record: PatientRecord | None) -> None:
        scroll = self.timeline.verticalScrollBar().value()
        same_patient = (
            record is not None and self.record is not None and record.patient.id == self.record.patient.id
        )
        focus = self.timeline.focus_key() if same_patient else None
        # A correction made from a dialog names where the keyboard was (the dialog had the focus meanwhile).
        focus, self.pending_focus = (focus or self.pending_focus if same_patient else None), None
        self.record = record
        self.header.setVisible(record is not None)
        self.timeline.setVisible(record is not None)
        self.placeholder.setVisible(record is None)
        self.edit_patient_action.setEnabled(record is not None)
        self.new_treatment_action.setEnabled(record is not None)
        self.timeline.protocols = self.gateway.policy().protocols if self.gateway is not None else None
        self.timeline.show_record(record)
        self.follow_ups.update_actions()
        self._update_header()
        if record is None:
            return
        if same_patient:
            QTimer.singleShot(0, lambda: self.timeline.verticalScrollBar().setValue(scroll))
            # Once the new timeline is shown (a queued show): back to the control the keyboard was on.
            QTimer.singleShot(0, lambda: self.timeline.restore_focus(focus))
        # Thumbnails and verdicts in later turns of the event loop: the new timeline is laid out and painted
        # first, and no single turn does it all.
        QTimer.singleShot(0, lambda: self._fill_timeline(record))

    def _fill_timeline(self, record: PatientRecord) -> None:
        if record is not self.record:
            return
        self._load_thumbnails()
        self._check_timeline()
        self._chart_timelines()
        self.patient_shown.emit(record)

    def _update_header(self) -> None:
        if self.record is None:
            return
        patient = self.record.patient
        self.header.name.setText(
            f"<span style='font-size:15pt; font-weight:600'>{patient.display_name}</span>"
        )
        details = []
        if patient.chart_number:
            details.append(self.tr("Chart %1").replace("%1", patient.chart_number))
        if patient.birth_date:
            details.append(self.tr("born %1").replace("%1", words.day_text(patient.birth_date)))
        count = len(self.record.treatments)
        details.append(self.tr("1 treatment") if count == 1 else self.tr("%n treatments", None, count))
        self.header.details.setText(" · ".join(details))

    # -- thumbnails and verdicts -----------------------------------------------------------------------------

    def _load_thumbnails(self) -> None:
        for thumb in self.timeline.thumbs().values():
            photo = thumb.photo

            def work(_progress, photo=photo) -> QImage:
                files = self.gateway.photo_files(photo)
                if not files.thumbnail.is_file():
                    files = self.gateway.ensure_derivatives(photo)  # a cache: made again when missing
                image = rotated(QImage(str(files.thumbnail)), photo.rotation)
                # Scaled (and turned by the photo's display rotation) here, on the pool: the GUI thread only
                # paints it.
                return image.scaled(
                    THUMB_SIDE,
                    THUMB_SIDE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )

            def done(image: QImage, thumb=thumb) -> None:
                if not image.isNull() and _alive(thumb):
                    thumb.set_image(image)

            self.runner.run_parallel("thumbnail", work, done, lambda _error: None)

    def _check_timeline(self) -> None:
        if self.record is None:
            return
        thumbs = self.timeline.thumbs()
        for treatment in self.record.treatments:
            for visit in treatment.visits:
                if visit.visit.kind is VisitKind.BASELINE:
                    continue
                for photo in visit.photos:
                    thumb = thumbs.get(photo.id)
                    baseline = treatment.baseline_photo(photo.view)
                    if thumb is None or baseline is None:
                        continue  # no baseline of this view: the thumbnail already says so
                    self.checks.request(
                        baseline,
                        photo,
                        treatment.treatment,
                        visit.visit,
                        lambda report, photo_id=photo.id: self._report_ready(photo_id, report),
                    )

    def _chart_timelines(self) -> None:
        """Each treatment's recovery chart in the timeline (issue 15), measured in the background from the
        library's cached change samples. A pair measured once is kept while the same patient is shown under
        the same policy (a refresh after a correction, or another workstation's change, measures only the
        pairs it made new: PairChanges knows a pair by its photos and their turns)."""
        from photofollow.ui.compare.change_overlay import PairChanges

        if self.gateway is None or self.record is None:
            return
        shown = (self.record.patient.id, id(self.gateway.policy()))
        if self.timeline_changes is None or self._timeline_changes_for != shown:
            # No parent: the previous patient's changes (and their maps) go when their last answer has come.
            self.timeline_changes = PairChanges(self.gateway, self.runner)
            self._timeline_changes_for = shown
        for timeline in self.timeline.treatments:
            self._chart_timeline(timeline)

    def _chart_timeline(self, timeline) -> None:
        recovery = timeline.recovery
        if recovery is None or not recovery.is_open() or self.timeline_changes is None:
            return
        view = recovery.current_view()
        treatment = timeline.record
        baseline = treatment.baseline_photo(view)
        if baseline is None:
            return
        self._chart_recovery_into(
            recovery.set_series, lambda: _alive(recovery), self.timeline_changes, treatment, baseline, view
        )

    def _report_ready(self, photo_id: int, report) -> None:
        thumb = self.timeline.thumbs().get(photo_id)
        if thumb is not None and _alive(thumb):
            thumb.set_report(report, "" if report is not None else self.tr("Could not be checked"))

    # -- editing records -------------------------------------------------------------------------------------

    def new_patient(self) -> None:
        dialog = PatientDialog(None, self)
        typed = self.search.text().strip()
        if typed and not self.search_proxy.rowCount():
            dialog.name_edit.setText(typed)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            patient = dialog.record()
            check_new_patient(
                self,
                self.runner,
                self.gateway,
                patient,
                lambda: self._save_patient(patient),
                lambda existing: (self.search.clear(), self.select_patient(existing.id)),
            )

    def edit_patient(self) -> None:
        if self.record is None:
            return
        dialog = PatientDialog(self.record.patient, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save_patient(dialog.record())

    def _save_patient(self, patient) -> None:
        def done(result) -> None:
            saved, changes = result
            self.patients_model.upsert(saved)
            self.search.clear()
            self.select_patient(saved.id)
            if self.record is not None and self.record.patient.id == saved.id:
                self.record.patient = saved
                self._update_header()

        self.runner.run_serial("save patient", lambda _p: self.gateway.save_patient(patient), done)

    def new_treatment(self) -> None:
        if self.record is None:
            return
        dialog = TreatmentDialog(self.record.patient.id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(lambda: self.gateway.save_treatment(dialog.record()))

    def edit_treatment(self, record: TreatmentRecord) -> None:
        dialog = TreatmentDialog(record.treatment.patient_id, record.treatment, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(lambda: self.gateway.save_treatment(dialog.record()))

    def new_visit(self, record: TreatmentRecord) -> None:
        kind = VisitKind.FOLLOW_UP if record.baseline_visits() else VisitKind.BASELINE
        dialog = VisitDialog(record.treatment.id, None, [], kind, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            visit = dialog.record()

            def save():
                saved, changes = self.gateway.save_visit(visit, None)
                entries = dialog.symptom_entries(saved.id)
                if entries:
                    saved, more = self.gateway.save_visit(saved, entries)
                    changes = changes | more
                return saved, changes

            self._save(save)

    def edit_visit(self, record: VisitRecord) -> None:
        dialog = VisitDialog(
            record.visit.treatment_id, record.visit, record.symptoms, record.visit.kind, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            visit = dialog.record()
            entries = dialog.symptom_entries(record.visit.id)
            self._save(lambda: self.gateway.save_visit(visit, entries))

    def change_view(self, photo: Photo, view: View) -> None:
        self.corrections.file_as(photo, view)  # undoable, like every correction

    def _save(self, save) -> None:
        """Run a save on the database worker, then refresh what it changed."""
        self.runner.run_serial("save", lambda _p: save(), lambda result: self.apply_changes(result[1]))

    def apply_changes(self, changes: Changes) -> None:
        """Refresh only what a change touched: the patient list entry, the open patient's timeline, the
        comparisons showing a photo or visit it changed (closed: they would show a stale pairing), and the
        trash."""
        if changes.photos:
            self.checks.forget(changes.photos)
        for window in list(self.compare_windows):
            shown = getattr(window, "record_ids", None)
            if shown is not None and (shown[0] & changes.photos or shown[1] & changes.visits):
                window.close()
        if changes.patient_details:
            self.reload_patients()
        if self.record is not None and self.record.patient.id in changes.patients:
            self.load_patient(self.record.patient.id)
        trash = self.corrections.trash_window
        if (changes.trash or changes.patient_details) and trash is not None and _alive(trash):
            trash.reload()
        self.corrections.update_actions()

    def refresh_all(self) -> None:
        """Read everything shown again (the server came back: what changed meanwhile was not told)."""
        self.checks.forget()
        self.reload_patients()
        if self.record is not None:
            self.load_patient(self.record.patient.id)
        trash = self.corrections.trash_window
        if trash is not None and _alive(trash):
            trash.reload()
        self.corrections.update_actions()

    # -- a library shared by several workstations (issue 14) -------------------------------------------------

    def _link_library(self) -> None:
        """Hear what other workstations change in this library, and whether its server can be reached (a
        folder library: nothing to hear)."""
        if self.server_link is not None:
            self.server_link.close()
            self.server_link.deleteLater()
        self.connection_banner.hide()
        self.server_link = ServerLink(self.gateway, self)
        self.server_link.changes_arrived.connect(self.apply_changes)
        self.server_link.connection_changed.connect(self._server_reached)

    def _server_reached(self, connected: bool) -> None:
        place = self.gateway.server_place
        server = place.server if place is not None else ""
        if not connected:
            self.connection_banner.show_lost(server)
        elif self.connection_banner.lost_server is not None:
            self.connection_banner.show_back(server)
            self.refresh_all()

    # -- import ----------------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            # Let the drop finish before a modal dialog opens (the source application waits for it).
            QTimer.singleShot(0, lambda: self.import_photos(paths))

    def import_photos(
        self, paths: list[Path] | None = None, visit_id: int | None = None
    ) -> ImportDialog | None:
        if self.importer.running:
            QMessageBox.information(
                self, APP_NAME, self.tr("An import is running. Wait for it, or cancel it.")
            )
            return None
        dialog = ImportDialog(
            self.gateway,
            self.runner,
            self.patients_model.patients(),
            paths or [],
            patient_id=self.record.patient.id if self.record else None,
            visit_id=visit_id,
            parent=self,
            on_records_changed=self._records_changed_in_import_dialog,
        )
        self.last_import_dialog = dialog
        dialog.finished.connect(lambda result: self._import_dialog_done(dialog, result))
        dialog.open()
        return dialog

    def _records_changed_in_import_dialog(self, changes: Changes) -> None:
        self.apply_changes(changes)

    def _import_dialog_done(self, dialog: ImportDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()
        if request is None:
            return
        self.start_import(request)

    def start_import(self, request) -> None:
        self.import_dock.show()
        if self.record is None or self.record.patient.id != request.patient_id:
            self.search.clear()
            self.select_patient(request.patient_id)
        self.importer.start(request)

    # -- comparison ------------------------------------------------------------------------------------------

    def open_comparison(
        self, treatment: TreatmentRecord, view: View, clicked: Photo | None = None
    ) -> CompareWindow:
        """Baseline and follow-ups of `view` in one window: the clicked follow-up, then the latest ones."""
        baseline = treatment.baseline_photo(view)
        follow_ups = [
            (visit, photo)
            for visit in sorted(treatment.visits, key=lambda v: v.visit.visited_at)
            if visit.visit.kind is VisitKind.FOLLOW_UP
            for photo in [visit.photo_of_view(view)]
            if photo is not None
        ]
        if clicked is not None and any(photo.id == clicked.id for _visit, photo in follow_ups):
            chosen = [item for item in follow_ups if item[1].id == clicked.id]
            others = [item for item in follow_ups if item[1].id != clicked.id][-(MAX_TIME_POINTS - 2) :]
            follow_ups = sorted(chosen + others, key=lambda item: item[0].visit.visited_at)
        else:
            follow_ups = follow_ups[-(MAX_TIME_POINTS - 1) :]
        points: list[TimePoint] = []
        photos = ([(treatment.visit_of(baseline), baseline)] if baseline else []) + follow_ups
        if not photos and clicked is not None:
            photos = [(treatment.visit_of(clicked), clicked)]
        for visit, photo in photos:
            files = self.gateway.photo_files(photo)
            captured = photo.capture_time or visit.visit.visited_at
            report = self.checks.cached(baseline, photo) if baseline and photo is not baseline else None
            points.append(
                TimePoint(
                    PhotoImage(files.original, files.preview, shown_size(photo), photo.rotation),
                    visit.visit.kind,
                    view,
                    captured,
                    time_since_treatment(captured, treatment.treatment.performed_at) if captured else None,
                    visit.visit.pain_score,
                    report,
                )
            )
        title = f"{self.record.patient.display_name} — {words.view_name(view)}" if self.record else ""
        patient = self.record.patient if self.record else None
        visit_ids = [visit.visit.id for visit, _photo in photos]
        shown_ids = ({photo.id for _visit, photo in photos}, set(visit_ids))
        window = CompareWindow(
            self.runner,
            self.settings,
            None,
            title,
            export_sheet=(
                (lambda: self.export_sheet(window, patient, treatment, view, visit_ids)) if patient else None
            ),
        )
        window.record_ids = shown_ids  # a correction touching one of these closes the window
        if baseline is not None:
            self._measure_changes(window, treatment, baseline, [photo for _visit, photo in photos])
        window.view.set_time_points(points)
        if clicked is not None and baseline is not None and clicked.id != baseline.id:
            index = next((i for i, (_v, p) in enumerate(photos) if p.id == clicked.id), 1)
            window.view.follow_up_combo.setCurrentIndex(max(0, index - 1))
        self._fill_missing_reports(window, treatment, baseline, photos)
        self.follow_ups.attach(window, treatment, [visit for visit, _photo in photos])
        window.destroyed.connect(
            lambda: self.compare_windows.remove(window) if window in self.compare_windows else None
        )
        self.compare_windows.append(window)
        if patient is not None:
            self.privacy.comparison_opened(window, patient.id, [photo.id for _visit, photo in photos])
        window.show()
        return window

    def export_sheet(
        self, window: CompareWindow, patient, treatment: TreatmentRecord, view: View, visit_ids: list[int]
    ):
        """The export dialog of this comparison: paper, de-identify, a live preview, then PDF, images or
        print; the sheet is `photofollow export`'s, made on threads from a read-only view of the library."""
        from photofollow.ui.export_dialog import ExportDialog

        existing = getattr(window, "export_dialog", None)
        if existing is not None and _alive(existing):
            existing.raise_()
            existing.activateWindow()
            return existing
        factory = self.follow_ups.sheet_factory(patient.id, treatment.treatment.id, view, visit_ids)

        def written(text: str) -> None:
            if _alive(window):
                window.statusBar().showMessage(text, 15000)

        dialog = ExportDialog(
            factory,
            self.runner,
            self.settings,
            aligned=window.view.aligned,
            on_written=written,
            parent=window,
        )
        window.export_dialog = dialog
        dialog.show()
        return dialog

    def _measure_changes(self, window: CompareWindow, treatment, baseline, photos) -> None:
        """Measure each follow-up's change against the baseline (issue 15) in the background."""
        from photofollow.ui.compare.change_overlay import PairChanges

        changes = PairChanges(self.gateway, self.runner, window)
        window.view.overlay_full_scale = self.gateway.policy().change.overlay_redness_full

        def request(index: int, done, failed) -> None:
            report = window.view.time_points[index].report
            changes.request(baseline, photos[index], treatment.treatment.area, report, done, failed)

        window.view.change_requester = request
        self._chart_recovery(window, changes, treatment, baseline, photos[0].view)

    def _chart_recovery(self, window: CompareWindow, changes, treatment, baseline, view: View) -> None:
        """The comparison's recovery chart."""
        chart = window.view.recovery_chart
        self._chart_recovery_into(
            lambda series, _measuring: chart.set_series(series),
            lambda: _alive(window),
            changes,
            treatment,
            baseline,
            view,
        )

    def _chart_recovery_into(self, show, alive, changes, treatment, baseline, view: View) -> None:
        """A recovery chart: every follow-up of this view in the treatment, its change measured in the
        background, `show(series, still measuring)` again as each arrives (while `alive()`)."""
        from photofollow.services.change import recovery_series

        follow_ups = [
            (record.visit, photo)
            for record in treatment.visits
            if record.visit.kind is VisitKind.FOLLOW_UP
            for photo in [record.photo_of_view(view)]
            if photo is not None
        ]
        symptoms = [entry for record in treatment.visits for entry in record.symptoms]
        reports: dict[int, object] = {}
        policy = self.gateway.policy()

        answered: set[int] = set()

        def redraw() -> None:
            if not alive():
                return
            points = [
                (photo.capture_time or visit.visited_at, visit.pain_score, reports.get(photo.id))
                for visit, photo in follow_ups
            ]
            t = treatment.treatment
            series = recovery_series(t.performed_at, points, symptoms, t.product, policy)
            show(series, len(follow_ups) - len(answered))

        for _visit, photo in follow_ups:

            def done(change, photo_id=photo.id) -> None:
                reports[photo_id] = change.report
                answered.add(photo_id)
                redraw()

            def failed(_error, photo_id=photo.id) -> None:  # a cross on the chart
                answered.add(photo_id)
                redraw()

            changes.request(baseline, photo, treatment.treatment.area, None, done, failed)
        redraw()

    def _fill_missing_reports(self, window: CompareWindow, treatment, baseline, photos) -> None:
        if baseline is None:
            return
        for index, (visit, photo) in enumerate(photos):
            if photo.id == baseline.id or self.checks.has(baseline, photo):
                continue

            def arrived(report, index=index) -> None:
                if _alive(window):
                    window.view.set_report(index, report)

            self.checks.request(baseline, photo, treatment.treatment, visit.visit, arrived)

    # -- library, settings, misc -----------------------------------------------------------------------------

    def choose_library(self) -> None:
        """A library folder, or the address of a library on a server (File > Open library)."""
        from photofollow.ui.shared_library import LibraryLocationDialog

        dialog = LibraryLocationDialog(self.gateway.location, self)
        self.library_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_library(dialog.location())

    def open_library(self, folder: Path | str) -> bool:
        """Close this library and open (or create, in an empty folder) the one in `folder`: a folder, or the
        address of a library on a PostgreSQL server (postgresql://USER@HOST:PORT/DB?store=/path)."""
        from photofollow.domain.errors import PhotoFollowError
        from photofollow.ui.library import open_library

        if self.importer.running:
            QMessageBox.information(
                self, APP_NAME, self.tr("An import is running. Wait for it, or cancel it.")
            )
            return False
        from photofollow.domain.errors import LibraryDamaged

        try:
            gateway = open_library(folder, self.settings)
        except LibraryDamaged as error:
            # Never a new library over photos: offer the library's backups (issue 11).
            if not self.restore_from_backup(words.error_text(error), folder=folder):
                return False
            return self.open_library(folder) if folder != self.gateway.path else True
        except PhotoFollowError as error:
            QMessageBox.warning(self, APP_NAME, words.error_text(error))
            return False
        from photofollow.ui.sign_in import sign_in_at_start

        if not sign_in_at_start(gateway, self):  # a library with named users: who opens it
            gateway.close()
            return False
        self.runner.wait_idle(60)  # nothing may still be reading the library being closed
        for window in list(self.compare_windows):
            window.close()
        if self.server_link is not None:
            self.server_link.close()  # the old library's feed ends before the library does
        old, self.gateway = self.gateway, gateway
        self.corrections.history.clear()  # corrections of the other library cannot be undone here
        if self.corrections.trash_window is not None and _alive(self.corrections.trash_window):
            self.corrections.trash_window.close()
        self.importer.gateway = gateway
        self.checks = PairChecks(gateway, self.runner, self)
        self.importer.checks = self.checks
        old.close()
        self.settings.set("library/location", str(folder))
        self._link_library()
        self.record = None
        self.patients_model.set_patients([])
        self._show_record(None)
        self.retranslate_ui()
        self.reload_patients()
        self.privacy.library_changed()
        return True

    def restore_from_backup(self, reason: str | None = None, folder: Path | None = None) -> bool:
        """Pick a backup of this library (or of the damaged one at `folder`) and restore it; the library is
        closed for the restore and opened again after it, whatever came of it. True when restored."""
        from photofollow.ui.restore_dialog import RestoreDialog, explain_server_restore

        if self.importer.running:
            QMessageBox.information(
                self, APP_NAME, self.tr("An import is running. Wait for it, or cancel it.")
            )
            return False
        if folder is None and self.gateway.server_place is not None:
            explain_server_restore(self, self.gateway.location)
            return False
        folder = Path(folder or self.gateway.path)
        closed: list[bool] = []

        def close_library() -> None:
            if folder != self.gateway.path:
                return  # the damaged library was never opened
            self.runner.wait_idle(60)
            for window in list(self.compare_windows):
                window.close()
            self.gateway.close()
            closed.append(True)

        dialog = RestoreDialog(folder, self.runner, close_library, self, reason)
        self.restore_dialog = dialog
        dialog.exec()
        self.restore_dialog = None
        if closed:
            self.open_library(folder)
        return dialog.restored is not None

    def show_unfiled(self) -> None:
        """The unfiled photos (found after a restore), filed into a visit of the patient shown."""
        from photofollow.ui.restore_dialog import UnfiledDialog

        visits = []
        if self.record is not None:
            for treatment in self.record.treatments:
                for entry in treatment.visits:
                    visit = entry.visit
                    label = f"{self.record.patient.display_name}: {visit.kind.value} {visit.visited_at:%Y-%m-%d}"
                    visits.append((visit.id, label))
        library = self.gateway.library

        def file_photos(hashes: list[str], visit_id: int) -> None:
            def work(_progress) -> None:
                for sha256 in hashes:
                    library.file_unfiled(sha256, visit_id)

            def done(_result) -> None:
                if self.record is not None:
                    self.load_patient(self.record.patient.id)

            self.runner.run_serial("file unfiled photos", work, done)

        def show(unfiled: list) -> None:
            self.unfiled_dialog = UnfiledDialog(unfiled, visits, file_photos, self)
            self.unfiled_dialog.show()

        self.runner.run_serial("unfiled photos", lambda _progress: library.unfiled_photos(), show)

    def open_settings(self) -> None:
        from photofollow.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.gateway, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.privacy.settings_closed()  # users, passwords or the lock may have changed
        if accepted and dialog.policy_changed:
            self.checks.forget()
            self.gateway.reload_policy()
            if self.record is not None:
                self._show_record(self.record)

    def _about(self) -> None:
        from photofollow import __version__

        QMessageBox.about(
            self,
            self.tr("About PhotoFollow"),
            self.tr(
                "PhotoFollow %1 compares a patient's photos over time and checks that each follow-up was "
                "taken like its baseline.\n\nPhotos support follow-up; they never replace the examination."
            ).replace("%1", __version__),
        )

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def _operation_failed(self, name: str, error: BaseException) -> None:
        from photofollow.domain.errors import EditConflict, PhotoFollowError

        if isinstance(error, EditConflict):
            self.show_edit_conflict(error)
            return
        if isinstance(error, PhotoFollowError):
            text = words.error_text(error)
        else:
            # A bug, not a sentence for a person: say so in the user's words, with what Python said (the
            # operation's `name` is internal and stays in the log).
            text = self.tr("Something went wrong: %1").replace(
                "%1", f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            )
        QMessageBox.warning(self, APP_NAME, text)

    def show_edit_conflict(self, error: BaseException) -> QMessageBox:
        """An edit refused because the record changed since this window read it (on another workstation):
        say who changed what and when, and show the record as it is now (theirs)."""
        self.reload_patients()
        if self.record is not None:
            self.load_patient(self.record.patient.id)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, words.error_text(error), parent=self)
        box.setObjectName("editConflict")
        box.setInformativeText(
            self.tr("The window now shows their version. Make your change again if it is still needed.")
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _restore_geometry(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 820)
        state = self.settings.get("window/state")
        if state:
            self.restoreState(QByteArray(state))
        self.import_dock.hide()

    def closeEvent(self, event) -> None:
        if self.importer.running:
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr("An import is running. Cancel it and quit?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.importer.cancel()
            progress = watch(self.importer.handle, self.tr("Stopping the import"), self, 200)
            self.runner.wait_idle(60)
            del progress
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        self.settings.set("window/state", bytes(self.saveState().data()))
        for window in list(self.compare_windows):
            window.close()
        if self.server_link is not None:
            self.server_link.close()
        super().closeEvent(event)


def with_shortcut(text: str, action: QAction) -> str:
    """A tooltip naming the action's key, as the menus do: "Settings (Ctrl+,)"."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({key})" if key else text


def shown_size(photo: Photo) -> tuple[int, int] | None:
    """A photo's size as shown: EXIF orientation, then its display rotation (None when not known)."""
    if not photo.facts.width:
        return None
    width, height = photo.facts.display_size
    return (height, width) if photo.rotation in (90, 270) else (width, height)


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
