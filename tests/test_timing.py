"""Time since treatment: the label rules in photofollow.domain.timing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from photofollow.domain.timing import Phase, label, label_for, time_since_treatment

CET = timezone(timedelta(hours=1))
TREATED = datetime(2026, 3, 10, 10, 0, tzinfo=CET)


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
        (timedelta(hours=23, minutes=59), "Day 0 (23 h)"),
        (timedelta(hours=24), "Day 1"),
        (timedelta(days=3, hours=2), "Day 3"),
        (timedelta(days=13, hours=23), "Day 13"),
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
    assert label(time_since_treatment(TREATED + after, TREATED)) == expected


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
    elapsed = time_since_treatment(TREATED + timedelta(seconds=seconds), TREATED)
    assert (elapsed.phase is Phase.BEFORE) == (seconds < 0)
    assert elapsed.count >= 0
    later = time_since_treatment(TREATED + timedelta(seconds=seconds + 86400 * 30), TREATED)
    order = list(Phase)
    assert order.index(later.phase) >= order.index(elapsed.phase)
