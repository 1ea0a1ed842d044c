"""`photofollow demo`: builds the demo library where the contract says, opens it, refuses real libraries."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from photofollow.cli import main
from photofollow.services import demo
from photofollow.storage.library import Library

pytestmark = pytest.mark.skipif(not demo.assets_available(), reason="the demo's renders are not installed")


def run(capsys, *args: str) -> tuple[int, list[str], str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


def test_no_gui_builds_the_demo_beside_the_default_library_and_says_where(capsys, monkeypatch):
    default_library = Path(os.environ["PHOTOFOLLOW_LIBRARY"])
    status, out, err = run(capsys, "demo", "--no-gui")
    assert status == 0, err
    folder = default_library.parent / "PhotoFollow demo"
    assert out == [str(folder.absolute())]
    assert "Month 3: frontal inconsistent (exposure, distance, head_pose)" in err
    assert "Demo library built: 9 photos" in err
    assert not default_library.exists()  # the user's own library is never touched

    status, out, _ = run(capsys, "patients", "--library", str(folder), "--json")
    (patient,) = json.loads("\n".join(out))["patients"]
    assert (patient["name"], patient["chart_number"], patient["visits"], patient["photos"]) == (
        "Demo patient",
        "DEMO-001",
        3,
        9,
    )

    # Again: the demo is there, it is only opened (here: the program is asked to show the demo patient).
    shown = {}
    monkeypatch.setattr(
        "photofollow.app.run_gui",
        lambda library, patient_id=None: shown.update(library=library, patient_id=patient_id) or 0,
    )
    status, out, err = run(capsys, "demo")
    assert status == 0, err
    assert Path(shown["library"]) == folder.absolute() and shown["patient_id"] == patient["id"]
    with Library.open(folder, write=False) as library:
        assert len(library.patients()) == 1


def test_a_library_with_patients_is_refused(tmp_path, capsys):
    from photofollow.domain.model import Patient

    folder = tmp_path / "clinic"
    with Library.open(folder, create=True) as library:
        library.add(Patient(display_name="Anna Jansen", chart_number="1001"))
    status, out, err = run(capsys, "demo", "--no-gui", "--library", str(folder))
    assert status == 2 and out == []
    assert "patients of its own" in err and str(folder) in err
    with Library.open(folder, write=False) as library:
        assert [p.display_name for p in library.patients()] == ["Anna Jansen"]


def test_a_folder_of_other_files_is_refused(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("not a library")
    status, _, err = run(capsys, "demo", "--no-gui", "--library", str(tmp_path))
    assert status == 2 and "not a PhotoFollow library" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_language_nl_writes_the_demo_in_dutch(tmp_path, capsys):
    folder = tmp_path / "demo-nl"
    status, out, err = run(capsys, "demo", "--no-gui", "--library", str(folder), "--language", "nl")
    assert status == 0, err
    assert "Month 3: frontal inconsistent (exposure, distance, head_pose)" in err
    with Library.open(folder, write=False) as library:
        patient = demo.demo_patient(library)
        assert patient.display_name == "Demopatiënt"
        (treatment,) = library.treatments_of(patient.id)
        assert treatment.product == "Hyaluronzuurfiller"


def test_an_unknown_language_is_refused(tmp_path, capsys):
    folder = tmp_path / "demo-de"
    status, out, err = run(capsys, "demo", "--no-gui", "--library", str(folder), "--language", "de")
    assert status == 2 and out == []
    assert "--language de" in err and "en, nl, da" in err
    assert not folder.exists()
