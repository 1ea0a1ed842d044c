"""The EXIF rules of imaging/exif.py on generated files: date fallbacks, offsets, sub-seconds, GPS..."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import piexif
import pytest
from PIL import Image

from photofollow.domain.model import CaptureTimeSource
from photofollow.imaging.exif import facts_to_json, read_facts

PIXELS = np.random.default_rng(11).integers(0, 256, size=(30, 50, 3), dtype=np.uint8)
EXIF = piexif.ExifIFD
IFD0 = piexif.ImageIFD
GPS = piexif.GPSIFD
A_TIME = 1_700_000_000  # 2023-11-14T22:13:20Z, the file date the fallback must report


def _photo(tmp_path, write_jpeg, zeroth=None, exif=None, gps=None, name="photo.jpg"):
    payload = {"0th": zeroth or {}, "Exif": exif or {}}
    if gps is not None:
        payload["GPS"] = gps
    path = write_jpeg(tmp_path / name, PIXELS, payload)
    os.utime(path, (A_TIME, A_TIME))
    return path


def _file_time():
    return datetime.fromtimestamp(A_TIME).astimezone()


def test_original_date_with_its_own_subseconds_and_offset(tmp_path, write_jpeg):
    path = _photo(tmp_path, write_jpeg, zeroth={IFD0.DateTime: b"2024:05:06 09:00:00"}, exif={
        EXIF.DateTimeOriginal: b"2024:05:06 08:07:09",
        EXIF.SubSecTimeOriginal: b"0532",
        EXIF.OffsetTimeOriginal: b"-03:30",
        EXIF.OffsetTime: b"+09:00",  # the edit's zone: not the capture's
    })
    facts = read_facts(path)
    assert facts.capture_time_source is CaptureTimeSource.DATE_TIME_ORIGINAL
    assert facts.capture_time == datetime(2024, 5, 6, 8, 7, 9, 53200, tzinfo=timezone(-timedelta(hours=3.5)))
    assert facts.utc_offset_minutes == -210
    as_json = facts_to_json(facts)
    assert as_json["capture_time"] == "2024-05-06T08:07:09-03:30"
    assert as_json["capture_time_precise"] == "2024-05-06T08:07:09.053200-03:30"


def test_an_offset_of_another_date_is_not_borrowed(tmp_path, write_jpeg):
    path = _photo(tmp_path, write_jpeg, exif={
        EXIF.DateTimeOriginal: b"2024:05:06 08:07:09",
        EXIF.OffsetTime: b"+09:00",
        EXIF.OffsetTimeDigitized: b"+08:00",
        EXIF.SubSecTime: b"99",
    })
    facts = read_facts(path)
    assert facts.capture_time == datetime(2024, 5, 6, 8, 7, 9)  # naive: the camera gave no zone for it
    assert facts.utc_offset_minutes is None
    assert facts_to_json(facts)["capture_time"] == "2024-05-06T08:07:09"


@pytest.mark.parametrize(
    ("original", "digitized", "modified", "expected_source", "expected"),
    [
        (b"    :  :     :  :  ", b"2003:09:10 20:59:18", None, "DateTimeDigitized",
         datetime(2003, 9, 10, 20, 59, 18)),
        (b"0000:00:00 00:00:00", b"0000:00:00 00:00:00", b"2011:01:02 03:04:05", "DateTime",
         datetime(2011, 1, 2, 3, 4, 5)),
        (b"yesterday", None, b"2011:13:02 03:04:05", "file", None),  # month 13 is no date either
        (b"2021:02:29 10:00:00", b"2021:03:01 10:00:00", None, "DateTimeDigitized", datetime(2021, 3, 1, 10)),
        (b"", b"", b"", "file", None),
        (None, None, None, "file", None),
    ],
)
def test_blank_zero_and_invalid_dates_fall_through(tmp_path, write_jpeg, original, digitized, modified,
                                                    expected_source, expected):
    exif = {}
    if original is not None:
        exif[EXIF.DateTimeOriginal] = original
    if digitized is not None:
        exif[EXIF.DateTimeDigitized] = digitized
    zeroth = {IFD0.DateTime: modified} if modified is not None else {}
    facts = read_facts(_photo(tmp_path, write_jpeg, zeroth=zeroth, exif=exif))
    assert facts.capture_time_source.value == expected_source
    if expected_source == "file":
        assert facts.capture_time == _file_time()
        assert facts.capture_time.utcoffset() is not None  # the file date is an instant: zone known
        assert not facts.capture_time_source.from_camera
    else:
        assert facts.capture_time == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"2019:09:26 16:38:00\x00", datetime(2019, 9, 26, 16, 38)),
        (b"2004:09:04 19:52:06 ", datetime(2004, 9, 4, 19, 52, 6)),  # the Pentax Optio S4 writes this
        (b"2019-09-26 16:38:00", datetime(2019, 9, 26, 16, 38)),
        (b"2019:09:26T16:38:00", datetime(2019, 9, 26, 16, 38)),
        (b"2013:07:05 03:18:27Z", datetime(2013, 7, 5, 3, 18, 27, tzinfo=UTC)),
        (b"2013:07:05 03:18:27.25+02:00", datetime(2013, 7, 5, 3, 18, 27, 250000,
                                                   tzinfo=timezone(timedelta(hours=2)))),
    ],
)
def test_date_spellings(tmp_path, write_jpeg, raw, expected):
    facts = read_facts(_photo(tmp_path, write_jpeg, exif={EXIF.DateTimeOriginal: raw}))
    assert facts.capture_time == expected
    assert facts.capture_time.tzinfo == expected.tzinfo


@pytest.mark.parametrize(
    ("subsec", "offset", "microsecond", "minutes"),
    [
        (b"46", b"+01:00", 460000, 60),
        (b"123456789", b"+05:45", 123456, 345),
        (b"ab", b"   :  ", 0, None),
        (b" 7\x00", b"+25:00", 700000, None),
        (b"", b"-00:00", 0, 0),
    ],
)
def test_subseconds_and_offsets(tmp_path, write_jpeg, subsec, offset, microsecond, minutes):
    facts = read_facts(_photo(tmp_path, write_jpeg, exif={
        EXIF.DateTimeOriginal: b"2022:08:14 14:12:31", EXIF.SubSecTimeOriginal: subsec,
        EXIF.OffsetTimeOriginal: offset,
    }))
    assert facts.capture_time.microsecond == microsecond
    assert facts.utc_offset_minutes == minutes


def test_camera_numbers_and_flags(tmp_path, write_jpeg):
    path = _photo(tmp_path, write_jpeg, zeroth={
        IFD0.Make: b"  Canon\x00\x00", IFD0.Model: b"Canon EOS R6\x00junk", IFD0.Software: b"Firmware 1.8.1",
        IFD0.Orientation: 8,
    }, exif={
        EXIF.LensModel: b"RF24-105mm F4 L IS USM ", EXIF.FocalLength: (105, 1),
        EXIF.FocalLengthIn35mmFilm: 105, EXIF.ExposureTime: (1, 125), EXIF.FNumber: (56, 10),
        EXIF.ISOSpeedRatings: (800, 1600), EXIF.Flash: 0x19, EXIF.WhiteBalance: 1,
    })
    facts = read_facts(path)
    assert (facts.make, facts.model, facts.software) == ("Canon", "Canon EOS R6", "Firmware 1.8.1")
    assert facts.lens_model == "RF24-105mm F4 L IS USM"
    assert facts.focal_length_mm == 105.0 and facts.focal_length_35mm == 105.0
    assert facts.exposure_time_s == pytest.approx(0.008) and facts.f_number == pytest.approx(5.6)
    assert facts.iso == 800
    assert facts.flash_fired is True and facts.white_balance == "manual"
    assert facts.orientation == 8 and facts.display_size == (30, 50)
    assert facts.has_exif and facts.format == "JPEG" and (facts.width, facts.height) == (50, 30)


def test_unknown_numbers_are_none(tmp_path, write_jpeg):
    path = _photo(tmp_path, write_jpeg, zeroth={IFD0.Model: b"", IFD0.Orientation: 0}, exif={
        EXIF.FocalLength: (0, 1), EXIF.FocalLengthIn35mmFilm: 0, EXIF.ExposureTime: (1, 0),
        EXIF.FNumber: (0, 0), EXIF.ISOSpeedRatings: 0, EXIF.Flash: 0x10, EXIF.WhiteBalance: 7,
    })
    facts = read_facts(path)
    assert facts.model is None and facts.orientation is None
    assert facts.focal_length_mm is None and facts.focal_length_35mm is None
    assert facts.exposure_time_s is None and facts.f_number is None and facts.iso is None
    assert facts.flash_fired is False  # 0x10: flash off, did not fire
    assert facts.white_balance is None


def test_no_exif_at_all(tmp_path):
    path = tmp_path / "plain.jpg"
    Image.fromarray(PIXELS).save(path)
    os.utime(path, (A_TIME, A_TIME))
    facts = read_facts(path)
    assert not facts.has_exif and facts.orientation is None and facts.make is None
    assert facts.capture_time_source is CaptureTimeSource.FILE and facts.capture_time == _file_time()


def _dms(degrees: int, minutes: int, seconds_times_100: int):
    return ((degrees, 1), (minutes, 1), (seconds_times_100, 100))


@pytest.mark.parametrize(
    ("gps", "present"),
    [
        ({GPS.GPSLatitudeRef: b"N", GPS.GPSLatitude: _dms(60, 8, 4814), GPS.GPSLongitudeRef: b"E",
          GPS.GPSLongitude: _dms(24, 54, 2438)}, True),
        ({GPS.GPSLatitude: _dms(0, 22, 2780), GPS.GPSLongitude: _dms(36, 3, 0)}, True),  # near the equator
        ({}, False),  # an empty GPS IFD
        ({GPS.GPSVersionID: (2, 3, 0, 0)}, False),
        ({GPS.GPSAltitude: (324145, 1000)}, False),
        ({GPS.GPSLatitude: _dms(0, 0, 0), GPS.GPSLongitude: _dms(0, 0, 0)}, False),  # placeholder
        ({GPS.GPSLatitude: ((48, 1), (5332358, 100000), (0, 0)),
          GPS.GPSLongitude: ((21, 1), (259507, 100000), (0, 0))}, False),  # x/0 seconds (Nikon D5000)
        ({GPS.GPSLatitude: _dms(95, 0, 0), GPS.GPSLongitude: _dms(10, 0, 0)}, False),  # no such latitude
        ({GPS.GPSLatitude: _dms(45, 0, 0)}, False),  # latitude alone is no position
    ],
)
def test_gps_presence_rule(tmp_path, write_jpeg, gps, present):
    facts = read_facts(_photo(tmp_path, write_jpeg, exif={EXIF.DateTimeOriginal: b"2020:01:01 00:00:00"},
                              gps=gps))
    assert facts.gps_present is present


@pytest.mark.parametrize("image_format", ["PNG", "WEBP", "TIFF"])
def test_exif_in_other_containers(tmp_path, image_format):
    exif = piexif.dump({
        "0th": {IFD0.Make: b"Apple", IFD0.Orientation: 6},
        "Exif": {EXIF.DateTimeOriginal: b"2022:02:16 12:55:41", EXIF.OffsetTimeOriginal: b"+01:00"},
    })
    path = tmp_path / f"photo.{image_format.lower()}"
    Image.fromarray(PIXELS).save(path, image_format, exif=exif)
    facts = read_facts(path)
    assert facts.format == image_format
    assert facts.make == "Apple" and facts.orientation == 6
    assert facts.capture_time == datetime(2022, 2, 16, 12, 55, 41, tzinfo=timezone(timedelta(hours=1)))


def test_json_object_holds_the_contract_keys_and_serialises(tmp_path, write_jpeg):
    facts = read_facts(_photo(tmp_path, write_jpeg, exif={EXIF.DateTimeOriginal: b"2024:05:06 08:07:09"}))
    as_json = facts_to_json(facts)
    contract = {
        "capture_time", "capture_time_source", "orientation", "make", "model", "lens_model",
        "focal_length_mm", "focal_length_35mm", "exposure_time_s", "f_number", "iso", "flash_fired",
        "white_balance", "software", "gps_present", "width", "height",
    }
    assert contract <= set(as_json)
    assert json.loads(json.dumps(as_json)) == as_json
    assert as_json["capture_time_source"] == "DateTimeOriginal"
