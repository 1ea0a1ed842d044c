"""`photofollow screenshot`: three PNGs of real windows on a real library, which it leaves as it was."""

from __future__ import annotations

import sqlite3

from PIL import Image, ImageStat

from photofollow.cli import main

from .library_helpers import make_clinic_library


def _rows(database, table: str) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_screenshot_renders_the_main_window_an_import_and_a_comparison(qapp, tmp_path, settings, capsys):
    clinic = make_clinic_library(tmp_path, settings)
    clinic.gateway.close()
    database = clinic.path / "library.sqlite3"
    before = {table: _rows(database, table) for table in ("photos", "visits", "photo_measurements")}
    out = tmp_path / "shots"
    status = main(
        ["screenshot", "--library", str(clinic.path), "--out", str(out), "--width", "1200", "--height", "800"]
    )
    assert status == 0
    printed = capsys.readouterr().out.split()
    assert [p.rsplit("/", 1)[-1] for p in printed] == [
        "main-window.png",
        "import-result.png",
        "comparison.png",
    ]
    for name in printed:
        with Image.open(name) as picture:
            assert picture.size == (1200, 800)
            spread = ImageStat.Stat(picture.convert("L")).stddev[0]
            assert spread > 10, f"{name} looks blank"
    assert {table: _rows(database, table) for table in before} == before


def test_screenshot_of_an_empty_library_says_what_is_missing(qapp, tmp_path, settings, capsys):
    from photofollow.ui.library import open_library

    open_library(tmp_path / "empty", settings).close()
    status = main(["screenshot", "--library", str(tmp_path / "empty"), "--out", str(tmp_path / "shots")])
    assert status == 2
    assert "no treatment" in capsys.readouterr().err


def test_screenshot_language_must_be_a_shipped_one(qapp, tmp_path, capsys):
    args = ["--library", str(tmp_path), "--out", str(tmp_path / "s"), "--language", "fr"]
    status = main(["screenshot", *args])
    assert status == 2
    assert "choose one of en, nl, da" in capsys.readouterr().err
