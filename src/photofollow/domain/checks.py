"""Photo-policy check results: ids, statuses, one result per check, the pair report and the verdict rule."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from photofollow.domain.model import PhotoFacts
from photofollow.domain.text import Phrase, phrase_from_json


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
    EXPRESSION = "expression"
    MAKEUP = "makeup"


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
    """One check of a follow-up against its baseline. `message` is one sentence a nurse understands.

    `message` is English (the `check --json` contract); `phrase` is the same sentence as a template and its
    values (`domain.text`), so the GUI and the sheets show it in the user's language. A measured value or
    threshold in words ("same orientation") has its phrase in `measured_phrase`/`threshold_phrase`, with the
    English in `measured`/`threshold`. The engine always sets `phrase`; a result without one (an old cache)
    is shown in English.

    `uncertainty` is the measurement's expanded uncertainty (the policy's coverage factor times one standard
    deviation, about 95 %) in the check's unit, for checks that measure a face or a registration; None when
    the check reads metadata or could not measure. A difference inside it is never a warning.
    """

    id: CheckId
    status: CheckStatus
    measured: float | str | None
    threshold: float | str | None
    unit: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)
    phrase: Phrase | None = None
    measured_phrase: Phrase | None = None
    threshold_phrase: Phrase | None = None
    uncertainty: float | None = None

    def to_json(self, with_phrases: bool = False) -> dict[str, Any]:
        """The `check --json` object of this check; `with_phrases` adds the phrases (for a cache)."""
        measured = self.measured
        if isinstance(measured, float):
            measured = round(measured, 4)
        threshold = self.threshold
        if isinstance(threshold, float):
            threshold = round(threshold, 4)
        data: dict[str, Any] = {
            "id": self.id.value,
            "status": self.status.value,
            "measured": measured,
            "threshold": threshold,
            "uncertainty": None if self.uncertainty is None else round(float(self.uncertainty), 4),
            "unit": self.unit,
            "message": self.message,
        }
        if with_phrases:
            for key in ("phrase", "measured_phrase", "threshold_phrase"):
                phrase = getattr(self, key)
                if phrase is not None:
                    data[key] = phrase.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CheckResult:
        """A result from `to_json()`; a phrase that is missing or unreadable leaves the English only."""
        phrases: dict[str, Phrase | None] = {}
        for key in ("phrase", "measured_phrase", "threshold_phrase"):
            try:
                phrases[key] = phrase_from_json(data[key]) if data.get(key) is not None else None
            except (KeyError, TypeError, ValueError):
                phrases[key] = None
        return cls(
            CheckId(data["id"]),
            CheckStatus(data["status"]),
            data.get("measured"),
            data.get("threshold"),
            data.get("unit", ""),
            data.get("message", ""),
            **phrases,
            uncertainty=data.get("uncertainty"),
        )


def verdict_of(results: list[CheckResult] | tuple[CheckResult, ...]) -> Verdict:
    """consistent when every check passed or was skipped, review on any warn, inconsistent on any fail."""
    worst = max((result.status.severity for result in results), default=0)
    return (Verdict.CONSISTENT, Verdict.REVIEW, Verdict.INCONSISTENT)[worst]


@dataclass(frozen=True, slots=True)
class PairReport:
    """Everything a pair check says: the verdict, every check's result, and the registration transform.

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
