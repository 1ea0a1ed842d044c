"""First run: an empty library offers the demo; accepting opens the demo patient; declining is remembered."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from photofollow.services import demo

pytestmark = pytest.mark.skipif(not demo.assets_available(), reason="the demo's renders are not installed")


def _window(qtbot, library_folder: Path, runner, settings):
    from photofollow.app import build_main_window

    window = build_main_window(library_folder, runner, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_library_offers_the_demo_and_accepting_opens_the_demo_patient(
    qtbot, tmp_path, threaded_runner, settings
):
    window = _window(qtbot, tmp_path / "clinic", threaded_runner, settings)
    qtbot.waitUntil(lambda: window.demo_offer.isVisible(), timeout=5000)
    assert window.demo_offer.open_button.text() == "Open demo library"

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with qtbot.waitSignal(window.demo_offer.demo_opened, timeout=60000) as opened:
            window.demo_offer.open_button.click()
            assert not window.demo_offer.open_button.isEnabled()  # built off the GUI thread
    summary = opened.args[0]
    assert summary.folder == (Path(os.environ["PHOTOFOLLOW_LIBRARY"]).parent / "PhotoFollow demo").absolute()
    assert window.gateway.path == summary.folder
    qtbot.waitUntil(lambda: window.record is not None, timeout=10000)
    assert window.record.patient.display_name == "Demo patient"
    assert [len(v.photos) for v in window.record.treatments[0].visits] == [3, 3, 3]
    assert not window.demo_offer.isVisible()
    # The clinic's own library stays the one the program starts on; the offer was answered.
    assert settings.get("library/location") == ""
    assert settings.get("firstrun/demo_offered") is True

    # The second follow-up's frontal thumbnail shows the verdict the checks cached at creation.
    second = window.record.treatments[0].visits[2]
    frontal = second.photo_of_view(demo.View.FRONTAL)
    qtbot.waitUntil(
        lambda: window.checks.has(window.record.treatments[0].baseline_photo(frontal.view), frontal),
        timeout=20000,
    )
    report = window.checks.cached(window.record.treatments[0].baseline_photo(frontal.view), frontal)
    assert report.verdict.value == "inconsistent"


def test_declining_is_remembered(qtbot, tmp_path, inline_runner, settings):
    window = _window(qtbot, tmp_path / "clinic", inline_runner, settings)
    qtbot.waitUntil(lambda: window.demo_offer.isVisible(), timeout=5000)
    window.demo_offer.dismiss_button.click()
    assert not window.demo_offer.isVisible()
    assert settings.get("firstrun/demo_offered") is True
    window.close()
    window.gateway.close()

    again = _window(qtbot, tmp_path / "clinic", inline_runner, settings)
    qtbot.wait(50)
    assert not again.demo_offer.isVisible()


def test_a_library_with_patients_or_the_demo_itself_offers_nothing(qtbot, tmp_path, inline_runner, settings):
    from photofollow.domain.model import Patient
    from photofollow.storage.library import Library

    with Library.open(tmp_path / "clinic", create=True) as library:
        library.add(Patient(display_name="Anna Jansen"))
    window = _window(qtbot, tmp_path / "clinic", inline_runner, settings)
    qtbot.wait(50)
    assert not window.demo_offer.isVisible()
    window.close()
    window.gateway.close()

    with Library.open(tmp_path / "demo", create=True) as library:
        library.set_setting(demo.DEMO_SETTING, "complete")  # a demo library, not yet holding its patient
    shown = _window(qtbot, tmp_path / "demo", inline_runner, settings)
    qtbot.wait(50)
    assert not shown.demo_offer.isVisible()


def test_the_demo_is_written_in_the_language_of_the_window(qtbot, tmp_path, threaded_runner, settings):
    from photofollow.storage.library import Library

    settings.set("ui/language", "nl")
    window = _window(qtbot, tmp_path / "clinic", threaded_runner, settings)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with qtbot.waitSignal(window.demo_offer.demo_opened, timeout=60000) as opened:
            window.demo_offer.open_demo(tmp_path / "demo")
    summary = opened.args[0]
    assert summary.language == "nl"
    with Library.open(summary.folder, write=False) as library:
        patient = demo.demo_patient(library)
        assert patient.display_name == "Demopatiënt"
        assert library.treatments_of(patient.id)[0].product == "Hyaluronzuurfiller"
