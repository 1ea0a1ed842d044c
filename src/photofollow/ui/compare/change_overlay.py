"""The change in the comparison (issue 15): redness up or down drawn over the aligned follow-up, a legend with
its unit, the per-region numbers beside the findings, a toggle; and the background work that measures each
follow-up's change from the library's cached measurements and change samples.

The numbers describe the two photos; they do not diagnose (the panel says so).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photofollow.domain.change import (
    INDEX_NAMES,
    INDEX_UNITS,
    MEASURE_NAMES,
    REGION_NAMES,
    ChangeReport,
    IndexId,
    MeasureId,
    RegionId,
)
from photofollow.reporting import words

# Redness up in red, down in blue: a pair that people with the common colour-vision deficiencies still tell
# apart (unlike red and green), and the strength is the opacity, so the skin stays visible under it.
REDNESS_UP = (214, 39, 40)
REDNESS_DOWN = (33, 102, 172)
MAX_ALPHA = 210  # the overlay's opacity at full scale: the skin's texture still shows through

# The table's columns: (measure, index); the colour of dark patches beside their darkness.
MEASURE_COLUMNS = (
    (MeasureId.REDNESS, IndexId.ERYTHEMA),
    (MeasureId.DARK_PATCHES, IndexId.DARKNESS),
    (MeasureId.DARK_PATCHES, IndexId.COLOUR),
    (MeasureId.SWELLING, IndexId.WIDTH),
)


def overlay_image(redness: np.ndarray, mask: np.ndarray, full_scale: float) -> QImage:
    """The redness change map as an RGBA image: red where the follow-up is redder, blue where it is less red,
    opaque in proportion to the change up to `full_scale` EI; transparent outside the measured regions."""
    strength = np.clip(np.abs(redness) / max(full_scale, 1e-6), 0.0, 1.0) * mask
    rgba = np.zeros((*redness.shape, 4), np.uint8)
    up = redness > 0
    for channel in range(3):
        rgba[..., channel] = np.where(up, REDNESS_UP[channel], REDNESS_DOWN[channel])
    rgba[..., 3] = np.round(strength * MAX_ALPHA).astype(np.uint8)
    height, width = redness.shape
    return QImage(rgba.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


def matrix_transform(matrix) -> QTransform:
    """A QTransform from a 3x3 matrix acting on column vectors."""
    m = np.asarray(matrix, dtype=float)
    return QTransform(m[0, 0], m[1, 0], m[2, 0], m[0, 1], m[1, 1], m[2, 1], m[0, 2], m[1, 2], m[2, 2])


def measure_word(measure: MeasureId | str) -> str:
    return QCoreApplication.translate("Change", MEASURE_NAMES[MeasureId(measure)])


def region_word(region: RegionId | str) -> str:
    return QCoreApplication.translate("Change", REGION_NAMES[RegionId(region)])


def signed(value: float, decimals: int = 1) -> str:
    """A change with its sign, in the user's locale ("+1,9" in Dutch)."""
    text = QLocale().toString(abs(value), "f", decimals)
    if round(abs(value), decimals) == 0:
        return text
    return ("+" if value > 0 else "\u2212") + text


class ChangeLegend(QWidget):
    """The overlay's colour scale: less red (blue) to redder (red), with the unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_scale = 5.0
        self.setMinimumHeight(38)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_full_scale(self, full_scale: float) -> None:
        self.full_scale = full_scale
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(4, 2, self.width() - 8, 12)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        gradient.setColorAt(0.0, QColor(*REDNESS_DOWN, MAX_ALPHA))
        gradient.setColorAt(0.5, QColor(*REDNESS_DOWN, 0))
        gradient.setColorAt(0.5, QColor(*REDNESS_UP, 0))
        gradient.setColorAt(1.0, QColor(*REDNESS_UP, MAX_ALPHA))
        painter.fillRect(bar, QColor(235, 225, 215))  # a skin-like ground, as the overlay lies on skin
        painter.fillRect(bar, gradient)
        painter.setPen(QPen(self.palette().windowText().color(), 1))
        painter.drawRect(bar)
        full = QLocale().toString(self.full_scale, "f", 0)
        left = self.tr("\u2212%1 EI: less red").replace("%1", full)
        right = self.tr("+%1 EI: redder").replace("%1", full)
        text_box = QRectF(bar.left(), bar.bottom() + 2, bar.width(), 20)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, left)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "0")
        painter.drawText(text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, right)
        painter.end()


class ChangePanel(QWidget):
    """Beside the findings: a toggle for the overlay, its legend, and per region the change of each measure
    with its uncertainty (bold when the change is larger than its uncertainty)."""

    overlay_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ChangeReport | None = None
        self.state = "none"  # none, measuring, measured, skipped, failed
        self.toggle = QCheckBox(self)
        self.toggle.toggled.connect(self.overlay_toggled)
        self.legend = ChangeLegend(self)
        self.units = QLabel(self)
        self.units.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(MEASURE_COLUMNS), self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.toggle, self.legend, self.status, self.table, self.units, self.note):
            layout.addWidget(widget)
        layout.setStretchFactor(self.table, 1)
        self.retranslate_ui()
        self.show_state("none")

    def retranslate_ui(self) -> None:
        self.toggle.setText(self.tr("Show the change in redness on the follow-up"))
        self.toggle.setToolTip(
            self.tr(
                "Red: redder than at baseline; blue: less red. The stronger the colour, the larger the "
                "change."
            )
        )
        self.units.setText(
            self.tr(
                "EI: erythema index, 100 \u00d7 log10 of red over green light, after matching the "
                "follow-up's colour to the baseline's. Dark patches: % darker than the baseline's skin in "
                "the region. YI: their colour, 100 \u00d7 log10 of red and green over blue light (above zero "
                "yellower, below zero bluer than the region at baseline). "
                "Swelling: the face's outline from the midline, in % of the eye distance. \u00b1: the "
                "uncertainty (about 95 %)."
            )
        )
        self.note.setText(self.tr("These numbers describe the two photos; they do not diagnose."))
        self.table.setHorizontalHeaderLabels(
            [
                f"{QCoreApplication.translate('Change', INDEX_NAMES[index])} ({INDEX_UNITS[index]})"
                for _measure, index in MEASURE_COLUMNS
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_full_scale(self, full_scale: float) -> None:
        self.legend.set_full_scale(full_scale)

    def show_state(self, state: str, report: ChangeReport | None = None, error: str = "") -> None:
        self.state, self.report, self._error = state, report, error
        self._fill()

    def _fill(self) -> None:
        report = self.report
        measured = self.state == "measured" and report is not None and report.comparable
        self.toggle.setEnabled(measured)
        self.legend.setVisible(measured)
        self.table.setVisible(measured)
        self.units.setVisible(measured)
        if self.state == "measuring":
            self.status.setText(self.tr("Measuring the change\u2026"))
        elif self.state == "skipped" and report is not None and report.reason is not None:
            self.status.setText(words.phrase_text(report.reason))
        elif self.state == "failed":
            self.status.setText(self.tr("The change could not be measured: %1").replace("%1", self._error))
        elif self.state == "none":
            self.status.setText(
                self.tr("The change is measured when a follow-up is compared with its baseline.")
            )
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        if not measured:
            self.table.setRowCount(0)
            return
        regions = list(dict.fromkeys(m.region for m in report.measures))
        self.table.setRowCount(len(regions))
        self.table.setVerticalHeaderLabels([region_word(r) for r in regions])
        for row, region in enumerate(regions):
            for column, (measure_id, index) in enumerate(MEASURE_COLUMNS):
                measure = report.find(measure_id, region, index)
                if measure is None:
                    item = QTableWidgetItem("\u2013")
                    item.setToolTip(self.tr("Not measured in this region"))
                else:
                    spread = QLocale().toString(measure.uncertainty, "f", 1)
                    item = QTableWidgetItem(f"{signed(measure.change)} \u00b1 {spread}")
                    if measure.beyond_uncertainty:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    tip = (
                        self.tr("Baseline %1, follow-up %2")
                        .replace("%1", signed(measure.baseline, 1).lstrip("+"))
                        .replace("%2", signed(measure.follow_up, 1).lstrip("+"))
                    )
                    if measure.share_above is not None:
                        before, after = (QLocale().toString(100 * v, "f", 0) for v in measure.share_above)
                        share = self.tr(
                            "Redder than 9 in 10 of the region's points at baseline: %1 % of the region at "
                            "baseline, %2 % in the follow-up"
                        )
                        tip += "\n" + share.replace("%1", before).replace("%2", after)
                    item.setToolTip(tip)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)


ChangeCallback = Callable[[object], None]


class PairChanges(QObject):
    """Each follow-up's change against its baseline, measured once per comparison window in the background:
    cached measurements and change samples from the library (serial worker), the change on the pool, new
    samples kept in the library (serial worker)."""

    def __init__(self, gateway, runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.runner = runner
        self._changes: dict[tuple, object] = {}

    def request(
        self, baseline, follow_up, area, report, done: ChangeCallback, failed: ChangeCallback
    ) -> None:
        # A pair is its two photos as turned, in the treated area (a correction that moves or turns one
        # makes a new pair; a baseline chosen anew has another id).
        key = (baseline.id, baseline.rotation, follow_up.id, follow_up.rotation, area)
        if key in self._changes:
            done(self._changes[key])
            return
        photos = (baseline, follow_up)

        def load(_progress):
            return [
                (self.gateway.cached_measurements(p), self.gateway.cached_change_sample(p)) for p in photos
            ]

        def compute(cached):
            fresh = []
            for index, photo in enumerate(photos):
                measurements, sample = cached[index]
                if measurements is None or sample is None:
                    measurements, sample = self.gateway.measure_with_sample(photo)
                    fresh.append((photo, sample))
                cached[index] = (measurements, sample)
            change = self.gateway.pair_change(
                (cached[0][0], cached[1][0]), (cached[0][1], cached[1][1]), area, report
            )
            return change, fresh

        def computed(result) -> None:
            change, fresh = result
            if fresh:
                keep = lambda _p: [self.gateway.store_change_sample(p, s) for p, s in fresh]  # noqa: E731
                self.runner.run_serial("keep change samples", keep, None, lambda _error: None)
            self._changes[key] = change
            done(change)

        def loaded(cached) -> None:
            self.runner.run_parallel("measure change", lambda _p: compute(list(cached)), computed, failed)

        self.runner.run_serial("load change samples", load, loaded, failed)


def paint_overlay(
    painter: QPainter, overlay: QImage, to_full: QTransform, layer_to_widget: QTransform
) -> None:
    """Draw a change overlay (its pixels -> the follow-up's full-size pixels by `to_full`) on its layer."""
    painter.save()
    painter.setTransform(to_full * layer_to_widget)
    painter.drawImage(QPointF(0, 0), overlay)
    painter.restore()
