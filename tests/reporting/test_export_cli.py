"""`photofollow export` on a real library: SQLite, photos in the content-addressed store, real checks."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import piexif
import pytest
from PIL import Image
from sheet_helpers import TREATED, exiftool_tags, pdf_pages, pdf_text

from photofollow.cli import main
from photofollow.domain.model import (
    Area,
    Patient,
    Photo,
    SymptomEntry,
    Treatment,
    Trend,
    View,
    Visit,
    VisitKind,
)
from photofollow.imaging.exif import read_facts
from photofollow.storage.library import Library

NAME = "Jørgen Ærøskøbing-Broëk"


def _photo_file(path: Path, brightness: int, taken, tint) -> Path:
    """A 480 x 640 photo-like picture (shading and texture) with GPS and a serial number in its EXIF."""
    rng = np.random.default_rng(brightness)
    yy, xx = np.mgrid[0:640, 0:480]
    base = brightness + 40 * np.sin(xx / 37.0) * np.cos(yy / 53.0)
    pixels = np.stack([base * tint[0], base * tint[1], base * tint[2]], axis=-1) + rng.normal(
        0, 6, (640, 480, 3)
    )
    exif = piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"EOS R6"},
            "Exif": {
                piexif.ExifIFD.DateTimeOriginal: taken.strftime("%Y:%m:%d %H:%M:%S").encode(),
                piexif.ExifIFD.BodySerialNumber: b"SN-0123456789",
                piexif.ExifIFD.FocalLengthIn35mmFilm: 50,
            },
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: ((52, 1), (22, 1), (0, 1)),
            },
        }
    )
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=92, exif=exif)
    return path


def _store(library: Library, source: Path, visit: Visit, view: View) -> Photo:
    staged = library.store.stage(source)
    facts = read_facts(source)
    photo = Photo(visit.id, staged.sha256, source.name, str(source.parent), staged.size, facts, view)
    library.begin_photo(photo)
    library.store.commit(staged, facts.format)
    return library.finish_photo(photo)


@pytest.fixture(scope="module")
def library_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("lib") / "library"
    sources = tmp_path_factory.mktemp("sources")
    with Library.open(folder, create=True) as library:
        patient = library.add(Patient(NAME, "C-77", date(1975, 2, 3)))
        treatment = library.add(
            Treatment(patient.id, TREATED, Area.FACE, product="Skinbooster", physician="Dr. Ølgaard")
        )
        plan = [
            (VisitKind.BASELINE, timedelta(hours=-1), None, 150, [View.FRONTAL, View.OBLIQUE_45_LEFT]),
            (VisitKind.FOLLOW_UP, timedelta(days=3, hours=2), 4, 70, [View.FRONTAL, View.OBLIQUE_45_LEFT]),
            (VisitKind.FOLLOW_UP, timedelta(days=14), 2, 150, [View.FRONTAL]),
        ]
        for number, (kind, offset, pain, brightness, views) in enumerate(plan):
            visit = library.add(Visit(treatment.id, kind, TREATED + offset, pain_score=pain))
            for view in views:
                tint = (1.0, 0.8, 0.7) if view is View.FRONTAL else (0.7, 0.8, 1.0)
                # Original names that must never reach a sheet.
                source = sources / f"patient_jorgen_private_{number}_{view.value}.jpg"
                _photo_file(source, brightness, (TREATED + offset).replace(tzinfo=None), tint)
                _store(library, source, visit, view)
            if number == 1:
                library.add(
                    SymptomEntry(
                        visit.id, TREATED + timedelta(days=1), "wang", 5, Trend.WORSE, "zwelling, kløe"
                    )
                )
    return folder


def _export(library_folder: Path, out: Path, *extra: str) -> int:
    return main(
        [
            "export",
            "--library",
            str(library_folder),
            "--patient",
            "C-77",
            "--treatment",
            "2026-03-10",
            "--out",
            str(out),
            "--made-by",
            "Anne",
            "--language",  # the sheet in English whatever the machine's language (a later one wins)
            "en",
            *extra,
        ]
    )


def test_one_view_over_every_visit_with_checks_and_the_symptom_log(library_folder, tmp_path, capsys):
    out = tmp_path / "frontal.pdf"
    assert _export(library_folder, out, "--view", "frontal") == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert pdf_pages(out) == 1
    text = " ".join(pdf_text(out).split())
    for expected in [
        NAME,
        "C-77",
        "3 Feb 1975",
        "Skinbooster",
        "Dr. Ølgaard",
        "Baseline (1 h before)",
        "Day 3",
        "Week 2",
        "Pain 4/10",
        "Pain 2/10",
        "13 Mar 2026 12:00",
        "zwelling, kløe",
        "Worse",
        "Made ",
        "by Anne",
    ]:
        assert expected in text, expected
    # The day-3 follow-up is much darker than its baseline: the exposure check must say so under it.
    assert "Brightness:" in text
    assert "Inconsistent with the baseline" in text or "Review: differs from the baseline" in text
    assert "patient_jorgen_private" not in text


def test_the_sheet_follows_the_language_option_else_the_programs_setting(library_folder, tmp_path):
    from photofollow.ui.i18n import apply_language
    from photofollow.ui.settings import Settings

    Settings().set("ui/language", "da")
    try:
        assert _export(library_folder, tmp_path / "en.pdf", "--view", "frontal") == 0  # --language en wins
        english = " ".join(pdf_text(tmp_path / "en.pdf").split())
        danish_out = tmp_path / "da.pdf"
        arguments = [
            "export",
            "--library",
            str(library_folder),
            "--patient",
            "C-77",
            "--treatment",
            "2026-03-10",
        ]
        assert main([*arguments, "--view", "frontal", "--out", str(danish_out)]) == 0
        danish = " ".join(pdf_text(danish_out).split())
        assert main([*arguments, "--language", "fr", "--out", str(tmp_path / "fr.pdf")]) == 2
    finally:
        apply_language("en")
    assert "13 Mar 2026 12:00" in english and "3 Feb 1975" in english
    # Danish dates and month names from the setting (the words too, once a Danish translation is installed).
    assert "13 mar. 2026 12:00" in danish and "3 feb. 1975" in danish and "Mar 2026" not in danish


def test_two_visits_with_shared_views_make_a_grid(library_folder, tmp_path):
    out = tmp_path / "grid.pdf"
    assert _export(library_folder, out, "--visits", "2026-03-10,2026-03-13") == 0
    text = pdf_text(out)
    assert "Frontal" in text and "45° left" in text
    assert "Week 2" not in text


def test_the_default_without_a_view_is_the_baseline_and_latest_follow_up(library_folder, tmp_path):
    out = tmp_path / "default.pdf"
    assert _export(library_folder, out) == 0
    text = pdf_text(out)
    assert "Week 2" in text and "Day 3" not in text  # only frontal is shared: a row of two


def test_deidentified_png_export_has_no_identity_and_no_metadata(library_folder, tmp_path):
    out = tmp_path / "anon.png"
    assert _export(library_folder, out, "--view", "frontal", "--deidentify", "--dpi", "60") == 0
    tags = exiftool_tags(out)
    assert not any("GPS" in key or "Serial" in key for key in tags)
    pdf = tmp_path / "anon.pdf"
    assert _export(library_folder, pdf, "--view", "frontal", "--deidentify") == 0
    text = " ".join(pdf_text(pdf).split())
    assert "Jørgen" not in text and "C-77" not in text and "1975" not in text
    assert "DE-IDENTIFIED" in text and "Pseudonym: Patient " in text
    # Stable: the same library gives the same pseudonym on every sheet.
    again = tmp_path / "again.pdf"
    assert _export(library_folder, again, "--deidentify") == 0
    pseudonym = text.split("Pseudonym: Patient ")[1].split()[0]
    assert f"Patient {pseudonym}" in " ".join(pdf_text(again).split())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"--patient": "Nobody"}, "No patient"),
        ({"--treatment": "2025-01-01"}, "no treatment on 2025-01-01"),
        ({"--treatment": "10-03-2026"}, "YYYY-MM-DD"),
        ({"--visits": "2026-05-05"}, "no visit"),
        ({"--view": "hands-dorsal"}, "None of the visits has a photo"),
        ({"--out": "sheet.gif"}, ".pdf, .png or .jpg"),
        ({"--out": "missing-folder/sheet.pdf"}, "does not exist"),
        ({"--library": "not-a-library"}, "no PhotoFollow library"),
    ],
)
def test_unusable_arguments_exit_2_with_a_sentence(library_folder, tmp_path, capsys, change, message):
    arguments = {
        "--library": str(library_folder),
        "--patient": "C-77",
        "--treatment": "2026-03-10",
        "--out": str(tmp_path / "sheet.pdf"),
    }
    for key, value in change.items():
        arguments[key] = str(tmp_path / value) if key in ("--out", "--library") else value
    argv = ["export", *[item for pair in arguments.items() for item in pair]]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "sheet.pdf").exists()


def test_a_target_that_cannot_be_written_exits_1(library_folder, tmp_path, capsys):
    (tmp_path / "taken.pdf").mkdir()
    assert _export(library_folder, tmp_path / "taken.pdf") == 1
    assert "taken.pdf" in capsys.readouterr().err


def test_the_command_runs_headless_in_its_own_process(library_folder, tmp_path):
    out = tmp_path / "headless.jpg"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "photofollow",
            "export",
            "--library",
            str(library_folder),
            "--patient",
            "C-77",
            "--treatment",
            "2026-03-10T10:00",
            "--view",
            "frontal",
            "--out",
            str(out),
            "--dpi",
            "50",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.format == "JPEG" and image.size == (round(297 / 25.4 * 50), round(210 / 25.4 * 50))
