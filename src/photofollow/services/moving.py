"""Moving a clinic's library from a folder (one workstation) to a PostgreSQL server and a shared photo folder
(several workstations): `photofollow library migrate --from FOLDER --to postgresql://...?store=...`.

The folder library is only read and stays as it was; storage/copy.py does the copy. Afterwards the new library
is opened once, as any workstation will open it, so a move that the program could not use is never reported
as done.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from photofollow.domain.errors import LibraryError
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.services import audit
from photofollow.services.consent import FORMS
from photofollow.storage import copy, migrate, server
from photofollow.storage.copy import CopyProgress, CopyReport
from photofollow.storage.library import ORPHANS, Library
from photofollow.storage.restore import ERASURES_FILE

# What a library folder holds besides its database and photos that belongs to the library (backups and caches
# do not: a server library is backed up with pg_dump, and caches are made again).
LIBRARY_FILES = (FORMS, ERASURES_FILE, ORPHANS)


def migrate_library(
    source: str | os.PathLike, target: str, *, progress: CopyProgress | None = None
) -> CopyReport:
    """Copy the folder library `source` into the new server library `target` (an address with `store=`);
    raises a `LibraryError` subclass with a sentence for the user, the target then left empty."""
    if server.is_server_address(source):
        raise LibraryError(Phrase("Errors", QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is a library on a database server already; library migrate moves a library folder to a "
            "server. Give the library's folder with --from.",
        ), (str(source),)))
    folder = Path(source).expanduser().absolute()
    if not server.is_server_address(target):
        raise LibraryError(Phrase("Errors", QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is not the address of a library on a database server. Write it as "
            "postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.",
        ), (target,)))
    address = server.ServerAddress.parse(target)
    revision = copy.source_revision(folder)
    if revision is None:
        raise LibraryError(Phrase("Errors", QT_TRANSLATE_NOOP(
            "Errors", "There is no PhotoFollow library at %1. Check the folder name."), (str(folder),)))
    if revision != migrate.HEAD_REVISION and not copy.known_revision(revision):
        raise LibraryError(Phrase("Errors", QT_TRANSLATE_NOOP(
            "Errors",
            "The library at %1 was written by a newer PhotoFollow (schema revision %2). Move it with that "
            "version or a later one.",
        ), (str(folder), str(revision))))
    copy.check_target(address, folder)
    with copy.held_for_reading(folder), tempfile.TemporaryDirectory(prefix="photofollow-move-") as scratch:
        # An older library is upgraded on a copy: the folder library stays exactly as it was.
        database = None if revision == migrate.HEAD_REVISION else copy.upgraded_copy(folder, Path(scratch))
        report = copy.copy_library(
            folder, address, database=database, other_entries=LIBRARY_FILES, progress=progress
        )
    try:
        # Opens as every workstation will (settings, session note, recovery), and the trail says who moved it.
        with Library.open(target, background_scan=False) as library:
            audit.record(library, audit.Action.MOVE_LIBRARY, detail=f"from {folder}")
    except KeyboardInterrupt:
        pass  # Ctrl+C after the commit: the move is done; only this first opening was cut short
    return report
