"""Is the follow-up's capture date plausible for its visit?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus
from photofollow.domain.model import CaptureTimeSource, PhotoFacts, VisitKind
from photofollow.domain.policy import Policy
from photofollow.domain.text import QT_TRANSLATE_NOOP, Day, Phrase
from photofollow.imaging.checks._common import FAIL, PASS, WARN, _result, _say


def _instant(moment: datetime, reference: datetime | None) -> datetime:
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        return moment
    if reference is not None and reference.tzinfo is not None:
        return moment.replace(tzinfo=reference.tzinfo)
    return moment.replace(tzinfo=UTC)


def _span(delta: timedelta) -> Phrase:
    """A span of time in words ("3 days"); singular and plural are separate templates."""
    seconds = abs(delta.total_seconds())
    if seconds < 3600:
        count = round(seconds / 60)
        if count == 1:
            return _say(QT_TRANSLATE_NOOP("Checks", "1 minute"))
        return _say(QT_TRANSLATE_NOOP("Checks", "%1 minutes"), count)
    if seconds < 2 * 86400:
        count = round(seconds / 3600)
        if count == 1:
            return _say(QT_TRANSLATE_NOOP("Checks", "1 hour"))
        return _say(QT_TRANSLATE_NOOP("Checks", "%1 hours"), count)
    return _say(QT_TRANSLATE_NOOP("Checks", "%1 days"), round(seconds / 86400))


def check_capture_time(
    baseline: PhotoFacts,
    follow_up: PhotoFacts,
    policy: Policy,
    treatment_at: datetime | None = None,
    visit_kind: VisitKind | None = None,
    visit_at: datetime | None = None,
    now: datetime | None = None,
) -> CheckResult:
    """Is the follow-up's date plausible? Against the treatment (and its visit) when known, else against the
    baseline: not before it, from the camera clock, not a reset clock, not in the future."""
    pol = policy.capture_time
    now = now or datetime.now(UTC)
    findings: list[tuple[CheckStatus, Phrase]] = []
    tf, tb = follow_up.capture_time, baseline.capture_time
    if tf is None:
        return _result(
            CheckId.CAPTURE_TIME,
            WARN,
            None,
            None,
            "days",
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "The follow-up has no capture date: check it was taken at this visit."
                )
            ),
        )
    follow_up_sentences = (
        QT_TRANSLATE_NOOP(
            "Checks",
            "The follow-up's camera clock says %1, a reset clock: check the date it was really taken.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The follow-up's date (%1) lies in the future: the camera clock is wrong; check the date.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The follow-up carries no camera date, only the file's date, which copying changes: check when "
            "it "
            "was taken.",
        ),
    )
    baseline_sentences = (
        QT_TRANSLATE_NOOP(
            "Checks",
            "The baseline's camera clock says %1, a reset clock: check the date it was really taken.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The baseline's date (%1) lies in the future: the camera clock is wrong; check the date.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The baseline carries no camera date, only the file's date, which copying changes: check when it "
            "was taken.",
        ),
    )
    for sentences, facts, moment in (
        (follow_up_sentences, follow_up, tf),
        (baseline_sentences, baseline, tb),
    ):
        if moment is None:
            continue
        reset_clock, in_future, file_date = sentences
        if moment.year < pol.earliest_plausible_year:
            findings.append((WARN, _say(reset_clock, Day(moment.date()))))
        elif _instant(moment, treatment_at) > now + timedelta(hours=pol.future_grace_hours):
            findings.append((WARN, _say(in_future, Day(moment.date()))))
        if facts.capture_time_source is CaptureTimeSource.FILE:
            findings.append((pol.file_date_only_status, _say(file_date)))
    measured: float | None = None
    if treatment_at is not None:
        f_at = _instant(tf, treatment_at)
        expect_before = visit_kind is VisitKind.BASELINE
        since = f_at - treatment_at
        measured = round(since.total_seconds() / 86400, 3)
        if expect_before and since > timedelta(hours=pol.baseline_after_treatment_grace_hours):
            findings.append(
                (
                    FAIL,
                    _say(
                        QT_TRANSLATE_NOOP(
                            "Checks",
                            "This photo was taken %1 after the treatment, so it cannot be a baseline: file "
                            "it "
                            "under the right visit.",
                        ),
                        _span(since),
                    ),
                )
            )
        elif not expect_before and since < timedelta(0):
            findings.append(
                (
                    FAIL,
                    _say(
                        QT_TRANSLATE_NOOP(
                            "Checks",
                            "The follow-up was taken %1 before the treatment: file it under the right visit.",
                        ),
                        _span(since),
                    ),
                )
            )
        if tb is not None:
            b_since = _instant(tb, treatment_at) - treatment_at
            if b_since > timedelta(hours=pol.baseline_after_treatment_grace_hours):
                findings.append(
                    (
                        WARN,
                        _say(
                            QT_TRANSLATE_NOOP(
                                "Checks",
                                "The baseline was taken %1 after the treatment: check it is really a "
                                "baseline.",
                            ),
                            _span(b_since),
                        ),
                    )
                )
        if visit_at is not None:
            off = f_at - _instant(visit_at, treatment_at)
            if abs(off) > timedelta(hours=pol.max_hours_from_visit):
                if off > timedelta(0):
                    template = QT_TRANSLATE_NOOP(
                        "Checks",
                        "The follow-up was taken %1 after its visit's date: check it belongs to this visit.",
                    )
                else:
                    template = QT_TRANSLATE_NOOP(
                        "Checks",
                        "The follow-up was taken %1 before its visit's date: check it belongs to this visit.",
                    )
                findings.append((WARN, _say(template, _span(off))))
        unit = "days since treatment"
    else:
        unit = "days"
        if tb is not None:
            f_at = _instant(tf, None)
            b_at = _instant(tb, tf if tf.tzinfo else None)
            if (tf.tzinfo is None) != (tb.tzinfo is None):  # one aware, one naive: read both as wall clock
                f_at, b_at = tf.replace(tzinfo=None), tb.replace(tzinfo=None)
            delta = f_at - b_at
            measured = round(delta.total_seconds() / 86400, 3)
            if delta < timedelta(0):
                findings.append(
                    (
                        FAIL,
                        _say(
                            QT_TRANSLATE_NOOP(
                                "Checks",
                                "The follow-up was taken %1 before the baseline: check the photos and the "
                                "camera "
                                "clock.",
                            ),
                            _span(delta),
                        ),
                    )
                )
    if not findings:
        if measured is None:
            message = _say(QT_TRANSLATE_NOOP("Checks", "The follow-up's date is plausible."))
        elif treatment_at is not None:
            message = _say(
                QT_TRANSLATE_NOOP("Checks", "Taken %1 after the treatment, as expected."),
                _span(timedelta(days=measured)),
            )
        else:
            message = _say(
                QT_TRANSLATE_NOOP("Checks", "Taken %1 after the baseline, as expected."),
                _span(timedelta(days=measured)),
            )
        return _result(CheckId.CAPTURE_TIME, PASS, measured, None, unit, message)
    findings.sort(key=lambda item: item[0].severity, reverse=True)
    status, message = findings[0]
    if len(findings) == 2:
        message = _say(QT_TRANSLATE_NOOP("Checks", "%1 One more date problem was found."), message)
    elif len(findings) > 2:
        message = _say(
            QT_TRANSLATE_NOOP("Checks", "%1 %2 more date problems were found."), message, len(findings) - 1
        )
    return _result(
        CheckId.CAPTURE_TIME,
        status,
        measured,
        None,
        unit,
        message,
        findings=[m.english() for _, m in findings],
    )
