"""The findings panel: every check of a follow-up against its baseline, with icon, word and sentence."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from photofollow.domain.checks import CheckResult, CheckStatus, PairReport, Verdict
from photofollow.reporting import words
from photofollow.ui.icons import status_icon, verdict_icon

ModelIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class FindingsModel(QAbstractTableModel):
    """A thin adapter over a pair report's check results (napari's item models: no copy of the data)."""

    STATUS, CHECK, MEASURED, THRESHOLD, MESSAGE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._results: tuple[CheckResult, ...] = ()

    def set_results(self, results: tuple[CheckResult, ...] | list[CheckResult]) -> None:
        self.beginResetModel()
        # Worst first: what needs a look comes at the top; the order of the policy otherwise.
        order = {CheckStatus.FAIL: 0, CheckStatus.WARN: 1, CheckStatus.SKIPPED: 2, CheckStatus.PASS: 3}
        self._results = tuple(sorted(results, key=lambda result: order[CheckStatus(result.status)]))
        self.endResetModel()

    def result_at(self, row: int) -> CheckResult:
        return self._results[row]

    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Status"),
            self.tr("Check"),
            self.tr("Measured"),
            self.tr("Threshold"),
            self.tr("What it means"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        result = self._results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return words.status_word(result.status)
            if column == self.CHECK:
                return words.check_name(result.id)
            if column == self.MEASURED:
                return words.measured_text(result)
            if column == self.THRESHOLD:
                return words.threshold_text(result)
            return words.message_text(result)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_icon(result.status)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            name, status = words.check_name(result.id), words.status_word(result.status)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{name}: {status}. {words.message_text(result)}"
            return f"{name}, {status}: {words.message_text(result)}"
        return None


class FindingsPanel(QWidget):
    """The verdict in words and icon above the table of checks; shows "not checked" until a report exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: PairReport | None = None
        self.verdict_icon = QLabel(self)
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.model = FindingsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setIconSize(QSize(18, 18))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QWidget(self)
        from PySide6.QtWidgets import QHBoxLayout

        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.verdict_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(top)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def set_report(self, report: PairReport | None) -> None:
        self._report = report
        self.model.set_results(report.checks if report is not None else ())
        self.retranslate_ui()

    @property
    def report(self) -> PairReport | None:
        return self._report

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Checks of the follow-up against the baseline"))
        verdict: Verdict | None = self._report.verdict if self._report is not None else None
        self.verdict_icon.setPixmap(verdict_icon(verdict).pixmap(28, 28))
        title = words.verdict_word(verdict)
        sentence = words.verdict_sentence(verdict)
        self.verdict_label.setText(f"<b>{title}</b> — {sentence}")
        self.verdict_label.setAccessibleName(f"{title}. {sentence}")
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 4)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
