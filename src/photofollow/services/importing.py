"""Import photos into a library: byte-identical originals, one outcome per file, never half a photo.

For each file, in order (storage/library.py explains what a crash at each step leaves and how it is settled):

1. read the facts (size, format, EXIF) from the header: a file that is no image fails here;
2. copy it into the store's incoming folder while hashing it;
3. a hash the library already holds is a duplicate: the copy is dropped and the existing photo named;
4. decode the copy once, reduced, for the preview: a damaged or truncated image fails here;
5. journal the photo, verify and fsync the copy and rename it to its content address, insert the photo row;
6. write the preview and the thumbnail (derived and cached: a failure is a warning, never a failed import);
7. call the optional `analyse(photo, stored_path)` hook (a failure there is a warning too).

The service knows nothing of terminals or windows: it reports progress through a callback taking an
`ImportProgress`, checks a cancel callable between files, and returns an `ImportResult` with one
`ImportOutcome` per file, which the command line prints and the GUI shows.
"""

from __future__ import annotations

import enum
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from photofollow.domain.errors import LibraryError, PhotoFileError, PhotoFollowError
from photofollow.domain.model import Photo, PhotoFacts, Treatment, View, Visit, VisitKind
from photofollow.imaging import exif, previews
from photofollow.services.library import describe_location, find_or_create_visit, visit_time
from photofollow.storage.library import Library
from photofollow.storage.store import StagedFile

log = logging.getLogger(__name__)

# Suffixes taken from folders (a file named on its own is tried whatever its name).
IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif", ".hif", ".avif"}
)


class ImportStatus(enum.StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one file. `reason` says why it failed, or where the duplicate already is."""

    path: Path
    status: ImportStatus
    photo: Photo | None = None  # the new photo (imported) or the one already held (duplicate)
    reason: str | None = None
    error: PhotoFollowError | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportProgress:
    done: int
    total: int
    current: Path | None  # the file being imported now; None when all is done


ProgressCallback = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]  # e.g. `threading.Event().is_set`
AnalyseHook = Callable[[Photo, Path], None]
OutcomeCallback = Callable[["ImportOutcome"], None]


@dataclass(frozen=True, slots=True)
class VisitRequest:
    """The visit to import into, found or created when the first photo is stored (so a batch of duplicates
    or failures creates no empty visit). Without `visit_date`, the first photo's capture date is used."""

    treatment: Treatment
    kind: VisitKind
    visit_date: date | None = None


@dataclass
class ImportResult:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # files in folders without a photo suffix
    cancelled: bool = False
    not_reached: list[Path] = field(default_factory=list)  # files a cancel stopped the import before
    visit: Visit | None = None
    visit_created: bool = False

    def _with(self, status: ImportStatus) -> list[ImportOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status is status]

    @property
    def imported(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.IMPORTED)

    @property
    def duplicates(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.DUPLICATE)

    @property
    def failed(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.FAILED)

    @property
    def new_photos(self) -> list[Photo]:
        """Photos this import added, e.g. for analysis in the background."""
        return [outcome.photo for outcome in self.imported if outcome.photo is not None]


# -- choosing files ------------------------------------------------------------------------------------------


def collect_files(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[ImportOutcome], list[Path]]:
    """Expand files and folders (recursively) into the files to import.

    Returns (files, failures, skipped): a path that does not exist is a failure; inside folders, hidden
    files and folders are left out and files without a photo suffix are skipped (and counted). A file named
    on its own is always tried, so a non-image named explicitly fails with "not an image".
    """
    files: list[Path] = []
    failures: list[ImportOutcome] = []
    skipped: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for directory, folders, names in os.walk(path):
                folders[:] = sorted(name for name in folders if not name.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    candidate = Path(directory) / name
                    if candidate.suffix.lower() in IMAGE_SUFFIXES:
                        add(candidate)
                    else:
                        skipped.append(candidate)
        elif path.exists():
            add(path)
        else:
            error = PhotoFileError(path, "does not exist. Check the name and the folder.")
            failures.append(ImportOutcome(path, ImportStatus.FAILED, reason=error.reason, error=error))
    return files, failures, skipped


# -- importing -----------------------------------------------------------------------------------------------


def import_photos(
    library: Library,
    paths: Sequence[str | os.PathLike],
    visit: Visit | VisitRequest,
    *,
    view: View = View.OTHER,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    analyse: AnalyseHook | None = None,
    on_outcome: OutcomeCallback | None = None,
) -> ImportResult:
    """Import files and folders into `visit` (an existing visit, or a `VisitRequest` to find or create one).

    Never raises for a bad file or a full disk: each file gets its outcome and the batch goes on. Raises
    only what makes the whole library unusable before anything is read (e.g. `LibraryReadOnly`).
    `on_outcome` hears each file's outcome as soon as it is known (a list filling in as the import runs);
    `analyse` runs right after each new photo is stored, on the importing thread.
    """
    if not library.writable:
        raise LibraryError("Photos can only be imported into a library opened for writing.")
    files, failures, skipped = collect_files(paths)
    result = ImportResult(skipped=skipped)
    if isinstance(visit, Visit):
        result.visit = visit

    def record(outcome: ImportOutcome) -> None:
        result.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    for failure in failures:
        record(failure)
    places: dict[int, str] = {}  # visit id -> where its photos are, for duplicate messages
    total = len(files)
    done = 0
    for path in files:
        if cancel is not None and cancel():
            result.cancelled = True
            result.not_reached = files[done:]
            break
        if progress is not None:
            progress(ImportProgress(done, total, path))
        record(_import_one(library, path, visit, view, result, analyse, places))
        done += 1
    if progress is not None:
        progress(ImportProgress(done, total, None))
    return result


def _import_one(
    library: Library,
    path: Path,
    visit: Visit | VisitRequest,
    view: View,
    result: ImportResult,
    analyse: AnalyseHook | None,
    places: dict[int, str],
) -> ImportOutcome:
    staged: StagedFile | None = None
    try:
        facts = exif.read_facts(path)
        staged = library.store.stage(path)
        existing = library.photo_by_sha256(staged.sha256)
        if existing is not None:
            library.store.discard(staged)
            staged = None
            if existing.visit_id not in places:
                places[existing.visit_id] = describe_location(library, existing)
            return ImportOutcome(
                path, ImportStatus.DUPLICATE, photo=existing, reason=f"already in {places[existing.visit_id]}"
            )
        preview = _decode_preview(path, staged, facts)
        visit_id = _resolve_visit(library, visit, facts, result)
        photo = Photo(
            visit_id=visit_id,
            sha256=staged.sha256,
            original_name=path.name,
            original_folder=str(path.absolute().parent),
            file_size=staged.size,
            facts=facts,
            view=View(view),
        )
        stored_path = _store(library, staged, photo)
        staged = None
    except PhotoFileError as error:
        return _failed(path, error, error.reason)
    except PhotoFollowError as error:
        return _failed(path, error, str(error))
    except Exception as error:  # a bug must cost one file, not the batch (and the log keeps the trace)
        log.exception("importing %s failed", path)
        wrapped = PhotoFollowError(f"{path.name}: unexpected error ({type(error).__name__}: {error})")
        return _failed(path, wrapped, f"unexpected error ({type(error).__name__}: {error}); please report it")
    finally:
        if staged is not None:
            library.store.discard(staged)

    warnings = list(_write_derivatives(library, photo, preview))
    if analyse is not None:
        try:
            analyse(photo, stored_path)
        except Exception as error:
            log.exception("analysing %s failed", path)
            warnings.append(f"the photo was imported, but analysing it failed ({error})")
    return ImportOutcome(path, ImportStatus.IMPORTED, photo=photo, warnings=tuple(warnings))


def _failed(path: Path, error: PhotoFollowError, reason: str) -> ImportOutcome:
    return ImportOutcome(path, ImportStatus.FAILED, reason=reason, error=error)


def _decode_preview(source: Path, staged: StagedFile, facts: PhotoFacts):
    """Decode the verified copy once, reduced: proves the pixels are whole and yields the preview image."""
    try:
        return previews.make_preview(staged.temp_path, previews.PREVIEW_SIDE)
    except PhotoFileError as error:
        # The decoder named the temporary copy; the nurse needs the file she picked.
        raise type(error)(source, error.reason) from error


def _resolve_visit(
    library: Library, visit: Visit | VisitRequest, facts: PhotoFacts, result: ImportResult
) -> int:
    if isinstance(visit, Visit):
        return visit.id
    if result.visit is None:
        visited_at = visit_time(visit.treatment, visit.visit_date, facts.capture_time)
        result.visit, result.visit_created = find_or_create_visit(
            library, visit.treatment.id, visit.kind, visited_at
        )
    return result.visit.id


def _store(library: Library, staged: StagedFile, photo: Photo) -> Path:
    """Steps 5: journal, rename into the store, insert the row; undone as far as possible when it fails."""
    library.begin_photo(photo)
    try:
        stored_path = library.store.commit(staged, photo.facts.format)
    except BaseException:
        _quietly(library.abandon_photo, photo.sha256)
        raise
    try:
        library.finish_photo(photo)
    except BaseException:
        # The file is in place but its row is not: take the file out again, or leave both to recovery.
        try:
            os.chmod(stored_path, 0o600)
            stored_path.unlink()
            library.abandon_photo(photo.sha256)
        except Exception:
            log.warning("%s stays pending; the next opening of the library settles it", stored_path)
        raise
    return stored_path


def _write_derivatives(library: Library, photo: Photo, preview) -> Iterable[str]:
    """Save the preview and the thumbnail from the decoded preview; failures become warnings."""
    for destination, side in (
        (library.preview_path(photo), previews.PREVIEW_SIDE),
        (library.thumbnail_path(photo), previews.THUMBNAIL_SIDE),
    ):
        try:
            image = preview
            if max(image.size) > side:
                image = preview.copy()
                image.thumbnail((side, side))
            save_jpeg(image, destination)
        except (OSError, PhotoFollowError) as error:
            what = "preview" if side == previews.PREVIEW_SIDE else "thumbnail"
            yield f"the {what} could not be saved ({error})"


def save_jpeg(image, destination: Path, quality: int = 88) -> None:
    """Write a derived JPEG atomically (temporary file, then rename) so a crash leaves none or a whole one."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(f".{destination.name}.part")
    try:
        options = {"quality": quality}
        if image.info.get("icc_profile"):
            options["icc_profile"] = image.info["icc_profile"]
        image.save(temporary, "JPEG", **options)
        os.replace(temporary, destination)
    finally:
        temporary.unlink(missing_ok=True)


def ensure_derivatives(library: Library, photo: Photo) -> tuple[Path, Path]:
    """The photo's preview and thumbnail, regenerated from the original when either is missing."""
    preview_path, thumbnail_path = library.preview_path(photo), library.thumbnail_path(photo)
    if not (preview_path.is_file() and thumbnail_path.is_file()):
        preview = previews.make_preview(library.photo_path(photo), previews.PREVIEW_SIDE)
        problems = list(_write_derivatives(library, photo, preview))
        if problems:
            raise LibraryError(f"{photo.original_name}: {problems[0]}")
    return preview_path, thumbnail_path


def _quietly(function: Callable[..., object], *args: object) -> None:
    try:
        function(*args)
    except Exception:
        log.warning("cleaning up after a failed import step failed", exc_info=True)
