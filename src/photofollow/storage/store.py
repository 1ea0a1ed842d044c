"""The content-addressed photo store: originals kept byte for byte under `photos/ab/cd/<sha256>.<ext>`.

A file enters the store in two steps so a crash never leaves half a photo where a photo belongs:
`stage()` copies the source into `photos/.incoming/` while hashing it (a duplicate's copy is dropped there);
`commit()` hashes the copy again and compares, fsyncs it, makes it read-only, renames it to its content
address and fsyncs the folder. The
database row is written by the caller after `commit()` (see storage/library.py for the journal that lets a
restart adopt a file whose row was never written). Files are never modified once committed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import stat
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from photofollow.domain.errors import LibraryError, LibraryFull, LibraryReadOnly, UnreadableFile
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase

CHUNK_SIZE = 1 << 20
INCOMING = ".incoming"
READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH

# File extension in the store for each decoder format name (Pillow's `Image.format`).
_EXTENSIONS = {
    "JPEG": "jpg",
    "MPO": "jpg",  # multi-picture JPEG (some phones and stereo cameras)
    "PNG": "png",
    "TIFF": "tif",
    "WEBP": "webp",
    "HEIF": "heic",
    "HEIC": "heic",
    "AVIF": "avif",
}
_STORED_NAME = re.compile(r"^([0-9a-f]{64})\.([a-z0-9]{1,8})$")


def extension_for_format(image_format: str) -> str:
    """The store's file extension for a decoder format name ("JPEG" -> "jpg")."""
    key = image_format.strip().upper()
    if key in _EXTENSIONS:
        return _EXTENSIONS[key]
    cleaned = re.sub(r"[^a-z0-9]", "", key.lower())[:8]
    return cleaned or "bin"


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as handle:
        buffer = bytearray(CHUNK_SIZE)
        view = memoryview(buffer)
        while count := handle.readinto(buffer):
            digest.update(view[:count])
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class StagedFile:
    """A verified copy of a source file waiting in `photos/.incoming/` to be committed or discarded."""

    temp_path: Path
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file found in the store, with the hash and extension its name claims."""

    path: Path
    sha256: str
    extension: str


class PhotoStore:
    """The `photos/` folder of a library."""

    def __init__(self, root: Path, session: str | None = None):
        """`session`: on a store shared by several workstations, each session copies into an incoming folder
        of its own (`.incoming/<session>/`), so no workstation's clean-up touches another's copies."""
        self.root = root
        self.incoming = root / INCOMING / session if session else root / INCOMING

    def path_for(self, sha256: str, image_format: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}.{extension_for_format(image_format)}"

    # -- writing ---------------------------------------------------------------------------------------

    def stage(self, source: Path) -> StagedFile:
        """Copy `source` into the incoming folder, hashing the bytes as they are read.

        Cheap by design (no fsync): the caller first checks the hash against the library, and a duplicate's
        copy is simply discarded. `commit()` makes the copy durable. Raises `UnreadableFile` when the source
        cannot be read, `LibraryFull` / `LibraryReadOnly` / `LibraryError` when the copy cannot be written.
        Nothing is left behind when it raises.
        """
        self.incoming.mkdir(parents=True, exist_ok=True)
        temp_path = self.incoming / f"{uuid.uuid4().hex}.part"
        digest = hashlib.sha256()
        size = 0
        try:
            try:
                source_handle = open(source, "rb", buffering=0)
            except OSError as error:
                raise UnreadableFile(source, _read_reason(error)) from error
            with source_handle:
                try:
                    target = os.open(temp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                except OSError as error:
                    raise _write_error(error, temp_path) from error
                try:
                    buffer = bytearray(CHUNK_SIZE)
                    view = memoryview(buffer)
                    while True:
                        try:
                            count = source_handle.readinto(buffer)
                        except OSError as error:
                            raise UnreadableFile(source, _read_reason(error)) from error
                        if not count:
                            break
                        digest.update(view[:count])
                        size += count
                        _write_all(target, view[:count], temp_path)
                finally:
                    os.close(target)
        except BaseException:
            _remove_quietly(temp_path)
            raise
        return StagedFile(temp_path, digest.hexdigest(), size)

    def commit(self, staged: StagedFile, image_format: str) -> Path:
        """Verify the staged copy, make it durable and read-only, and rename it to its content address.

        The copy is trusted only once its bytes, read back, hash to what was read from the source. Raises
        `LibraryError` (and removes the copy) when they differ, `LibraryFull` etc. when the disk refuses.
        """
        final = self.path_for(staged.sha256, image_format)
        try:
            if file_sha256(staged.temp_path) != staged.sha256:
                raise LibraryError(
                    Phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The copy in the library differs from the original (a disk or memory fault?). "
                            "Nothing was stored; check the disk and import again.",
                        ),
                    )
                )
            fd = os.open(staged.temp_path, os.O_RDWR)  # Windows flushes only writable handles
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.chmod(staged.temp_path, READ_ONLY)
            _make_dirs_durably(final.parent, self.root)
            os.replace(staged.temp_path, final)
            _fsync_dir(final.parent)
        except OSError as error:
            _remove_quietly(staged.temp_path)
            raise _write_error(error, final) from error
        except BaseException:
            _remove_quietly(staged.temp_path)
            raise
        return final

    def discard(self, staged: StagedFile) -> None:
        _remove_quietly(staged.temp_path)

    # -- reading and upkeep ----------------------------------------------------------------------------

    def clean_incoming(self) -> int:
        """Delete copies left half-way by an interrupted import; returns how many there were."""
        if not self.incoming.is_dir():
            return 0
        removed = 0
        for entry in os.scandir(self.incoming):
            if entry.is_file(follow_symlinks=False):
                _remove_quietly(Path(entry.path))
                removed += 1
        return removed

    def clean_abandoned_incoming(self, gone: Callable[[str], bool]) -> int:
        """On a shared store: delete the incoming folders of sessions that have ended (`gone(session)`), with
        the copies they left; returns how many copies there were."""
        shared = self.root / INCOMING
        if not shared.is_dir():
            return 0
        removed = 0
        for entry in os.scandir(shared):
            if not entry.is_dir(follow_symlinks=False) or Path(entry.path) == self.incoming:
                continue
            if not gone(entry.name):
                continue
            removed += sum(1 for left in os.scandir(entry.path) if left.is_file(follow_symlinks=False))
            shutil.rmtree(entry.path, ignore_errors=True)
        return removed

    def iter_files(self) -> Iterator[Path]:
        """Every file under `photos/` outside the incoming folder (whatever its name)."""
        if not self.root.is_dir():
            return
        for directory, folders, files in os.walk(self.root):
            if Path(directory) == self.root:
                folders[:] = sorted(f for f in folders if f != INCOMING)
            else:
                folders.sort()
            for name in sorted(files):
                yield Path(directory) / name

    def parse(self, path: Path) -> StoredFile | None:
        """The hash and extension a store file's name claims; None when it is no store name in its place."""
        match = _STORED_NAME.match(path.name)
        if not match:
            return None
        sha256, extension = match.groups()
        if path.parent != self.root / sha256[:2] / sha256[2:4]:
            return None
        return StoredFile(path, sha256, extension)


def _write_all(fd: int, data: memoryview, path: Path) -> None:
    while data:
        try:
            written = os.write(fd, data)
        except OSError as error:
            raise _write_error(error, path) from error
        data = data[written:]


def _make_dirs_durably(folder: Path, root: Path) -> None:
    # A new folder's entry lives in its parent: fsync the parent too, or a crash could lose the folder.
    missing = []
    current = folder
    while not current.exists() and current != root.parent:
        missing.append(current)
        current = current.parent
    for directory in reversed(missing):
        directory.mkdir(exist_ok=True)
        _fsync_dir(directory.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError:
        pass  # a read-only or vanished folder: the next recovery removes it


def _read_reason(error: OSError) -> Phrase:
    """Why a picked file could not be copied in, for the nurse (translatable: QT_TRANSLATE_NOOP("Errors"))."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return Phrase(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "cannot be read (permission denied); check the file's permissions"),
        )
    if error.errno == errno.ENOENT:
        return Phrase(
            "Errors", QT_TRANSLATE_NOOP("Errors", "no longer exists (moved or deleted during the import)")
        )
    if error.errno == errno.EISDIR:
        return Phrase("Errors", QT_TRANSLATE_NOOP("Errors", "is a folder, not a photo"))
    return Phrase(
        "Errors",
        QT_TRANSLATE_NOOP("Errors", "cannot be read (%1); copy it to a local disk and try again"),
        (str(error.strerror or error),),
    )


def _write_error(error: OSError, path: Path) -> Exception:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return LibraryFull(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The disk holding the library is full. Free some space, then import this photo again.",
                ),
            )
        )
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return LibraryReadOnly(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The library's photo folder %1 cannot be written to (%2). "
                    "Check its permissions, or choose a library folder you may write to.",
                ),
                (str(path.parent), str(error.strerror)),
            )
        )
    return LibraryError(
        Phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Writing into the library's photo folder %1 failed (%2). "
                "Check the disk, then import this photo again.",
            ),
            (str(path.parent), str(error.strerror or error)),
        )
    )
