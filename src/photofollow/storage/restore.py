"""Restoring a library's database from one of its backups, without losing a photo or bringing back an erasure.

A restore, with no PhotoFollow using the library (it takes the writer's lock):

1. the backup is checked on its own (an SQLite file, SQLite's integrity check, a PhotoFollow schema);
2. the current `library.sqlite3` with its `-wal` and `-shm` files (or whatever stands in its place: an empty
   file, a folder) moves to `backups/replaced-YYYYmmdd-HHMMSS/`: kept, never deleted, so even a restore of the
   wrong backup loses nothing;
3. a copy of the backup is written beside the database, fsynced and renamed over it, so a crash leaves the
   old or the new database, never half of one; the copy is checked again in place. When any of this fails
   (a full disk), the moved files go back where they were.

Then `Library.open` upgrades the restored database when the backup is older, `apply_erasures` erases again
the patients erased since the backup was made (`erasures.json` beside the database, written at each
erasure, and the `erasures` table), and services/restoring.py adopts the originals the restored database
does not know as unfiled photos.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from photofollow.domain.errors import LibraryDamaged, LibraryError, LibraryFull
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.storage import backups, schema
from photofollow.storage.library import BACKUPS, DATABASE_NAME, SQLITE_HEADER, Library
from photofollow.storage.lock import LibraryLock
from photofollow.storage.store import _fsync_dir

ERASURES_FILE = "erasures.json"
REPLACED_PREFIX = "replaced-"
_COMPANIONS = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a backup holds, for a person choosing one."""

    path: Path
    made_at: datetime
    kind: str
    patients: int
    photos: int
    last_import: datetime | None  # the newest photo it knows
    revision: str | None
    problem: str | None = None  # why it cannot be restored (damaged, not a library)

    @property
    def usable(self) -> bool:
        return self.problem is None


@dataclass
class RestoreReport:
    backup: Path
    set_aside: Path  # the folder holding the database files that were replaced
    erased_photos: int = 0  # rows of erased patients' photos removed again
    erased_patients: int = 0
    erased_files_removed: int = 0
    adopted: list[str] = field(
        default_factory=list
    )  # sha256 of originals now unfiled (services/restoring.py)


def _says(template: str, *values: object) -> Phrase:
    return Phrase("Errors", template, tuple(str(value) for value in values))


def find_backup(folder: Path, name: str | os.PathLike) -> Path:
    """The backup called `name` in the library's backups folder (or a path to a backup file)."""
    candidate = Path(name)
    if candidate.is_file() and candidate.parent != Path("."):
        return candidate.absolute()
    inside = Path(folder) / BACKUPS / candidate.name
    if inside.is_file():
        return inside
    raise LibraryError(
        _says(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no backup called %1 in %2. List the backups with photofollow backup --library %3 "
                "list and give one of their names.",
            ),
            candidate.name,
            Path(folder) / BACKUPS,
            folder,
        )
    )


def describe_backup(path: Path) -> BackupContents:
    """Open a backup read-only and count what it holds; a damaged one says why instead of raising."""
    match = backups.parse_name(path.name)
    made_at, kind = match if match else (datetime.fromtimestamp(path.stat().st_mtime), "copy")
    problem = backup_problem(path)
    patients = photos = 0
    last_import = None
    revision = None
    if problem is None:
        connection = _read_only(path)
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            columns = {row[1] for row in connection.execute("PRAGMA table_info(patients)")}
            live = " WHERE trash_id IS NULL" if "trash_id" in columns else ""
            patients = connection.execute(f"SELECT count(*) FROM patients{live}").fetchone()[0]
            photos = connection.execute(f"SELECT count(*) FROM photos{live}").fetchone()[0]
            newest = connection.execute("SELECT max(imported_at) FROM photos").fetchone()[0]
            last_import = datetime.fromisoformat(newest) if newest else None
        except sqlite3.Error as error:
            problem = str(error)
        finally:
            connection.close()
    return BackupContents(path, made_at, kind, patients, photos, last_import, revision, problem)


def backup_problem(path: Path) -> str | None:
    """Why `path` cannot be restored (English, short), or None when it is a sound PhotoFollow database."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return "not an SQLite database"
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    try:
        connection = _read_only(path)
    except sqlite3.Error as error:
        return str(error)
    try:
        lines = [line for (line,) in connection.execute("PRAGMA integrity_check(5)")]
        if lines != ["ok"]:
            return "damaged: " + "; ".join(lines)
        has_version = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_version:
            return "not a PhotoFollow library"
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
    return None


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable: a backup is one self-contained file (no WAL), and reading it must create nothing beside it.
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def put_backup_in_place(
    folder: str | os.PathLike, backup: str | os.PathLike, now: datetime | None = None
) -> RestoreReport:
    """Steps 1-3 of the module doc. Raises `LibraryLocked` while a PhotoFollow uses the library,
    `LibraryDamaged` for a backup that cannot be restored, `LibraryFull` when the copy does not fit."""
    folder = Path(folder).expanduser().absolute()
    source = find_backup(folder, backup)
    problem = backup_problem(source)
    if problem is not None:
        raise LibraryDamaged(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors", "The backup %1 cannot be restored (%2). Choose another backup of the library."
                ),
                source,
                problem,
            )
        )
    now = now or datetime.now()
    lock = LibraryLock(folder)
    lock.acquire()
    try:
        aside = _free_name(folder / BACKUPS / f"{REPLACED_PREFIX}{now:%Y%m%d-%H%M%S}")
        aside.mkdir(parents=True)
        moved: list[tuple[Path, Path]] = []
        for suffix in _COMPANIONS:
            current = folder / f"{DATABASE_NAME}{suffix}"
            if current.exists() or current.is_symlink():
                target = aside / current.name
                os.replace(current, target)
                moved.append((current, target))
        _fsync_dir(folder)
        partial = folder / f".{DATABASE_NAME}.restoring"
        placed = False
        try:
            _copy_durably(source, partial)
            os.replace(partial, folder / DATABASE_NAME)
            placed = True
            _fsync_dir(folder)
            problem = backup_problem(folder / DATABASE_NAME)
            if problem is not None:
                raise LibraryDamaged(
                    _says(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The copy of the backup %1 in the library is damaged (%2); the library was left "
                            "as it was. Check the disk, then try again.",
                        ),
                        source,
                        problem,
                    )
                )
        except BaseException as error:
            partial.unlink(missing_ok=True)
            if placed:
                (folder / DATABASE_NAME).unlink(missing_ok=True)
            for original, target in moved:
                os.replace(target, original)
            if not any(aside.iterdir()):
                aside.rmdir()
            if isinstance(error, OSError):
                if error.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise LibraryFull(
                        _says(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The disk holding the library at %1 is too full to restore the backup; the "
                                "library was left as it was. Free some space and try again.",
                            ),
                            folder,
                        )
                    ) from error
                raise LibraryError(
                    _says(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The backup could not be copied into the library at %1 (%2); the library was "
                            "left as it was. Check the disk and the folder's permissions, then try again.",
                        ),
                        folder,
                        error.strerror or error,
                    )
                ) from error
            raise
    finally:
        lock.release(clean=True)
    return RestoreReport(source, aside)


def _free_name(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


def _copy_durably(source: Path, target: Path) -> None:
    with open(source, "rb") as reader, open(target, "wb") as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)
        writer.flush()
        os.fsync(writer.fileno())


# -- erasures ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Erasure:
    erased_at: str
    patient_reference: str
    photo_hashes: tuple[str, ...]


def read_erasures(library: Library) -> list[Erasure]:
    """Every erasure the library knows: `erasures.json` beside the database, and its `erasures` table."""
    found: dict[tuple[str, str], Erasure] = {}
    path = library.folder / ERASURES_FILE
    if path.is_file():
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise LibraryError(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The list of erased patients %1 cannot be read (%2), so a restore could bring one "
                        "back; nothing was restored into the database yet. Put that file back from a copy, "
                        "then try again.",
                    ),
                    path,
                    error,
                )
            ) from error
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict):
                erasure = Erasure(
                    str(entry.get("erased_at", "")),
                    str(entry.get("patient_reference", "")),
                    tuple(str(h) for h in entry.get("photo_hashes") or ()),
                )
                found[erasure.patient_reference] = erasure
    with library.session() as session:
        for row in session.execute(sa.select(schema.erasures)):
            erasure = Erasure(
                row.erased_at.isoformat() if isinstance(row.erased_at, datetime) else str(row.erased_at),
                row.patient_reference,
                tuple(json.loads(row.photo_hashes or "[]")),
            )
            found.setdefault(erasure.patient_reference, erasure)
    return list(found.values())


def apply_erasures(library: Library, report: RestoreReport | None = None) -> set[str]:
    """Erase again, in the restored database, every patient erased since its backup: the photos of every
    erased hash, and every record of a patient who owned one; their originals, if still in the store, are
    deleted. Returns the erased hashes (which must never be adopted)."""
    from photofollow.storage.trash import patient_reference

    erasures = read_erasures(library)
    hashes = {sha for erasure in erasures for sha in erasure.photo_hashes}
    references = {erasure.patient_reference for erasure in erasures}
    if not erasures:
        return hashes
    photos, visits, treatments = schema.photos, schema.visits, schema.treatments
    with library.session() as session:
        patient_ids = session.execute(sa.select(schema.patients.c.id)).scalars().all()
    # The patient the reference names (storage/trash.py: the library's salt and the id, in the backup too),
    # and whoever owned an erased photo there.
    named = {pid for pid in patient_ids if patient_reference(library, pid) in references}
    with library.transaction() as session:
        owners = named | set(
            session.execute(
                sa.select(treatments.c.patient_id)
                .join(visits, visits.c.treatment_id == treatments.c.id)
                .join(photos, photos.c.visit_id == visits.c.id)
                .where(photos.c.sha256.in_(hashes))
            ).scalars()
        )
        treatment_ids = sa.select(treatments.c.id).where(treatments.c.patient_id.in_(owners))
        visit_ids = sa.select(visits.c.id).where(visits.c.treatment_id.in_(treatment_ids))
        doomed_photos = sa.or_(photos.c.sha256.in_(hashes), photos.c.visit_id.in_(visit_ids))
        photo_hashes = set(session.execute(sa.select(photos.c.sha256).where(doomed_photos)).scalars())
        erased_photos = session.execute(sa.delete(photos).where(doomed_photos)).rowcount
        session.execute(
            sa.delete(visits).where(visits.c.id.in_(visit_ids))
        )  # cascades: symptoms, assessments
        session.execute(sa.delete(treatments).where(treatments.c.patient_id.in_(owners)))
        session.execute(sa.delete(schema.trash).where(schema.trash.c.patient_id.in_(owners)))
        session.execute(sa.delete(schema.patients).where(schema.patients.c.id.in_(owners)))
        session.execute(sa.delete(schema.unfiled_photos).where(schema.unfiled_photos.c.sha256.in_(hashes)))
        known = set(session.execute(sa.select(schema.erasures.c.patient_reference)).scalars())
        for erasure in erasures:
            if erasure.patient_reference in known:
                continue
            try:
                erased_at = datetime.fromisoformat(erasure.erased_at)
            except ValueError:
                erased_at = datetime.now(UTC)
            if erased_at.tzinfo is None:
                erased_at = erased_at.replace(tzinfo=UTC)
            session.execute(
                sa.insert(schema.erasures).values(
                    erased_at=erased_at,
                    patient_reference=erasure.patient_reference,
                    photo_hashes=json.dumps(list(erasure.photo_hashes)),
                )
            )
    removed = 0
    for path in library.store.iter_files():
        stored = library.store.parse(path)
        if stored is not None and stored.sha256 in hashes | photo_hashes:
            try:
                os.chmod(path, 0o600)
                path.unlink()
                removed += 1
            except OSError:
                pass
    for sha256 in hashes | photo_hashes:
        for derived in (library.preview_path(sha256), library.thumbnail_path(sha256)):
            derived.unlink(missing_ok=True)
    if report is not None:
        report.erased_photos += erased_photos
        report.erased_patients += len(owners)
        report.erased_files_removed += removed
    return hashes | photo_hashes
