"""Sheets are translatable: lupdate finds their strings, and an installed translation changes the sheet."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from sheet_helpers import pdf_text

import photofollow.reporting.render as render
import photofollow.reporting.words as words
from photofollow.domain.text import Number, Phrase
from photofollow.reporting.render import export_sheet
from photofollow.services.sheets import build_sheet, findings_from_checks


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_lupdate_finds_every_fixed_string_of_the_sheet(tmp_path):
    ts = tmp_path / "sheet.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), render.__file__, words.__file__, "-ts", str(ts)],
        check=True,
        capture_output=True,
        text=True,
    )
    text = ts.read_text(encoding="utf-8")
    assert "<name>Sheet</name>" in text and "<name>Elapsed</name>" in text  # time since treatment: words.py
    for source in [
        "Photo comparison",
        "Day %n",
        "Week %n",
        "Baseline (%n days before)",
        "Page %1 of %2",
        "Pain %1/10",
        "Symptom log of the visits shown",
        "DE-IDENTIFIED",
        "Frontal",
        "Light direction",
        "Not checked",
        "Review: differs from the baseline",
        "Better",
        "No photo of this view at this visit",
    ]:
        assert f"<source>{source}</source>" in text, source
    # Every table of names is marked for extraction (QT_TRANSLATE_NOOP), not only the direct calls.
    for table in (render.VIEW_NAMES, render.CHECK_NAMES, render.AREA_NAMES, render.TREND_NAMES):
        for source in table.values():
            assert f"<source>{source}</source>" in text.replace("&apos;", "'"), source


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Sheet</name>
    <message><source>Photo comparison</source><translation>Fotovergelijking</translation></message>
    <message><source>Frontal</source><translation>Vooraanzicht</translation></message>
    <message><source>Page %1 of %2</source><translation>Pagina %1 van %2</translation></message>
</context>
<context>
    <name>Elapsed</name>
    <message numerus="yes"><source>Day %n</source>
        <translation><numerusform>Dag %n</numerusform><numerusform>Dag %n</numerusform></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message><source>DARKER</source><translation>DONKERDER</translation></message>
</context>
</TS>
"""
DARKER = "The follow-up is %1 EV darker than the baseline: use the same lights and camera settings."
DONKERDER = "De vervolgfoto is %1 EV donkerder dan de nulmeting: gebruik dezelfde lampen en instellingen."


def test_an_installed_translation_changes_the_sheet(row_sheet_parts, tmp_path):
    darker = Phrase("Checks", DARKER, (Number(1.25, 1),))
    parts = dict(row_sheet_parts)
    parts["findings_for"] = lambda photo: findings_from_checks(
        "inconsistent", [("exposure", "fail", darker.english(), darker)]
    )
    sheet = build_sheet(**parts)
    ts = tmp_path / "nl.ts"
    ts.write_text(TS.replace("DARKER", DARKER).replace("DONKERDER", DONKERDER), encoding="utf-8")
    qm = tmp_path / "nl.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    try:
        text = " ".join(pdf_text(export_sheet(sheet, tmp_path / "nl.pdf")[0]).split())
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(previous)
    # The check line is the engine's phrase translated, its number with a decimal comma; dates in Dutch.
    assert "De vervolgfoto is 1,3 EV donkerder dan de nulmeting" in text and "darker" not in text
    assert "10 mrt 2026" in text and "Mar 2026" not in text
    assert "Fotovergelijking" in text and "Photo comparison" not in text
    assert "Dag 3" in text and "Day 3" not in text
    assert "Vooraanzicht" in text and "Pagina 1 van 1" in text
    assert "Week 2" in text  # not translated in this file: falls back to English
