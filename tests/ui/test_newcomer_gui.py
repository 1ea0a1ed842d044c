"""The program's small things a newcomer tripped on (issue 16, section 3), on real widgets: the "not
comparable" banner is never clipped (Dutch and Danish, default window size), a new symptom entry starts at the
visit's time and an empty one is not saved, the language's name matches the dates shown, dialogs show dates as
the main window does, and the default library folder is not doubled (an existing one there keeps working)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from photofollow.domain.checks import CheckId, CheckStatus
from photofollow.domain.model import View, Visit, VisitKind
from photofollow.ui.dialogs import PatientDialog, VisitDialog
from photofollow.ui.i18n import apply_language, language_name
from photofollow.ui.main_window import MainWindow

from .library_helpers import TREATED
from .test_compare import report_with


@pytest.fixture
def in_language():
    previous = QLocale()
    yield apply_language
    apply_language("en")
    QLocale.setDefault(previous)


@pytest.mark.parametrize("language", ["nl", "da"])
def test_the_not_comparable_banner_shows_every_line_at_the_default_size(
    qtbot, clinic, inline_runner, settings, in_language, language
):
    in_language(language)
    window = MainWindow(clinic.gateway, inline_runner, settings)
    qtbot.addWidget(window)
    window.select_patient(clinic.patient.id)
    treatment = window.record.treatments[0]
    compare = window.open_comparison(treatment, View.FRONTAL)  # its default size, with the assessment panel
    checks = (CheckId.EXPOSURE, CheckId.WHITE_BALANCE, CheckId.DISTANCE)
    failing = {check: CheckStatus.FAIL for check in checks}
    compare.view.set_report(1, report_with(failing))
    qtbot.waitUntil(lambda: compare.view.columns[-1].banner.isVisible())
    banner = compare.view.columns[-1].banner
    needed = banner.text.heightForWidth(banner.text.width())
    assert needed >= 2 * banner.text.fontMetrics().lineSpacing()  # wrapped over several lines here
    assert banner.text.height() >= needed, (banner.text.height(), needed)
    assert banner.geometry().bottom() < banner.parentWidget().height()


def test_a_new_symptom_entry_starts_at_the_visit_and_an_empty_one_is_not_saved(qtbot, clinic):
    visit = Visit(clinic.treatment.id, VisitKind.FOLLOW_UP, TREATED + timedelta(days=3), 1, id=None)
    dialog = VisitDialog(clinic.treatment.id, visit, [], VisitKind.FOLLOW_UP)
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    started = dialog.symptoms.cellWidget(0, dialog.symptoms.STARTED).dateTime()
    local = visit.visited_at.astimezone()
    assert started == QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    assert dialog.symptom_entries(5) == []  # left empty: no entry
    dialog.symptoms.cellWidget(0, dialog.symptoms.AREA).setText("left cheek")
    (entry,) = dialog.symptom_entries(5)
    assert entry.area == "left cheek" and entry.started_at == local.replace(second=0, microsecond=0)


def test_settings_name_the_language_in_the_chosen_language(qtbot, settings, in_language):
    from photofollow.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.labels[3].text() == "L&anguage:"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Indstillinger")
    assert dialog.labels[3].text() != "L&anguage:", dialog.labels[3].text()
    english = dialog.language_combo.itemText(dialog.language_combo.findData("en"))
    assert english == language_name("en")  # the English whose dates the program shows
    dialog.reject()


def test_the_language_name_matches_the_dates_and_dialogs_show_them_alike(qtbot, in_language):
    in_language("en")
    english = language_name("en")
    day_first = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower().startswith("d")
    assert ("British" in english) == day_first or ("American" in english) == (not day_first)
    for language, sample in (("nl", "23-11-2026"), ("da", "23.11.2026")):
        in_language(language)
        dialog = PatientDialog(None)
        qtbot.addWidget(dialog)
        dialog.birth_edit.setDate(QDate(2026, 11, 23))
        assert dialog.birth_edit.text() == sample
        dialog.close()


def test_the_default_library_is_not_doubled_and_an_earlier_one_keeps_working(tmp_path, monkeypatch):
    from photofollow import appdirs

    monkeypatch.delenv(appdirs.LIBRARY_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    path = appdirs.default_library_path()
    assert path == tmp_path / "share" / "PhotoFollow" / "Library"
    assert path.parts.count("PhotoFollow") == 1

    earlier = appdirs.legacy_library_path()
    assert earlier == tmp_path / "share" / "PhotoFollow" / "PhotoFollow" / "Library"
    earlier.mkdir(parents=True)
    (earlier / "library.sqlite").write_bytes(b"an earlier library")
    assert appdirs.default_library_path() == earlier  # found, and kept working where it is
    path.mkdir(parents=True)
    (path / "library.sqlite").write_bytes(b"a library in the new place")
    assert appdirs.default_library_path() == path
