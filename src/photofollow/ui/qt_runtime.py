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
