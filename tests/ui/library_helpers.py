"""Real libraries for the GUI tests: a SQLite library on disk with a patient, a treatment, a baseline and a
follow-up visit, their photos imported through the import service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from photofollow.domain.model import Area, Patient, Treatment, View, Visit, VisitKind
from photofollow.ui.library import LibraryGateway, open_library
from photofollow.ui.operations import Progress

from .photos import write_photo

CLINIC_TZ = timezone(timedelta(hours=1))
TREATED = datetime(2026, 3, 2, 10, 0, tzinfo=CLINIC_TZ)
VIEWS = (View.FRONTAL, View.OBLIQUE_45_LEFT)


@dataclass
class ClinicLibrary:
    path: Path
    gateway: LibraryGateway
    patient: Patient
    treatment: Treatment
    baseline: Visit
    follow_up: Visit
    sources: Path

    def reopen(self, settings=None) -> LibraryGateway:
        self.gateway.close()
        self.gateway = open_library(self.path, settings, create=False)
        return self.gateway


def photo_files(
    folder: Path,
    prefix: str,
    count: int,
    taken: datetime,
    shade: float = 1.0,
    size: tuple[int, int] = (600, 400),
) -> list[Path]:
    return [
        write_photo(
            folder / f"{prefix}_{index}.jpg",
            size=size,
            colour=(int(200 * shade), int(150 * shade), int(120 * shade)),
            mark=(100 + 30 * index, 100, 200 + 30 * index, 200),
            taken=(taken + timedelta(minutes=index)).replace(tzinfo=None),
        )
        for index in range(count)
    ]


def make_clinic_library(root: Path, settings=None, follow_up_photos: bool = True) -> ClinicLibrary:
    gateway = open_library(root / "library", settings)
    patient, _ = gateway.save_patient(Patient("Anna Jansen", "C-1001"))
    gateway.save_patient(Patient("Bram Bakker", "C-2002"))
    treatment, _ = gateway.save_treatment(
        Treatment(patient.id, TREATED, Area.FACE, "skin quality", "Product X")
    )
    baseline, _ = gateway.save_visit(Visit(treatment.id, VisitKind.BASELINE, TREATED - timedelta(hours=1), 0))
    follow_up, _ = gateway.save_visit(
        Visit(treatment.id, VisitKind.FOLLOW_UP, TREATED + timedelta(days=14), 2)
    )
    sources = root / "sources"
    taken = TREATED - timedelta(hours=1)
    files = photo_files(sources, "baseline", len(VIEWS), taken)
    gateway.import_files(
        files, baseline.id, dict(zip(files, VIEWS, strict=True)), Progress(), lambda _o: None
    )
    if follow_up_photos:
        files = photo_files(sources, "week2", len(VIEWS), TREATED + timedelta(days=14), shade=0.55)
        gateway.import_files(
            files, follow_up.id, dict(zip(files, VIEWS, strict=True)), Progress(), lambda _o: None
        )
    return ClinicLibrary(root / "library", gateway, patient, treatment, baseline, follow_up, sources)
