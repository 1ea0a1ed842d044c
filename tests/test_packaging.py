"""Desktop integration files validate with the freedesktop tools (Debian's desktop-file-utils, appstream)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def test_desktop_file_validates():
    desktop = PACKAGING / "linux" / "nl.photofollow.PhotoFollow.desktop"
    result = subprocess.run([_tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_validates():
    metainfo = PACKAGING / "linux" / "nl.photofollow.PhotoFollow.metainfo.xml"
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_release_matches_program_version():
    import photofollow

    metainfo = (PACKAGING / "linux" / "nl.photofollow.PhotoFollow.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{photofollow.__version__}"' in metainfo


def test_icon_set_renders_from_the_svg(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    monkeypatch.setattr(make_icons, "OUT", tmp_path)
    assert make_icons.main() == 0
    from PIL import Image

    with Image.open(tmp_path / "photofollow-256.png") as icon:
        assert icon.size == (256, 256)
        # The icon is drawn, not blank: its corners are transparent and its middle is not.
        assert icon.getpixel((0, 0))[3] == 0
        assert icon.getpixel((128, 128))[3] == 255
    assert (tmp_path / "photofollow.ico").stat().st_size > 0
