"""`photofollow import`, `verify`, `patients` and `timeline`: the command-line contract and exit codes, on a
folder library and (tests taking `library_location`, marked `backends`) on a PostgreSQL library."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import jpeg, photofollow, store_folder
from library_sql import run_sql

from photofollow.cli import main
from photofollow.storage.library import Library

pytestmark = pytest.mark.backends  # tests taking library_location: on a SQLite folder and a PostgreSQL server


@pytest.fixture(autouse=True)
def _local_time_is_amsterdam(amsterdam_time):
    """Every test here runs with local time in Amsterdam (see tests/conftest.py)."""


# Before the treatment of import_args (2024-03-05T10:00): a baseline's capture time.
BEFORE = datetime(2024, 3, 5, 9, 0)


def run(capsys, *args: str) -> tuple[int, list[str], str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


def import_args(library: Path, *paths: Path, visit: str = "baseline", **options: str) -> list[str]:
    args = ["import", "--library", str(library), "--patient", "Anna Jansen", "--chart", "1001"]
    args += ["--treatment", options.pop("treatment", "2024-03-05T10:00"), "--visit", visit]
    for name, value in options.items():
        args += [f"--{name.replace('_', '-')}"] + ([value] if value else [])  # "" for a flag
    return args + [str(path) for path in paths]


def test_import_prints_a_line_per_file_and_a_summary(library_location, tmp_path, capsys):
    library = library_location
    photos = [jpeg(tmp_path / f"card/IMG_{i}.JPG", i, datetime(2024, 3, 5, 9, 30 + i)) for i in range(3)]
    (tmp_path / "card/readme.txt").write_text("skipped")
    status, lines, _ = run(capsys, *import_args(library, tmp_path / "card", view="frontal"))
    assert status == 0
    assert lines[:3] == [f"imported: {photo}" for photo in photos]
    assert lines[3] == (
        "3 imported, 0 duplicate, 0 failed, 1 skipped (not photos) into Anna Jansen (1001), "
        "baseline visit of 2024-03-05, Baseline (30 min before)."
    )

    status, lines, _ = run(capsys, *import_args(library, photos[0], visit="follow-up"))
    assert status == 0
    assert lines[0] == (
        f"duplicate: {photos[0]} (already in Anna Jansen (1001), baseline visit of 2024-03-05, "
        "Baseline (30 min before))"
    )

    with Library.open(library) as opened:
        (patient,) = opened.patients()
        (treatment,) = opened.treatments_of(patient.id)
        assert treatment.performed_at.isoformat() == "2024-03-05T10:00:00+01:00"  # the machine's zone
        (visit,) = opened.visits_of(treatment.id)  # the duplicate made no follow-up visit
        assert [p.view.value for p in opened.photos_of(visit.id)] == ["frontal"] * 3


def test_import_measures_each_new_photo_once_for_the_checks(library_location, tmp_path, capsys):
    from photofollow.services.checking import cached_measurements

    taken = [datetime(2024, 3, 5, 9, 30), datetime(2024, 3, 19, 9, 30)]  # a baseline, a Week 2 follow-up
    photos = [jpeg(tmp_path / f"IMG_{i}.JPG", i, taken[i], size=(320, 240)) for i in range(2)]
    assert run(capsys, *import_args(library_location, photos[0]))[0] == 0
    # --no-analysis with a view given: nothing measured now (--view auto measures to suggest the view).
    follow_up = import_args(library_location, photos[1], visit="follow-up", no_analysis="", view="frontal")
    assert run(capsys, *follow_up)[0] == 0

    with Library.open(library_location) as opened:
        (patient,) = opened.patients()
        (treatment,) = opened.treatments_of(patient.id)
        stored = [photo for visit in opened.visits_of(treatment.id) for photo in opened.photos_of(visit.id)]
        measured = {photo.original_name: cached_measurements(opened, photo) for photo in stored}
    assert measured["IMG_1.JPG"] is None  # --no-analysis: measured when first checked
    baseline = measured["IMG_0.JPG"]
    assert baseline is not None
    assert (baseline.width, baseline.height) == (320, 240)
    assert baseline.facts.make == "Canon" and baseline.face is None  # noise has no face


def test_top_level_library_option_works_too(library_location, tmp_path, capsys):
    photo = jpeg(tmp_path / "a.jpg", 1, BEFORE)
    args = import_args(library_location, photo)
    del args[1:3]
    status, lines, _ = run(capsys, "--library", library_location, *args)
    assert status == 0 and lines[0] == f"imported: {photo}"


def test_failed_files_make_exit_status_1_and_name_the_reason(library_location, tmp_path, capsys):
    good = jpeg(tmp_path / "good.jpg", 1, BEFORE)
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"")
    status, lines, _ = run(capsys, *import_args(library_location, bad, good, view="frontal"))
    assert status == 1
    assert lines[0] == f"failed: {bad}: is empty (0 bytes). Copy it again from the camera or phone."
    assert lines[1] == f"imported: {good}"
    assert lines[2].startswith("1 imported, 0 duplicate, 1 failed")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"treatment": "05-03-2024"}, "YYYY-MM-DD"),
        ({"treatment": "2024-02-30"}, "not a real date"),
        ({"visit_date": "yesterday"}, "--visit-date"),
    ],
)
def test_unusable_dates_exit_2(tmp_path, capsys, options, message):
    status, lines, err = run(capsys, *import_args(tmp_path / "lib", jpeg(tmp_path / "a.jpg", 1), **options))
    assert status == 2 and lines == [] and message in err
    assert not (tmp_path / "lib").exists()


def test_bad_choices_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(import_args(tmp_path / "lib", tmp_path, visit="check-up"))
    assert caught.value.code == 2


def test_read_only_or_locked_library_exits_2_before_touching_any_file(tmp_path, capsys):
    library = tmp_path / "lib"
    photo = jpeg(tmp_path / "a.jpg", 1, BEFORE)
    with Library.open(library, create=True):
        status, lines, err = run(capsys, *import_args(library, photo))
        assert status == 2 and lines == [] and "Another PhotoFollow" in err

    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(library), str(library)], check=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(library)], check=True)
    else:
        os.chmod(library, 0o555)
    try:
        status, lines, err = run(capsys, *import_args(library, photo))
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(library)], check=True)
        os.chmod(library, 0o755)
    assert status == 2 and lines == []
    assert "cannot be written to" in err and str(library) in err


def test_unreadable_file_fails_alone_for_an_ordinary_user(tmp_path):
    # Root reads every file: the import runs without that power, as a clinic's user does.
    locked = jpeg(tmp_path / "in/locked.jpg", 1, BEFORE)
    fine = jpeg(tmp_path / "in/fine.jpg", 2, BEFORE)
    os.chmod(locked, 0)
    result = photofollow(*import_args(tmp_path / "lib", locked, fine), as_ordinary_user=True)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"failed: {locked}: cannot be read: permission denied")
    assert lines[1] == f"imported: {fine}"


def test_verify_exit_0_when_sound_and_1_with_a_line_per_problem(library_location, tmp_path, capsys):
    library = library_location
    photos = [jpeg(tmp_path / f"{i}.jpg", i, BEFORE) for i in range(2)]
    run(capsys, *import_args(library, *photos))
    status, lines, _ = run(capsys, "verify", "--library", str(library))
    assert status == 0 and lines == ["All well: 2 photo(s) checked, database intact."]

    stored = sorted((store_folder(library) / "photos").rglob("*.jpg"))
    os.chmod(stored[0], 0o644)
    stored[0].write_bytes(stored[0].read_bytes()[:-10])
    stored[1].unlink()
    status, lines, _ = run(capsys, "verify", "--library", str(library))
    assert status == 1
    assert len(lines) == 3
    assert {line.split(":")[0] for line in lines[:2]} == {"Damaged file", "Missing file"}
    assert lines[2] == "2 problem(s) in 2 photo(s) checked."


def test_verify_and_listing_need_an_existing_library(library_location, capsys):
    for command in (["verify"], ["patients"], ["timeline", "--patient", "x"]):
        status, _, err = run(capsys, *command, "--library", library_location)
        assert status == 2 and "no PhotoFollow library" in err
    assert not store_folder(library_location).exists()
    if library_location.startswith("postgresql://"):  # nor a table in the empty database
        tables = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        assert run_sql(library_location, tables) == [(0,)]


def test_patients_and_timeline_human_and_json(library_location, tmp_path, capsys):
    library = library_location
    run(
        capsys, *import_args(library, jpeg(tmp_path / "b.jpg", 1, datetime(2024, 3, 5, 9, 0)), view="frontal")
    )
    week2 = jpeg(tmp_path / "w.jpg", 2, datetime(2024, 3, 19, 10, 0))
    run(capsys, *import_args(library, week2, visit="follow-up", view="frontal"))

    status, lines, _ = run(capsys, "patients", "--library", str(library))
    assert status == 0
    assert lines[0].split() == ["Patient", "Chart", "Treatments", "Visits", "Photos", "Last", "visit"]
    assert lines[1].split() == ["Anna", "Jansen", "1001", "1", "2", "2", "2024-03-19"]

    status, out, _ = run(capsys, "patients", "--library", str(library), "--json")
    listing = json.loads("\n".join(out))
    assert listing["patients"][0]["name"] == "Anna Jansen" and listing["patients"][0]["photos"] == 2

    status, lines, _ = run(capsys, "timeline", "--library", str(library), "--patient", "1001")
    assert status == 0
    text = "\n".join(lines)
    assert "Anna Jansen (chart 1001)" in text
    assert "Baseline (1 h before)" in text and "Week 2" in text

    status, out, _ = run(capsys, "timeline", "--library", str(library), "--patient", "Anna Jansen", "--json")
    data = json.loads("\n".join(out))
    visits = data["treatments"][0]["visits"]
    assert [(v["kind"], v["time_since_treatment"], v["photos"], v["views"]) for v in visits] == [
        ("baseline", "Baseline (1 h before)", 1, {"frontal": 1}),
        ("follow-up", "Week 2", 1, {"frontal": 1}),
    ]
    assert data["treatments"][0]["performed_at"] == "2024-03-05T10:00:00+01:00"

    status, _, err = run(capsys, "timeline", "--library", str(library), "--patient", "Nobody")
    assert status == 2 and "No patient" in err


def test_listing_works_while_another_photofollow_writes(library_location, tmp_path, capsys):
    library = library_location
    run(capsys, *import_args(library, jpeg(tmp_path / "a.jpg", 1, BEFORE)))
    with Library.open(library):  # e.g. the desktop program, here or on another workstation
        status, lines, _ = run(capsys, "patients", "--library", str(library))
    assert status == 0 and "Anna Jansen" in lines[1]


def test_progress_bar_draws_only_on_a_terminal():
    import io

    from photofollow.cli.library import ProgressBar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = ProgressBar(stream, width=10)
        bar.update(3, 10, Path("IMG_0003.JPG"))
        bar.clear()
    assert "[###-------] 3/10 IMG_0003.JPG" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[2K")
    assert pipe.getvalue() == ""
