"""Integrity of a library: every original hashes to its name, every row has its file, the database sound."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import sqlalchemy as sa

from photofollow.domain.errors import LibraryDamaged
from photofollow.storage import schema, server
from photofollow.storage.library import ORPHANS, Library
from photofollow.storage.store import file_sha256


class ProblemKind(enum.StrEnum):
    DATABASE = "database"  # PRAGMA integrity_check
    FOREIGN_KEY = "foreign-key"  # a row that refers to a missing row
    MISSING_FILE = "missing-file"  # a photo row whose original is not in the store
    DAMAGED_FILE = "damaged-file"  # an original whose bytes no longer hash to its name
    UNREADABLE_FILE = "unreadable-file"
    UNCLAIMED_FILE = "unclaimed-file"  # a file in the store that no row claims
    PENDING_IMPORT = "pending-import"  # an import journal entry that recovery did not settle


@dataclass(frozen=True, slots=True)
class Problem:
    kind: ProblemKind
    message: str  # one line for a person
    path: Path | None = None
    photo_id: int | None = None


@dataclass
class VerifyReport:
    photos_checked: int = 0
    files_hashed: int = 0
    problems: list[Problem] = field(default_factory=list)
    readable: bool = True  # False when the database was too damaged to read its records
    set_aside_files: int = 0  # files in orphans/ (not a problem: recovery put them there for a person to see)

    @property
    def ok(self) -> bool:
        return not self.problems


class _Row(NamedTuple):
    id: int | None
    sha256: str
    format: str
    original_name: str


# Called with (files done, files in all, current file) while hashing.
VerifyProgress = Callable[[int, int, Path | None], None]


def verify(library: Library, progress: VerifyProgress | None = None) -> VerifyReport:
    """Check the whole library; read-only (run `Library.recover()` first to settle interrupted imports)."""
    report = VerifyReport()
    try:
        with library.engine.connect() as connection:
            shared = library.is_shared  # a server checks its own pages and enforces its foreign keys
            for (line,) in [] if shared else connection.exec_driver_sql("PRAGMA integrity_check"):
                if line != "ok":
                    report.problems.append(Problem(ProblemKind.DATABASE, f"Database: {line}"))
            checks = [] if shared else connection.exec_driver_sql("PRAGMA foreign_key_check")
            for table, rowid, parent, _ in checks:
                report.problems.append(
                    Problem(
                        ProblemKind.FOREIGN_KEY,
                        f"Database: row {rowid} of {table} refers to a missing {parent} row",
                    )
                )
            pending = connection.execute(
                sa.select(schema.pending_imports.c.sha256, schema.pending_imports.c.owner)
            ).all()
            # On a shared library another workstation may be importing right now: not a problem.
            in_flight = {
                sha256
                for sha256, owner in pending
                if shared and owner is not None and server.session_alive(connection, owner)
            }
            rows = connection.execute(
                sa.select(
                    schema.photos.c.id,
                    schema.photos.c.sha256,
                    schema.photos.c.format,
                    schema.photos.c.original_name,
                ).order_by(schema.photos.c.id)
            ).all()
            unfiled = connection.execute(
                sa.select(schema.unfiled_photos.c.sha256, schema.unfiled_photos.c.format)
            ).all()
    except LibraryDamaged as error:
        # Too damaged to read the records: say so (the sentence offers the restore), never a traceback.
        report.problems.append(Problem(ProblemKind.DATABASE, str(error)))
        report.readable = False
        return report
    rows = list(rows) + [_Row(None, sha256, fmt, f"unfiled photo {sha256[:12]}") for sha256, fmt in unfiled]
    for sha256, _owner in pending:
        if sha256 in in_flight:
            continue
        report.problems.append(
            Problem(ProblemKind.PENDING_IMPORT, f"An interrupted import of {sha256[:12]}… was not settled")
        )

    expected: set[Path] = set()
    total = len(rows)
    for index, row in enumerate(rows):
        path = library.store.path_for(row.sha256, row.format)
        expected.add(path)
        report.photos_checked += 1
        if progress is not None:
            progress(index, total, path)
        if not path.is_file():
            what = f"photo {row.id} ({row.original_name})" if row.id is not None else row.original_name
            report.problems.append(
                Problem(
                    ProblemKind.MISSING_FILE,
                    f"Missing file: {what} should be at {path}; import that photo again to put it back",
                    path,
                    row.id,
                )
            )
            continue
        try:
            actual = file_sha256(path)
        except OSError as error:
            report.problems.append(
                Problem(
                    ProblemKind.UNREADABLE_FILE, f"Unreadable file: {path} ({error.strerror})", path, row.id
                )
            )
            continue
        report.files_hashed += 1
        if actual != row.sha256:
            report.problems.append(
                Problem(
                    ProblemKind.DAMAGED_FILE,
                    f"Damaged file: {path} (photo {row.id}, {row.original_name}) no longer matches its hash; "
                    "import that photo again to put it back",
                    path,
                    row.id,
                )
            )
    if progress is not None:
        progress(total, total, None)

    if in_flight:
        expected |= {path for sha256 in in_flight for path in library.claimed_paths(sha256)}
    for path in library.store.iter_files():
        if path not in expected:
            report.problems.append(
                Problem(
                    ProblemKind.UNCLAIMED_FILE, f"Unclaimed file: {path} belongs to no photo record", path
                )
            )
    orphans = library.folder / ORPHANS
    if orphans.is_dir():
        report.set_aside_files = sum(1 for entry in orphans.iterdir() if entry.is_file())
    return report
