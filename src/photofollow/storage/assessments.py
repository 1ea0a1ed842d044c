"""The physician's assessments of visits in the library: read one, read a patient's, write one."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from photofollow.domain.assessment import VisitAssessment
from photofollow.storage import versions
from photofollow.storage.library import Library


def assessment_of(library: Library, visit_id: int) -> VisitAssessment | None:
    with library.session() as session:
        return session.get(VisitAssessment, visit_id)


def assessments_of(library: Library, visit_ids: Iterable[int]) -> dict[int, VisitAssessment]:
    """The assessments of these visits, by visit id (visits without one are absent)."""
    ids = list(visit_ids)
    if not ids:
        return {}
    with library.session() as session:
        found = session.scalars(sa.select(VisitAssessment).where(VisitAssessment.visit_id.in_(ids)))
        return {assessment.visit_id: assessment for assessment in found}


def save_assessment(library: Library, assessment: VisitAssessment) -> VisitAssessment:
    """Write a visit's assessment, replacing the one it had as it was read: `assessment.row_version` is that
    one's version, None when the visit had none. `EditConflict` when the visit's assessment is no longer
    that one (recorded or changed since, on another workstation): nothing is written."""
    if assessment.row_version is not None:
        return versions.update(library, assessment)
    with versions.refused_when_stale(library, "assessment", assessment.visit_id):
        try:
            with library.transaction() as session:
                if session.get(VisitAssessment, assessment.visit_id) is not None:
                    raise versions.Stale("assessment", assessment.visit_id)
                session.add(assessment)
        except sa.exc.IntegrityError as error:  # recorded by another workstation at the same moment
            raise versions.Stale("assessment", assessment.visit_id) from error
    return assessment
