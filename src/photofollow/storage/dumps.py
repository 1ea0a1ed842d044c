"""Backups of a server library's database with PostgreSQL's own tools: `pg_dump` (custom format) and
`pg_restore` (storage/server.py: SQLite's online backups do not apply to a server).

A dump is written beside its final name and renamed over it once pg_dump has finished and it is on disk, so a
dump that exists is whole. `photofollow backup now` keeps dumps in the store's `backups/` folder, named as a
folder library's backups are (`library-YYYYmmdd-HHMMSS-manual.dump`, `...-before-restore.dump`).

The programs are looked for where PostgreSQL's client packages put them, preferring the server's own major
version (pg_dump refuses a server newer than itself): `$PHOTOFOLLOW_PG_BINDIR` alone when it is set, else
Debian's `/usr/lib/postgresql/<major>/bin`, Windows' `Program Files/PostgreSQL/<major>/bin`, then `PATH`.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from photofollow.domain.errors import LibraryError, LibraryFull
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.storage import server
from photofollow.storage.backups import KEEP_MANUAL, KEEP_MIGRATION, Backup, list_backups, new_backup_path
from photofollow.storage.server import ServerAddress
from photofollow.storage.store import _fsync_dir

BINDIR_ENV = "PHOTOFOLLOW_PG_BINDIR"
SUFFIX = ".dump"
_NAME = re.compile(r"^library-(\d{8}-\d{6})-(manual|before-[A-Za-z0-9_-]+)\.dump$")
_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)")


def _says(template: str, *values: object) -> Phrase:
    return Phrase("Errors", template, tuple(str(value) for value in values))


# -- finding the programs ------------------------------------------------------------------------------------


def server_major_version(address: ServerAddress) -> int:
    engine = server.create_engine(address, read_only=True)
    try:
        with server.server_errors(address), engine.connect() as connection:
            number = int(connection.execute(sa.text("SHOW server_version_num")).scalar_one())
    finally:
        engine.dispose()
    return number // 10000


def find_program(name: str, server_major: int) -> Path:
    """PostgreSQL's `name` (pg_dump, pg_restore) of the server's major version or a later one."""
    chosen = os.environ.get(BINDIR_ENV)
    if chosen:
        candidates = [Path(chosen) / name, Path(chosen) / f"{name}.exe"]
        found = next((path for path in candidates if path.is_file()), None)
        if found is None:
            raise LibraryError(_says(QT_TRANSLATE_NOOP(
                "Errors",
                "%1, PostgreSQL's program the server library's backups need, is not in %2 (set by %3). "
                "Point %3 at the folder holding PostgreSQL's client programs, or leave it unset.",
            ), name, chosen, BINDIR_ENV))
        return found
    versioned: list[tuple[int, Path]] = []
    for pattern in ("/usr/lib/postgresql/*/bin", "C:/Program Files/PostgreSQL/*/bin"):
        base = Path(pattern.split("*")[0])
        if not base.is_dir():
            continue
        for folder in base.glob("*/bin"):
            if folder.parent.name.isdigit():
                for path in (folder / name, folder / f"{name}.exe"):
                    if path.is_file():
                        versioned.append((int(folder.parent.name), path))
    # The server's own version first, then the nearest later one.
    usable = sorted((major, path) for major, path in versioned if major >= server_major)
    if usable:
        exact = [path for major, path in usable if major == server_major]
        return exact[0] if exact else usable[0][1]
    on_path = shutil.which(name)
    if on_path is not None and (_version_of(Path(on_path)) or 0) >= server_major:
        return Path(on_path)
    raise LibraryError(_says(QT_TRANSLATE_NOOP(
        "Errors",
        "%1, PostgreSQL's program the server library's backups need, is not installed in version %2 or "
        "later (the server's). Install PostgreSQL's client programs (on Debian: postgresql-client-%2), or "
        "set %3 to the folder holding them.",
    ), name, server_major, BINDIR_ENV))


def _version_of(program: Path) -> int | None:
    try:
        result = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    match = _VERSION.search(result.stdout)
    return int(match.group(1)) if match else None


def _connection_arguments(address: ServerAddress) -> list[str]:
    """The server and database as libpq's command-line programs take them; -w: never ask for a password
    (it comes from PGPASSWORD or ~/.pgpass, as for PhotoFollow itself)."""
    from psycopg.conninfo import make_conninfo

    conninfo = make_conninfo(
        dbname=address.database,
        host=address.host,
        port=address.port,
        user=address.user,
        application_name="PhotoFollow backup",
        **dict(address.options),
    )
    return ["-w", "-d", conninfo]


def _failed(program: str, result: subprocess.CompletedProcess) -> str:
    lines = [line for line in (result.stderr or "").strip().splitlines() if line.strip()]
    return f"{program}: " + (" / ".join(lines[-3:]) if lines else f"exit status {result.returncode}")


def _restore_failed(source: Path, result: subprocess.CompletedProcess) -> LibraryError:
    return LibraryError(_says(QT_TRANSLATE_NOOP(
        "Errors",
        "The backup %1 could not be restored: pg_restore failed (%2). The library's database was left as "
        "it was.",
    ), source, _failed("pg_restore", result)))


# -- dumping -------------------------------------------------------------------------------------------------


def dump(address: ServerAddress, target: Path) -> Path:
    """The server library's database in pg_dump's custom format (-Fc) at `target`, written whole or not at
    all; raises `LibraryError` (pg_dump missing or failing, naming what it said) or `LibraryFull`."""
    target = Path(target).expanduser().absolute()
    if not target.parent.is_dir():
        raise LibraryError(_says(QT_TRANSLATE_NOOP(
            "Errors", "The folder %1 for the backup does not exist. Create it, or choose another file."
        ), target.parent))
    program = find_program("pg_dump", server_major_version(address))
    partial = target.with_name(f".{target.name}.part")
    try:
        result = subprocess.run(
            [str(program), "-Fc", "--no-owner", *_connection_arguments(address), "-f", str(partial)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise LibraryError(_says(QT_TRANSLATE_NOOP(
                "Errors",
                "The backup of the library %1 could not be made: pg_dump failed (%2). Nothing was written to "
                "%3.",
            ), address.database, _failed("pg_dump", result), target))
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except OSError as error:
        partial.unlink(missing_ok=True)
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise LibraryFull(_says(QT_TRANSLATE_NOOP(
                "Errors", "The disk holding %1 is full; the backup was not written. Free some space and try "
                "again."), target.parent)) from error
        raise LibraryError(_says(QT_TRANSLATE_NOOP("Errors", "The backup %1 could not be written (%2)."),
                                 target, error.strerror or error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def dump_into(address: ServerAddress, folder: Path, kind: str, now: datetime | None = None) -> Path:
    """A dump in `folder` (the store's backups/) named by the time and `kind`; the oldest are rotated out."""
    made = dump(address, new_backup_path(folder, kind, SUFFIX, now))
    rotate(folder)
    return made


def list_dumps(folder: Path) -> list[Backup]:
    """The dumps in `folder`, oldest first."""
    return list_backups(folder, _NAME)


def rotate(folder: Path) -> None:
    """Keep the newest ten manual dumps and four kept before restores."""
    dumps = list_dumps(folder)
    for kind, keep in (("manual", KEEP_MANUAL), ("before-restore", KEEP_MIGRATION)):
        same = [backup for backup in dumps if backup.kind == kind]
        for backup in same[: max(0, len(same) - keep)]:
            backup.path.unlink(missing_ok=True)


# -- restoring -----------------------------------------------------------------------------------------------


def find_dump(folder: Path, name: str | os.PathLike) -> Path:
    """The dump called `name` in the store's backups folder, or a path to a dump file."""
    candidate = Path(name).expanduser()
    if candidate.is_file() and candidate.parent != Path("."):
        return candidate.absolute()
    inside = folder / candidate.name
    if inside.is_file():
        return inside
    raise LibraryError(_says(QT_TRANSLATE_NOOP(
        "Errors",
        "There is no backup called %1 in %2. List the backups with photofollow backup --library ... list and "
        "give one of their names, or the path to a backup file.",
    ), candidate.name, folder))


def sessions_open(address: ServerAddress) -> list[str]:
    """The workstations (with their process) whose PhotoFollow has the library open now."""
    import json

    engine = server.create_engine(address)
    try:
        with server.server_errors(address), engine.connect() as connection:
            if not sa.inspect(connection).has_table("library_settings"):
                return []
            notes = connection.execute(
                sa.text("SELECT key, value FROM library_settings WHERE key LIKE 'session:%'")
            ).all()
            alive = []
            for key, value in notes:
                if server.session_alive(connection, key.removeprefix("session:")):
                    try:
                        note = json.loads(value)
                        alive.append(f"{note.get('workstation', '?')} (process {note.get('pid', '?')})")
                    except ValueError:
                        alive.append(key)
            connection.commit()
    finally:
        engine.dispose()
    return alive


def restore(address: ServerAddress, source: Path) -> None:
    """Put the dump `source` in place of the library's database, in one transaction (pg_restore --clean
    --if-exists --single-transaction --no-owner): on failure the database stays as it was. Then the tables and
    functions the dump does not hold are dropped: a dump made before a schema upgrade leaves the upgrade's
    objects behind (--clean drops only what the dump holds), and the upgrade `Library.open` runs next would
    meet them ("function ... already exists")."""
    program = find_program("pg_restore", server_major_version(address))
    listed = subprocess.run([str(program), "-l", str(source)], capture_output=True, text=True)
    if listed.returncode != 0:
        raise _restore_failed(source, listed)
    held = set(_TOC_ENTRY.findall(listed.stdout))
    result = subprocess.run(
        [str(program), "--clean", "--if-exists", "--single-transaction", "--no-owner",
         *_connection_arguments(address), str(source)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    if result.returncode != 0:
        raise _restore_failed(source, result)
    _drop_objects_not_in(address, held)


# A table or function of the public schema in `pg_restore -l`: "217; 1259 16398 TABLE public patients owner".
_TOC_ENTRY = re.compile(r"^\d+; \d+ \d+ (TABLE|FUNCTION) public (.+) \S+$", re.M)


def _drop_objects_not_in(address: ServerAddress, held: set[tuple[str, str]]) -> None:
    engine = server.create_engine(address)
    try:
        with server.server_errors(address), engine.connect() as connection, connection.begin():
            tables = connection.execute(sa.text(
                "SELECT c.relname, format('DROP TABLE %I.%I CASCADE', n.nspname, c.relname) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
            )).all()
            functions = connection.execute(sa.text(
                "SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', "
                "format('DROP FUNCTION %s CASCADE', p.oid::regprocedure) FROM pg_proc p "
                "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
                "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"
            )).all()
            for kind, found in (("TABLE", tables), ("FUNCTION", functions)):
                for name, drop in found:
                    if (kind, name) not in held:
                        connection.execute(sa.text(drop))
    finally:
        engine.dispose()
