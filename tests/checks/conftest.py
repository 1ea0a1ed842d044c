"""Fixtures of the check tests: the shared real faces (neutral and smiling, one sitting), skipped cleanly
when the shared folder is absent."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def faces_dir(shared_dir) -> Path:
    folder = shared_dir / "corpus" / "faces"
    if not (folder / "neutral").is_dir() or not (folder / "smiling").is_dir():
        pytest.skip(f"the real faces ({folder}) are absent: the expression and make-up evaluation needs them")
    return folder
