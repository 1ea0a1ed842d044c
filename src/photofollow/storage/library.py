"""A library folder opened for use: its database, photo store, caches, backups, lock and crash recovery.

Layout of a library folder:

    library.sqlite3        the records (SQLite, WAL, foreign keys on, synchronous=FULL: this is patient data)
    library.lock           held while a PhotoFollow writes to the library (storage/lock.py)
    photos/ab/cd/<sha256>.<ext>   the originals, byte for byte, read-only (storage/store.py)
    photos/.incoming/      copies being written; whatever is left there after a crash is deleted
    cache/previews/ab/<sha256>.jpg, cache/thumbnails/ab/<sha256>.jpg   derived, regenerated when missing
    backups/               rotated database backups (storage/backups.py)
    orphans/               store files that no record claims, set aside by recovery (see below)

How a photo enters the library, and what a restart does after a crash at any point:

1. The original is copied into `photos/.incoming/` while it is hashed (`PhotoStore.stage`).
   Crash -> the partial copy is deleted at the next open.
2. `begin_photo()` commits a `pending_imports` row holding the whole Photo record.
   Crash -> the pending row has no file at its address: the row is dropped.
3. The copy is verified, fsynced, renamed to its content address, the folder fsynced (`PhotoStore.commit`).
   Crash -> the file has a pending row: recovery re-hashes the file and *adopts* it (inserts the photo row the
   pending row describes), since the nurse meant to import it and its record is complete.
4. `finish_photo()` inserts the photo row and deletes the pending row in one transaction. Done.

A file in the store that neither a photo row nor a pending row claims can only come from outside PhotoFollow
(or a damaged database). Recovery never deletes it: it is moved to `orphans/` (same name), where a person can
look at it; `photofollow verify` reports rows whose file is missing. The full scan for such files runs when
the previous session did not close the library (its lock file still said "open"), or when there was anything
to recover; `verify` always scans.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import shutil
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from photofollow import __version__
from photofollow.domain.errors import (
    LibraryError,
    LibraryFull,
    LibraryReadOnly,
)
from photofollow.domain.model import (
    CaptureTimeSource,
    Patient,
    Photo,
    PhotoFacts,
    SymptomEntry,
    Treatment,
    View,
    Visit,
)
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.storage import backups, migrate, schema
from photofollow.storage.lock import LibraryLock
from photofollow.storage.store import PhotoStore, file_sha256

DATABASE_NAME = "library.sqlite3"
PHOTOS = "photos"
PREVIEWS = Path("cache") / "previews"
THUMBNAILS = Path("cache") / "thumbnails"
BACKUPS = "backups"
ORPHANS = "orphans"
_LIBRARY_ENTRIES = {DATABASE_NAME, "library.lock", PHOTOS, "cache", BACKUPS, ORPHANS}

Entity = TypeVar("Entity", Patient, Treatment, Visit, SymptomEntry, Photo)


@dataclass
class RecoveryReport:
    """What opening the library repaired after an interrupted session."""

    partial_copies_removed: int = 0
    adopted: list[str] = field(default_factory=list)  # sha256 of photos whose row recovery wrote
    pending_dropped: list[str] = field(default_factory=list)  # imports that had not reached the store
    set_aside: list[Path] = field(default_factory=list)  # files moved to orphans/ (their new paths)
    full_scan: bool = False

    @property
    def repaired_anything(self) -> bool:
        return bool(self.partial_copies_removed or self.adopted or self.pending_dropped or self.set_aside)


class Library:
    """An open library. Use `Library.open(folder)`; close it (or use it as a context manager) when done.

    All methods are safe to call from one thread at a time (the GUI funnels them through one worker); returned
    entities are detached domain objects that any thread may read.
    """

    def __init__(self, folder: Path, engine: sa.Engine, lock: LibraryLock | None):
        self.folder = folder
        self.database_path = folder / DATABASE_NAME
        self.store = PhotoStore(folder / PHOTOS)
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.recovery = RecoveryReport()
        self.upgraded_from: str | None = None  # the revision before this open upgraded the schema
        self.backups_made: list[Path] = []
        self.warnings: list[str] = []  # things worth telling a person that did not stop the library opening

    # -- opening and closing ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        folder: str | os.PathLike,
        *,
        create: bool = False,
        write: bool = True,
        script_location: Path | None = None,
        now: datetime | None = None,
    ) -> Library:
        """Open the library in `folder`: upgrade its schema (after a backup), back it up daily, recover.

        `create` makes a new library when the folder is missing or empty. `write=False` opens for reading
        alongside another PhotoFollow that holds the lock (no recovery, no backup). Raises `LibraryLocked`,
        `LibraryReadOnly`, `LibraryNewerThanProgram` or `LibraryError`, each with a sentence for the user.
        """
        folder = Path(folder).expanduser().absolute()
        database = folder / DATABASE_NAME
        is_new = not database.exists()
        if is_new:
            _check_can_create(folder, create)
        lock = LibraryLock(folder) if write or is_new else None
        if lock is not None:
            lock.acquire()
        engine = None
        try:
            if lock is not None:
                _prepare_folders(folder)
            engine = _engine(database)
            library = cls(folder, engine, lock)
            library._bring_schema_up_to_date(script_location, now)
            if lock is not None:
                library._initialise_settings()
                if not is_new:
                    library._daily_backup(now)
                library.recover(full_scan=lock.previous_session_crashed)
            return library
        except BaseException:
            if engine is not None:
                engine.dispose()
            if lock is not None:
                lock.release(clean=False)
            raise

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release(clean=True)
            self._lock = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def writable(self) -> bool:
        return self._lock is not None and self._lock.held

    def _bring_schema_up_to_date(self, script_location: Path | None, now: datetime | None) -> None:
        with self.engine.connect() as connection:
            state = migrate.schema_state(connection, self.database_path, script_location)
            revision = migrate.current_revision(connection)
        if state is migrate.SchemaState.CURRENT:
            return
        took_lock = False
        if self._lock is None:  # opened for reading, but an upgrade needs the writer's lock for a moment
            self._lock = LibraryLock(self.folder)
            self._lock.acquire()
            took_lock = True
        try:
            if state is migrate.SchemaState.OLDER:
                target = migrate.head_revision(script_location)
                self.backups_made.append(
                    backups.make_backup(self.database_path, self.folder / BACKUPS, f"before-{target}", now)
                )
                backups.rotate(self.folder / BACKUPS)
                self.upgraded_from = revision
            migrate.upgrade(self.engine, script_location)
        finally:
            if took_lock:
                self._lock.release(clean=True)
                self._lock = None

    def _initialise_settings(self) -> None:
        # Missing keys only: a crash while the library was being created may have left some out.
        with self.session() as session:
            present = set(session.scalars(sa.select(_Setting.key)))
        if {"library_id", "pseudonym_salt", "created_at", "created_by"} <= present:
            return
        with self.transaction() as session:
            for key, value in (
                ("library_id", uuid.uuid4().hex),
                # Secret for de-identified sheets' pseudonyms (services/sheets.py): never leaves the library.
                ("pseudonym_salt", secrets.token_hex(32)),
                ("created_at", _utc_now().isoformat(timespec="seconds")),
                ("created_by", f"PhotoFollow {__version__}"),
            ):
                if key not in present:
                    session.add(_Setting(key, value))

    def _daily_backup(self, now: datetime | None) -> None:
        folder = self.folder / BACKUPS
        if not backups.daily_backup_due(folder, now):
            return
        try:
            self.backups_made.append(backups.make_backup(self.database_path, folder, "daily", now))
            backups.rotate(folder)
        except OSError as error:
            # The library stays usable without today's backup; say so rather than refuse to open.
            self.warnings.append(f"Today's backup of the library could not be written ({error.strerror}).")

    # -- sessions --------------------------------------------------------------------------------------

    def session(self) -> Session:
        """A new session; entities it returns stay usable after it closes (expire_on_commit=False)."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed when the block ends, rolled back if it raises."""
        with _database_errors(self.folder), self._sessions() as session, session.begin():
            yield session

    # -- records ---------------------------------------------------------------------------------------

    def add(self, entity: Entity) -> Entity:
        """Insert a new patient, treatment, visit or symptom entry; returns it with its id set."""
        if isinstance(entity, Photo):
            raise TypeError("Photos enter the library through begin_photo()/finish_photo() with their file.")
        with self.transaction() as session:
            session.add(entity)
        return entity

    def update(self, entity: Entity) -> Entity:
        """Write the changed fields of an entity that already has an id."""
        if entity.id is None:
            raise ValueError("Only a saved record can be updated; add() it first.")
        with self.transaction() as session:
            merged = session.merge(entity)
        return merged

    def get(self, kind: type[Entity], entity_id: int) -> Entity | None:
        with self.session() as session:
            return session.get(kind, entity_id)

    def patients(self) -> list[Patient]:
        with self.session() as session:
            return list(session.scalars(sa.select(Patient).order_by(Patient.display_name, Patient.id)))

    def find_patients(self, *, name: str | None = None, chart_number: str | None = None) -> list[Patient]:
        """Patients with exactly this chart number and/or display name."""
        query = sa.select(Patient).order_by(Patient.id)
        if name is not None:
            query = query.where(Patient.display_name == name)
        if chart_number is not None:
            query = query.where(Patient.chart_number == chart_number)
        with self.session() as session:
            return list(session.scalars(query))

    def treatments_of(self, patient_id: int) -> list[Treatment]:
        with self.session() as session:
            found = session.scalars(sa.select(Treatment).where(Treatment.patient_id == patient_id))
            return sorted(found, key=lambda t: (t.performed_at, t.id))

    def visits_of(self, treatment_id: int) -> list[Visit]:
        with self.session() as session:
            found = session.scalars(sa.select(Visit).where(Visit.treatment_id == treatment_id))
            return sorted(found, key=lambda v: (v.visited_at, v.id))

    def symptom_entries_of(self, visit_id: int) -> list[SymptomEntry]:
        with self.session() as session:
            query = sa.select(SymptomEntry).where(SymptomEntry.visit_id == visit_id).order_by(SymptomEntry.id)
            return list(session.scalars(query))

    def photos_of(self, visit_id: int) -> list[Photo]:
        with self.session() as session:
            query = sa.select(Photo).where(Photo.visit_id == visit_id).order_by(Photo.id)
            return list(session.scalars(query))

    def photo_by_sha256(self, sha256: str) -> Photo | None:
        with self.session() as session:
            return session.scalars(sa.select(Photo).where(Photo.sha256 == sha256)).first()

    def photo_counts_by_visit(self) -> dict[int, int]:
        with self.session() as session:
            rows = session.execute(sa.select(Photo.visit_id, sa.func.count()).group_by(Photo.visit_id))
            return {visit_id: count for visit_id, count in rows}

    # -- photos and their files ------------------------------------------------------------------------

    def photo_path(self, photo: Photo) -> Path:
        """The original's file in the store."""
        return self.store.path_for(photo.sha256, photo.facts.format)

    def preview_path(self, photo: Photo | str) -> Path:
        """Where the photo's screen-size preview is cached (it may not exist yet)."""
        sha256 = photo if isinstance(photo, str) else photo.sha256
        return self.folder / PREVIEWS / sha256[:2] / f"{sha256}.jpg"

    def thumbnail_path(self, photo: Photo | str) -> Path:
        sha256 = photo if isinstance(photo, str) else photo.sha256
        return self.folder / THUMBNAILS / sha256[:2] / f"{sha256}.jpg"

    def begin_photo(self, photo: Photo) -> None:
        """Record (and commit) that `photo`'s file is about to enter the store; see the module doc, step 2."""
        values = {"sha256": photo.sha256, "started_at": _utc_now(), "photo": _photo_json(photo)}
        with self.transaction() as session:
            session.execute(sa.insert(schema.pending_imports).prefix_with("OR REPLACE").values(values))

    def finish_photo(self, photo: Photo) -> Photo:
        """Insert the photo row and clear its pending row in one transaction (step 4); returns it, id set."""
        if photo.imported_at is None:
            photo.imported_at = _utc_now()
        with self.transaction() as session:
            session.add(photo)
            session.execute(
                sa.delete(schema.pending_imports).where(schema.pending_imports.c.sha256 == photo.sha256)
            )
        return photo

    def abandon_photo(self, sha256: str) -> None:
        """Forget a pending import that will not be finished (its file was not committed)."""
        with self.transaction() as session:
            session.execute(
                sa.delete(schema.pending_imports).where(schema.pending_imports.c.sha256 == sha256)
            )

    # -- measurements cache ----------------------------------------------------------------------------

    def save_measurements(self, photo_id: int, kind: str, version: int, data: Mapping[str, Any]) -> None:
        """Cache measurements of one family (`kind`) for a photo, computed by algorithm `version`."""
        values = {
            "photo_id": photo_id,
            "kind": kind,
            "version": version,
            "computed_at": _utc_now(),
            "data": json.dumps(data, sort_keys=True, allow_nan=False),
        }
        table = schema.photo_measurements
        with self.transaction() as session:
            session.execute(sa.delete(table).where(table.c.photo_id == photo_id, table.c.kind == kind))
            session.execute(sa.insert(table).values(values))

    def load_measurements(self, photo_id: int, kind: str, version: int) -> dict[str, Any] | None:
        """The cached measurements, or None when there are none or they came from another version."""
        table = schema.photo_measurements
        with self.session() as session:
            row = session.execute(
                sa.select(table.c.version, table.c.data).where(
                    table.c.photo_id == photo_id, table.c.kind == kind
                )
            ).first()
        if row is None or row.version != version:
            return None
        return json.loads(row.data)

    # -- settings --------------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        with self.session() as session:
            found = session.get(_Setting, key)
            return found.value if found else None

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as session:
            session.merge(_Setting(key, value))

    @property
    def pseudonym_salt(self) -> bytes:
        """The library's secret for de-identified pseudonyms (created with the library)."""
        salt = self.setting("pseudonym_salt")
        if salt is None:
            salt = secrets.token_hex(32)
            self.set_setting("pseudonym_salt", salt)
        return bytes.fromhex(salt)

    @property
    def library_id(self) -> str | None:
        return self.setting("library_id")

    # -- recovery --------------------------------------------------------------------------------------

    def recover(self, *, full_scan: bool = False) -> RecoveryReport:
        """Finish or undo what an interrupted session left (module doc); needs write access."""
        if not self.writable:
            raise LibraryError(
                Phrase(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "Recovery needs the library opened for writing.")
                )
            )
        report = RecoveryReport(full_scan=full_scan)
        report.partial_copies_removed = self.store.clean_incoming()
        with self.session() as session:
            pending = session.execute(sa.select(schema.pending_imports)).all()
        for row in pending:
            photo = _photo_from_json(row.photo)
            path = self.photo_path(photo)
            if (
                self.photo_by_sha256(row.sha256) is None
                and path.is_file()
                and file_sha256(path) == row.sha256
            ):
                if self.get(Visit, photo.visit_id) is not None:
                    self.finish_photo(photo)
                    report.adopted.append(row.sha256)
                    continue
            self.abandon_photo(row.sha256)
            report.pending_dropped.append(row.sha256)
        if full_scan or report.repaired_anything:
            report.full_scan = True
            report.set_aside = self.set_aside_unclaimed_files()
        self.recovery = report
        return report

    def unclaimed_files(self) -> list[Path]:
        """Store files that no photo row claims (wrong name, wrong folder, or an unknown hash)."""
        with self.session() as session:
            known = {
                (sha256, fmt)
                for sha256, fmt in session.execute(sa.select(schema.photos.c.sha256, schema.photos.c.format))
            }
        expected = {self.store.path_for(sha256, fmt) for sha256, fmt in known}
        return [path for path in self.store.iter_files() if path not in expected]

    def set_aside_unclaimed_files(self) -> list[Path]:
        """Move every unclaimed store file to `orphans/`; returns where they went."""
        moved = []
        for path in self.unclaimed_files():
            target_folder = self.folder / ORPHANS
            target_folder.mkdir(exist_ok=True)
            target = target_folder / path.name
            if target.exists():
                target = target_folder / f"{path.stem}-{uuid.uuid4().hex[:8]}{path.suffix}"
            shutil.move(path, target)
            moved.append(target)
        return moved


# -- helpers -----------------------------------------------------------------------------------------------


@dataclass
class _Setting:
    key: str
    value: str


schema.mapper_registry.map_imperatively(_Setting, schema.library_settings)


def _says(template: str, *values: object) -> Phrase:
    """A sentence for the user in the Errors context; paths and the system's words go in as they are."""
    return Phrase("Errors", template, tuple(str(value) for value in values))


def _disk_full(folder: Path) -> Phrase:
    return _says(
        QT_TRANSLATE_NOOP(
            "Errors", "The disk holding the library (%1) is full. Free some space and try again."
        ),
        folder,
    )


def _check_can_create(folder: Path, create: bool) -> None:
    if not create:
        raise LibraryError(
            _says(
                QT_TRANSLATE_NOOP("Errors", "There is no PhotoFollow library at %1. Check the folder name."),
                folder,
            )
        )
    if folder.exists():
        if not folder.is_dir():
            raise LibraryError(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Errors", "%1 is a file, not a folder; choose a folder for the library."
                    ),
                    folder,
                )
            )
        strangers = [entry.name for entry in folder.iterdir() if entry.name not in _LIBRARY_ENTRIES]
        if strangers:
            raise LibraryError(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "%1 already holds other files (%2, ...) and is not a PhotoFollow library. "
                        "Choose an empty or new folder for the library.",
                    ),
                    folder,
                    strangers[0],
                )
            )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryReadOnly(
            _says(
                QT_TRANSLATE_NOOP("Errors", "The library folder %1 cannot be created (%2)."),
                folder,
                error.strerror,
            )
        ) from error


def _prepare_folders(folder: Path) -> None:
    """Create the library's folders and prove they take new files, so a read-only library is refused up front
    (with one clear sentence) rather than failing photo by photo."""
    for sub in (Path("."), Path(PHOTOS), PREVIEWS, THUMBNAILS, Path(BACKUPS)):
        target = folder / sub
        probe = target / f".write-test-{os.getpid()}"
        try:
            target.mkdir(parents=True, exist_ok=True)
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            if error.errno == errno.ENOSPC:
                raise LibraryFull(_disk_full(folder)) from error
            raise LibraryReadOnly(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The library at %1 cannot be written to (%2: %3). "
                        "Choose a library folder you may write to, or ask for write access.",
                    ),
                    folder,
                    error.strerror,
                    target,
                )
            ) from error


def _engine(database: Path) -> sa.Engine:
    engine = sa.create_engine(
        f"sqlite:///{database}",
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Let SQLAlchemy's BEGIN (below) decide transactions, so DDL in migrations is transactional too.
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        # FULL: a commit reported to the nurse survives a power cut, not only a crash.
        dbapi_connection.execute("PRAGMA synchronous=FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


@contextmanager
def _database_errors(folder: Path) -> Iterator[None]:
    try:
        yield
    except OperationalError as error:
        text = str(error.orig).lower()
        if "full" in text:
            raise LibraryFull(_disk_full(folder)) from error
        if "readonly" in text or "read-only" in text:
            raise LibraryReadOnly(
                _says(QT_TRANSLATE_NOOP("Errors", "The library at %1 cannot be written to."), folder)
            ) from error
        raise


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _photo_json(photo: Photo) -> str:
    facts = asdict(photo.facts)
    if photo.facts.capture_time is not None:
        facts["capture_time"] = photo.facts.capture_time.isoformat()
    return json.dumps(
        {
            "visit_id": photo.visit_id,
            "sha256": photo.sha256,
            "original_name": photo.original_name,
            "original_folder": photo.original_folder,
            "file_size": photo.file_size,
            "view": str(photo.view),
            "facts": facts,
        },
        default=str,
    )


def _photo_from_json(text: str) -> Photo:
    data = json.loads(text)
    facts = data.pop("facts")
    if facts.get("capture_time"):
        facts["capture_time"] = datetime.fromisoformat(facts["capture_time"])
    if facts.get("capture_time_source"):
        facts["capture_time_source"] = CaptureTimeSource(facts["capture_time_source"])
    return Photo(facts=PhotoFacts(**facts), view=View(data.pop("view")), **data)
