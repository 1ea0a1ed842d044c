"""The recovery chart (issue 15): the series a treatment's follow-ups make (hours since treatment, the
largest regional change per measure, pain, symptom log, the product's usual course) and its drawing on a
real image."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from photofollow.domain.change import ChangeReport, Measure, MeasureId, RegionId, skipped
from photofollow.domain.model import SymptomEntry
from photofollow.domain.text import Phrase
from photofollow.reporting.recovery import MEASURE_COLOURS, draw_recovery_chart
from photofollow.services.change import recovery_series
from photofollow.services.checking import default_policy

TREATED = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _report(redness_left: float, redness_right: float) -> ChangeReport:
    return ChangeReport(
        True,
        None,
        (
            Measure(MeasureId.REDNESS, RegionId.CHEEK_LEFT, 18.0, 18.0 + redness_left, 0.5),
            Measure(MeasureId.REDNESS, RegionId.CHEEK_RIGHT, 18.0, 18.0 + redness_right, 0.5),
            Measure(MeasureId.SWELLING, RegionId.CHIN, 150.0, 151.0, 2.0),
        ),
    )


def test_series_from_a_treatment():
    follow_ups = [
        (TREATED + timedelta(days=7), 1, _report(0.2, -0.1)),
        (TREATED + timedelta(hours=6), 4, _report(3.0, -4.0)),
        (
            datetime(2026, 3, 3, 10, 0),
            2,
            skipped(Phrase("Change", "Not measured: the flash differs (%1)", ("x",))),
        ),
    ]
    symptoms = [SymptomEntry(1, TREATED + timedelta(hours=3), severity=5), SymptomEntry(1, None)]
    series = recovery_series(TREATED, follow_ups, symptoms, "Mesotherapy cocktail", default_policy())
    assert [round(p.hours) for p in series.points] == [
        6,
        24,
        168,
    ]  # a naive camera time is the clinic's clock
    first = series.points[0].measures[MeasureId.REDNESS]
    assert first.region == RegionId.CHEEK_RIGHT and first.change == -4.0  # the largest change in size
    assert MeasureId.DARK_PATCHES not in series.points[0].measures
    assert series.points[1].measures == {} and series.points[1].reason is not None
    assert [p.pain_score for p in series.points] == [4, 2, 1]
    assert [s.hours for s in series.symptoms] == [3.0]
    assert series.usual_hours == {
        MeasureId.REDNESS: 24.0,
        MeasureId.DARK_PATCHES: 168.0,
        MeasureId.SWELLING: 48.0,
    }
    assert recovery_series(TREATED, follow_ups, [], "Filler", default_policy()).usual_hours is None


def test_chart_draws_measures_band_and_marks(qapp):
    follow_ups = [
        (TREATED + timedelta(hours=h), 3, _report(4.0 / (1 + h / 12), 0.0)) for h in (2, 6, 24, 72, 336)
    ]
    series = recovery_series(TREATED, follow_ups, [], "mesotherapy", default_policy())
    image = QImage(900, 520, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_recovery_chart(painter, QRectF(0, 0, 900, 520), series, QFont())
    painter.end()
    colours = {image.pixelColor(x, y).rgb() for x in range(0, 900, 3) for y in range(0, 520, 3)}
    assert MEASURE_COLOURS[MeasureId.REDNESS].rgb() in colours  # the redness line and markers
    assert len(colours) > 50  # bands, text, axes
