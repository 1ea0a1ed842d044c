"""Time since treatment: the one place that turns a capture time into "Day 3" or "Week 2".

Rules (documented here because labels on screen and on sheets must agree):

1. Days are calendar days in the clinic's time zone: a photo taken 14 days after the treatment is "Week 2"
   whatever the hour of either. The zone is passed as `zone` (an IANA zone, DST included); without one,
   this computer's zone is used (the clinic's workstation). A timezone-aware capture time is that instant;
   a naive capture time (the camera gave no offset) is wall-clock time as the clinic's clock showed it: its
   date is the calendar date, and for hours it is read in the treatment's offset.
2. Before the treatment: "Baseline (… before)", counted in minutes under an hour, in hours under a day,
   then in calendar days under 14 days, then in weeks, months and years by the rounding of rules 5-7
   ("Baseline (3 weeks before)"). A photo taken at the same minute counts as Day 0.
3. On the treatment's calendar day, after it: "Day 0 (N h)" (N rounded down; "Day 0 (N min)" under an hour).
4. From 1 to 13 calendar days: "Day N" (Day 1 is the calendar day after the treatment's, from midnight).
5. From 14 days to 8 weeks: "Week N", days / 7 rounded to the nearest week, because week controls are
   booked ± a few days around the planned week.
6. From 8 weeks to 24 months: "Month N", days / 30.44 rounded to the nearest month.
7. From 24 months: "Year N", days / 365.25 rounded to the nearest year.

The result is a structured `Elapsed`; `label()` renders it in English and the GUI renders the same
structure through Qt's translations, so every language follows the same rules.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

DAYS_PER_MONTH = 30.44
DAYS_PER_YEAR = 365.25


class Phase(enum.StrEnum):
    BEFORE = "before"  # a baseline, taken before the treatment
    DAY0 = "day0"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


class BeforeUnit(enum.StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True, slots=True)
class Elapsed:
    """Time from the treatment to a photo, in the unit the label uses.

    For `Phase.BEFORE`, `count` is in `before_unit`; for `Phase.DAY0`, `count` is in hours, or in minutes
    when `before_unit` is MINUTES (less than an hour after the treatment); otherwise in the phase's unit.
    """

    phase: Phase
    count: int
    delta: timedelta
    unit: BeforeUnit | None = None

    @property
    def is_before_treatment(self) -> bool:
        return self.phase is Phase.BEFORE


def as_instant(moment: datetime, reference: datetime) -> datetime:
    """`moment` as an aware datetime: naive times are wall-clock times in `reference`'s zone (rule 1)."""
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        return moment
    if reference.tzinfo is None:
        raise ValueError("The treatment time must carry its time zone.")
    return moment.replace(tzinfo=reference.tzinfo)


def local_date(moment: datetime, zone: tzinfo | None = None) -> date:
    """The calendar date of a moment in the clinic's zone (rule 1): a naive time's own date; an aware
    one converted to `zone`, else to this computer's zone (with its daylight-saving rules)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.date()
    return (moment.astimezone(zone) if zone is not None else moment.astimezone()).date()


def calendar_days(captured_at: datetime, treated_at: datetime, zone: tzinfo | None = None) -> int:
    """Calendar days from the treatment's date to the capture's date, in the clinic's zone (negative before)."""
    return (local_date(captured_at, zone) - local_date(treated_at, zone)).days


def time_since_treatment(captured_at: datetime, treated_at: datetime, zone: tzinfo | None = None) -> Elapsed:
    """How long after (or before) the treatment a photo was taken, by the rules in this module's doc."""
    if treated_at.tzinfo is None:
        raise ValueError("The treatment time must carry its time zone.")
    delta = as_instant(captured_at, treated_at) - treated_at
    seconds = delta.total_seconds()
    days = calendar_days(captured_at, treated_at, zone)
    if seconds < 0:
        before = -seconds
        if before < 3600:
            return Elapsed(Phase.BEFORE, max(1, math.floor(before / 60)), delta, BeforeUnit.MINUTES)
        if before < 86400:
            return Elapsed(Phase.BEFORE, math.floor(before / 3600), delta, BeforeUnit.HOURS)
        days_before = max(1, -days)
        if days_before < 14:
            return Elapsed(Phase.BEFORE, days_before, delta, BeforeUnit.DAYS)
        if days_before < 56:
            return Elapsed(Phase.BEFORE, _round_half_up(days_before / 7), delta, BeforeUnit.WEEKS)
        if days_before < 2 * DAYS_PER_YEAR:
            months = max(2, _round_half_up(days_before / DAYS_PER_MONTH))
            return Elapsed(Phase.BEFORE, months, delta, BeforeUnit.MONTHS)
        return Elapsed(Phase.BEFORE, _round_half_up(days_before / DAYS_PER_YEAR), delta, BeforeUnit.YEARS)
    if days <= 0:
        if seconds < 3600:
            return Elapsed(Phase.DAY0, math.floor(seconds / 60), delta, BeforeUnit.MINUTES)
        return Elapsed(Phase.DAY0, math.floor(seconds / 3600), delta, BeforeUnit.HOURS)
    if days < 14:
        return Elapsed(Phase.DAYS, days, delta)
    if days < 56:
        return Elapsed(Phase.WEEKS, _round_half_up(days / 7), delta)
    if days < 2 * DAYS_PER_YEAR:
        return Elapsed(Phase.MONTHS, max(2, _round_half_up(days / DAYS_PER_MONTH)), delta)
    return Elapsed(Phase.YEARS, _round_half_up(days / DAYS_PER_YEAR), delta)


def _round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


def label(elapsed: Elapsed) -> str:
    """English label, e.g. "Baseline (2 days before)", "Day 0 (4 h)", "Day 3", "Week 2", "Month 3"."""
    if elapsed.phase is Phase.BEFORE:
        return f"Baseline ({_before_amount(elapsed)} before)"
    if elapsed.phase is Phase.DAY0:
        unit = "min" if elapsed.unit is BeforeUnit.MINUTES else "h"
        return f"Day 0 ({elapsed.count} {unit})"
    word = {Phase.DAYS: "Day", Phase.WEEKS: "Week", Phase.MONTHS: "Month", Phase.YEARS: "Year"}[elapsed.phase]
    return f"{word} {elapsed.count}"


def _before_amount(elapsed: Elapsed) -> str:
    n = elapsed.count
    if elapsed.unit is BeforeUnit.MINUTES:
        return f"{n} min"
    if elapsed.unit is BeforeUnit.HOURS:
        return f"{n} h"
    words = {BeforeUnit.WEEKS: "week", BeforeUnit.MONTHS: "month", BeforeUnit.YEARS: "year"}
    word = words.get(elapsed.unit, "day")
    return f"1 {word}" if n == 1 else f"{n} {word}s"


def label_for(captured_at: datetime | None, treated_at: datetime) -> str:
    """Label for a capture time that may be unknown."""
    if captured_at is None:
        return "Date unknown"
    return label(time_since_treatment(captured_at, treated_at))
