"""The domain dataclasses round-trip through the real SQLite file, with every EXIF fact a queryable column."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from library_sql import run_sql
from sqlalchemy.exc import IntegrityError

from photofollow.domain.model import (
    Area,
    CaptureTimeSource,
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
from photofollow.storage import schema
from photofollow.storage.library import Library

pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server


CET = timezone(timedelta(hours=1))

FULL_FACTS = PhotoFacts(
    width=6000,
    height=4000,
    format="JPEG",
    capture_time=datetime(2024, 3, 5, 9, 31, 12, 340000, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
    capture_time_source=CaptureTimeSource.DATE_TIME_ORIGINAL,
    orientation=6,
    make="Canon",
    model="EOS R6",
    lens_model="RF 100mm F2.8 L MACRO",
    focal_length_mm=100.0,
    focal_length_35mm=100.0,
    exposure_time_s=1 / 125,
    f_number=8.0,
    iso=200,
    flash_fired=True,
    white_balance="manual",
    software="Firmware 1.8",
    gps_present=True,
    has_exif=True,
)


def _photo(visit_id: int, sha: str = "a" * 64, facts: PhotoFacts = FULL_FACTS) -> Photo:
    return Photo(visit_id, sha, "IMG_0001.JPG", "/media/card/DCIM", 123456, facts, View.OBLIQUE_45_LEFT)


def _insert_photo(library: Library, photo: Photo) -> Photo:
    # Photos normally enter with their file (begin_photo/finish_photo); the mapping is what is tested here.
    library.begin_photo(photo)
    return library.finish_photo(photo)


def test_every_entity_round_trips_with_its_values(library, visit):
    symptom = library.add(
        SymptomEntry(visit.id, datetime(2024, 3, 6, 8, 0), "left cheek", 4, Trend.BETTER, "itching")
    )
    photo = _insert_photo(library, _photo(visit.id))
    library.close()

    reopened = Library.open(library.location)
    try:
        treatment = reopened.get(Treatment, reopened.get(Visit, visit.id).treatment_id)
        assert treatment.performed_at == datetime(2024, 3, 5, 10, 0, tzinfo=CET)
        assert treatment.performed_at.utcoffset() == timedelta(hours=1)
        assert treatment.area is Area.FACE
        assert reopened.get(Visit, visit.id) == visit
        assert reopened.symptom_entries_of(visit.id) == [symptom]
        loaded = reopened.photo_by_sha256("a" * 64)
        assert loaded == photo
        assert loaded.facts == FULL_FACTS
        assert loaded.capture_time.utcoffset() == timedelta(hours=-5, minutes=-30)
        assert loaded.imported_at is not None and loaded.imported_at.tzinfo is not None
    finally:
        reopened.close()


def test_facts_and_enums_are_plain_queryable_columns(library, visit):
    _insert_photo(library, _photo(visit.id))
    naive = PhotoFacts(40, 30, "PNG", capture_time=datetime(2023, 1, 2, 3, 4, 5), capture_time_source=None)
    _insert_photo(library, _photo(visit.id, "b" * 64, naive))
    row = run_sql(
        library.location,
        "SELECT view, capture_time, capture_time_source, capture_utc_offset_minutes, make, model, lens_model,"
        " focal_length_mm, focal_length_35mm, exposure_time_s, f_number, iso, flash_fired, white_balance,"
        " software, gps_present, orientation, width, height, format FROM photos WHERE sha256 = ?",
        ("a" * 64,),
    )[0]
    assert row == (
        "oblique-45-left",
        "2024-03-05T09:31:12.340000-05:30",
        "DateTimeOriginal",
        -330,
        "Canon",
        "EOS R6",
        "RF 100mm F2.8 L MACRO",
        100.0,
        100.0,
        0.008,
        8.0,
        200,
        1,
        "manual",
        "Firmware 1.8",
        1,
        6,
        6000,
        4000,
        "JPEG",
    )
    # A capture time without an offset stays naive: stored as recorded, offset unknown.
    assert run_sql(
        library.location, "SELECT capture_time, capture_utc_offset_minutes FROM photos WHERE sha256 = ?", ("b" * 64,)
    ) == [("2023-01-02T03:04:05.000000", None)]
    assert run_sql(library.location, "SELECT kind FROM visits") == [("baseline",)]
    assert library.photo_by_sha256("b" * 64).capture_time.tzinfo is None

    with library.session() as session:
        canon = session.scalars(
            sa.select(Photo).where(schema.photos.c.make == "Canon", schema.photos.c.iso > 100)
        )
        assert [p.sha256 for p in canon] == ["a" * 64]


def test_database_refuses_what_the_clinic_would_not_accept(library, visit):
    with pytest.raises(IntegrityError):  # foreign keys are enforced
        library.add(Visit(9999, VisitKind.FOLLOW_UP, datetime(2024, 3, 5, tzinfo=CET)))
    with pytest.raises(IntegrityError):  # one chart number, one patient
        library.add(Patient("Someone Else", chart_number="1001"))
    with pytest.raises(sa.exc.StatementError, match="no time zone"):  # it would be misread later
        library.add(Treatment(1, datetime(2024, 3, 5, 10, 0)))
    _insert_photo(library, _photo(visit.id))
    with pytest.raises(IntegrityError):  # one file, one photo
        library.finish_photo(_photo(visit.id))


def test_update_and_find(library, visit):
    patient = library.find_patients(chart_number="1001")[0]
    patient.birth_date = date(1980, 5, 17)
    patient.notes = "allergic to lidocaine"
    library.update(patient)
    assert library.get(Patient, patient.id).birth_date == date(1980, 5, 17)
    assert library.find_patients(name="Anna Jansen") == [patient]
    assert library.find_patients(name="anna jansen") == []


def test_measurements_cache_is_per_kind_and_version(library, visit):
    photo = _insert_photo(library, _photo(visit.id))
    assert library.load_measurements(photo.id, "face", 1) is None
    library.save_measurements(photo.id, "face", 1, {"yaw": 12.5, "landmarks": [[1, 2], [3, 4]]})
    library.save_measurements(photo.id, "sharpness", 3, {"laplacian": 101.0})
    assert library.load_measurements(photo.id, "face", 1) == {"yaw": 12.5, "landmarks": [[1, 2], [3, 4]]}
    assert library.load_measurements(photo.id, "face", 2) is None  # a newer algorithm recomputes
    library.save_measurements(photo.id, "face", 2, {"yaw": 11.0})
    assert library.load_measurements(photo.id, "face", 2) == {"yaw": 11.0}
    assert library.load_measurements(photo.id, "sharpness", 3) == {"laplacian": 101.0}


def test_library_settings_hold_a_stable_secret_salt(library):
    salt = library.pseudonym_salt
    assert len(salt) == 32
    library_id = library.library_id
    library.close()
    reopened = Library.open(library.location)
    try:
        assert reopened.pseudonym_salt == salt
        assert reopened.library_id == library_id
    finally:
        reopened.close()
    other = Library.open(library.folder.parent / "other-library", create=True)
    try:
        assert other.pseudonym_salt != salt
    finally:
        other.close()
