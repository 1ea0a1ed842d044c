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


def _t(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def view_name(view: View | str) -> str:
    names = {
        View.FRONTAL: _t("View", "Frontal"),
        View.OBLIQUE_45_LEFT: _t("View", "Oblique 45° left"),
        View.OBLIQUE_45_RIGHT: _t("View", "Oblique 45° right"),
        View.LATERAL_90_LEFT: _t("View", "Lateral 90° left"),
        View.LATERAL_90_RIGHT: _t("View", "Lateral 90° right"),
        View.SCALP_VERTEX: _t("View", "Scalp vertex"),
        View.SCALP_MIDLINE: _t("View", "Scalp centre part"),
        View.SCALP_FRONTAL: _t("View", "Frontal hairline"),
        View.SCALP_TEMPORAL_LEFT: _t("View", "Left temple"),
        View.SCALP_TEMPORAL_RIGHT: _t("View", "Right temple"),
        View.SCALP_OCCIPITAL: _t("View", "Back of the head"),
        View.HANDS_DORSAL: _t("View", "Back of the hands"),
        View.HANDS_PALMAR: _t("View", "Palms"),
        View.CLOSE_UP: _t("View", "Close-up"),
        View.OTHER: _t("View", "Other view"),
    }
    try:
        return names[View(view)]
    except ValueError:
        return str(view)


def area_name(area: Area | str) -> str:
    names = {
        Area.FACE: _t("Area", "Face"),
        Area.SCALP: _t("Area", "Scalp"),
        Area.NECK: _t("Area", "Neck"),
        Area.DECOLLETAGE: _t("Area", "Décolletage"),
        Area.HANDS: _t("Area", "Hands"),
        Area.BODY: _t("Area", "Body"),
        Area.OTHER: _t("Area", "Other area"),
    }
    try:
        return names[Area(area)]
    except ValueError:
        return str(area)


def visit_kind_name(kind: VisitKind | str) -> str:
    if VisitKind(kind) is VisitKind.BASELINE:
        return _t("VisitKind", "Baseline")
    return _t("VisitKind", "Follow-up")


def trend_name(trend: Trend | str | None) -> str:
    if trend is None:
        return _t("Trend", "Not recorded")
    return {
        Trend.BETTER: _t("Trend", "Getting better"),
        Trend.SAME: _t("Trend", "The same"),
        Trend.WORSE: _t("Trend", "Getting worse"),
    }[Trend(trend)]


def check_name(check_id: CheckId | str) -> str:
    names = {
        CheckId.EXPOSURE: _t("Check", "Brightness"),
        CheckId.WHITE_BALANCE: _t("Check", "Colour of the light"),
        CheckId.LIGHT_DIRECTION: _t("Check", "Direction of the light"),
        CheckId.FLASH: _t("Check", "Flash"),
        CheckId.SHARPNESS: _t("Check", "Focus"),
        CheckId.DISTANCE: _t("Check", "Distance"),
        CheckId.FRAMING: _t("Check", "Framing"),
        CheckId.ROLL: _t("Check", "Tilt"),
        CheckId.HEAD_POSE: _t("Check", "Head angle"),
        CheckId.VIEW: _t("Check", "View"),
        CheckId.LENS: _t("Check", "Lens"),
        CheckId.CAMERA: _t("Check", "Camera"),
        CheckId.EDITING: _t("Check", "Filters and editing"),
        CheckId.RESOLUTION: _t("Check", "Resolution"),
        CheckId.CAPTURE_TIME: _t("Check", "Date taken"),
    }
    try:
        return names[CheckId(check_id)]
    except ValueError:
        return str(check_id)


def status_word(status: CheckStatus | str | None) -> str:
    if status is None:
        return _t("Status", "Not checked")
    return {
        CheckStatus.PASS: _t("Status", "Pass"),
        CheckStatus.WARN: _t("Status", "Warning"),
        CheckStatus.FAIL: _t("Status", "Fail"),
        CheckStatus.SKIPPED: _t("Status", "Skipped"),
    }[CheckStatus(status)]


def verdict_word(verdict: Verdict | str | None) -> str:
    if verdict is None:
        return _t("Verdict", "Not checked")
    return {
        Verdict.CONSISTENT: _t("Verdict", "Consistent"),
        Verdict.REVIEW: _t("Verdict", "Review"),
        Verdict.INCONSISTENT: _t("Verdict", "Inconsistent"),
    }[Verdict(verdict)]


def verdict_sentence(verdict: Verdict | str | None) -> str:
    if verdict is None:
        return _t("Verdict", "This photo has not been checked against its baseline yet.")
    return {
        Verdict.CONSISTENT: _t("Verdict", "Taken like its baseline: the comparison is fair."),
        Verdict.REVIEW: _t(
            "Verdict", "Some differences from the baseline: look at the warnings before comparing."
        ),
        Verdict.INCONSISTENT: _t(
            "Verdict",
            "Not taken like its baseline: differences in the photos can mislead. Consider a retake.",
        ),
    }[Verdict(verdict)]


def capture_source_word(source: CaptureTimeSource | str | None) -> str:
    if source is None:
        return _t("CaptureTime", "date unknown")
    if CaptureTimeSource(source).from_camera:
        return _t("CaptureTime", "from camera")
    return _t("CaptureTime", "from file date: check")


def elapsed_label(elapsed: Elapsed | None) -> str:
    """Time since treatment in the current language, by the rules of `domain.timing` (same structure)."""
    if elapsed is None:
        return _t("Elapsed", "Date unknown")
    n = elapsed.count
    if elapsed.phase is Phase.BEFORE:
        if elapsed.unit is BeforeUnit.MINUTES:
            return _t("Elapsed", "Baseline (%n min before)", None, n)
        if elapsed.unit is BeforeUnit.HOURS:
            return _t("Elapsed", "Baseline (%n h before)", None, n)
        if n == 1:
            return _t("Elapsed", "Baseline (1 day before)")
        return _t("Elapsed", "Baseline (%n days before)", None, n)
    if elapsed.phase is Phase.DAY0:
        if elapsed.unit is BeforeUnit.MINUTES:
            return _t("Elapsed", "Day 0 (%n min)", None, n)
        return _t("Elapsed", "Day 0 (%n h)", None, n)
    if elapsed.phase is Phase.DAYS:
        return _t("Elapsed", "Day %n", None, n)
    if elapsed.phase is Phase.WEEKS:
        return _t("Elapsed", "Week %n", None, n)
    if elapsed.phase is Phase.MONTHS:
        return _t("Elapsed", "Month %n", None, n)
    return _t("Elapsed", "Year %n", None, n)


def pain_text(pain_score: int | None) -> str:
    if pain_score is None:
        return _t("Pain", "Pain: not recorded")
    return _t("Pain", "Pain %1/10").replace("%1", QLocale().toString(pain_score))


def date_text(moment: datetime | None, with_time: bool = True) -> str:
    """A date (and time) in the user's locale, in the moment's own time zone."""
    if moment is None:
        return _t("Elapsed", "Date unknown")
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
        return _t("Elapsed", "Date unknown")
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
