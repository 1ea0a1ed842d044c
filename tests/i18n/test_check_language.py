"""Check sentences in the chosen language: the findings panel through an installed translation (numbers with
a decimal comma), the English fallback, and `photofollow check --language`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from test_phrases import POLICY, TAKEN, measured, scene

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus, PairReport, Verdict
from photofollow.imaging.checks import run_checks
from photofollow.reporting import words
from photofollow.ui.compare.findings import FindingsModel, FindingsPanel

DARKER_NL = "De vervolgfoto is %1 EV donkerder dan de nulmeting: gebruik dezelfde lampen en instellingen."


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.fixture
def dutch_locale(qapp):
    previous = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(scope="module")
def darker_report() -> PairReport:
    rgb = scene()
    darker = np.clip(rgb.astype(np.float32) * 0.4, 0, 255).astype(np.uint8)
    return run_checks(measured(rgb), measured(darker, capture_time=TAKEN + timedelta(days=14)), POLICY)


def _dutch_translator(tmp_path: Path, source: str) -> QTranslator:
    """A real .qm compiled by lrelease from a one-message .ts in the engine's "Checks" context."""
    ts = tmp_path / "nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl_NL">\n'
        f"<context><name>Checks</name><message><source>{escape(source)}</source>"
        f"<translation>{escape(DARKER_NL)}</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "nl.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def _row_of(model: FindingsModel, check: CheckId) -> int:
    return next(row for row in range(model.rowCount()) if model.result_at(row).id is check)


def test_findings_panel_shows_the_translated_sentence_with_a_decimal_comma(
    qtbot, tmp_path, dutch_locale, darker_report
):
    exposure = darker_report.result(CheckId.EXPOSURE)
    assert exposure.status is not CheckStatus.PASS and " EV darker " in exposure.message
    size = abs(exposure.measured)
    translator = _dutch_translator(tmp_path, exposure.phrase.source)
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.set_report(darker_report)
    model = panel.model
    row = _row_of(model, CheckId.EXPOSURE)
    english = model.data(model.index(row, FindingsModel.MESSAGE))
    assert english == exposure.message.replace(".", ",", 1)  # English words, Dutch number
    QCoreApplication.installTranslator(translator)  # LanguageChange reaches the panel
    try:
        shown = model.data(model.index(row, FindingsModel.MESSAGE))
        expected = DARKER_NL.replace("%1", f"{size:.1f}".replace(".", ","))
        assert shown == expected
        assert re.search(r"\d,\d EV donkerder", shown)
        assert expected in model.data(model.index(row, FindingsModel.MESSAGE), 3)  # the tooltip too
        assert "," in model.data(model.index(row, FindingsModel.MEASURED)) and "EV" in shown
        # A sentence the translation lacks stays English, with the locale's numbers.
        roll = model.data(model.index(_row_of(model, CheckId.ROLL), FindingsModel.MESSAGE))
        assert roll.startswith("The follow-up is level") and re.search(r"\d,\d°", roll)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert model.data(model.index(row, FindingsModel.MESSAGE)) == english


def test_a_result_without_a_phrase_shows_its_english_message(qtbot, dutch_locale):
    old = CheckResult(CheckId.FLASH, CheckStatus.WARN, "on", "same", "", "Cached before phrases existed.")
    report = PairReport(Verdict.REVIEW, (old,), None, None, None)
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.set_report(report)
    assert panel.model.data(panel.model.index(0, FindingsModel.MESSAGE)) == "Cached before phrases existed."
    assert words.message_text(old) == old.message
    assert words.number_text(-0.04, 1) == "0,0" and words.number_text(12345.678, 1) == "12345,7"


def test_check_command_adds_message_localized_and_keeps_english(qapp, tmp_path, capsys):
    from photofollow.cli import main
    from photofollow.ui.i18n import apply_language

    rgb = scene()
    darker = np.clip(rgb.astype(np.float32) * 0.4, 0, 255).astype(np.uint8)
    Image.fromarray(rgb).save(tmp_path / "baseline.jpg", quality=92)
    Image.fromarray(darker).save(tmp_path / "follow-up.jpg", quality=92)
    arguments = ["check", str(tmp_path / "baseline.jpg"), str(tmp_path / "follow-up.jpg"), "--json"]
    previous = QLocale()
    try:
        assert main(arguments) == 0
        plain = json.loads(capsys.readouterr().out)
        assert main([*arguments, "--language", "nl"]) == 0
        localized = json.loads(capsys.readouterr().out)
        assert main([*arguments, "--language", "xx"]) == 2
        assert "choose one of en, nl, da" in capsys.readouterr().err
    finally:
        apply_language("en")
        QLocale.setDefault(previous)
    keys = {"id", "status", "measured", "threshold", "uncertainty", "unit", "message"}
    assert set(plain["checks"][0]) == keys
    for before, after in zip(plain["checks"], localized["checks"], strict=True):
        assert set(after) == set(before) | {"message_localized"}
        assert after["message"] == before["message"]  # the contract: English
    exposure = next(c for c in localized["checks"] if c["id"] == "exposure")
    assert re.search(r"\d\.\d EV", exposure["message"]) and re.search(
        r"\d,\d EV", exposure["message_localized"]
    )


def test_an_import_failure_reads_in_the_chosen_language(qapp, tmp_path):
    from photofollow.domain.errors import CorruptImage
    from photofollow.imaging.decode import open_image
    from photofollow.ui.models import ImportResultModel, ImportRow, Outcome

    empty = tmp_path / "leeg.jpg"
    empty.write_bytes(b"")
    with pytest.raises(CorruptImage) as caught:
        open_image(empty)
    error = caught.value
    assert str(error) == f"leeg.jpg: {error.reason}" and "empty (0 bytes)" in error.reason
    assert error.phrase.english() == str(error)  # one sentence, two forms
    ts = tmp_path / "errors.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl_NL">\n'
        f"<context><name>Errors</name><message><source>{escape(error.reason_phrase.source)}</source>"
        "<translation>is leeg (0 bytes). Kopieer het opnieuw van de camera of telefoon.</translation>"
        "</message></context>\n</TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "errors.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    model = ImportResultModel()
    row = ImportRow(empty, Outcome.FAILED, error.reason, reason_phrase=error.reason_phrase)
    QCoreApplication.installTranslator(translator)
    try:
        assert model.outcome_text(row).endswith(
            ": is leeg (0 bytes). Kopieer het opnieuw van de camera of telefoon."
        )
        assert (
            words.error_text(error)
            == "leeg.jpg: is leeg (0 bytes). Kopieer het opnieuw van de camera of telefoon."
        )
    finally:
        QCoreApplication.removeTranslator(translator)
    assert model.outcome_text(row).endswith(error.reason)
    assert model.outcome_text(ImportRow(empty, Outcome.FAILED, "plain English.")).endswith("plain English.")
