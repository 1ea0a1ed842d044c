"""The audit trail as the clinic uses it: record who did what to which patient, read it, check it.

`record` appends one entry (who, when in UTC and local time, which workstation, which patient by pseudonymous
reference, what action, which objects) to the library's hash chain (storage/audit.py). Services call it
themselves, so the program and the command line leave the same trail; `audited` wraps a service function
that returns what it changed (a Correction or Changes) to check the permission first and record after.
"""

from __future__ import annotations

import csv
import enum
import functools
import io
import json
import socket
import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, TypeVar

from photofollow.domain.errors import LibraryReadOnly
from photofollow.services.changes import Changes
from photofollow.services.users import Permission, current_user, require
from photofollow.storage import audit as audit_store
from photofollow.storage.audit import AuditEntry, ChainBreak
from photofollow.storage.library import Library
from photofollow.storage.trash import patient_reference

__all__ = ["Action", "AuditEntry", "ChainBreak", "audited", "entries", "record", "verify"]


class Action(enum.StrEnum):
    SIGN_IN = "sign-in"
    SIGN_IN_FAILED = "sign-in-failed"
    SIGN_OUT = "sign-out"
    LOCK = "lock"
    OPEN_TIMELINE = "open-timeline"
    OPEN_COMPARISON = "open-comparison"
    EXPORT = "export"
    PRINT = "print"
    IMPORT = "import"
    EDIT = "edit"
    MOVE = "move"
    DELETE = "delete"
    RESTORE = "restore"
    EMPTY_TRASH = "empty-trash"
    ERASE = "erase"
    ASSESS = "assess"
    CONSENT_ADD = "consent-add"
    CONSENT_WITHDRAW = "consent-withdraw"
    USER_ADD = "user-add"
    USER_DISABLE = "user-disable"
    USER_ENABLE = "user-enable"
    USER_PASSWORD = "user-password"
    SETTINGS = "settings"
    AUDIT_EXPORT = "audit-export"
    BACKUP = "backup"  # the whole database copied out (a backup file, a dump)
    RESTORE_BACKUP = "restore-backup"  # the database put back from a backup: recorded in the restored trail
    MOVE_LIBRARY = "move-library"  # a folder library moved to a server: recorded in the new library


def workstation() -> str:
    try:
        return socket.gethostname()
    except OSError:
        return ""


def record(
    library: Library,
    action: Action,
    *,
    patient_id: int | None = None,
    objects: Iterable[str] = (),
    detail: str = "",
    user_name: str | None = None,
    at: datetime | None = None,
) -> int | None:
    """Append an entry by the signed-in user (`user_name` overrides: a failed sign-in names who tried).
    Returns the entry's id, or None when the library cannot be written at all (a read-only disk)."""
    if user_name is None:
        user = current_user(library)
        user_name = user.name if user is not None else _login()
    try:
        return audit_store.append(
            library,
            at=at or datetime.now().astimezone(),
            workstation=workstation(),
            user_name=user_name,
            action=Action(action).value,
            patient_reference=patient_reference(library, patient_id) if patient_id is not None else None,
            objects=tuple(objects),
            detail=detail,
        )
    except (sqlite3.OperationalError, LibraryReadOnly):
        # A library read on a read-only disk: nothing can be written there, the trail included.
        return None


def _login() -> str:
    """In a library without users: the computer's login, marked as such."""
    import getpass

    try:
        return f"({getpass.getuser()})"
    except Exception:
        return ""


def objects_of(changes: Changes) -> list[str]:
    return [
        *(f"treatment:{i}" for i in sorted(changes.treatments)),
        *(f"visit:{i}" for i in sorted(changes.visits)),
        *(f"photo:{i}" for i in sorted(changes.photos)),
    ]


def record_changes(library: Library, action: Action, changes: Changes, detail: str = "") -> None:
    """One entry per patient a change touched (a move between two patients names both)."""
    objects = objects_of(changes)
    for patient_id in sorted(changes.patients) or [None]:
        record(library, action, patient_id=patient_id, objects=objects, detail=detail)


def record_import(library: Library, visit: Any, photo_ids: Iterable[int]) -> None:
    """An import into `visit` (None when no file reached a visit): the photos it added."""
    from photofollow.domain.model import Treatment

    photo_ids = sorted(photo_ids)
    if visit is None and not photo_ids:
        return
    treatment = library.get(Treatment, visit.treatment_id) if visit is not None else None
    record(
        library,
        Action.IMPORT,
        patient_id=treatment.patient_id if treatment is not None else None,
        objects=[*([f"visit:{visit.id}"] if visit is not None else []), *(f"photo:{i}" for i in photo_ids)],
    )


Service = TypeVar("Service", bound=Callable[..., Any])


def audited(action: Action, permission: Permission) -> Callable[[Service], Service]:
    """Wrap a service `f(library, ...)` returning a Correction, Changes, or (thing, Changes): the signed-in
    user's role is checked first (whoever calls), and what it changed is recorded after."""

    def wrap(service: Service) -> Service:
        @functools.wraps(service)
        def run(library: Library, *args: Any, **kwargs: Any) -> Any:
            require(library, permission)
            result = service(library, *args, **kwargs)
            changes = getattr(result, "changes", result)
            if isinstance(result, tuple):
                changes = next((part for part in result if isinstance(part, Changes)), Changes())
            if isinstance(changes, Changes):
                record_changes(library, action, changes, detail=service.__name__.replace("_", " "))
            return result

        return run  # type: ignore[return-value]

    return wrap


# -- reading and checking -----------------------------------------------------------------------------------


def entries(
    library: Library,
    *,
    patient_id: int | None = None,
    since: datetime | None = None,
    user_name: str | None = None,
    action: str | None = None,
) -> list[AuditEntry]:
    """The trail, oldest first, for an administrator or a physician; filtered by patient, time, user and
    action."""
    require(library, Permission.AUDIT)
    return audit_store.entries(
        library,
        patient_reference=patient_reference(library, patient_id) if patient_id is not None else None,
        since_utc=since,
        user_name=user_name,
        action=action,
    )


def erased_patients_entries(library: Library, reference: str) -> list[AuditEntry]:
    """The entries of a patient known only by their pseudonymous reference (after an erasure)."""
    require(library, Permission.AUDIT)
    return audit_store.entries(library, patient_reference=reference)


def verify(library: Library) -> tuple[int, ChainBreak | None]:
    """(entries checked, the first break or None). Anyone may check that the chain is intact."""
    return audit_store.verify(library)


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    """One entry as `audit --json` gives it (a contract: extend, never rename)."""
    return {
        "id": entry.id,
        "at_utc": entry.at_utc.isoformat(),
        "at_local": entry.at_local.isoformat(),
        "workstation": entry.workstation,
        "user": entry.user_name,
        "action": entry.action,
        "patient_reference": entry.patient_reference,
        "objects": list(entry.objects),
        "detail": entry.detail,
        "hash": entry.entry_hash,
    }


CSV_COLUMNS = (
    "id",
    "at_utc",
    "at_local",
    "workstation",
    "user",
    "action",
    "patient_reference",
    "objects",
    "detail",
    "hash",
)


def entries_csv(found: Iterable[AuditEntry]) -> str:
    """The entries as CSV (a patient's access log for a subject-access request)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in found:
        row = entry_json(entry)
        row["objects"] = " ".join(entry.objects)
        writer.writerow([row[column] for column in CSV_COLUMNS])
    return out.getvalue()


def entries_json(found: Iterable[AuditEntry]) -> str:
    return json.dumps({"entries": [entry_json(entry) for entry in found]}, ensure_ascii=False, indent=1)
