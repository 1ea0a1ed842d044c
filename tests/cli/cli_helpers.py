"""Photos and a runner for the command-line tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import numpy as np
import piexif
from PIL import Image

REPO_SRC = Path(__file__).resolve().parents[2] / "src"


def jpeg(path: Path, seed: int, taken: datetime | None = None, size: tuple[int, int] = (96, 64)) -> Path:
    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 256, size=(size[1], size[0], 3), dtype=np.uint8)
    exif = {"0th": {piexif.ImageIFD.Make: b"Canon"}, "Exif": {}}
    if taken is not None:
        exif["Exif"][piexif.ExifIFD.DateTimeOriginal] = taken.strftime("%Y:%m:%d %H:%M:%S").encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path, quality=85, exif=piexif.dump(exif))
    return path


def drop_file_override() -> None:
    """In a child about to exec: lose root's power to read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH),
    so file permissions apply to it as to a clinic's ordinary user. A no-op for an ordinary user."""
    if os.geteuid() != 0:
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2
    for capability in (cap_dac_override, cap_dac_read_search):
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def photofollow(*args: str, as_ordinary_user: bool = False, **kwargs):
    """Run the real `photofollow` command (as `python -m photofollow`); with `as_ordinary_user`, without
    root's power to read every file."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_SRC),
        "TZ": "Europe/Amsterdam",
        "PYTHONDONTWRITEBYTECODE": "1",
        **kwargs.pop("env_extra", {}),
    }
    preexec = drop_file_override if as_ordinary_user else None
    command = [sys.executable, "-m", "photofollow", *args]
    if kwargs.pop("background", False):
        return subprocess.Popen(command, env=env, preexec_fn=preexec, **kwargs)
    return subprocess.run(command, env=env, preexec_fn=preexec, capture_output=True, text=True, **kwargs)


def store_folder(location: str | Path) -> Path:
    """The folder holding a library's photos/, cache/ and orphans/: the library folder itself, or the store
    folder of a server library's address (tests marked `backends` get either from `library_location`)."""
    from photofollow.storage.server import ServerAddress, is_server_address

    return ServerAddress.parse(location).store if is_server_address(location) else Path(location)
