"""Library errors and import results in the user's language: the real storage code raises, the shipped
translations (.qm built by `pip install -e .`) say it in Dutch or Danish with the path filled in, the English
sentence (`str(error)`, the command line's contract) stays as it was, and English plurals read right."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale  # noqa: E402

from photofollow.domain.errors import LibraryLocked, LibraryReadOnly  # noqa: E402
from photofollow.reporting import words  # noqa: E402
from photofollow.storage.library import Library  # noqa: E402
from photofollow.ui import i18n  # noqa: E402

CLINIC_TZ = timezone(timedelta(hours=1))
TREATED = datetime(2024, 3, 5, 10, 0, tzinfo=CLINIC_TZ)


@pytest.fixture
def speak(qapp):
    """`speak(code)` installs the shipped translation and that language's usual dates (not the machine's:
    the expected texts below are written out by hand); English and the old locale again afterwards."""
    before = QLocale()

    def switch(code: str) -> None:
        i18n.apply_language(code)
        QLocale.setDefault(QLocale({"en": "en_GB", "nl": "nl_NL", "da": "da_DK"}[code]))

    yield switch
    i18n.apply_language("en")
    QLocale.setDefault(before)


def test_a_locked_library_says_so_in_dutch_and_danish_with_its_path(speak, tmp_path):
    folder = tmp_path / "Kliniek bibliotheek"
    with Library.open(folder, create=True):
        with pytest.raises(LibraryLocked) as caught:
            Library.open(folder)  # a second writer, as another PhotoFollow would be
    error = caught.value
    pid = os.getpid()
    assert str(error) == (
        f"Another PhotoFollow (process {pid}) is using the library at {folder}. Close it, then try again."
    )
    speak("nl")
    assert words.error_text(error) == (
        f"Een andere PhotoFollow (proces {pid}) gebruikt de bibliotheek in {folder}. "
        "Sluit die en probeer het daarna opnieuw."
    )
    speak("da")
    assert words.error_text(error) == (
        f"En anden PhotoFollow (proces {pid}) bruger biblioteket i {folder}. Luk den, og prøv så igen."
    )
    speak("en")
    assert words.error_text(error) == str(error)


def test_a_library_folder_that_cannot_be_made_is_read_only_in_dutch(speak, tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where the library's parent folder should be")
    folder = blocker / "library"  # mkdir fails (ENOTDIR) even for root, unlike a chmod
    with pytest.raises(LibraryReadOnly) as caught:
        Library.open(folder, create=True)
    error = caught.value
    reason = os.strerror(20)  # ENOTDIR, as the OS says it (kept as it is: the system's own words)
    assert str(error) == f"The library folder {folder} cannot be created ({reason})."
    speak("nl")
    assert words.error_text(error) == f"De bibliotheekmap {folder} kan niet worden aangemaakt ({reason})."


def test_the_gui_shows_a_locked_library_in_dutch(qtbot, speak, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from photofollow.ui.library import open_library
    from photofollow.ui.main_window import MainWindow
    from photofollow.ui.operations import OperationRunner
    from photofollow.ui.settings import Settings

    settings = Settings(tmp_path / "settings" / "photofollow.ini")
    runner = OperationRunner(inline=True)
    gateway = open_library(tmp_path / "own", settings)
    window = MainWindow(gateway, runner, settings)
    qtbot.addWidget(window)
    busy = tmp_path / "busy"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    speak("nl")
    with Library.open(busy, create=True):
        assert window.open_library(busy) is False
    assert shown == [
        f"Een andere PhotoFollow (proces {os.getpid()}) gebruikt de bibliotheek in {busy}. "
        "Sluit die en probeer het daarna opnieuw."
    ]
    window.close()
    gateway.close()
    runner.shutdown()


def test_a_patient_gone_from_the_library_is_a_translated_lookup_error(speak, tmp_path):
    from photofollow.services.changes import RecordGone
    from photofollow.ui.library import open_library

    gateway = open_library(tmp_path / "library")
    try:
        with pytest.raises(LookupError) as caught:  # still a LookupError for code that catches that
            gateway.patient_record(4711)
    finally:
        gateway.close()
    assert isinstance(caught.value, RecordGone)
    speak("da")
    assert words.error_text(caught.value) == (
        "Denne patient findes ikke længere i biblioteket. Vælg patienten igen på patientlisten."
    )


def _photo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (48, 32), (180, 120, 100)).save(path, "JPEG")
    return path


def test_a_duplicate_in_the_import_results_names_its_place_in_dutch(speak, tmp_path):
    """The import result list (the GUI's own path: gateway -> listener -> model) says where the photo
    already is in Dutch, with a Dutch date; the English reason stays the command line's sentence."""
    from photofollow.domain.model import Area, Patient, Treatment, View, Visit, VisitKind
    from photofollow.ui.library import open_library
    from photofollow.ui.models import ImportResultModel, ImportRow
    from photofollow.ui.operations import Progress

    gateway = open_library(tmp_path / "library")
    try:
        patient, _ = gateway.save_patient(Patient("Anna Jansen", "1001"))
        treatment, _ = gateway.save_treatment(Treatment(patient.id, TREATED, Area.FACE))
        follow_up, _ = gateway.save_visit(
            Visit(treatment.id, VisitKind.FOLLOW_UP, TREATED + timedelta(days=14))
        )
        photo = _photo(tmp_path / "in" / "IMG_0001.JPG")
        rows: list[ImportRow] = []

        def listen(outcome) -> None:
            rows.append(
                ImportRow(outcome.path, outcome.outcome, outcome.reason, reason_phrase=outcome.reason_phrase)
            )

        for _ in range(2):
            gateway.import_files([photo], follow_up.id, {photo: View.FRONTAL}, Progress(), listen)
    finally:
        gateway.close()
    first, again = rows
    assert first.outcome == "imported" and again.outcome == "duplicate"
    assert again.reason == "already in Anna Jansen (1001), follow-up visit of 2024-03-19, Week 2"
    model = ImportResultModel()
    speak("nl")
    assert model.outcome_text(again) == (
        "Al aanwezig: staat al bij Anna Jansen (1001), vervolgbezoek van 19-03-2024, Week 2"
    )
    speak("da")  # the time since treatment in the language's words too
    assert model.outcome_text(again).endswith("19.03.2024, Uge 2")
    speak("en")  # on screen the date follows the locale (en_GB here); the English reason keeps ISO
    assert model.outcome_text(again) == (
        "Duplicate: already in Anna Jansen (1001), follow-up visit of 19/03/2024, Week 2"
    )


def test_english_plurals_read_one_photo_and_two_photos(speak):
    """photofollow_en.qm holds the English singular of the texts counted with tr(text, None, n); without it
    installed for English, Qt shows the source text for every n ("1 photos")."""
    speak("en")
    source = "%n treatments"
    assert QCoreApplication.translate("MainWindow", source, None, 1) == "1 treatment"
    assert QCoreApplication.translate("MainWindow", source, None, 2) == "2 treatments"
    pages = "Sheet written to %1 and %n more page(s) next to it"
    assert (
        QCoreApplication.translate("ExportDialog", pages, None, 1)
        == "Sheet written to %1 and 1 more page next to it"
    )
    assert (
        QCoreApplication.translate("ExportDialog", pages, None, 3)
        == "Sheet written to %1 and 3 more pages next to it"
    )
