"""Exports within the patient's consent, by a role that may export, and de-identified sheets that hold: the
PDF's text, the PNG's metadata and the embedded images' EXIF name nobody and carry no date."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from sheet_helpers import TREATED, exiftool_tags, need_tool, pdf_text
from test_export_cli import _photo_file, _store

from photofollow.cli import main
from photofollow.domain.model import Area, Patient, SymptomEntry, Treatment, Trend, View, Visit, VisitKind
from photofollow.services import audit, users
from photofollow.services.sheets import Masking, privacy_from_face
from photofollow.storage.library import Library

NAME = "Jørgen Ærøskøbing-Broëk"
PHYSICIAN = "Dr. Ølgaard"


@pytest.fixture
def clinic(tmp_path, monkeypatch) -> Path:
    """A library with a patient (name, chart number, birth date, physician, telling file names) and three
    users; the command line acts as the physician unless a test says otherwise."""
    folder = tmp_path / "library"
    with Library.open(folder, create=True) as library:
        patient = library.add(Patient(NAME, "C-77", date(1975, 2, 3)))
        treatment = library.add(
            Treatment(patient.id, TREATED, Area.FACE, product="Skinbooster", physician=PHYSICIAN)
        )
        for number, (kind, offset) in enumerate(
            [(VisitKind.BASELINE, timedelta(hours=-1)), (VisitKind.FOLLOW_UP, timedelta(days=14))]
        ):
            visit = library.add(
                Visit(treatment.id, kind, TREATED + offset, pain_score=2, notes="Jørgen was calm")
            )
            source = tmp_path / f"patient_jorgen_private_{number}.jpg"
            _photo_file(source, 150, (TREATED + offset).replace(tzinfo=None), (1.0, 0.8, 0.7))
            _store(library, source, visit, View.FRONTAL)
            library.add(
                SymptomEntry(visit.id, TREATED + timedelta(days=1), "wang", 5, Trend.WORSE, "zwelling")
            )
        users.add_user(library, "admin", users.Role.ADMINISTRATOR, "admin-pass-1", "Clinic Admin")
        users.add_user(library, "pia", users.Role.PHYSICIAN, "physician-1", "Dr. Pia Holm")
        users.add_user(library, "nina", users.Role.NURSE, "nurse-pass-1", "Nina Berg")
    monkeypatch.setenv("PHOTOFOLLOW_USER", "pia")
    monkeypatch.setenv("PHOTOFOLLOW_PASSWORD", "physician-1")
    return folder


def _export(folder: Path, out: Path, *extra: str) -> int:
    return main(
        [
            "export",
            "--library",
            str(folder),
            "--patient",
            "C-77",
            "--treatment",
            "2026-03-10",
            "--view",
            "frontal",
            "--language",
            "en",
            "--out",
            str(out),
            *extra,
        ]
    )


def test_a_signed_in_nurse_cannot_export(clinic, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PHOTOFOLLOW_USER", "nina")
    monkeypatch.setenv("PHOTOFOLLOW_PASSWORD", "nurse-pass-1")
    assert _export(clinic, tmp_path / "sheet.pdf") == 2
    assert "Nina Berg (nurse) may not export sheets" in capsys.readouterr().err
    assert not (tmp_path / "sheet.pdf").exists()
    # Whatever the caller: the service itself refuses the nurse signed in on its handle.
    from photofollow.services.sheets import sheet_from_library

    with pytest.raises(users.AccessRefused, match="may not export"):
        sheet_from_library(
            clinic,
            patient="C-77",
            treatment="2026-03-10",
            sign_in=lambda library: users.sign_in(library, "nina", "nurse-pass-1"),
        )
    with pytest.raises(users.AccessRefused, match="Sign in first"):
        sheet_from_library(clinic, patient="C-77", treatment="2026-03-10")


def test_the_sheet_names_the_signed_in_user_and_its_purpose(clinic, tmp_path):
    out = tmp_path / "sheet.pdf"
    assert _export(clinic, out) == 0
    text = " ".join(pdf_text(out, "-raw").split())
    assert "by Dr. Pia Holm" in text and "Purpose: clinical record." in text
    with Library.open(clinic) as library:
        users.sign_in(library, "admin", "admin-pass-1")
        exports = audit.entries(library, action="export")
    assert [(e.user_name, e.detail) for e in exports] == [("pia", "purpose clinical")]


def test_purposes_beyond_consent_are_refused_and_a_form_is_kept(clinic, tmp_path, capsys):
    assert _export(clinic, tmp_path / "c.pdf", "--purpose", "colleague") == 2
    assert "has not consented to sharing with other clinicians" in capsys.readouterr().err
    assert _export(clinic, tmp_path / "t.pdf", "--purpose", "teaching") == 2
    assert "may only be de-identified" in capsys.readouterr().err
    taught = tmp_path / "taught.pdf"
    assert _export(clinic, taught, "--purpose", "teaching", "--deidentify") == 0
    assert "No consent on record: de-identified." in " ".join(pdf_text(taught, "-raw").split())

    capsys.readouterr()
    form = tmp_path / "signed-form.pdf"
    form.write_bytes(b"%PDF-1.4\n% the patient's signed form, naming them\n%%EOF\n")
    base = ["consent", "--library", str(clinic)]
    assert main([*base, "add", "--patient", "C-77", "--scope", "colleague", "--form", str(form)]) == 0
    consent_id = int(capsys.readouterr().out.strip())
    assert main([*base, "list", "--patient", "C-77", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["consents"]
    assert [(c["scope"], c["recorded_by"], c["withdrawn_at"]) for c in listed] == [
        ("colleague", "Dr. Pia Holm", None)
    ]
    kept = Path(listed[0]["form"])
    assert kept.read_bytes() == form.read_bytes() and kept.parent == clinic / "consent-forms"
    assert _export(clinic, tmp_path / "shared.pdf", "--purpose", "colleague") == 0
    assert main([*base, "withdraw", str(consent_id)]) == 0
    assert _export(clinic, tmp_path / "after.pdf", "--purpose", "colleague") == 2
    not_a_form = tmp_path / "form.txt"
    not_a_form.write_text("signed")
    assert main([*base, "add", "--patient", "C-77", "--scope", "teaching", "--form", str(not_a_form)]) == 1

    # Erasing the patient removes their consent records and the signed form with them.
    assert main(["erase", "--library", str(clinic), "--patient", "C-77", "--yes"]) == 0
    assert not kept.exists()


def test_a_deidentified_sheet_names_nobody_and_shows_no_date(clinic, tmp_path):
    need_tool("pdfimages")
    pdf, png = tmp_path / "anon.pdf", tmp_path / "anon.png"
    assert _export(clinic, pdf, "--deidentify", "--purpose", "teaching") == 0
    assert _export(clinic, png, "--deidentify", "--dpi", "60") == 0
    text = " ".join(pdf_text(pdf).split())
    for secret in (
        "Jørgen",
        "Ærøskøbing",
        "C-77",
        "1975",
        PHYSICIAN,
        "Ølgaard",
        "Pia Holm",
        "pia",
        "patient_jorgen",
        "private",
        "calm",
    ):
        assert secret not in text, secret
    assert not re.search(r"\b20\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\d{1,2}:\d{2}", text), text
    assert "Week 2" in text and "Baseline" in text and "DE-IDENTIFIED" in text
    for tags in (exiftool_tags(pdf), exiftool_tags(png)):
        flat = json.dumps(tags, ensure_ascii=False)
        assert not any(s in flat for s in ("Jørgen", "C-77", "Pia", "Ølgaard", "patient_jorgen", "SN-0123"))
        assert not any("GPS" in key or "DateTimeOriginal" in key for key in tags)
    images = tmp_path / "images"
    images.mkdir()
    subprocess.run(["pdfimages", "-all", str(pdf), str(images / "img")], check=True)
    extracted = sorted(images.iterdir())
    assert extracted
    for image in extracted:
        tags = exiftool_tags(image)
        assert not any(k.startswith(("EXIF:", "IFD0:", "ExifIFD:", "GPS:")) for k in tags), tags


def test_eyes_are_masked_and_crops_keep_the_face_below_them():
    face = SimpleNamespace(
        eye_image_left=(600.0, 400.0),
        eye_image_right=(400.0, 400.0),
        ipd_px=200.0,
        box=(300.0, 250.0, 400.0, 500.0),
    )
    masked = privacy_from_face(Masking.EYES, (1000, 1000), face)
    ((x, y, w, h),) = masked.masks
    assert x <= 0.4 - 0.1 and x + w >= 0.6 + 0.1 and y < 0.4 < y + h
    cropped = privacy_from_face(Masking.CROP, (1000, 1000), face)
    assert cropped.crop[1] > 0.4  # the eyes are above what is kept

    from PIL import Image

    from photofollow.reporting.render import _hidden

    picture = Image.fromarray(np.full((100, 100, 3), 200, np.uint8))
    pixels = np.asarray(_hidden(picture, masked))
    assert (pixels[40, 50] == 0).all() and (pixels[90, 50] == 200).all()
    assert _hidden(picture, cropped).size[1] < 60


def test_the_demo_faces_get_their_eyes_masked_where_the_eyes_are(tmp_path):
    """A real library's photos with faces (the demo's renders): each panel's bar covers the measured eyes."""
    from photofollow.reporting.render import _prepared_photo, ensure_gui_application
    from photofollow.services.checking import measurements_for
    from photofollow.services.demo import assets_available, create_demo_library
    from photofollow.services.sheets import sheet_from_library

    if not assets_available():
        pytest.skip("the demo's renders are not installed")
    ensure_gui_application()
    folder = tmp_path / "demo"
    create_demo_library(folder, language="en")
    with Library.open(folder, write=False) as library:
        patient = library.patients()[0]
        treatment = library.treatments_of(patient.id)[0]
    sheet = sheet_from_library(
        folder,
        patient=patient.id,
        treatment=treatment.id,
        deidentify=True,
        purpose="teaching",
        masking=Masking.EYES,
    )
    assert sheet.panels and all(panel.privacy and panel.privacy.masks for panel in sheet.panels)
    with Library.open(folder, write=False) as library:
        for panel in sheet.panels:
            photo = library.photo_by_sha256(Path(panel.image).stem)
            face = measurements_for(library, photo).face
            width, height = panel.display_size
            image = _prepared_photo(panel, width // 4, height // 4)
            for eye_x, eye_y in (face.eye_image_left, face.eye_image_right):
                pixel = image.pixelColor(int(eye_x / 4), int(eye_y / 4))
                assert (pixel.red(), pixel.green(), pixel.blue()) == (0, 0, 0)
            mouth = image.pixelColor(
                int(face.box[0] / 4 + face.box[2] / 8), int((face.box[1] + face.box[3] * 0.8) / 4)
            )
            assert (mouth.red(), mouth.green(), mouth.blue()) != (0, 0, 0)
