"""The clinic's records: patients, treatments, visits, photos and symptom log entries, as plain dataclasses.

Entities refer to each other by id only; storage maps these classes onto its tables (see storage/schema.py),
so the same objects travel from the database to the GUI without a parallel set of ORM classes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, datetime


class Area(enum.StrEnum):
    """Treated area, as in the guide's follow-up context."""

    FACE = "face"
    SCALP = "scalp"
    NECK = "neck"
    DECOLLETAGE = "decolletage"
    HANDS = "hands"
    BODY = "body"
    OTHER = "other"


class View(enum.StrEnum):
    """Standard photo view. Left/right are the patient's own side turned towards the camera."""

    FRONTAL = "frontal"
    OBLIQUE_45_LEFT = "oblique-45-left"
    OBLIQUE_45_RIGHT = "oblique-45-right"
    LATERAL_90_LEFT = "lateral-90-left"
    LATERAL_90_RIGHT = "lateral-90-right"
    # Scalp/hair global photography (photo-standards.md 1.3): vertex, centre part, frontal hairline, temples.
    SCALP_VERTEX = "scalp-vertex"
    SCALP_MIDLINE = "scalp-midline"
    SCALP_FRONTAL = "scalp-frontal"
    SCALP_TEMPORAL_LEFT = "scalp-temporal-left"
    SCALP_TEMPORAL_RIGHT = "scalp-temporal-right"
    SCALP_OCCIPITAL = "scalp-occipital"
    # Hands (photo-standards.md 1.3): back of the hands and palms.
    HANDS_DORSAL = "hands-dorsal"
    HANDS_PALMAR = "hands-palmar"
    CLOSE_UP = "close-up"
    OTHER = "other"


class VisitKind(enum.StrEnum):
    BASELINE = "baseline"
    FOLLOW_UP = "follow-up"


class Trend(enum.StrEnum):
    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


ROTATIONS = (0, 90, 180, 270)

# An EXIF orientation as (quarter turns clockwise, mirrored first): the stored pixels flipped left-right
# when mirrored, then turned. A display rotation only adds quarter turns, so the two compose into one
# orientation that every decode path already knows how to apply.
_TURNS = {1: (0, False), 2: (0, True), 3: (2, False), 4: (2, True), 5: (3, True), 6: (1, False), 7: (1, True),
          8: (3, False)}
_ORIENTATION = {turns: orientation for orientation, turns in _TURNS.items()}


def turned_orientation(orientation: int | None, rotation: int) -> int:
    """The EXIF orientation that shows what `orientation` shows, turned `rotation` degrees clockwise."""
    quarters, mirrored = _TURNS.get(orientation or 1, (0, False))
    return _ORIENTATION[((quarters + rotation // 90) % 4, mirrored)]


class CaptureTimeSource(enum.StrEnum):
    """Where a photo's capture time came from; the values are part of the `info --json` contract."""

    DATE_TIME_ORIGINAL = "DateTimeOriginal"
    DATE_TIME_DIGITIZED = "DateTimeDigitized"
    DATE_TIME = "DateTime"
    FILE = "file"
    ENTERED = "entered"  # typed or confirmed by the nurse at import

    @property
    def from_camera(self) -> bool:
        return self not in (CaptureTimeSource.FILE, CaptureTimeSource.ENTERED)


@dataclass(frozen=True, slots=True)
class PhotoFacts:
    """What a photo file says about itself: pixel size and the EXIF facts the checks and labels rely on.

    `capture_time` is the time as the camera recorded it: timezone-aware when the file gave an offset
    (OffsetTimeOriginal and friends), naive otherwise. `width`/`height` are as stored, before orientation.
    """

    width: int
    height: int
    format: str
    capture_time: datetime | None = None
    capture_time_source: CaptureTimeSource | None = None
    orientation: int | None = None
    make: str | None = None
    model: str | None = None
    lens_model: str | None = None
    focal_length_mm: float | None = None
    focal_length_35mm: float | None = None
    exposure_time_s: float | None = None
    f_number: float | None = None
    iso: int | None = None
    flash_fired: bool | None = None
    white_balance: str | None = None
    software: str | None = None
    gps_present: bool = False
    has_exif: bool = False

    @property
    def utc_offset_minutes(self) -> int | None:
        if self.capture_time is None or self.capture_time.utcoffset() is None:
            return None
        return int(self.capture_time.utcoffset().total_seconds() // 60)

    @property
    def display_size(self) -> tuple[int, int]:
        """Width and height as shown, after the EXIF orientation (5-8 swap the axes)."""
        if self.orientation in (5, 6, 7, 8):
            return self.height, self.width
        return self.width, self.height


# The entities below are plain (not slotted) dataclasses: SQLAlchemy's imperative mapping keeps its
# per-instance state in the instance's __dict__ and needs weak references, which slots rule out.
# `row_version` is the version of the record as it was read (storage counts it up on every change, from 1;
# None before it is first saved): an edit carries it back, and is refused when the record changed meanwhile
# (domain.errors.EditConflict), so a change made on another workstation is never silently overwritten.
@dataclass
class Patient:
    display_name: str
    chart_number: str | None = None
    birth_date: date | None = None
    notes: str = ""
    id: int | None = None
    row_version: int | None = None


@dataclass
class Treatment:
    patient_id: int
    performed_at: datetime  # timezone-aware
    area: Area = Area.FACE
    goal: str = ""
    product: str = ""
    ingredients: str = ""
    physician: str = ""
    session_number: int | None = None
    id: int | None = None
    row_version: int | None = None


@dataclass
class Visit:
    treatment_id: int
    kind: VisitKind
    visited_at: datetime  # timezone-aware
    pain_score: int | None = None  # 0-10, None when not asked or not known
    notes: str = ""
    id: int | None = None
    row_version: int | None = None

    def __post_init__(self) -> None:
        if self.pain_score is not None and not 0 <= self.pain_score <= 10:
            raise ValueError(f"A pain score is 0 to 10, not {self.pain_score}.")


@dataclass
class SymptomEntry:
    visit_id: int
    started_at: datetime | None
    area: str = ""
    severity: int | None = None  # 0-10, as the patient rates it
    trend: Trend | None = None
    associated_symptoms: str = ""
    id: int | None = None
    row_version: int | None = None


@dataclass
class Photo:
    """A photo held in the library: where it came from, its view, and its facts at import."""

    visit_id: int
    sha256: str
    original_name: str
    original_folder: str
    file_size: int
    facts: PhotoFacts
    view: View = View.OTHER
    imported_at: datetime | None = None
    id: int | None = None
    rotation: int = 0  # degrees clockwise shown on top of the EXIF orientation (0, 90, 180, 270)
    row_version: int | None = None

    def __post_init__(self) -> None:
        if self.rotation not in ROTATIONS:
            raise ValueError(f"A photo turns by 0, 90, 180 or 270 degrees, not {self.rotation}.")

    @property
    def capture_time(self) -> datetime | None:
        return self.facts.capture_time

    @property
    def shown_facts(self) -> PhotoFacts:
        """The facts with the display rotation folded into the orientation (what the checks judge)."""
        if not self.rotation:
            return self.facts
        return replace(self.facts, orientation=turned_orientation(self.facts.orientation, self.rotation))
