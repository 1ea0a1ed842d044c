"""Fixtures for the storage tests: a fresh library, small real photos, and a read-only folder."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from storage_helpers import CET

from photofollow.domain.model import Area, Patient, Treatment, Visit, VisitKind


@pytest.fixture
def visit(library) -> Visit:
    patient = library.add(Patient("Anna Jansen", chart_number="1001"))
    treatment = library.add(Treatment(patient.id, datetime(2024, 3, 5, 10, 0, tzinfo=CET), Area.FACE))
    return library.add(Visit(treatment.id, VisitKind.BASELINE, datetime(2024, 3, 5, 9, 30, tzinfo=CET)))


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder the running user cannot write to: a read-only bind mount as root, else chmod 555."""
    folder = tmp_path / "read-only"
    folder.mkdir()

    def seal(target: Path) -> None:
        if os.geteuid() == 0:
            subprocess.run(["mount", "--bind", str(target), str(target)], check=True, capture_output=True)
            subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], check=True, capture_output=True)
            mounted.append(target)
        else:
            for directory, _folders, _files in os.walk(target):
                os.chmod(directory, 0o555)

    mounted: list[Path] = []
    try:
        yield folder, seal
    finally:
        for target in mounted:
            subprocess.run(["umount", str(target)], check=False, capture_output=True)
        for directory, _folders, _files in os.walk(folder):
            os.chmod(directory, 0o755)
