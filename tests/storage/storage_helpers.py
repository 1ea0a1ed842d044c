"""Small real photos for the storage tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

import numpy as np
from PIL import Image

from photofollow.domain.model import PhotoFacts

CET = timezone(timedelta(hours=1))


def make_jpeg(path: Path, seed: int, size: tuple[int, int] = (64, 48)) -> Path:
    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 256, size=(size[1], size[0], 3), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path, quality=90)
    return path


def facts_for(path: Path) -> PhotoFacts:
    with Image.open(path) as image:
        return PhotoFacts(width=image.width, height=image.height, format=image.format)
