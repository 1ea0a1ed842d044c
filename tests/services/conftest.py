"""Fixtures for the service tests: a fresh library with a patient's treatment, in a fixed time zone."""

from __future__ import annotations

from datetime import datetime

import pytest
from import_helpers import CET

from photofollow.domain.model import Area, Patient, Treatment


@pytest.fixture(autouse=True)
def _local_time_is_amsterdam(amsterdam_time):
    """Every test here runs with local time in Amsterdam (see tests/conftest.py)."""


@pytest.fixture
def treatment(library) -> Treatment:
    patient = library.add(Patient("Anna Jansen", chart_number="1001"))
    return library.add(Treatment(patient.id, datetime(2024, 3, 5, 10, 0, tzinfo=CET), Area.FACE))
