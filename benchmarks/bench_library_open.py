"""Opening a large library: after a clean close and after a crash (issue 11).

A library of 101,175 photo rows, each with a (tiny) file in the store, built directly in SQLite:
- `open_clean_ms`: `Library.open` after a clean close (median of 3), SQLite's quick check included.
- `open_after_crash_ms`: the same when the lock file says the last session never closed (median of 3):
  start-up recovery settles only the incoming folder and pending imports, and the scan for unclaimed files
  runs on a thread of its own (target: about `open_clean_ms`; it was 3.3 s against 23 ms before).
- `unclaimed_scan_s`: how long that background scan takes to walk the whole store.
- `quick_check_ms`: SQLite's quick check alone, the part of `open_clean_ms` that detects a damaged database.
"""

from __future__ import annotations

import hashlib
import sqlite3
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from bench_common import BenchContext

PHOTOS = 101_175


def _build(folder: Path) -> None:
    from photofollow.domain.model import Area, Patient, Treatment, Visit, VisitKind
    from photofollow.storage.library import Library

    with Library.open(folder, create=True) as library:
        patient = library.add(Patient("Benchmark"))
        moment = datetime(2024, 1, 1, tzinfo=UTC)
        treatment = library.add(Treatment(patient.id, moment, Area.FACE))
        visit = library.add(Visit(treatment.id, VisitKind.BASELINE, moment))
        store = library.store
    connection = sqlite3.connect(folder / "library.sqlite3")
    rows = []
    for index in range(PHOTOS):
        sha256 = hashlib.sha256(str(index).encode()).hexdigest()
        rows.append((visit.id, sha256, f"IMG_{index}.JPG", "/card/DCIM", 5_000_000, "other",
                     "2024-01-01T10:00:00.000000+00:00", 6000, 4000, "JPEG"))  # fmt: skip
        path = store.path_for(sha256, "JPEG")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    connection.executemany(
        "INSERT INTO photos (visit_id, sha256, original_name, original_folder, file_size, view, imported_at,"
        " width, height, format) VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    connection.commit()
    connection.close()


def run(context: BenchContext) -> dict[str, float]:
    from photofollow.storage.library import Library

    folder = context.scratch / "large-library"
    _build(folder)
    Library.open(folder).close()  # warm: the daily backup of today is made once
    clean, crashed, scans = [], [], []
    for _ in range(3):
        started = time.perf_counter()
        library = Library.open(folder)
        clean.append(time.perf_counter() - started)
        library.close()
    for _ in range(3):
        (folder / "library.lock").write_text("open 1\n")
        started = time.perf_counter()
        library = Library.open(folder)
        crashed.append(time.perf_counter() - started)
        library.wait_for_unclaimed_scan()
        scans.append(time.perf_counter() - started)
        library.close()
    connection = sqlite3.connect(folder / "library.sqlite3")
    started = time.perf_counter()
    connection.execute("PRAGMA quick_check").fetchall()
    quick = time.perf_counter() - started
    connection.close()
    return {
        "open_clean_ms": round(statistics.median(clean) * 1000, 1),
        "open_after_crash_ms": round(statistics.median(crashed) * 1000, 1),
        "unclaimed_scan_s": round(statistics.median(scans), 2),
        "quick_check_ms": round(quick * 1000, 1),
    }
