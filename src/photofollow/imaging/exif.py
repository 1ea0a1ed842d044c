"""What a photo file says about itself (EXIF dates, orientation, camera, exposure, GPS), read defensively.

Rules (the reasons are in the comments where each rule is applied; tests/imaging checks them against
exiftool over the shared corpus):

- Only EXIF counts: IFD0, the Exif IFD and the GPS IFD, from JPEG APP1, TIFF, PNG eXIf, WebP, HEIC and
  AVIF, read with Pillow (which reads the corpus files piexif raises on). Dates that live only in XMP,
  IPTC, PNG tIME chunks or maker segments (FLIR) are not used: they are written by editing software or
  vendors with their own rules, and a nurse must see "from file date: check" rather than a guess.
- Capture time: DateTimeOriginal, else DateTimeDigitized, else DateTime, else the file's modification
  time (`CaptureTimeSource.FILE`, timezone-aware in this computer's zone, whole seconds). Blank,
  all-zero ('0000:00:00 00:00:00') and unparseable dates are skipped to the next source. Each date takes
  the sub-seconds and the UTC offset of its own tag pair only (SubSecTimeOriginal + OffsetTimeOriginal for
  DateTimeOriginal, and so on), as exiftool's composite SubSec*Date tags do: the offset of an edit
  (OffsetTime) says nothing about where the photo was taken.
- Orientation: 1-8 as the EXIF says (for HEIC, the value before pillow-heif reset it); absent -> None;
  0 and other junk -> None ("unknown", shown as stored, which is how exiftool's 0 is displayed too).
- Numbers: 0, negative, x/0 or unreadable -> None (EXIF writes 0 for "unknown").
- GPS present: the GPS IFD has both GPSLatitude and GPSLongitude, each made of finite numbers, within
  range, and not exactly 0,0 (the placeholder cameras write before they have a fix). An empty GPS IFD,
  or one holding only a version, an altitude or x/0 rationals (exiftool shows those as empty), is no
  position.
- Nothing in the EXIF can make reading fail: broken or hostile EXIF degrades to what can be read, at
  worst no EXIF and the file time. Only a file that is not a readable image at all raises (the typed
  errors of `imaging.decode.open_image`).
"""

from __future__ import annotations

import logging
import math
import os
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from PIL import ExifTags, Image

from photofollow.domain.model import CaptureTimeSource, PhotoFacts
from photofollow.imaging.decode import (
    heif_container_transforms,
    is_heif_plugin_image,
    open_image,
)

log = logging.getLogger(__name__)

_BASE = ExifTags.Base
_MAX_TEXT = 256  # longest camera/lens/software name we keep; hostile EXIF can hold megabytes

# (source, date tag, sub-second tag, offset tag); the date tag lives in the Exif IFD except DateTime (IFD0).
_DATE_SOURCES = (
    (CaptureTimeSource.DATE_TIME_ORIGINAL, _BASE.DateTimeOriginal, _BASE.SubsecTimeOriginal,
     _BASE.OffsetTimeOriginal),
    (CaptureTimeSource.DATE_TIME_DIGITIZED, _BASE.DateTimeDigitized, _BASE.SubsecTimeDigitized,
     _BASE.OffsetTimeDigitized),
    (CaptureTimeSource.DATE_TIME, _BASE.DateTime, _BASE.SubsecTime, _BASE.OffsetTime),
)

# EXIF writes 'YYYY:MM:DD HH:MM:SS'; some software uses '-' or 'T', adds fractions or a zone suffix.
_DATE_PATTERN = re.compile(
    r"(\d{4})[:\-/.](\d{1,2})[:\-/.](\d{1,2})[ T]+(\d{1,2}):(\d{2}):(\d{2})"
    r"(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2})?"
)
_OFFSET_PATTERN = re.compile(r"([+-])(\d{2}):?(\d{2})")


# --------------------------------------------------------------------------------------- value parsing


def _text(value: object) -> str | None:
    """An EXIF ASCII value as clean text: NULs and surrounding blanks removed; empty -> None."""
    if isinstance(value, (tuple, list)):
        value = next((item for item in value if isinstance(item, (str, bytes))), None)
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            value = value.decode("latin-1")
    if not isinstance(value, str):
        return None
    text = value.split("\x00", 1)[0].strip()
    return text[:_MAX_TEXT] or None


def _number(value: object) -> float | None:
    if isinstance(value, (tuple, list)):
        value = value[0] if value else None
    if value is None or isinstance(value, (bool, bytes)):
        return None
    try:
        number = float(value)  # IFDRational, int, float or numeric text
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _positive(value: object) -> float | None:
    number = _number(value)
    return number if number is not None and number > 0 else None


def _integer(value: object) -> int | None:
    number = _number(value)
    return int(number) if number is not None and number == int(number) else None


def _offset(text: str | None) -> timezone | None:
    if not text:
        return None
    if text == "Z":
        return UTC
    match = _OFFSET_PATTERN.fullmatch(text)
    if not match:
        return None  # blank '   :  ' and friends
    sign, hours, minutes = match.groups()
    if int(hours) > 18 or int(minutes) >= 60:  # real zones lie within +/-14 h
        return None
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    return timezone(-delta if sign == "-" else delta)


def _microseconds(text: str | None) -> int:
    digits = (text or "").strip()
    if not digits.isdigit():
        return 0
    return int(digits[:6].ljust(6, "0"))  # '46' is .46 s, '0532' is .0532 s


def parse_exif_datetime(value: object, subsec: object = None, offset: object = None) -> datetime | None:
    """An EXIF date with its sub-second and offset tags as a datetime; None when blank, zero or invalid."""
    text = _text(value)
    if not text:
        return None
    match = _DATE_PATTERN.fullmatch(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    fraction, zone_suffix = match.group(7), match.group(8)
    try:
        moment = datetime(year, month, day, hour, minute, second)  # rejects 0000:00:00 and 25:61:00
    except ValueError:
        return None
    micro = _microseconds(str(subsec) if isinstance(subsec, int) else _text(subsec))
    if not micro and fraction:
        micro = _microseconds(fraction)
    zone = _offset(_text(offset)) or _offset(zone_suffix)
    return moment.replace(microsecond=micro, tzinfo=zone)


def _gps_coordinate(value: object, limit: float) -> float | None:
    """Degrees from a GPS (degrees, minutes, seconds) triple; None when any part is missing or not finite."""
    parts = value if isinstance(value, (tuple, list)) else (value,)
    if not 1 <= len(parts) <= 3:
        return None
    numbers = [_number(part) for part in parts]
    if any(number is None or number < 0 for number in numbers):
        return None
    degrees = sum(number / 60**index for index, number in enumerate(numbers))  # type: ignore[operator]
    return degrees if degrees <= limit else None


def gps_position_present(gps: dict) -> bool:
    """The GPS-present rule of the module docstring, on a GPS IFD as a {tag: value} dict."""
    latitude = _gps_coordinate(gps.get(ExifTags.GPS.GPSLatitude), 90.0)
    longitude = _gps_coordinate(gps.get(ExifTags.GPS.GPSLongitude), 180.0)
    if latitude is None or longitude is None:
        return False
    return not (latitude == 0 and longitude == 0)


# ------------------------------------------------------------------------------------------- reading


def _safe_ifd(exif: Image.Exif, ifd: int) -> dict:
    try:
        return dict(exif.get_ifd(ifd))
    except Exception:  # a broken pointer or hostile counts: that IFD is lost, the rest stays
        log.debug("unreadable EXIF IFD %#x", ifd, exc_info=True)
        return {}


def _read_exif(image: Image.Image, path: Path) -> tuple[dict, dict, dict]:
    """IFD0, Exif IFD and GPS IFD as plain dicts; empty where unreadable."""
    try:
        if image.format == "PNG" and "exif" not in image.info:
            # Pillow finds an eXIf chunk after the pixels only by decoding them all (800 MB for a 199 MP
            # bomb); the chunk headers say where it is.
            image.info["exif"] = _png_exif_chunk(path)
        exif = image.getexif()
        ifd0 = dict(exif)
    except Exception:
        log.info("%s: the EXIF block cannot be read; using the file time", path.name, exc_info=True)
        return {}, {}, {}
    return ifd0, _safe_ifd(exif, ExifTags.IFD.Exif), _safe_ifd(exif, ExifTags.IFD.GPSInfo)


def _png_exif_chunk(path: Path) -> bytes:
    """A PNG's eXIf chunk as Pillow keeps it ("Exif\\0\\0" + TIFF data), found by reading chunk headers
    only; b"" when it has none or the file cannot be walked."""
    import struct

    try:
        with open(path, "rb") as handle:
            handle.seek(8)
            while True:
                header = handle.read(8)
                if len(header) < 8:
                    return b""
                length, kind = struct.unpack(">I4s", header)
                if kind == b"eXIf":
                    return b"Exif\x00\x00" + handle.read(min(length, 1 << 20))
                if kind == b"IEND":
                    return b""
                handle.seek(length + 4, 1)  # the data and its CRC
    except (OSError, struct.error):
        return b""


def _file_time(path: Path) -> datetime | None:
    try:
        modified = path.stat().st_mtime
    except OSError:
        return None
    return datetime.fromtimestamp(int(modified)).astimezone()


def _capture_time(ifd0: dict, exif_ifd: dict, path: Path) -> tuple[datetime | None, CaptureTimeSource | None]:
    for source, date_tag, subsec_tag, offset_tag in _DATE_SOURCES:
        # The standard places: DateTime in IFD0, the others in the Exif IFD; a few writers misplace them.
        primary, secondary = (ifd0, exif_ifd) if source is CaptureTimeSource.DATE_TIME else (exif_ifd, ifd0)
        value = primary.get(date_tag, secondary.get(date_tag))
        moment = parse_exif_datetime(value, exif_ifd.get(subsec_tag), exif_ifd.get(offset_tag))
        if moment is not None:
            return moment, source
    file_time = _file_time(path)
    return file_time, (CaptureTimeSource.FILE if file_time else None)


def _exif_orientation(image: Image.Image, ifd0: dict, exif_ifd: dict) -> int | None:
    value = ifd0.get(_BASE.Orientation, exif_ifd.get(_BASE.Orientation))
    if is_heif_plugin_image(image) and image.info.get("original_orientation") is not None:
        value = image.info["original_orientation"]  # pillow-heif reset the EXIF copy to 1
    orientation = _integer(value)
    return orientation if orientation is not None and 1 <= orientation <= 8 else None


def _stored_size(image: Image.Image) -> tuple[int, int]:
    width, height = image.size
    if is_heif_plugin_image(image):
        # libheif hands over pixels already turned by the container's irot; "as stored" is before that.
        for name, value, *_ in heif_container_transforms(image) or ():
            if name == "irot" and value % 180 == 90:
                width, height = height, width
    return width, height


def read_facts(path: str | os.PathLike[str]) -> PhotoFacts:
    """Read a photo's size, format and EXIF facts without decoding its pixels (PNG aside).

    Raises the typed errors of `open_image` only when the file is not a readable image at all.
    """
    path = Path(path)
    with open_image(path) as image:
        width, height = _stored_size(image)
        image_format = image.format or path.suffix.lstrip(".").upper()
        ifd0, exif_ifd, gps = _read_exif(image, path)
        orientation = _exif_orientation(image, ifd0, exif_ifd)
    capture_time, source = _capture_time(ifd0, exif_ifd, path)

    # Tags belong in IFD0 (camera, software) or the Exif IFD (exposure); some cameras misplace them
    # (the Canon PowerShot A85 writes WhiteBalance into IFD0) and exiftool reads them there: so do we.
    def exif_value(tag: int) -> object:
        return exif_ifd[tag] if tag in exif_ifd else ifd0.get(tag)

    def ifd0_value(tag: int) -> object:
        return ifd0[tag] if tag in ifd0 else exif_ifd.get(tag)

    flash = _integer(exif_value(_BASE.Flash))
    white_balance = _integer(exif_value(_BASE.WhiteBalance))
    iso = _integer(exif_value(_BASE.ISOSpeedRatings))
    return PhotoFacts(
        width=width,
        height=height,
        format=image_format,
        capture_time=capture_time,
        capture_time_source=source,
        orientation=orientation,
        make=_text(ifd0_value(_BASE.Make)),
        model=_text(ifd0_value(_BASE.Model)),
        lens_model=_text(exif_value(_BASE.LensModel)),
        focal_length_mm=_positive(exif_value(_BASE.FocalLength)),
        focal_length_35mm=_positive(exif_value(_BASE.FocalLengthIn35mmFilm)),
        exposure_time_s=_positive(exif_value(_BASE.ExposureTime)),
        f_number=_positive(exif_value(_BASE.FNumber)),
        iso=iso if iso is not None and iso > 0 else None,
        flash_fired=None if flash is None else bool(flash & 1),
        white_balance={0: "auto", 1: "manual"}.get(white_balance) if white_balance is not None else None,
        software=_text(ifd0_value(_BASE.Software)),
        gps_present=gps_position_present(gps),
        has_exif=bool(ifd0 or exif_ifd or gps),
    )


# ---------------------------------------------------------------------------------------------- JSON


def format_capture_time(moment: datetime | None, precise: bool = True) -> str | None:
    """ISO 8601 with the offset when known; `precise` adds the sub-seconds (milli or micro) the file gave."""
    if moment is None:
        return None
    if moment.microsecond == 0 or not precise:
        timespec = "seconds"
    elif moment.microsecond % 1000 == 0:
        timespec = "milliseconds"
    else:
        timespec = "microseconds"
    return moment.isoformat(timespec=timespec)


def facts_to_json(facts: PhotoFacts) -> dict:
    """The `photofollow info --json` object for these facts (keys are a contract: extend, never rename)."""
    display_width, display_height = facts.display_size
    return {
        # To the second, as EXIF dates are written ("2022-02-16T12:55:41+01:00"); the sub-seconds from
        # SubSecTime* are in capture_time_precise ("2022-02-16T12:55:41.762+01:00").
        "capture_time": format_capture_time(facts.capture_time, precise=False),
        "capture_time_precise": format_capture_time(facts.capture_time),
        "capture_time_source": facts.capture_time_source.value if facts.capture_time_source else None,
        "capture_time_from_camera": (
            facts.capture_time_source.from_camera if facts.capture_time_source else False
        ),
        "utc_offset_minutes": facts.utc_offset_minutes,
        "orientation": facts.orientation,
        "make": facts.make,
        "model": facts.model,
        "lens_model": facts.lens_model,
        "focal_length_mm": facts.focal_length_mm,
        "focal_length_35mm": facts.focal_length_35mm,
        "exposure_time_s": facts.exposure_time_s,
        "f_number": facts.f_number,
        "iso": facts.iso,
        "flash_fired": facts.flash_fired,
        "white_balance": facts.white_balance,
        "software": facts.software,
        "gps_present": facts.gps_present,
        "width": facts.width,
        "height": facts.height,
        "display_width": display_width,
        "display_height": display_height,
        "format": facts.format,
        "has_exif": facts.has_exif,
    }
