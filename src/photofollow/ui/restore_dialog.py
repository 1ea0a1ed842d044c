"""Restore a library from a backup (File > Restore from backup…), and the unfiled photos a restore leaves.

`RestoreDialog` lists the library's backups by date with what each holds (patients, photos, the newest photo)
and restores the one picked, after saying what will happen: the library is closed, its database is kept in
`backups/replaced-…`, and photos the backup does not know become unfiled (services/restoring.py). It also
opens when a library cannot be opened because its database is damaged, emptied or missing.
`UnfiledDialog` lists the unfiled photos and files the ones picked into a visit.

A library on a database server is restored from the command line (`explain_server_restore`): pg_restore
replaces the database under every workstation at once, so the administrator runs it with the others closed
and sees what pg_restore says (`photofollow backup --library URL restore NAME`, cli/backup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
from photofollow.domain.names import shown
from photofollow.reporting import words


def explain_server_restore(parent: QWidget, location: str) -> None:
    """Say how a library on a database server is restored: with photofollow backup, not this window."""
    QMessageBox.information(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "RestoreDialog",
            "This library is on a database server, shared by several workstations, so it is restored from "
            "the command line: close PhotoFollow on every workstation, then run\n\n"
            "photofollow backup --library %1 list\n"
            "photofollow backup --library %1 restore NAME\n\n"
            "The database as it was is kept as a backup first, and photos the backup does not know are kept "
            "as unfiled photos."
        ).replace("%1", location),
    )


class RestoreDialog(QDialog):
    """Pick a backup of the library at `folder` by date, see what it holds, and restore it.

    `close_library` is called (on the GUI thread) right before the restore, to release the library; the
    restore itself runs on `runner`. `restored` holds the `RestoreResult` once it is done.
    """

    def __init__(
        self,
        folder: Path,
        runner,
        close_library: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = runner
        self.close_library = close_library
        self.restored = None
        self.backups: list = []
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setObjectName("restoreDialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        text = self.tr(
            "Pick the backup of the library at %1 to restore. The library's current database is kept in "
            "its backups folder, and photos the backup does not know are kept as unfiled photos."
        ).replace("%1", shown(self.folder))
        self.intro.setText(f"{reason}\n\n{text}" if reason else text)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Kind"),
                self.tr("Patients"),
                self.tr("Photos"),
                self.tr("Newest photo"),
                self.tr("State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.load()

    def load(self) -> None:
        """Read the backups and what each holds (small files, read on the GUI thread's behalf by the pool)."""
        from photofollow.services.restoring import described_backups

        def work(_progress) -> list:
            return described_backups(self.folder, newest_first=True)

        self.runner.run_parallel("list backups", work, self._show)

    def _show(self, found: list) -> None:
        self.backups = found
        self.table.setRowCount(len(found))
        for row, item in enumerate(found):
            newest = item.last_import.strftime("%Y-%m-%d") if item.last_import else "–"
            state = (
                self.tr("Can be restored")
                if item.usable
                else self.tr("Damaged: %1").replace("%1", item.problem)
            )
            cells = [
                item.made_at.strftime("%Y-%m-%d %H:%M"),
                self._kind(item.kind),
                str(item.patients) if item.usable else "–",
                str(item.photos) if item.usable else "–",
                newest,
                state,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (2, 3):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        if not found:
            self.details.setText(
                self.tr("The library at %1 has no backups yet.").replace("%1", shown(self.folder))
            )
        else:
            self.table.selectRow(0)

    def _kind(self, kind: str) -> str:
        if kind == "daily":
            return self.tr("Daily")
        if kind == "manual":
            return self.tr("Made by hand")
        if kind.startswith("before-"):
            return self.tr("Before an upgrade")
        return kind

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        item = self.selected()
        self.restore_button.setEnabled(item is not None and item.usable)
        if item is None:
            self.details.clear()
        elif item.usable:
            self.details.setText(
                self.tr("%1 holds %2 patients and %3 photos, as on %4.")
                .replace("%1", item.path.name)
                .replace("%2", str(item.patients))
                .replace("%3", str(item.photos))
                .replace("%4", item.made_at.strftime("%Y-%m-%d %H:%M"))
            )
        else:
            self.details.setText(
                self.tr("%1 cannot be restored (%2). Choose another backup.")
                .replace("%1", item.path.name)
                .replace("%2", item.problem)
            )

    def restore_selected(self, confirm: bool = True) -> None:
        item = self.selected()
        if item is None or not item.usable:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr(
                    "Restore the library at %1 as it was on %2? PhotoFollow closes the library first; its "
                    "current database is kept in the backups folder, and photos imported since become "
                    "unfiled photos for you to file."
                )
                .replace("%1", shown(self.folder))
                .replace("%2", item.made_at.strftime("%Y-%m-%d %H:%M")),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.close_library is not None:
            self.close_library()
            self.close_library = None
        self.restore_button.setEnabled(False)
        self.table.setEnabled(False)
        self.details.setText(self.tr("Restoring…"))
        from photofollow.services.restoring import restore_library

        self.runner.run_dedicated(
            "restore", lambda _progress: restore_library(self.folder, item.path), self._restored, self._failed
        )

    def _restored(self, result) -> None:
        self.restored = result
        text = self.tr("Restored: %1 patients and %2 photos.").replace("%1", str(result.patients))
        text = text.replace("%2", str(result.photos))
        if result.unfiled:
            text += " " + self.tr(
                "%1 photos the backup did not know are kept as unfiled photos: file them with File > Unfiled "
                "photos…"
            ).replace("%1", str(result.unfiled))
        self.details.setText(text)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.table.setEnabled(True)
        self._selection_changed()
        self.details.setText(words.error_text(error))
        if self.isVisible():
            QMessageBox.warning(self, APP_NAME, words.error_text(error))


class UnfiledDialog(QDialog):
    """The library's unfiled photos (patient and visit unknown), filed one or more at a time into a visit.

    `unfiled` are `storage.library.UnfiledPhoto`s; `visits` the visits they may go to, as (visit id, label);
    `file_photos(sha256s, visit_id)` files them (the caller runs it on its database worker).
    """

    def __init__(self, unfiled: list, visits: list[tuple[int, str]], file_photos, parent=None) -> None:
        super().__init__(parent)
        self.unfiled = list(unfiled)
        self.file_photos = file_photos
        self.setWindowTitle(self.tr("Unfiled photos"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "These photos are in the library but belong to no visit (found after a restore). Pick "
                "photos and the visit they belong to, then file them; or import them again into their visit."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(self.unfiled), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Camera"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Unfiled photos"))
        for row, photo in enumerate(self.unfiled):
            facts = photo.facts
            taken = facts.capture_time.strftime("%Y-%m-%d %H:%M") if facts.capture_time else "–"
            camera = " ".join(part for part in (facts.make, facts.model) if part) or "–"
            size = f"{facts.width} × {facts.height}" if facts.width else "–"
            for column, text in enumerate((taken, shown(camera), size)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Visit:")))
        self.visits = QComboBox()
        for visit_id, label in visits:
            self.visits.addItem(shown(label), visit_id)
        self.visits.setAccessibleName(self.tr("Visit"))
        row.addWidget(self.visits, 1)
        self.file_button = QPushButton(self.tr("File into this visit"))
        self.file_button.setEnabled(bool(visits) and bool(self.unfiled))
        self.file_button.clicked.connect(self.file_selected)
        row.addWidget(self.file_button)
        layout.addLayout(row)
        if not visits:
            hint = QLabel(
                self.tr("Choose a patient in the main window first: their visits are offered here.")
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def file_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows or self.visits.currentIndex() < 0:
            return
        hashes = [self.unfiled[row].sha256 for row in rows]
        self.file_photos(hashes, self.visits.currentData())
        for row in reversed(rows):
            self.table.removeRow(row)
            del self.unfiled[row]
        self.file_button.setEnabled(bool(self.unfiled))
