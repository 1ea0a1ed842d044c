"""The recovery chart of a treatment on screen (issue 15): reporting.recovery's drawing in a widget."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from photofollow.domain.change import RecoverySeries
from photofollow.reporting.recovery import draw_recovery_chart


class RecoveryChart(QWidget):
    """Each measure over time since treatment, the pain score, the symptom log and the usual course."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = RecoverySeries(())
        self.setMinimumSize(360, 240)

    def set_series(self, series: RecoverySeries) -> None:
        self.series = series
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        draw_recovery_chart(painter, QRectF(self.rect()).adjusted(6, 6, -6, -6), self.series, self.font())
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)
