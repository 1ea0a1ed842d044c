"""Several workstations on one library (issue 14 §5): imports at once on PostgreSQL against SQLite's single
importer, and a patient's timeline in a library of 100,000 photos on both.

The server is a throwaway cluster started here (tests/postgres_cluster.py, the tests' own, with every commit
flushed to disk as a clinic's server does), on loopback; its photo store is a local folder (a clinic's share
adds its network to every photo's copy). Without PostgreSQL's server programs the module reports nothing and
says why.

Figures (each case on the same photos, into a fresh library, best of two rounds):
- `import_photos_s_sqlite`: photos per second of one importer into a folder library (SQLite): the baseline.
- `import_photos_s_pg_1`, `_pg_2`, `_pg_3`: photos per second of 1, 2 and 3 importers at once (processes,
  as workstations are) into one PostgreSQL library, the same photos split between them (a patient each).
  Each importer opens the library first and starts on a common signal; the time runs from the first start
  to the last finish. `import_ratio_pg_N` = `import_photos_s_pg_N` / `import_photos_s_sqlite`.
- `timeline_ms_100k_sqlite`, `timeline_ms_100k_pg`: a patient's timeline (`services.library.timeline`, what
  `photofollow timeline` and the main window show, its audit entry included) in a library of 5,000 patients
  and 100,000 photos, median of 21 (target <= 50 ms on both); `timeline_ms_100_*` the same in a library of 5
  patients and 100 photos, and `timeline_ratio_100k_*` one over the other. The large libraries' rows are
  written in bulk (their files do not matter to a timeline), and the server's statistics are brought up to
  date (ANALYZE) as its autovacuum does after a load.
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
from bench_common import REPO_ROOT, BenchContext
from PIL import Image

IMPORT_PHOTOS = 60
PHOTO_SIZE = (1600, 1200)
ROUNDS = 2
CET = timezone(timedelta(hours=1))

# One workstation's importer: opens the library, says "ready", waits for the common start, imports its photos
# for a patient of its own and prints when it started and finished (wall clock: shared by the processes).
IMPORTER = """
import json, sys, time, warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path
warnings.simplefilter("ignore")
from photofollow.domain.model import Area, VisitKind
from photofollow.services.importing import VisitRequest, import_photos
from photofollow.services.library import find_or_create_patient, find_or_create_treatment, open_library

location, name, start, *photos = sys.argv[1:]
with open_library(location) as library:
    patient, _ = find_or_create_patient(library, name, allow_similar=True)
    treated = datetime(2024, 3, 5, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    treatment, _ = find_or_create_treatment(library, patient.id, treated, Area.FACE)
    print("ready", flush=True)
    while not Path(start).exists():
        time.sleep(0.001)
    started = time.time()
    result = import_photos(library, photos, VisitRequest(treatment, VisitKind.FOLLOW_UP))
    finished = time.time()
    assert len(result.imported) == len(photos), [o.reason for o in result.outcomes if o.reason]
print(json.dumps({"started": started, "finished": finished}), flush=True)
"""


def run(context: BenchContext) -> dict[str, float]:
    sys.path.insert(0, str(REPO_ROOT / "tests"))
    from postgres_cluster import PASSWORD, Cluster, ClusterUnavailable

    try:
        cluster = Cluster(durable=True).start()
    except ClusterUnavailable as error:
        print(f"bench_server: no PostgreSQL server can be started here ({error}); nothing measured")
        return {}
    previous = os.environ.get("PGPASSWORD")
    os.environ["PGPASSWORD"] = PASSWORD  # as a clinic passes it; the importers inherit it
    try:
        figures = _imports(context.scratch / "server-import", cluster)
        figures.update(_timelines(context.scratch / "server-timeline", cluster))
        return figures
    finally:
        if previous is None:
            os.environ.pop("PGPASSWORD", None)
        else:
            os.environ["PGPASSWORD"] = previous
        cluster.stop()


# -- imports at once -----------------------------------------------------------------------------------------


def _imports(folder: Path, cluster) -> dict[str, float]:
    photos = _photos(folder / "card")
    sqlite_rate = _best(lambda n: _import_at_once(str(folder / f"sqlite-{n}"), photos, 1))
    figures = {"import_photos_s_sqlite": sqlite_rate}
    for importers in (1, 2, 3):

        def server_round(n: int, importers: int = importers) -> float:
            location = cluster.url(cluster.new_database(), folder / f"store-{importers}-{n}")
            return _import_at_once(location, photos, importers)

        rate = _best(server_round)
        figures[f"import_photos_s_pg_{importers}"] = rate
        figures[f"import_ratio_pg_{importers}"] = rate / figures["import_photos_s_sqlite"]
    return figures


def _photos(folder: Path) -> list[Path]:
    """Photo-like JPEGs (smooth shading and a little noise) of a couple of megapixels, all different."""
    folder.mkdir(parents=True)
    rng = np.random.default_rng(14)
    width, height = PHOTO_SIZE
    yy, xx = np.mgrid[0:height, 0:width]
    paths = []
    for index in range(IMPORT_PHOTOS):
        base = (np.sin(xx / (200 + 7 * index)) + np.cos(yy / (180 + 3 * index))) * 50 + 128
        pixels = np.stack([base, base * 0.9 + 10, base * 0.8 + 20], axis=-1)
        pixels = pixels + rng.integers(-10, 11, size=pixels.shape)
        path = folder / f"IMG_{index:04d}.JPG"
        Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=90)
        paths.append(path)
    return paths


def _import_at_once(location: str, photos: list[Path], importers: int) -> float:
    """Photos per second of `importers` processes importing `photos` between them, started together, into a
    library set up beforehand (as a clinic's is)."""
    from photofollow.storage.library import Library

    Library.open(location, create=True).close()
    start = photos[0].parent.with_name(f"start-{time.time_ns()}")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
    shares = [photos[index::importers] for index in range(importers)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORTER, location, f"Workstation {index}", str(start), *map(str, share)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for index, share in enumerate(shares)
    ]
    for process in processes:
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError("an importer did not start; run it by hand to see why")
    start.touch()
    times = []
    for process in processes:
        out, _ = process.communicate(timeout=600)
        if process.returncode != 0:
            raise RuntimeError(f"an importer failed (exit {process.returncode})")
        times.append(json.loads(out.strip().splitlines()[-1]))
    elapsed = max(t["finished"] for t in times) - min(t["started"] for t in times)
    return len(photos) / elapsed


def _best(measure) -> float:
    return max(measure(n) for n in range(ROUNDS))


# -- the timeline at 100,000 photos --------------------------------------------------------------------------


def _timelines(folder: Path, cluster) -> dict[str, float]:
    figures: dict[str, float] = {}
    for backend in ("sqlite", "pg"):
        for label, patients in (("100", 5), ("100k", 5_000)):
            if backend == "sqlite":
                location = str(folder / f"lib-{label}")
            else:
                location = cluster.url(cluster.new_database(), folder / f"store-{label}")
            library = _bulk_library(location, patients=patients, photos_per_patient=20)
            try:
                figures[f"timeline_ms_{label}_{backend}"] = _timeline_ms(library, patients)
            finally:
                library.close()
        figures[f"timeline_ratio_100k_{backend}"] = (
            figures[f"timeline_ms_100k_{backend}"] / figures[f"timeline_ms_100_{backend}"]
        )
    return figures


def _bulk_library(location: str, *, patients: int, photos_per_patient: int):
    """A library of `patients`, each with a treatment, a baseline and three follow-ups sharing the photos,
    written as rows in bulk."""
    import sqlalchemy as sa

    from photofollow.domain.model import Area, VisitKind
    from photofollow.services.library import open_library
    from photofollow.storage import schema

    library = open_library(location, create=True)
    treated = datetime(2024, 3, 5, 10, 0, tzinfo=CET)
    people, treatments, visits, photos = [], [], [], []
    for index in range(1, patients + 1):
        people.append({"id": index, "display_name": f"Patient {index}", "chart_number": f"C-{index:05d}"})
        treatments.append({"id": index, "patient_id": index, "performed_at": treated, "area": Area.FACE})
        for number, days in enumerate((0, 14, 91, 182)):
            kind = VisitKind.BASELINE if number == 0 else VisitKind.FOLLOW_UP
            at = treated + timedelta(days=days, hours=-1 if number == 0 else 0)
            visit_id = (index - 1) * 4 + number + 1
            visits.append({"id": visit_id, "treatment_id": index, "kind": kind, "visited_at": at})
        for photo in range(photos_per_patient):
            visit = visits[(index - 1) * 4 + photo % 4]
            serial = len(photos) + 1
            photos.append(
                {
                    "id": serial,
                    "visit_id": visit["id"],
                    "sha256": hashlib.sha256(f"{location}:{serial}".encode()).hexdigest(),
                    "original_name": f"IMG_{serial:06d}.JPG",
                    "original_folder": "/card",
                    "file_size": 4_000_000,
                    "view": "frontal",
                    "imported_at": treated,
                    "width": 6000,
                    "height": 4000,
                    "format": "JPEG",
                    "capture_time": visit["visited_at"],
                    "capture_time_source": "DateTimeOriginal",
                    "gps_present": False,
                    "has_exif": True,
                    "rotation": 0,
                }
            )
    with library.transaction() as session:
        tables = (schema.patients, schema.treatments, schema.visits, schema.photos)
        for table, rows in zip(tables, (people, treatments, visits, photos), strict=True):
            if library.is_shared:  # COPY: one statement, so the change triggers (migration 0008) run once
                _copy(session, table, rows)
                continue
            for first in range(0, len(rows), 5_000):
                session.execute(sa.insert(table), rows[first : first + 5_000])
    if library.is_shared:
        with library.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
            for table in ("patients", "treatments", "visits", "photos"):  # ids given: move the sequences on
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
            connection.commit()
    return library


def _copy(session, table, rows: list[dict]) -> None:
    """Rows into a server's table through COPY, as the columns store them (ISO date-times, enum values)."""
    import enum

    def stored(value):
        if isinstance(value, datetime):
            return value.isoformat(timespec="microseconds")
        return value.value if isinstance(value, enum.Enum) else value

    columns = list(rows[0])
    names = ", ".join(f'"{column}"' for column in columns)
    driver = session.connection().connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([stored(row[column]) for column in columns])


def _timeline_ms(library, patients: int) -> float:
    from photofollow.domain.model import Patient
    from photofollow.services.library import timeline

    patient = library.get(Patient, patients // 2 + 1)
    timeline(library, patient)  # warm: the first query of each kind
    timings = []
    for _ in range(21):
        started = time.perf_counter()
        line = timeline(library, patient)
        timings.append((time.perf_counter() - started) * 1000)
    assert sum(v.photo_count for t in line.treatments for v in t.visits) == 20
    return statistics.median(timings)
