"""Pair checks for the GUI: each follow-up against its baseline, computed once in the background, cached.

The timeline, the import results and the comparison all ask here, so a check runs once however many places
show its verdict; requests for the same pair while it runs share the one computation.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from photofollow.domain.checks import PairReport
from photofollow.domain.model import Photo, Treatment, Visit
from photofollow.reporting import words
from photofollow.ui.operations import OperationRunner

ReportCallback = Callable[[PairReport | None], None]


class PairChecks(QObject):
    """Cache of pair reports by (baseline photo id, follow-up photo id)."""

    report_ready = Signal(int, object)  # follow-up photo id, PairReport (None when it could not be checked)

    def __init__(self, gateway, runner: OperationRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.runner = runner
        self._reports: dict[tuple[int, int], PairReport | None] = {}
        self._waiting: dict[tuple[int, int], list[ReportCallback]] = {}
        self.errors: dict[tuple[int, int], str] = {}
        self._measurements: dict[int, object] = {}  # photo id -> measurements, for this session
        self._measure_locks: dict[int, threading.Lock] = {}
        self._measure_locks_guard = threading.Lock()
        self._to_prepare: deque[Photo] = deque()  # newly imported photos to measure, one at a time

    def cached(self, baseline: Photo, follow_up: Photo) -> PairReport | None:
        return self._reports.get((baseline.id, follow_up.id))

    def has(self, baseline: Photo, follow_up: Photo) -> bool:
        return (baseline.id, follow_up.id) in self._reports

    def request(
        self,
        baseline: Photo,
        follow_up: Photo,
        treatment: Treatment,
        visit: Visit,
        callback: ReportCallback | None = None,
    ) -> None:
        key = (baseline.id, follow_up.id)
        if key in self._reports:
            if callback is not None:
                callback(self._reports[key])
            return
        waiting = self._waiting.get(key)
        if waiting is not None:
            if callback is not None:
                waiting.append(callback)
            return
        self._waiting[key] = [callback] if callback is not None else []

        # 1. cached measurements from the library (serial worker), 2. measure what is missing and check
        # (parallel pool), 3. keep new measurements in the library (serial worker).
        def load(_progress):
            return {
                photo.id: self._measurements.get(photo.id) or self.gateway.cached_measurements(photo)
                for photo in (baseline, follow_up)
            }

        def loaded(cached) -> None:
            self.runner.run_parallel("check pair", lambda _p: compute(cached), computed, failed)

        def compute(cached):
            measured = {}
            for photo in (baseline, follow_up):
                if cached.get(photo.id) is None:
                    measured[photo.id] = self._measure_once(photo)
            both = {**cached, **measured}
            report = self.gateway.check_pair(
                both[baseline.id], both[follow_up.id], follow_up, treatment, visit, baseline=baseline
            )
            return report, measured

        def computed(result) -> None:
            report, measured = result
            photos = {baseline.id: baseline, follow_up.id: follow_up}
            if measured:
                self.runner.run_serial(
                    "keep measurements",
                    lambda _p: [
                        self.gateway.store_measurements(photos[pid], m) for pid, m in measured.items()
                    ],
                    None,
                    lambda _error: None,  # a cache that could not be written is measured again next time
                )
            self._deliver(key, follow_up.id, report)

        def failed(error: BaseException) -> None:
            self.errors[key] = words.error_text(error)
            self._deliver(key, follow_up.id, None)

        self.runner.run_serial("load measurements", load, loaded, failed)

    def prepare(self, photo: Photo) -> None:
        """Measure a newly imported photo in the background and keep the measurements in the library (a
        baseline's are then ready when its first follow-up comes), unless the library has them already.

        Photos are prepared one after another, not all at once on the pool: nobody waits for them, and a
        batch of 24 MP photos measured in parallel would take the GIL from the window just as it shows the
        import's results (measured by tests/ui/test_responsiveness.py).
        """
        self._to_prepare.append(photo)
        if len(self._to_prepare) == 1:
            self._prepare_next()

    def _prepare_next(self) -> None:
        if not self._to_prepare:
            return
        photo = self._to_prepare[0]

        def load(_progress):
            return self._measurements.get(photo.id) or self.gateway.cached_measurements(photo)

        def loaded(cached) -> None:
            if cached is not None:
                return done()
            measure = lambda _p: self._measure_once(photo)  # noqa: E731 - a one-line job
            self.runner.run_parallel("measure photo", measure, measured, failed)

        def measured(measurements) -> None:
            keep = lambda _p: self.gateway.store_measurements(photo, measurements)  # noqa: E731
            self.runner.run_serial("keep measurements", keep, lambda _result: done(), failed)

        def failed(_error: BaseException) -> None:
            done()  # measured again when a check needs it; that check reports a photo that cannot be read

        def done() -> None:
            self._to_prepare.popleft()
            self._prepare_next()

        self.runner.run_serial("load measurements", load, loaded, failed)

    def _measure_once(self, photo: Photo):
        """Measure a photo at most once at a time, even when several pairs need it together (pool threads)."""
        with self._measure_locks_guard:
            lock = self._measure_locks.setdefault(photo.id, threading.Lock())
        with lock:
            found = self._measurements.get(photo.id)
            if found is None:
                found = self.gateway.measure(photo)
                self._measurements[photo.id] = found
            return found

    def _deliver(self, key: tuple[int, int], follow_up_id: int, report: PairReport | None) -> None:
        self._reports[key] = report
        for callback in self._waiting.pop(key, []):
            callback(report)
        self.report_ready.emit(follow_up_id, report)

    def forget(self, photo_ids: set[int] | frozenset[int] | None = None) -> None:
        """Drop cached reports involving these photos (all when None): a view or the policy changed."""
        if photo_ids is None:
            self._reports.clear()
            self.errors.clear()
            self._measurements.clear()  # the policy may change how photos are measured
            return
        for key in [key for key in self._reports if key[0] in photo_ids or key[1] in photo_ids]:
            del self._reports[key]
            self.errors.pop(key, None)
