"""The physician's assessment of a follow-up visit: GAIS, goal reached, examination findings, tier and plan.

The Global Aesthetic Improvement Scale (GAIS) is the standard judgement of an aesthetic result, rated by the
physician and, separately, by the patient. The guide asks the physician to judge a result against the original
treatment goal, the follow-up examination and standardised photos; what only touch and examination show
(temperature, pain, circulation, neurology) goes into `findings`. The tier is the guide's three-way advice.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from photofollow.domain.text import QT_TRANSLATE_NOOP


class Gais(enum.IntEnum):
    """Global Aesthetic Improvement Scale: 1 is the best, 5 worse than before."""

    EXCEPTIONAL = 1
    VERY_IMPROVED = 2
    IMPROVED = 3
    UNALTERED = 4
    WORSENED = 5


class GoalReached(enum.StrEnum):
    """Whether the treatment's goal is reached; the values are part of the `timeline --json` contract."""

    YES = "yes"
    PARTLY = "partly"
    NOT_YET = "not-yet"
    NO = "no"


class Tier(enum.StrEnum):
    """The guide's three tiers, as the physician decided them; values are part of the CLI contract."""

    OBSERVE = "observe"
    CALL = "call"
    URGENT = "urgent"


class Severity(enum.StrEnum):
    """How marked an examination sign is."""

    NONE = "none"
    MILD = "mild"
    MARKED = "marked"


class Sign(enum.StrEnum):
    """The examination signs recorded one by one (the guide's warning signs that an examination grades)."""

    SWELLING = "swelling"
    REDNESS = "redness"
    BRUISING = "bruising"
    NODULES = "nodules"
    INFECTION = "infection"
    ASYMMETRY = "asymmetry"


# English names for the words below; translated in the context "Assessment" (reporting.words, ui).
GAIS_NAMES = {
    Gais.EXCEPTIONAL: QT_TRANSLATE_NOOP("Assessment", "exceptional improvement"),
    Gais.VERY_IMPROVED: QT_TRANSLATE_NOOP("Assessment", "very improved"),
    Gais.IMPROVED: QT_TRANSLATE_NOOP("Assessment", "improved"),
    Gais.UNALTERED: QT_TRANSLATE_NOOP("Assessment", "unaltered"),
    Gais.WORSENED: QT_TRANSLATE_NOOP("Assessment", "worsened"),
}
GOAL_NAMES = {
    GoalReached.YES: QT_TRANSLATE_NOOP("Assessment", "goal reached"),
    GoalReached.PARTLY: QT_TRANSLATE_NOOP("Assessment", "goal partly reached"),
    GoalReached.NOT_YET: QT_TRANSLATE_NOOP("Assessment", "goal not yet reached"),
    GoalReached.NO: QT_TRANSLATE_NOOP("Assessment", "goal not reached"),
}
TIER_NAMES = {
    Tier.OBSERVE: QT_TRANSLATE_NOOP("Assessment", "observe at home"),
    Tier.CALL: QT_TRANSLATE_NOOP("Assessment", "call the clinic"),
    Tier.URGENT: QT_TRANSLATE_NOOP("Assessment", "urgent care"),
}
SEVERITY_NAMES = {
    Severity.NONE: QT_TRANSLATE_NOOP("Assessment", "none"),
    Severity.MILD: QT_TRANSLATE_NOOP("Assessment", "mild"),
    Severity.MARKED: QT_TRANSLATE_NOOP("Assessment", "marked"),
}
SIGN_NAMES = {
    Sign.SWELLING: QT_TRANSLATE_NOOP("Assessment", "swelling"),
    Sign.REDNESS: QT_TRANSLATE_NOOP("Assessment", "redness"),
    Sign.BRUISING: QT_TRANSLATE_NOOP("Assessment", "bruising"),
    Sign.NODULES: QT_TRANSLATE_NOOP("Assessment", "nodules"),
    Sign.INFECTION: QT_TRANSLATE_NOOP("Assessment", "signs of infection"),
    Sign.ASYMMETRY: QT_TRANSLATE_NOOP("Assessment", "asymmetry"),
}


def _check_gais(value: int | None, who: str) -> None:
    if value is not None and value not in tuple(Gais):
        raise ValueError(f"A {who} GAIS is 1 to 5, not {value}.")


# A plain (not slotted) dataclass: storage maps it imperatively (see domain/model.py).
@dataclass
class VisitAssessment:
    """One follow-up visit's assessment; a visit has at most one, which a later assessment replaces.

    A sign left None was not examined; `Severity.NONE` says it was examined and absent.
    """

    visit_id: int
    gais: int  # the physician's, 1-5 (Gais)
    assessed_by: str
    assessed_at: datetime  # timezone-aware
    patient_gais: int | None = None
    goal: GoalReached | None = None
    tier: Tier | None = None
    swelling: Severity | None = None
    redness: Severity | None = None
    bruising: Severity | None = None
    nodules: Severity | None = None
    infection: Severity | None = None
    asymmetry: Severity | None = None
    findings: str = ""  # what only touch and examination show, in the physician's words
    next_session: date | None = None
    plan: str = ""  # advice
    row_version: int | None = None  # as read (domain/model.py); None before it is first saved

    def __post_init__(self) -> None:
        _check_gais(self.gais, "physician's")
        if self.gais is None:
            raise ValueError("An assessment needs the physician's GAIS.")
        _check_gais(self.patient_gais, "patient's")

    def sign(self, sign: Sign) -> Severity | None:
        return getattr(self, sign.value)

    def signs(self) -> dict[Sign, Severity]:
        """The examined signs, in the order of `Sign`."""
        return {sign: self.sign(sign) for sign in Sign if self.sign(sign) is not None}
