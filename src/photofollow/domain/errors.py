"""Failures by kind. Each carries a sentence for the user that names the file and says what to do."""

from __future__ import annotations

from pathlib import Path


class PhotoFollowError(Exception):
    """Base of every failure PhotoFollow reports to a person. `str(error)` is that sentence."""


class PhotoFileError(PhotoFollowError):
    """A problem with one photo file; `path` names it."""

    def __init__(self, path: str | Path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class UnsupportedImage(PhotoFileError):
    """Not an image, or a format PhotoFollow does not read."""


class CorruptImage(PhotoFileError):
    """An image file that is truncated or damaged."""


class ImageTooLarge(PhotoFileError):
    """More pixels than PhotoFollow will decode (a decompression bomb, or a scan far beyond a photo)."""


class CorruptExif(PhotoFileError):
    """The EXIF block cannot be read; the picture itself may still be fine."""


class UnreadableFile(PhotoFileError):
    """The file cannot be opened: permissions, a vanished network share, a read error."""


class LibraryError(PhotoFollowError):
    """A problem with the library folder as a whole."""


class LibraryLocked(LibraryError):
    """Another PhotoFollow is writing to this library."""


class LibraryReadOnly(LibraryError):
    """The library folder cannot be written to."""


class LibraryFull(LibraryError):
    """The disk holding the library is full."""


class LibraryNewerThanProgram(LibraryError):
    """The library was written by a newer PhotoFollow than this one."""


class ExportFailed(PhotoFollowError):
    """An export (a comparison sheet, a data file) could not be written; `path` names the target."""

    def __init__(self, path: str | Path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
