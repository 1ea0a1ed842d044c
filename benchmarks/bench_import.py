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
- `bomb_peak_mb`: the same for the import of a 199-megapixel PNG "bomb" (one colour, a few hundred KB on
  disk, 800 MB once decoded) beside a 100-megapixel PNG photo; the bomb is refused before decoding by the
  decode budget (imaging/decode.py DECODE_BUDGET_BYTES), the 100 MP photo imported (target < 600 MB).
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


BOMB_CHILD = """
import sys, tempfile, warnings
from datetime import datetime
from pathlib import Path
warnings.simplefilter("ignore")
from photofollow.domain.model import Patient, Treatment, VisitKind
from photofollow.services.importing import VisitRequest, import_photos
from photofollow.storage.library import Library

bomb, photo = (Path(p) for p in sys.argv[1:])
with tempfile.TemporaryDirectory() as scratch, Library.open(Path(scratch) / "lib", create=True) as library:
    patient = library.add(Patient("Benchmark"))
    treatment = library.add(Treatment(patient.id, datetime(2024, 3, 5, 10, 0).astimezone()))
    result = import_photos(library, [bomb, photo], VisitRequest(treatment, VisitKind.BASELINE))
    assert [o.path for o in result.failed] == [bomb], [o.reason for o in result.outcomes]
    assert len(result.imported) == 1, [o.reason for o in result.outcomes]
from bench_common import peak_rss_mb

print(peak_rss_mb())
"""


def write_png_rows(path: Path, width: int, height: int, row) -> Path:
    """A PNG (8-bit RGB, no interlace) written row by row, so that a huge one costs no memory to make."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    compressor = zlib.compressobj(9)
    with open(path, "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        pending = bytearray()
        for y in range(height):
            pending += compressor.compress(b"\x00" + row(y))
            if len(pending) > 1 << 20:
                handle.write(chunk(b"IDAT", bytes(pending)))
                pending.clear()
        pending += compressor.flush()
        handle.write(chunk(b"IDAT", bytes(pending)))
        handle.write(chunk(b"IEND", b""))
    return path


def bomb_files(scratch: Path) -> tuple[Path, Path]:
    """A 199 MP one-colour PNG and a 100 MP PNG with photo-like content (smooth, a little noise)."""
    import numpy as np

    bomb_side = 14_100  # 198.8 MP
    grey = bytes(bomb_side * 3)
    bomb = write_png_rows(scratch / "bomb-199mp.png", bomb_side, bomb_side, lambda y: grey)
    width, height = 12_000, 8_400  # 100.8 MP
    rng = np.random.default_rng(100)
    base = (np.sin(np.arange(width) / 400.0) * 60 + 128).astype(np.int16)
    noise = rng.integers(-6, 7, size=(64, width, 3), dtype=np.int16)

    def row(y: int) -> bytes:
        line = np.clip(base[:, None] + (y // 40) % 50 + noise[y % 64], 0, 255).astype(np.uint8)
        return line.tobytes()

    photo = write_png_rows(scratch / "photo-100mp.png", width, height, row)
    return bomb, photo


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
    bomb_peak = float(run_in_child(BOMB_CHILD, *map(str, bomb_files(context.scratch))))
    return {
        "import_files": len(paths),
        "import_floor_s": round(floor, 2),
        "import_s": round(imported, 2),
        "import_ratio": round(imported / floor, 2),
        "import_24mp_ms_per_photo": round(imported_24mp / max(len(generated), 1) * 1000, 1),
        "import_ratio_24mp": round(imported_24mp / floor_24mp, 2),
        "import_peak_mb": round(peak, 1),
        "bomb_peak_mb": round(bomb_peak, 1),
    }
