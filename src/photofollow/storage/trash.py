"""The library's trash, and erasure for good.

Deleting a patient, treatment, visit or photo moves it to the trash: one `trash` row describes the deletion,
and the record with everything under it (a patient's treatments, their visits, their photos) carries that
row's id in `trash_id`, so every reader skips them and a restore clears exactly that id. Rows that were in
the trash already keep their own entry (restoring a visit does not bring back a photo deleted before it).

Emptying the trash and erasing a patient remove rows, originals, previews, thumbnails and cached measurements
for good, in an order that a crash at any point cannot undo:
1. one transaction deletes the rows and records the originals' hashes in `erasures`;
2. the same hashes are appended to `erasures.json` beside the database (written atomically), which outlives
   a database restored from a backup: restoring re-applies it, and recovery deletes (never sets aside) a
   store file whose hash it lists;
3. for an erased patient, every backup in `backups/` is rewritten without the patient (and vacuumed, so the
   freed pages keep no trace);
4. the files are removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from photofollow.storage import backups, schema, versions

if TYPE_CHECKING:
    from photofollow.storage.library import Library

KINDS = ("patient", "treatment", "visit", "photo")
ERASURES_FILE = "erasures.json"

_TABLES = {
    "patient": schema.patients,
    "treatment": schema.treatments,
    "visit": schema.visits,
    "photo": schema.photos,
}


@dataclass(frozen=True, slots=True)
class TrashEntry:
    id: int
    kind: str  # patient | treatment | visit | photo
    object_id: int
    patient_id: int | None
    deleted_at: datetime
    description: str  # what it held, in English ("visit of 2024-03-19 with 3 photos")


@dataclass(frozen=True, slots=True)
class Subtree:
    """Ids of a record and everything under it."""

    patients: tuple[int, ...] = ()
    treatments: tuple[int, ...] = ()
    visits: tuple[int, ...] = ()
    photos: tuple[int, ...] = ()


def subtree(connection: sa.Connection, kind: str, object_id: int) -> Subtree:
    """The record `kind`/`object_id` and every row under it, in or out of the trash."""
    patients: list[int] = [object_id] if kind == "patient" else []
    treatments: list[int] = [object_id] if kind == "treatment" else []
    visits: list[int] = [object_id] if kind == "visit" else []
    photos: list[int] = [object_id] if kind == "photo" else []
    if patients:
        treatments += _ids(connection, schema.treatments, schema.treatments.c.patient_id.in_(patients))
    if treatments:
        visits += _ids(connection, schema.visits, schema.visits.c.treatment_id.in_(treatments))
    if visits:
        photos += _ids(connection, schema.photos, schema.photos.c.visit_id.in_(visits))
    return Subtree(tuple(patients), tuple(treatments), tuple(visits), tuple(photos))


def _ids(connection: sa.Connection, table: sa.Table, condition) -> list[int]:
    return list(connection.execute(sa.select(table.c.id).where(condition)).scalars())


def _parts(tree: Subtree) -> Iterable[tuple[sa.Table, tuple[int, ...]]]:
    yield schema.patients, tree.patients
    yield schema.treatments, tree.treatments
    yield schema.visits, tree.visits
    yield schema.photos, tree.photos


def move_to_trash(
    library: Library,
    kind: str,
    object_id: int,
    description: str,
    patient_id: int | None,
    seen: int | None = None,
) -> int:
    """Put a record and what it holds in the trash; returns the trash entry's id. With `seen`, the record's
    version as the caller read it: EditConflict, and nothing moved, when it changed since
    (storage/versions.py)."""
    if kind not in KINDS:
        raise ValueError(f"Only {', '.join(KINDS)} go to the trash, not {kind!r}.")
    with versions.refused_when_stale(library, kind, object_id), library.transaction() as session:
        if seen is not None:
            versions.check(session, kind, object_id, seen)
        connection = session.connection()
        trash_id = connection.execute(
            sa.insert(schema.trash).values(
                deleted_at=datetime.now(UTC),
                kind=kind,
                object_id=object_id,
                patient_id=patient_id,
                description=description,
            )
        ).inserted_primary_key[0]
        for table, ids in _parts(subtree(connection, kind, object_id)):
            if ids:
                connection.execute(
                    sa.update(table)
                    .where(table.c.id.in_(ids), table.c.trash_id.is_(None))
                    .values(trash_id=trash_id)
                )
    return trash_id


def restore(library: Library, trash_id: int) -> TrashEntry | None:
    """Take an entry out of the trash with everything it held; returns the entry, None when unknown."""
    found = entry(library, trash_id)
    if found is None:
        return None
    with library.transaction() as session:
        connection = session.connection()
        for table in _TABLES.values():
            connection.execute(sa.update(table).where(table.c.trash_id == trash_id).values(trash_id=None))
        connection.execute(sa.delete(schema.trash).where(schema.trash.c.id == trash_id))
    return found


def entries(library: Library) -> list[TrashEntry]:
    """What the trash holds, newest first."""
    with library.session() as session:
        rows = session.execute(sa.select(schema.trash).order_by(schema.trash.c.id.desc())).all()
    return [_entry(row) for row in rows]


def entry(library: Library, trash_id: int) -> TrashEntry | None:
    with library.session() as session:
        row = session.execute(sa.select(schema.trash).where(schema.trash.c.id == trash_id)).first()
    return _entry(row) if row else None


def _entry(row) -> TrashEntry:
    deleted_at = row.deleted_at
    if isinstance(deleted_at, str):
        deleted_at = datetime.fromisoformat(deleted_at)
    return TrashEntry(row.id, row.kind, row.object_id, row.patient_id, deleted_at, row.description)


def trash_id_of(library: Library, kind: str, object_id: int) -> int | None:
    """The trash entry holding a record, None when it is not in the trash."""
    table = _TABLES[kind]
    with library.session() as session:
        return session.execute(sa.select(table.c.trash_id).where(table.c.id == object_id)).scalar()


# -- for good ----------------------------------------------------------------------------------------------


def empty(library: Library) -> list[str]:
    """Remove everything in the trash for good; returns the hashes of the originals removed."""
    with library.session() as session:
        connection = session.connection()
        trees = [
            subtree(connection, row.kind, row.object_id)
            for row in connection.execute(sa.select(schema.trash.c.kind, schema.trash.c.object_id))
        ]
    tree = _union(trees)
    hashes = _delete_for_good(library, tree, reference="trash")
    with library.transaction() as session:
        session.execute(sa.delete(schema.trash))
    return hashes


def erase_patient(library: Library, patient_id: int) -> list[str]:
    """Erase a patient and everything of theirs for good (the right to erasure), backups included."""
    reference = patient_reference(library, patient_id)
    with library.session() as session:
        connection = session.connection()
        tree = subtree(connection, "patient", patient_id)
        patient_row = connection.execute(
            sa.select(schema.patients.c.display_name, schema.patients.c.chart_number).where(
                schema.patients.c.id == patient_id
            )
        ).first()
    hashes = _delete_for_good(library, tree, reference=reference, always_record=True)
    with library.transaction() as session:
        session.execute(sa.delete(schema.trash).where(schema.trash.c.patient_id == patient_id))
    if patient_row is not None:
        rewrite_backups(library.folder / "backups", patient_id, patient_row, hashes)
    return hashes


def patient_reference(library: Library, patient_id: int) -> str:
    """A pseudonymous reference to a patient, stable within the library, that names nobody."""
    return hashlib.sha256(library.pseudonym_salt + f"patient:{patient_id}".encode()).hexdigest()[:16]


def _union(trees: list[Subtree]) -> Subtree:
    return Subtree(
        *(tuple(sorted({i for tree in trees for i in getattr(tree, name)})) for name in Subtree.__slots__)
    )


def _delete_for_good(library: Library, tree: Subtree, reference: str, always_record: bool = False) -> list[str]:
    """Steps 1, 2 and 4 of the module doc for the rows of `tree`."""
    photos = schema.photos
    with library.session() as session:
        files = (
            session.execute(sa.select(photos.c.sha256, photos.c.format).where(photos.c.id.in_(tree.photos))).all()
            if tree.photos
            else []
        )
    hashes = sorted(sha256 for sha256, _ in files)
    with library.transaction() as session:
        if tree.photos:
            session.execute(
                sa.delete(schema.photo_measurements).where(schema.photo_measurements.c.photo_id.in_(tree.photos))
            )
            session.execute(sa.delete(photos).where(photos.c.id.in_(tree.photos)))
        if tree.visits:
            session.execute(
                sa.delete(schema.symptom_entries).where(schema.symptom_entries.c.visit_id.in_(tree.visits))
            )
        for table, ids in (
            (schema.visits, tree.visits),
            (schema.treatments, tree.treatments),
            (schema.patients, tree.patients),
        ):
            if ids:
                session.execute(sa.delete(table).where(table.c.id.in_(ids)))
        if hashes or always_record:
            session.execute(
                sa.insert(schema.erasures).values(
                    erased_at=datetime.now(UTC), patient_reference=reference, photo_hashes=json.dumps(hashes)
                )
            )
    if hashes or always_record:
        # An erased patient is recorded even without photos, so a restore erases their rows again too.
        _append_erasure_file(library.folder, reference, hashes)
    for sha256, image_format in files:
        _remove_files(library, sha256, image_format)
    return hashes


def _append_erasure_file(folder: Path, reference: str, hashes: list[str]) -> None:
    path = folder / ERASURES_FILE
    records = read_erasures(folder)
    records.append(
        {"erased_at": datetime.now(UTC).isoformat(timespec="seconds"), "patient_reference": reference,
         "photo_hashes": hashes}
    )
    temporary = path.with_name(f".{path.name}.part")
    with open(temporary, "w", encoding="utf-8") as stream:
        json.dump(records, stream, indent=1)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def read_erasures(folder: Path) -> list[dict]:
    """The erasures recorded beside the database (see the module doc), oldest first."""
    path = folder / ERASURES_FILE
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def erased_hashes(folder: Path) -> set[str]:
    return {sha256 for record in read_erasures(folder) for sha256 in record.get("photo_hashes", [])}


def _remove_files(library: Library, sha256: str, image_format: str) -> None:
    for path in (
        library.store.path_for(sha256, image_format),
        library.preview_path(sha256),
        library.thumbnail_path(sha256),
    ):
        try:
            os.chmod(path, 0o600)  # originals are read-only in the store
            path.unlink()
        except FileNotFoundError:
            pass


def rewrite_backups(folder: Path, patient_id: int, patient_row, hashes: list[str]) -> list[Path]:
    """Remove an erased patient from every backup (matched by id, name and chart number, so another
    patient who later took the same id is never touched), then vacuum each backup; returns those changed."""
    changed = []
    for backup in backups.list_backups(folder):
        connection = sqlite3.connect(backup.path)
        try:
            found = connection.execute(
                "SELECT 1 FROM patients WHERE id = ? AND display_name = ? AND chart_number IS ?",
                (patient_id, patient_row.display_name, patient_row.chart_number),
            ).fetchone()
            marks = ",".join("?" * len(hashes))
            photo_ids = [
                row[0]
                for row in connection.execute(f"SELECT id FROM photos WHERE sha256 IN ({marks})", hashes)
            ] if hashes else []
            if not found and not photo_ids:
                continue
            with connection:
                connection.execute("PRAGMA foreign_keys = OFF")
                if photo_ids:
                    id_marks = ",".join("?" * len(photo_ids))
                    connection.execute(f"DELETE FROM photo_measurements WHERE photo_id IN ({id_marks})", photo_ids)
                    connection.execute(f"DELETE FROM photos WHERE id IN ({id_marks})", photo_ids)
                if found:
                    treatments = "SELECT id FROM treatments WHERE patient_id = ?"
                    visits = f"SELECT id FROM visits WHERE treatment_id IN ({treatments})"
                    connection.execute(f"DELETE FROM photo_measurements WHERE photo_id IN "
                                       f"(SELECT id FROM photos WHERE visit_id IN ({visits}))", (patient_id,))
                    connection.execute(f"DELETE FROM photos WHERE visit_id IN ({visits})", (patient_id,))
                    connection.execute(f"DELETE FROM symptom_entries WHERE visit_id IN ({visits})", (patient_id,))
                    connection.execute(f"DELETE FROM visits WHERE treatment_id IN ({treatments})", (patient_id,))
                    connection.execute("DELETE FROM treatments WHERE patient_id = ?", (patient_id,))
                    connection.execute("DELETE FROM patients WHERE id = ?", (patient_id,))
            connection.execute("VACUUM")
            changed.append(backup.path)
        finally:
            connection.close()
    return changed
