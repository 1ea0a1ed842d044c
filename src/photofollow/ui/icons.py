"""Status and verdict icons drawn in code, each with its own shape so they read without colour.

Pass is a round badge with a tick, warning a triangle with "!", fail an octagon with a cross, skipped a hollow
circle with a dash, not checked a dotted circle with "?". Colours only repeat what the shape already says.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from photofollow.domain.checks import CheckStatus, Verdict

PASS_COLOUR = QColor("#2e7d32")
WARN_COLOUR = QColor("#b26a00")
FAIL_COLOUR = QColor("#c62828")
NEUTRAL_COLOUR = QColor("#6b6b6b")

STATUS_COLOURS = {
    "pass": PASS_COLOUR,
    "warn": WARN_COLOUR,
    "fail": FAIL_COLOUR,
    "skipped": NEUTRAL_COLOUR,
    None: NEUTRAL_COLOUR,
}


def _shape_for_verdict(verdict: Verdict | str | None) -> str | None:
    if verdict is None:
        return None
    return {"consistent": "pass", "review": "warn", "inconsistent": "fail"}[str(Verdict(verdict).value)]


def paint_status(painter: QPainter, rect: QRectF, status: str | None) -> None:
    """Draw the badge for `status` ("pass", "warn", "fail", "skipped" or None for not checked) into `rect`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side).adjusted(
        1, 1, -1, -1
    )
    colour = STATUS_COLOURS.get(status, NEUTRAL_COLOUR)
    white = QPen(
        QColor("white"),
        max(1.5, side / 9),
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    c = box.center()
    r = box.width() / 2
    if status == "pass":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(white)
        tick = QPainterPath(QPointF(c.x() - r * 0.45, c.y() + r * 0.02))
        tick.lineTo(QPointF(c.x() - r * 0.1, c.y() + r * 0.38))
        tick.lineTo(QPointF(c.x() + r * 0.5, c.y() - r * 0.35))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif status == "warn":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        triangle = QPolygonF(
            [
                QPointF(c.x(), box.top()),
                QPointF(box.right(), box.bottom() - r * 0.1),
                QPointF(box.left(), box.bottom() - r * 0.1),
            ]
        )
        painter.drawPolygon(triangle)
        painter.setPen(white)
        painter.drawLine(QPointF(c.x(), c.y() - r * 0.25), QPointF(c.x(), c.y() + r * 0.3))
        painter.drawPoint(QPointF(c.x(), c.y() + r * 0.62))
    elif status == "fail":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        octagon = QPolygonF(
            [
                QPointF(
                    c.x() + r * math.cos(math.radians(22.5 + 45 * k)),
                    c.y() + r * math.sin(math.radians(22.5 + 45 * k)),
                )
                for k in range(8)
            ]
        )
        painter.drawPolygon(octagon)
        painter.setPen(white)
        d = r * 0.38
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        painter.drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d))
    elif status == "skipped":
        painter.setPen(QPen(colour, max(1.5, side / 10)))
        painter.setBrush(QBrush(QColor("white")))
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
        painter.drawLine(QPointF(c.x() - r * 0.4, c.y()), QPointF(c.x() + r * 0.4, c.y()))
    else:
        pen = QPen(colour, max(1.5, side / 10))
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor("white")))
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
        painter.setPen(QPen(colour))
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(max(6, int(side * 0.6)))
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")
    painter.restore()


@cache
def _status_pixmap(status: str | None, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_status(painter, QRectF(0, 0, size, size), status)
    painter.end()
    return pixmap


def status_icon(status: CheckStatus | str | None) -> QIcon:
    key = None if status is None else str(CheckStatus(status).value)
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(_status_pixmap(key, size))
    return icon


def verdict_icon(verdict: Verdict | str | None) -> QIcon:
    return status_icon(_shape_for_verdict(verdict))


def verdict_status(verdict: Verdict | str | None) -> str | None:
    """The status shape a verdict is drawn with (consistent=pass, review=warn, inconsistent=fail)."""
    return _shape_for_verdict(verdict)
