"""Running an import from the window: progress with Cancel, the result list filled in batches, then the
verdict of each imported follow-up against its baseline, with the failing checks named."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from photofollow.domain.model import VisitKind
from photofollow.reporting import words
from photofollow.services.changes import Changes
from photofollow.services.records import PatientRecord
from photofollow.ui.checks import PairChecks
from photofollow.ui.import_dialog import ImportRequest
from photofollow.ui.library import ImportedFile
from photofollow.ui.models import ImportResultModel, ImportRow, Outcome
from photofollow.ui.operations import OperationHandle, OperationRunner, Progress
from photofollow.ui.progress import ProgressPanel


class ImportController(QObject):
    """Runs one import at a time and keeps its result model up to date."""

    started = Signal()
    finished = Signal(object)  # Changes
    rows_added = Signal()

    def __init__(self, gateway, runner: OperationRunner, checks: PairChecks, parent: QObject | None = None):
        super().__init__(parent)
        self.gateway = gateway
        self.runner = runner
        self.checks = checks
        self.model = ImportResultModel(self)
        self.handle: OperationHandle | None = None
        self.progress: Progress | None = None
        self.request: ImportRequest | None = None
        self.changes = Changes()
        self._pending: list[ImportRow] = []
        self._lock = threading.Lock()
        self.cancelled = False

    @property
    def running(self) -> bool:
        return self.handle is not None and not self.handle.finished

    def start(self, request: ImportRequest) -> OperationHandle:
        if self.running:
            raise RuntimeError("an import is already running")
        self.request = request
        self.cancelled = False
        self.changes = Changes()
        self.model.clear()
        self._pending = []
        progress = Progress(self.tr("Importing…"), total=len(request.paths))
        self.progress = progress  # before the work starts: an inline runner cancels from inside it

        def listener(outcome: ImportedFile) -> None:
            # Called on the worker for every file: queue the row; the GUI applies queued rows in batches.
            row = ImportRow(
                path=outcome.path,
                outcome=outcome.outcome,
                reason=outcome.reason,
                reason_phrase=outcome.reason_phrase,
                warnings=outcome.warnings,
                view=outcome.photo.view if outcome.photo is not None else request.views.get(outcome.path),
                photo_id=outcome.photo.id if outcome.photo is not None else None,
            )
            with self._lock:
                first = not self._pending
                self._pending.append(row)
            if first:
                self.runner.post(self._flush)

        def work(progress: Progress) -> Changes:
            if request.plan is not None:
                return self.gateway.execute_plan(request.plan, request.accept_dates, progress, listener)
            return self.gateway.import_files(
                request.paths, request.visit_id, request.views, progress, listener
            )

        self.handle = self.runner.run_dedicated("import", work, self._done, self._failed, progress)
        self.started.emit()
        return self.handle

    def cancel(self) -> None:
        if self.progress is not None:
            self.cancelled = True
            self.progress.cancel()

    def _flush(self) -> None:
        with self._lock:
            rows, self._pending = self._pending, []
        self.model.append_rows(rows)
        self.rows_added.emit()

    def _done(self, changes: Changes) -> None:
        self._flush()
        self._list_not_imported()
        self.changes = changes
        self.finished.emit(changes)
        self._check_follow_ups()

    def _failed(self, error: BaseException) -> None:
        self._flush()
        self._list_not_imported(words.error_text(error))
        self.finished.emit(self.changes)

    def _list_not_imported(self, reason: str = "") -> None:
        """Files the import never reached (cancelled, or the library failed) are listed, not forgotten."""
        if self.request is None:
            return
        reported = {row.path for row in self.model.rows()}
        missing = [path for path in self.request.paths if path not in reported]
        outcome = Outcome.FAILED if reason else Outcome.CANCELLED
        self.model.append_rows(
            [ImportRow(path, outcome, reason, self.request.views.get(path)) for path in missing]
        )

    def _check_follow_ups(self) -> None:
        """Each imported follow-up against the baseline photo of its view, in the background."""
        request = self.request
        if request is None:
            return
        photo_ids = {row.photo_id for row in self.model.rows() if row.photo_id is not None}
        if not photo_ids:
            return

        def load(_progress) -> PatientRecord:
            return self.gateway.patient_record(request.patient_id)

        def loaded(record: PatientRecord) -> None:
            # The plan may have filed the photos into several visits (one per capture day), even treatments.
            changed: list[int] = []
            imported = [
                (treatment, visit, photo)
                for treatment in record.treatments
                for visit in treatment.visits
                for photo in visit.photos
                if photo.id in photo_ids
            ]
            for treatment, visit, photo in imported:
                row = self.model.row_for_photo(photo.id)
                changed.append(row)
                baseline = treatment.baseline_photo(photo.view)
                if visit.visit.kind is VisitKind.BASELINE or baseline is None:
                    self.model.rows()[row].note = (
                        self.tr("Baseline: later follow-ups are checked against it")
                        if visit.visit.kind is VisitKind.BASELINE
                        else self.tr("Not checked: no baseline photo of this view")
                    )
                    self.checks.prepare(photo)
                    continue
                self.model.rows()[row].checking = True
                self.checks.request(
                    baseline,
                    photo,
                    treatment.treatment,
                    visit.visit,
                    lambda report, photo_id=photo.id: self._checked(photo_id, report),
                )
            self.model.update_rows(changed)

        self.runner.run_serial("load patient", load, loaded)

    def _checked(self, photo_id: int, report) -> None:
        row = self.model.row_for_photo(photo_id)
        if row < 0:
            return
        entry = self.model.rows()[row]
        entry.checking = False
        entry.report = report
        if report is None:
            entry.note = self.tr("Could not be checked")
        self.model.update_row(row)


class ImportPanel(QWidget):
    """The import's progress, Cancel, the counts and the result list (docked under the timeline)."""

    close_requested = Signal()

    def __init__(self, controller: ImportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.progress = ProgressPanel(self)
        self.summary = QLabel(self)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_requested)
        self.table = QTableView(self)
        self.table.setModel(controller.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the rows on screen only: measuring every row on every change cost 140 ms of the
        # window's time per arriving check with 500 files (4 ms this way).
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(ImportResultModel.VERDICT, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.summary)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        controller.started.connect(self._started)
        controller.finished.connect(self._finished)
        controller.rows_added.connect(self._update_summary)
        controller.model.dataChanged.connect(self._update_summary)
        self.progress.cancel_requested.connect(controller.cancel)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the import results"))
        self.table.setAccessibleName(self.tr("Import results"))
        self._update_title()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_title(self) -> None:
        if self.controller.running:
            self.title.setText("<b>" + self.tr("Importing photos") + "</b>")
        elif self.controller.request is not None:
            self.title.setText("<b>" + self.tr("Import finished") + "</b>")
        else:
            self.title.setText("")

    def _started(self) -> None:
        self.progress.show()
        self.progress.follow(self.controller.handle.progress)
        self.close_button.setEnabled(False)
        self._update_title()
        self._update_summary()

    def _finished(self, _changes) -> None:
        self.progress.follow(None)
        self.progress.hide()
        self.close_button.setEnabled(True)
        self._update_title()
        self._update_summary()

    def _update_summary(self, *_args) -> None:
        counts = self.controller.model.counts()
        parts = [
            self.tr("%1 imported").replace("%1", str(counts[Outcome.IMPORTED])),
            self.tr("%1 duplicate").replace("%1", str(counts[Outcome.DUPLICATE])),
            self.tr("%1 failed").replace("%1", str(counts[Outcome.FAILED])),
        ]
        if counts.get(Outcome.SKIPPED):
            parts.append(self.tr("%1 left out").replace("%1", str(counts[Outcome.SKIPPED])))
        if counts[Outcome.CANCELLED]:
            parts.append(self.tr("%1 not imported (cancelled)").replace("%1", str(counts[Outcome.CANCELLED])))
        self.summary.setText(" · ".join(parts))
