"""Time since treatment: the label rules in photofollow.domain.timing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from photofollow.domain.timing import Phase, calendar_days, label, label_for, time_since_treatment

CET = timezone(timedelta(hours=1))
TREATED = datetime(2026, 3, 10, 10, 0, tzinfo=CET)
CLINIC = ZoneInfo("Europe/Copenhagen")  # CET in winter, CEST (+2) from the last Sunday of March


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (timedelta(days=-2, hours=-3), "Baseline (2 days before)"),
        (timedelta(days=-1), "Baseline (1 day before)"),
        (timedelta(days=-13), "Baseline (13 days before)"),
        (timedelta(days=-21), "Baseline (3 weeks before)"),
        (timedelta(days=-100), "Baseline (3 months before)"),
        (timedelta(days=-6458), "Baseline (18 years before)"),
        (timedelta(hours=-5, minutes=-30), "Baseline (5 h before)"),
        (timedelta(minutes=-20), "Baseline (20 min before)"),
        (timedelta(0), "Day 0 (0 min)"),
        (timedelta(minutes=45), "Day 0 (45 min)"),
        (timedelta(hours=4, minutes=10), "Day 0 (4 h)"),
        (timedelta(hours=13, minutes=59), "Day 0 (13 h)"),  # 23:59 the same evening
        (timedelta(hours=14, minutes=1), "Day 1"),  # 00:01 the next calendar day
        (timedelta(hours=24), "Day 1"),
        (timedelta(days=3, hours=2), "Day 3"),
        (timedelta(days=12, hours=23), "Day 13"),
        (timedelta(days=13, hours=23), "Week 2"),  # 09:00 fourteen calendar days later
        (timedelta(days=14), "Week 2"),
        (timedelta(days=17), "Week 2"),
        (timedelta(days=18), "Week 3"),
        (timedelta(days=55), "Week 8"),
        (timedelta(days=91), "Month 3"),
        (timedelta(days=365), "Month 12"),
        (timedelta(days=800), "Year 2"),
    ],
)
def test_labels(after, expected):
    assert label(time_since_treatment(TREATED + after, TREATED, CLINIC)) == expected


@pytest.mark.parametrize(("treated_hour", "photo_hour"), [(8, 8), (8, 19), (18, 9), (23, 0)])
def test_fourteen_calendar_days_are_week_2_whatever_the_hours(treated_hour, photo_hour):
    treated = datetime(2026, 1, 5, treated_hour, 30, tzinfo=CLINIC)
    photo = datetime(2026, 1, 19, photo_hour, 10, tzinfo=CLINIC)
    assert label(time_since_treatment(photo, treated, CLINIC)) == "Week 2"


def test_an_evening_treatment_is_day_1_the_next_morning():
    treated = datetime(2026, 1, 5, 18, 0, tzinfo=CLINIC)
    assert label(time_since_treatment(datetime(2026, 1, 6, 9, 0, tzinfo=CLINIC), treated, CLINIC)) == "Day 1"
    assert label(time_since_treatment(datetime(2026, 1, 5, 22, 0, tzinfo=CLINIC), treated, CLINIC)) == "Day 0 (4 h)"


def test_days_count_across_the_daylight_saving_change():
    # Treated in winter time (+01:00, as the treatment row stores it); the follow-up is just after midnight
    # in summer time (+02:00), fourteen calendar days later. Read in the treatment's fixed offset it would
    # be 23:30 the evening before (Day 13); in the clinic's zone it is Week 2.
    treated = datetime(2026, 3, 20, 10, 0, tzinfo=CET)
    photo = datetime(2026, 4, 3, 0, 30, tzinfo=timezone(timedelta(hours=2)))
    assert calendar_days(photo, treated, CLINIC) == 14
    assert label(time_since_treatment(photo, treated, CLINIC)) == "Week 2"
    # Autumn: back to winter time, one calendar day is 25 hours; still Day 1 the next morning.
    autumn = datetime(2026, 10, 24, 20, 0, tzinfo=CLINIC)
    assert label(time_since_treatment(datetime(2026, 10, 25, 8, 0, tzinfo=CLINIC), autumn, CLINIC)) == "Day 1"


def test_the_same_instants_in_other_clinics_zones():
    # 23:00 UTC is the next calendar day in Copenhagen but the same day in New York.
    treated = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)
    photo = datetime(2026, 1, 5, 23, 30, tzinfo=timezone.utc)
    assert label(time_since_treatment(photo, treated, CLINIC)) == "Day 1"
    assert label(time_since_treatment(photo, treated, ZoneInfo("America/New_York"))) == "Day 0 (11 h)"
    assert label(time_since_treatment(photo, treated, ZoneInfo("Asia/Tokyo"))) == "Day 1"


def test_without_a_zone_the_computers_zone_decides(monkeypatch):
    import time

    treated = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)
    photo = datetime(2026, 1, 5, 23, 30, tzinfo=timezone.utc)
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    try:
        assert label(time_since_treatment(photo, treated)) == "Day 1"
        monkeypatch.setenv("TZ", "America/New_York")
        time.tzset()
        assert label(time_since_treatment(photo, treated)) == "Day 0 (11 h)"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_naive_capture_time_is_wall_clock_in_treatment_zone():
    # A camera without an offset shows the clinic's local time: 14:00 local is 4 h after 10:00 local.
    assert label(time_since_treatment(datetime(2026, 3, 10, 14, 0), TREATED)) == "Day 0 (4 h)"


def test_offsets_are_compared_as_instants():
    # 12:00 in UTC+3 is 10:00 in UTC+1: the treatment moment itself, not 2 h later.
    photo = datetime(2026, 3, 10, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    assert label(time_since_treatment(photo, TREATED)) == "Day 0 (0 min)"
    # A phone abroad (UTC-4) 3 days later in local time is still Day 3.
    abroad = datetime(2026, 3, 13, 8, 0, tzinfo=timezone(timedelta(hours=-4)))
    assert label(time_since_treatment(abroad, TREATED)) == "Day 3"


def test_treatment_time_must_be_aware():
    with pytest.raises(ValueError):
        time_since_treatment(datetime(2026, 3, 10), datetime(2026, 3, 9))


def test_unknown_capture_time():
    assert label_for(None, TREATED) == "Date unknown"


@given(st.integers(min_value=-3 * 86400 * 365, max_value=3 * 86400 * 365))
def test_phase_order_follows_time(seconds):
    elapsed = time_since_treatment(TREATED + timedelta(seconds=seconds), TREATED, CLINIC)
    assert (elapsed.phase is Phase.BEFORE) == (seconds < 0)
    assert elapsed.count >= 0
    later = time_since_treatment(TREATED + timedelta(seconds=seconds + 86400 * 30), TREATED, CLINIC)
    order = list(Phase)
    assert order.index(later.phase) >= order.index(elapsed.phase)
