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

import contextlib
import dataclasses
import enum
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path

from PIL import Image

from photofollow.domain.errors import LibraryError, PhotoFileError, PhotoFollowError
from photofollow.domain.model import CaptureTimeSource, Photo, PhotoFacts, Treatment, View, Visit, VisitKind
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.imaging import exif, previews
from photofollow.services.library import find_or_create_visit, location_phrase, visit_time
from photofollow.storage.library import Library, photo_lock_name
from photofollow.storage.store import StagedFile, file_sha256

log = logging.getLogger(__name__)

# Decodes run on this many worker threads beside the thread that copies, hashes and writes the database;
# two photos decode at once only while they hold at most PARALLEL_PIXEL_BUDGET pixels together, so memory
# stays bounded by one large photo (a 100 MP PNG decodes alone).
DECODE_WORKERS = 2
PARALLEL_PIXEL_BUDGET = 60_000_000

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
    """What happened to one file. `reason` says why it failed, or where the duplicate already is (English);
    `reason_phrase` is the failure's reason for translation, when its error gave one."""

    path: Path
    status: ImportStatus
    photo: Photo | None = None  # the new photo (imported) or the one already held (duplicate)
    reason: str | None = None
    error: PhotoFollowError | None = None
    warnings: tuple[str, ...] = ()  # English, for the CLI and logs
    reason_phrase: Phrase | None = None
    warning_phrases: tuple[Phrase, ...] = ()  # `warnings` for translation, in the same order


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
    zone: tzinfo | None = None  # the clinic's, for calendar dates (domain/timing); None: this computer's


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

    Returns (files, failures, skipped): a path that does not exist, and a folder that cannot be read (its
    photos cannot even be counted), is a failure; inside folders, hidden files and folders are left out and
    files without a photo suffix are skipped (and counted). A file named on its own is always tried, so a
    non-image named explicitly fails with "not an image".
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

    def unreadable_folder(error: OSError) -> None:
        folder = Path(error.filename) if error.filename else path
        reason = Phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "is a folder that cannot be read (%1), so its photos were not imported. Check its permissions "
                "or copy it to a folder of your own, then import it again.",
            ),
            (str(error.strerror or error),),
        )
        failure = PhotoFileError(folder, reason)
        failures.append(
            ImportOutcome(folder, ImportStatus.FAILED, reason=failure.reason, error=failure, reason_phrase=reason)
        )

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for directory, folders, names in os.walk(path, onerror=unreadable_folder):
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
            error = PhotoFileError(
                path,
                Phrase(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "does not exist. Check the name and the folder.")
                ),
            )
            failures.append(
                ImportOutcome(
                    path,
                    ImportStatus.FAILED,
                    reason=error.reason,
                    error=error,
                    reason_phrase=error.reason_phrase,
                )
            )
    return files, failures, skipped


# -- importing -----------------------------------------------------------------------------------------------


def import_photos(
    library: Library,
    paths: Sequence[str | os.PathLike],
    visit: Visit | VisitRequest,
    *,
    view: View = View.OTHER,
    views: Mapping[Path, View] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    analyse: AnalyseHook | None = None,
    on_outcome: OutcomeCallback | None = None,
    capture_times: Mapping[Path, datetime] | None = None,
) -> ImportResult:
    """Import files and folders into `visit` (an existing visit, or a `VisitRequest` to find or create one).

    Every photo gets `view`, or its own from `views` (keyed by the path as given or as found in a folder).
    Never raises for a bad file or a full disk: each file gets its outcome and the batch goes on. Raises
    only what makes the whole library unusable before anything is read (e.g. `LibraryReadOnly`).
    `on_outcome` hears each file's outcome as soon as it is known (a list filling in as the import runs);
    `analyse` runs right after each new photo is stored, on the importing thread. `capture_times` are
    dates the nurse typed or confirmed for files without a camera date (stored as `CaptureTimeSource.ENTERED`).

    Files overlap: worker threads decode photos (the slow part) and write their previews and thumbnails while
    the calling thread copies and hashes the next file (`DECODE_WORKERS`, `PARALLEL_PIXEL_BUDGET`). Database
    work stays on the calling thread, and outcomes still come in the order of the files.
    """
    if not library.writable:
        raise LibraryError(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Photos can only be imported into a library opened for writing."),
            )
        )
    from photofollow.services import audit
    from photofollow.services.users import Permission, require

    require(library, Permission.IMPORT)
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
    batch = _Batch(library, visit, View(view), dict(views or {}), result, analyse)
    batch.capture_times = {Path(path): moment for path, moment in (capture_times or {}).items()}
    total = len(files)
    started = 0
    # Files in flight, in order: candidates being decoded, or outcomes known at once waiting their turn.
    queue: deque[_Candidate | ImportOutcome] = deque()

    def settle(until_room_for: _Candidate | None = None) -> None:
        """Finish queued files in order: all of them, or until `until_room_for` may start decoding."""
        while queue:
            head = queue[0]
            if isinstance(head, ImportOutcome):
                record(queue.popleft())
                continue
            if until_room_for is not None and _has_room(queue, until_room_for):
                return
            record(batch.finish(queue.popleft()))

    with ThreadPoolExecutor(
        max_workers=DECODE_WORKERS, thread_name_prefix="photofollow-decode"
    ) as batch.pool:
        try:
            for path in files:
                if cancel is not None and cancel():
                    result.cancelled = True
                    result.not_reached = files[started:]
                    break
                if progress is not None:
                    progress(ImportProgress(started, total, path))
                started += 1
                prepared = batch.prepare(path, queue)
                if isinstance(prepared, _Candidate):
                    settle(until_room_for=prepared)
                    batch.start(prepared)
                queue.append(prepared)
                while queue and isinstance(queue[0], ImportOutcome):
                    record(queue.popleft())
            settle()
        finally:
            for item in queue:  # interrupted (KeyboardInterrupt): leave no copy behind
                if isinstance(item, _Candidate):
                    batch.abandon(item)
    if progress is not None:
        progress(ImportProgress(started, total, None))
    audit.record_import(library, result.visit, [photo.id for photo in result.new_photos])
    return result


def _has_room(queue: deque, candidate: _Candidate) -> bool:
    """Whether `candidate` may be decoded now, beside the decodes already under way."""
    decoding = [item for item in queue if isinstance(item, _Candidate)]
    pixels = sum(item.pixels for item in decoding)
    return len(decoding) < DECODE_WORKERS and (
        not decoding or pixels + candidate.pixels <= PARALLEL_PIXEL_BUDGET
    )


@dataclass
class _Candidate:
    """A file copied into the incoming folder, not a duplicate, waiting for its decode to prove it whole."""

    path: Path
    facts: PhotoFacts
    staged: StagedFile
    derived: Future | None = None  # the worker's decode + derivatives, returning warnings
    recheck: bool = False  # same bytes as a file queued before it: a duplicate, unless that one fails

    @property
    def pixels(self) -> int:
        return self.facts.width * self.facts.height


class _Batch:
    """The state one `import_photos` call shares between its files."""

    def __init__(
        self,
        library: Library,
        visit: Visit | VisitRequest,
        view: View,
        views: dict[Path, View],
        result: ImportResult,
        analyse: AnalyseHook | None,
    ):
        self.library = library
        self.visit = visit
        self.view = view
        self.views = {Path(path): View(each) for path, each in views.items()}
        self.result = result
        self.analyse = analyse
        self.pool: ThreadPoolExecutor | None = None
        self.places: dict[int, Phrase] = {}  # visit id -> where its photos are, for duplicate messages
        self.capture_times: dict[Path, datetime] = {}

    def prepare(self, path: Path, queued: Iterable[_Candidate | ImportOutcome]) -> _Candidate | ImportOutcome:
        """Steps 1-3: facts, copy with hash, duplicate check (against the library and the files queued)."""
        staged: StagedFile | None = None
        try:
            facts = exif.read_facts(path)
            if path in self.capture_times:
                facts = dataclasses.replace(
                    facts,
                    capture_time=self.capture_times[path],
                    capture_time_source=CaptureTimeSource.ENTERED,
                )
            staged = self.library.store.stage(path)
            queued_hashes = {item.staged.sha256 for item in queued if isinstance(item, _Candidate)}
            if staged.sha256 in queued_hashes:
                candidate, staged = _Candidate(path, facts, staged, recheck=True), None
                return candidate
            duplicate = self._duplicate(path, staged)
            if duplicate is not None:
                return duplicate
            candidate, staged = _Candidate(path, facts, staged), None
            return candidate
        except Exception as error:
            return _failure(path, error)
        finally:
            if staged is not None:
                self.library.store.discard(staged)

    def start(self, candidate: _Candidate) -> None:
        """Step 4 begins: the worker decodes the copy (a recheck waits until its twin is settled)."""
        if not candidate.recheck:
            candidate.derived = self.pool.submit(_derive, self.library, candidate.staged, candidate.path)

    def finish(self, candidate: _Candidate) -> ImportOutcome:
        """Steps 4-7: wait for the decode, store the photo, run the analysis hook."""
        library, path = self.library, candidate.path
        copy_settled = False  # stored, or discarded as a duplicate
        try:
            if candidate.recheck:
                duplicate = self._duplicate(path, candidate.staged)
                if duplicate is not None:
                    copy_settled = True
                    return duplicate
                candidate.derived = self.pool.submit(_derive, library, candidate.staged, path)
            warnings: list[Phrase] = list(candidate.derived.result())
            # On a shared library another workstation may be importing the same photo (two nurses, one card):
            # one at a time, each looks again and stores it only when no one has (storage/library.py).
            with library.exclusive(photo_lock_name(candidate.staged.sha256)):
                duplicate = self._duplicate(path, candidate.staged)
                if duplicate is not None:
                    copy_settled = True
                    return duplicate
                photo = Photo(
                    visit_id=_resolve_visit(library, self.visit, candidate.facts, self.result),
                    sha256=candidate.staged.sha256,
                    original_name=path.name,
                    original_folder=str(path.absolute().parent),
                    file_size=candidate.staged.size,
                    facts=candidate.facts,
                    view=self.views.get(path, self.view),
                )
                stored_path = _store(library, candidate.staged, photo)
                copy_settled = True
        except Exception as error:
            _remove_derivatives(library, candidate.staged.sha256)
            return _failure(path, error)
        finally:
            if not copy_settled:
                library.store.discard(candidate.staged)
        if self.analyse is not None:
            try:
                self.analyse(photo, stored_path)
            except Exception as error:
                log.exception("analysing %s failed", path)
                cause = error.phrase if isinstance(error, PhotoFollowError) and error.phrase else str(error)
                warnings.append(
                    Phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP("Errors", "the photo was imported, but analysing it failed (%1)"),
                        (cause,),
                    )
                )
        return ImportOutcome(
            path,
            ImportStatus.IMPORTED,
            photo=photo,
            warnings=tuple(w.english() for w in warnings),
            warning_phrases=tuple(warnings),
        )

    def abandon(self, candidate: _Candidate) -> None:
        if candidate.derived is not None:
            candidate.derived.cancel()
            with contextlib.suppress(BaseException):
                candidate.derived.result()
        self.library.store.discard(candidate.staged)
        _remove_derivatives(self.library, candidate.staged.sha256)

    def _duplicate(self, path: Path, staged: StagedFile) -> ImportOutcome | None:
        """The outcome of a file the library already holds, or None. (An unfiled original is not held: its
        import files it.) When the library's own copy is missing or damaged, this copy puts it back."""
        existing = self.library.photo_by_sha256(staged.sha256)
        if existing is None:
            return None
        repaired = not _intact(self.library.photo_path(existing), staged)
        if repaired:
            self.library.put_back_original(staged, existing.facts.format)
        else:
            self.library.store.discard(staged)
        if existing.visit_id not in self.places:
            self.places[existing.visit_id] = location_phrase(self.library, existing)
        # In the Errors context with the failure reasons: both are the outcome's reason in the result list.
        if repaired:
            reason = Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "already in %1; the library's copy was missing or damaged and is now put back"
                ),
                (self.places[existing.visit_id],),
            )
        else:
            reason = Phrase(
                "Errors", QT_TRANSLATE_NOOP("Errors", "already in %1"), (self.places[existing.visit_id],)
            )
        return ImportOutcome(
            path, ImportStatus.DUPLICATE, photo=existing, reason=reason.english(), reason_phrase=reason
        )


def _intact(stored: Path, staged: StagedFile) -> bool:
    """Whether the library's original is there with the very bytes of `staged` (read once more: a file
    damaged on the disk keeps its size)."""
    try:
        return stored.stat().st_size == staged.size and file_sha256(stored) == staged.sha256
    except OSError:
        return False


def _failure(path: Path, error: Exception) -> ImportOutcome:
    if isinstance(error, PhotoFileError):
        return ImportOutcome(
            path, ImportStatus.FAILED, reason=error.reason, error=error, reason_phrase=error.reason_phrase
        )
    if isinstance(error, PhotoFollowError):
        return ImportOutcome(
            path, ImportStatus.FAILED, reason=str(error), error=error, reason_phrase=error.phrase
        )
    # A bug must cost one file, not the batch (and the log keeps the trace).
    log.error("importing %s failed", path, exc_info=error)
    reason = f"unexpected error ({type(error).__name__}: {error}); please report it"
    return ImportOutcome(
        path, ImportStatus.FAILED, reason=reason, error=PhotoFollowError(f"{path.name}: {reason}")
    )


def _derive(library: Library, staged: StagedFile, source: Path) -> list[Phrase]:
    """On the worker: decode the copy once, reduced (which proves its pixels whole: a damaged or truncated
    image raises here), then write the preview and thumbnail from that one decode (failures are warnings)."""
    try:
        preview = previews.make_preview(staged.temp_path, previews.PREVIEW_SIDE)
    except PhotoFileError as error:
        # The decoder named the temporary copy; the nurse needs the file she picked.
        raise type(error)(source, error.reason_phrase or error.reason) from error
    return list(_derivative_problems(library, staged.sha256, preview))


def _resolve_visit(
    library: Library, visit: Visit | VisitRequest, facts: PhotoFacts, result: ImportResult
) -> int:
    if isinstance(visit, Visit):
        return visit.id
    if result.visit is None:
        visited_at = visit_time(visit.treatment, visit.visit_date, facts.capture_time, zone=visit.zone)
        result.visit, result.visit_created = find_or_create_visit(
            library, visit.treatment.id, visit.kind, visited_at, zone=visit.zone
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
        # The file is in place but its row is not: take the file out again, or leave both to recovery. Never
        # when a row claims those bytes: on a shared store another workstation may have stored the same photo.
        try:
            if library.photo_by_sha256(photo.sha256) is None:
                os.chmod(stored_path, 0o600)
                stored_path.unlink()
            library.abandon_photo(photo.sha256)
        except Exception:
            log.warning("%s stays pending; the next opening of the library settles it", stored_path)
        raise
    return stored_path


def _derivative_problems(library: Library, sha256: str, preview) -> Iterable[Phrase]:
    """Save the preview and the thumbnail from the decoded preview; says what could not be saved."""
    for destination, side in (
        (library.preview_path(sha256), previews.PREVIEW_SIDE),
        (library.thumbnail_path(sha256), previews.THUMBNAIL_SIDE),
    ):
        try:
            image = preview
            if max(image.size) > side:
                scale = side / max(image.size)
                size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
                # Box-reduce, then bilinear: a tenth of Lanczos's cost, and no visible difference at 256 px.
                image = preview.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
                image.info.update(preview.info)  # keep the ICC profile
            previews.save_derivative(image, destination)
        except (OSError, PhotoFollowError) as error:
            cause = error.phrase if isinstance(error, PhotoFollowError) and error.phrase else str(error)
            if side == previews.PREVIEW_SIDE:
                yield Phrase(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "the preview could not be saved (%1)"), (cause,)
                )
            else:
                yield Phrase(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "the thumbnail could not be saved (%1)"), (cause,)
                )


def _remove_derivatives(library: Library, sha256: str) -> None:
    """Previews written for a photo that was not stored after all."""
    for path in (library.preview_path(sha256), library.thumbnail_path(sha256)):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def ensure_derivatives(library: Library, photo: Photo) -> tuple[Path, Path]:
    """The photo's preview and thumbnail, made again from the original when either is missing (they are
    caches). Raises the typed errors of `imaging.previews` (unreadable original, full or read-only disk)."""
    preview_path, thumbnail_path = library.preview_path(photo), library.thumbnail_path(photo)
    if not preview_path.is_file():
        previews.write_derivative(library.photo_path(photo), preview_path, previews.PREVIEW_SIDE)
    if not thumbnail_path.is_file():
        source = preview_path if preview_path.is_file() else library.photo_path(photo)
        previews.write_derivative(source, thumbnail_path, previews.THUMBNAIL_SIDE)
    return preview_path, thumbnail_path


def _quietly(function: Callable[..., object], *args: object) -> None:
    try:
        function(*args)
    except Exception:
        log.warning("cleaning up after a failed import step failed", exc_info=True)
