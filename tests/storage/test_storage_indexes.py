"""A patient's record and timeline read photos through the patient's visits, never by the trash column.

Nearly every row is out of the trash: an index on `trash_id` that `trash_id IS NULL` could use made a planner
without statistics (SQLite's) walk every photo of the library for one patient, 40-70 ms at 100,000 photos
(benchmarks/bench_server.py, `timeline_ms_100k`). Migration 0009 keeps only the rows in the trash in those
indexes. Here the statements the record and the timeline really send are explained by the database itself.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from storage_helpers import CET

from photofollow.domain.model import Patient, Visit, VisitKind
from photofollow.services.library import timeline
from photofollow.storage import schema

pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server


def _photo_rows(visit_ids: list[int], count: int) -> list[dict]:
    taken = datetime(2024, 3, 19, 9, 0, tzinfo=CET)
    return [
        {
            "visit_id": visit_ids[index % len(visit_ids)],
            "sha256": hashlib.sha256(f"photo {index}".encode()).hexdigest(),
            "original_name": f"IMG_{index:04d}.JPG",
            "original_folder": "/card",
            "file_size": 1000,
            "view": "frontal",
            "imported_at": taken,
            "width": 64,
            "height": 48,
            "format": "JPEG",
            "capture_time": taken,
            "capture_time_source": "DateTimeOriginal",
            "gps_present": False,
            "has_exif": True,
            "rotation": 0,
        }
        for index in range(count)
    ]


def test_a_patients_photos_are_read_through_the_visits_never_the_trash_index(library, visit):
    follow_up = library.add(
        Visit(visit.treatment_id, VisitKind.FOLLOW_UP, visit.visited_at + timedelta(days=14))
    )
    with library.transaction() as session:
        session.execute(sa.insert(schema.photos), _photo_rows([visit.id, follow_up.id], 300))
    patient = library.get(Patient, 1)

    sent: list[tuple[str, object]] = []

    def remember(connection, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "photos" in statement:
            sent.append((statement, parameters))

    event.listen(library.engine, "before_cursor_execute", remember)
    try:
        treatments, visits, photos, _ = library.patient_tree(patient.id)
        line = timeline(library, patient)
    finally:
        event.remove(library.engine, "before_cursor_execute", remember)
    assert len(photos) == 300 and sum(v.photo_count for t in line.treatments for v in t.visits) == 300
    assert len(sent) >= 2  # the record's photos and the timeline's counts per view
    explain = "EXPLAIN QUERY PLAN " if library.database_path is not None else "EXPLAIN "
    for statement, parameters in sent:
        with library.engine.connect() as connection:
            plan = "\n".join(str(row) for row in connection.exec_driver_sql(explain + statement, parameters))
        assert not re.search(r"ix_\w+_trash_id", plan), (statement, plan)
