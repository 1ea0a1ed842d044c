"""Fixtures for the service tests: a fresh library with a patient's treatment, in a fixed time zone."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from import_helpers import CET

from photofollow.domain.model import Area, Patient, Treatment
from photofollow.storage.library import Library


@pytest.fixture(autouse=True)
def _amsterdam_time(monkeypatch):
    """Local time is Amsterdam's (with DST), whatever the machine says, so local-zone rules are tested."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def library(tmp_path):
    opened = Library.open(tmp_path / "library", create=True)
    yield opened
    opened.close()


@pytest.fixture
def treatment(library) -> Treatment:
    patient = library.add(Patient("Anna Jansen", chart_number="1001"))
    return library.add(Treatment(patient.id, datetime(2024, 3, 5, 10, 0, tzinfo=CET), Area.FACE))
