"""The physician's assessment in words, for the windows and the sheets: GAIS, goal, tier, examination signs,
and the lines a sheet prints under a follow-up (its assessment and the visit's notes).

The names themselves are marked in `domain/assessment.py` (context "Assessment"); this module translates them
in the language `ui.i18n.apply_language` installed, as `reporting.words` does for views and checks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from photofollow.domain.assessment import (
    GAIS_NAMES,
    GOAL_NAMES,
    SEVERITY_NAMES,
    SIGN_NAMES,
    TIER_NAMES,
    Gais,
    GoalReached,
    Severity,
    Sign,
    Tier,
)
from photofollow.domain.text import fill
from photofollow.services.sheets import SheetAssessment, SheetPanel

TIER_COLOURS = {Tier.OBSERVE: "#1b7a3a", Tier.CALL: "#9a5b00", Tier.URGENT: "#b3261e"}


def _a(text: str) -> str:
    return QCoreApplication.translate("Assessment", text)


def gais_name(gais: int) -> str:
    """ "very improved" """
    return _a(GAIS_NAMES[Gais(gais)])


def gais_text(gais: int | None) -> str:
    """ "2 – very improved": the number and its words, so neither is misread alone."""
    if gais is None:
        return "–"
    return fill(QCoreApplication.translate("Assessment", "%1 – %2"), [str(int(gais)), gais_name(gais)])


def goal_text(goal: GoalReached | str) -> str:
    return _a(GOAL_NAMES[GoalReached(goal)])


def tier_text(tier: Tier | str) -> str:
    return _a(TIER_NAMES[Tier(tier)])


def severity_text(severity: Severity | str) -> str:
    return _a(SEVERITY_NAMES[Severity(severity)])


def sign_text(sign: Sign | str) -> str:
    return _a(SIGN_NAMES[Sign(sign)])


def signs_text(signs) -> str:
    """ "swelling: mild, nodules: marked, redness: none" (examined signs, in the order of `Sign`)."""
    template = QCoreApplication.translate("Assessment", "%1: %2")
    return ", ".join(fill(template, [sign_text(sign), severity_text(level)]) for sign, level in signs)


def course_text(gais_by_visit: list[int]) -> str:
    """A treatment's course: the physician's GAIS per assessed follow-up, oldest first: "3 → 2 → 2"."""
    return " → ".join(str(int(gais)) for gais in gais_by_visit)


# --- on a sheet ---------------------------------------------------------------------------------------------


def sheet_paragraphs(panel: SheetPanel, width: float) -> list:
    """The lines under a visit's lowest photo: a follow-up's assessment, then the visit's notes."""
    from photofollow.domain.model import VisitKind
    from photofollow.reporting.render import MUTED, Paragraph, Run, _day, _wall_clock

    def labelled(label: str, value: str, bold: bool = False) -> Paragraph:
        return Paragraph([Run(label, colour=MUTED), Run(value, bold=bold)], 8, width)

    paragraphs = []
    assessment: SheetAssessment | None = panel.assessment
    if assessment is not None:
        title = QCoreApplication.translate("Sheet", "Physician's assessment")
        paragraphs.append(Paragraph(title, 8.5, width, bold=True))
        label = QCoreApplication.translate("Sheet", "GAIS (physician): ")
        paragraphs.append(labelled(label, gais_text(assessment.gais), bold=True))
        if assessment.patient_gais is not None:
            label = QCoreApplication.translate("Sheet", "GAIS (patient): ")
            paragraphs.append(labelled(label, gais_text(assessment.patient_gais)))
        if assessment.goal is not None:  # "Goal partly reached": the header names the goal itself
            goal = goal_text(assessment.goal)
            paragraphs.append(Paragraph(goal[:1].upper() + goal[1:], 8, width))
        if assessment.tier is not None:
            label = QCoreApplication.translate("Sheet", "Tier: ")
            paragraphs.append(labelled(label, tier_text(assessment.tier), bold=True))
        if assessment.signs:
            label = QCoreApplication.translate("Sheet", "Examination: ")
            paragraphs.append(labelled(label, signs_text(assessment.signs)))
        if assessment.findings:
            label = QCoreApplication.translate("Sheet", "Findings: ")
            paragraphs.append(labelled(label, assessment.findings))
        plan = []
        if assessment.next_session is not None:
            next_session = QCoreApplication.translate("Sheet", "next session %1")
            plan.append(fill(next_session, [_day(assessment.next_session)]))
        if assessment.plan:
            plan.append(assessment.plan)
        if plan:
            paragraphs.append(labelled(QCoreApplication.translate("Sheet", "Plan: "), "; ".join(plan)))
        when = _wall_clock(assessment.assessed_at)
        if assessment.assessed_by:
            signed = QCoreApplication.translate("Sheet", "Assessed %1 by %2")
            signed = fill(signed, [when, assessment.assessed_by])
        else:  # a de-identified sheet: when, not who
            signed = fill(QCoreApplication.translate("Sheet", "Assessed %1"), [when])
        paragraphs.append(Paragraph(signed, 7.5, width, colour=MUTED))
    elif panel.kind is VisitKind.FOLLOW_UP and panel.visit_details:
        not_assessed = QCoreApplication.translate("Sheet", "Not assessed by the physician")
        paragraphs.append(Paragraph(not_assessed, 8, width, italic=True, colour=MUTED))
    if panel.notes:
        paragraphs.append(labelled(QCoreApplication.translate("Sheet", "Visit notes: "), panel.notes))
    return paragraphs
