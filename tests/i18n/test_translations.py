"""Translations: every shipped language translates every string of the program, the installed .qm files carry
them, and real windows show the translated texts, follow a language change live and use the locale's dates
and numbers."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from photofollow.ui import i18n  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "photofollow"
TS_DIR = ROOT / "assets" / "translations"
LANGUAGES = i18n.LANGUAGES
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
PLACEHOLDER = re.compile(r"%(?:\d|n)")
ACCELERATOR = re.compile(r"&(?![&\s])")
UPDATE_HINT = "see assets/translations/GLOSSARY.md, 'Updating after a code change'"


def ts_path(code: str) -> Path:
    return TS_DIR / f"photofollow_{code}.ts"


def qt_tool(name: str) -> str:
    """Qt's lupdate/lrelease as PySide6 ships them (they come with PySide6-Essentials)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (name, f"{name}.exe", f"Qt/bin/{name}", f"Qt/libexec/{name}"):
        if (folder / candidate).is_file():
            return str(folder / candidate)
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if found is None:
        pytest.fail(f"Qt's {name} was not found next to PySide6 ({folder}); reinstall PySide6-Essentials")
    return found


def messages(path: Path):
    """(context, message element) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def untranslated(path: Path) -> list[str]:
    """Messages lupdate left unfinished, or kept although the code no longer has them."""
    problems = []
    for context, message in messages(path):
        kind = message.find("translation").get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{kind}: {context} / {message.findtext('source')!r}")
    return problems


# -- (a) the .ts files are complete -------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_shipped_language_has_a_complete_ts_file(code):
    path = ts_path(code)
    assert path.is_file(), f"{path} is missing: every language in ui.i18n.LANGUAGES ships a .ts file"
    root = ET.parse(path).getroot()
    assert root.get("language", "").split("_")[0] == code, "the .ts file names the wrong target language"
    problems = untranslated(path)
    count = 0
    for context, message in messages(path):
        count += 1
        source = message.findtext("source")
        where = f"{code}: {context} / {source!r}"
        forms = translations_of(message)
        if message.get("numerus") == "yes":
            # English, Dutch and Danish have two plural forms: n == 1 and the rest.
            if len(forms) != 2:
                problems.append(f"{where}: {len(forms)} plural forms, expected 2")
        for text in forms:
            if not text.strip():
                problems.append(f"{where}: empty translation")
                continue
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
                problems.append(f"{where}: keyboard accelerator (&) missing or doubled in {text!r}")
            if (source[:1].isspace(), source[-1:].isspace()) != (text[:1].isspace(), text[-1:].isspace()):
                problems.append(f"{where}: leading or trailing space differs in {text!r}")
    assert count > 300, "the .ts file holds far fewer messages than the program has"
    assert not problems, "\n".join(problems)


def test_every_string_in_the_code_is_translated_in_every_language(tmp_path):
    """lupdate run on the code as it is now finds nothing new and nothing gone: a string added to the code
    without translations (or removed from it but left in a .ts file) fails here."""
    copies = []
    for code in LANGUAGES:
        copies.append(tmp_path / ts_path(code).name)
        shutil.copy(ts_path(code), copies[-1])
    sources = tmp_path / "sources.lst"
    sources.write_text("\n".join(str(p) for p in sorted(SOURCES.rglob("*.py"))) + "\n", encoding="utf-8")
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-locations", "none", f"@{sources}", "-ts", *map(str, copies)],
        check=True,
        capture_output=True,
        text=True,
    )
    problems = [f"{copy.name}: {problem}" for copy in copies for problem in untranslated(copy)]
    assert not problems, f"Run lupdate and translate ({UPDATE_HINT}):\n" + "\n".join(problems)


def test_lupdate_sees_the_check_sentences_and_the_plurals():
    """The Qt-free check sentences (QT_TRANSLATE_NOOP in imaging/checks.py) are in the files, and the texts
    counted with self.tr(..., n) are plural messages."""
    found = {(context, message.findtext("source")): message for context, message in messages(ts_path("nl"))}
    contexts = {context for context, _source in found}
    assert {"Checks", "MainWindow", "Sheet", "SettingsDialog", "View"} <= contexts
    assert sum(1 for context, _source in found if context == "Checks") > 100
    assert found[("MainWindow", "%n treatments")].get("numerus") == "yes"


# -- the compiled .qm files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_installed_qm_file_carries_every_translation(qapp, code):
    """Installing the package compiles the .ts files (setup.py); a missing or stale .qm fails here."""
    qm = i18n._find_qm(code)
    assert qm is not None, (
        f"{i18n.translations_dir()}/photofollow_{code}.qm is missing: install the package "
        "(pip install -e .), which compiles assets/translations/*.ts with lrelease"
    )
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} does not load"
    stale = []
    for context, message in messages(ts_path(code)):
        source = message.findtext("source")
        if message.get("numerus") == "yes":
            expected = [form.replace("%n", "7") for form in translations_of(message)][-1]
            shown = translator.translate(context, source, None, 7).replace("%n", "7")
        else:
            expected = translations_of(message)[0]
            shown = translator.translate(context, source)
        if shown != expected:
            stale.append(f"{context} / {source!r}: {shown!r} instead of {expected!r}")
    assert not stale, f"{qm} is older than its .ts file; reinstall (pip install -e .):\n" + "\n".join(
        stale[:20]
    )


# -- (b) real widgets in each language, (c) the locale's dates and numbers ----------------------------------

CLINIC_TZ = timezone(timedelta(hours=1))
TREATED = datetime(2026, 11, 20, 10, 0, tzinfo=CLINIC_TZ)
FOLLOW_UP = TREATED + timedelta(days=5, hours=2)
BIRTH = date(1980, 11, 23)

# What a nurse sees, written out by hand (not read back from the .ts files).
EXPECTED = {
    "en": {
        "file": "&File",
        "patient": "&Patient",
        "help": "&Help",
        "import": "&Import photos…",
        "born": "born",
        "treatments": "2 treatments",
        "follow_up": "Day 5",
        "baseline": "Baseline",
        "pain": "Pain 3/10",
        "settings": "Settings",
        "tabs": ["General", "Photo policy"],
        "frontal": "Frontal",
        "warning": "Warning",
        "threshold": "Threshold",
        "measured": "0.85 EV",
        "limit": "0.50 EV",
        "decimal": "1.25",
        "sentence": "The follow-up is 0.8 EV darker than the baseline: use the same lights and camera "
        "settings.",
    },
    "nl": {
        "file": "&Bestand",
        "patient": "&Patiënt",
        "help": "&Help",
        "import": "Foto's &importeren…",
        "born": "geboren",
        "treatments": "2 behandelingen",
        "follow_up": "Dag 5",
        "baseline": "Nulmeting",
        "pain": "Pijnscore 3/10",
        "settings": "Instellingen",
        "tabs": ["Algemeen", "Fotobeleid"],
        "frontal": "Vooraanzicht",
        "warning": "Waarschuwing",
        "threshold": "Drempelwaarde",
        "measured": "0,85 EV",
        "limit": "0,50 EV",
        "decimal": "1,25",
        "sentence": "De vervolgfoto is 0,8 EV donkerder dan de nulmeting: gebruik dezelfde lampen en "
        "camera-instellingen.",
    },
    "da": {
        "file": "&Filer",
        "patient": "&Patient",
        "help": "&Hjælp",
        "import": "&Importér fotos…",
        "born": "født",
        "treatments": "2 behandlinger",
        "follow_up": "Dag 5",
        "baseline": "Baseline",
        "pain": "Smertescore 3/10",
        "settings": "Indstillinger",
        "tabs": ["Generelt", "Fotopolitik"],
        "frontal": "Forfra",
        "warning": "Advarsel",
        "threshold": "Grænseværdi",
        "measured": "0,85 EV",
        "limit": "0,50 EV",
        "decimal": "1,25",
        "sentence": "Opfølgningsfotoet er 0,8 EV mørkere end baseline: brug samme lamper og "
        "kameraindstillinger.",
    },
}
# Short dates as CLDR writes them for each language (nl 23-11-1980, da 23.11.1980 with 12.00 for the time);
# English reads day/month outside the US (ui.i18n.display_locale).
DATES = {
    "en": ("23/11/1980", "25/11/2026"),
    "nl": ("23-11-1980", "25-11-2026 12:00"),
    "da": ("23.11.1980", "25.11.2026 12.00"),
}


def machine_speaks(code: str) -> bool:
    """True when this machine's own locale is in `code`: the program then rightly keeps the machine's
    conventions (a Belgian Dutch user keeps Belgian dates), so the literal dates above do not apply."""
    system = QLocale.system()
    return system.language() == QLocale(code).language() and system.name() not in ("C", "POSIX")


def birth_text(code: str) -> str:
    if machine_speaks(code):
        return QLocale.system().toString(
            QDate(BIRTH.year, BIRTH.month, BIRTH.day), QLocale.FormatType.ShortFormat
        )
    return DATES[code][0]


def visit_date_text(code: str) -> str:
    if machine_speaks(code):
        moment = QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone(3600))
        return QLocale.system().toString(moment, QLocale.FormatType.ShortFormat)
    return DATES[code][1]


@pytest.fixture
def language(qapp):
    """Switches the running application's language; English again afterwards."""
    before = QLocale()
    yield i18n.apply_language
    i18n.apply_language("en")
    QLocale.setDefault(before)


@pytest.fixture
def settings(qapp, tmp_path):
    from photofollow.ui.settings import Settings

    chosen = Settings(tmp_path / "settings" / "photofollow.ini")
    chosen.set("ui/language", "en")  # not the machine's language: the test says which one it expects
    return chosen


@pytest.fixture
def clinic(tmp_path, settings):
    """A real library: a patient born 23 Nov 1980 with two treatments, the later one with a baseline visit
    and a follow-up on day 5 (pain 3)."""
    from photofollow.domain.model import Area, Patient, Treatment, Visit, VisitKind
    from photofollow.ui.library import open_library

    gateway = open_library(tmp_path / "library", settings)
    patient, _ = gateway.save_patient(Patient("Anna Jansen", "C-1001", BIRTH))
    treatment, _ = gateway.save_treatment(Treatment(patient.id, TREATED, Area.FACE, "skin quality"))
    gateway.save_treatment(Treatment(patient.id, TREATED - timedelta(days=200), Area.SCALP))
    gateway.save_visit(Visit(treatment.id, VisitKind.BASELINE, TREATED - timedelta(hours=1), 0))
    gateway.save_visit(Visit(treatment.id, VisitKind.FOLLOW_UP, FOLLOW_UP, 3))
    yield gateway, patient
    gateway.close()


def open_window(qtbot, clinic, runner, settings):
    from photofollow.ui.main_window import MainWindow

    gateway, patient = clinic
    main = MainWindow(gateway, runner, settings)
    qtbot.addWidget(main)
    main.show()
    main.select_patient(patient.id)
    qtbot.waitUntil(lambda: main.record is not None and main.record.patient.id == patient.id)
    return main


def assert_window_speaks(window, code: str) -> None:
    from photofollow.ui.timeline import VisitHeader

    want = EXPECTED[code]
    shown = {
        "file": window.file_menu.title(),
        "patient": window.patient_menu.title(),
        "help": window.help_menu.title(),
        "import": window.import_action.text(),
    }
    assert shown == {key: want[key] for key in shown}, code
    details = window.header.details.text()
    assert f"{want['born']} {birth_text(code)}" in details, (code, details)
    assert want["treatments"] in details, (code, details)
    visits = {header.title.text(): header.details.text() for header in window.findChildren(VisitHeader)}
    assert f"<b>{want['baseline']}</b>" in visits, (code, visits)
    follow_up = visits.get(f"<b>{want['follow_up']}</b>")
    assert follow_up is not None, (code, visits)
    assert want["pain"] in follow_up, (code, follow_up)
    assert visit_date_text(code) in follow_up, (code, follow_up)


@pytest.mark.parametrize("code", LANGUAGES)
def test_main_window_opens_in_the_language(qtbot, language, clinic, inline_runner, settings, code):
    assert language(code) == code
    window = open_window(qtbot, clinic, inline_runner, settings)
    assert_window_speaks(window, code)


def test_a_language_chosen_in_settings_retranslates_the_open_window_live(
    qtbot, language, clinic, inline_runner, settings
):
    from photofollow.ui.settings_dialog import SettingsDialog

    language(settings.language)
    window = open_window(qtbot, clinic, inline_runner, settings)
    assert_window_speaks(window, "en")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for code in ("nl", "da", "en", "nl"):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(code))  # as a click does
        QApplication.processEvents()
        assert_window_speaks(window, code)  # the same window, not reopened
        assert dialog.windowTitle() == EXPECTED[code]["settings"]
        assert [dialog.tabs.tabText(i) for i in range(2)] == EXPECTED[code]["tabs"]
    dialog.reject()  # Cancel puts the language from before the dialog back
    QApplication.processEvents()
    assert_window_speaks(window, "en")


@pytest.mark.parametrize("code", LANGUAGES)
def test_findings_show_translated_words_sentences_and_decimal_commas(qapp, language, code):
    from photofollow.domain.checks import CheckId, CheckResult, CheckStatus
    from photofollow.domain.text import Number, Phrase
    from photofollow.ui.compare.findings import FindingsModel

    darker = Phrase(
        "Checks",
        "The follow-up is %1 EV darker than the baseline: use the same lights and camera settings.",
        (Number(0.8, 1),),
    )
    language(code)
    want = EXPECTED[code]
    model = FindingsModel()
    model.set_results(
        [CheckResult(CheckId.EXPOSURE, CheckStatus.WARN, 0.85, 0.5, "EV", darker.english(), phrase=darker)]
    )
    assert model.headerData(FindingsModel.THRESHOLD, Qt.Orientation.Horizontal) == want["threshold"]
    assert model.data(model.index(0, FindingsModel.STATUS)) == want["warning"]
    assert model.data(model.index(0, FindingsModel.MEASURED)) == want["measured"]
    assert model.data(model.index(0, FindingsModel.THRESHOLD)) == want["limit"]
    assert model.data(model.index(0, FindingsModel.MESSAGE)) == want["sentence"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_view_names_dates_and_numbers_follow_the_language(qapp, language, code):
    from photofollow.domain.model import View
    from photofollow.reporting import words

    language(code)
    assert words.view_name(View.FRONTAL) == EXPECTED[code]["frontal"]
    assert words.day_text(BIRTH) == birth_text(code)
    if not machine_speaks(code):
        assert words.number_text(1.25, 2) == EXPECTED[code]["decimal"]
