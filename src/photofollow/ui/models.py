"""Item models as thin adapters over the clinic's records: patients with their search, import results."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from photofollow.domain.checks import CheckStatus, PairReport
from photofollow.domain.model import Patient, View
from photofollow.domain.text import Phrase, folded
from photofollow.reporting import words
from photofollow.ui.icons import status_icon, verdict_icon

ModelIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
PATIENT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class PatientListModel(QAbstractListModel):
    """The library's patients, sorted by name; rows hold the `Patient` objects themselves.

    Each row's search key (name and chart number, case and accents folded) is made once, when the patients
    arrive or one changes: typing in the search must not fold 5,000 names per keystroke (56 ms; now ~5 ms).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._patients: list[Patient] = []
        self._keys: list[str] = []  # search_key of each row, in row order

    def set_patients(self, patients: list[Patient]) -> None:
        self.beginResetModel()
        keyed = sorted(((folded(p.display_name), p) for p in patients), key=lambda pair: pair[0])
        self._patients = [patient for _name, patient in keyed]
        self._keys = [search_key(patient) for patient in self._patients]
        self.endResetModel()

    def upsert(self, patient: Patient) -> QModelIndex:
        """Insert a new patient or refresh an edited one, in place: the selection and scroll survive."""
        for row, existing in enumerate(self._patients):
            if existing.id == patient.id:
                self._patients[row] = patient
                self._keys[row] = search_key(patient)
                self.dataChanged.emit(self.index(row), self.index(row))
                return self.index(row)
        key = folded(patient.display_name)
        row = next(
            (i for i, p in enumerate(self._patients) if folded(p.display_name) > key), len(self._patients)
        )
        self.beginInsertRows(NO_PARENT, row, row)
        self._patients.insert(row, patient)
        self._keys.insert(row, search_key(patient))
        self.endInsertRows()
        return self.index(row)

    def row_of(self, patient_id: int) -> int:
        return next((row for row, p in enumerate(self._patients) if p.id == patient_id), -1)

    def patients(self) -> list[Patient]:
        return list(self._patients)

    def search_keys(self) -> list[str]:
        """The rows' folded search keys (the list itself: the search proxy reads it per row)."""
        return self._keys

    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._patients)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        patient = self._patients[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if patient.chart_number:
                return f"{patient.display_name}  ·  {patient.chart_number}"
            return patient.display_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if patient.chart_number:
                return (
                    self.tr("%1, chart number %2")
                    .replace("%1", patient.display_name)
                    .replace("%2", patient.chart_number)
                )
            return patient.display_name
        if role == PATIENT_ROLE:
            return patient
        if role == SEARCH_ROLE:
            return self._keys[index.row()]
        return None


def search_key(patient: Patient) -> str:
    """What the patient search matches against: name and chart number, case and accents folded."""
    return folded(f"{patient.display_name} {patient.chart_number or ''}")


class PatientSearchProxy(QSortFilterProxyModel):
    """Search as you type: every word typed must appear in the name or the chart number.

    A keystroke matches the typed words against the keys the patient model prepared when it loaded, read
    straight from its list (no model index, no role lookup, no folding per row).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = folded(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        words_typed = self._words
        if not words_typed:
            return True
        source = self.sourceModel()
        if isinstance(source, PatientListModel):
            haystack = source.search_keys()[source_row]
        else:
            haystack = source.index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        for word in words_typed:
            if word not in haystack:
                return False
        return True


class Outcome:
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"  # left out in the import dialog


@dataclass
class ImportRow:
    """One file of an import and what became of it; `report` arrives later for a follow-up."""

    path: Path
    outcome: str
    reason: str = ""  # why it failed, or where the duplicate is (English)
    view: View | None = None
    photo_id: int | None = None
    report: PairReport | None = None
    checking: bool = False
    note: str = ""  # e.g. "no baseline of this view yet"
    extra: dict = field(default_factory=dict)
    reason_phrase: Phrase | None = None  # `reason` for translation, when the failure gave one
    warnings: tuple[Phrase, ...] = ()  # an imported photo's problems (no preview, analysis failed)


class ImportResultModel(QAbstractTableModel):
    """The import's result list: one row per file; verdicts fill in as the checks finish."""

    FILE, OUTCOME, VIEW, VERDICT = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def append_rows(self, rows: list[ImportRow]) -> None:
        """Add several rows in one insert (completions arrive in batches)."""
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(NO_PARENT, start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[ImportRow]:
        return list(self._rows)

    def row_for_photo(self, photo_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.photo_id == photo_id), -1)

    def update_row(self, row: int) -> None:
        self.update_rows([row])

    def update_rows(self, rows: list[int]) -> None:
        """One change signal for many rows: a table sizing its rows to their contents measures them once,
        not once per row (20 signals in one turn stalled the window for 60 ms)."""
        if rows:
            last_column = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last_column))

    def counts(self) -> dict[str, int]:
        counts = {Outcome.IMPORTED: 0, Outcome.DUPLICATE: 0, Outcome.FAILED: 0, Outcome.CANCELLED: 0}
        for row in self._rows:
            counts[row.outcome] = counts.get(row.outcome, 0) + 1
        return counts

    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("Result"), self.tr("View"), self.tr("Against the baseline"))[section]

    def outcome_text(self, row: ImportRow) -> str:
        if row.outcome == Outcome.IMPORTED:
            if row.warnings:
                problems = "; ".join(words.text_of(warning) for warning in row.warnings)
                return self.tr("Imported, but %1").replace("%1", problems)
            return self.tr("Imported")
        if row.outcome == Outcome.DUPLICATE:
            if row.reason:
                return self.tr("Duplicate: %1").replace("%1", words.text_of(row.reason_phrase or row.reason))
            return self.tr("Duplicate: already in the library")
        if row.outcome == Outcome.CANCELLED:
            return self.tr("Not imported: cancelled")
        if row.outcome == Outcome.SKIPPED:
            return self.tr("Not imported: left out")
        return self.tr("Failed: %1").replace("%1", words.text_of(row.reason_phrase or row.reason))

    def verdict_text(self, row: ImportRow) -> str:
        if row.outcome not in (Outcome.IMPORTED, Outcome.DUPLICATE):
            return ""
        if row.report is not None:
            failing = [words.check_name(r.id) for r in row.report.checks if r.status == CheckStatus.FAIL]
            warning = [words.check_name(r.id) for r in row.report.checks if r.status == CheckStatus.WARN]
            text = words.verdict_word(row.report.verdict)
            if failing:
                text += " — " + self.tr("failed: %1").replace("%1", ", ".join(failing))
            if warning:
                text += " — " + self.tr("warnings: %1").replace("%1", ", ".join(warning))
            return text
        if row.checking:
            return self.tr("Checking…")
        return row.note

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.FILE:
                return row.path.name
            if column == self.OUTCOME:
                return self.outcome_text(row)
            if column == self.VIEW:
                return words.view_name(row.view) if row.view is not None else ""
            return self.verdict_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE:
                return str(row.path)
            if column == self.VERDICT and row.report is not None:
                return "\n".join(
                    f"{words.status_word(r.status)} — {words.check_name(r.id)}: {words.message_text(r)}"
                    for r in row.report.checks
                    if r.status in (CheckStatus.FAIL, CheckStatus.WARN)
                ) or words.verdict_sentence(row.report.verdict)
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.OUTCOME:
                return status_icon(
                    {
                        Outcome.IMPORTED: "pass",
                        Outcome.DUPLICATE: "skipped",
                        Outcome.FAILED: "fail",
                        Outcome.CANCELLED: "skipped",
                        Outcome.SKIPPED: "skipped",
                    }.get(row.outcome, "skipped")
                )
            if column == self.VERDICT and row.report is not None:
                return verdict_icon(row.report.verdict)
        return None
