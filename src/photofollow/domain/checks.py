"""Photo-policy check results: ids, statuses, one result per check, the pair report and the verdict rule."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from photofollow.domain.model import PhotoFacts


class CheckId(enum.StrEnum):
    """The checks of PHOTO_POLICY.md, in the order they are reported; the values are a CLI/JSON contract."""

    EXPOSURE = "exposure"
    WHITE_BALANCE = "white_balance"
    LIGHT_DIRECTION = "light_direction"
    FLASH = "flash"
    SHARPNESS = "sharpness"
    DISTANCE = "distance"
    FRAMING = "framing"
    ROLL = "roll"
    HEAD_POSE = "head_pose"
    VIEW = "view"
    LENS = "lens"
    CAMERA = "camera"
    EDITING = "editing"
    RESOLUTION = "resolution"
    CAPTURE_TIME = "capture_time"


CHECK_ORDER: tuple[CheckId, ...] = tuple(CheckId)


class CheckStatus(enum.StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"

    @property
    def severity(self) -> int:
        return {"pass": 0, "skipped": 0, "warn": 1, "fail": 2}[self.value]


class Verdict(enum.StrEnum):
    CONSISTENT = "consistent"
    REVIEW = "review"
    INCONSISTENT = "inconsistent"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check of a follow-up against its baseline. `message` is one sentence a nurse understands."""

    id: CheckId
    status: CheckStatus
    measured: float | str | None
    threshold: float | str | None
    unit: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        measured = self.measured
        if isinstance(measured, float):
            measured = round(measured, 4)
        threshold = self.threshold
        if isinstance(threshold, float):
            threshold = round(threshold, 4)
        return {
            "id": self.id.value,
            "status": self.status.value,
            "measured": measured,
            "threshold": threshold,
            "unit": self.unit,
            "message": self.message,
        }


def verdict_of(results: list[CheckResult] | tuple[CheckResult, ...]) -> Verdict:
    """consistent when every check passed or was skipped, review on any warn, inconsistent on any fail."""
    worst = max((result.status.severity for result in results), default=0)
    return (Verdict.CONSISTENT, Verdict.REVIEW, Verdict.INCONSISTENT)[worst]


@dataclass(frozen=True, slots=True)
class PairReport:
    """Everything a pair check says: the verdict, the fifteen results, and the registration transform.

    `transform` is the 3x3 matrix mapping follow-up pixel coordinates (oriented, full size) onto the
    baseline's, or None when the photos could not be registered.
    """

    verdict: Verdict
    checks: tuple[CheckResult, ...]
    transform: tuple[tuple[float, float, float], ...] | None
    baseline_facts: PhotoFacts
    follow_up_facts: PhotoFacts

    def result(self, check_id: CheckId | str) -> CheckResult:
        for result in self.checks:
            if result.id == check_id:
                return result
        raise KeyError(check_id)

    @property
    def statuses(self) -> dict[str, str]:
        return {result.id.value: result.status.value for result in self.checks}
