"""kill -9 a real `photofollow import` at random moments: after each crash the library opens sound.

Sound means: no photo row without its file, no file in the store without its row, every stored file hashing to
its name, no copy left half-way, no pending import left unsettled (`storage.integrity.verify` after the
recovery that opening the library runs). The kill moments are random (seeded; the seed is printed) within
0.6 s after the run has stored a photo of its own: earlier kills would only test start-up, which takes a
busy machine anything from 0.3 s to several seconds. A final uninterrupted run must then finish the batch
with nothing failed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from datetime import datetime

import pytest
from cli_helpers import jpeg, photofollow

from photofollow.storage.integrity import verify
from photofollow.storage.library import Library

PHOTOS = 240
KILLS = 8


@pytest.mark.slow
def test_import_killed_at_random_moments_leaves_a_sound_library(tmp_path):
    seed = int(os.environ.get("PHOTOFOLLOW_KILL_SEED", time.time_ns() % 1_000_000))
    print(f"kill moments seeded with PHOTOFOLLOW_KILL_SEED={seed}")
    rng = random.Random(seed)
    for index in range(PHOTOS):
        jpeg(tmp_path / "card" / f"IMG_{index:04d}.JPG", index, datetime(2024, 3, 19, 9, 0), size=(160, 120))
    library = tmp_path / "library"
    args = [
        "import",
        "--library",
        str(library),
        "--patient",
        "Anna Jansen",
        "--treatment",
        "2024-03-05T10:00",
    ]
    args += ["--visit", "follow-up", "--visit-date", "2024-03-19", "--view", "frontal", str(tmp_path / "card")]

    stored_counts = [0]
    for _ in range(KILLS):
        process = photofollow(*args, background=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Wait until this run stores photos of its own (however slowly a busy machine starts Python), then
        # kill it a random moment later: in the middle of copying, not during start-up.
        _wait_for_more_photos(library, stored_counts[-1], process)
        time.sleep(rng.uniform(0.0, 0.6))
        process.send_signal(signal.SIGKILL)
        process.wait()
        # create=True: a kill during the very first start may come before the library exists.
        with Library.open(library, create=True) as opened:
            report = verify(opened)
            assert report.ok, [problem.message for problem in report.problems]
            assert list(opened.store.incoming.glob("*")) == []
            assert report.files_hashed == report.photos_checked == len(list(opened.store.iter_files()))
            stored_counts.append(report.photos_checked)
    stored_counts.pop(0)
    print(f"photos stored after each kill: {stored_counts}")
    # At least one kill landed in the middle of copying photos (not before the first, not after the last).
    assert any(0 < count < PHOTOS for count in stored_counts), stored_counts

    finished = photofollow(*args)
    assert finished.returncode == 0, finished.stdout[-2000:] + finished.stderr[-2000:]
    with Library.open(library) as opened:
        report = verify(opened)
        assert report.ok and report.photos_checked == PHOTOS


def _wait_for_more_photos(library, stored: int, process: subprocess.Popen, timeout_s: float = 120.0) -> None:
    """Until the store holds more originals than `stored`, the run has ended, or `timeout_s` has passed."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and process.poll() is None:
        if sum(1 for _ in (library / "photos").rglob("*.jpg")) > stored:  # .incoming holds only .part files
            return
        time.sleep(0.02)
