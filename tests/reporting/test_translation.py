"""Sheets are translatable: lupdate finds their strings, and an installed translation changes the sheet."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from sheet_helpers import pdf_text

import photofollow.reporting.render as render
from photofollow.reporting.render import export_sheet


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_lupdate_finds_every_fixed_string_of_the_sheet(tmp_path):
    ts = tmp_path / "sheet.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), render.__file__, "-ts", str(ts)],
        check=True,
        capture_output=True,
        text=True,
    )
    text = ts.read_text(encoding="utf-8")
    assert "<name>Sheet</name>" in text
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
    <message numerus="yes"><source>Day %n</source>
        <translation><numerusform>Dag %n</numerusform><numerusform>Dag %n</numerusform></translation>
    </message>
    <message><source>Frontal</source><translation>Vooraanzicht</translation></message>
    <message><source>Page %1 of %2</source><translation>Pagina %1 van %2</translation></message>
</context>
</TS>
"""


def test_an_installed_translation_changes_the_sheet(row_sheet, tmp_path):
    ts = tmp_path / "nl.ts"
    ts.write_text(TS, encoding="utf-8")
    qm = tmp_path / "nl.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        text = " ".join(pdf_text(export_sheet(row_sheet, tmp_path / "nl.pdf")[0]).split())
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Fotovergelijking" in text and "Photo comparison" not in text
    assert "Dag 3" in text and "Day 3" not in text
    assert "Vooraanzicht" in text and "Pagina 1 van 1" in text
    assert "Week 2" in text  # not translated in this file: falls back to English
