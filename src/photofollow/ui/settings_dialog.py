"""The settings dialog: library location, clinic name and logo, language (applied at once), and the photo
policy's thresholds (view, edit, reset to defaults), saved as the clinic's override file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photofollow.domain.policy import PolicyError, default_policy_text, policy_from_mapping
from photofollow.reporting import words
from photofollow.ui.i18n import LANGUAGES, apply_language, language_name
from photofollow.ui.settings import Settings

POLICY_SKIP = {"version", "protocols"}  # the version is the file's; view lists are edited in the file itself


def policy_defaults() -> dict[str, Any]:
    return tomllib.loads(default_policy_text())


def flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"exposure": {"warn_ev": 0.33}} -> {"exposure.warn_ev": 0.33}, scalars and lists only."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if not prefix and key in POLICY_SKIP:
            continue
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def overrides_to_toml(overrides: dict[str, Any]) -> str:
    """The clinic's override file: only the keys that differ from the shipped policy, grouped by table."""
    tables: dict[str, dict[str, Any]] = {}
    for name, value in sorted(overrides.items()):
        table, key = name.rsplit(".", 1)
        tables.setdefault(table, {})[key] = value
    lines = [
        "# PhotoFollow clinic policy: values that differ from the shipped defaults (assets/policy.toml).",
        "",
    ]
    for table, values in tables.items():
        lines.append(f"[{table}]")
        lines += [f"{key} = {_toml_value(value)}" for key, value in values.items()]
        lines.append("")
    return "\n".join(lines)


def parse_value(text: str, default: Any) -> Any:
    """Read an edited cell as the type of its default; raises ValueError with a sentence."""
    text = text.strip()
    if isinstance(default, bool):
        if text.lower() in ("true", "yes", "1"):
            return True
        if text.lower() in ("false", "no", "0"):
            return False
        raise ValueError("true or false")
    if isinstance(default, int):
        return int(text)
    if isinstance(default, float):
        return float(text.replace(",", "."))
    if isinstance(default, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def show_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


class PolicyEditor(QWidget):
    """Every threshold with its default and the clinic's value; edit a value by double-clicking it."""

    KEY, DEFAULT, VALUE = range(3)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.defaults = flatten(policy_defaults())
        self.overrides: dict[str, Any] = {}
        if path.is_file():
            try:
                self.overrides = {
                    key: value
                    for key, value in flatten(tomllib.loads(path.read_text(encoding="utf-8"))).items()
                    if key in self.defaults
                }
            except (OSError, tomllib.TOMLDecodeError):
                self.overrides = {}
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        sections: dict[str, QTreeWidgetItem] = {}
        for name, default in self.defaults.items():
            section, key = name.split(".", 1)
            parent_item = sections.get(section)
            if parent_item is None:
                parent_item = QTreeWidgetItem(self.tree, [section])
                parent_item.setFirstColumnSpanned(False)
                sections[section] = parent_item
            item = QTreeWidgetItem(parent_item, [key, show_value(default), show_value(self.value(name))])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setData(self.KEY, Qt.ItemDataRole.UserRole, name)
            self.items[name] = item
            self._mark(name)
        self.tree.expandAll()
        self.tree.itemChanged.connect(self._edited)
        self.path_label = QLabel(self)
        self.path_label.setWordWrap(True)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addWidget(self.path_label, 1)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Threshold"), self.tr("Default"), self.tr("This clinic")])
        self.tree.setAccessibleName(self.tr("Photo policy thresholds"))
        self.reset_button.setText(self.tr("Reset to defaults"))
        self.path_label.setText(
            self.tr("Saved in %1. Double-click a value to change it.").replace("%1", str(self.path))
        )

    def value(self, name: str) -> Any:
        return self.overrides.get(name, self.defaults[name])

    def _mark(self, name: str) -> None:
        item = self.items[name]
        font = item.font(self.VALUE)
        font.setBold(name in self.overrides)
        item.setFont(self.VALUE, font)
        item.setToolTip(self.VALUE, self.tr("Changed by the clinic") if name in self.overrides else "")

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        name = item.data(self.KEY, Qt.ItemDataRole.UserRole)
        if column != self.VALUE or name is None:
            return
        try:
            value = parse_value(item.text(self.VALUE), self.defaults[name])
        except ValueError:
            value = self.value(name)
        if value == self.defaults[name]:
            self.overrides.pop(name, None)
        else:
            self.overrides[name] = value
        self.tree.blockSignals(True)
        item.setText(self.VALUE, show_value(self.value(name)))
        self.tree.blockSignals(False)
        self._mark(name)

    def set_value(self, name: str, value: Any) -> None:
        self.items[name].setText(self.VALUE, show_value(value))  # goes through _edited, like a user's edit

    def reset(self) -> None:
        self.overrides.clear()
        self.tree.blockSignals(True)
        for name, item in self.items.items():
            item.setText(self.VALUE, show_value(self.defaults[name]))
            self._mark(name)
        self.tree.blockSignals(False)

    def validate(self) -> str | None:
        """None when the merged policy is valid, else the sentence saying what is wrong."""
        merged = policy_defaults()
        for name, value in self.overrides.items():
            table = merged
            *sections, key = name.split(".")
            for section in sections:
                table = table[section]
            table[key] = value
        try:
            policy_from_mapping(merged, source=self.path.name)
        except PolicyError as error:
            return words.error_text(error)
        return None

    def save(self) -> None:
        if not self.overrides:
            if self.path.is_file():
                self.path.unlink()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".toml.tmp")
        temporary.write_text(overrides_to_toml(self.overrides), encoding="utf-8")
        temporary.replace(self.path)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, gateway=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.policy_changed = False
        self._language_before = settings.language
        self.tabs = QTabWidget(self)
        general = QWidget(self)
        self.library_edit = QLineEdit(settings.library_location, general)
        self.library_browse = QPushButton(general)
        self.library_browse.clicked.connect(self._browse_library)
        self.clinic_edit = QLineEdit(settings.clinic_name, general)
        self.logo_edit = QLineEdit(settings.clinic_logo_path, general)
        self.logo_browse = QPushButton(general)
        self.logo_browse.clicked.connect(self._browse_logo)
        self.logo_preview = QLabel(general)
        self.logo_preview.setFixedHeight(48)
        self.logo_edit.textChanged.connect(self._show_logo)
        self.language_combo = QComboBox(general)
        self.language_combo.addItem("", "")
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.labels = [QLabel(general) for _ in range(4)]
        form = QFormLayout(general)
        library_row = QHBoxLayout()
        library_row.addWidget(self.library_edit, 1)
        library_row.addWidget(self.library_browse)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_browse)
        form.addRow(self.labels[0], library_row)
        form.addRow(self.labels[1], self.clinic_edit)
        form.addRow(self.labels[2], logo_row)
        form.addRow("", self.logo_preview)
        form.addRow(self.labels[3], self.language_combo)
        for label, field in zip(
            self.labels,
            (self.library_edit, self.clinic_edit, self.logo_edit, self.language_combo),
            strict=True,
        ):
            label.setBuddy(field)
        self.library_note = QLabel(general)
        self.library_note.setWordWrap(True)
        form.addRow("", self.library_note)
        self.tabs.addTab(general, "")
        policy_path = (
            Path(settings.policy_overrides_path)
            if settings.policy_overrides_path
            else (
                gateway.policy_path() if gateway is not None else Path(settings.path).parent / "policy.toml"
            )
        )
        self.policy = PolicyEditor(policy_path, self)
        self.tabs.addTab(self.policy, "")
        # The library's users, passwords and lock (issue 13); the policy is an administrator's to change.
        self.users = None
        if gateway is not None:
            from photofollow.ui.users_settings import UsersSettings

            self.users = UsersSettings(gateway, self)
            self.tabs.addTab(self.users, "")
            self.policy.setEnabled(gateway.may("settings"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._show_logo()
        self.retranslate_ui()
        self.resize(720, 560)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Photo policy"))
        if self.users is not None:
            self.tabs.setTabText(2, self.tr("Users"))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Library folder or server address:"),
                self.tr("&Clinic name:"),
                self.tr("Clinic l&ogo:"),  # Alt+L is the library folder's
                self.tr("L&anguage:"),
            ),
            strict=True,
        ):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.library_browse.setText(self.tr("Browse…"))
        self.logo_browse.setText(self.tr("Browse…"))
        self.library_browse.setAccessibleName(self.tr("Choose the library folder"))
        self.logo_browse.setAccessibleName(self.tr("Choose the logo image"))
        self.library_edit.setPlaceholderText(self.tr("The default library in your data folder"))
        self.clinic_edit.setPlaceholderText(self.tr("Printed on comparison sheets"))
        self.language_combo.setItemText(
            0, self.tr("As the system (%1)").replace("%1", language_name(_system_code()))
        )
        self.library_note.setText(
            self.tr(
                "A new library folder is opened the next time PhotoFollow starts. A library shared on a "
                "database server: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder, without "
                "the password (PhotoFollow takes it from PGPASSWORD or ~/.pgpass)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _browse_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Library folder"), self.library_edit.text())
        if folder:
            self.library_edit.setText(folder)

    def _browse_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Clinic logo"), self.logo_edit.text(), self.tr("Images (*.png *.jpg *.jpeg *.svg)")
        )
        if name:
            self.logo_edit.setText(name)

    def _show_logo(self) -> None:
        from PySide6.QtGui import QPixmap

        path = self.logo_edit.text().strip()
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setText(
                self.tr("No logo") if not path else self.tr("This file is not an image.")
            )
        else:
            self.logo_preview.setPixmap(pixmap.scaledToHeight(44, Qt.TransformationMode.SmoothTransformation))

    def _language_chosen(self) -> None:
        # Applied at once, so the nurse sees the choice; Cancel puts the previous language back.
        apply_language(self.language_combo.currentData())

    def accept(self) -> None:
        problem = self.policy.validate()
        if problem is not None:
            self.tabs.setCurrentWidget(self.policy)
            QMessageBox.warning(self, self.tr("Photo policy"), problem)
            return
        from photofollow.domain.errors import PhotoFollowError
        from photofollow.reporting.words import error_text
        from photofollow.services.sharing import check_location

        try:
            check_location(self.library_edit.text())  # a server address with a password is never kept
        except PhotoFollowError as error:
            self.tabs.setCurrentIndex(0)
            self.library_edit.setFocus()
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        self.settings.set("library/location", self.library_edit.text().strip())
        self.settings.set("clinic/name", self.clinic_edit.text().strip())
        self.settings.set("clinic/logo_path", self.logo_edit.text().strip())
        self.settings.set("ui/language", self.language_combo.currentData())
        if self.users is not None:
            self.users.save()
        before = self.policy.path.read_text(encoding="utf-8") if self.policy.path.is_file() else None
        self.policy.save()
        after = self.policy.path.read_text(encoding="utf-8") if self.policy.path.is_file() else None
        self.policy_changed = before != after
        super().accept()

    def reject(self) -> None:
        if self.language_combo.currentData() != self._language_before:
            apply_language(self._language_before)
        super().reject()


def _system_code() -> str:
    from photofollow.ui.i18n import system_language

    return system_language()
