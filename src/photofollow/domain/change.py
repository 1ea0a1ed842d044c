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


def measure_name(measure: MeasureId | str) -> Phrase:
    return Phrase("Change", MEASURE_NAMES[MeasureId(measure)])


def region_name(region: RegionId | str) -> Phrase:
    return Phrase("Change", REGION_NAMES[RegionId(region)])


@dataclass(frozen=True, slots=True)
class Measure:
    """One measure in one region. `uncertainty` is expanded (the policy's coverage factor times the combined
    standard deviation from pixel noise, registration and the colour normalisation residual), in `unit`.

    `share_above` (redness only): the share of the region whose redness lies above the baseline region's
    90th percentile, in the baseline (0.1 by construction) and in the follow-up.
    """

    id: MeasureId
    region: RegionId
    baseline: float
    follow_up: float
    uncertainty: float
    share_above: tuple[float, float] | None = None

    @property
    def change(self) -> float:
        return self.follow_up - self.baseline

    @property
    def unit(self) -> str:
        return UNITS[self.id]

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

    def find(self, measure: MeasureId | str, region: RegionId | str) -> Measure | None:
        for found in self.measures:
            if found.id == measure and found.region == region:
                return found
        return None


def skipped(reason: Phrase) -> ChangeReport:
    return ChangeReport(False, reason, ())


# -- the recovery chart's data ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecoveryPoint:
    """One follow-up on the recovery chart: hours since the treatment, the pain score, and per measure the
    largest change among the regions (the region where it is largest, its change and uncertainty); an empty
    `measures` with a `reason` when the pair was not measured."""

    hours: float
    pain_score: int | None
    measures: dict[MeasureId, Measure] = field(default_factory=dict)
    reason: Phrase | None = None


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
    """The region whose change of `measure` is largest (in size), or None."""
    found = [m for m in report.measures if m.id == measure and math.isfinite(m.change)]
    return max(found, key=lambda m: abs(m.change), default=None)


def recovery_point(hours: float, pain_score: int | None, report: ChangeReport | None) -> RecoveryPoint:
    if report is None or not report.comparable:
        return RecoveryPoint(hours, pain_score, {}, None if report is None else report.reason)
    measures = {m: found for m in MeasureId if (found := largest_change(report, m)) is not None}
    return RecoveryPoint(hours, pain_score, measures)
