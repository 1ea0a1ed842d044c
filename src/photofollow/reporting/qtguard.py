"""Guard against PySide6 6.12.0 on Python 3.11, where every Qt call returning void drops a reference to None.

Measured here (`QRectF.setWidth`, `QPainter.save`, `QTextLayout.beginLayout` ... each lower
`sys.getrefcount(None)` by one; PySide6 6.11.3 does not): None starts with a few thousand references on 3.11,
so a few thousand Qt calls later the interpreter aborts with "none_dealloc: deallocating None". Python 3.12
made None immortal, which is why the bug passes unnoticed there. Until the dependency pin excludes 6.12.0,
`keep_none_alive()` tops the count up with references that are never released (a deliberately leaked list),
so neither a long render nor the interpreter's shutdown can bring it to zero. It detects the bug once and
does nothing on a PySide6 or Python without it. Cost: 8 bytes per dropped reference.
"""

from __future__ import annotations

import ctypes
import sys

FLOOR = 200_000  # far more void calls than one page of a sheet makes between two top-ups

_affected: bool | None = None


def _detect() -> bool:
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QRectF

    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(16):
        rect.setWidth(1.0)
    return sys.getrefcount(None) < before - 8


def keep_none_alive() -> None:
    """Make sure None keeps at least FLOOR references (a no-op where PySide6 counts them right)."""
    global _affected
    if _affected is None:
        _affected = _detect()
    if not _affected:
        return
    deficit = FLOOR - sys.getrefcount(None)
    if deficit > 0:
        reserve = [None] * (deficit + FLOOR // 2)
        # One extra reference to the list that nobody owns: it is never freed, nor are its references to None,
        # which is what balances the references PySide6 dropped (including during interpreter shutdown).
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(reserve))
