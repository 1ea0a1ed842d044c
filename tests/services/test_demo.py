"""The demo library, built for real: shipped renders -> JPEG + EXIF -> import -> measurements -> checks."""

from __future__ import annotations

import time
import warnings
from datetime import date

import pytest

from photofollow.domain.model import View, VisitKind
from photofollow.services import checking, demo
from photofollow.storage.library import Library

pytestmark = pytest.mark.skipif(not demo.assets_available(), reason="the demo's renders are not installed")

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "PhotoFollow demo"
    steps = []
    started = time.monotonic()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summary = demo.create_demo_library(folder, progress=steps.append, today=TODAY)
    print(
        f"\ndemo library built in {time.monotonic() - started:.1f} s"
    )  # the budget is a minute; not asserted
    return summary, steps


def test_the_demo_holds_the_patient_three_visits_and_three_views_each(built):
    summary, steps = built
    assert summary.created and summary.photos == 9
    with Library.open(summary.folder, write=False) as library:
        assert demo.is_demo_library(library)
        patient = demo.demo_patient(library)
        assert patient.display_name == "Demo patient" and patient.chart_number == "DEMO-001"
        (treatment,) = library.treatments_of(patient.id)
        assert treatment.product and treatment.area.value == "face"
        visits = library.visits_of(treatment.id)
        assert [v.kind for v in visits] == [VisitKind.BASELINE, VisitKind.FOLLOW_UP, VisitKind.FOLLOW_UP]
        for visit in visits:
            photos = library.photos_of(visit.id)
            assert sorted(p.view for p in photos) == sorted(demo.VIEWS)
            for photo in photos:
                facts = photo.facts
                assert facts.make == "Canon" and facts.focal_length_35mm == 96 and facts.capture_time
                assert library.load_measurements(photo.id, checking.MEASUREMENTS_KIND, _version()) is not None
        follow_ups = visits[1:]
        assert all(v.pain_score is not None for v in follow_ups)
        assert library.symptom_entries_of(follow_ups[0].id)
    assert [v.label for v in summary.visits] == ["Baseline", "Week 2", "Month 3"]
    assert steps and steps[-1].label == "Demo library ready"
    assert any(step.total == 9 and 0 < step.done < 9 for step in steps)


def test_the_second_follow_up_fails_exposure_distance_and_head_pose(built):
    summary, _ = built
    second = summary.visits[2]
    assert second.verdicts[View.FRONTAL] == "inconsistent"
    assert {"exposure", "distance", "head_pose"} <= set(second.failed[View.FRONTAL])
    # its obliques were taken at the wrong shutter speed too
    for view in (View.OBLIQUE_45_LEFT, View.OBLIQUE_45_RIGHT):
        assert "exposure" in second.failed[view]


def test_the_first_follow_up_is_comparable(built):
    summary, _ = built
    first = summary.visits[1]
    assert set(first.verdicts) == set(demo.VIEWS)
    assert all(verdict in ("consistent", "review") for verdict in first.verdicts.values()), first.verdicts


def test_views_read_as_labelled(built):
    """The renders' head poses fall in the bins of their labels (so the view check has nothing to say)."""
    from photofollow.services import checking

    summary, _ = built
    with Library.open(summary.folder, write=False) as library:
        treatment = library.treatments_of(summary.patient_id)[0]
        baseline = library.visits_of(treatment.id)[0]
        for photo in library.photos_of(baseline.id):
            data = library.load_measurements(photo.id, checking.MEASUREMENTS_KIND, _version())
            measured = checking.measurements_from_json(data)
            assert checking.suggest_view(measured) is photo.view


def test_running_it_again_opens_the_same_demo(built):
    summary, _ = built
    again = demo.create_demo_library(summary.folder)
    assert not again.created and again.photos == 9 and again.patient_id == summary.patient_id
    assert demo.folder_state(summary.folder) == "demo"


def test_a_library_with_patients_of_its_own_is_refused(library):
    from photofollow.domain.model import Patient

    library.add(Patient(display_name="Anna Jansen"))
    folder = library.folder
    library.close()
    assert demo.folder_state(folder) == "library"
    with pytest.raises(demo.NotADemoLibrary, match="patients"):
        demo.create_demo_library(folder)
    with Library.open(folder, write=False) as reopened:
        assert [p.display_name for p in reopened.patients()] == ["Anna Jansen"]


def test_a_cancelled_build_is_finished_by_the_next_run(tmp_path):
    folder = tmp_path / "demo"
    calls = []

    def cancel_after_the_baseline() -> bool:
        calls.append(1)
        return len(calls) > 3

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(demo.DemoCancelled):
            demo.create_demo_library(folder, cancel=cancel_after_the_baseline, today=TODAY)
        assert demo.folder_state(folder) == "demo"
        summary = demo.create_demo_library(folder, today=TODAY)
    assert summary.created and summary.photos == 9
    assert [v.kind for v in summary.visits].count(VisitKind.BASELINE) == 1


def _version() -> int:
    from photofollow.services.checking import MEASUREMENTS_VERSION

    return MEASUREMENTS_VERSION


def test_the_danish_demo_speaks_danish_and_finds_what_the_english_one_finds(built, tmp_path):
    english, _ = built
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summary = demo.create_demo_library(tmp_path / "demo", today=TODAY, language="da")
    assert summary.language == "da"
    with Library.open(summary.folder, write=False) as library:
        assert demo.is_demo_library(library)
        patient = demo.demo_patient(library)  # found by its chart number, whatever its name
        assert patient.display_name == "Demopatient" and patient.chart_number == "DEMO-001"
        (treatment,) = library.treatments_of(patient.id)
        assert treatment.product == "Hyaluronsyrefiller"
        assert treatment.goal == "Volumen i læber og midtansigt"
        follow_up = library.visits_of(treatment.id)[1]
        assert follow_up.notes.startswith("Kontrolbesøg.")
        areas = {entry.area: entry.associated_symptoms for entry in library.symptom_entries_of(follow_up.id)}
        assert areas["overlæbe"] == "let ømhed ved indstiksstederne"

    # The same photos, so the same verdicts and the same failing checks.
    def findings(visits):
        return [(visit.verdicts, visit.failed) for visit in visits]

    assert findings(summary.visits) == findings(english.visits)
    # A resumed or repeated run keeps the language the demo was begun in.
    again = demo.create_demo_library(summary.folder, language="nl")
    assert not again.created and again.language == "da"


def test_every_language_has_the_words_for_every_visit_and_symptom():
    assert demo.DEMO_LANGUAGES == ("en", "nl", "da")
    for texts in demo.TEXTS.values():
        assert len(texts.visits) == len(demo.TAKES)
        for take, words in zip(demo.TAKES, texts.visits, strict=True):
            assert words.notes and len(words.symptoms) == len(take.symptoms)
    with pytest.raises(ValueError, match="en, nl, da"):
        demo.create_demo_library("unused", language="de")
