"""The library's trash: what was deleted, when, and what it holds; restore an entry, or empty the trash for
good after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photofollow.appdirs import APP_NAME
from photofollow.reporting import words


class TrashWindow(QDialog):
    """A non-modal window over the main window; it reloads whenever a change touches the trash."""

    WHEN, KIND, WHAT = range(3)

    def __init__(self, corrections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corrections = corrections
        self.entries: list = []
        self.setWindowFlag(Qt.WindowType.Window)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self)
        self.empty_button.clicked.connect(self.empty)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # Undo and redo work here too (a restore is undone by deleting again).
        self.addActions([corrections.undo_action, corrections.redo_action])
        self.retranslate_ui()
        self.resize(720, 420)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.explanation.setText(
            self.tr(
                "Deleted patients, treatments, visits and photos stay here, with everything that belonged "
                "to them, until the trash is emptied. Restore puts an entry back where it was."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Deleted"), self.tr("What"), self.tr("Holds")])
        self.table.setAccessibleName(self.tr("Deleted records"))
        self.restore_button.setText(self.tr("&Restore"))
        self.empty_button.setText(self.tr("&Empty trash…"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def kind_name(self, kind: str) -> str:
        return {
            "photo": self.tr("Photo"),
            "visit": self.tr("Visit"),
            "treatment": self.tr("Treatment"),
            "patient": self.tr("Patient"),
        }.get(str(getattr(kind, "value", kind)), str(kind))

    def reload(self) -> None:
        window = self.corrections.window

        def done(entries) -> None:
            if _alive(self):
                self.entries = list(entries)
                self._fill()

        window.runner.run_serial("trash", lambda _p: window.gateway.trash_entries(), done)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            description = entry.description
            texts = (
                words.date_text(entry.deleted_at),
                self.kind_name(entry.kind),
                description if isinstance(description, str) else words.text_of(description),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.empty_button.setEnabled(bool(self.entries))

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def restore_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        for row in rows:
            trash_id = self.entries[row].id
            self.corrections.run("restore", lambda gateway, trash_id=trash_id: gateway.restore(trash_id))

    def empty(self) -> None:
        count = len(self.entries)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr("Empty the trash? Its %1 entries, with their photos, are removed for good.").replace(
                "%1", str(count)
            ),
            parent=self,
        )
        box.setInformativeText(self.tr("This cannot be undone."))
        confirm = box.addButton(self.tr("Empty trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not confirm:
            return
        window = self.corrections.window

        def done(changes) -> None:
            self.corrections.history.clear()  # what was in the trash cannot come back by undo either
            self.corrections.update_actions()
            window.apply_changes(changes)

        window.runner.run_serial("empty trash", lambda _p: window.gateway.empty_trash(), done)


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
