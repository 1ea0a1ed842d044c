"""How long the window's event loop can stall while the GUI imports photos (moved here from the test suite:
the figure depends on the machine and its load, a test on it failed on a loaded 2-core machine).

`import_ui_stall_ms`: the longest pause between two 10 ms heartbeats of the main window's event loop, from
starting an import of 20 photos of 24 MP into an open patient until the import, the timeline's reload and the
new thumbnails are done; a fresh offscreen process with the real thread pool (target < 100 ms).
`import_ui_heartbeats_per_s`: heartbeats per second over the same time (100 when nothing ever waits).
"""

from __future__ import annotations

import json

from bench_common import BenchContext, run_in_child

CHILD = r"""
import json, os, sys, tempfile, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from datetime import datetime
from pathlib import Path
import piexif
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from photofollow.domain.model import View
from photofollow.ui.import_dialog import ImportRequest
from photofollow.ui.main_window import MainWindow
from photofollow.ui.operations import OperationRunner
from photofollow.ui.qt_runtime import settle_after_start
from photofollow.ui.settings import Settings
sys.path.insert(0, str(Path(os.environ["PHOTOFOLLOW_TESTS"])))
from ui.library_helpers import make_clinic_library

source = Path(sys.argv[1])
app = QApplication([])
scratch = Path(tempfile.mkdtemp(prefix="photofollow-stall-"))
photos = []
for index in range(20):
    taken = datetime(2026, 3, 16, 9, index).strftime("%Y:%m:%d %H:%M:%S").encode()
    exif = piexif.dump({"0th": {}, "Exif": {piexif.ExifIFD.DateTimeOriginal: taken}})
    path = scratch / f"IMG_{index:04d}.jpg"
    piexif.insert(exif, str(source), str(path))
    photos.append(path)
settings = Settings(scratch / "settings.ini")
clinic = make_clinic_library(scratch, settings, follow_up_photos=False)
runner = OperationRunner()
window = MainWindow(clinic.gateway, runner, settings)
window.resize(1200, 800)
window.show()
window.select_patient(clinic.patient.id)
def wait(condition, limit=600):
    deadline = time.time() + limit
    while not condition() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.002)
wait(lambda: window.record is not None)
settle_after_start(runner)
runner.wait_idle(60)
pauses, last = [], [time.perf_counter()]
def beat():
    now = time.perf_counter()
    pauses.append(now - last[0])
    last[0] = now
heartbeat = QTimer()
heartbeat.setInterval(10)
heartbeat.timeout.connect(beat)
started = time.perf_counter()
heartbeat.start()
window.start_import(ImportRequest(photos, clinic.patient.id, clinic.treatment.id, clinic.follow_up.id,
                                  dict.fromkeys(photos, View.CLOSE_UP)))
wait(lambda: not window.importer.running)
wait(lambda: not runner.busy)
wait(lambda: len(window.timeline.thumbs()) >= 2 + len(photos), 120)
heartbeat.stop()
elapsed = time.perf_counter() - started
from photofollow.ui.models import Outcome
assert window.importer.model.counts()[Outcome.IMPORTED] == len(photos), window.importer.model.counts()
print(json.dumps({"longest": max(pauses), "beats": len(pauses), "elapsed": elapsed}))
runner.shutdown(wait=True)
clinic.gateway.close()
"""


def run(context: BenchContext) -> dict[str, float]:
    import os

    from bench_common import REPO_ROOT

    source = context.generated_24mp[0]
    os.environ["PHOTOFOLLOW_TESTS"] = str(REPO_ROOT / "tests")
    result = json.loads(run_in_child(CHILD, str(source)).splitlines()[-1])
    return {
        "import_ui_stall_ms": round(result["longest"] * 1000, 1),
        "import_ui_heartbeats_per_s": round(result["beats"] / result["elapsed"], 1),
    }
