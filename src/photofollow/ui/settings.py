"""The program's settings, declared once in a typed schema and kept in an INI file in the config folder.

Every option is an `Option` in `SCHEMA` (key, type, default, what it is for); nothing else reads or writes
QSettings, so there are no scattered string keys (Picard's `options.py`). The file is
`appdirs.config_dir()/photofollow.ini`, named explicitly, so `PHOTOFOLLOW_CONFIG_DIR` redirects it and tests
never touch a user's real settings. `SCHEMA_VERSION` and `UPGRADES` carry old files forward.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from photofollow.appdirs import config_dir

SETTINGS_FILE_NAME = "photofollow.ini"
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    type: type
    default: Any
    doc: str


SCHEMA: tuple[Option, ...] = (
    Option("library/location", str, "", "Library folder opened at start; empty means the default library."),
    Option("clinic/name", str, "", "Clinic name printed on comparison sheets."),
    Option("clinic/logo_path", str, "", "Image file of the clinic's logo for sheets; empty for none."),
    Option("ui/language", str, "", "Language code (en, nl, da); empty follows the system."),
    Option("policy/overrides_path", str, "", "Clinic policy file merged over the shipped thresholds."),
    Option("window/geometry", bytes, b"", "Main window geometry, as Qt saves it."),
    Option("window/state", bytes, b"", "Main window splitters and docks, as Qt saves it."),
    Option("compare/mode", str, "side_by_side", "Last comparison mode."),
    Option("compare/aligned", bool, True, "Show follow-ups aligned on the baseline when a transform exists."),
    Option("compare/overlay_opacity", int, 50, "Opacity of the follow-up in overlay mode, in per cent."),
    Option("import/last_folder", str, "", "Folder the import dialog opened last."),
    Option("export/page_size", str, "", "Paper of exported sheets (a4, letter); empty follows the locale."),
    Option("export/orientation", str, "auto", "Orientation of exported sheets (auto, portrait, landscape)."),
    Option("export/deidentify", bool, False, "Sheets de-identified (pseudonym, no name or birth date)."),
    Option("firstrun/demo_offered", bool, False, "The empty-library banner offering the demo was answered."),
)

OPTIONS: dict[str, Option] = {option.key: option for option in SCHEMA}

# Version n -> n+1 upgrade functions, run in order on an older file (none needed yet).
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE_NAME


class Settings(QObject):
    """Typed access to the options in `SCHEMA`; `changed(key)` fires after each change."""

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path) if path is not None else settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self._store.value("settings/version", SCHEMA_VERSION) or SCHEMA_VERSION)
        while version < SCHEMA_VERSION:
            UPGRADES[version](self._store)
            version += 1
        self._store.setValue("settings/version", SCHEMA_VERSION)

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        raw = self._store.value(key, None)
        if raw is None:
            return option.default
        try:
            return _convert(option, raw)
        except (TypeError, ValueError):
            return option.default  # a hand-edited file with a wrong value: fall back, do not crash

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        if option.type is bytes:
            stored: Any = QByteArray(bytes(value))
        elif not isinstance(value, option.type):
            raise TypeError(f"setting {key} takes {option.type.__name__}, not {type(value).__name__}")
        else:
            stored = value
        if self.get(key) == value:
            return
        self._store.setValue(key, stored)
        self._store.sync()
        self.changed.emit(key)

    def reset(self, key: str) -> None:
        self._store.remove(key)
        self._store.sync()
        self.changed.emit(key)

    def sync(self) -> None:
        self._store.sync()

    # Typed shortcuts for the options read most often.
    @property
    def library_location(self) -> str:
        return self.get("library/location")

    @property
    def clinic_name(self) -> str:
        return self.get("clinic/name")

    @property
    def clinic_logo_path(self) -> str:
        return self.get("clinic/logo_path")

    @property
    def language(self) -> str:
        return self.get("ui/language")

    @property
    def policy_overrides_path(self) -> str:
        return self.get("policy/overrides_path")


def _convert(option: Option, raw: Any) -> Any:
    if option.type is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
        raise ValueError(raw)
    if option.type is int:
        return int(raw)
    if option.type is bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)
        raise TypeError(raw)
    if option.type is str:
        if isinstance(raw, list):  # QSettings splits an INI value with commas into a list
            return ", ".join(str(part) for part in raw)
        return str(raw)
    return option.type(raw)
