"""The physician's assessments of visits in the library: read one, read a patient's, write one."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from photofollow.domain.assessment import VisitAssessment
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
    """Write a visit's assessment, replacing the one it had."""
    with library.transaction() as session:
        return session.merge(assessment)
