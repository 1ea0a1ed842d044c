"""Rotated backups of the library database (patient records): daily when used, and before every migration.

Backups are whole SQLite files made with SQLite's online backup API, so the pages still in the WAL are
included and the copy is consistent even while the library is open. They sit in `backups/` as
`library-YYYYmmdd-HHMMSS-daily.sqlite3`, `library-YYYYmmdd-HHMMSS-before-<revision>.sqlite3` or
`library-YYYYmmdd-HHMMSS-manual.sqlite3` (`photofollow backup now`); any of them opens as a library database
on its own. Restore one with `photofollow backup --library L restore NAME` or File > Restore from backup
(storage/restore.py: the replaced database is kept in `backups/replaced-*/`, never deleted).
Photos are not copied: the store is append-only and content-addressed, so the database is what can be lost.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

KEEP_DAILY = 7
KEEP_MIGRATION = 4
KEEP_MANUAL = 10
DAILY_INTERVAL = timedelta(hours=24)
_NAME = re.compile(r"^library-(\d{8}-\d{6})-(daily|manual|before-[A-Za-z0-9_]+)\.sqlite3$")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made_at: datetime  # local wall-clock time, from the name
    kind: str  # "daily" or "before-<revision>"

    @property
    def is_daily(self) -> bool:
        return self.kind == "daily"


def parse_name(name: str) -> tuple[datetime, str] | None:
    """When a backup called `name` was made and its kind, or None for a name no backup has."""
    match = _NAME.match(name)
    if not match:
        return None
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), match.group(2)


def list_backups(folder: Path, names: re.Pattern[str] = _NAME) -> list[Backup]:
    """The backups in `folder`, oldest first (`names`: the file names of another kind of backup, with the
    same time and kind groups: a server library's dumps, storage/dumps.py)."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = names.match(path.name)
            if match:
                made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
                found.append(Backup(path, made_at, match.group(2)))
    return sorted(found, key=lambda backup: (backup.made_at, backup.path.name))


def make_backup(database: Path, folder: Path, kind: str, now: datetime | None = None) -> Path:
    """Copy `database` into `folder` with the online backup API; returns the new file."""
    return write_copy(database, new_backup_path(folder, kind, ".sqlite3", now))


def new_backup_path(folder: Path, kind: str, suffix: str, now: datetime | None = None) -> Path:
    """Where a backup of `kind` made `now` goes in `folder` (created): named by the time, and two in one
    second (a migration right after the daily one) take the next free second."""
    now = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    while (folder / f"library-{now:%Y%m%d-%H%M%S}-{kind}{suffix}").exists():
        now += timedelta(seconds=1)
    return folder / f"library-{now:%Y%m%d-%H%M%S}-{kind}{suffix}"


def write_copy(database: Path, target: Path) -> Path:
    """Copy `database` to the file `target` with the online backup API (a consistent copy even while the
    library is open), written beside it and renamed over it, so `target` is whole or untouched."""
    temporary = target.with_name(f".{target.name}.part")
    try:
        source = sqlite3.connect(database)
        try:
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
                # A backup is one self-contained file: no WAL beside it.
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except sqlite3.Error as error:
        temporary.unlink(missing_ok=True)
        # "database or disk is full" and friends: callers handle one kind of failure, OSError.
        raise OSError(errno.ENOSPC if "full" in str(error) else errno.EIO, str(error)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def daily_backup_due(folder: Path, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    dailies = [b for b in list_backups(folder) if b.is_daily]
    return not dailies or now - dailies[-1].made_at >= DAILY_INTERVAL or dailies[-1].made_at > now


def rotate(folder: Path, keep_daily: int = KEEP_DAILY, keep_migration: int = KEEP_MIGRATION) -> list[Path]:
    """Keep the newest `keep_daily` daily and `keep_migration` migration backups; returns those deleted."""
    backups = list_backups(folder)
    dailies = [b for b in backups if b.is_daily]
    manual = [b for b in backups if b.kind == "manual"]
    migrations = [b for b in backups if not b.is_daily and b.kind != "manual"]
    doomed = (
        dailies[: max(0, len(dailies) - keep_daily)]
        + migrations[: max(0, len(migrations) - keep_migration)]
        + manual[: max(0, len(manual) - KEEP_MANUAL)]
    )
    for backup in doomed:
        backup.path.unlink(missing_ok=True)
    for leftover in folder.glob(".library-*.part") if folder.is_dir() else ():
        leftover.unlink(missing_ok=True)  # a backup interrupted by a crash
    return [backup.path for backup in doomed]
