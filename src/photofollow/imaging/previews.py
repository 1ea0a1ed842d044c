"""Previews and thumbnails: oriented, reduced-decode JPEG derivatives written atomically.

Derivatives carry no EXIF: their pixels are already turned upright, so an Orientation tag would turn them
twice in any viewer that honours it. They keep the original's ICC profile so colour-managed viewers show
the same colours as the original.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from PIL import Image

from photofollow.domain.errors import LibraryFull, LibraryReadOnly
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.imaging.decode import load_oriented

PREVIEW_SIDE = 2048
"""Longer side of the previews the comparison view paints first (sharp on a 4K screen at half width)."""

THUMBNAIL_SIDE = 256
"""Longer side of the thumbnails in lists and timelines."""


def make_preview(path: str | os.PathLike[str], max_side: int) -> Image.Image:
    """The photo upright, in RGB, with its longer side at most `max_side` (never enlarged).

    Raises the typed errors of `imaging.decode.open_image`, and `CorruptImage` for damaged pixel data.
    """
    return load_oriented(path, max_side=max_side)


def write_derivative(
    source_path: str | os.PathLike[str],
    dest_path: str | os.PathLike[str],
    max_side: int,
    quality: int = 88,
) -> Path:
    """Write an upright JPEG of `source_path` no larger than `max_side` to `dest_path`; return `dest_path`.

    The file appears complete or not at all (`save_derivative`). A full disk raises `LibraryFull`, a folder
    we may not write to `LibraryReadOnly`; a bad source raises its typed `PhotoFileError` and leaves
    `dest_path` untouched.
    """
    return save_derivative(make_preview(source_path, max_side), dest_path, quality)


def save_derivative(image: Image.Image, dest_path: str | os.PathLike[str], quality: int = 88) -> Path:
    """Save a derived image (preview, thumbnail) as JPEG, keeping its ICC profile: written to a temporary
    file next to it, flushed to disk, then renamed over `dest_path`, so a crash leaves none or a whole one.
    Raises `LibraryFull` or `LibraryReadOnly` for a full or read-only disk."""
    destination = Path(dest_path)
    temporary: str | None = None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".part", dir=destination.parent
        )
        with os.fdopen(handle, "wb") as file:
            options = {"quality": quality}
            if image.info.get("icc_profile"):
                options["icc_profile"] = image.info["icc_profile"]
            image.save(file, "JPEG", **options)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, destination)
        temporary = None
        _fsync_folder(destination.parent)
    except OSError as error:
        raise _write_error(destination, error) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return destination


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open folders and does not need it."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _write_error(destination: Path, error: OSError) -> Exception:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return LibraryFull(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The disk holding %1 is full, so the preview %2 could not be written. "
                    "Free some space and try again.",
                ),
                (str(destination.parent), destination.name),
            )
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return LibraryReadOnly(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "PhotoFollow may not write into %1, so the preview %2 could not be saved. "
                    "Check the folder's permissions or choose another library folder.",
                ),
                (str(destination.parent), destination.name),
            )
        )
    return error
