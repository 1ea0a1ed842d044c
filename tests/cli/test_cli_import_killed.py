"""kill -9 a real `photofollow import` at random moments: after each crash the library opens sound.

Sound means: no photo row without its file, no file in the store without its row, every stored file hashing to
its name, no copy left half-way, no pending import left unsettled (`storage.integrity.verify` after the
recovery that opening the library runs). The kill moments are random (seeded; the seed is printed) between
0.3 s and 2.0 s after start: the command spends its first ~0.3-0.5 s starting Python, so earlier kills would
only test start-up. A final uninterrupted run must then finish the batch with nothing failed.
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

    stored_counts = []
    for _ in range(KILLS):
        process = photofollow(*args, background=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        # create=True: a kill during the very first start may come before the library exists.
        with Library.open(library, create=True) as opened:
            report = verify(opened)
            assert report.ok, [problem.message for problem in report.problems]
            assert list(opened.store.incoming.glob("*")) == []
            assert report.files_hashed == report.photos_checked == len(list(opened.store.iter_files()))
            stored_counts.append(report.photos_checked)
    print(f"photos stored after each kill: {stored_counts}")
    # At least one kill landed in the middle of copying photos (not before the first, not after the last).
    assert any(0 < count < PHOTOS for count in stored_counts), stored_counts

    finished = photofollow(*args)
    assert finished.returncode == 0, finished.stdout[-2000:] + finished.stderr[-2000:]
    with Library.open(library) as opened:
        report = verify(opened)
        assert report.ok and report.photos_checked == PHOTOS
