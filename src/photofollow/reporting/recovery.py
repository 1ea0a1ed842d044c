"""The recovery chart of a treatment (issue 15), drawn with QPainter for the screen and the sheet alike.

One panel per measure (redness, dark patches, the colour of dark patches, swelling: each in its own unit)
over a shared time axis, the
time since treatment log-scaled from an hour to months; in each panel the largest regional change per
follow-up with its uncertainty, the pain score on a second axis (right, 0-10), the symptom log's entries as
marks along the top, and the product's usual course (from the policy) as a shaded band from the treatment to
the hour the sign usually lasts. A follow-up that could not be measured is a grey cross on the zero line.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from photofollow.domain.change import (
    INDEX_NAMES,
    INDEX_UNITS,
    IndexId,
    MeasureId,
    RecoveryPoint,
    RecoverySeries,
)

MEASURE_COLOURS = {
    MeasureId.REDNESS: QColor(214, 39, 40),
    MeasureId.DARK_PATCHES: QColor(106, 61, 154),
    MeasureId.SWELLING: QColor(31, 120, 180),
}
COLOUR_INDEX_COLOUR = QColor(181, 134, 0)  # the colour of dark patches: an ochre (yellow up, blue down)

# The panels top to bottom: (measure, index); the colour of dark patches below their darkness.
PANELS = (
    (MeasureId.REDNESS, IndexId.ERYTHEMA),
    (MeasureId.DARK_PATCHES, IndexId.DARKNESS),
    (MeasureId.DARK_PATCHES, IndexId.COLOUR),
    (MeasureId.SWELLING, IndexId.WIDTH),
)


def _value(point: RecoveryPoint, measure: MeasureId, index: IndexId):
    return point.colour if index is IndexId.COLOUR else point.measures.get(measure)


PAIN_COLOUR = QColor(110, 110, 110)
SYMPTOM_COLOUR = QColor(230, 140, 0)
MIN_HOURS = 1.0  # the time axis starts an hour after the treatment (earlier photos are drawn there)
MIN_SPAN_HOURS = 24.0 * 14  # and shows at least two weeks
TICKS = (  # hours, label
    (1.0, "1 h"),
    (6.0, "6 h"),
    (24.0, "1 d"),
    (48.0, "2 d"),
    (168.0, "1 wk"),
    (336.0, "2 wk"),
    (730.0, "1 mo"),
    (2190.0, "3 mo"),
    (4380.0, "6 mo"),
    (8760.0, "1 yr"),
)


def _tick_label(label: str) -> str:
    return {
        "1 h": QCoreApplication.translate("Recovery", "1 h"),
        "6 h": QCoreApplication.translate("Recovery", "6 h"),
        "1 d": QCoreApplication.translate("Recovery", "1 d"),
        "2 d": QCoreApplication.translate("Recovery", "2 d"),
        "1 wk": QCoreApplication.translate("Recovery", "1 wk"),
        "2 wk": QCoreApplication.translate("Recovery", "2 wk"),
        "1 mo": QCoreApplication.translate("Recovery", "1 mo"),
        "3 mo": QCoreApplication.translate("Recovery", "3 mo"),
        "6 mo": QCoreApplication.translate("Recovery", "6 mo"),
        "1 yr": QCoreApplication.translate("Recovery", "1 yr"),
    }[label]


def _marker(painter: QPainter, measure: MeasureId, centre: QPointF, radius: float) -> None:
    """Each measure has its own shape as well as its colour (readable without colour)."""
    if measure is MeasureId.REDNESS:
        painter.drawEllipse(centre, radius, radius)
    elif measure is MeasureId.DARK_PATCHES:
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - radius * 1.2),
                    QPointF(centre.x() + radius * 1.1, centre.y() + radius * 0.8),
                    QPointF(centre.x() - radius * 1.1, centre.y() + radius * 0.8),
                ]
            )
        )


def draw_recovery_chart(painter: QPainter, rect: QRectF, series: RecoverySeries, font: QFont) -> None:
    """Draw `series` into `rect` (any device: a widget, a sheet page) with `font` for its words."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    locale = QLocale()
    left = rect.left() + metrics.horizontalAdvance("\u22120000") + line * 0.6
    right = rect.right() - metrics.horizontalAdvance("10") - line * 1.4
    legend = _legend_layout(metrics, rect.width())
    legend_height = line * (0.4 + 1.2 * (max(row for row, _x, _t, _k in legend) + 1))
    axis_height = line * 2.4
    top = rect.top() + line * 0.8  # room for the symptom marks
    bottom = rect.bottom() - legend_height - axis_height
    gap = line * 0.5
    panel_height = max(line * 2, (bottom - top - gap * (len(PANELS) - 1)) / len(PANELS))

    span = max(
        [MIN_SPAN_HOURS] + [p.hours * 1.3 for p in series.points] + [s.hours * 1.3 for s in series.symptoms]
    )
    lo, hi = math.log10(MIN_HOURS), math.log10(span)

    def x_of(hours: float) -> float:
        return left + (math.log10(max(hours, MIN_HOURS)) - lo) / (hi - lo) * (right - left)

    text_pen = QPen(QColor(40, 40, 40), 1)
    for position, (measure, index) in enumerate(PANELS):
        panel = QRectF(left, top + position * (panel_height + gap), right - left, panel_height)
        colour = COLOUR_INDEX_COLOUR if index is IndexId.COLOUR else MEASURE_COLOURS[measure]
        values = [v for p in series.points if (v := _value(p, measure, index)) is not None]
        low = min([0.0] + [m.change - m.uncertainty for m in values])
        high = max([0.0] + [m.change + m.uncertainty for m in values])
        if high - low < 1e-6:
            low, high = -1.0, 1.0
        pad = (high - low) * 0.08
        low, high = low - pad, high + pad

        def y_of(value: float, panel=panel, low=low, high=high) -> float:
            return panel.bottom() - (value - low) / (high - low) * panel.height()

        painter.fillRect(panel, QColor(250, 250, 250))
        usual = (series.usual_hours or {}).get(measure)
        if usual:
            band = QRectF(QPointF(left, panel.top()), QPointF(min(x_of(usual), right), panel.bottom()))
            shade = QColor(colour)
            shade.setAlpha(38)
            painter.fillRect(band, shade)
        painter.setPen(QPen(QColor(205, 205, 205), 1))
        for hours, _label in TICKS:
            if MIN_HOURS <= hours <= span:
                painter.drawLine(QPointF(x_of(hours), panel.top()), QPointF(x_of(hours), panel.bottom()))
        painter.setPen(QPen(QColor(120, 120, 120), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left, y_of(0.0)), QPointF(right, y_of(0.0)))
        painter.setPen(QPen(QColor(150, 150, 150), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(panel)
        # The measure's name and unit, its axis on the left.
        painter.setPen(text_pen)
        name = f"{QCoreApplication.translate('Change', INDEX_NAMES[index])} ({INDEX_UNITS[index]})"
        if index is IndexId.COLOUR:
            name += " – " + QCoreApplication.translate("Recovery", "up: yellower, down: bluer")
        painter.drawText(
            QRectF(panel.left() + 4, panel.top() + 1, panel.width(), line), Qt.AlignmentFlag.AlignLeft, name
        )
        labels = {locale.toString(value, "f", 1): value for value in (low + pad, 0.0, high - pad)}
        for text, value in labels.items():  # once each: the low end is often zero itself
            painter.drawText(
                QRectF(rect.left(), y_of(value) - line / 2, left - rect.left() - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        # The pain score on the right axis, 0-10.
        pains = [(x_of(p.hours), p.pain_score) for p in series.points if p.pain_score is not None]

        def pain_y(score: float, panel=panel) -> float:
            return panel.bottom() - score / 10.0 * panel.height()

        painter.setPen(QPen(PAIN_COLOUR, 1))
        for score in (0, 10):
            painter.drawText(
                QRectF(right + 4, pain_y(score) - line / 2, rect.right() - right - 4, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                locale.toString(score),
            )
        if pains:
            painter.setPen(QPen(PAIN_COLOUR, 1.2, Qt.PenStyle.DotLine))
            path = QPainterPath(QPointF(pains[0][0], pain_y(pains[0][1])))
            for x, score in pains[1:]:
                path.lineTo(x, pain_y(score))
            painter.drawPath(path)
            painter.setPen(QPen(PAIN_COLOUR, 1))
            painter.setBrush(PAIN_COLOUR)
            for x, score in pains:
                _diamond(painter, QPointF(x, pain_y(score)), line * 0.22)
        # The measure: the largest regional change per follow-up with its uncertainty, joined in time order.
        points = [(x_of(p.hours), _value(p, measure, index), p) for p in series.points]
        measured = [(x, m) for x, m, _p in points if m is not None]
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(measured) > 1:
            path = QPainterPath(QPointF(measured[0][0], y_of(measured[0][1].change)))
            for x, m in measured[1:]:
                path.lineTo(x, y_of(m.change))
            painter.drawPath(path)
        for x, m in measured:
            painter.setPen(QPen(colour, 1.2))
            painter.drawLine(
                QPointF(x, y_of(m.change - m.uncertainty)), QPointF(x, y_of(m.change + m.uncertainty))
            )
            painter.setBrush(colour if m.beyond_uncertainty else QColor("white"))
            _marker(painter, measure, QPointF(x, y_of(m.change)), line * 0.25)
        painter.setPen(QPen(QColor(140, 140, 140), 1.4))
        for x, m, _p in points:
            if m is None:
                r = line * 0.2
                y = y_of(0.0)
                painter.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r))
                painter.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r))
    # Symptom-log entries: marks along the top, a thin line through the panels.
    for mark in series.symptoms:
        x = x_of(mark.hours)
        painter.setPen(QPen(SYMPTOM_COLOUR, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(QPen(SYMPTOM_COLOUR, 1))
        painter.setBrush(SYMPTOM_COLOUR)
        size = line * 0.3
        painter.drawPolygon(
            QPolygonF(
                [QPointF(x - size, top - size * 1.6), QPointF(x + size, top - size * 1.6), QPointF(x, top)]
            )
        )
    # The time axis.
    painter.setPen(text_pen)
    last_right = -1e9
    for hours, label in TICKS:
        if MIN_HOURS <= hours <= span:
            text = _tick_label(label)
            width = metrics.horizontalAdvance(text)
            x = x_of(hours)
            if x - width / 2 > last_right + 4:
                painter.drawText(
                    QRectF(x - width / 2 - 2, bottom + 2, width + 4, line), Qt.AlignmentFlag.AlignCenter, text
                )
                last_right = x + width / 2
    painter.drawText(
        QRectF(left, bottom + line * 1.2, right - left, line),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("Recovery", "Time since treatment (log scale)"),
    )
    _legend(painter, legend, QPointF(rect.left(), rect.bottom() - legend_height + line * 0.4), line)
    painter.restore()


def _diamond(painter: QPainter, centre: QPointF, radius: float) -> None:
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(centre.x(), centre.y() - radius),
                QPointF(centre.x() + radius, centre.y()),
                QPointF(centre.x(), centre.y() + radius),
                QPointF(centre.x() - radius, centre.y()),
            ]
        )
    )


def _legend_layout(metrics: QFontMetricsF, width: float) -> list[tuple[int, float, str, str]]:
    """The legend's entries as (row, x offset, text, kind), wrapped to `width`."""
    line = metrics.height()
    entries = [
        (QCoreApplication.translate("Recovery", "Pain score (right axis, 0\u201310)"), "pain"),
        (QCoreApplication.translate("Recovery", "Symptom log"), "symptom"),
        (QCoreApplication.translate("Recovery", "Usual course after this product"), "course"),
        (QCoreApplication.translate("Recovery", "Not measured"), "cross"),
        (QCoreApplication.translate("Recovery", "Filled: larger than its uncertainty"), "filled"),
    ]
    placed, row, x = [], 0, 0.0
    for text, kind in entries:
        needed = line * 0.8 + metrics.horizontalAdvance(text) + line
        if x > 0 and x + needed > width:
            row, x = row + 1, 0.0
        placed.append((row, x, text, kind))
        x += needed
    return placed


def _legend(
    painter: QPainter, placed: list[tuple[int, float, str, str]], origin: QPointF, line: float
) -> None:
    for row, offset, text, kind in placed:
        x = origin.x() + offset
        top = origin.y() + row * line * 1.2
        y = top + line / 2
        symbol = QPointF(x + line * 0.35, y)
        if kind == "pain":
            painter.setPen(QPen(PAIN_COLOUR, 1))
            painter.setBrush(PAIN_COLOUR)
            _diamond(painter, symbol, line * 0.22)
        elif kind == "symptom":
            painter.setPen(QPen(SYMPTOM_COLOUR, 1))
            painter.setBrush(SYMPTOM_COLOUR)
            s = line * 0.3
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(symbol.x() - s, y - s),
                        QPointF(symbol.x() + s, y - s),
                        QPointF(symbol.x(), y + s),
                    ]
                )
            )
        elif kind == "course":
            shade = QColor(120, 120, 120, 60)
            painter.fillRect(QRectF(symbol.x() - line * 0.3, y - line * 0.3, line * 0.6, line * 0.6), shade)
        elif kind == "cross":
            painter.setPen(QPen(QColor(140, 140, 140), 1.4))
            r = line * 0.2
            painter.drawLine(QPointF(symbol.x() - r, y - r), QPointF(symbol.x() + r, y + r))
            painter.drawLine(QPointF(symbol.x() - r, y + r), QPointF(symbol.x() + r, y - r))
        else:
            painter.setPen(QPen(QColor(60, 60, 60), 1))
            painter.setBrush(QColor(60, 60, 60))
            painter.drawEllipse(symbol, line * 0.22, line * 0.22)
        painter.setPen(QPen(QColor(40, 40, 40), 1))
        painter.drawText(QRectF(x + line * 0.8, top, 10000, line), Qt.AlignmentFlag.AlignVCenter, text)
