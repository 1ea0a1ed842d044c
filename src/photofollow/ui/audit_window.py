"""The Audit window: who saw or changed which patient's photos, filtered by patient, user, action and date,
for administrators and physicians; a patient's access log saved as CSV for a subject-access request."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photofollow.reporting.words import error_text
from photofollow.services.audit import Action

ACTIONS = tuple(action.value for action in Action)  # the filter offers every action the trail records


class AuditWindow(QDialog):
    def __init__(self, gateway, runner, main_window, parent: QWidget | None = None) -> None:
        super().__init__(parent or main_window)
        self.gateway = gateway
        self.runner = runner
        self.main_window = main_window
        self.entries: list = []
        self.patient_only = QCheckBox(self)
        self.user_combo = QComboBox(self)
        self.action_combo = QComboBox(self)
        self.since_box = QCheckBox(self)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDate(QDate.currentDate().addMonths(-1))
        self.table = QTableWidget(0, 7, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        filters = QHBoxLayout()
        for widget in (self.patient_only, self.user_combo, self.action_combo, self.since_box, self.since):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.user_combo.addItem("", None)
        for user in gateway.users():
            self.user_combo.addItem(user.display_name, user.name)
        self.action_combo.addItem("", None)
        for action in ACTIONS:
            self.action_combo.addItem(action, action)
        self.retranslate_ui()
        for signal in (self.patient_only.toggled, self.since_box.toggled):
            signal.connect(self.refresh)
        self.user_combo.currentIndexChanged.connect(self.refresh)
        self.action_combo.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.save_access_log)
        self.close_button.clicked.connect(self.close)
        self.resize(1000, 600)
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.patient_only.setText(self.tr("Only the &patient shown"))
        self.user_combo.setItemText(0, self.tr("Every user"))
        self.action_combo.setItemText(0, self.tr("Every action"))
        self.since_box.setText(self.tr("&Since"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Patient"),
                self.tr("Objects"),
                self.tr("Workstation"),
                self.tr("Detail"),
            ]
        )
        self.export_button.setText(self.tr("Save access &log (CSV)…"))
        self.export_button.setToolTip(self.tr("The shown patient's access log, for a subject-access request"))
        self.close_button.setText(self.tr("&Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _patient_id(self) -> int | None:
        record = self.main_window.record
        return record.patient.id if self.patient_only.isChecked() and record is not None else None

    def filters(self) -> dict:
        since = None
        if self.since_box.isChecked():
            day = self.since.date()
            since = datetime.combine(datetime(day.year(), day.month(), day.day()).date(), time()).astimezone()
        return {
            "patient_id": self._patient_id(),
            "since": since,
            "user_name": self.user_combo.currentData(),
            "action": self.action_combo.currentData(),
        }

    def refresh(self) -> None:
        filters = self.filters()
        self.export_button.setEnabled(filters["patient_id"] is not None)

        def done(entries) -> None:
            self.entries = entries
            self._fill()

        def failed(error: BaseException) -> None:
            self.status.setText(error_text(error))

        self.runner.run_serial("audit trail", lambda _p: self.gateway.audit_entries(**filters), done, failed)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            values = (
                entry.at_local.strftime("%Y-%m-%d %H:%M:%S"),
                entry.user_name,
                entry.action,
                entry.patient_reference or "",
                " ".join(entry.objects),
                entry.workstation,
                entry.detail,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.status.setText(self.tr("%n entries", None, len(self.entries)))

    def save_access_log(self, path: str | None = None) -> None:
        from photofollow.services.audit import entries_csv

        patient_id = self._patient_id()
        if patient_id is None:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save access log"), "", "CSV (*.csv)")
            if not path:
                return
        entries = list(self.entries)

        def work(_progress) -> None:
            with open(path, "w", encoding="utf-8", newline="") as stream:
                stream.write(entries_csv(entries))
            self.gateway.record_access_log_export(patient_id)

        self.runner.run_serial(
            "access log",
            work,
            lambda _r: self.status.setText(self.tr("Access log saved to %1").replace("%1", path)),
        )
