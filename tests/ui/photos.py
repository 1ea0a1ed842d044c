"""Photos made for the GUI tests: flat colours and marks at known places, with EXIF where a test needs it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image


def write_photo(
    path: Path,
    size: tuple[int, int] = (600, 400),
    colour: tuple[int, int, int] = (200, 150, 120),
    mark: tuple[int, int, int, int] | None = None,
    mark_colour: tuple[int, int, int] = (10, 10, 10),
    stripes: int = 0,
    orientation: int | None = None,
    taken: datetime | None = None,
    quality: int = 92,
) -> Path:
    """A JPEG of `size` (as stored) in `colour`, with a filled rectangle `mark` (x0, y0, x1, y1) and optional
    vertical stripes every `stripes` pixels (detail only a full-resolution decode shows)."""
    width, height = size
    pixels = np.empty((height, width, 3), dtype=np.uint8)
    pixels[:] = colour
    if stripes:
        pixels[:, ::stripes] = (255, 255, 255)
    if mark is not None:
        x0, y0, x1, y1 = mark
        pixels[y0:y1, x0:x1] = mark_colour
    image = Image.fromarray(pixels)
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if taken is not None:
        exif.get_ifd(0x8769)[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
    path.parent.mkdir(parents=True, exist_ok=True)
    # len(exif) counts only IFD0 entries: a date alone lives in the Exif sub-IFD, so test what was set.
    has_exif = orientation is not None or taken is not None
    image.save(path, quality=quality, exif=exif.tobytes() if has_exif else b"")
    return path


def write_preview(original: Path, path: Path, max_side: int = 512) -> Path:
    from PIL import ImageOps

    with Image.open(original) as image:
        upright = ImageOps.exif_transpose(image)
        upright.thumbnail((max_side, max_side))
        upright.save(path, quality=90)
    return path
