"""Import speed against its floor, and peak memory while importing 24 MP photos.

Figures (measured in the same run, on the same files: the corpus photos that decode fully plus the generated
24 MP JPEGs; every file read once beforehand so both sides start from a warm page cache):
- `import_floor_s`: the least any import must do: read each file, SHA-256 it, decode it once at full size
  (Pillow `load()`). Best of two rounds.
- `import_s`: `services.importing.import_photos` of the same files into a fresh library (facts, copy with
  hashing, verify, fsync, rename, database rows, preview and thumbnail). Best of two rounds, each into a
  new library.
- `import_ratio` = import_s / import_floor_s (target <= 1.5).
- `import_24mp_ms_per_photo`, `import_ratio_24mp`: the generated 24 MP photos alone (a clinic's camera),
  per photo and against their own floor; the corpus is mostly small phone and web photos, where a preview
  cannot use a reduced decode and costs about as much as the decode itself.
- `import_peak_mb`: peak resident memory (VmHWM) of a fresh process that imports the generated 24 MP
  photos, interpreter and libraries included (target < 600 MB).
"""

from __future__ import annotations

import hashlib
import tempfile
import time
import warnings
from datetime import datetime
from pathlib import Path

from bench_common import BenchContext, run_in_child
from PIL import Image

PEAK_CHILD = """
import sys, tempfile, warnings
from datetime import datetime
from pathlib import Path
warnings.simplefilter("ignore")
from photofollow.domain.model import Patient, Treatment, VisitKind
from photofollow.services.importing import VisitRequest, import_photos
from photofollow.storage.library import Library

paths = [Path(p) for p in sys.argv[1:]]
with tempfile.TemporaryDirectory() as scratch, Library.open(Path(scratch) / "lib", create=True) as library:
    patient = library.add(Patient("Benchmark"))
    treatment = library.add(Treatment(patient.id, datetime(2024, 3, 5, 10, 0).astimezone()))
    result = import_photos(library, paths, VisitRequest(treatment, VisitKind.BASELINE))
    assert len(result.imported) == len(paths), [o.reason for o in result.failed]
from bench_common import peak_rss_mb

print(peak_rss_mb())
"""


def _floor(paths: list[Path]) -> float:
    started = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        with Image.open(path) as image:
            image.load()
    return time.perf_counter() - started


def _import(paths: list[Path], scratch: Path) -> float:
    from photofollow.domain.model import Patient, Treatment, VisitKind
    from photofollow.services.importing import VisitRequest, import_photos
    from photofollow.storage.library import Library

    folder = Path(tempfile.mkdtemp(dir=scratch, prefix="import-"))
    with Library.open(folder / "lib", create=True) as library:
        patient = library.add(Patient("Benchmark"))
        treatment = library.add(Treatment(patient.id, datetime(2024, 3, 5, 10, 0).astimezone()))
        started = time.perf_counter()
        result = import_photos(library, paths, VisitRequest(treatment, VisitKind.BASELINE))
        elapsed = time.perf_counter() - started
    if result.failed:
        raise RuntimeError(f"benchmark photos failed to import: {[o.reason for o in result.failed]}")
    return elapsed


def run(context: BenchContext) -> dict[str, float]:
    from photofollow.imaging.decode import register_formats

    register_formats()
    generated = context.generated_24mp
    paths = list(context.corpus_photos) + list(generated)
    for path in paths:  # warm the page cache for both sides alike
        path.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's notes on odd EXIF in the corpus
        _import(paths[:2], context.scratch)  # warm up: imports, OpenCV, SQLite
        floor = min(_floor(paths) for _ in range(2))
        imported = min(_import(paths, context.scratch) for _ in range(2))
        floor_24mp = min(_floor(generated) for _ in range(2))
        imported_24mp = min(_import(generated, context.scratch) for _ in range(2))
    peak = float(run_in_child(PEAK_CHILD, *map(str, generated)))
    return {
        "import_files": len(paths),
        "import_floor_s": round(floor, 2),
        "import_s": round(imported, 2),
        "import_ratio": round(imported / floor, 2),
        "import_24mp_ms_per_photo": round(imported_24mp / max(len(generated), 1) * 1000, 1),
        "import_ratio_24mp": round(imported_24mp / floor_24mp, 2),
        "import_peak_mb": round(peak, 1),
    }
