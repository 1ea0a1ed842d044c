"""The library's lock file: one PhotoFollow writes to a library at a time, and a crash is noticed next time.

The lock is an OS advisory lock (flock on POSIX, msvcrt on Windows) on `library.lock`, so it vanishes with the
process that held it, even after kill -9. The file's text says whether its last holder closed the library
("closed") or was still holding it ("open <pid>"): finding "open" when the lock is free means the last
session ended without closing, and the library runs a full recovery scan (storage/library.py).
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from photofollow.domain.errors import LibraryFull, LibraryLocked, LibraryReadOnly
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase

LOCK_NAME = "library.lock"


class LibraryLock:
    """An exclusive, non-blocking lock on a library folder."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self._fd: int | None = None
        self.previous_session_crashed = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise LibraryReadOnly(
                    Phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The library at %1 cannot be written to (%2). "
                            "Choose a library folder you may write to, or ask for write access.",
                        ),
                        (str(self.path.parent), str(error.strerror)),
                    )
                ) from error
            raise
        try:
            _lock(fd)
        except OSError as error:
            holder = _read(fd).removeprefix("open").strip()
            os.close(fd)
            if holder.isdigit():
                busy = Phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Another PhotoFollow (process %1) is using the library at %2. "
                        "Close it, then try again.",
                    ),
                    (holder, str(self.path.parent)),
                )
            else:
                busy = Phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors", "Another PhotoFollow is using the library at %1. Close it, then try again."
                    ),
                    (str(self.path.parent),),
                )
            raise LibraryLocked(busy) from error
        self.previous_session_crashed = _read(fd).startswith("open")
        try:
            _write(fd, f"open {os.getpid()}\n")
        except OSError as error:
            _unlock(fd)
            os.close(fd)
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise LibraryFull(
                    Phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The disk holding the library (%1) is full. Free some space and try again.",
                        ),
                        (str(self.path.parent),),
                    )
                ) from error
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise LibraryReadOnly(
                    Phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP("Errors", "The library at %1 cannot be written to (%2)."),
                        (str(self.path.parent), str(error.strerror)),
                    )
                ) from error
            raise
        self._fd = fd

    def release(self, *, clean: bool = True) -> None:
        """Release the lock; `clean` records that this session closed the library properly."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if clean:
                _write(fd, "closed\n")
        except OSError:
            pass  # a full disk must not keep the lock held; the next session just scans once more
        finally:
            _unlock(fd)
            os.close(fd)


def _read(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 64).decode("ascii", "replace")


_TEXT_SIZE = 32  # the text is rewritten in place, padded: no new disk block is ever needed (a full disk)


def _write(fd: int, text: str) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.ljust(_TEXT_SIZE - 1).encode("ascii") + b"\n")
    os.fsync(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        # Lock a byte far past the text so reading and rewriting the text stays possible.
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
