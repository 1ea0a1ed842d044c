"""What changed between a baseline and a comparable follow-up: measure and region ids, one measured value
with its uncertainty, the pair's result (`comparable`, or why it was skipped), `photofollow change --json`.

The ids are a CLI/JSON contract. Left and right are the patient's own sides. The numbers describe these two
photos; they do not diagnose.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from typing import Any

from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase


class MeasureId(enum.StrEnum):
    REDNESS = "redness"
    DARK_PATCHES = "dark_patches"
    SWELLING = "swelling"


class RegionId(enum.StrEnum):
    FOREHEAD = "forehead"
    CHEEK_LEFT = "cheek_left"
    CHEEK_RIGHT = "cheek_right"
    CHIN = "chin"
    PERIORAL = "perioral"
    PERIORBITAL_LEFT = "periorbital_left"
    PERIORBITAL_RIGHT = "periorbital_right"
    NECK = "neck"
    OVERLAP = "overlap"  # scalp, hands and other areas: the registered overlap of the two photos


class IndexId(enum.StrEnum):
    """Which index of a measure a value is (`"index"` in `change --json`): redness is the erythema index,
    swelling the outline's half-width; dark patches have two, their darkness and their colour."""

    ERYTHEMA = "erythema"
    DARKNESS = "darkness"
    COLOUR = "colour"
    WIDTH = "width"


# Each measure's first index: the one the recovery chart draws and a lookup without an index finds.
PRIMARY_INDEX = {
    MeasureId.REDNESS: IndexId.ERYTHEMA,
    MeasureId.DARK_PATCHES: IndexId.DARKNESS,
    MeasureId.SWELLING: IndexId.WIDTH,
}


# The face's regions in the order they are reported (a face treatment measures all of them).
FACE_REGIONS = (
    RegionId.FOREHEAD,
    RegionId.PERIORBITAL_RIGHT,
    RegionId.PERIORBITAL_LEFT,
    RegionId.CHEEK_RIGHT,
    RegionId.CHEEK_LEFT,
    RegionId.PERIORAL,
    RegionId.CHIN,
    RegionId.NECK,
)

# Units (a contract as they are): the erythema index is 100 log10(R/G) of linear reflectance (Dawson et al.
# 1980; Diffey et al. 1984); dark patches in % of the baseline region's median luminance; swelling in % of the
# eye distance.
UNITS = {MeasureId.REDNESS: "EI", MeasureId.DARK_PATCHES: "%", MeasureId.SWELLING: "% IPD"}
# The colour of dark patches: the yellowness index YI = 100 log10(sqrt(R G) / B) of linear reflectance, the
# region's mean against the same region at baseline. Blood under the skin lowers it (deoxygenated
# haemoglobin absorbs green and red more than blue: a fresh bruise turns blue-purple), its breakdown raises
# it (bilirubin absorbs blue: an old bruise turns yellow-green); a gain per channel (the light's level and
# colour) moves it by a constant, which the colour normalisation takes out.
INDEX_UNITS = {
    IndexId.ERYTHEMA: "EI",
    IndexId.DARKNESS: "%",
    IndexId.COLOUR: "YI",
    IndexId.WIDTH: "% IPD",
}

INDEX_NAMES = {
    IndexId.ERYTHEMA: QT_TRANSLATE_NOOP("Change", "Redness"),
    IndexId.DARKNESS: QT_TRANSLATE_NOOP("Change", "Dark patches"),
    IndexId.COLOUR: QT_TRANSLATE_NOOP("Change", "Colour of dark patches"),
    IndexId.WIDTH: QT_TRANSLATE_NOOP("Change", "Swelling"),
}

MEASURE_NAMES = {
    MeasureId.REDNESS: QT_TRANSLATE_NOOP("Change", "Redness"),
    MeasureId.DARK_PATCHES: QT_TRANSLATE_NOOP("Change", "Dark patches"),
    MeasureId.SWELLING: QT_TRANSLATE_NOOP("Change", "Swelling"),
}

REGION_NAMES = {
    RegionId.FOREHEAD: QT_TRANSLATE_NOOP("Change", "Forehead"),
    RegionId.CHEEK_LEFT: QT_TRANSLATE_NOOP("Change", "Left cheek"),
    RegionId.CHEEK_RIGHT: QT_TRANSLATE_NOOP("Change", "Right cheek"),
    RegionId.CHIN: QT_TRANSLATE_NOOP("Change", "Chin"),
    RegionId.PERIORAL: QT_TRANSLATE_NOOP("Change", "Around the mouth"),
    RegionId.PERIORBITAL_LEFT: QT_TRANSLATE_NOOP("Change", "Around the left eye"),
    RegionId.PERIORBITAL_RIGHT: QT_TRANSLATE_NOOP("Change", "Around the right eye"),
    RegionId.NECK: QT_TRANSLATE_NOOP("Change", "Neck"),
    RegionId.OVERLAP: QT_TRANSLATE_NOOP("Change", "Photo overlap"),
}

UNIT_NAMES = {
    MeasureId.REDNESS: QT_TRANSLATE_NOOP("Change", "erythema index (100 log10 red/green)"),
    MeasureId.DARK_PATCHES: QT_TRANSLATE_NOOP("Change", "% darker than the baseline's skin in the region"),
    MeasureId.SWELLING: QT_TRANSLATE_NOOP("Change", "% of the eye distance"),
}

COLOUR_UNIT_NAME = QT_TRANSLATE_NOOP(
    "Change", "yellowness index (100 log10 of the geometric mean of red and green over blue)"
)


def measure_name(measure: MeasureId | str) -> Phrase:
    return Phrase("Change", MEASURE_NAMES[MeasureId(measure)])


def index_name(index: IndexId | str) -> Phrase:
    return Phrase("Change", INDEX_NAMES[IndexId(index)])


def region_name(region: RegionId | str) -> Phrase:
    return Phrase("Change", REGION_NAMES[RegionId(region)])


@dataclass(frozen=True, slots=True)
class Measure:
    """One measure in one region. `uncertainty` is expanded (the policy's coverage factor times the combined
    standard deviation from pixel noise, registration and the colour normalisation residual), in `unit`.

    `share_above` (redness only): the share of the region whose redness lies above the baseline region's
    90th percentile, in the baseline (0.1 by construction) and in the follow-up.

    `index`: which of the measure's indices this is (None: its first, `PRIMARY_INDEX`); dark patches have
    their darkness and their colour (`IndexId.COLOUR`, the yellowness index in "YI").
    """

    id: MeasureId
    region: RegionId
    baseline: float
    follow_up: float
    uncertainty: float
    share_above: tuple[float, float] | None = None
    index: IndexId | None = None

    @property
    def kind(self) -> IndexId:
        """The index this value is (the measure's first unless given)."""
        return self.index if self.index is not None else PRIMARY_INDEX[self.id]

    @property
    def change(self) -> float:
        return self.follow_up - self.baseline

    @property
    def unit(self) -> str:
        return INDEX_UNITS[self.kind]

    @property
    def beyond_uncertainty(self) -> bool:
        """True when the change is larger than its uncertainty (a change these photos show)."""
        return math.isfinite(self.change) and abs(self.change) > self.uncertainty

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id.value,
            "region": self.region.value,
            "baseline": _rounded(self.baseline),
            "follow_up": _rounded(self.follow_up),
            "change": _rounded(self.change),
            "uncertainty": _rounded(self.uncertainty),
            "unit": self.unit,
            "index": self.kind.value,
        }


def _rounded(value: float) -> float | None:
    return round(float(value), 3) if math.isfinite(value) else None


@dataclass(frozen=True, slots=True)
class ChangeReport:
    """The measures of a pair, or why there are none (`reason`, a translatable sentence)."""

    comparable: bool
    reason: Phrase | None = None
    measures: tuple[Measure, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        """The `photofollow change --json` object."""
        return {
            "comparable": self.comparable,
            "reason": None if self.reason is None else self.reason.english(),
            "measures": [measure.to_json() for measure in self.measures],
        }

    def find(
        self, measure: MeasureId | str, region: RegionId | str, index: IndexId | str | None = None
    ) -> Measure | None:
        """The value of `measure` in `region`: its `index`, else the measure's first index."""
        wanted = PRIMARY_INDEX[MeasureId(measure)] if index is None else IndexId(index)
        for found in self.measures:
            if found.id == measure and found.region == region and found.kind == wanted:
                return found
        return None


def skipped(reason: Phrase) -> ChangeReport:
    return ChangeReport(False, reason, ())


# -- the recovery chart's data ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecoveryPoint:
    """One follow-up on the recovery chart: hours since the treatment, the pain score, and per measure the
    largest change among the regions (the region where it is largest, its change and uncertainty); an empty
    `measures` with a `reason` when the pair was not measured. `colour`: the colour of dark patches in the
    region whose darkness changed most (the colour of that patch, not of another region)."""

    hours: float
    pain_score: int | None
    measures: dict[MeasureId, Measure] = field(default_factory=dict)
    reason: Phrase | None = None
    colour: Measure | None = None


@dataclass(frozen=True, slots=True)
class SymptomMark:
    """A symptom-log entry on the chart: when it started (hours since the treatment) and its severity 0-10."""

    hours: float
    severity: int | None


@dataclass(frozen=True, slots=True)
class RecoverySeries:
    """A treatment's recovery: its follow-ups in time order, the symptom log, and the product's usual course
    (hours each sign usually lasts, from the policy; None when the policy has no course for the product)."""

    points: tuple[RecoveryPoint, ...]
    symptoms: tuple[SymptomMark, ...] = ()
    usual_hours: dict[MeasureId, float] | None = None


def largest_change(report: ChangeReport, measure: MeasureId) -> Measure | None:
    """The region whose change of `measure` (its first index) is largest (in size), or None."""
    found = [
        m
        for m in report.measures
        if m.id == measure and m.kind == PRIMARY_INDEX[m.id] and math.isfinite(m.change)
    ]
    return max(found, key=lambda m: abs(m.change), default=None)


def recovery_point(hours: float, pain_score: int | None, report: ChangeReport | None) -> RecoveryPoint:
    if report is None or not report.comparable:
        return RecoveryPoint(hours, pain_score, {}, None if report is None else report.reason)
    measures = {m: found for m in MeasureId if (found := largest_change(report, m)) is not None}
    dark = measures.get(MeasureId.DARK_PATCHES)
    colour = None if dark is None else report.find(MeasureId.DARK_PATCHES, dark.region, IndexId.COLOUR)
    return RecoveryPoint(hours, pain_score, measures, colour=colour)
