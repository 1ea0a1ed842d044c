"""Process-wide Qt set-up the windows rely on: guards for PySide6 6.12.0's lost references, kept topped up.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call made from Python (see
`reporting/qtguard.py`), and — measured here — a reference to True on every `Signal.emit()` (emit returns
True without owning it). A GUI does both all day; when either count reaches zero the interpreter aborts
("none_dealloc" / "bool_dealloc"), often only at exit. `keep_singletons_alive()` tops None, True and False up
with references that are never released; a timer calls it several times a second and once more at exit.
It does nothing where PySide6 counts right (Python 3.12 made these objects immortal).
"""

from __future__ import annotations

import atexit
import ctypes
import sys

from PySide6.QtCore import QObject, QTimer, Signal

from photofollow.reporting.qtguard import keep_none_alive

GUARD_INTERVAL_MS = 200
FLOOR = 200_000  # far more emits than a GUI makes between two top-ups
_timer: QTimer | None = None
_bools_affected: bool | None = None


class _Probe(QObject):
    ping = Signal()


def _detect_bool_leak() -> bool:
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    probe.ping.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    return sys.getrefcount(True) < before - 8


def keep_bools_alive() -> None:
    """Make sure True and False keep at least FLOOR references (a no-op where PySide6 counts them right)."""
    global _bools_affected
    if _bools_affected is None:
        _bools_affected = _detect_bool_leak()
    if not _bools_affected:
        return
    for value in (True, False):
        deficit = FLOOR - sys.getrefcount(value)
        if deficit > 0:
            reserve = [value] * (deficit + FLOOR // 2)
            ctypes.pythonapi.Py_IncRef(
                ctypes.py_object(reserve)
            )  # never freed: balances the dropped references


def keep_singletons_alive() -> None:
    keep_none_alive()
    keep_bools_alive()


def start_reference_guard(parent: QObject) -> None:
    """Top the counts up now, every GUARD_INTERVAL_MS on `parent`'s thread, and at interpreter exit."""
    global _timer
    keep_singletons_alive()
    if _timer is not None:
        return
    _timer = QTimer(parent)
    _timer.setInterval(GUARD_INTERVAL_MS)
    _timer.timeout.connect(keep_singletons_alive)
    _timer.start()
    atexit.register(keep_singletons_alive)


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
    """The QApplication, created once with the program's names, style and reference guard."""
    from PySide6.QtWidgets import QApplication

    from photofollow.appdirs import APP_NAME, ORG_NAME

    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(ORG_NAME)
        QApplication.setDesktopFileName("nl.photofollow.PhotoFollow")
        app = QApplication(sys.argv[:1])
        app.setStyle("Fusion")  # the same look on every platform, and what the screenshots show
    start_reference_guard(app)
    return app
