"""The clinic's words on screen and on sheets: views, areas, checks, statuses, verdicts, time since treatment,
the check engine's sentences, translated, with dates and numbers in the user's locale.

The domain keeps stable ids (`View.FRONTAL`, `CheckStatus.FAIL`) and Qt-free phrases (`domain.text.Phrase`);
this module is the one place that turns them into words through Qt's translations, so every window and the
sheets say the same thing in every language. It lives in `reporting` (QtCore only) so both the GUI and the
sheets use it. Each string is a literal inside `QCoreApplication.translate` (or a `QT_TRANSLATE_NOOP` in the
engine) so `lupdate` finds it. The locale is `QLocale()`, the default `ui.i18n.apply_language` sets.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus, Verdict
from photofollow.domain.model import Area, CaptureTimeSource, Trend, View, VisitKind
from photofollow.domain.text import Day, Phrase
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
        CheckId.EXPRESSION: QCoreApplication.translate("Check", "Expression"),
        CheckId.MAKEUP: QCoreApplication.translate("Check", "Make-up"),
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
    """Time since treatment in the current language; in English identical to `domain.timing.label`."""
    if elapsed is None:
        return QCoreApplication.translate("Elapsed", "Date unknown")
    n = elapsed.count
    if elapsed.phase is Phase.BEFORE:
        if elapsed.unit is BeforeUnit.MINUTES:
            return _counted(QCoreApplication.translate("Elapsed", "Baseline (%n min before)"), n)
        if elapsed.unit is BeforeUnit.HOURS:
            return _counted(QCoreApplication.translate("Elapsed", "Baseline (%n h before)"), n)
        # Singular and plural as separate sources, so English reads right without a translation file.
        if elapsed.unit is BeforeUnit.WEEKS:
            if n == 1:
                return QCoreApplication.translate("Elapsed", "Baseline (1 week before)")
            return _counted(QCoreApplication.translate("Elapsed", "Baseline (%n weeks before)"), n)
        if elapsed.unit is BeforeUnit.MONTHS:
            return _counted(QCoreApplication.translate("Elapsed", "Baseline (%n months before)"), n)  # n >= 2
        if elapsed.unit is BeforeUnit.YEARS:
            if n == 1:
                return QCoreApplication.translate("Elapsed", "Baseline (1 year before)")
            return _counted(QCoreApplication.translate("Elapsed", "Baseline (%n years before)"), n)
        if n == 1:
            return QCoreApplication.translate("Elapsed", "Baseline (1 day before)")
        return _counted(QCoreApplication.translate("Elapsed", "Baseline (%n days before)"), n)
    if elapsed.phase is Phase.DAY0:
        if elapsed.unit is BeforeUnit.MINUTES:
            return _counted(QCoreApplication.translate("Elapsed", "Day 0 (%n min)"), n)
        return _counted(QCoreApplication.translate("Elapsed", "Day 0 (%n h)"), n)
    if elapsed.phase is Phase.DAYS:
        return _counted(QCoreApplication.translate("Elapsed", "Day %n"), n)
    if elapsed.phase is Phase.WEEKS:
        return _counted(QCoreApplication.translate("Elapsed", "Week %n"), n)
    if elapsed.phase is Phase.MONTHS:
        return _counted(QCoreApplication.translate("Elapsed", "Month %n"), n)
    return _counted(QCoreApplication.translate("Elapsed", "Year %n"), n)


def _counted(text: str, n: int) -> str:
    """`text` with its %n filled in. Not `translate(context, text, None, n)`: lupdate extracts that as an
    ordinary message (it marks plurals only for `tr(text, None, n)`), and Qt then looks in vain for a Dutch
    or Danish plural form when n != 1 and shows the English. Singular and plural are separate texts here."""
    return text.replace("%n", number_text(n))


def number_text(value: float, decimals: int = 0) -> str:
    """A number in the user's locale ("1,3" in Dutch and Danish), without thousands separators (pixel sizes,
    kelvin and years read wrong with them) and never "-0"."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    rounded = round(float(value), decimals)
    return locale.toString(0.0 if rounded == 0 else float(value), "f", decimals)


def phrase_text(phrase: Phrase) -> str:
    """A check engine's sentence in the current language: every template through
    `QCoreApplication.translate(context, source)`, numbers and dates in the user's locale."""
    return phrase.render(
        QCoreApplication.translate,
        lambda number: number_text(number.value, number.decimals),
        _day_in_sentence,
        elapsed_label,
    )


def _day_in_sentence(day: Day) -> str:
    return day_text(day.value)


def message_text(result: CheckResult) -> str:
    """A check's sentence in the current language; a result without a phrase (an old cache) in English."""
    return phrase_text(result.phrase) if result.phrase is not None else result.message


def text_of(value: str | Phrase) -> str:
    """A sentence given either as a phrase (translated) or as plain text (shown as it is)."""
    return phrase_text(value) if isinstance(value, Phrase) else value


def error_text(error: BaseException) -> str:
    """A failure's sentence for a person, translated when the error carries a phrase (`domain.errors`)."""
    phrase = getattr(error, "phrase", None)
    return phrase_text(phrase) if isinstance(phrase, Phrase) else str(error)


def unit_text(unit: str) -> str:
    """A check's unit as shown next to its value; symbols (EV, %, °, mired) read alike in every language."""
    units = {
        "ratio": QCoreApplication.translate("Unit", "ratio"),
        "ln ratio": QCoreApplication.translate("Unit", "ln ratio"),
        "° yaw": QCoreApplication.translate("Unit", "° turn"),
        "days": QCoreApplication.translate("Unit", "days"),
        "days since treatment": QCoreApplication.translate("Unit", "days since treatment"),
        "% eye distance": QCoreApplication.translate("Unit", "% eye distance"),
    }
    return units.get(unit, unit)


def value_text(value: float | str | None, unit: str, phrase: Phrase | None = None) -> str:
    """A measured value or threshold with its unit: numbers in the locale, words translated."""
    if phrase is not None:
        return phrase_text(phrase)
    if value is None:
        return "—"
    if isinstance(value, float | int) and not isinstance(value, bool):
        magnitude = abs(float(value))
        decimals = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2
        text = number_text(float(value), decimals)
    else:
        text = str(value)
    return f"{text} {unit_text(unit)}".strip() if unit else text


def measured_text(result: CheckResult) -> str:
    return value_text(result.measured, result.unit, result.measured_phrase)


def threshold_text(result: CheckResult) -> str:
    unit = result.unit if isinstance(result.threshold, float | int) else ""
    return value_text(result.threshold, unit, result.threshold_phrase)


def pain_text(pain_score: int | None) -> str:
    if pain_score is None:
        return QCoreApplication.translate("Pain", "Pain: not recorded")
    return QCoreApplication.translate("Pain", "Pain %1/10").replace("%1", number_text(pain_score))


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
