"""A library shared by several workstations, in the window (issue 14): what the others change comes in as
`Changes` on the GUI thread, and a lost server is shown in a banner until it is reached again. File > Open
library takes a folder or a server address.

The change feed (services.sharing.watch) calls back on a thread of its own; `ServerLink` re-emits its calls as
Qt signals, which Qt queues to the GUI thread. A folder library has no feed and its link stays silent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CONNECTED_AGAIN_SHOWN_MS = 6000  # "Connected again" stays this long, then the banner goes


class ServerLink(QObject):
    """The window's end of a shared library's change feed; `close()` it before the library."""

    changes_arrived = Signal(object)  # services.changes.Changes committed by another workstation
    connection_changed = Signal(bool)  # False: the server was lost; True: reached (again)

    def __init__(self, gateway, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._feed = gateway.watch(self.changes_arrived.emit, self.connection_changed.emit)

    @property
    def shared(self) -> bool:
        return self._feed is not None

    def close(self) -> None:
        if self._feed is not None:
            self._feed.close()  # its thread has ended when this returns: nothing is emitted after
            self._feed = None


class ConnectionBanner(QFrame):
    """A strip above the window's content: the server is lost and being reached again, or is back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        self._hide_later = QTimer(self)
        self._hide_later.setSingleShot(True)
        self._hide_later.timeout.connect(self.hide)
        self.lost_server: str | None = None  # while lost: the server, as the message names it
        self._shown: str | None = None  # "lost" | "back": what to say again after a language change
        self._server = ""
        self.hide()

    def show_lost(self, server: str) -> None:
        self._hide_later.stop()
        self.lost_server = self._server = server
        self._shown = "lost"
        self._paint("#fbe3b4", "#5c3b00")
        self.retranslate_ui()
        self.show()

    def show_back(self, server: str) -> None:
        self.lost_server = None
        self._server = server
        self._shown = "back"
        self._paint("#d6f0d8", "#174d1c")
        self.retranslate_ui()
        self.show()
        self._hide_later.start(CONNECTED_AGAIN_SHOWN_MS)

    def retranslate_ui(self) -> None:
        if self._shown == "lost":
            self.text.setText(
                self.tr(
                    "Lost the connection to the library's server %1; reconnecting… The window stays as it "
                    "was; changes cannot be saved until the server is back, and nothing half-written is kept."
                ).replace("%1", self._server)
            )
        elif self._shown == "back":
            back = self.tr(
                "Connected again to the library's server %1; the window shows the library as it is now."
            )
            self.text.setText(back.replace("%1", self._server))

    def _paint(self, background: str, foreground: str) -> None:
        self.setStyleSheet(
            f"#connectionBanner {{ background: {background}; border: 1px solid {foreground}; }}"
            f"#connectionBanner QLabel {{ color: {foreground}; }}"
        )


class LibraryLocationDialog(QDialog):
    """File > Open library: a library folder (typed or chosen), or the address of a library on a server."""

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryLocation")
        self.setMinimumWidth(620)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.edit = QLineEdit(location, self)
        self.edit.setObjectName("libraryLocationEdit")
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._update_open)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_open()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open library"))
        self.intro.setText(
            self.tr("A library folder, or the address of a library shared on a database server:")
        )
        self.edit.setAccessibleName(self.tr("Library folder or server address"))
        self.browse.setText(self.tr("Choose folder…"))
        self.hint.setText(
            self.tr(
                "A shared library: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder. The "
                "password is never written here: PhotoFollow takes it from PGPASSWORD or ~/.pgpass."
            )
        )

    def location(self) -> Path | str:
        """The folder (a Path), or the server address as typed."""
        from photofollow.services.sharing import is_server_address

        text = self.edit.text().strip()
        return text if is_server_address(text) else Path(text).expanduser()

    def accept(self) -> None:
        from photofollow.domain.errors import PhotoFollowError
        from photofollow.reporting.words import error_text
        from photofollow.services.sharing import check_location

        try:
            check_location(self.edit.text())
        except PhotoFollowError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        super().accept()

    def _update_open(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.edit.text().strip()))

    def _browse(self) -> None:
        from photofollow.services.sharing import is_server_address

        start = "" if is_server_address(self.edit.text()) else self.edit.text()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a library folder"), start)
        if folder:
            self.edit.setText(folder)
