"""The physician's assessment on the comparison sheet (issue 16): each follow-up's GAIS in words and number,
goal, findings, plan and the visit notes; the treatment's goal in the header; a de-identified sheet keeps the
assessment and drops who made it. Read back from the PDF with pdftotext."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sheet_helpers import pdf_text

from photofollow.cli import main
from photofollow.domain.assessment import Severity
from photofollow.domain.model import VisitKind
from photofollow.services.assessment import record_assessment
from photofollow.storage.library import Library


@pytest.fixture(autouse=True)
def _local_time_is_amsterdam(amsterdam_time):
    """Local time in Amsterdam (see tests/conftest.py)."""


def _jpeg(path: Path, seed: int, taken: datetime) -> Path:
    import piexif

    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 256, size=(160, 120, 3), dtype=np.uint8)
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S").encode()
    exif = piexif.dump({"Exif": {piexif.ExifIFD.DateTimeOriginal: stamp}})
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path, quality=85, exif=exif)
    return path


@pytest.fixture
def assessed_library(tmp_path):
    folder = tmp_path / "lib"
    plan = [
        (1, "baseline", "2026-03-10T09:00"),
        (2, "follow-up", "2026-03-24T09:00"),
        (3, "follow-up", "2026-04-21T09:00"),
    ]
    for seed, kind, taken in plan:
        photo = _jpeg(tmp_path / f"in/{seed}.jpg", seed, datetime.fromisoformat(taken))
        args = ["import", "--library", str(folder), "--patient", "Mette Kjærgaard", "--chart", "DK-9"]
        args += ["--treatment", "2026-03-10T10:00", "--visit", kind, "--view", "frontal", "--no-analysis"]
        assert main(args + ["--visit-date", taken[:10], str(photo)]) == 0
    with Library.open(folder) as library:
        (patient,) = library.patients()
        (treatment,) = library.treatments_of(patient.id)
        treatment.goal = "Hydration of the cheeks"
        library.update(treatment)
        visits = library.visits_of(treatment.id)
        first, second = [visit for visit in visits if visit.kind is VisitKind.FOLLOW_UP]
        first.notes = "Patient reports tightness in the morning"
        library.update(first)
        record_assessment(
            library,
            first.id,
            assessed_by="dr.olsen",
            now=datetime.fromisoformat("2026-03-24T09:30+01:00"),
            gais=2,
            patient_gais=3,
            goal="partly",
            tier="call",
            nodules=Severity.MARKED,
            swelling=Severity.NONE,
            findings="Firm nodule left cheek, warm to the touch",
            next_session=date(2026, 4, 21),
            plan="Cool packs; call if it grows",
        )
    return folder, first.id, second.id


def _export(folder: Path, out: Path, *extra: str) -> str:
    args = ["export", "--library", str(folder), "--patient", "DK-9", "--treatment", "2026-03-10"]
    assert main(args + ["--view", "frontal", "--out", str(out), "--language", "en", *extra]) == 0
    return re.sub(r"\s+", " ", pdf_text(out))


def test_the_sheet_shows_each_follow_ups_assessment_notes_and_the_goal(assessed_library, tmp_path, capsys):
    folder, _first, _second = assessed_library
    text = _export(folder, tmp_path / "sheet.pdf", "--made-by", "nurse.anna")
    assert "Goal: Hydration of the cheeks" in text  # the header
    assert "Physician's assessment" in text
    assert "GAIS (physician): 2 – very improved" in text
    assert "GAIS (patient): 3 – improved" in text
    assert "Goal partly reached" in text
    assert "Tier: call the clinic" in text
    assert "Examination: swelling: none, nodules: marked" in text
    assert "Findings: Firm nodule left cheek, warm to the touch" in text
    assert "Plan: next session 21 Apr 2026; Cool packs; call if it grows" in text
    assert "Assessed 24 Mar 2026 09:30 by dr.olsen" in text
    assert "Visit notes: Patient reports tightness in the morning" in text
    assert text.count("Not assessed by the physician") == 1  # the second follow-up; never the baseline


def test_a_deidentified_sheet_keeps_the_assessment_and_drops_who_made_it(assessed_library, tmp_path):
    folder, _first, _second = assessed_library
    text = _export(folder, tmp_path / "anon.pdf", "--deidentify", "--made-by", "nurse.anna")
    assert "GAIS (physician): 2 – very improved" in text
    assert "Findings: Firm nodule left cheek" in text
    assert "Assessed 24 Mar 2026 09:30" in text
    assert "dr.olsen" not in text
    assert "Mette" not in text


def test_the_assessment_in_dutch_and_danish(assessed_library, tmp_path):
    folder, _first, _second = assessed_library
    args = ["export", "--library", str(folder), "--patient", "DK-9", "--treatment", "2026-03-10"]
    args += ["--view", "frontal"]
    for language, words in (
        ("nl", ("2 – sterk verbeterd", "bel de kliniek")),
        ("da", ("2 – meget forbedret", "ring til klinikken")),
    ):
        out = tmp_path / f"{language}.pdf"
        assert main(args + ["--out", str(out), "--language", language]) == 0
        text = re.sub(r"\s+", " ", pdf_text(out))
        for word in words:
            assert word in text, (language, word)
