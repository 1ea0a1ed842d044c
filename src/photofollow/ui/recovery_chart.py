"""The recovery chart of a treatment on screen (issue 15): reporting.recovery's drawing in a widget, in the
comparison window and, per treatment, in the main window's timeline (`TreatmentRecovery`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from photofollow.domain.change import RecoverySeries
from photofollow.domain.model import View
from photofollow.reporting import words
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


class TreatmentRecovery(QWidget):
    """A treatment's recovery chart in the main window's timeline: a toggle that shows or hides it, the view
    it charts when the treatment has several, a line while follow-ups are measured, and the chart. The
    window measures the follow-ups (each against the view's baseline) and gives the series (`set_series`)."""

    view_chosen = Signal(object)  # View
    shown = Signal(bool)

    CHART_HEIGHT = 460  # four panels, the time axis and the legend at the usual font size

    def __init__(self, views: list[View], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = list(views)
        self.measuring = 0
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._toggled)
        self.view_combo = QComboBox(self)
        for view in self.views:
            self.view_combo.addItem("", view)
        self.view_combo.setVisible(len(self.views) > 1)
        self.view_combo.currentIndexChanged.connect(lambda _i: self.view_chosen.emit(self.current_view()))
        self.status = QLabel(self)
        self.chart = RecoveryChart(self)
        self.chart.setMinimumHeight(self.CHART_HEIGHT)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle)
        top.addWidget(self.view_combo)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        self.retranslate_ui()

    def current_view(self) -> View:
        return self.view_combo.currentData()

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_series(self, series: RecoverySeries, measuring: int = 0) -> None:
        """The chart's series; `measuring`: how many follow-ups are still being measured."""
        self.measuring = measuring
        self.chart.set_series(series)
        self._status_text()

    def _toggled(self, checked: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow)
        self.chart.setVisible(checked)
        self.view_combo.setVisible(checked and len(self.views) > 1)
        self._status_text()
        self.shown.emit(checked)

    def _status_text(self) -> None:
        text = ""
        if self.measuring and self.is_open():
            text = self.tr("Measuring %n follow-up(s)\u2026", None, self.measuring)
        self.status.setText(text)

    def retranslate_ui(self) -> None:
        self.toggle.setText(self.tr("Recovery chart"))
        self.toggle.setToolTip(
            self.tr(
                "Redness, dark patches and swelling of each follow-up against the baseline, over the time "
                "since the treatment. The numbers describe the photos; they do not diagnose."
            )
        )
        self.view_combo.setAccessibleName(self.tr("View of the recovery chart"))
        for index, view in enumerate(self.views):
            self.view_combo.setItemText(index, words.view_name(view))
        self._status_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
