"""Where PhotoFollow keeps things on this computer, in one place.

`PHOTOFOLLOW_LIBRARY` overrides the default library and `PHOTOFOLLOW_CONFIG_DIR` the settings folder, so
tests and scripts never touch a user's real data. Qt is imported only when a default is needed: the
command line on an explicit `--library` never loads it.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "PhotoFollow"
ORG_NAME = "PhotoFollow"
LIBRARY_ENV = "PHOTOFOLLOW_LIBRARY"
CONFIG_ENV = "PHOTOFOLLOW_CONFIG_DIR"


def _standard_location(kind: str) -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # QStandardPaths builds the path from these names; set them even when no application object exists yet.
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    location = getattr(QStandardPaths.StandardLocation, kind)
    return Path(QStandardPaths.writableLocation(location))


def default_library_path() -> Path:
    """The library used when none is named: `$PHOTOFOLLOW_LIBRARY`, else `<user data folder>/Library`."""
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override).expanduser()
    return _standard_location("AppDataLocation") / "Library"


def config_dir() -> Path:
    """Folder for settings: `$PHOTOFOLLOW_CONFIG_DIR`, else the user's config folder for PhotoFollow."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return _standard_location("AppConfigLocation")


def resolve_library(explicit: str | os.PathLike | None) -> Path:
    """`--library` when given, otherwise the default library."""
    return Path(explicit).expanduser() if explicit else default_library_path()
