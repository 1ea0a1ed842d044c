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
import logging
import os
import secrets
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from photofollow import __version__
from photofollow.domain.errors import (
    LibraryDamaged,
    LibraryError,
    LibraryFull,
    LibraryReadOnly,
    PhotoFollowError,
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
from photofollow.storage import backups, migrate, schema, server, versions
from photofollow.storage.lock import LibraryLock
from photofollow.storage.server import Presence, ServerAddress
from photofollow.storage.store import PhotoStore, StagedFile, file_sha256

DATABASE_NAME = "library.sqlite3"
PHOTOS = "photos"
PREVIEWS = Path("cache") / "previews"
THUMBNAILS = Path("cache") / "thumbnails"
BACKUPS = "backups"
ORPHANS = "orphans"
_LIBRARY_ENTRIES = {DATABASE_NAME, "library.lock", PHOTOS, "cache", BACKUPS, ORPHANS}

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"

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


@dataclass(frozen=True, slots=True)
class UnfiledPhoto:
    """An original in the store that no photo row describes: its patient and visit are unknown."""

    sha256: str
    facts: PhotoFacts
    file_size: int
    found_at: datetime
    found_by: str  # restore | verify
    path: Path


class Library:
    """An open library. Use `Library.open(folder)`; close it (or use it as a context manager) when done.

    All methods are safe to call from one thread at a time (the GUI funnels them through one worker); returned
    entities are detached domain objects that any thread may read.
    """

    def __init__(
        self,
        folder: Path,
        engine: sa.Engine,
        lock: LibraryLock | None,
        *,
        address: ServerAddress | None = None,
        presence: Presence | None = None,
    ):
        self.folder = folder  # a server library's store folder (on the share), with the same layout
        self.address = address  # set for a library on a PostgreSQL server (storage/server.py)
        # The SQLite file of a folder library; None on a server.
        self.database_path: Path | None = None if address is not None else folder / DATABASE_NAME
        self._presence = presence
        self.session_id = presence.session_id if presence is not None else None
        self.store = PhotoStore(folder / PHOTOS, session=self.session_id)
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Who edits, and where, as the records' stamps name them (storage/versions.py): the signed-in user's
        # name, set by services.users at sign-in (else the computer's login), and this computer's name.
        self.acting_name: str | None = None
        self.workstation: str | None = None
        versions.install(self._sessions, self._editor)
        self.recovery = RecoveryReport()
        self.upgraded_from: str | None = None  # the revision before this open upgraded the schema
        self.backups_made: list[Path] = []
        self.warnings: list[str] = []  # things worth telling a person that did not stop the library opening
        self._scan_thread: threading.Thread | None = None
        self._scan_stop = threading.Event()
        self._scan_finished = True  # no scan owed
        self._snapshot_dir: Path | None = None  # a read-only disk's database with its WAL, copied to read

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
        background_scan: bool = True,
    ) -> Library:
        """Open the library in `folder`: check it, upgrade its schema (after a backup), back it up, recover.

        `create` makes a new library when the folder is missing or empty. `write=False` opens for reading only
        (alongside another PhotoFollow that holds the lock, or on a read-only folder or disk: no recovery, no
        backup, every change refused with `LibraryReadOnly`). Start-up recovery settles only what an
        interrupted write leaves (the incoming folder, pending imports); when the last session did not close,
        the scan for store files no record claims runs after (`background_scan`: on a thread of its own, see
        `start_unclaimed_scan`). Raises `LibraryLocked`, `LibraryReadOnly`, `LibraryFull`, `LibraryDamaged`
        (a damaged, empty or missing database beside a store holding photos: never silently a new library),
        `LibraryNewerThanProgram` or `LibraryError`, each with a sentence for the user.
        """
        if server.is_server_address(folder):
            return cls._open_server(
                ServerAddress.parse(str(folder)),
                create=create,
                write=write,
                script_location=script_location,
                background_scan=background_scan,
            )
        folder = Path(folder).expanduser().absolute()
        database = folder / DATABASE_NAME
        is_new = _inspect_database(folder)
        if is_new:
            _check_can_create(folder, create)
        lock = LibraryLock(folder) if write or is_new else None
        if lock is not None:
            lock.acquire()
        engine = None
        try:
            with _database_errors(folder):
                if lock is not None:
                    _prepare_folders(folder)
                snapshot = None
                if lock is None and not _may_write(folder) and _wal_holds_pages(database):
                    # A read-only disk cannot take SQLite's shared-memory file, and an immutable reading
                    # would not see what the write-ahead log holds: read a copy of both instead.
                    snapshot = _snapshot(database)
                    engine = _engine(snapshot / DATABASE_NAME, read_only=True, named=folder)
                else:
                    read_only = lock is None
                    immutable = read_only and not _may_write(folder)
                    engine = _engine(database, read_only=read_only, immutable=immutable)
                library = cls(folder, engine, lock)
                library._snapshot_dir = snapshot
                if not is_new:
                    library._quick_check()
                library._bring_schema_up_to_date(script_location, now)
                if lock is not None:
                    library._initialise_settings()
                    if not is_new:
                        library._daily_backup(now)
                    library.recover(crashed=lock.previous_session_crashed)
                    if lock.previous_session_crashed or library.recovery.repaired_anything:
                        library.start_unclaimed_scan(background=background_scan)
            return library
        except BaseException:
            if engine is not None:
                engine.dispose()
            if lock is not None:
                lock.release(clean=False)
            raise

    @classmethod
    def _open_server(
        cls,
        address: ServerAddress,
        *,
        create: bool,
        write: bool,
        script_location: Path | None,
        background_scan: bool,
    ) -> Library:
        """Open a library on a PostgreSQL server (storage/server.py): several workstations at once, so no lock
        file; this session holds an advisory lock instead, and recovery settles only what sessions that are
        gone left behind."""
        session_id = uuid.uuid4().hex if write else None
        engine = server.create_engine(address, read_only=not write, session_id=session_id)
        presence = None
        try:
            with server.server_errors(address), engine.connect() as connection:
                state = migrate.schema_state(connection, Path(address.database), script_location)
                revision = migrate.current_revision(connection)
            if state is migrate.SchemaState.EMPTY:
                if not create:
                    raise LibraryError(
                        _says(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The database %1 on %2 holds no PhotoFollow library yet. Importing photos "
                                "into it "
                                "creates one; or check the library's address.",
                            ),
                            address.database,
                            address.server,
                        )
                    )
                _check_can_create(address.store, create=True, existing_ok=True)
            elif not (address.store / PHOTOS).is_dir():
                # A share that is not mounted looks like an empty folder: never start a second store there.
                raise LibraryError(
                    _says(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The photo folder of the library %1 (%2) cannot be found. Is the shared folder "
                            "mounted on this computer? Mount it, then try again.",
                        ),
                        address.database,
                        address.store,
                    )
                )
            if write:
                _prepare_folders(address.store)
                presence = Presence(engine, session_id)
            library = cls(address.store, engine, None, address=address, presence=presence)
            with server.server_errors(address):
                if state is not migrate.SchemaState.CURRENT:
                    upgrader = engine if write else server.create_engine(address)
                    try:
                        migrate.upgrade(upgrader, script_location)
                    finally:
                        if upgrader is not engine:
                            upgrader.dispose()
                    library.upgraded_from = revision  # None for a new library
                if write:
                    library._initialise_settings()
                    crashed = library._register_session()
                    library.recover(crashed=crashed)
                    if crashed or library.recovery.repaired_anything:
                        library.start_unclaimed_scan(background=background_scan)
            return library
        except BaseException:
            if presence is not None:
                presence.release()
            engine.dispose()
            raise

    @property
    def is_shared(self) -> bool:
        """Whether the library is on a database server, shared by several workstations."""
        return self.address is not None

    @property
    def location(self) -> str:
        """The library's address as a person gives it: its folder, or its server address."""
        return str(self.address) if self.address is not None else str(self.folder)

    def close(self) -> None:
        scan_finished = self.stop_unclaimed_scan()
        if self._presence is not None:
            if scan_finished:
                self._forget_session()
            self._presence.release()
            self._presence = None
            try:
                self.store.incoming.rmdir()  # this session's own incoming folder, empty when all went well
            except OSError:
                pass
        self.engine.dispose()
        if self._snapshot_dir is not None:
            shutil.rmtree(self._snapshot_dir, ignore_errors=True)
            self._snapshot_dir = None
        if self._lock is not None:
            # A scan cut short runs again next time: the lock file keeps saying the session did not finish.
            self._lock.release(clean=scan_finished)
            self._lock = None

    def _quick_check(self) -> None:
        # Folder libraries only: a server checks its own pages.
        """SQLite's quick check of every page (not the indexes' contents: `verify` runs the full check)."""
        with self.engine.connect() as connection:
            lines = [line for (line,) in connection.exec_driver_sql("PRAGMA quick_check(5)")]
        if lines != ["ok"]:
            raise LibraryDamaged(_damaged(self.folder, "; ".join(lines)))

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def writable(self) -> bool:
        if self.address is not None:
            return self._presence is not None
        return self._lock is not None and self._lock.held

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """One session at a time inside the block, across workstations (a PostgreSQL advisory lock named
        `name`, held on a connection of its own); on a folder library the lock file already makes this
        session the only writer, so nothing is taken."""
        if self.address is None:
            yield
            return
        key = server.named_key(name)
        with self._errors(), self.engine.connect() as connection:
            connection.execute(sa.select(sa.func.pg_advisory_lock(key)))
            connection.commit()
            try:
                yield
            finally:
                connection.execute(sa.select(sa.func.pg_advisory_unlock(key)))
                connection.commit()

    def _errors(self) -> AbstractContextManager[None]:
        """The context that turns driver errors raised outside the engine into typed library errors."""
        if self.address is not None:
            return server.server_errors(self.address)
        return _database_errors(self.folder)

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
            # A reader's engine cannot write: the upgrade takes a writer's connection of its own.
            writer = _engine(self.database_path) if took_lock else self.engine
            try:
                migrate.upgrade(writer, script_location)
            finally:
                if writer is not self.engine:
                    writer.dispose()
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
        # Folder libraries only: a server library is backed up with pg_dump (photofollow backup --out).
        folder = self.folder / BACKUPS
        if not backups.daily_backup_due(folder, now):
            return
        try:
            self.backups_made.append(backups.make_backup(self.database_path, folder, "daily", now))
            backups.rotate(folder)
        except OSError as error:
            # The library stays usable without today's backup; say so rather than refuse to open.
            self.warnings.append(f"Today's backup of the library could not be written ({error.strerror}).")

    def backup_now(self, now: datetime | None = None) -> Path:
        """A backup of the database made now ("manual"); raises `LibraryFull` or `LibraryError` when it
        cannot be written."""
        folder = self.folder / BACKUPS
        try:
            made = backups.make_backup(self.database_path, folder, "manual", now)
            backups.rotate(folder)
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise LibraryFull(_disk_full(self.folder)) from error
            raise LibraryError(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The backup of the library at %1 could not be written (%2). Check the disk."
                    ),
                    self.folder,
                    error.strerror or error,
                )
            ) from error
        self.backups_made.append(made)
        return made

    # -- sessions --------------------------------------------------------------------------------------

    def session(self) -> Session:
        """A new session; entities it returns stay usable after it closes (expire_on_commit=False)."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed when the block ends, rolled back if it raises."""
        with self._errors(), self._sessions() as session, session.begin():
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
        """Write the changed fields of an entity that already has an id, from the version it was read at
        (`row_version`); returns it as saved, with its new version. Raises `EditConflict` when the record
        changed or went since it was read (storage/versions.py): nothing is written."""
        if entity.id is None:
            raise ValueError("Only a saved record can be updated; add() it first.")
        return versions.update(self, entity)

    def _editor(self) -> tuple[str, str]:
        name, workstation = versions.default_editor()
        return self.acting_name or name, self.workstation or workstation

    def get(self, kind: type[Entity], entity_id: int) -> Entity | None:
        with self.session() as session:
            return session.get(kind, entity_id)

    # Readers skip what is in the trash (storage/trash.py); `get` and `photo_by_sha256` still find it.

    def patients(self) -> list[Patient]:
        query = sa.select(Patient).where(_live(schema.patients)).order_by(Patient.display_name, Patient.id)
        with self.session() as session:
            return list(session.scalars(query))

    def find_patients(self, *, name: str | None = None, chart_number: str | None = None) -> list[Patient]:
        """Patients with exactly this chart number and/or display name."""
        query = sa.select(Patient).where(_live(schema.patients)).order_by(Patient.id)
        if name is not None:
            query = query.where(Patient.display_name == name)
        if chart_number is not None:
            query = query.where(Patient.chart_number == chart_number)
        with self.session() as session:
            return list(session.scalars(query))

    def treatments_of(self, patient_id: int) -> list[Treatment]:
        with self.session() as session:
            found = session.scalars(
                sa.select(Treatment).where(Treatment.patient_id == patient_id, _live(schema.treatments))
            )
            return sorted(found, key=lambda t: (t.performed_at, t.id))

    def visits_of(self, treatment_id: int) -> list[Visit]:
        with self.session() as session:
            found = session.scalars(
                sa.select(Visit).where(Visit.treatment_id == treatment_id, _live(schema.visits))
            )
            return sorted(found, key=lambda v: (v.visited_at, v.id))

    def symptom_entries_of(self, visit_id: int) -> list[SymptomEntry]:
        with self.session() as session:
            query = sa.select(SymptomEntry).where(SymptomEntry.visit_id == visit_id).order_by(SymptomEntry.id)
            return list(session.scalars(query))

    def replace_symptom_entries(self, visit_id: int, entries: list[SymptomEntry]) -> None:
        """Make a visit's symptom log exactly `entries` (new ones added, edited ones saved from the version
        they were read at, others deleted); `EditConflict` when an entry changed since it was read."""
        versions.replace_log(self, visit_id, entries)

    def save_visit(self, visit: Visit, symptoms: list[SymptomEntry] | None = None) -> Visit:
        """Save an edited visit and, with `symptoms`, its symptom log, in one transaction, from the version
        the visit was read at; `EditConflict` when the visit or its log changed since."""
        if visit.id is None:
            raise ValueError("Only a saved visit can be updated; add() it first.")
        return versions.save_visit(self, visit, symptoms)

    def photos_of(self, visit_id: int) -> list[Photo]:
        with self.session() as session:
            query = (
                sa.select(Photo).where(Photo.visit_id == visit_id, _live(schema.photos)).order_by(Photo.id)
            )
            return list(session.scalars(query))

    def patient_tree(
        self, patient_id: int
    ) -> tuple[list[Treatment], list[Visit], list[Photo], list[SymptomEntry]]:
        """A patient's treatments, visits, photos and symptom entries out of the trash, in four queries."""
        with self.session() as session:
            treatments = sorted(
                session.scalars(
                    sa.select(Treatment).where(Treatment.patient_id == patient_id, _live(schema.treatments))
                ),
                key=lambda t: (t.performed_at, t.id),
            )
            treatment_ids = [t.id for t in treatments]
            visits = sorted(
                session.scalars(
                    sa.select(Visit).where(Visit.treatment_id.in_(treatment_ids), _live(schema.visits))
                ),
                key=lambda v: (v.visited_at, v.id),
            )
            visit_ids = [v.id for v in visits]
            photos = list(
                session.scalars(
                    sa.select(Photo)
                    .where(Photo.visit_id.in_(visit_ids), _live(schema.photos))
                    .order_by(Photo.id)
                )
            )
            symptoms = list(
                session.scalars(
                    sa.select(SymptomEntry).where(SymptomEntry.visit_id.in_(visit_ids)).order_by(SymptomEntry.id)
                )
            )
        return treatments, visits, photos, symptoms

    def photo_by_sha256(self, sha256: str) -> Photo | None:
        """The photo of these bytes, in the trash or not."""
        with self.session() as session:
            return session.scalars(sa.select(Photo).where(Photo.sha256 == sha256)).first()

    def in_trash(self, kind: str, object_id: int) -> bool:
        """Whether a record, or one it belongs to, is in the trash."""
        table = {"patient": schema.patients, "treatment": schema.treatments, "visit": schema.visits,
                 "photo": schema.photos}[kind]
        with self.session() as session:
            found = session.execute(sa.select(table.c.trash_id).where(table.c.id == object_id)).first()
        return found is not None and found[0] is not None

    def photo_counts_by_visit(self) -> dict[int, int]:
        with self.session() as session:
            rows = session.execute(
                sa.select(Photo.visit_id, sa.func.count()).where(_live(schema.photos)).group_by(Photo.visit_id)
            )
            return {visit_id: count for visit_id, count in rows}

    def patient_summary_rows(self) -> list[tuple[Patient, int, int, int, datetime | None]]:
        """Every patient out of the trash with (treatments, visits, photos, last visit), in three grouped
        queries whatever the number of patients."""
        t, v, p = schema.treatments, schema.visits, schema.photos
        with self.session() as session:
            patients = list(
                session.scalars(
                    sa.select(Patient).where(_live(schema.patients)).order_by(Patient.display_name, Patient.id)
                )
            )
            treatments = dict(
                session.execute(
                    sa.select(t.c.patient_id, sa.func.count()).where(_live(t)).group_by(t.c.patient_id)
                ).all()
            )
            visits, last = _visit_counts_and_latest(session, t, v)
            photos = dict(
                session.execute(
                    sa.select(t.c.patient_id, sa.func.count())
                    .select_from(p)
                    .join(v, v.c.id == p.c.visit_id)
                    .join(t, t.c.id == v.c.treatment_id)
                    .where(_live(t), _live(v), _live(p))
                    .group_by(t.c.patient_id)
                ).all()
            )
        return [
            (patient, treatments.get(patient.id, 0), visits.get(patient.id, 0), photos.get(patient.id, 0),
             last.get(patient.id))
            for patient in patients
        ]

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
        _storable_names(photo)
        values = {
            "sha256": photo.sha256,
            "started_at": _utc_now(),
            "photo": _photo_json(photo),
            "owner": self.session_id,
        }
        table = schema.pending_imports
        if self._presence is not None:
            # After a lost connection the session's lock is gone, and with it the others' respect for this
            # import's copy: take it again before journaling (a ping when all is well).
            with self._errors():
                self._presence.hold()
        with self.transaction() as session:
            session.execute(sa.delete(table).where(table.c.sha256 == photo.sha256))
            session.execute(sa.insert(table).values(values))

    def finish_photo(self, photo: Photo) -> Photo:
        """Insert the photo row and clear its pending row in one transaction (step 4); returns it, id set."""
        if photo.imported_at is None:
            photo.imported_at = _utc_now()
        _storable_names(photo)
        with self.transaction() as session:
            session.add(photo)
            session.execute(
                sa.delete(schema.pending_imports).where(schema.pending_imports.c.sha256 == photo.sha256)
            )
            # An unfiled original imported again is filed by it.
            session.execute(
                sa.delete(schema.unfiled_photos).where(schema.unfiled_photos.c.sha256 == photo.sha256)
            )
        return photo

    # -- unfiled originals (found in the store, unknown to the database: after a restore) --------------------

    def add_unfiled(self, sha256: str, facts: PhotoFacts, file_size: int, found_by: str) -> None:
        """Record an original of the store that no photo row describes, to be filed by the nurse."""
        values = {
            "sha256": sha256,
            "format": facts.format,
            "file_size": file_size,
            "found_at": _utc_now(),
            "found_by": found_by,
            "facts": _facts_json(facts),
        }
        with self.transaction() as session:
            _insert_unless_present(session, schema.unfiled_photos, values)

    def unfiled_photos(self) -> list[UnfiledPhoto]:
        """The unfiled originals, oldest capture first (unknown dates last)."""
        with self.session() as session:
            rows = session.execute(sa.select(schema.unfiled_photos)).all()
        found = [
            UnfiledPhoto(
                row.sha256,
                _facts_from_json(row.facts),
                row.file_size,
                row.found_at,
                row.found_by,
                self.store.path_for(row.sha256, row.format),
            )
            for row in rows
        ]
        undated_last = lambda u: (u.facts.capture_time is None, str(u.facts.capture_time), u.sha256)  # noqa: E731
        return sorted(found, key=undated_last)

    def file_unfiled(self, sha256: str, visit_id: int, view: View = View.OTHER) -> Photo:
        """File an unfiled original into a visit: its photo row is written and its unfiled row deleted."""
        unfiled = next((u for u in self.unfiled_photos() if u.sha256 == sha256), None)
        if unfiled is None:
            raise LibraryError(
                _says(
                    QT_TRANSLATE_NOOP("Errors", "The photo %1 is not among the unfiled photos any more."),
                    sha256[:12],
                )
            )
        photo = Photo(
            visit_id=visit_id,
            sha256=sha256,
            original_name=unfiled.path.name,
            original_folder=str(unfiled.path.parent),
            file_size=unfiled.file_size,
            facts=unfiled.facts,
            view=view,
        )
        return self.finish_photo(photo)

    def put_back_original(self, staged: StagedFile, image_format: str) -> Path:
        """Put a verified copy in place of a photo's missing or damaged original (a damaged one is moved to
        `orphans/`, never deleted); returns the original's path. Raises what `PhotoStore.commit` raises."""
        target = self.store.path_for(staged.sha256, image_format)
        if target.exists():
            aside = self.folder / ORPHANS / f"{target.stem}-damaged-{uuid.uuid4().hex[:8]}{target.suffix}"
            aside.parent.mkdir(exist_ok=True)
            shutil.move(target, aside)
        return self.store.commit(staged, image_format)

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

    def forget_measurements(self, photo_id: int) -> None:
        """Drop every cached measurement of a photo (it is measured again when next needed)."""
        table = schema.photo_measurements
        with self.transaction() as session:
            session.execute(sa.delete(table).where(table.c.photo_id == photo_id))

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

    def recover(self, *, full_scan: bool = False, crashed: bool = True) -> RecoveryReport:
        """Finish or undo what an interrupted write left (module doc): partial copies in the incoming folder,
        pending imports, and (`crashed`: the last session never closed) the previews, thumbnails and
        backups a kill left half-written. With `full_scan`, also set aside store files no record claims
        (`verify` does that too; `open` runs it on a thread after a crash). Needs write access."""
        if not self.writable:
            raise LibraryError(
                Phrase(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "Recovery needs the library opened for writing.")
                )
            )
        report = RecoveryReport(full_scan=full_scan)
        report.partial_copies_removed = self.store.clean_incoming()
        gone = self._sessions_gone()
        if gone is not None:  # a shared library: other workstations' copies, once their session is gone
            report.partial_copies_removed += self.store.clean_abandoned_incoming(gone)
        if crashed:  # only a kill leaves them, and the cache holds two files per photo: not at every opening
            # On a shared store a live workstation may be writing one right now: only stale ones there.
            stale_after = _SHARED_PART_FILE_AGE_S if self.is_shared else None
            report.partial_copies_removed += _clean_partial_files(self.folder, stale_after)
        with self.exclusive("recovery"):  # two workstations opening at once settle each leftover once
            self._settle_pending(report, gone)
        self.recovery = report
        if full_scan:
            report.set_aside = self.set_aside_unclaimed_files()
        return report

    def _settle_pending(self, report: RecoveryReport, gone: Any) -> None:
        with self.session() as session:
            pending = session.execute(sa.select(schema.pending_imports)).all()
        for row in pending:
            someone_elses = gone is not None and row.owner not in (None, self.session_id)
            if someone_elses and not gone(row.owner):
                continue  # another workstation is importing it right now
            # A live workstation may be importing the same photo right now: under the lock its import holds
            # (services/importing.py), it either stored it first (found below) or finds this adoption done.
            with self.exclusive(photo_lock_name(row.sha256)):
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

    def _register_session(self) -> bool:
        """Note this session in the library's settings (`session:<id>`: workstation and time), and forget the
        notes of sessions that ended without closing; True when there were any (a crash: scan the store)."""
        assert self._presence is not None
        gone = self._sessions_gone()
        note = self._session_note()
        with self.transaction() as session:
            notes = session.scalars(sa.select(_Setting.key).where(_Setting.key.like("session:%"))).all()
            crashed = [key for key in notes if gone(key.removeprefix("session:"))]
            if crashed:
                session.execute(sa.delete(schema.library_settings).where(schema.library_settings.c.key.in_(crashed)))
            session.add(_Setting(f"session:{self._presence.session_id}", note))
        return bool(crashed)

    def hold_presence(self) -> None:
        """After the server was lost: take this session's advisory lock again (it ended with its connection, so
        other workstations took the session for gone meanwhile). A server lost again is tried at the next
        reconnection."""
        if self._presence is None:
            return
        try:
            self._presence.hold()
            # Another workstation may have forgotten this session's note as a crashed session's: write it
            # again, so a crash after this is still noticed (and the store scanned) by the next opening.
            with self.transaction() as session:
                note = {"key": f"session:{self.session_id}", "value": self._session_note()}
                _insert_unless_present(session, schema.library_settings, note)
        except (PhotoFollowError, DBAPIError):
            pass

    def _session_note(self) -> str:
        at = _utc_now().isoformat(timespec="seconds")
        return json.dumps({"workstation": server.workstation_name(), "pid": os.getpid(), "at": at})

    def _forget_session(self) -> None:
        """A clean close: this session's note goes (a note left behind means the session crashed)."""
        try:
            with self.transaction() as session:
                session.execute(
                    sa.delete(schema.library_settings).where(
                        schema.library_settings.c.key == f"session:{self.session_id}"
                    )
                )
        except (PhotoFollowError, DBAPIError):
            pass  # the server is gone: the next opening treats this session as crashed, and scans once more

    def _sessions_gone(self) -> Callable[[str], bool] | None:
        """On a shared library, a test of whether a session (by id) has ended; None on a folder library."""
        if self.address is None:
            return None

        def gone(session_id: str) -> bool:
            with self.engine.connect() as connection:
                return not server.session_alive(connection, session_id)

        return gone

    # -- the scan for unclaimed store files -----------------------------------------------------------------

    def start_unclaimed_scan(self, *, background: bool = True) -> None:
        """Set aside store files that no record claims (`set_aside_unclaimed_files`), on a thread of its own
        so a library of 100,000 photos opens at once; `close()` stops it, and a scan cut short runs again at
        the next opening. Safe beside imports: each file is checked against the database just before it is
        moved, and an import journals its photo before its file appears in the store."""
        self.recovery.full_scan = True
        self._scan_finished = False
        self._scan_stop.clear()
        if not background:
            self.recovery.set_aside.extend(self.set_aside_unclaimed_files())
            self._scan_finished = True
            return

        def scan() -> None:
            try:
                self.recovery.set_aside.extend(self.set_aside_unclaimed_files(stop=self._scan_stop))
                self._scan_finished = not self._scan_stop.is_set()
            except Exception:  # a vanished disk: the next opening scans again
                log.warning("the scan for unclaimed photo files failed", exc_info=True)

        self._scan_thread = threading.Thread(target=scan, name="photofollow-unclaimed-scan", daemon=True)
        self._scan_thread.start()

    def wait_for_unclaimed_scan(self, timeout: float | None = None) -> bool:
        """Wait for a background scan; True when none is running any more."""
        if self._scan_thread is not None:
            self._scan_thread.join(timeout)
            return not self._scan_thread.is_alive()
        return True

    def stop_unclaimed_scan(self) -> bool:
        """Stop a background scan; True when no scan is owed (none was needed, or it finished)."""
        self._scan_stop.set()
        if self._scan_thread is not None:
            self._scan_thread.join()
            self._scan_thread = None
        return self._scan_finished

    def unclaimed_files(self) -> list[Path]:
        """Store files that no photo row, unfiled row or pending import claims (wrong name, wrong folder, or
        an unknown hash)."""
        expected = self.claimed_paths()
        return [path for path in self.store.iter_files() if path not in expected]

    def claimed_paths(self, sha256: str | None = None) -> set[Path]:
        """The store paths the database claims (all, or those of one hash)."""
        claims = []
        for table in (schema.photos, schema.unfiled_photos):
            query = sa.select(table.c.sha256, table.c.format)
            if sha256 is not None:
                query = query.where(table.c.sha256 == sha256)
            claims.append(query)
        with self.session() as session:
            found = {self.store.path_for(sha, fmt) for query in claims for sha, fmt in session.execute(query)}
            pending = sa.select(schema.pending_imports.c.photo)
            if sha256 is not None:
                pending = pending.where(schema.pending_imports.c.sha256 == sha256)
            for (text,) in session.execute(pending):
                found.add(self.photo_path(_photo_from_json(text)))
        return found

    def set_aside_unclaimed_files(self, stop: threading.Event | None = None) -> list[Path]:
        """Move every unclaimed store file to `orphans/`; returns where they went."""
        moved = []
        for path in self.unclaimed_files():
            if stop is not None and stop.is_set():
                break
            stored = self.store.parse(path)
            if stored is not None and path in self.claimed_paths(stored.sha256):
                continue  # imported since the scan began
            target_folder = self.folder / ORPHANS
            target_folder.mkdir(exist_ok=True)
            target = target_folder / path.name
            if target.exists():
                target = target_folder / f"{path.stem}-{uuid.uuid4().hex[:8]}{path.suffix}"
            try:
                shutil.move(path, target)
            except FileNotFoundError:
                continue
            moved.append(target)
        return moved


# -- helpers -----------------------------------------------------------------------------------------------


@dataclass
class _Setting:
    key: str
    value: str


schema.mapper_registry.map_imperatively(_Setting, schema.library_settings)


def photo_lock_name(sha256: str) -> str:
    """The `Library.exclusive` name under which a photo's row and file are written on a shared library: an
    import checks that no one stored the photo meanwhile and stores it, or recovery adopts it, one at a time
    (issue 14: two workstations importing one card keep one copy of each photo)."""
    return f"photo:{sha256}"


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


def _check_can_create(folder: Path, create: bool, *, existing_ok: bool = False) -> None:
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
        strangers = [
            entry.name for entry in folder.iterdir() if entry.name not in _LIBRARY_ENTRIES and not existing_ok
        ]
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


def _inspect_database(folder: Path) -> bool:
    """True when `folder` holds no library yet; raises `LibraryDamaged` when its database cannot be the
    library's: a folder, not an SQLite file, or empty or missing beside a store that holds photos or backups
    (a library never silently starts over: that database is restored, not replaced)."""
    database = folder / DATABASE_NAME
    if database.is_dir():
        raise LibraryDamaged(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The library's database %1 is a folder, not a file. Move that folder away, then "
                    "restore the library from one of its backups (photofollow backup --library %2 list).",
                ),
                database,
                folder,
            )
        )
    try:
        with open(database, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except (FileNotFoundError, NotADirectoryError):
        header = None  # no library here (yet): creating one says what is in the way
    except OSError as error:
        raise LibraryReadOnly(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The library's database %1 cannot be read (%2). Check its permissions and the disk.",
                ),
                database,
                error.strerror,
            )
        ) from error
    if header:
        if header != SQLITE_HEADER:
            raise LibraryDamaged(_damaged(folder, "not an SQLite database"))
        return False
    wal = folder / f"{DATABASE_NAME}-wal"
    if header == b"" and wal.is_file() and wal.stat().st_size > 0:
        return False  # every page still in the write-ahead log: SQLite reads it from there
    if _holds_photos(folder):
        reason = "empty (0 bytes)" if header == b"" else "missing"
        raise LibraryDamaged(_damaged(folder, reason))
    return True


def _holds_photos(folder: Path) -> bool:
    """Whether the library folder holds originals or database backups (so a missing database is a loss)."""
    store = PhotoStore(folder / PHOTOS)
    if next(store.iter_files(), None) is not None:
        return True
    return bool(backups.list_backups(folder / BACKUPS))


def _damaged(folder: Path, detail: str) -> Phrase:
    return _says(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database of the library at %1 is damaged (%2); nothing was written to it. Restore it from a "
            "backup: File > Restore from a backup… in PhotoFollow, or photofollow backup --library %1 list.",
        ),
        folder,
        detail,
    )


def _may_write(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def _wal_holds_pages(database: Path) -> bool:
    wal = database.with_name(f"{database.name}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _snapshot(database: Path) -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="photofollow-read-"))
    for suffix in ("", "-wal"):
        shutil.copyfile(database.with_name(database.name + suffix), folder / f"{DATABASE_NAME}{suffix}")
    return folder


_SHARED_PART_FILE_AGE_S = 600.0  # a preview is written in well under a second; ten minutes is a dead writer


def _clean_partial_files(folder: Path, older_than_s: float | None = None) -> int:
    """Delete the `.part` files an interrupted preview, thumbnail or backup left (never a real one); with
    `older_than_s`, only those untouched for that long."""
    import time

    cutoff = time.time() - older_than_s if older_than_s is not None else None
    removed = 0
    for sub in (PREVIEWS, THUMBNAILS):
        root = folder / sub
        if not root.is_dir():
            continue
        for shard in os.scandir(root):
            if not shard.is_dir(follow_symlinks=False):
                continue
            for entry in os.scandir(shard.path):
                if entry.name.startswith(".") and entry.name.endswith(".part"):
                    try:
                        if cutoff is not None and entry.stat().st_mtime > cutoff:
                            continue
                        os.unlink(entry.path)
                        removed += 1
                    except OSError:
                        pass
    return removed


def _engine(
    database: Path, *, read_only: bool = False, immutable: bool = False, named: Path | None = None
) -> sa.Engine:
    """The database engine; `read_only` opens without writing anything (no journal change), `immutable` on a
    folder that cannot take SQLite's shared-memory file (a read-only disk: the WAL of a crash is not seen)."""
    if read_only:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        uri = f"{database.as_uri()}?{flags}"

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)

        engine = sa.create_engine("sqlite://", creator=connect)
    else:
        engine = sa.create_engine(
            f"sqlite:///{database}",
            connect_args={"check_same_thread": False, "timeout": 30},
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Let SQLAlchemy's BEGIN (below) decide transactions, so DDL in migrations is transactional too.
        dbapi_connection.isolation_level = None
        if not read_only:
            dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        # FULL: a commit reported to the nurse survives a power cut, not only a crash.
        dbapi_connection.execute("PRAGMA synchronous=FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    folder = named or database.parent  # the library the sentences name

    @event.listens_for(engine, "handle_error")
    def _typed(context: Any) -> None:
        # Every caller, the GUI's and the command line's, gets one sentence instead of sqlite3's words.
        typed = _typed_error(context.original_exception, folder, read_only)
        if typed is not None:
            raise typed from context.original_exception

    return engine


# SQLite's primary result codes (https://sqlite.org/rescode.html)
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = (
    8, 10, 11, 13, 14, 26,
)
_FREE_BYTES_CALLED_FULL = 1 << 20


def _typed_error(error: BaseException, folder: Path, read_only: bool = False) -> PhotoFollowError | None:
    """The library error an sqlite3 error means, or None for those callers handle themselves (busy, ...)."""
    if not isinstance(error, sqlite3.Error):
        return None
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(error).lower()
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return LibraryDamaged(_damaged(folder, str(error)))
    if code == _SQLITE_FULL or "full" in text:
        return LibraryFull(_disk_full(folder))
    if code == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
        if read_only:
            return LibraryReadOnly(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The library at %1 is open for reading only, so this change was not saved. Open it "
                        "where you may write to it (and where no other PhotoFollow is using it), then try "
                        "again.",
                    ),
                    folder,
                )
            )
        return LibraryReadOnly(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The library at %1 cannot be written to. Choose a library folder you may write to, or "
                    "ask for write access.",
                ),
                folder,
            )
        )
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o" in text:
        if _free_bytes(folder) < _FREE_BYTES_CALLED_FULL:
            return LibraryFull(_disk_full(folder))
        return LibraryError(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The disk holding the library at %1 reported an error (%2); nothing was changed. Check "
                    "the disk, then try again.",
                ),
                folder,
                str(error),
            )
        )
    return None


def _free_bytes(folder: Path) -> int:
    try:
        status = os.statvfs(folder)
    except (OSError, AttributeError):  # Windows has no statvfs
        return _FREE_BYTES_CALLED_FULL
    return status.f_bavail * status.f_frsize


@contextmanager
def _database_errors(folder: Path) -> Iterator[None]:
    """Errors raised outside an engine (sqlite3's backup API, the first connection) as typed library
    errors."""
    try:
        yield
    except DBAPIError as error:
        typed = _typed_error(error.orig, folder)
        if typed is not None:
            raise typed from error
        raise
    except sqlite3.Error as error:
        typed = _typed_error(error, folder)
        if typed is not None:
            raise typed from error
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


def _storable_names(photo: Photo) -> None:
    """A file or folder name that is not UTF-8 reaches Python with lone surrogates, which SQLite cannot
    store: keep such a byte as a visible escape (0xE9 -> "\\xe9") rather than fail the photo."""
    for attribute in ("original_name", "original_folder"):
        text = getattr(photo, attribute)
        if any(0xD800 <= ord(char) <= 0xDFFF for char in text):
            setattr(photo, attribute, "".join(_storable_char(char) for char in text))


def _storable_char(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return char


def _facts_json(facts: PhotoFacts) -> str:
    data = asdict(facts)
    if facts.capture_time is not None:
        data["capture_time"] = facts.capture_time.isoformat()
    return json.dumps(data, default=str)


def _facts_from_json(text: str) -> PhotoFacts:
    facts = json.loads(text)
    if facts.get("capture_time"):
        facts["capture_time"] = datetime.fromisoformat(facts["capture_time"])
    if facts.get("capture_time_source"):
        facts["capture_time_source"] = CaptureTimeSource(facts["capture_time_source"])
    return PhotoFacts(**facts)


def _photo_from_json(text: str) -> Photo:
    data = json.loads(text)
    facts = data.pop("facts")
    if facts.get("capture_time"):
        facts["capture_time"] = datetime.fromisoformat(facts["capture_time"])
    if facts.get("capture_time_source"):
        facts["capture_time_source"] = CaptureTimeSource(facts["capture_time_source"])
    return Photo(facts=PhotoFacts(**facts), view=View(data.pop("view")), **data)


def _visit_counts_and_latest(
    session: Session, t: sa.Table, v: sa.Table
) -> tuple[dict[int, int], dict[int, datetime]]:
    """Per patient: the number of visits out of the trash, and the latest one's date-time as stored (with its
    own offset). Instants are compared, not texts: the offsets may differ."""
    live_visits = (
        sa.select(t.c.patient_id, v.c.visited_at)
        .join(v, v.c.treatment_id == t.c.id)
        .where(_live(t), _live(v))
    )
    if session.get_bind().dialect.name == "sqlite":
        # One grouped query: julianday() reads the stored offset, and SQLite returns the bare `visited_at` of
        # the row holding max() (documented), so only one date-time per patient is parsed.
        rows = session.execute(
            live_visits.add_columns(sa.func.count(), sa.func.max(sa.func.julianday(v.c.visited_at))).group_by(
                t.c.patient_id
            )
        ).all()
    else:
        # A server: per patient, the row ranked first by instant (the text read as timestamptz), with the count.
        instant = sa.cast(v.c.visited_at, sa.TIMESTAMP(timezone=True))
        ranked = live_visits.add_columns(
            sa.func.count().over(partition_by=t.c.patient_id).label("visits"),
            sa.func.row_number().over(partition_by=t.c.patient_id, order_by=instant.desc()).label("rank"),
        ).subquery()
        rows = session.execute(
            sa.select(ranked.c.patient_id, ranked.c.visited_at, ranked.c.visits).where(ranked.c.rank == 1)
        ).all()
    counts = {row[0]: row[2] for row in rows}
    latest = {row[0]: row[1] for row in rows}
    return counts, latest


def _insert_unless_present(session: Session, table: sa.Table, values: dict[str, Any]) -> None:
    """Insert a row unless one with its key exists already (the dialect's own ON CONFLICT DO NOTHING)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(insert(table).values(values).on_conflict_do_nothing())


def _live(table: sa.Table) -> sa.ColumnElement[bool]:
    """Rows out of the trash (storage/trash.py)."""
    return table.c.trash_id.is_(None)
