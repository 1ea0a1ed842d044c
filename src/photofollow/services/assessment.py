"""Recording the physician's assessment of a follow-up visit, for the command line and the program alike.

Who may record one: in a library with named users (services/users.py), only a physician records or changes an
assessment, named by their display name; in a library without users, anyone may, named by the computer's
login. `may_assess` is the one place that asks the roles.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from photofollow.domain.assessment import GoalReached, Severity, Sign, Tier, VisitAssessment
from photofollow.domain.errors import PhotoFollowError
from photofollow.domain.model import Treatment, Visit, VisitKind
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.services.changes import Changes, RecordGone
from photofollow.storage.assessments import assessment_of, assessments_of, save_assessment
from photofollow.storage.library import Library
from photofollow.storage.trash import trash_id_of

__all__ = [
    "AssessmentRefused",
    "assessment_json",
    "assessment_of",
    "assessments_of",
    "may_assess",
    "record_assessment",
]

# The fields a caller gives; `visit_id`, `assessed_by`, `assessed_at` and `row_version` are the service's.
ASSESSED_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(VisitAssessment)
    if f.name not in ("visit_id", "assessed_by", "assessed_at", "row_version")
)


class AssessmentRefused(PhotoFollowError):
    """The visit cannot carry an assessment (a baseline), or this user may not record one."""


def may_assess(library: Library) -> bool:
    """Whether whoever is signed in to `library` may record or change an assessment: a physician, or anyone
    in a library without users."""
    from photofollow.services.users import Permission, current_user, has_users

    user = current_user(library)
    if user is None:
        return not has_users(library)
    return user.may(Permission.ASSESS)


def record_assessment(
    library: Library,
    visit_id: int,
    *,
    assessed_by: str | None = None,
    now: datetime | None = None,
    seen_version: int | None = None,
    **fields: Any,
) -> Changes:
    """Record (or change) the assessment of a follow-up visit.

    `fields` are VisitAssessment's own (gais, patient_gais, goal, tier, the six signs, findings, next_session,
    plan); a field not given keeps the value of the visit's current assessment, so the command line can change
    the GAIS without wiping the examination entered in the program. `assessed_by` defaults to the signed-in
    user, `now` to the current time: whoever records last is named.

    `seen_version` is the version of the visit's assessment as the window showed it (0: it showed none): when
    the assessment was recorded or changed since (on another workstation), nothing is saved and
    `EditConflict` says who changed it. None (the command line, which reads and writes at once) replaces the
    assessment the visit has now.
    """
    unknown = set(fields) - set(ASSESSED_FIELDS)
    if unknown:
        raise TypeError(f"An assessment has no field {', '.join(sorted(unknown))}.")
    from photofollow.services import audit
    from photofollow.services.users import Permission, acting_name, current_user, require

    if current_user(library) is None:
        require(library, Permission.ASSESS)  # in a library with users: sign in first
    if assessed_by is None:
        user = acting_name(library)
    else:
        user = assessed_by
    if not may_assess(library):
        raise AssessmentRefused(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Only a physician records an assessment; %1 is not one."),
                (user,),
            )
        )
    visit = library.get(Visit, visit_id)
    if visit is None or trash_id_of(library, "visit", visit_id) is not None:  # the trash's is not assessed
        raise RecordGone(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no visit %1 in this library. `photofollow timeline` lists the visits.",
                ),
                (str(visit_id),),
            )
        )
    if visit.kind is not VisitKind.FOLLOW_UP:
        raise AssessmentRefused(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Visit %1 is a baseline: a result is assessed at a follow-up visit. "
                    "Choose a follow-up.",
                ),
                (str(visit_id),),
            )
        )
    current = assessment_of(library, visit_id)
    if seen_version is None:
        seen_version = current.row_version if current is not None else 0
    values = {name: getattr(current, name) for name in ASSESSED_FIELDS} if current else {}
    values.update(fields)
    values = _typed(values)
    assessment = VisitAssessment(
        visit_id=visit_id,
        assessed_by=user,
        assessed_at=now if now is not None else datetime.now().astimezone(),
        row_version=seen_version or None,
        **values,
    )
    save_assessment(library, assessment)
    treatment = library.get(Treatment, visit.treatment_id)
    audit.record(library, audit.Action.ASSESS, patient_id=treatment.patient_id if treatment else None,
                 objects=(f"visit:{visit_id}",))
    return Changes(
        patients=frozenset({treatment.patient_id}) if treatment else frozenset(),
        treatments=frozenset({visit.treatment_id}),
        visits=frozenset({visit_id}),
    )


def _typed(values: dict[str, Any]) -> dict[str, Any]:
    """The caller's values as the dataclass holds them (enum members from their string values)."""
    typed = dict(values)
    for name, kind in (("goal", GoalReached), ("tier", Tier)):
        if typed.get(name) is not None:
            typed[name] = kind(typed[name])
    for sign in Sign:
        if typed.get(sign.value) is not None:
            typed[sign.value] = Severity(typed[sign.value])
    for name in ("findings", "plan"):
        typed[name] = (typed.get(name) or "").strip()
    if isinstance(typed.get("next_session"), datetime):
        typed["next_session"] = typed["next_session"].date()
    if "gais" not in typed:
        raise ValueError("An assessment needs the physician's GAIS (1-5).")
    return typed


def assessment_json(assessment: VisitAssessment | None) -> dict[str, Any] | None:
    """A visit's assessment as `timeline --json` gives it (a contract: extend, never rename)."""
    if assessment is None:
        return None
    return {
        "gais": int(assessment.gais),
        "patient_gais": None if assessment.patient_gais is None else int(assessment.patient_gais),
        "goal": assessment.goal.value if assessment.goal else None,
        "tier": assessment.tier.value if assessment.tier else None,
        "findings": assessment.findings,
        "plan": assessment.plan,
        "assessed_by": assessment.assessed_by,
        "assessed_at": assessment.assessed_at.isoformat(),
    }
