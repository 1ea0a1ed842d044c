"""Progress on screen: a bar that polls an operation's `Progress`, and a dialog shown only when work lasts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photofollow.ui.operations import DIALOG_DELAY_MS, OperationHandle, Progress

POLL_MS = 100


class ProgressPanel(QWidget):
    """A label, a bar and a Cancel button that follow a `Progress` by polling it (no signal per step)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress: Progress | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setMinimumWidth(240)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running operation"))
        self.bar.setAccessibleName(self.tr("Progress"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def follow(self, progress: Progress | None) -> None:
        self._progress = progress
        self.cancel_button.setEnabled(progress is not None)
        if progress is None:
            self._timer.stop()
        else:
            self._timer.start()
            self.refresh()

    def refresh(self) -> None:
        if self._progress is None:
            return
        snapshot = self._progress.snapshot()
        if snapshot.total:
            self.bar.setRange(0, snapshot.total)
            self.bar.setValue(min(snapshot.done, snapshot.total))
        else:
            self.bar.setRange(0, 0)  # busy indicator: the total is not known yet
        text = snapshot.label
        if snapshot.cancelled:
            text = self.tr("Cancelling…")
            self.cancel_button.setEnabled(False)
        self.label.setText(text)

    def _cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.refresh()
        self.cancel_requested.emit()


class ProgressDialog(QDialog):
    """Modal-less progress for one operation, shown only if it is still running after `delay_ms`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.panel = ProgressPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.setMinimumWidth(420)

    def closeEvent(self, event) -> None:
        # Closing the window means "stop", never "carry on hidden".
        self.panel._cancel()
        super().closeEvent(event)


class DelayedProgress:
    """A progress dialog for one operation, shown only if the operation still runs after a delay."""

    def __init__(self, handle: OperationHandle, title: str, parent: QWidget | None, delay_ms: int) -> None:
        self.handle = handle
        self.ever_shown = False
        self.dialog: ProgressDialog | None = ProgressDialog(title, parent)
        self.dialog.panel.follow(handle.progress)
        self._timer = QTimer(self.dialog)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        if handle.finished:
            self._finished(handle)
        else:
            self._timer.start(delay_ms)
            handle.when_finished(self._finished)

    def _show(self) -> None:
        if not self.handle.finished and self.dialog is not None:
            self.ever_shown = True
            self.dialog.show()

    @property
    def visible(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def _finished(self, _handle: OperationHandle) -> None:
        if self.dialog is None:
            return
        self._timer.stop()
        self.dialog.panel.follow(None)
        self.dialog.hide()
        self.dialog.deleteLater()
        self.dialog = None


def watch(
    handle: OperationHandle, title: str, parent: QWidget | None, delay_ms: int = DIALOG_DELAY_MS
) -> DelayedProgress:
    """Show a progress dialog for `handle` if it has not finished after `delay_ms`; close it when it ends."""
    return DelayedProgress(handle, title, parent, delay_ms)
