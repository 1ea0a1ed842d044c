"""Row versions: an edit made from a record as it was read is refused when the record changed since.

Several workstations share a library (a PostgreSQL server; on a folder library, PhotoFollows taking turns),
and a window shows a record for as long as a person looks at it. Each record a person edits (patient,
treatment, visit, symptom entry, visit assessment, photo) carries `row_version` (domain/model.py): storage
counts it up with every change (SQLAlchemy's version_id_col, storage/schema.py), and every UPDATE or DELETE
names the version it read, so a change made meanwhile makes the write touch no row. A write from an older
version is refused with `EditConflict`, whose sentence says who changed the record, on which workstation and
when (the `changed_by`, `changed_workstation` and `changed_at` columns, stamped at every flush); nothing is
silently overwritten, and nothing of the refused edit is saved.

A visit's symptom log is edited with the visit (the visit window): changing the log counts the visit's
version up too, so a log changed on another workstation refuses the visit saved from an older window.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from photofollow.domain.assessment import VisitAssessment
from photofollow.domain.errors import EditConflict
from photofollow.domain.model import Patient, Photo, SymptomEntry, Treatment, Visit
from photofollow.domain.text import QT_TRANSLATE_NOOP, Day, Phrase
from photofollow.storage import schema

if TYPE_CHECKING:
    from photofollow.storage.library import Library

VERSIONED = (Patient, Treatment, Visit, SymptomEntry, Photo, VisitAssessment)
Versioned = TypeVar("Versioned", Patient, Treatment, Visit, SymptomEntry, Photo, VisitAssessment)
KINDS = {
    Patient: "patient",
    Treatment: "treatment",
    Visit: "visit",
    SymptomEntry: "symptom",
    Photo: "photo",
    VisitAssessment: "assessment",
}
_TABLES = {
    "patient": schema.patients,
    "treatment": schema.treatments,
    "visit": schema.visits,
    "symptom": schema.symptom_entries,
    "photo": schema.photos,
    "assessment": schema.visit_assessments,
}


def _key(table: sa.Table) -> sa.Column:
    return table.c.visit_id if table is schema.visit_assessments else table.c.id


# -- stamping who changed what ------------------------------------------------------------------------------


def default_editor() -> tuple[str, str]:
    """(who, workstation) when no one is signed in: the computer's login and its name."""
    try:
        name = getpass.getuser()
    except Exception:  # no login name in some containers and services
        name = ""
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return name, host


def install(sessions: sessionmaker, editor: Callable[[], tuple[str, str]]) -> None:
    """Stamp every versioned record a flush of these sessions inserts or changes with `editor()` (who,
    workstation) and the time in UTC."""

    @event.listens_for(sessions, "before_flush")
    def _stamp(session: Session, _context: Any, _instances: Any) -> None:
        touched = [
            entity
            for entity in (*session.new, *session.dirty)
            if isinstance(entity, VERSIONED) and (entity in session.new or session.is_modified(entity))
        ]
        if not touched:
            return
        name, workstation = editor()
        now = datetime.now(UTC)
        for entity in touched:
            entity._changed_by = name
            entity._changed_workstation = workstation
            entity._changed_at = now


def touch(entity: Patient | Treatment | Visit | SymptomEntry | Photo | VisitAssessment) -> None:
    """Count a record's version up although none of its own fields changed (a visit whose symptom log did)."""
    entity._changed_at = datetime.now(UTC)


# -- refusing stale writes ----------------------------------------------------------------------------------


class Stale(Exception):
    """Raised inside a transaction when a record is not at the version the edit was read from (or is gone);
    `refused_when_stale` rolls the transaction back and turns it into an EditConflict."""

    def __init__(self, kind: str, record_id: int):
        super().__init__(f"{kind} {record_id} changed")
        self.kind = kind
        self.record_id = record_id


def check(session: Session, kind: str, record_id: int, seen: int | None) -> None:
    """Raise Stale unless the record is there and, when `seen` is given, still at version `seen`."""
    table = _TABLES[kind]
    current = session.execute(sa.select(table.c.row_version).where(_key(table) == record_id)).scalar()
    if current is None or (seen is not None and current != seen):
        raise Stale(kind, record_id)


@contextmanager
def refused_when_stale(library: Library, kind: str, record_id: int) -> Iterator[None]:
    """Around one transaction writing record `kind`/`record_id`: a stale write (StaleDataError from the ORM,
    or `Stale`) is raised as an EditConflict naming who changed it since. Wrap the transaction, so the
    sentence is read after the rollback."""
    try:
        yield
    except Stale as stale:
        raise conflict(library, stale.kind, stale.record_id) from stale
    except StaleDataError as error:
        raise conflict(library, kind, record_id) from error


# -- the sentence --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stamp:
    """A record's version and who changed it last, where and when (UTC; None when not known)."""

    row_version: int
    changed_by: str
    changed_workstation: str
    changed_at: datetime | None


def stamp(library: Library, kind: str, record_id: int) -> Stamp | None:
    """The record's current stamp, None when it is no longer in the library."""
    table = _TABLES[kind]
    columns = (table.c.row_version, table.c.changed_by, table.c.changed_workstation, table.c.changed_at)
    with library.session() as session:
        row = session.execute(sa.select(*columns).where(_key(table) == record_id)).first()
    return None if row is None else Stamp(*row)


def conflict(library: Library, kind: str, record_id: int) -> EditConflict:
    """The refusal of an edit of record `kind`/`record_id` that changed (or went) since it was read."""
    what = describe(library, kind, record_id)
    found = stamp(library, kind, record_id)
    if found is None:
        sentence = Phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 was removed from the library after you opened it; your change was not saved.",
            ),
            (what,),
        )
    elif found.changed_by and found.changed_at is not None:
        local = found.changed_at.astimezone()
        if found.changed_workstation:
            sentence = Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "%1 was changed on %2 by %3 (%4, %5) after you opened it; your change was not saved.",
                ),
                (what, found.changed_workstation, found.changed_by, Day(local.date()), f"{local:%H:%M}"),
            )
        else:
            sentence = Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "%1 was changed by %2 (%3, %4) after you opened it; your change was not saved."
                ),
                (what, found.changed_by, Day(local.date()), f"{local:%H:%M}"),
            )
    else:
        sentence = Phrase(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "%1 was changed after you opened it; your change was not saved."),
            (what,),
        )
    return EditConflict(sentence, kind=kind, record_id=record_id)


def describe(library: Library, kind: str, record_id: int) -> Phrase:
    """The record as the sentence names it: "The visit of 2026-03-12" (a date in the user's format)."""
    t, v, p, s = schema.treatments, schema.visits, schema.photos, schema.symptom_entries
    queries = {
        "patient": sa.select(schema.patients.c.display_name).where(schema.patients.c.id == record_id),
        "treatment": sa.select(t.c.performed_at).where(t.c.id == record_id),
        "visit": sa.select(v.c.visited_at).where(v.c.id == record_id),
        "photo": sa.select(p.c.original_name).where(p.c.id == record_id),
        "symptom": sa.select(v.c.visited_at).join(s, s.c.visit_id == v.c.id).where(s.c.id == record_id),
        "assessment": sa.select(v.c.visited_at).where(v.c.id == record_id),
    }
    with library.session() as session:
        value = session.execute(queries[kind]).scalar()
    named = {
        "patient": QT_TRANSLATE_NOOP("Errors", "The patient %1"),
        "treatment": QT_TRANSLATE_NOOP("Errors", "The treatment of %1"),
        "visit": QT_TRANSLATE_NOOP("Errors", "The visit of %1"),
        "photo": QT_TRANSLATE_NOOP("Errors", "The photo %1"),
        "symptom": QT_TRANSLATE_NOOP("Errors", "The symptom log of the visit of %1"),
        "assessment": QT_TRANSLATE_NOOP("Errors", "The assessment of the visit of %1"),
    }
    if value is None:
        unnamed = {
            "patient": QT_TRANSLATE_NOOP("Errors", "The patient"),
            "treatment": QT_TRANSLATE_NOOP("Errors", "The treatment"),
            "visit": QT_TRANSLATE_NOOP("Errors", "The visit"),
            "photo": QT_TRANSLATE_NOOP("Errors", "The photo"),
            "symptom": QT_TRANSLATE_NOOP("Errors", "The symptom entry"),
            "assessment": QT_TRANSLATE_NOOP("Errors", "The assessment"),
        }
        return Phrase("Errors", unnamed[kind])
    if isinstance(value, datetime):
        value = Day(value.date())
    return Phrase("Errors", named[kind], (value,))


# -- writing -------------------------------------------------------------------------------------------------


def update(library: Library, entity: Versioned) -> Versioned:
    """Write an edited record that was read at `entity.row_version`; returns it as saved (its new version).
    Refused with EditConflict when the record changed or went since (nothing is written)."""
    kind = KINDS[type(entity)]
    record_id = entity.visit_id if isinstance(entity, VisitAssessment) else entity.id
    with refused_when_stale(library, kind, record_id), library.transaction() as session:
        check(session, kind, record_id, entity.row_version)
        saved = session.merge(entity)
    entity.row_version = saved.row_version  # the caller's record is the one saved now
    return saved


def save_visit(library: Library, visit: Visit, symptoms: list[SymptomEntry] | None) -> Visit:
    """Write a visit read at `visit.row_version` and, with `symptoms`, make its symptom log exactly those
    entries, in one transaction. Refused with EditConflict when the visit, its log or an entry changed
    since; a changed log counts the visit's version up."""
    with refused_when_stale(library, "visit", visit.id), library.transaction() as session:
        check(session, "visit", visit.id, visit.row_version)
        saved = session.merge(visit)
        log_changed = symptoms is not None and _replace_log(session, visit.id, symptoms)
        if log_changed and not session.is_modified(saved):
            touch(saved)
    visit.row_version = saved.row_version
    return saved


def replace_log(library: Library, visit_id: int, entries: list[SymptomEntry]) -> None:
    """Make a visit's symptom log exactly `entries` (no version of the visit known: a new visit's log)."""
    with refused_when_stale(library, "visit", visit_id), library.transaction() as session:
        _replace_log(session, visit_id, entries)


def _replace_log(session: Session, visit_id: int, entries: list[SymptomEntry]) -> bool:
    """New entries added, kept ones saved from the version they were read at (Stale otherwise), the others
    deleted; returns whether the log changed."""
    kept = {entry.id for entry in entries if entry.id is not None}
    changed = False
    existing = {
        entry.id: entry
        for entry in session.scalars(sa.select(SymptomEntry).where(SymptomEntry.visit_id == visit_id))
    }
    for entry_id, entry in existing.items():
        if entry_id not in kept:
            session.delete(entry)
            changed = True
    for entry in entries:
        entry.visit_id = visit_id
        if entry.id is None:
            session.add(entry)
            changed = True
            continue
        if entry.id not in existing or existing[entry.id].row_version != entry.row_version:
            raise Stale("symptom", entry.id)
        session.merge(entry)
        changed = changed or session.is_modified(existing[entry.id])
    return changed
