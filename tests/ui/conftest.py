"""Fixtures for the GUI tests: real widgets offscreen, an inline operation runner, settings in a temp dir."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def threaded_runner(qapp):
    from photofollow.ui.operations import OperationRunner

    runner = OperationRunner()
    yield runner
    runner.wait_idle(30)
    runner.shutdown()


@pytest.fixture
def settings(qapp, tmp_path):
    from photofollow.ui.settings import Settings

    return Settings(tmp_path / "settings" / "photofollow.ini")


@pytest.fixture
def clinic(tmp_path, settings):
    """A real library with a patient's treatment, a baseline and a follow-up (see library_helpers)."""
    from .library_helpers import make_clinic_library

    library = make_clinic_library(tmp_path, settings)
    yield library
    library.gateway.close()


@pytest.fixture
def window(qtbot, clinic, inline_runner, settings):
    """The main window on the clinic library, its patient shown, the window active (keys reach it)."""
    from PySide6.QtWidgets import QApplication

    from photofollow.ui.main_window import MainWindow

    main = MainWindow(clinic.gateway, inline_runner, settings)
    qtbot.addWidget(main)
    main.resize(1300, 850)
    main.show()
    main.select_patient(clinic.patient.id)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main
