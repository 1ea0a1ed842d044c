"""Restore a library from a backup so that no photo is lost and no erased patient comes back.

`restore_library` puts the backup in place (storage/restore.py: the replaced database is kept), opens the
library (an older backup is upgraded), erases again the patients erased since the backup, then adopts every
original in the store that the restored database does not know: its row is rebuilt from the file (hash,
size, EXIF) as an *unfiled* photo, patient and visit unknown, for the nurse to file. Originals that an
earlier scan set aside in `orphans/` under their store name go back into the store and are adopted too.

A library on a database server (storage/server.py) is backed up with pg_dump and restored with pg_restore
(storage/dumps.py): `restore_server_library` refuses while other workstations have it open (unless forced),
keeps the database as it was in a `before-restore` dump, restores, then erases again and adopts as above.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from photofollow.domain.errors import LibraryError, LibraryLocked, PhotoFileError
from photofollow.domain.model import PhotoFacts
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.imaging import exif
from photofollow.services import audit
from photofollow.storage import backups, dumps, restore, server
from photofollow.storage.library import BACKUPS, DATABASE_NAME, ORPHANS, Library
from photofollow.storage.store import file_sha256

# Called with (files done, files in all) while the store is searched for originals to adopt.
AdoptProgress = Callable[[int, int], None]


@dataclass
class RestoreResult:
    report: restore.RestoreReport
    photos: int  # photo rows in the restored database
    patients: int
    unfiled: int  # originals without a known patient and visit, after the adoption


def described_backups(folder: Path, newest_first: bool = False) -> list[restore.BackupContents]:
    """The library's backups, each with what it holds (patients, photos, the newest photo), oldest first."""
    from photofollow.storage.backups import list_backups
    from photofollow.storage.library import BACKUPS

    found = [restore.describe_backup(backup.path) for backup in list_backups(Path(folder) / BACKUPS)]
    return list(reversed(found)) if newest_first else found


def backup_now(folder: Path) -> Path:
    """A backup of the library's database made now; returns its file."""
    with Library.open(folder) as library:
        made = library.backup_now()
        audit.record(library, audit.Action.BACKUP, detail=str(made))
    return made


def _record_backup(location: str | os.PathLike, made: Path) -> Path:
    """The trail says who copied the whole database out, and where to (a backup holds every patient)."""
    with Library.open(location, write=False, background_scan=False) as library:
        audit.record(library, audit.Action.BACKUP, detail=str(made))
    return made


def restore_library(
    folder: str | os.PathLike,
    backup: str | os.PathLike,
    *,
    now: datetime | None = None,
    progress: AdoptProgress | None = None,
) -> RestoreResult:
    """Restore `backup` (a name in the library's backups folder, or a path) into the library at `folder`,
    which no PhotoFollow may have open. Raises the library errors of `put_backup_in_place` and
    `Library.open`."""
    folder = Path(folder).expanduser().absolute()
    report = restore.put_backup_in_place(folder, backup, now)
    return _settle_restored(folder, report, progress, now)


def write_backup(location: str | os.PathLike, target: str | os.PathLike) -> Path:
    """A backup of the library's database written to the file `target`: pg_dump's custom format for a server
    library, an SQLite copy (online backup) for a folder library. Written whole or not at all."""
    target = Path(target).expanduser().absolute()
    if server.is_server_address(location):
        return _record_backup(location, dumps.dump(server.ServerAddress.parse(str(location)), target))
    folder = Path(location).expanduser().absolute()
    if not (folder / DATABASE_NAME).is_file():
        raise LibraryError(Phrase("Errors", QT_TRANSLATE_NOOP(
            "Errors", "There is no PhotoFollow library at %1. Check the folder name."), (str(folder),)))
    try:
        made = backups.write_copy(folder / DATABASE_NAME, target)
    except OSError as error:
        raise LibraryError(Phrase("Errors", QT_TRANSLATE_NOOP(
            "Errors", "The backup %1 could not be written (%2)."), (str(target), str(error.strerror or error))
        )) from error
    return _record_backup(folder, made)


def server_backups(location: str) -> list[backups.Backup]:
    """The dumps of a server library kept in its store's backups folder, oldest first."""
    return dumps.list_dumps(_backups_folder(server.ServerAddress.parse(location)))


def server_backup_now(location: str, kind: str = "manual", now: datetime | None = None) -> Path:
    """A dump of the server library made now into its store's backups folder."""
    address = server.ServerAddress.parse(location)
    return _record_backup(location, dumps.dump_into(address, _backups_folder(address), kind, now))


def _backups_folder(address: server.ServerAddress) -> Path:
    """The store's backups folder; a share that is not mounted is said, never taken for "no backups"."""
    if not (address.store / BACKUPS).is_dir():
        raise LibraryError(Phrase("Errors", QT_TRANSLATE_NOOP(
            "Errors",
            "The photo folder of the library %1 (%2) cannot be found. Is the shared folder mounted on this "
            "computer? Mount it, then try again.",
        ), (address.database, str(address.store))))
    return address.store / BACKUPS


def restore_server_library(
    location: str,
    backup: str | os.PathLike,
    *,
    force: bool = False,
    now: datetime | None = None,
    progress: AdoptProgress | None = None,
) -> RestoreResult:
    """Restore the dump `backup` (a name in the store's backups folder, or a path) into the server library at
    `location`. Raises `LibraryLocked` while other workstations have the library open (unless `force`), and
    the errors of pg_dump, pg_restore and `Library.open`. The report's `set_aside` is the dump of the database
    as it was before."""
    address = server.ServerAddress.parse(location)
    source = dumps.find_dump(address.store / BACKUPS, backup)
    others = dumps.sessions_open(address)
    if others and not force:
        raise LibraryLocked(Phrase("Errors", QT_TRANSLATE_NOOP(
            "Errors",
            "PhotoFollow has the library %1 open on %2. Close it there first (a restore would take their "
            "work away under them), or restore anyway with --force.",
        ), (address.database, ", ".join(others))))
    before = server_backup_now(location, "before-restore", now)
    dumps.restore(address, source)
    report = restore.RestoreReport(source, before)
    return _settle_restored(location, report, progress)


def _settle_restored(
    location: str | os.PathLike,
    report: restore.RestoreReport,
    progress: AdoptProgress | None,
    now: datetime | None = None,
) -> RestoreResult:
    """After a database was put back: erase again whom it still holds, adopt the originals it does not know,
    and count what the library holds now."""
    with Library.open(location, now=now, background_scan=False) as library:
        audit.record(library, audit.Action.RESTORE_BACKUP, detail=str(report.backup))
        erased = restore.apply_erasures(library, report)
        report.adopted = adopt_unknown_originals(library, erased, progress=progress)
        patients = len(library.patients())
        photos = sum(library.photo_counts_by_visit().values())
        unfiled = len(library.unfiled_photos())
    return RestoreResult(report, photos, patients, unfiled)


def adopt_unknown_originals(
    library: Library, never: set[str] = frozenset(), *, progress: AdoptProgress | None = None
) -> list[str]:
    """Record every store original the database does not know as unfiled; returns their hashes. A file
    whose bytes do not hash to its name is left alone (`verify` names it); `never` lists erased hashes."""
    _return_set_aside_originals(library)
    claimed = library.claimed_paths()
    candidates = [path for path in library.store.iter_files() if path not in claimed]
    adopted = []
    for index, path in enumerate(candidates):
        if progress is not None:
            progress(index, len(candidates))
        stored = library.store.parse(path)
        if stored is None or stored.sha256 in never:
            continue
        try:
            if file_sha256(path) != stored.sha256:
                continue
            size = path.stat().st_size
        except OSError:
            continue
        try:
            facts = exif.read_facts(path)
        except PhotoFileError:
            facts = PhotoFacts(width=0, height=0, format=stored.extension.upper())
        if library.store.path_for(stored.sha256, facts.format) != path:
            facts = PhotoFacts(width=facts.width, height=facts.height, format=stored.extension.upper())
        library.add_unfiled(stored.sha256, facts, size, "restore")
        adopted.append(stored.sha256)
    if progress is not None:
        progress(len(candidates), len(candidates))
    return adopted


def _return_set_aside_originals(library: Library) -> None:
    """Move files of `orphans/` named like store files (a scan set them aside) back to their address."""
    orphans = library.folder / ORPHANS
    if not orphans.is_dir():
        return
    for entry in sorted(orphans.iterdir()):
        name = entry.name
        if not entry.is_file() or len(name) < 66 or name[64] != ".":
            continue
        sha256 = name[:64]
        target = library.store.root / sha256[:2] / sha256[2:4] / name
        if library.store.parse(target) is None or target.exists():
            continue
        try:
            if file_sha256(entry) != sha256:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(entry, target)
        except OSError:
            continue
