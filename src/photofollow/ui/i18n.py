"""Loading the program's language: Qt translators for PhotoFollow and Qt's own strings, switched live.

Installing a translator makes Qt send a LanguageChange event to every widget; each window answers it with
its `retranslate_ui()` (Frescobaldi's `translateUI`), so a language chosen in Settings applies at once.
The compiled `.qm` files are built at install time from `assets/translations/*.ts` (setup.py).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES: tuple[str, ...] = ("en", "nl", "da")  # shipped languages; English is the source language
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(str(resources.files("photofollow").joinpath("assets/translations")))


def language_name(code: str) -> str:
    """The language's own name ("Nederlands", "dansk"), so a user finds it whatever language is shown; for
    English the variant whose dates the program then shows ("British English": day/month)."""
    name = display_locale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def effective_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def display_locale(code: str) -> QLocale:
    """Dates and numbers: the system's own conventions when it speaks the chosen language (a Belgian Dutch
    user keeps Belgian dates), else the language's usual ones; English outside the US reads day/month."""
    system = QLocale.system()
    if system.language() == QLocale(code).language() and system.name() not in ("C", "POSIX"):
        return system
    return QLocale("en_GB") if code == "en" else QLocale(code)


def date_edit_format(with_time: bool = True) -> str:
    """The display format of date (and time) fields: the short format the main window shows dates in, with
    a four-digit year, so a dialog reads a date the way the window beside it does."""
    locale = QLocale()
    kind = QLocale.FormatType.ShortFormat
    text = locale.dateTimeFormat(kind) if with_time else locale.dateFormat(kind)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def _find_qm(code: str) -> Path | None:
    folder = translations_dir()
    for name in (f"photofollow_{code}.qm", f"{code}.qm"):
        if (folder / name).is_file():
            return folder / name
    return None


def apply_language(setting: str) -> str:
    """Install the translators for `setting` ("" follows the system); returns the language code applied."""
    app = QCoreApplication.instance()
    code = effective_language(setting)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(display_locale(code))
    if app is None:
        return code
    if code != "en":  # Qt's own strings are English without a translator
        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(QLocale(code), "qtbase", "_", qt_dir):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    # English too: photofollow_en.qm holds the English plural forms ("1 photo", "2 photos") of the texts
    # counted with tr(text, None, n); without it Qt fills in the source text and shows "1 photos".
    own = _find_qm(code)
    if own is not None:
        translator = QTranslator(app)
        if translator.load(str(own)):
            app.installTranslator(translator)
            _installed.append(translator)
    return code
