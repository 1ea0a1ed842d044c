"""Settings > Users: the library's named users, whether signing in needs a password, and the lock after
inactivity (issue 13). An administrator's page; in a library without users it offers to add the first one,
the administrator, after which the program asks who is at the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photofollow.reporting.words import error_text, phrase_text

ROLES = ("nurse", "physician", "administrator")


class UsersSettings(QWidget):
    def __init__(self, gateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.name_edit = QLineEdit(self)
        self.display_edit = QLineEdit(self)
        self.role_combo = QComboBox(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(self)
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self)
        self.disable_button = QPushButton(self)
        self.passwords_box = QCheckBox(self)
        self.lock_spin = QSpinBox(self)
        self.lock_spin.setRange(0, 240)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout()
        fields = (self.name_edit, self.display_edit, self.role_combo, self.password_edit, self.again_edit)
        for label, field in zip(self.labels, (*fields, self.lock_spin), strict=True):
            label.setBuddy(field)
        for label, field in zip(self.labels[:5], fields, strict=True):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.disable_button)
        buttons.addStretch(1)
        security = QFormLayout()
        security.addRow("", self.passwords_box)
        security.addRow(self.labels[5], self.lock_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(security)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_user)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        from photofollow.services.users import Role, role_phrase

        for label, text in zip(
            self.labels,
            (
                self.tr("&Name:"),
                self.tr("&Shown as:"),
                self.tr("&Role:"),
                self.tr("&Password:"),
                self.tr("&Again:"),
                self.tr("&Lock after (minutes, 0 never):"),
            ),
            strict=True,
        ):
            label.setText(text)
        current = self.role_combo.currentData()
        self.role_combo.clear()
        for role in ROLES:
            self.role_combo.addItem(phrase_text(role_phrase(Role(role))), role)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(current)))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Shown as"), self.tr("Role")])
        self.add_button.setText(self.tr("A&dd user"))
        self.disable_button.setText(self.tr("Disa&ble or enable"))
        self.passwords_box.setText(self.tr("Signing in needs a pass&word"))
        self.passwords_box.setToolTip(
            self.tr("A single-user practice may turn this off: the user still picks their name.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        from photofollow.services.users import role_phrase

        found = self.gateway.users()
        self.table.setRowCount(len(found))
        for row, user in enumerate(found):
            role = phrase_text(role_phrase(user.role))
            if user.disabled:
                role += " " + self.tr("(disabled)")
            for column, text in enumerate((user.name, user.display_name, role)):
                item = QTableWidgetItem(text)
                item.setData(256, user.name)
                self.table.setItem(row, column, item)
        first = not found
        manages = self.gateway.may("manage users")
        if first:  # the first user is the administrator who sets the library up
            self.role_combo.setCurrentIndex(self.role_combo.findData("administrator"))
        self.role_combo.setEnabled(not first and manages)
        for widget in (
            self.name_edit,
            self.display_edit,
            self.password_edit,
            self.again_edit,
            self.add_button,
        ):
            widget.setEnabled(manages)
        self.disable_button.setEnabled(manages and not first)
        settings = self.gateway.may("settings") and not first
        self.passwords_box.setEnabled(settings)
        self.lock_spin.setEnabled(settings)
        self.passwords_box.setChecked(self.gateway.passwords_required())
        self.lock_spin.setValue(self.gateway.lock_after_minutes())

    def add_user(self) -> None:
        from photofollow.domain.errors import PhotoFollowError

        password = self.password_edit.text()
        if password != self.again_edit.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            self.gateway.add_user(
                self.name_edit.text(),
                self.role_combo.currentData(),
                password or None,
                self.display_edit.text() or None,
            )
        except PhotoFollowError as error:
            self.message.setText(error_text(error))
            return
        self.message.setText(self.tr("%1 added.").replace("%1", self.name_edit.text().strip()))
        for edit in (self.name_edit, self.display_edit, self.password_edit, self.again_edit):
            edit.clear()
        self.refresh()

    def toggle_disabled(self) -> None:
        from photofollow.domain.errors import PhotoFollowError

        row = self.table.currentRow()
        if row < 0:
            return
        name = self.table.item(row, 0).data(256)
        user = next((u for u in self.gateway.users() if u.name == name), None)
        if user is None:
            return
        try:
            self.gateway.set_user_disabled(name, not user.disabled)
        except PhotoFollowError as error:
            self.message.setText(error_text(error))
            return
        self.refresh()

    def save(self) -> None:
        """The password and lock choices, when they changed (an administrator's; audited)."""
        if not self.passwords_box.isEnabled():
            return
        if self.passwords_box.isChecked() != self.gateway.passwords_required():
            self.gateway.set_passwords_required(self.passwords_box.isChecked())
        if self.lock_spin.value() != self.gateway.lock_after_minutes():
            self.gateway.set_lock_after_minutes(self.lock_spin.value())
