"""Process-wide Qt set-up the windows rely on: the PySide6 6.12.0 None-reference guard, kept topped up.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call made from Python (see
`reporting/qtguard.py`); a GUI makes such calls all day, so a timer tops the count up several times a second
and once more at exit. It does nothing where PySide6 counts right.
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QObject, QTimer

from photofollow.reporting.qtguard import keep_none_alive

GUARD_INTERVAL_MS = 200
_timer: QTimer | None = None


def start_none_guard(parent: QObject) -> None:
    """Top the None count up now, every GUARD_INTERVAL_MS on `parent`'s thread, and at interpreter exit."""
    global _timer
    keep_none_alive()
    if _timer is not None:
        return
    _timer = QTimer(parent)
    _timer.setInterval(GUARD_INTERVAL_MS)
    _timer.timeout.connect(keep_none_alive)
    _timer.start()
    atexit.register(keep_none_alive)
