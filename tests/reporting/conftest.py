"""Fixtures of the reporting tests: a one-view sheet over four visits, and a QApplication."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sheet_helpers import (
    CET,
    CHECKS,
    PANEL_COLOURS,
    PATIENT_NAME,
    SECRET_FILE_STEM,
    TREATED,
    exif_with_gps_and_serials,
    solid_jpeg,
)

from photofollow.domain.model import (
    Area,
    Patient,
    Photo,
    PhotoFacts,
    SymptomEntry,
    Treatment,
    Trend,
    View,
    Visit,
    VisitKind,
)
from photofollow.services.sheets import TimePoint, build_sheet, findings_from_checks


@pytest.fixture
def row_sheet_parts(tmp_path):
    """Everything for a one-view sheet over four visits; photo 2 is landscape, the others portrait.

    Photo 2 carries GPS and serial numbers in its EXIF and a telling file name, so exports can be checked
    for leaks.
    """
    patient = Patient(PATIENT_NAME, "NL-2026-0042", date(1980, 5, 17), id=7)
    treatment = Treatment(
        7,
        TREATED,
        Area.FACE,
        product="Hyaluronzuur (Bélotero)",
        physician="Dr. Ølgaard",
        session_number=2,
        id=3,
    )
    offsets = [timedelta(days=-1), timedelta(days=3, hours=2), timedelta(days=14), timedelta(days=90)]
    sizes = [(300, 400), (400, 300), (300, 400), (300, 400)]
    pains = [None, 4, 2, 7]
    paths, points = {}, []
    for index in range(4):
        kind = VisitKind.BASELINE if index == 0 else VisitKind.FOLLOW_UP
        visit = Visit(3, kind, TREATED + offsets[index], pain_score=pains[index], id=10 + index)
        facts = PhotoFacts(*sizes[index], "JPEG", capture_time=TREATED + offsets[index])
        name = f"{SECRET_FILE_STEM}.jpg" if index == 1 else f"photo{index}.jpg"
        photo = Photo(visit.id, f"{index:064d}", name, str(tmp_path), 1, facts, View.FRONTAL, id=100 + index)
        exif = exif_with_gps_and_serials() if index == 1 else None
        paths[photo.id] = solid_jpeg(tmp_path / name, sizes[index], PANEL_COLOURS[index], exif)
        symptoms = []
        if index == 1:
            symptoms = [
                SymptomEntry(
                    visit.id, TREATED + timedelta(days=1), "wang links", 3, Trend.BETTER, "lichte kløe"
                ),
                SymptomEntry(
                    visit.id, TREATED + timedelta(days=2), "kin", 5, Trend.WORSE, "zwelling, blåt mærke"
                ),
            ]
        points.append(TimePoint(visit, {View.FRONTAL: photo}, symptoms))
    return {
        "patient": patient,
        "treatment": treatment,
        "time_points": points,
        "views": [View.FRONTAL],
        "image_for": lambda photo: paths[photo.id],
        "findings_for": lambda photo: findings_from_checks("review", CHECKS),
        "clinic_name": "Kliniek Æstetik Ørestad",
        "made_by": "Anne Jørgensen",
        "made_at": datetime(2026, 6, 9, 9, 30, tzinfo=CET),
        "pseudonym_salt": b"library-salt-for-tests-0123456789",
    }


@pytest.fixture
def row_sheet(row_sheet_parts):
    return build_sheet(**row_sheet_parts)


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """A QApplication (pytest-qt) before any sheet is drawn, so the print dialog could be made too; sheets in
    English with British dates whatever the machine's locale, and the locale restored afterwards."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield qapp
    QLocale.setDefault(previous)
