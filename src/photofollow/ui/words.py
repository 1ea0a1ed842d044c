"""The clinic's words on screen: views, areas, checks, statuses, verdicts, time since treatment, translated.

The domain keeps stable ids (`View.FRONTAL`, `CheckStatus.FAIL`); this module is the one place that turns them
into words through Qt's translations, so every window and the sheets say the same thing in every language.
Each string is a literal inside `QCoreApplication.translate` so `lupdate` finds it.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from photofollow.domain.checks import CheckId, CheckStatus, Verdict
from photofollow.domain.model import Area, CaptureTimeSource, Trend, View, VisitKind
from photofollow.domain.timing import BeforeUnit, Elapsed, Phase


def view_name(view: View | str) -> str:
    names = {
        View.FRONTAL: QCoreApplication.translate("View", "Frontal"),
        View.OBLIQUE_45_LEFT: QCoreApplication.translate("View", "Oblique 45° left"),
        View.OBLIQUE_45_RIGHT: QCoreApplication.translate("View", "Oblique 45° right"),
        View.LATERAL_90_LEFT: QCoreApplication.translate("View", "Lateral 90° left"),
        View.LATERAL_90_RIGHT: QCoreApplication.translate("View", "Lateral 90° right"),
        View.SCALP_VERTEX: QCoreApplication.translate("View", "Scalp vertex"),
        View.SCALP_MIDLINE: QCoreApplication.translate("View", "Scalp centre part"),
        View.SCALP_FRONTAL: QCoreApplication.translate("View", "Frontal hairline"),
        View.SCALP_TEMPORAL_LEFT: QCoreApplication.translate("View", "Left temple"),
        View.SCALP_TEMPORAL_RIGHT: QCoreApplication.translate("View", "Right temple"),
        View.SCALP_OCCIPITAL: QCoreApplication.translate("View", "Back of the head"),
        View.HANDS_DORSAL: QCoreApplication.translate("View", "Back of the hands"),
        View.HANDS_PALMAR: QCoreApplication.translate("View", "Palms"),
        View.CLOSE_UP: QCoreApplication.translate("View", "Close-up"),
        View.OTHER: QCoreApplication.translate("View", "Other view"),
    }
    try:
        return names[View(view)]
    except ValueError:
        return str(view)


def area_name(area: Area | str) -> str:
    names = {
        Area.FACE: QCoreApplication.translate("Area", "Face"),
        Area.SCALP: QCoreApplication.translate("Area", "Scalp"),
        Area.NECK: QCoreApplication.translate("Area", "Neck"),
        Area.DECOLLETAGE: QCoreApplication.translate("Area", "Décolletage"),
        Area.HANDS: QCoreApplication.translate("Area", "Hands"),
        Area.BODY: QCoreApplication.translate("Area", "Body"),
        Area.OTHER: QCoreApplication.translate("Area", "Other area"),
    }
    try:
        return names[Area(area)]
    except ValueError:
        return str(area)


def visit_kind_name(kind: VisitKind | str) -> str:
    if VisitKind(kind) is VisitKind.BASELINE:
        return QCoreApplication.translate("VisitKind", "Baseline")
    return QCoreApplication.translate("VisitKind", "Follow-up")


def trend_name(trend: Trend | str | None) -> str:
    if trend is None:
        return QCoreApplication.translate("Trend", "Not recorded")
    return {
        Trend.BETTER: QCoreApplication.translate("Trend", "Getting better"),
        Trend.SAME: QCoreApplication.translate("Trend", "The same"),
        Trend.WORSE: QCoreApplication.translate("Trend", "Getting worse"),
    }[Trend(trend)]


def check_name(check_id: CheckId | str) -> str:
    names = {
        CheckId.EXPOSURE: QCoreApplication.translate("Check", "Brightness"),
        CheckId.WHITE_BALANCE: QCoreApplication.translate("Check", "Colour of the light"),
        CheckId.LIGHT_DIRECTION: QCoreApplication.translate("Check", "Direction of the light"),
        CheckId.FLASH: QCoreApplication.translate("Check", "Flash"),
        CheckId.SHARPNESS: QCoreApplication.translate("Check", "Focus"),
        CheckId.DISTANCE: QCoreApplication.translate("Check", "Distance"),
        CheckId.FRAMING: QCoreApplication.translate("Check", "Framing"),
        CheckId.ROLL: QCoreApplication.translate("Check", "Tilt"),
        CheckId.HEAD_POSE: QCoreApplication.translate("Check", "Head angle"),
        CheckId.VIEW: QCoreApplication.translate("Check", "View"),
        CheckId.LENS: QCoreApplication.translate("Check", "Lens"),
        CheckId.CAMERA: QCoreApplication.translate("Check", "Camera"),
        CheckId.EDITING: QCoreApplication.translate("Check", "Filters and editing"),
        CheckId.RESOLUTION: QCoreApplication.translate("Check", "Resolution"),
        CheckId.CAPTURE_TIME: QCoreApplication.translate("Check", "Date taken"),
    }
    try:
        return names[CheckId(check_id)]
    except ValueError:
        return str(check_id)


def status_word(status: CheckStatus | str | None) -> str:
    if status is None:
        return QCoreApplication.translate("Status", "Not checked")
    return {
        CheckStatus.PASS: QCoreApplication.translate("Status", "Pass"),
        CheckStatus.WARN: QCoreApplication.translate("Status", "Warning"),
        CheckStatus.FAIL: QCoreApplication.translate("Status", "Fail"),
        CheckStatus.SKIPPED: QCoreApplication.translate("Status", "Skipped"),
    }[CheckStatus(status)]


def verdict_word(verdict: Verdict | str | None) -> str:
    if verdict is None:
        return QCoreApplication.translate("Verdict", "Not checked")
    return {
        Verdict.CONSISTENT: QCoreApplication.translate("Verdict", "Consistent"),
        Verdict.REVIEW: QCoreApplication.translate("Verdict", "Review"),
        Verdict.INCONSISTENT: QCoreApplication.translate("Verdict", "Inconsistent"),
    }[Verdict(verdict)]


def verdict_sentence(verdict: Verdict | str | None) -> str:
    if verdict is None:
        return QCoreApplication.translate(
            "Verdict", "This photo has not been checked against its baseline yet."
        )
    return {
        Verdict.CONSISTENT: QCoreApplication.translate(
            "Verdict", "Taken like its baseline: the comparison is fair."
        ),
        Verdict.REVIEW: QCoreApplication.translate(
            "Verdict", "Some differences from the baseline: look at the warnings before comparing."
        ),
        Verdict.INCONSISTENT: QCoreApplication.translate(
            "Verdict",
            "Not taken like its baseline: differences in the photos can mislead. Consider a retake.",
        ),
    }[Verdict(verdict)]


def capture_source_word(source: CaptureTimeSource | str | None) -> str:
    if source is None:
        return QCoreApplication.translate("CaptureTime", "date unknown")
    if CaptureTimeSource(source).from_camera:
        return QCoreApplication.translate("CaptureTime", "from camera")
    return QCoreApplication.translate("CaptureTime", "from file date: check")


def elapsed_label(elapsed: Elapsed | None) -> str:
    """Time since treatment in the current language, by the rules of `domain.timing` (same structure)."""
    if elapsed is None:
        return QCoreApplication.translate("Elapsed", "Date unknown")
    n = elapsed.count
    if elapsed.phase is Phase.BEFORE:
        if elapsed.unit is BeforeUnit.MINUTES:
            return QCoreApplication.translate("Elapsed", "Baseline (%n min before)", None, n)
        if elapsed.unit is BeforeUnit.HOURS:
            return QCoreApplication.translate("Elapsed", "Baseline (%n h before)", None, n)
        if n == 1:
            return QCoreApplication.translate("Elapsed", "Baseline (1 day before)")
        return QCoreApplication.translate("Elapsed", "Baseline (%n days before)", None, n)
    if elapsed.phase is Phase.DAY0:
        if elapsed.unit is BeforeUnit.MINUTES:
            return QCoreApplication.translate("Elapsed", "Day 0 (%n min)", None, n)
        return QCoreApplication.translate("Elapsed", "Day 0 (%n h)", None, n)
    if elapsed.phase is Phase.DAYS:
        return QCoreApplication.translate("Elapsed", "Day %n", None, n)
    if elapsed.phase is Phase.WEEKS:
        return QCoreApplication.translate("Elapsed", "Week %n", None, n)
    if elapsed.phase is Phase.MONTHS:
        return QCoreApplication.translate("Elapsed", "Month %n", None, n)
    return QCoreApplication.translate("Elapsed", "Year %n", None, n)


def pain_text(pain_score: int | None) -> str:
    if pain_score is None:
        return QCoreApplication.translate("Pain", "Pain: not recorded")
    return QCoreApplication.translate("Pain", "Pain %1/10").replace("%1", QLocale().toString(pain_score))


def date_text(moment: datetime | None, with_time: bool = True) -> str:
    """A date (and time) in the user's locale, in the moment's own time zone."""
    if moment is None:
        return QCoreApplication.translate("Elapsed", "Date unknown")
    qt_moment = QDateTime(moment.date(), moment.time().replace(microsecond=0))
    offset = moment.utcoffset()
    if offset is not None:
        qt_moment = QDateTime(
            moment.date(), moment.time().replace(microsecond=0), QTimeZone(int(offset.total_seconds()))
        )
    locale = QLocale()
    if with_time:
        return locale.toString(qt_moment, QLocale.FormatType.ShortFormat)
    return locale.toString(qt_moment.date(), QLocale.FormatType.ShortFormat)


def day_text(day: date | None) -> str:
    """A calendar date (a birth date, a visit day) in the user's locale."""
    if day is None:
        return QCoreApplication.translate("Elapsed", "Date unknown")
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
