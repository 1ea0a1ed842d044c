"""The one way the GUI runs work in the background and gets its results back on the GUI thread.

An operation is a plain callable run off the GUI thread; its result (or exception) comes back as a callback
run on the GUI thread. Database work goes through one serial worker (SQLite wants one writer and the order of
edits matters); decoding and OpenCV work go to a parallel pool. Workers never touch a widget: they hand
callbacks to `post()`, and the GUI thread applies them in batches under a time budget (about 50 ms, as in
MusicBrainz Picard) so hundreds of completions never freeze the window.

`Progress` knows nothing of Qt (napari's progress, Anki's operations): a worker updates it and checks its
cancel flag; a dialog or a status bar polls it. `OperationRunner(inline=True)` runs everything at once in the
calling thread (Picard's FakeThreadPool), which makes tests of the GUI deterministic.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

COMPLETION_BUDGET_S = 0.050  # applied completions per turn of the event loop, then let it repaint
DIALOG_DELAY_MS = 600  # a progress dialog appears only for work that lasts (Anki's delay)


class Cancelled(Exception):
    """Raised inside an operation when its user pressed Cancel; not an error."""


@dataclass
class ProgressSnapshot:
    done: int
    total: int | None
    label: str
    cancelled: bool


class Progress:
    """Progress of one operation, shared between a worker (writes) and the GUI (reads). No Qt in here.

    A worker calls `update()` (or the object itself, as a callback) and looks at `cancelled`; the GUI polls
    `snapshot()`. Polling keeps a fast worker from flooding the event loop with one signal per step.
    """

    def __init__(self, label: str = "", total: int | None = None) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total = total
        self._label = label
        self._cancel = threading.Event()

    def update(self, done: int | None = None, total: int | None = None, label: str | None = None) -> None:
        with self._lock:
            if done is not None:
                self._done = done
            if total is not None:
                self._total = total
            if label is not None:
                self._label = label

    __call__ = update

    def advance(self, steps: int = 1, label: str | None = None) -> None:
        with self._lock:
            self._done += steps
            if label is not None:
                self._label = label

    def snapshot(self) -> ProgressSnapshot:
        with self._lock:
            return ProgressSnapshot(self._done, self._total, self._label, self._cancel.is_set())

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


@dataclass
class OperationHandle(Generic[T]):
    """What `run_*` returns: the operation's progress, and whether it has finished (on the GUI thread)."""

    name: str
    progress: Progress
    future: Future | None = None
    finished: bool = False
    succeeded: bool = False
    result: Any = None
    error: BaseException | None = None
    _on_finished: list[Callable[[OperationHandle], None]] = field(default_factory=list)

    def cancel(self) -> None:
        self.progress.cancel()

    def when_finished(self, callback: Callable[[OperationHandle], None]) -> None:
        if self.finished:
            callback(self)
        else:
            self._on_finished.append(callback)


class OperationRunner(QObject):
    """Runs operations off the GUI thread and applies their completions on it, in time-budgeted batches.

    Owned by the composition root (app.py) and handed to the windows that need it; it owns nothing else.
    """

    _wake = Signal()
    operation_failed = Signal(str, object)  # operation name, exception: for a window to show
    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        inline: bool = False,
        parallel_workers: int | None = None,
        budget_s: float = COMPLETION_BUDGET_S,
    ) -> None:
        super().__init__(parent)
        self.inline = inline
        self.budget_s = budget_s
        self._serial: ThreadPoolExecutor | None = None
        self._parallel: ThreadPoolExecutor | None = None
        self._dedicated: list[ThreadPoolExecutor] = []
        self._parallel_workers = parallel_workers or max(2, min(4, os.cpu_count() or 2))
        self._completions: deque[Callable[[], None]] = deque()
        self._wake_pending = False
        self._wake_lock = threading.Lock()
        self._running = 0
        self._closed = False
        self._wake.connect(self._drain)
        self.last_drain_batch = 0  # completions applied in the latest turn (for tests and tracing)

    # -- running ---------------------------------------------------------------------------------------------

    def run_serial(
        self,
        name: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress: Progress | None = None,
    ) -> OperationHandle[T]:
        """Run `work(progress)` on the serial (database) worker; `on_done(result)` runs on the GUI thread."""
        if self._serial is None and not self.inline:
            self._serial = ThreadPoolExecutor(max_workers=1, thread_name_prefix="photofollow-db")
        return self._submit(self._serial, name, work, on_done, on_error, progress)

    def run_parallel(
        self,
        name: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress: Progress | None = None,
    ) -> OperationHandle[T]:
        """Run `work(progress)` on the parallel pool (decoding, OpenCV); `on_done` runs on the GUI thread."""
        if self._parallel is None and not self.inline:
            self._parallel = ThreadPoolExecutor(
                max_workers=self._parallel_workers, thread_name_prefix="photofollow-pool"
            )
        return self._submit(self._parallel, name, work, on_done, on_error, progress)

    def run_dedicated(
        self,
        name: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress: Progress | None = None,
    ) -> OperationHandle[T]:
        """Run long work (an import) on a thread of its own, so it holds neither the serial worker nor a
        pool thread for minutes; it must take the library's lock itself for each database step."""
        executor = None
        if not self.inline:
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"photofollow-{name}")
            self._dedicated.append(executor)
        handle = self._submit(executor, name, work, on_done, on_error, progress)
        if executor is not None:
            executor.shutdown(wait=False)  # the thread ends with the work
        return handle

    def post(self, callback: Callable[[], None]) -> None:
        """From any thread: run `callback` on the GUI thread, batched with the other completions."""
        if self.inline:
            callback()
            return
        self._completions.append(callback)
        with self._wake_lock:
            if self._wake_pending:
                return
            self._wake_pending = True
        self._wake.emit()

    def _submit(self, executor, name, work, on_done, on_error, progress) -> OperationHandle:
        handle: OperationHandle = OperationHandle(name=name, progress=progress or Progress())
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        if self.inline:
            try:
                result = work(handle.progress)
            except BaseException as error:  # handed to on_error, as the threaded path does
                self._finish(handle, None, error, on_done, on_error)
            else:
                self._finish(handle, result, None, on_done, on_error)
            return handle

        def job() -> None:
            try:
                result = work(handle.progress)
            except BaseException as error:  # handed to on_error on the GUI thread
                failure = error  # `error` is unbound after the except block; the lambda runs later
                self.post(lambda: self._finish(handle, None, failure, on_done, on_error))
            else:
                self.post(lambda: self._finish(handle, result, None, on_done, on_error))

        handle.future = executor.submit(job)
        return handle

    def _finish(self, handle, result, error, on_done, on_error) -> None:
        handle.finished = True
        handle.result = result
        handle.error = error
        handle.succeeded = error is None
        self._running -= 1
        try:
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif isinstance(error, Cancelled):
                if on_error is not None:
                    on_error(error)
            elif on_error is not None:
                on_error(error)
            else:
                log.error("%s failed", handle.name, exc_info=error)
                self.operation_failed.emit(handle.name, error)
        finally:
            for callback in handle._on_finished:
                callback(handle)
            handle._on_finished.clear()
            if self._running == 0:
                self.busy_changed.emit(False)

    # -- applying completions --------------------------------------------------------------------------------

    @Slot()
    def _drain(self) -> None:
        with self._wake_lock:
            self._wake_pending = False
        started = time.perf_counter()
        applied = 0
        longest = 0.0
        while self._completions:
            callback = self._completions.popleft()
            before = time.perf_counter()
            try:
                callback()
            except Exception:  # a broken completion must not stop the others
                log.exception("a background completion failed")
            applied += 1
            now = time.perf_counter()
            longest = max(longest, now - before)
            # Stop when the next completion would likely overrun the budget (one as long as the longest so
            # far): a turn stays near 50 ms even when a completion rebuilds a view.
            if now - started + longest >= self.budget_s and self._completions:
                # Out of budget: let the event loop paint, then go on with the rest.
                with self._wake_lock:
                    self._wake_pending = True
                QTimer.singleShot(0, self._drain)
                break
        self.last_drain_batch = applied

    # -- life cycle ------------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running > 0

    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """Process events until every operation has finished (tests, shutdown). True when idle in time."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        deadline = time.monotonic() + timeout_s
        while self._running > 0 or self._completions:
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self._completions:
                self._drain()
            else:
                time.sleep(0.002)
        return True

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; by default wait for the running operations (the database must close cleanly)."""
        self._closed = True
        for executor in (self._serial, self._parallel, *self._dedicated):
            if executor is not None:
                executor.shutdown(wait=wait, cancel_futures=True)
        self._serial = None
        self._parallel = None
        self._dedicated = []
