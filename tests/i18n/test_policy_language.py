"""A clinic's bad policy file in the user's language: the real loader refuses it, the shipped translations
(.qm built by `pip install -e .`) say why in Dutch with the file and the key named, and the English sentence
(`str(error)`, the command line's contract) stays as it was."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale  # noqa: E402

from photofollow.domain.policy import PolicyError, load_policy  # noqa: E402
from photofollow.domain.text import Phrase  # noqa: E402
from photofollow.reporting import words  # noqa: E402
from photofollow.ui import i18n  # noqa: E402


@pytest.fixture
def dutch(qapp):
    before = QLocale()
    i18n.apply_language("nl")
    QLocale.setDefault(QLocale("nl_NL"))
    yield
    i18n.apply_language("en")
    QLocale.setDefault(before)


def test_a_negative_threshold_in_a_clinic_policy_file_reads_in_dutch_naming_the_file(dutch, tmp_path):
    clinic_file = tmp_path / "kliniek-beleid.toml"
    clinic_file.write_text("[exposure]\nwarn_ev = -0.5\n", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(clinic_file)
    error = caught.value
    assert str(error) == "kliniek-beleid.toml: 'exposure.warn_ev' must not be negative (-0.5)."
    assert words.error_text(error) == "kliniek-beleid.toml: 'exposure.warn_ev' mag niet negatief zijn (-0.5)."


def test_an_import_warning_shows_in_dutch_in_the_import_results(dutch, tmp_path):
    from photofollow.ui.models import ImportResultModel, ImportRow, Outcome

    warning = Phrase("Errors", "the preview could not be saved (%1)", ("No space left on device",))
    model = ImportResultModel()
    row = ImportRow(tmp_path / "IMG_0001.jpg", Outcome.IMPORTED, warnings=(warning,))
    assert model.outcome_text(row) == (
        "Geïmporteerd, maar het voorbeeld kon niet worden opgeslagen (No space left on device)"
    )
    assert model.outcome_text(ImportRow(tmp_path / "IMG_0002.jpg", Outcome.IMPORTED)) == "Geïmporteerd"
