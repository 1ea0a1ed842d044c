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
    """The library used when none is named: `$PHOTOFOLLOW_LIBRARY`, else `<data folder>/PhotoFollow/Library`.

    Earlier versions put it one folder deeper (`.../PhotoFollow/PhotoFollow/Library`: Qt's application data
    folder repeats the organisation and the application name, both PhotoFollow). A library found there, with
    none yet in the new place, stays the default where it is: it keeps working and nothing is moved.
    """
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override).expanduser()
    library = _standard_location("GenericDataLocation") / APP_NAME / "Library"
    earlier = legacy_library_path()
    if not _holds_files(library) and _holds_files(earlier):
        return earlier
    return library


def legacy_library_path() -> Path:
    """Where earlier versions kept the default library (the folder name doubled)."""
    return _standard_location("AppDataLocation") / "Library"


def _holds_files(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(folder.iterdir())
    except OSError:
        return False


def config_dir() -> Path:
    """Folder for settings: `$PHOTOFOLLOW_CONFIG_DIR`, else the user's config folder for PhotoFollow."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return _standard_location("AppConfigLocation")


def resolve_library(explicit: str | os.PathLike | None) -> Path | str:
    """`--library` when given, otherwise the default library: a folder (Path), or the address of a library on
    a PostgreSQL server (`postgresql://USER@HOST:PORT/DB?store=/path`, kept as the text it is)."""
    from photofollow.services.sharing import is_server_address

    if explicit and is_server_address(explicit):
        return str(explicit).strip()
    return Path(explicit).expanduser() if explicit else default_library_path()
