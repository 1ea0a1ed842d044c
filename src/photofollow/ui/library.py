"""The GUI's one door to the library: records loaded and saved on the serial worker, and what changed.

Every method here runs off the GUI thread (through `OperationRunner.run_serial`); each mutation returns a
`Changes` naming the patients, treatments, visits and photos it touched, so windows refresh only those
(Anki's OpChanges). The storage layer and the import service do the work; this class only gathers what a
window shows in one trip and adapts their names to the GUI's needs.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from photofollow.domain.assessment import VisitAssessment
from photofollow.domain.model import Patient, Photo, SymptomEntry, Treatment, View, Visit, VisitKind
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.services import records
from photofollow.services.assessment import assessments_of, record_assessment
from photofollow.services.changes import Changes, RecordGone
from photofollow.services.records import PatientRecord


@dataclass(frozen=True)
class PhotoFiles:
    original: Path
    preview: Path | None
    thumbnail: Path | None


@dataclass
class ImportedFile:
    """One file's outcome, as the import service reports it."""

    path: Path
    outcome: str  # imported | duplicate | failed | cancelled (ui.models.Outcome)
    reason: str = ""  # English
    photo: Photo | None = None
    reason_phrase: Phrase | None = None  # the reason for translation, when the failure gave one
    warnings: tuple[Phrase, ...] = ()  # an imported photo's problems (no preview, analysis failed)


ImportListener = Callable[[ImportedFile], None]


class LibraryUnavailable(RuntimeError):
    """The storage layer this program was built with offers no library yet."""


def _locked(method):
    """Run a database method holding the gateway's lock: the library takes one thread at a time, and the
    import (on its own thread, file by file) interleaves with the serial worker between files."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


class LibraryGateway:
    """The library as the windows use it. Methods touching the database run on the serial worker (or the
    import's thread) under one lock; `photo_files`, `measure`, `suggest_view` and `check_pair` read no
    database and are safe on the parallel pool."""

    def __init__(self, library, settings=None, read_only: bool = False) -> None:
        self.library = library
        self.settings = settings
        self.read_only = read_only  # pictures of someone's library: measurements stay in memory
        self.path: Path = library.folder
        self._policy = None
        self._lock = threading.RLock()
        # Measurements made to suggest a file's view before import, kept for that file's photo (same bytes).
        self._suggested: dict[Path, tuple[int, int, object]] = {}
        self._suggested_lock = threading.Lock()
        self._feeds: list = []  # the change feeds `watch` started (storage.changefeed.ChangeFeed)

    @_locked
    def close(self) -> None:
        for feed in self._feeds:  # a window that never closed its own: the feed ends before the library
            feed.close()
        self._feeds.clear()
        self.library.close()

    # -- a library shared by several workstations (issue 14) -----------------------------------------------

    @property
    def location(self) -> str:
        """The library's folder, or its server address, as the settings keep it."""
        return self.library.location

    @property
    def server_place(self):
        """The server and database of a shared library (services.sharing.ServerPlace); None for a folder."""
        from photofollow.services.sharing import server_place

        return server_place(self.library)

    def watch(self, on_changes: Callable[[Changes], None], on_connection: Callable[[bool], None]):
        """Start hearing what other workstations change in a shared library, and whether its server can be
        reached (services.sharing.watch, on the feed's thread); None for a folder library."""
        from photofollow.services.sharing import watch

        feed = watch(self.library, on_changes, on_connection)
        if feed is not None:
            self._feeds.append(feed)
        return feed

    # -- records (serial worker) -----------------------------------------------------------------------

    @_locked
    def patients(self) -> list[Patient]:
        return records.patients(self.library)

    @_locked
    def patient_record(self, patient_id: int) -> PatientRecord:
        return records.patient_record(self.library, patient_id)

    # -- who is signed in, the audit trail, consent (issue 13; services/users.py, audit.py, consent.py) ----

    @_locked
    def open_patient(self, patient_id: int) -> PatientRecord:
        """A patient's record opened on screen: recorded in the audit trail as an opening of the timeline."""
        from photofollow.services import audit

        record = records.patient_record(self.library, patient_id)
        audit.record(self.library, audit.Action.OPEN_TIMELINE, patient_id=patient_id)
        return record

    @_locked
    def opened_comparison(self, patient_id: int, photo_ids: list[int]) -> None:
        from photofollow.services import audit

        audit.record(self.library, audit.Action.OPEN_COMPARISON, patient_id=patient_id,
                     objects=[f"photo:{i}" for i in photo_ids])

    @_locked
    def users(self) -> list:
        from photofollow.services import users

        return users.users(self.library)

    @_locked
    def current_user(self):
        from photofollow.services import users

        return users.current_user(self.library)

    @_locked
    def has_users(self) -> bool:
        from photofollow.services import users

        return users.has_users(self.library)

    @_locked
    def passwords_required(self) -> bool:
        from photofollow.services import users

        return users.passwords_required(self.library)

    @_locked
    def lock_after_minutes(self) -> int:
        from photofollow.services import users

        return users.lock_after_minutes(self.library)

    @_locked
    def sign_in(self, name: str, password: str | None):
        from photofollow.services import users

        return users.sign_in(self.library, name, password)

    @_locked
    def sign_out(self, locked: bool = False) -> None:
        from photofollow.services import users

        users.sign_out(self.library, locked=locked)

    @_locked
    def add_user(self, name: str, role: str, password: str | None, display_name: str | None = None):
        from photofollow.services import users

        return users.add_user(self.library, name, users.Role(role), password, display_name)

    @_locked
    def set_user_disabled(self, name: str, disabled: bool):
        from photofollow.services import users

        return users.set_disabled(self.library, name, disabled)

    @_locked
    def set_passwords_required(self, required: bool) -> None:
        from photofollow.services import users

        users.set_passwords_required(self.library, required)

    @_locked
    def set_lock_after_minutes(self, minutes: int) -> None:
        from photofollow.services import users

        users.set_lock_after_minutes(self.library, minutes)

    @_locked
    def may(self, permission: str) -> bool:
        """Whether whoever is signed in may do this (always, in a library without users)."""
        from photofollow.services import users

        user = users.current_user(self.library)
        if user is None:
            return not users.has_users(self.library)
        return user.may(users.Permission(permission))

    @_locked
    def audit_entries(self, **filters) -> list:
        from photofollow.services import audit

        return audit.entries(self.library, **filters)

    @_locked
    def record_access_log_export(self, patient_id: int) -> None:
        from photofollow.services import audit

        audit.record(self.library, audit.Action.AUDIT_EXPORT, patient_id=patient_id, detail="access log")

    @_locked
    def consents(self, patient_id: int) -> list:
        from photofollow.services import consent

        return consent.consents_of(self.library, patient_id)

    @_locked
    def save_patient(self, patient: Patient) -> tuple[Patient, Changes]:
        return records.save_patient(self.library, patient)

    @_locked
    def save_treatment(self, treatment: Treatment) -> tuple[Treatment, Changes]:
        return records.save_treatment(self.library, treatment)

    @_locked
    def save_visit(self, visit: Visit, symptoms: list[SymptomEntry] | None = None) -> tuple[Visit, Changes]:
        """Save a visit; with `symptoms`, its symptom log becomes exactly those entries."""
        return records.save_visit(self.library, visit, symptoms)

    @_locked
    def record_assessment(self, visit_id: int, fields: dict) -> tuple[VisitAssessment, Changes]:
        """Record the physician's assessment of a follow-up (services.assessment); returns it as stored."""
        changes = record_assessment(self.library, visit_id, **fields)
        return assessments_of(self.library, [visit_id])[visit_id], changes

    @_locked
    def assessment(self, visit_id: int) -> VisitAssessment | None:
        """A visit's assessment as the library holds it now (after a save was refused: theirs)."""
        return assessments_of(self.library, [visit_id]).get(visit_id)

    @_locked
    def set_photo_view(self, photo: Photo, view: View) -> Changes:
        return records.move_photo(self.library, photo.id, view=View(view), seen=photo.row_version).changes

    # -- import (its own thread) -------------------------------------------------------------------------

    def import_files(
        self,
        paths: list[Path],
        visit_id: int,
        views: dict[Path, View],
        progress,
        listener: ImportListener,
    ) -> Changes:
        """Import `paths` into the visit, each with its view, telling `listener` each file's outcome as it
        happens; stops between files when `progress` is cancelled. Takes the lock one file at a time, so
        the window's own reads and saves go on during a long import."""
        from photofollow.services.importing import collect_files, import_photos

        with self._lock:
            visit = self.library.get(Visit, visit_id)
            treatment = self.library.get(Treatment, visit.treatment_id) if visit is not None else None
        if visit is None or treatment is None:
            raise RecordGone(
                Phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This visit is no longer in the library. "
                        "Open the patient again and choose the visit.",
                    ),
                )
            )
        files, failures, _skipped = collect_files(paths)
        for failure in failures:
            listener(
                ImportedFile(
                    failure.path, "failed", failure.reason or "", reason_phrase=failure.reason_phrase
                )
            )
        total = len(files)
        photos: set[int] = set()
        progress.update(0, total)
        for index, path in enumerate(files):
            if progress.cancelled:
                for rest in files[index:]:
                    listener(ImportedFile(rest, "cancelled"))
                break
            progress.update(index, total, path.name)
            with self._lock:
                result = import_photos(
                    self.library,
                    [path],
                    visit,
                    view=views.get(path, View.OTHER),
                    analyse=lambda photo, _stored, source=path: self._keep_suggested(source, photo),
                )
            for outcome in result.outcomes:
                if outcome.photo is not None and outcome.status.value == "imported":
                    photos.add(outcome.photo.id)
                listener(
                    ImportedFile(
                        outcome.path,
                        outcome.status.value,
                        outcome.reason or "",
                        outcome.photo,
                        outcome.reason_phrase,
                        outcome.warning_phrases,
                    )
                )
        else:
            progress.update(total, total, "")
        return Changes(
            patients=frozenset({treatment.patient_id}),
            treatments=frozenset({treatment.id}),
            visits=frozenset({visit.id}),
            photos=frozenset(photos),
        )

    # -- files (any thread) ----------------------------------------------------------------------------

    def photo_files(self, photo: Photo) -> PhotoFiles:
        preview = self.library.preview_path(photo)
        thumbnail = self.library.thumbnail_path(photo)
        return PhotoFiles(self.library.photo_path(photo), preview, thumbnail)

    def ensure_derivatives(self, photo: Photo) -> PhotoFiles:
        """The photo's files, regenerating a missing preview or thumbnail (they are caches)."""
        from photofollow.services.importing import ensure_derivatives

        preview, thumbnail = ensure_derivatives(self.library, photo)
        return PhotoFiles(self.library.photo_path(photo), preview, thumbnail)

    # -- checks ------------------------------------------------------------------------------------------

    def policy_path(self) -> Path:
        """The clinic's policy overrides: the file named in Settings, else `policy.toml` in the library."""
        from photofollow.services.checking import policy_path

        return policy_path(self.path, self.settings.policy_overrides_path if self.settings is not None else "")

    def policy(self):
        if self._policy is None:
            from photofollow.services.checking import library_policy

            self._policy = library_policy(self.path, self.policy_path())
        return self._policy

    def reload_policy(self) -> None:
        self._policy = None

    @_locked
    def cached_measurements(self, photo: Photo):
        """Measurements the library holds for a photo (serial worker), or None."""
        from photofollow.services import checking

        return checking.cached_measurements(self.library, photo)

    @_locked
    def store_measurements(self, photo: Photo, measurements) -> None:
        from photofollow.services import checking

        if not self.read_only:
            checking.save_measurements(self.library, photo, measurements)

    def measure(self, photo: Photo):
        """Measure a photo's original (parallel pool: pixels only, no database)."""
        from photofollow.services import checking

        return checking.measure_photo(self.photo_files(photo).original, self.policy(), rotation=photo.rotation)

    @_locked
    def cached_change_sample(self, photo: Photo):
        """The change sample the library holds for a photo (serial worker), or None."""
        from photofollow.services import change

        return change.cached_change_sample(self.library, photo)

    @_locked
    def store_change_sample(self, photo: Photo, sample) -> None:
        from photofollow.services import change

        if not self.read_only:
            change.save_change_sample(self.library, photo, sample)

    def measure_with_sample(self, photo: Photo):
        """A photo's measurements and change sample from its original (parallel pool: no database)."""
        from photofollow.services import change

        original = self.photo_files(photo).original
        return change.measure_with_sample(original, self.policy(), rotation=photo.rotation)

    def pair_change(self, measurements, samples, area, report):
        """The change of a follow-up against its baseline (parallel pool: measurements and samples in)."""
        from photofollow.services import change

        return change.change_of_pair(*measurements, *samples, self.policy(), area, report)

    def check_pair(
        self,
        baseline_measurements,
        follow_up_measurements,
        follow_up: Photo,
        treatment: Treatment,
        visit: Visit,
        baseline: Photo | None = None,
    ):
        from photofollow.services import checking

        return checking.check_library_pair(
            baseline_measurements,
            follow_up_measurements,
            self.policy(),
            follow_up,
            treatment,
            visit,
            baseline_photo=baseline,
        )

    def suggest_view(self, path: Path) -> View | None:
        """The view the head pose shows in a file about to be imported (parallel pool), or None."""
        from photofollow.services import checking

        policy = self.policy()
        measurements = checking.measure_photo(path, policy)
        stat = path.stat()
        with self._suggested_lock:
            if len(self._suggested) >= SUGGESTED_KEPT:
                self._suggested.clear()  # dialogs closed without importing; measured again if needed
            self._suggested[path] = (stat.st_mtime_ns, stat.st_size, measurements)
        return checking.suggest_view(measurements, policy)

    def _keep_suggested(self, source: Path, photo: Photo) -> None:
        """The import's analysis hook: a file measured for its view suggestion keeps those measurements,
        unless it changed since (under the import's lock)."""
        with self._suggested_lock:
            kept = self._suggested.pop(source, None)
        if kept is None or self.read_only:
            return
        mtime_ns, size, measurements = kept
        stat = source.stat()
        if (stat.st_mtime_ns, stat.st_size) == (mtime_ns, size):
            from photofollow.services import checking

            checking.save_measurements(self.library, photo, measurements)


    # -- corrections (serial worker): the GUI's Edit menu, on photofollow.services.records ------------------
    # Added by the GUI corrections work; each returns the service's Correction (or Changes) unchanged.
    # `seen` is the version of the record the window showed (row_version): the service refuses the change with
    # EditConflict when the record changed since (on another workstation).

    @_locked
    def move_photo(
        self, photo_id: int, *, visit_id: int | None = None, view: View | None = None, seen: int | None = None
    ):
        from photofollow.services import records

        return records.move_photo(self.library, photo_id, visit_id=visit_id, view=view, seen=seen)

    @_locked
    def rotate_photo(self, photo_id: int, degrees: int, seen: int | None = None):
        from photofollow.services import records

        return records.rotate_photo(self.library, photo_id, degrees, seen=seen)

    @_locked
    def edit_visit(
        self, visit_id: int, *, visited_at=None, kind: VisitKind | None = None, seen: int | None = None
    ):
        from photofollow.services import records

        return records.edit_visit(self.library, visit_id, visited_at=visited_at, kind=kind, seen=seen)

    @_locked
    def set_treatment_date(self, treatment_id: int, performed_at, seen: int | None = None):
        from photofollow.services import records

        return records.set_treatment_date(self.library, treatment_id, performed_at, seen=seen)

    @_locked
    def move_treatment(self, treatment_id: int, patient_id: int, seen: int | None = None):
        from photofollow.services import records

        return records.move_treatment(self.library, treatment_id, patient_id, seen=seen)

    @_locked
    def delete(self, kind: str, object_id: int, seen: int | None = None):
        from photofollow.services import records

        return records.delete(self.library, kind, object_id, seen=seen)

    @_locked
    def trash_entries(self) -> list:
        from photofollow.services import records

        return records.trash_entries(self.library)

    @_locked
    def restore(self, trash_id: int):
        from photofollow.services import records

        return records.restore(self.library, trash_id)

    @_locked
    def empty_trash(self) -> Changes:
        from photofollow.services import records

        return records.empty_trash(self.library)

    @_locked
    def erase_patient(self, patient_id: int) -> Changes:
        from photofollow.services import records

        return records.erase_patient(self.library, patient_id)

    @_locked
    def merge_patients(self, keep_id: int, other_id: int, seen: int | None = None):
        from photofollow.services import records

        return records.merge_patients(self.library, keep_id, other_id, seen=seen)

    @_locked
    def undo_correction(self, correction):
        """Run a correction's undo (or, for an undone one, its redo): returns the reverse Correction."""
        return correction.undo(self.library)

    @_locked
    def similar_patients(self, name: str, chart_number: str | None = None) -> list[Patient]:
        """Patients a new one may be by mistake ("did you mean ..."), for the GUI's confirmation."""
        from photofollow.services.library import similar_patients

        return similar_patients(self.library, name, chart_number)

    # -- the import plan (serial worker) and carrying it out (the import's own thread) ------------------
    # Added by the GUI import dialog: photofollow.services.import_plan behind the dialog and the controller.

    @_locked
    def plan_import(
        self, paths: list[Path], treatment_id: int, *, visit_id: int | None = None, views=None
    ):
        """The plan for importing `paths` into the treatment (headers and hashes read; no pixels)."""
        from photofollow.services.import_plan import plan_import

        treatment = self.library.get(Treatment, treatment_id)
        if treatment is None:
            raise RecordGone(
                Phrase("Errors", QT_TRANSLATE_NOOP("Errors", "This treatment is no longer in the library."))
            )
        policy = self.policy()
        return plan_import(
            self.library,
            paths,
            treatment,
            visit_id=visit_id,
            views=views,
            policy=policy if hasattr(policy, "capture_time") else None,
        )

    def execute_plan(self, plan, accept_dates: bool, progress, listener: ImportListener) -> Changes:
        """Carry out a plan file by file, each under the lock (the window's reads and saves go on between
        files), telling `listener` each file's outcome; stops between files when `progress` is cancelled."""
        import dataclasses as dc

        from photofollow.services.import_plan import execute_plan

        for failure in plan.failures:
            listener(
                ImportedFile(failure.path, "failed", failure.reason or "", reason_phrase=failure.reason_phrase)
            )
        rows = list(plan.rows)
        total = len(rows)
        changes = Changes()
        progress.update(0, total)
        for index, row in enumerate(rows):
            if progress.cancelled:
                for rest in rows[index:]:
                    listener(ImportedFile(rest.path, "cancelled"))
                break
            progress.update(index, total, row.path.name)
            one = dc.replace(plan, rows=[row], failures=[])

            def tell(outcome) -> None:
                status = outcome.status
                if status == "skipped" and not outcome.row.skip:
                    status = "cancelled"  # "skipped" is a row the nurse left out
                listener(
                    ImportedFile(
                        outcome.row.path,
                        status,
                        outcome.reason.english() if outcome.reason is not None else "",
                        outcome.photo,
                        outcome.reason,
                        tuple(outcome.warnings),
                    )
                )

            with self._lock:
                result = execute_plan(
                    self.library,
                    one,
                    accept_dates=accept_dates,
                    analyse=lambda photo, _stored, source=row.path: self._keep_suggested(source, photo),
                    on_outcome=tell,
                )
            changes = changes | result.changes
        else:
            progress.update(total, total, "")
        return changes

SUGGESTED_KEPT = 500  # measurements of files waiting in an import dialog (about 25 KB each)


def open_library(path: Path | str, settings=None, create: bool = True) -> LibraryGateway:
    """Open (or create, for a new folder) the library at `path` for the GUI: a folder, or the address of a
    library on a PostgreSQL server (postgresql://USER@HOST:PORT/DB?store=/path)."""
    from photofollow.domain.errors import LibraryReadOnly
    from photofollow.services.library import open_library as open_folder

    try:
        return LibraryGateway(open_folder(path, create=create), settings)
    except LibraryReadOnly:
        # A read-only folder or disk: browse, compare and export elsewhere; each change says why it is refused.
        return LibraryGateway(open_folder(path, write=False), settings, read_only=True)
