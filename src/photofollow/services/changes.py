"""What a change to the library touched, by id: every service that changes the record returns one, and every
open window refreshes only what it names (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass

from photofollow.domain.errors import PhotoFollowError


class RecordGone(PhotoFollowError, LookupError):
    """A patient, treatment, visit or photo that a window or a command names is no longer in the library."""


@dataclass(frozen=True)
class Changes:
    """What a library operation changed, by id.

    `patients` names every patient under whom something changed (their timeline needs a refresh);
    `patient_details` says a patient was added, renamed or removed (the patient list needs a refresh);
    `trash` says the trash's content changed.
    """

    patients: frozenset[int] = frozenset()
    treatments: frozenset[int] = frozenset()
    visits: frozenset[int] = frozenset()
    photos: frozenset[int] = frozenset()
    patient_details: bool = False
    trash: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.patients | other.patients,
            self.treatments | other.treatments,
            self.visits | other.visits,
            self.photos | other.photos,
            self.patient_details or other.patient_details,
            self.trash or other.trash,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.patients or self.treatments or self.visits or self.photos or self.patient_details or self.trash
        )
