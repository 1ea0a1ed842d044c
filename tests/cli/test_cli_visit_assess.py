"""`photofollow visit assess` and the `assessment` of each visit in `timeline --json`: the contract of issue 16."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from cli_helpers import jpeg, photofollow

from photofollow.cli import main


@pytest.fixture(autouse=True)
def _local_time_is_amsterdam(amsterdam_time):
    """Local time in Amsterdam (see tests/conftest.py)."""


@pytest.fixture
def library_with_visits(tmp_path, capsys):
    library = tmp_path / "lib"
    for seed, kind, day in ((1, "baseline", "2024-03-05"), (2, "follow-up", "2024-03-19")):
        photo = jpeg(tmp_path / f"in/{kind}.jpg", seed, datetime.fromisoformat(f"{day}T09:30"))
        args = ["import", "--library", str(library), "--patient", "Anna Jansen", "--chart", "1001"]
        args += ["--treatment", "2024-03-05T10:00", "--visit", kind, "--no-analysis", str(photo)]
        assert main(args) == 0
    capsys.readouterr()
    return library


def timeline_visits(library, capsys) -> list[dict]:
    assert main(["timeline", "--library", str(library), "--patient", "1001", "--json"]) == 0
    (treatment,) = json.loads(capsys.readouterr().out)["treatments"]
    return treatment["visits"]


def test_assess_records_every_option_and_timeline_json_gives_it(library_with_visits, capsys, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "dr.devries")
    baseline, follow_up = timeline_visits(library_with_visits, capsys)
    assert baseline["assessment"] is None and follow_up["assessment"] is None  # null when none

    status = main(
        ["visit", "assess", "--library", str(library_with_visits), "--visit", str(follow_up["id"])]
        + ["--gais", "2", "--patient-gais", "3", "--goal", "not-yet", "--tier", "call"]
        + ["--findings", "Firm nodule left cheek, warm to touch", "--plan", "Review in 1 week; cool packs"]
    )
    out = capsys.readouterr().out
    assert status == 0
    assert out == "Assessed the visit of 2024-03-19 (Week 2) of Anna Jansen: GAIS 2 (very improved).\n"

    baseline, follow_up = timeline_visits(library_with_visits, capsys)
    assert baseline["assessment"] is None
    assessment = follow_up["assessment"]
    assert set(assessment) == {
        "gais", "patient_gais", "goal", "tier", "findings", "plan", "assessed_by", "assessed_at"
    }  # fmt: skip
    assert assessment["gais"] == 2
    assert assessment["patient_gais"] == 3
    assert assessment["goal"] == "not-yet"
    assert assessment["tier"] == "call"
    assert assessment["findings"] == "Firm nodule left cheek, warm to touch"
    assert assessment["plan"] == "Review in 1 week; cool packs"
    assert assessment["assessed_by"] == "dr.devries"
    assessed_at = datetime.fromisoformat(assessment["assessed_at"])
    assert assessed_at.utcoffset() is not None
    assert abs((datetime.now().astimezone() - assessed_at).total_seconds()) < 60

    assert main(["timeline", "--library", str(library_with_visits), "--patient", "1001"]) == 0
    text = capsys.readouterr().out
    assert "GAIS course 2" in text  # the treatment's course
    (follow_up_row,) = [line for line in text.splitlines() if line.strip().startswith("follow-up")]
    assert "GAIS 2, call" in follow_up_row  # each visit's GAIS and tier at a glance


def test_a_second_assess_changes_only_the_options_given(library_with_visits, capsys):
    _, follow_up = timeline_visits(library_with_visits, capsys)
    base = ["visit", "assess", "--library", str(library_with_visits), "--visit", str(follow_up["id"])]
    assert main(base + ["--gais", "4", "--tier", "observe", "--plan", "Next session in 4 weeks"]) == 0
    assert main(base + ["--gais", "3", "--goal", "partly"]) == 0
    capsys.readouterr()
    _, follow_up = timeline_visits(library_with_visits, capsys)
    assessment = follow_up["assessment"]
    assert (assessment["gais"], assessment["goal"], assessment["tier"]) == (3, "partly", "observe")
    assert assessment["plan"] == "Next session in 4 weeks"
    assert assessment["patient_gais"] is None and assessment["findings"] == ""


@pytest.mark.parametrize(
    "options, says",
    [
        (["--gais", "6"], "invalid choice"),
        (["--gais", "2", "--goal", "maybe"], "invalid choice"),
        (["--gais", "2", "--tier", "soon"], "invalid choice"),
        (["--patient-gais", "2"], "--gais"),
    ],
)
def test_unusable_options_exit_2(library_with_visits, capsys, options, says):
    _, follow_up = timeline_visits(library_with_visits, capsys)
    with pytest.raises(SystemExit) as exited:
        main(["visit", "assess", "--library", str(library_with_visits), "--visit", str(follow_up["id"])] + options)
    assert exited.value.code == 2
    assert says in capsys.readouterr().err


def test_a_baseline_or_a_missing_visit_is_refused_with_exit_2(library_with_visits, capsys):
    baseline, _ = timeline_visits(library_with_visits, capsys)
    base = ["visit", "assess", "--library", str(library_with_visits), "--gais", "3", "--visit"]
    assert main(base + [str(baseline["id"])]) == 2
    assert "is a baseline" in capsys.readouterr().err
    assert main(base + ["999"]) == 2
    assert "There is no visit 999 in this library" in capsys.readouterr().err
    _, follow_up = timeline_visits(library_with_visits, capsys)
    assert main(["delete", "--library", str(library_with_visits), "--visit", str(follow_up["id"])]) == 0
    capsys.readouterr()
    assert main(base + [str(follow_up["id"])]) == 2  # in the trash: not assessed
    assert f"There is no visit {follow_up['id']}" in capsys.readouterr().err
    (baseline,) = timeline_visits(library_with_visits, capsys)
    assert baseline["assessment"] is None


def test_the_real_command_and_its_help(library_with_visits):
    result = photofollow("visit", "assess", "--help")
    assert result.returncode == 0
    assert "Global Aesthetic Improvement Scale" in result.stdout
    for option in ("--visit", "--gais", "--patient-gais", "--goal", "--tier", "--findings", "--plan"):
        assert option in result.stdout


def test_an_assessment_changed_on_another_workstation_meanwhile_is_refused_with_exit_1(
    library_with_visits, capsys, monkeypatch
):
    """Another workstation records the visit's assessment between the command's reading and its writing (a
    race a shared library allows): nothing of the command's is saved, and it says whose is there."""
    from photofollow.domain.assessment import VisitAssessment
    from photofollow.services import assessment as service
    from photofollow.storage.assessments import save_assessment

    _, follow_up = timeline_visits(library_with_visits, capsys)
    read = service.assessment_of

    def read_then_theirs(library, visit_id):
        found = read(library, visit_id)
        library.acting_name, library.workstation = "Anna de Vries", "NURSE-PC"
        when = datetime(2024, 3, 19, 10, 0).astimezone()
        save_assessment(library, VisitAssessment(visit_id, 3, "Anna de Vries", when, plan="theirs"))
        library.acting_name, library.workstation = None, None
        return found

    monkeypatch.setattr(service, "assessment_of", read_then_theirs)
    args = ["visit", "assess", "--library", str(library_with_visits), "--visit", str(follow_up["id"])]
    status = main([*args, "--gais", "1"])
    captured = capsys.readouterr()
    assert status == 1 and captured.out == ""
    assert captured.err.startswith(
        "photofollow: The assessment of the visit of 2024-03-19 was changed on NURSE-PC by Anna de Vries ("
    )
    monkeypatch.undo()
    _, follow_up = timeline_visits(library_with_visits, capsys)
    assert (follow_up["assessment"]["gais"], follow_up["assessment"]["plan"]) == (3, "theirs")
