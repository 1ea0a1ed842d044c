"""Settings: one typed schema, an INI file in the configured folder, never the user's real settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photofollow.ui.settings import OPTIONS, SCHEMA, Settings, settings_path


def test_the_default_file_lives_in_the_isolated_config_folder(qapp):
    path = settings_path()
    assert path.parent == Path(os.environ["PHOTOFOLLOW_CONFIG_DIR"])
    settings = Settings()
    settings.set("clinic/name", "Kliniek Noord")
    assert path.is_file() and "Kliniek Noord" in path.read_text()


def test_every_option_reads_its_typed_default(settings):
    for option in SCHEMA:
        value = settings.get(option.key)
        assert value == option.default and isinstance(value, option.type)


def test_values_round_trip_with_their_types_through_a_fresh_reader(settings):
    changed = []
    settings.changed.connect(changed.append)
    settings.set("clinic/name", "Kliniek, Noord")  # a comma: QSettings would split it into a list
    settings.set("compare/aligned", False)
    settings.set("compare/overlay_opacity", 73)
    settings.set("window/geometry", b"\x00\x01geometry")
    again = Settings(settings.path)
    assert again.get("clinic/name") == "Kliniek, Noord"
    assert again.get("compare/aligned") is False
    assert again.get("compare/overlay_opacity") == 73
    assert again.get("window/geometry") == b"\x00\x01geometry"
    assert changed == ["clinic/name", "compare/aligned", "compare/overlay_opacity", "window/geometry"]


def test_a_wrong_type_is_refused_and_a_broken_file_value_falls_back(settings):
    with pytest.raises(TypeError):
        settings.set("compare/overlay_opacity", "lots")
    with pytest.raises(KeyError):
        settings.get("no/such/option")
    settings.path.write_text("[compare]\noverlay_opacity=lots\naligned=maybe\n")
    again = Settings(settings.path)
    assert again.get("compare/overlay_opacity") == OPTIONS["compare/overlay_opacity"].default
    assert again.get("compare/aligned") is True


def test_reset_returns_to_the_default(settings):
    settings.set("ui/language", "nl")
    settings.reset("ui/language")
    assert settings.language == ""
