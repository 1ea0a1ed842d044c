"""Restore a library from a backup so that no photo is lost and no erased patient comes back.

`restore_library` puts the backup in place (storage/restore.py: the replaced database is kept), opens the
library (an older backup is upgraded), erases again the patients erased since the backup, then adopts every
original in the store that the restored database does not know: its row is rebuilt from the file (hash,
size, EXIF) as an *unfiled* photo, patient and visit unknown, for the nurse to file. Originals that an
earlier scan set aside in `orphans/` under their store name go back into the store and are adopted too.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from photofollow.domain.errors import PhotoFileError
from photofollow.domain.model import PhotoFacts
from photofollow.imaging import exif
from photofollow.storage import restore
from photofollow.storage.library import ORPHANS, Library
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
        return library.backup_now()


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
    with Library.open(folder, now=now, background_scan=False) as library:
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
