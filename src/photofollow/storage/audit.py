"""The audit trail's rows: appended with the hash of the entry before them, read back, and checked.

Each entry's `entry_hash` is SHA-256 over its own fields and the previous entry's hash (the first entry
follows `GENESIS`), and the library's settings keep the last entry's id and hash (`audit_head`). So a changed
entry breaks its own hash, a deleted one breaks the next entry's link, an inserted one breaks its own link,
and entries cut off the end no longer reach the head. `verify` names the first entry where the chain breaks.

Entries name a patient only by the pseudonymous reference of storage.trash.patient_reference: erasing a
patient leaves the trail (and its chain) as it was, as the law asks the log to outlive the record.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from photofollow.storage.server import AUDIT_LOCK

if TYPE_CHECKING:
    from photofollow.storage.library import Library

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
_FIELDS = (
    "id, at_utc, at_local, workstation, user_name, action, patient_reference, objects, detail, "
    "previous_hash, entry_hash"
)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at_utc: datetime
    at_local: datetime  # the workstation's wall clock, with its offset
    workstation: str
    user_name: str
    action: str
    patient_reference: str | None
    objects: tuple[str, ...]
    detail: str
    previous_hash: str
    entry_hash: str


def entry_hash(entry_id: int, fields: tuple[str, ...], previous_hash: str) -> str:
    """The hash an entry must carry: its id, its fields in column order, and the previous entry's hash."""
    text = "\x1f".join((str(entry_id), *fields, previous_hash))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


Execute = Callable[[str, tuple], Any]  # runs one SQL statement with parameters; the result has fetchone()


def append_with(
    execute: Execute,
    *,
    at: datetime,
    workstation: str,
    user_name: str,
    action: str,
    patient_reference: str | None,
    objects: tuple[str, ...] = (),
    detail: str = "",
) -> int:
    """Append one entry inside the caller's transaction; returns its id."""
    last = execute("SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1", ()).fetchone()
    entry_id, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    fields = (
        at.astimezone(UTC).isoformat(timespec="microseconds"),
        at.astimezone().isoformat(timespec="microseconds"),
        workstation,
        user_name,
        action,
        patient_reference or "",
        json.dumps(list(objects)),
        detail,
    )
    digest = entry_hash(entry_id, fields, previous)
    execute(
        f"INSERT INTO audit_log ({_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, *fields[:5], patient_reference, *fields[6:], previous, digest),
    )
    execute(
        "INSERT INTO library_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (HEAD_KEY, f"{entry_id}:{digest}"),
    )
    return entry_id


def append(library: Library, **entry: Any) -> int:
    """Append one entry to the library's trail (see `append_with` for the fields).

    A folder library opened for reading only (beside another PhotoFollow that holds it) is appended to
    through a connection of its own, as SQLite lets two programs take turns writing; a library that cannot be
    written at all (a read-only disk) raises sqlite3.Error, for the caller to decide. A server library opened
    for reading appends in a transaction that asks to write.
    """
    if library.writable or library.is_shared:
        with library.transaction() as session:
            connection = session.connection()
            if library.is_shared:
                if not library.writable:
                    # Opened for reading (a timeline on the command line): what it saw is still recorded.
                    connection.exec_driver_sql("SET TRANSACTION READ WRITE")
                # Several workstations append at once: one at a time, so each links to the true last entry.
                connection.execute(sa.select(sa.func.pg_advisory_xact_lock(AUDIT_LOCK)))
            return append_with(
                lambda sql, params: connection.exec_driver_sql(_driver_sql(sql, library), params), **entry
            )
    connection = sqlite3.connect(library.database_path, timeout=30, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            entry_id = append_with(connection.execute, **entry)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        return entry_id
    finally:
        connection.close()


def _entry(row: tuple) -> AuditEntry:
    return AuditEntry(
        id=row[0],
        at_utc=datetime.fromisoformat(row[1]),
        at_local=datetime.fromisoformat(row[2]),
        workstation=row[3],
        user_name=row[4],
        action=row[5],
        patient_reference=row[6] or None,
        objects=tuple(json.loads(row[7])),
        detail=row[8],
        previous_hash=row[9],
        entry_hash=row[10],
    )


def _driver_sql(sql: str, library: Library) -> str:
    """The statement in the driver's parameter style: sqlite3 takes `?`, psycopg `%s`."""
    return sql.replace("?", "%s") if library.is_shared else sql


@contextmanager
def _read_connection(library: Library) -> Iterator[Any]:
    """A connection of the driver's own (sqlite3 or psycopg), both of which have execute(sql, params)."""
    if library.database_path is None:
        raw = library.engine.raw_connection()
        try:
            yield raw.driver_connection
        finally:
            raw.close()
        return
    connection = sqlite3.connect(f"{library.database_path.as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        yield connection
    finally:
        connection.close()


def entries(
    library: Library,
    *,
    patient_reference: str | None = None,
    since_utc: datetime | None = None,
    user_name: str | None = None,
    action: str | None = None,
) -> list[AuditEntry]:
    """The entries, oldest first, filtered by patient reference, time (UTC), user and action."""
    clauses, params = [], []
    if patient_reference is not None:
        clauses.append("patient_reference = ?")
        params.append(patient_reference)
    if since_utc is not None:
        clauses.append("at_utc >= ?")
        params.append(since_utc.astimezone(UTC).isoformat(timespec="microseconds"))
    if user_name is not None:
        clauses.append("user_name = ?")
        params.append(user_name)
    if action is not None:
        clauses.append("action = ?")
        params.append(action)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    with _read_connection(library) as connection:
        sql = _driver_sql(f"SELECT {_FIELDS} FROM audit_log{where} ORDER BY id", library)
        rows = connection.execute(sql, params).fetchall()
    return [_entry(row) for row in rows]


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """Where the chain first breaks: the entry's id (or the position where one is missing) and why."""

    entry_id: int
    reason: str  # changed | removed | inserted


def _rows(connection: Any, batch: int = 20_000) -> Iterator[tuple]:
    cursor = connection.execute(f"SELECT {_FIELDS} FROM audit_log ORDER BY id")
    while rows := cursor.fetchmany(batch):
        yield from rows


def verify(library: Library) -> tuple[int, ChainBreak | None]:
    """(entries checked, the first break or None when the chain is intact up to the recorded head)."""
    with _read_connection(library) as connection:
        head = connection.execute(
            _driver_sql("SELECT value FROM library_settings WHERE key = ?", library), (HEAD_KEY,)
        ).fetchone()
        head_id = int(head[0].partition(":")[0]) if head is not None else 0
        previous, expected_id, checked = GENESIS, 1, 0
        for row in _rows(connection):
            entry_id, stored_previous, stored_hash = row[0], row[9], row[10]
            if entry_id > head_id:  # after the last entry PhotoFollow wrote
                return checked, ChainBreak(entry_id, "inserted" if entry_id == expected_id else "removed")
            fields = (row[1], row[2], row[3], row[4], row[5], row[6] or "", row[7], row[8])
            if stored_previous != previous:
                # A link that does not follow: an entry before it was removed, or this one was put in.
                reason = "removed" if entry_id > expected_id else "inserted"
                return checked, ChainBreak(entry_id, reason)
            if entry_id != expected_id or entry_hash(entry_id, fields, stored_previous) != stored_hash:
                return checked, ChainBreak(entry_id, "changed")
            previous, expected_id, checked = stored_hash, entry_id + 1, checked + 1
    if head is not None:
        head_hash, last_id = head[0].partition(":")[2], expected_id - 1
        if head_id > last_id:  # entries cut off the end: the first missing one
            return checked, ChainBreak(expected_id, "removed")
        if head_hash != previous:
            return checked, ChainBreak(last_id, "changed")
    return checked, None
