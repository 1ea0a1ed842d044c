"""Signing in to a library with named users, and locking the program after inactivity (issue 13).

`SignInDialog` asks who is at the keyboard (and their password, when the library requires passwords); the
service signs them in and records it in the audit trail. `SessionGuard` watches the keyboard and mouse: after
the library's inactivity time (Settings, default 10 minutes) it hides all patient data, records the lock, and
asks for a sign-in again, by the same user or another one (switch user). A library without users has no
sign-in and never locks: it works as it always did.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from photofollow.reporting.words import error_text


class SignInDialog(QDialog):
    """Who is at the keyboard: a user of the library, with their password when the library requires one."""

    def __init__(self, gateway, parent: QWidget | None = None, *, locked: bool = False) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.locked = locked
        self.signed_in = None
        self.user_combo = QComboBox(self)
        for user in gateway.users():
            if not user.disabled:
                self.user_combo.addItem(user.display_name, user.name)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.needs_password = gateway.passwords_required()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.user_label = QLabel(self)
        self.user_label.setBuddy(self.user_combo)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self.user_label, self.user_combo)
        form.addRow(self.password_label, self.password)
        self.password.setVisible(self.needs_password)
        self.password_label.setVisible(self.needs_password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        current = gateway.current_user()
        if current is not None:
            self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current.name)))
        self.retranslate_ui()
        (self.password if self.needs_password else self.user_combo).setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        if self.locked:
            self.intro.setText(
                self.tr("PhotoFollow was locked after a time without use. Sign in again, or as another user.")
            )
        else:
            self.intro.setText(self.tr("This library has named users. Who are you?"))
        self.user_label.setText(self.tr("&User:"))
        self.password_label.setText(self.tr("&Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign &in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def try_sign_in(self) -> None:
        from photofollow.domain.errors import PhotoFollowError

        name = self.user_combo.currentData()
        if name is None:
            return
        try:
            self.signed_in = self.gateway.sign_in(name, self.password.text() if self.needs_password else None)
        except PhotoFollowError as error:
            self.error.setText(error_text(error))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def sign_in_at_start(gateway, parent: QWidget | None = None) -> bool:
    """The start's sign-in: True when the library has no users or someone signed in, False when cancelled."""
    if not gateway.has_users() or gateway.current_user() is not None:
        return True
    dialog = SignInDialog(gateway, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class SessionGuard(QObject):
    """Locks the main window after the library's inactivity time: patient data hidden, the lock audited, and a
    sign-in asked for before anything shows again (the same user, or another: switch user)."""

    def __init__(self, window, hide_data, show_data) -> None:
        super().__init__(window)
        self.window = window
        self.hide_data, self.show_data = hide_data, show_data
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.locked = False
        QApplication.instance().installEventFilter(self)
        self.restart()

    def restart(self) -> None:
        """Arm the timer for the open library (none without users, or with the time set to 0)."""
        self.timer.stop()
        gateway = self.window.gateway
        if gateway.has_users():
            minutes = gateway.lock_after_minutes()
            if minutes > 0:
                self.timer.start(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # input: the inactivity time starts again
        return False

    def lock(self) -> None:
        """Hide every patient's data and ask who is there; audited as a lock."""
        if self.locked or not self.window.gateway.has_users():
            return
        self.locked = True
        self.timer.stop()
        self.hide_data()
        self.window.gateway.sign_out(locked=True)
        self.ask(locked=True)

    def switch_user(self) -> None:
        """Another user takes the keyboard: the current one is signed out (audited) and data hidden first."""
        if not self.window.gateway.has_users():
            return
        self.locked = True
        self.hide_data()
        self.window.gateway.sign_out()
        self.ask(locked=False)

    def ask(self, locked: bool) -> None:
        dialog = SignInDialog(self.window.gateway, self.window, locked=locked)
        dialog.setModal(True)
        dialog.finished.connect(lambda result: self._answered(dialog, result))
        self.dialog = dialog
        dialog.open()

    def _answered(self, dialog: SignInDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.ask(locked=True)  # nothing shows until someone signs in (or the program is closed)
            return
        self.locked = False
        self.show_data()
        self.restart()
