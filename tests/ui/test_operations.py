"""The background-operation runner, the progress it reports, and the progress dialog that appears only when
work lasts."""

from __future__ import annotations

import threading
import time

import pytest

from photofollow.ui.operations import Cancelled, OperationRunner, Progress
from photofollow.ui.progress import ProgressPanel, watch


def test_inline_runner_runs_at_once_and_calls_back(inline_runner):
    seen = []
    handle = inline_runner.run_serial("add", lambda progress: 2 + 3, seen.append)
    assert seen == [5] and handle.finished and handle.succeeded


def test_inline_runner_hands_errors_to_on_error(inline_runner):
    errors = []
    inline_runner.run_parallel("broken", lambda progress: 1 / 0, None, errors.append)
    assert isinstance(errors[0], ZeroDivisionError)


def test_results_come_back_on_the_gui_thread(threaded_runner, qtbot):
    gui_thread = threading.current_thread()
    seen = []
    handle = threaded_runner.run_parallel(
        "where",
        lambda progress: threading.current_thread().name,
        lambda name: seen.append((name, threading.current_thread())),
    )
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    worker_name, callback_thread = seen[0]
    assert worker_name.startswith("photofollow-pool") and callback_thread is gui_thread


def test_serial_work_runs_one_at_a_time_in_order(threaded_runner, qtbot):
    order = []
    active = []

    def work(index):
        def run(progress):
            active.append(index)
            assert len(active) == 1, "two database operations ran at once"
            time.sleep(0.005)
            active.remove(index)
            return index

        return run

    for index in range(8):
        threaded_runner.run_serial(f"db {index}", work(index), order.append)
    assert threaded_runner.wait_idle(10)
    assert order == list(range(8))


def test_many_completions_are_applied_in_batches_under_the_budget(threaded_runner, qtbot):
    applied = []
    batches = []
    original_drain = threaded_runner._drain

    def traced_drain():
        before = len(applied)
        started = time.perf_counter()
        original_drain()
        batches.append((len(applied) - before, time.perf_counter() - started))

    threaded_runner._drain = traced_drain
    threaded_runner._wake.disconnect()
    threaded_runner._wake.connect(traced_drain)

    def slow_completion(index):
        def apply():
            time.sleep(0.002)
            applied.append(index)

        return apply

    def work(progress):
        for index in range(200):
            threaded_runner.post(slow_completion(index))

    threaded_runner.run_parallel("flood", work)
    qtbot.waitUntil(lambda: len(applied) == 200, timeout=10000)
    assert applied == list(range(200))
    assert len([b for b in batches if b[0]]) >= 4  # 400 ms of completions cannot fit in one 50 ms turn
    assert max(duration for _count, duration in batches) < 0.050 + 0.010


def test_progress_is_thread_safe_and_carries_the_cancel_flag():
    progress = Progress("Importing", total=1000)

    def worker():
        for _ in range(500):
            progress.advance()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert progress.snapshot().done == 1000
    assert not progress.cancelled
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.raise_if_cancelled()


def test_cancel_in_the_progress_panel_reaches_the_worker(threaded_runner, qtbot):
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    started = threading.Event()

    def work(progress):
        progress.update(0, 100, "Working")
        started.set()
        while True:
            progress.raise_if_cancelled()
            time.sleep(0.005)

    cancelled = []
    handle = threaded_runner.run_parallel("endless", work, None, cancelled.append)
    panel.follow(handle.progress)
    assert started.wait(5)
    panel.refresh()
    assert panel.bar.maximum() == 100 and panel.label.text() == "Working"
    qtbot.mouseClick(panel.cancel_button, qtbot_left())
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert isinstance(cancelled[0], Cancelled)


def test_the_dialog_appears_only_for_work_that_lasts(threaded_runner, qtbot):
    quick = threaded_runner.run_parallel("quick", lambda progress: None)
    quick_dialog = watch(quick, "Quick", None, delay_ms=150)
    release = threading.Event()
    slow = threaded_runner.run_parallel("slow", lambda progress: release.wait(5))
    slow_dialog = watch(slow, "Slow", None, delay_ms=150)
    qtbot.wait(300)
    assert not quick_dialog.ever_shown
    assert slow_dialog.visible
    release.set()
    qtbot.waitUntil(lambda: not slow_dialog.visible, timeout=5000)
    assert slow_dialog.ever_shown


def test_an_unhandled_failure_is_reported_by_signal(threaded_runner, qtbot):
    with qtbot.waitSignal(threaded_runner.operation_failed, timeout=5000) as blocker:
        threaded_runner.run_serial("boom", lambda progress: 1 / 0)
    assert blocker.args[0] == "boom" and isinstance(blocker.args[1], ZeroDivisionError)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_runner_shutdown_waits_for_running_work(qapp):
    runner = OperationRunner()
    finished = []
    runner.run_serial("write", lambda progress: (time.sleep(0.05), finished.append(True)))
    runner.shutdown(wait=True)
    assert finished == [True]
