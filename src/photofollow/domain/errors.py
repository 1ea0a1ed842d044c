"""Failures by kind. Each carries a sentence for the user that names the file and says what to do.

A sentence may be given as a `domain.text.Phrase` (template marked with QT_TRANSLATE_NOOP("Errors", ...)):
`str(error)` is then its English, and `error.phrase` lets the GUI show it in the user's language
(`reporting.words.error_text`). A plain string is shown as it is.
"""

from __future__ import annotations

from pathlib import Path

from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase


class PhotoFollowError(Exception):
    """Base of every failure PhotoFollow reports to a person. `str(error)` is that sentence (English);
    `phrase` is the same sentence for translation, when the raiser gave one."""

    phrase: Phrase | None = None

    def __init__(self, *args: object) -> None:
        if len(args) == 1 and isinstance(args[0], Phrase):
            self.phrase = args[0]
            args = (args[0].english(),)
        super().__init__(*args)


class PhotoFileError(PhotoFollowError):
    """A problem with one photo file; `path` names it, `reason` (English) and `reason_phrase` say what."""

    def __init__(self, path: str | Path, reason: str | Phrase):
        self.path = Path(path)
        self.reason_phrase = reason if isinstance(reason, Phrase) else None
        self.reason = reason.english() if isinstance(reason, Phrase) else reason
        super().__init__(f"{self.path.name}: {self.reason}")
        if self.reason_phrase is not None:
            self.phrase = Phrase(
                "Errors", QT_TRANSLATE_NOOP("Errors", "%1: %2"), (self.path.name, self.reason_phrase)
            )


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


class LibraryDamaged(LibraryError):
    """The library's database is damaged, empty or missing beside photos it should describe: nothing is
    written into it; the sentence offers a restore from a backup."""


class LibraryUnavailable(LibraryError):
    """The library's database server cannot be reached (now): the window stays open and tries again."""


class LibraryNewerThanProgram(LibraryError):
    """The library was written by a newer PhotoFollow than this one."""


class EditConflict(PhotoFollowError):
    """An edit refused because the record changed (or went) after the person read it: on another
    workstation, in another window, or by an undo of something since changed. Nothing was saved; the sentence
    says what changed, where, by whom and when (row versions, storage/versions.py). `kind` ("patient",
    "treatment", "visit", "photo", "symptom", "assessment") and `record_id` name the record, so a window can
    show the current version."""

    def __init__(self, phrase: Phrase, *, kind: str = "", record_id: int | None = None):
        super().__init__(phrase)
        self.kind = kind
        self.record_id = record_id


class ExportFailed(PhotoFollowError):
    """An export (a comparison sheet, a data file) could not be written; `path` names the target, `reason`
    (English) and `reason_phrase` say why."""

    def __init__(self, path: str | Path, reason: str | Phrase):
        self.path = Path(path)
        self.reason_phrase = reason if isinstance(reason, Phrase) else None
        self.reason = reason.english() if isinstance(reason, Phrase) else reason
        super().__init__(f"{self.path}: {self.reason}")
        if self.reason_phrase is not None:
            self.phrase = Phrase(
                "Errors", QT_TRANSLATE_NOOP("Errors", "%1: %2"), (str(self.path), self.reason_phrase)
            )
