"""Copying a folder library into a new library on a PostgreSQL server (`photofollow library migrate`).

The source is only read, and nothing is written beside it: its lock file is held shared while the copy runs,
so no PhotoFollow starts writing to it meanwhile (one already writing to it makes the copy refuse to start);
its database is read in one read transaction (one consistent snapshot) as an immutable file, which leaves no
`-wal`/`-shm` files behind as a read-only `Library.open` does, unless a write-ahead log holds pages a crash
left (then SQLite's read-only mode reads them).

The target gets, in this order:
1. the originals, each copied into the target store through `PhotoStore.stage`/`commit` (temporary file,
   fsync, rename) and checked: the bytes written hash to the name the source database gives them;
2. the library's other files (consent forms, the list of erasures, the set-aside orphans), durably;
3. in ONE transaction on the server: the schema (the same Alembic revisions `Library.open` runs, as DDL is
   transactional on PostgreSQL), every table of `schema.metadata` in foreign-key order with its ids as they
   are, the serial sequences moved past the copied ids, and the row counts checked against the source's.

Whatever fails or is interrupted (Ctrl+C) before the commit leaves the database as it was (empty) and the
files this copy wrote are removed again, so the same command can simply run again. Session notes
(`session:<id>` settings) stay behind: they describe the source's sessions. Previews and thumbnails are not
copied; the target makes them again when they are first shown.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError

from photofollow.domain.errors import LibraryDamaged, LibraryError
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.storage import migrate, schema, server
from photofollow.storage.library import DATABASE_NAME, PHOTOS
from photofollow.storage.lock import LOCK_NAME
from photofollow.storage.server import ServerAddress
from photofollow.storage.store import PhotoStore, _fsync_dir, file_sha256

BATCH_ROWS = 1000
# Settings that describe one library's sessions, not the library: never copied.
SESSION_NOTE_PREFIX = "session:"

# (done, total, current file or None when finished), as cli.library.ProgressBar.update takes it.
CopyProgress = Callable[[int, int, Path | None], None]


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    originals: int = 0  # copied into the target store, SHA-256 checked
    originals_already_there: int = 0  # left by an earlier, interrupted copy: checked, kept
    original_bytes: int = 0
    other_files: int = 0  # consent forms, erasures.json, orphans
    other_bytes: int = 0
    seconds: float = 0.0


def _says(template: str, *values: object) -> Phrase:
    return Phrase("Errors", template, tuple(str(value) for value in values))


# -- checks before anything is written -----------------------------------------------------------------------


def source_revision(folder: Path) -> str | None:
    """The schema revision of the folder library's database, read without writing anything (None: none)."""
    database = folder / DATABASE_NAME
    if not database.is_file():
        return None
    connection = sqlite3.connect(_source_uri(folder), uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def known_revision(revision: str) -> bool:
    """Whether this program's revisions include `revision` (else a newer PhotoFollow wrote it)."""
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory(str(migrate.SCRIPT_LOCATION)).get_revision(revision) is not None
    except Exception:  # alembic raises several types for an unknown id
        return False


def check_target(address: ServerAddress, source_folder: Path) -> None:
    """Refuse a target that is not an empty database beside a store folder fit for this library's photos."""
    store = address.store
    source_folder = source_folder.absolute()
    if store == source_folder or source_folder in store.parents or store in source_folder.parents:
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "The photo folder of the new library (%1) cannot be the library folder being moved (%2) or lie "
            "inside or around it. Choose a folder of its own on the share.",
        ), store, source_folder))
    if (store / DATABASE_NAME).exists():
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "The folder %1 holds a PhotoFollow library of its own; it cannot become the photo folder of "
            "another. Choose an empty folder on the share.",
        ), store))
    engine = server.create_engine(address, read_only=True)
    try:
        with server.server_errors(address), engine.connect() as connection:
            present = set(sa.inspect(connection).get_table_names())
    finally:
        engine.dispose()
    ours = present & ({"alembic_version"} | set(schema.metadata.tables))
    if ours:
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "The database %1 on %2 already holds a PhotoFollow library (or part of one: %3); a library is "
            "only moved into an empty database. Create a new database (createdb), or check the address.",
        ), address.database, address.server, ", ".join(sorted(ours)[:3])))


@contextmanager
def held_for_reading(folder: Path) -> Iterator[None]:
    """Hold the folder library's lock file shared while it is copied: a PhotoFollow writing to it now makes
    the copy refuse, and none can start writing until the copy is done. The file is only opened for reading,
    never written. (Windows has no shared flock: there the copy trusts that the library is closed.)"""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        fd = os.open(folder / LOCK_NAME, os.O_RDONLY)
    except FileNotFoundError:
        yield  # never opened for writing by a PhotoFollow that locks
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as error:
            raise LibraryError(_says(QT_TRANSLATE_NOOP(
                "Errors",
                "A PhotoFollow is using the library at %1. Close it on every computer first: what it writes "
                "during the move would not reach the new library.",
            ), folder)) from error
        yield
    finally:
        os.close(fd)  # closing releases the lock


# -- the copy ------------------------------------------------------------------------------------------------


def upgraded_copy(folder: Path, scratch: Path) -> Path:
    """A copy of the folder library's database in `scratch`, upgraded to this program's schema: an older
    library moves without being upgraded in place (the folder stays as it was). Returns the copy."""
    copied = scratch / DATABASE_NAME
    reader = sqlite3.connect(_source_uri(folder), uri=True)
    try:
        writer = sqlite3.connect(copied)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()
    engine = _sqlite_engine(f"{copied.absolute().as_uri()}?mode=rw")
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    return copied


def copy_library(
    source: Path,
    address: ServerAddress,
    *,
    database: Path | None = None,
    other_entries: tuple[str, ...] = (),
    progress: CopyProgress | None = None,
) -> CopyReport:
    """Copy the folder library at `source` (open for writing nowhere) into the empty database and store at
    `address` (see the module doc); `other_entries` names the files and folders of the library folder to copy
    as they are; `database` reads the records from another copy of its database (`upgraded_copy`). Raises a
    `LibraryError` subclass naming what failed; the target is then left as it was."""
    started = time.monotonic()
    report = CopyReport()
    written: list[Path] = []  # files this copy created in the target store, removed again on failure
    source_store = PhotoStore(source / PHOTOS)
    store = PhotoStore(address.store / PHOTOS, session=f"migrate-{uuid.uuid4().hex}")
    source_engine = _sqlite_engine(_source_uri(source) if database is None else database.absolute().as_uri())
    target_engine = server.create_engine(address)
    try:
        with source_engine.connect() as reading, reading.begin():
            _check_source(reading, source)
            originals = _originals(reading)
            extras = _other_files(source, other_entries)
            total = len(originals) + len(extras)
            _check_target_store(store, address, {sha for sha, _ in originals})
            done = 0
            for sha256, image_format in originals:
                original = source_store.path_for(sha256, image_format)
                if progress is not None:
                    progress(done, total, original)
                _copy_original(original, sha256, image_format, store, report, written)
                done += 1
            for relative in extras:
                if progress is not None:
                    progress(done, total, source / relative)
                _copy_other_file(source / relative, address.store / relative, report, written)
                done += 1
            shutil.rmtree(store.incoming, ignore_errors=True)
            with server.server_errors(address), target_engine.connect() as writing, writing.begin():
                _create_schema(writing)
                _copy_rows(reading, writing, report, address)
                _move_sequences(writing)
                _check_counts(reading, writing, report, address)
        if progress is not None:
            progress(total, total, None)
    except BaseException:
        for path in reversed(written):
            _remove(path)
        shutil.rmtree(store.incoming, ignore_errors=True)
        raise
    finally:
        source_engine.dispose()
        target_engine.dispose()
    report.seconds = time.monotonic() - started
    return report


def _source_uri(folder: Path) -> str:
    """The source database read-only; immutable (nothing written beside it) unless a WAL holds pages."""
    wal = folder / f"{DATABASE_NAME}-wal"
    flags = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "mode=ro&immutable=1"
    return f"{(folder / DATABASE_NAME).absolute().as_uri()}?{flags}"


def _sqlite_engine(uri: str) -> sa.Engine:
    engine = sa.create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, timeout=30))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's BEGIN below starts the snapshot

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _check_source(reading: sa.Connection, folder: Path) -> None:
    lines = [line for (line,) in reading.exec_driver_sql("PRAGMA quick_check(5)")]
    if lines != ["ok"]:
        raise LibraryDamaged(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "The database of the library at %1 is damaged (%2); nothing was moved. Restore it from a backup "
            "first (photofollow backup --library %1 list).",
        ), folder, "; ".join(lines)))


def _originals(reading: sa.Connection) -> list[tuple[str, str]]:
    """(sha256, format) of every original the source's database claims: photos (trashed too) and unfiled."""
    found: dict[str, str] = {}
    for table in (schema.photos, schema.unfiled_photos):
        for sha256, image_format in reading.execute(sa.select(table.c.sha256, table.c.format)):
            found[sha256] = image_format
    if reading.execute(sa.select(sa.func.count()).select_from(schema.pending_imports)).scalar_one():
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "An import into this library was interrupted and has not been settled yet. Open the library once "
            "with PhotoFollow (or run photofollow verify on it), then move it.",
        )))
    return sorted(found.items())


def _other_files(folder: Path, entries: tuple[str, ...]) -> list[Path]:
    """The files under `entries` of the library folder, relative to it (temporary files left out)."""
    found = []
    for name in entries:
        entry = folder / name
        if entry.is_file():
            found.append(Path(name))
        elif entry.is_dir():
            for directory, folders, files in os.walk(entry):
                folders.sort()
                for file_name in sorted(files):
                    if not file_name.startswith(".incoming-"):
                        found.append((Path(directory) / file_name).relative_to(folder))
    return found


def _check_target_store(store: PhotoStore, address: ServerAddress, known: set[str]) -> None:
    """Make the target's photo store and prove it takes files; refuse it when it holds photos this library
    does not know (another library's store). Photos it knows were left by an interrupted copy: they are
    checked and kept."""
    strangers = []
    for path in store.iter_files():
        stored = store.parse(path)
        if stored is None or stored.sha256 not in known:
            strangers.append(path)
    if strangers:
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "The photo folder %1 already holds photos of another library (%2, ...). Choose an empty folder "
            "on the share for the new library.",
        ), address.store, strangers[0]))
    try:
        store.incoming.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "The photo folder %1 cannot be written to (%2); nothing was moved. Check that the share is "
            "mounted for writing and that you may write to it.",
        ), address.store, error.strerror or error)) from error


def _copy_original(
    original: Path, sha256: str, image_format: str, store: PhotoStore, report: CopyReport, written: list[Path]
) -> None:
    final = store.path_for(sha256, image_format)
    if final.exists():
        if file_sha256(final) != sha256:
            raise LibraryError(_says(QT_TRANSLATE_NOOP(
                "Errors",
                "The file %1 in the new library's photo folder is damaged (its bytes do not match its name); "
                "nothing was moved. Delete it, then move the library again.",
            ), final))
        report.originals_already_there += 1
        report.original_bytes += final.stat().st_size
        return
    if not original.is_file():
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "The photo %1 that the library lists is missing from its photo folder; nothing was moved. Run "
            "photofollow verify on the library, put the photo back (or restore it), then move the library.",
        ), original))
    staged = store.stage(original)
    if staged.sha256 != sha256:
        store.discard(staged)
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "The photo %1 no longer matches its name (its bytes changed: a disk fault?); nothing was moved. "
            "Run photofollow verify on the library, then move it.",
        ), original))
    written.append(store.commit(staged, image_format))
    report.originals += 1
    report.original_bytes += staged.size


def _copy_other_file(source: Path, target: Path, report: CopyReport, written: list[Path]) -> None:
    """A file of the library folder (a consent form, the list of erasures, an orphan), copied as it is:
    temporary file, fsync, rename. One already there with the same bytes is kept."""
    if target.exists():
        if target.is_file() and file_sha256(target) == file_sha256(source):
            return
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors",
            "The new library's folder already holds a different %1; nothing was moved. Choose an empty "
            "folder on the share for the new library.",
        ), target))
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(source, "rb") as reader, open(partial, "xb") as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)
            writer.flush()
            os.fsync(writer.fileno())
        shutil.copymode(source, partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except OSError as error:
        _remove(partial)
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors", "%1 could not be copied to %2 (%3); nothing was moved. Check the share, then try again."
        ), source, target, error.strerror or error)) from error
    except BaseException:
        _remove(partial)
        raise
    written.append(target)
    report.other_files += 1
    report.other_bytes += target.stat().st_size


def _create_schema(connection: sa.Connection) -> None:
    """The library's schema, by the revisions `Library.open` runs, in this connection's transaction: a copy
    that fails takes the tables away with its rows (PostgreSQL's DDL is transactional)."""
    from alembic import command
    from alembic.config import Config

    connection.execute(sa.select(sa.func.pg_advisory_xact_lock(server.UPGRADE_LOCK)))
    config = Config()
    config.set_main_option("script_location", str(migrate.SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    for table in reversed(schema.metadata.sorted_tables):  # a revision's own rows (none today) give way
        connection.execute(sa.delete(table))


def _as_stored(table: sa.Table) -> sa.TableClause:
    """The table with each column read and written as the database holds it: text stays text byte for byte
    (date-times, enums: no round trip through Python objects); booleans, numbers and dates keep their types,
    which SQLite and PostgreSQL spell differently."""
    def stored(column: sa.Column) -> sa.types.TypeEngine:
        if isinstance(column.type, (sa.types.TypeDecorator, sa.Enum)):
            return sa.String()
        return column.type

    return sa.table(table.name, *(sa.column(column.name, stored(column)) for column in table.columns))


def _copy_rows(
    reading: sa.Connection, writing: sa.Connection, report: CopyReport, address: ServerAddress
) -> None:
    for table in schema.metadata.sorted_tables:  # parents before children
        stored = _as_stored(table)
        query = sa.select(*stored.columns)
        if table is schema.library_settings:
            query = query.where(~stored.c.key.startswith(SESSION_NOTE_PREFIX))
        count = 0
        for batch in reading.execute(query).partitions(BATCH_ROWS):
            try:
                writing.execute(sa.insert(stored), [dict(row._mapping) for row in batch])
            except DBAPIError as error:  # (the server's own trouble, unreachable or full, comes typed)
                # SQLite takes what PostgreSQL refuses (a text longer than its column, say): name the table.
                detail = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else repr(error)
                raise LibraryError(_says(QT_TRANSLATE_NOOP(
                    "Errors",
                    "A row of the table %1 cannot be stored on the server %2 (%3); nothing was kept. Please "
                    "report this, with the message.",
                ), table.name, address.server, detail)) from error
            count += len(batch)
        report.rows[table.name] = count


def _move_sequences(writing: sa.Connection) -> None:
    """Each serial id's sequence past the largest id copied, so the next row added gets a new id."""
    for table in schema.metadata.sorted_tables:
        for column in table.primary_key.columns:
            sequence = writing.execute(
                sa.select(sa.func.pg_get_serial_sequence(table.name, column.name))
            ).scalar_one()
            if sequence is None:
                continue
            largest = writing.execute(sa.select(sa.func.max(column))).scalar_one()
            writing.execute(sa.select(sa.func.setval(sequence, (largest or 0) + 1, False)))


def _check_counts(
    reading: sa.Connection, writing: sa.Connection, report: CopyReport, address: ServerAddress
) -> None:
    for table in schema.metadata.sorted_tables:
        source_rows = reading.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        if table is schema.library_settings:
            source_rows -= reading.execute(
                sa.select(sa.func.count()).select_from(table).where(table.c.key.startswith(SESSION_NOTE_PREFIX))
            ).scalar_one()
        target_rows = writing.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        if not source_rows == target_rows == report.rows[table.name]:
            raise LibraryError(_says(QT_TRANSLATE_NOOP(
                "Errors",
                "The table %1 holds %2 rows in the library but %3 in the copy on %4; nothing was kept. "
                "Please report this.",
            ), table.name, source_rows, target_rows, address.server))


def _remove(path: Path) -> None:
    try:
        os.chmod(path, 0o600)  # originals are read-only in the store
        path.unlink()
    except OSError:
        pass
