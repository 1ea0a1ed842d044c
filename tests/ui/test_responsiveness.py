"""The window stays responsive during a real import of 20 photos of 24 MP: the event loop never waits more
than 100 ms between two heartbeats. Runs the real thread pool (the other GUI tests run operations inline)."""

from __future__ import annotations

import time
from datetime import datetime

import numpy as np
import piexif
import pytest
from PIL import Image

from photofollow.domain.model import View
from photofollow.ui.import_dialog import ImportRequest
from photofollow.ui.main_window import MainWindow
from photofollow.ui.models import Outcome
from photofollow.ui.qt_runtime import settle_after_start

from .library_helpers import make_clinic_library

PHOTOS = 20
SIZE_24MP = (6000, 4000)
HEARTBEAT_MS = 10
LONGEST_PAUSE_S = 0.100


@pytest.fixture(scope="session")
def photos_24mp(tmp_path_factory):
    """20 distinct 24 MP JPEGs, made once: one encode, then a different EXIF date in each copy (a new hash,
    so each is a real import; the same pixels, so generating them costs one encode, not twenty)."""
    folder = tmp_path_factory.mktemp("photos-24mp")
    width, height = SIZE_24MP
    rng = np.random.default_rng(7)
    small = rng.integers(60, 200, size=(height // 16, width // 16, 3), dtype=np.uint8)
    image = Image.fromarray(small).resize(SIZE_24MP, Image.Resampling.BILINEAR)
    base = folder / "base.jpg"
    image.save(base, quality=90)
    paths = []
    for index in range(PHOTOS):
        taken = datetime(2026, 3, 16, 9, index).strftime("%Y:%m:%d %H:%M:%S").encode()
        exif = piexif.dump({"0th": {}, "Exif": {piexif.ExifIFD.DateTimeOriginal: taken}})
        path = folder / f"IMG_{index:04d}.jpg"
        piexif.insert(exif, str(base), str(path))
        paths.append(path)
    return paths


def test_the_event_loop_never_blocks_during_an_import_of_20_photos_of_24mp(
    qtbot, tmp_path, threaded_runner, settings, photos_24mp
):
    clinic = make_clinic_library(tmp_path, settings, follow_up_photos=False)
    window = MainWindow(clinic.gateway, threaded_runner, settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.select_patient(clinic.patient.id)
    qtbot.waitUntil(lambda: window.record is not None, timeout=10000)
    settle_after_start(threaded_runner)  # as app.run_gui does once the window is up
    threaded_runner.wait_idle(30)

    pauses: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        pauses.append(now - last[0])
        last[0] = now

    from PySide6.QtCore import QTimer

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    started = time.perf_counter()
    heartbeat.start()
    window.start_import(
        ImportRequest(
            photos_24mp,
            clinic.patient.id,
            clinic.treatment.id,
            clinic.follow_up.id,
            dict.fromkeys(photos_24mp, View.CLOSE_UP),
        )
    )
    qtbot.waitUntil(lambda: not window.importer.running, timeout=300_000)
    # ...and what the import sets off: the timeline reloads and the new thumbnails come in.
    qtbot.waitUntil(lambda: not threaded_runner.busy, timeout=60_000)
    qtbot.waitUntil(lambda: len(window.timeline.thumbs()) == 2 + PHOTOS, timeout=60_000)
    qtbot.wait(50)
    heartbeat.stop()
    elapsed = time.perf_counter() - started

    assert window.importer.model.counts()[Outcome.IMPORTED] == PHOTOS
    assert len(pauses) > elapsed / 0.1  # the heartbeat really ran all along
    longest = max(pauses)
    assert longest < LONGEST_PAUSE_S, f"the event loop stalled for {longest * 1000:.0f} ms"
    clinic.gateway.close()
