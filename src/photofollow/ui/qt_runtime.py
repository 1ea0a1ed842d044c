"""Process-wide Qt set-up the windows rely on: the application object, its style, and the heap freeze."""

from __future__ import annotations

import sys

# PySide6 6.12.0 drops a reference to None on every void call and to True on every Signal.emit(); on
# Python 3.11 the interpreter then aborts ("none_dealloc"). pyproject excludes that release; this refuses
# to run on it rather than crash mid-work, should it be installed by other means.
BROKEN_PYSIDE = ("6.12.0",)


def refuse_broken_pyside() -> None:
    import PySide6

    if PySide6.__version__ in BROKEN_PYSIDE and sys.version_info < (3, 12):
        python = f"{sys.version_info.major}.{sys.version_info.minor}"
        raise SystemExit(
            f"PySide6 {PySide6.__version__} crashes on Python {python}: "
            "install another release (pip install 'PySide6-Essentials!=6.12.0')."
        )


def freeze_startup_heap() -> None:
    """Move everything alive after start-up out of the garbage collector's reach (gc.freeze).

    Libraries loaded at start (Qt bindings, SQLAlchemy, NumPy, OpenCV) leave hundreds of thousands of
    long-lived objects; a full collection walks them all and, on this kind of heap, stops every thread for
    50-90 ms (measured during an import) — long enough to make the window stutter. Frozen objects are never
    collected, which costs nothing for objects that live as long as the program anyway.
    """
    import gc

    gc.collect()
    gc.freeze()


def warm_up_imaging() -> None:
    """Measure a small generated photo once (Qt-free work, any thread): imports OpenCV, Pillow's plugins and
    every module a measurement pulls in lazily, and loads the face models."""
    import tempfile
    from pathlib import Path

    import numpy as np
    from PIL import Image

    from photofollow.services.checking import measure_photo

    with tempfile.TemporaryDirectory(prefix="photofollow-") as scratch:
        sample = Path(scratch) / "warm-up.jpg"
        pixels = np.random.default_rng(0).integers(0, 256, (240, 320, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(sample, quality=90)
        measure_photo(sample)


def settle_after_start(runner) -> None:
    """Once the window shows: freeze the start-up heap, load the imaging stack in the background, and freeze
    again after it.

    Importing OpenCV and loading the face models holds the GIL for 100-300 ms at a stretch (module
    initialisation in C). Done lazily, that stall fell in the middle of the first import and froze the window
    (measured by tests/ui/test_responsiveness.py); done now, it passes while the user is still taking in the
    new window, and the heap frozen after it keeps full collections from walking OpenCV's objects later.
    """
    # A thread that wants the GIL waits up to the switch interval for the running one to let go; the GUI
    # thread enters Python hundreds of times per repaint, so with workers busy measuring the default 5 ms
    # tripled the time of the window's own work. 1 ms keeps it close to what it costs alone.
    sys.setswitchinterval(0.001)
    freeze_startup_heap()
    runner.run_parallel(
        "prepare the photo checks",
        lambda _progress: warm_up_imaging(),
        lambda _result: freeze_startup_heap(),
        lambda _error: None,  # the first check will meet the same problem and report it
    )


def ensure_application():
    """The QApplication, created once with the program's names and style."""
    from PySide6.QtWidgets import QApplication

    from photofollow.appdirs import APP_NAME, ORG_NAME

    refuse_broken_pyside()
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(ORG_NAME)
        QApplication.setDesktopFileName("nl.photofollow.PhotoFollow")
        app = QApplication(sys.argv[:1])
        app.setStyle("Fusion")  # the same look on every platform, and what the screenshots show
    return app
