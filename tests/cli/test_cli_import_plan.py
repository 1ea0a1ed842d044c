"""`photofollow import` decides like the import dialog: visits by capture date, views suggested, dates checked,
`--dry-run` and `--json` as the contract says, patients found ignoring case and accents; on a folder library
and on a PostgreSQL library (marked `backends`)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import jpeg
from library_sql import dump_text

from photofollow.cli import main
from photofollow.storage.library import Library

pytestmark = pytest.mark.backends  # on a SQLite folder and on a PostgreSQL server

JSON_KEYS = {
    "file", "status", "reason", "photo_id", "visit_id", "visit_date", "visit_kind", "view", "view_source",
    "capture_time", "capture_time_source", "warnings",
}


@pytest.fixture(autouse=True)
def _local_time_is_amsterdam(amsterdam_time):
    """Local time in Amsterdam (tests/conftest.py)."""


def run(capsys, *args: str) -> tuple[int, list[str], str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


def base(library: str, *more: str, patient: str = "Mette Jensen", chart: str | None = "C-0042") -> list[str]:
    args = ["import", "--library", str(library), "--patient", patient, "--treatment", "2024-03-05T10:00"]
    return args + (["--chart", chart] if chart else []) + list(more)


def stored_state(library: str) -> bytes | str:
    """What the library's database holds: its SQLite file byte for byte, or the server's dump."""
    if library.startswith("postgresql://"):  # less pg_dump's \restrict lines, a new random key at each dump
        lines = dump_text(library).splitlines()
        return "\n".join(line for line in lines if not line.startswith(("\\restrict", "\\unrestrict")))
    return (Path(library) / "library.sqlite3").read_bytes()


def card(tmp_path: Path) -> list[Path]:
    return [
        jpeg(tmp_path / "card/1.jpg", 1, datetime(2024, 3, 5, 9, 30)),
        jpeg(tmp_path / "card/2.jpg", 2, datetime(2024, 3, 19, 11, 0)),
        jpeg(tmp_path / "card/3.jpg", 3, datetime(2024, 5, 20, 11, 0)),
    ]


def test_auto_files_a_card_into_a_visit_per_day_with_one_json_object_per_file(
    library_location, tmp_path, capsys
):
    library = library_location
    files = card(tmp_path)
    status, lines, err = run(capsys, *base(library, "--json", str(tmp_path / "card")))
    assert status == 0, err
    objects = [json.loads(line) for line in lines]
    assert [set(o) for o in objects] == [JSON_KEYS] * 3
    assert [(o["file"], o["status"], o["visit_kind"], o["visit_date"]) for o in objects] == [
        (str(files[0]), "imported", "baseline", "2024-03-05"),
        (str(files[1]), "imported", "follow-up", "2024-03-19"),
        (str(files[2]), "imported", "follow-up", "2024-05-20"),
    ]
    assert len({o["visit_id"] for o in objects}) == 3
    # Noise has no face: no view suggested, filed as other, with a warning saying so.
    assert {(o["view"], o["view_source"]) for o in objects} == {("other", "none")}
    assert all("no view could be suggested" in o["warnings"][0] for o in objects)
    assert objects[0]["capture_time"] == "2024-03-05T09:30:00"
    assert objects[0]["capture_time_source"] == "DateTimeOriginal"
    with Library.open(library) as opened:
        (patient,) = opened.patients()
        (treatment,) = opened.treatments_of(patient.id)
        assert len(opened.visits_of(treatment.id)) == 3


def test_dry_run_prints_the_plan_and_changes_nothing(library_location, tmp_path, capsys):
    library = library_location
    run(capsys, *base(library, "--view", "frontal", str(card(tmp_path)[0])))
    before = stored_state(library)
    early = jpeg(tmp_path / "early.jpg", 9, datetime(2024, 3, 1, 9, 0))
    status, lines, _ = run(
        capsys, *base(library, "--dry-run", "--visit", "follow-up", "--view", "frontal", str(tmp_path / "card"), str(early))
    )
    assert status == 1  # the early follow-up would be held back
    assert lines[0].startswith(f"duplicate: {tmp_path / 'card/1.jpg'} (already in Mette Jensen (C-0042)")
    assert lines[1] == f"would import: {tmp_path / 'card/2.jpg'} -> follow-up visit of 2024-03-19 (new), Week 2, frontal (given)"
    assert lines[3] == f"held back: {early} -> follow-up visit of 2024-03-01 (new), Baseline (4 days before), frontal (given)"
    assert lines[4].startswith("  problem: taken on 2024-03-01, before the treatment of 2024-03-05")
    assert lines[-1] == (
        "Plan: 2 photo(s) into 2 visit(s) (2 new); 1 held back for their dates; 1 already in the library. "
        "Nothing was changed (--dry-run)."
    )
    assert stored_state(library) == before
    status, lines, _ = run(capsys, *base(str(tmp_path / "new-lib"), "--dry-run", "--json", "--view", "frontal", str(early)))
    assert json.loads(lines[0])["dry_run"] is True and json.loads(lines[0])["visit_kind"] == "baseline"
    assert not (tmp_path / "new-lib").exists()


def test_dates_that_do_not_fit_are_refused_unless_accepted(library_location, tmp_path, capsys):
    library = library_location
    early = jpeg(tmp_path / "early.jpg", 1, datetime(2024, 3, 1, 9, 0))
    undated = jpeg(tmp_path / "undated.jpg", 2)
    status, lines, _ = run(capsys, *base(library, "--visit", "follow-up", "--view", "frontal", str(early), str(undated)))
    assert status == 1
    assert lines[0].startswith(f"failed: {early}: taken on 2024-03-01, before the treatment of 2024-03-05")
    assert lines[1].startswith(f"failed: {undated}: no camera date; the file's date is ")
    assert lines[2].startswith("0 imported, 0 duplicate, 2 failed")
    status, lines, _ = run(
        capsys,
        *base(library, "--visit", "follow-up", "--visit-date", "2024-03-19", "--view", "frontal", "--accept-dates",
              str(early), str(undated)),
    )
    assert status == 0
    assert lines[:2] == [f"imported: {early}", f"imported: {undated}"]


def test_patients_are_found_ignoring_case_and_a_near_miss_is_refused(library_location, tmp_path, capsys):
    library = library_location
    files = card(tmp_path)
    run(capsys, *base(library, "--view", "frontal", str(files[0])))
    status, lines, _ = run(capsys, *base(library, "--view", "frontal", str(files[1]), patient="mette jensen", chart=None))
    assert status == 0 and lines[0] == f"imported: {files[1]}"
    status, lines, err = run(capsys, *base(library, "--view", "frontal", str(files[2]), patient="Mette Jenssen", chart="C-0043"))
    assert status == 2 and lines == []
    assert "did you mean “Mette Jensen” (chart C-0042)?" in err
    status, _, _ = run(
        capsys, *base(library, "--new-patient", "--view", "frontal", str(files[2]), patient="Mette Jenssen", chart="C-0043")
    )
    assert status == 0
    with Library.open(library) as opened:
        assert sorted(p.display_name for p in opened.patients()) == ["Mette Jensen", "Mette Jenssen"]
