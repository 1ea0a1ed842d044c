"""Fixtures for the GUI tests: real widgets offscreen, an inline operation runner, settings in a temp dir."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def inline_runner(qapp):
    """Operations run at once in the test's thread (Picard's FakeThreadPool): deterministic GUI tests."""
    from photofollow.ui.operations import OperationRunner

    runner = OperationRunner(inline=True)
    yield runner
    runner.shutdown()


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
