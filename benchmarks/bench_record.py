"""The record at clinic scale: the import plan, a correction, the patient list and search, 100 vs 100,000 photos.

`import_plan_ms_per_file`: building the plan for 500 files (headers, hashes, grouping, problems; views given,
no thumbnails); `import_plan_ratio` is that time against reading the same files' headers and hashing them once
(the floor any plan pays).
`correction_ms`: moving a photo to another visit and undoing it (two transactions, with what changed), in a
library of 10,000 photos; median of 20.
`patients_ms_100k` / `patients_ms_100`: the whole `photofollow patients` command (a fresh process, as a tool
runs it) on a library of 5,000 patients and 100,000 photos, and on one of 5 patients and 100 photos;
`patients_ratio_100k` is one over the other (target <= 1.5). `summaries_ms_100k` / `summaries_ms_100`: the
patient summaries alone, inside a running program.
`search_ms_100k` / `search_ms_100`: one keystroke in the main window's patient search (the proxy filtering the
prepared keys), at 5,000 and at 5 patients (target <= 20 ms).

The large libraries are built by this benchmark through the services (patients, treatments, visits) with the
photo rows written in bulk by the storage layer: their files do not matter to what is timed here.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import piexif
from bench_common import BenchContext
from PIL import Image

CET = timezone(timedelta(hours=1))
FIRST_NAMES = ["Anna", "Mette", "Søren", "Jan", "Eva", "Lars", "Sanne", "Bo", "Ingrid", "Pieter", "Freja", "Daan"]
LAST_NAMES = ["Jansen", "Jensen", "de Vries", "Nielsen", "Bakker", "Hansen", "Visser", "Møller", "Smit", "Berg"]


def run(context: BenchContext) -> dict[str, float]:
    figures: dict[str, float] = {}
    figures.update(_plan(context.scratch / "plan"))
    small = _library(context.scratch / "lib-100", patients=5, photos_per_patient=20)
    large = _library(context.scratch / "lib-100k", patients=5_000, photos_per_patient=20)
    try:
        figures["patients_ms_100"] = _median_ms(lambda: _command("patients", small), 3)
        figures["patients_ms_100k"] = _median_ms(lambda: _command("patients", large), 3)
        figures["patients_ratio_100k"] = figures["patients_ms_100k"] / figures["patients_ms_100"]
        figures["summaries_ms_100"] = _median_ms(lambda: _summaries(small), 7)
        figures["summaries_ms_100k"] = _median_ms(lambda: _summaries(large), 5)
        figures["search_ms_100"] = _search_ms(small)
        figures["search_ms_100k"] = _search_ms(large)
    finally:
        small.close()
        large.close()
    medium = _library(context.scratch / "lib-10k", patients=500, photos_per_patient=20)
    try:
        figures["correction_ms"] = _correction_ms(medium)
    finally:
        medium.close()
    return figures


# -- the plan --------------------------------------------------------------------------------------------------


def _plan(folder: Path) -> dict[str, float]:
    from photofollow.domain.model import Area, Patient, Treatment, View
    from photofollow.imaging.exif import read_facts
    from photofollow.services import records
    from photofollow.services.import_plan import plan_import
    from photofollow.services.library import open_library
    from photofollow.storage.store import file_sha256

    cards = folder / "card"
    cards.mkdir(parents=True)
    rng = np.random.default_rng(7)
    start = datetime(2024, 3, 5, 9, 0)
    for index in range(500):
        pixels = rng.integers(0, 256, size=(480, 640, 3), dtype=np.uint8)
        taken = start + timedelta(days=index // 100 * 14, minutes=index % 100)
        exif = {"0th": {piexif.ImageIFD.Make: b"Canon"}, "Exif": {
            piexif.ExifIFD.DateTimeOriginal: taken.strftime("%Y:%m:%d %H:%M:%S").encode()}}
        Image.fromarray(pixels).save(cards / f"IMG_{index:04d}.JPG", quality=90, exif=piexif.dump(exif))
    files = sorted(cards.iterdir())
    library = open_library(folder / "library", create=True)
    try:
        patient, _ = records.save_patient(library, Patient("Anna Jansen", chart_number="1001"))
        treatment, _ = records.save_treatment(
            library, Treatment(patient.id, datetime(2024, 3, 5, 10, 0, tzinfo=CET), Area.FACE)
        )

        def floor() -> None:
            for path in files:
                read_facts(path)
                file_sha256(path)

        floor()  # warm the page cache for both
        floor_ms = _median_ms(floor, 3)
        plan_ms = _median_ms(lambda: plan_import(library, [cards], treatment, view=View.FRONTAL), 3)
    finally:
        library.close()
    return {"import_plan_ms_per_file": plan_ms / len(files), "import_plan_ratio": plan_ms / floor_ms}


# -- libraries -------------------------------------------------------------------------------------------------


def _library(folder: Path, *, patients: int, photos_per_patient: int):
    """A library of `patients`, each with a treatment, a baseline and three follow-ups sharing the photos."""
    import sqlalchemy as sa

    from photofollow.domain.model import Area, Patient, Treatment, Visit, VisitKind
    from photofollow.services import records
    from photofollow.services.library import open_library
    from photofollow.storage import schema

    library = open_library(folder, create=True)
    treated = datetime(2024, 3, 5, 10, 0, tzinfo=CET)
    rows = []
    serial = 0
    for index in range(patients):
        name = f"{FIRST_NAMES[index % len(FIRST_NAMES)]} {LAST_NAMES[index // 7 % len(LAST_NAMES)]} {index}"
        patient, _ = records.save_patient(library, Patient(name, chart_number=f"C-{index:05d}"))
        treatment, _ = records.save_treatment(library, Treatment(patient.id, treated, Area.FACE))
        visits = []
        for number, kind, days in ((0, VisitKind.BASELINE, 0), (1, VisitKind.FOLLOW_UP, 14),
                                   (2, VisitKind.FOLLOW_UP, 91), (3, VisitKind.FOLLOW_UP, 182)):
            at = treated + timedelta(days=days, hours=-1 if number == 0 else 0)
            visits.append(records.save_visit(library, Visit(treatment.id, kind, at))[0])
        for photo in range(photos_per_patient):
            serial += 1
            visit = visits[photo % len(visits)]
            rows.append(
                {
                    "visit_id": visit.id,
                    "sha256": hashlib.sha256(f"{folder}:{serial}".encode()).hexdigest(),
                    "original_name": f"IMG_{serial:06d}.JPG",
                    "original_folder": "/card",
                    "file_size": 4_000_000,
                    "view": "frontal",
                    "imported_at": treated,
                    "width": 6000,
                    "height": 4000,
                    "format": "JPEG",
                    "capture_time": visit.visited_at,
                    "capture_time_source": "DateTimeOriginal",
                    "gps_present": False,
                    "has_exif": True,
                    "rotation": 0,
                }
            )
    with library.transaction() as session:
        for start in range(0, len(rows), 5_000):
            session.execute(sa.insert(schema.photos), rows[start : start + 5_000])
    return library


def _command(name: str, library) -> None:
    import subprocess
    import sys

    from bench_common import REPO_ROOT

    subprocess.run(
        [sys.executable, "-m", "photofollow", name, "--library", str(library.folder)],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")},
    )


def _summaries(library) -> None:
    from photofollow.services.library import patient_summaries

    patient_summaries(library)


def _search_ms(library) -> float:
    """Median time of one keystroke's filtering in the main window's patient search."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from photofollow.services import records
    from photofollow.ui.models import PatientListModel, PatientSearchProxy

    app = QApplication.instance() or QApplication([])
    model = PatientListModel()
    model.set_patients(records.patients(library))
    proxy = PatientSearchProxy()
    proxy.setSourceModel(model)
    timings = []
    for text in ("m", "me", "met", "", "s", "so", "sø", "", "j", "ja", "jan", ""):
        started = time.perf_counter()
        proxy.set_search(text)
        proxy.rowCount()
        timings.append((time.perf_counter() - started) * 1000)
    app.processEvents()
    return statistics.median(timings)


def _correction_ms(library) -> float:
    from photofollow.services import records

    (patient, *_rest) = records.patients(library)
    record = records.patient_record(library, patient.id)
    visits = record.treatments[0].visits
    photo = visits[1].photos[0]
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        moved = records.move_photo(library, photo.id, visit_id=visits[2].visit.id)
        moved.undo(library)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _median_ms(work, repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)
