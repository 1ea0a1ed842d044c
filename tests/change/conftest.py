"""Fixtures of the change tests: the shared real faces, skipped cleanly when the shared folder is absent."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def neutral_faces(shared_dir) -> list[Path]:
    folder = shared_dir / "corpus" / "faces" / "neutral"
    if not folder.is_dir():
        pytest.skip(f"the real faces ({folder}) are absent: the change measures are tested on them")
    return sorted(folder.glob("*.jpg"))
