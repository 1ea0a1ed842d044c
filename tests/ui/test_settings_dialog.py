"""The settings dialog: clinic details and language into the settings file, policy thresholds edited, checked,
saved as the clinic's override file, and reset to the shipped defaults."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from photofollow.domain.policy import load_policy
from photofollow.ui.i18n import apply_language
from photofollow.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, settings, tmp_path):
    settings.set("policy/overrides_path", str(tmp_path / "clinic-policy.toml"))
    widget = SettingsDialog(settings)
    qtbot.addWidget(widget)
    yield widget
    apply_language("en")


def test_clinic_name_logo_and_language_are_saved(dialog, settings, tmp_path):
    dialog.clinic_edit.setText("Kliniek Noord")
    dialog.logo_edit.setText(str(tmp_path / "missing-logo.png"))
    assert dialog.logo_preview.text() == "This file is not an image."
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    assert QLocale().language() == QLocale.Language.Dutch  # applied at once, before OK
    dialog.accept()
    assert settings.clinic_name == "Kliniek Noord"
    assert settings.language == "nl"
    assert settings.clinic_logo_path.endswith("missing-logo.png")


def test_cancel_puts_the_previous_language_back(dialog, settings):
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    assert QLocale().language() == QLocale.Language.Danish
    dialog.reject()
    assert QLocale().language() != QLocale.Language.Danish
    assert settings.language == ""


def test_a_changed_threshold_is_saved_alone_and_the_checks_read_it(dialog, settings):
    editor = dialog.policy
    assert editor.items["exposure.warn_ev"].text(editor.DEFAULT) == "0.33"
    editor.set_value("exposure.warn_ev", 0.5)
    editor.set_value("roll.fail_deg", 6.0)  # the default: not an override
    assert editor.items["exposure.warn_ev"].font(editor.VALUE).bold()
    dialog.accept()
    assert dialog.policy_changed
    saved = tomllib.loads(editor.path.read_text())
    assert saved == {"exposure": {"warn_ev": 0.5}}
    policy = load_policy(editor.path)
    assert policy.exposure.warn_ev == 0.5 and policy.roll.fail_deg == 6.0


def test_a_threshold_that_contradicts_another_is_refused_with_a_sentence(dialog, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog.policy.set_value("exposure.warn_ev", 0.9)  # beyond the fail threshold of 0.7
    dialog.accept()
    assert dialog.result() == 0 and not dialog.policy.path.exists()
    assert "warn threshold of 'exposure'" in shown[0]


def test_text_that_is_not_a_number_keeps_the_old_value(dialog):
    editor = dialog.policy
    editor.items["distance.warn_change"].setText(editor.VALUE, "lots")
    assert editor.items["distance.warn_change"].text(editor.VALUE) == "0.05"
    assert "distance.warn_change" not in editor.overrides


def test_reset_to_defaults_removes_the_clinic_file(dialog, qtbot, settings):
    editor = dialog.policy
    editor.set_value("sharpness.warn_ratio", 0.7)
    dialog.accept()
    assert editor.path.exists()
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.policy.items["sharpness.warn_ratio"].text(again.policy.VALUE) == "0.7"
    again.policy.reset_button.click()
    assert again.policy.items["sharpness.warn_ratio"].text(again.policy.VALUE) == "0.6"
    again.accept()
    assert not editor.path.exists() and again.policy_changed
