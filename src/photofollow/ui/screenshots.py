"""Offscreen pictures of the program on a real library: the main window, an import's results, a comparison.

The library shown is opened read-only in spirit: nothing is written to it (measurements computed for the
pictures stay in memory). The import is run for real, into a scratch library made for the occasion from the
chosen patient's own photos: the baseline first, then the follow-up's photos, one photo the scratch library
already holds (a duplicate) and a damaged copy (a failure), so every outcome shows with its reason.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from photofollow.domain.errors import PhotoFollowError
from photofollow.domain.model import Patient, Treatment, View, Visit, VisitKind

SETTLE_S = 60.0


class NothingToShow(PhotoFollowError):
    """The library has no patient with a baseline and a follow-up photo of the same view."""


def _settle(app, runner, seconds: float = 0.3) -> None:
    """Let every background operation finish and the windows repaint."""
    runner.wait_idle(SETTLE_S)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    runner.wait_idle(SETTLE_S)
    app.processEvents()


def _best_patient(gateway, wanted: str | None):
    """The patient named (by chart number or name), else the one with the most photos in one treatment."""
    best = None
    for patient in gateway.patients():
        if wanted and wanted not in (patient.chart_number, patient.display_name):
            continue
        record = gateway.patient_record(patient.id)
        for treatment in record.treatments:
            pairs = _view_pairs(treatment)
            if not pairs:
                continue
            score = (len(pairs), sum(len(v.photos) for v in treatment.visits))
            if best is None or score > best[0]:
                best = (score, record, treatment)
    if best is None:
        who = f"“{wanted}”" if wanted else "any patient"
        raise NothingToShow(
            f"The library has no treatment of {who} with a baseline and a follow-up photo of the same view. "
            "Import some photos first (or make a demo library with `photofollow demo`)."
        )
    return best[1], best[2]


def _view_pairs(treatment) -> list[View]:
    views = []
    for visit in treatment.visits:
        if visit.visit.kind is VisitKind.FOLLOW_UP:
            for photo in visit.photos:
                if treatment.baseline_photo(photo.view) is not None and photo.view not in views:
                    views.append(photo.view)
    return views


def render_screenshots(
    library: Path, out: Path, size: tuple[int, int], patient: str | None = None, language: str = "en"
) -> list[Path]:
    from photofollow.services.library import open_library
    from photofollow.ui.i18n import apply_language
    from photofollow.ui.library import LibraryGateway
    from photofollow.ui.main_window import MainWindow
    from photofollow.ui.operations import OperationRunner
    from photofollow.ui.qt_runtime import ensure_application
    from photofollow.ui.settings import Settings

    app = ensure_application()
    apply_language(language)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="photofollow-screenshot-") as scratch_name:
        scratch = Path(scratch_name)
        settings = Settings(scratch / "settings.ini")  # never the user's settings: the windows save geometry
        runner = OperationRunner()
        gateway = LibraryGateway(open_library(library, write=False), settings, read_only=True)
        try:
            record, treatment = _best_patient(gateway, patient)
            window = MainWindow(gateway, runner, settings)
            window.resize(*size)
            window.show()
            window.select_patient(record.patient.id)
            _settle(app, runner, 1.0)
            written.append(_save(window, out / "main-window.png"))

            views = _view_pairs(treatment)
            view = View.FRONTAL if View.FRONTAL in views else views[0]
            follow_ups = [
                v for v in treatment.visits if v.visit.kind is VisitKind.FOLLOW_UP and v.photo_of_view(view)
            ]
            latest = max(follow_ups, key=lambda v: v.visit.visited_at).photo_of_view(view)
            compare = window.open_comparison(treatment, view, latest)
            compare.resize(*size)
            _settle(app, runner, 1.0)
            written.append(_save(compare, out / "comparison.png"))
            compare.close()
            window.close()
        finally:
            runner.wait_idle(SETTLE_S)
            gateway.close()
        written.insert(1, _import_screenshot(app, gateway, record, treatment, scratch, out, size))
        runner.shutdown()
    return written


def _import_screenshot(app, source_gateway, record, treatment, scratch: Path, out: Path, size) -> Path:
    """Import the patient's follow-up photos, a duplicate and a damaged file into a scratch library."""
    from photofollow.services.library import open_library
    from photofollow.ui.import_dialog import ImportRequest
    from photofollow.ui.library import LibraryGateway
    from photofollow.ui.main_window import MainWindow
    from photofollow.ui.operations import OperationRunner, Progress
    from photofollow.ui.settings import Settings

    settings = Settings(scratch / "import-settings.ini")
    gateway = LibraryGateway(open_library(scratch / "library", create=True), settings)
    runner = OperationRunner()
    try:
        patient, _ = gateway.save_patient(
            Patient(record.patient.display_name, record.patient.chart_number, record.patient.birth_date)
        )
        original = treatment.treatment
        copy, _ = gateway.save_treatment(
            Treatment(
                patient.id,
                original.performed_at,
                original.area,
                original.goal,
                original.product,
                original.ingredients,
                original.physician,
                original.session_number,
            )
        )
        baselines = [v for v in treatment.visits if v.visit.kind is VisitKind.BASELINE]
        follow_ups = sorted(
            (v for v in treatment.visits if v.visit.kind is VisitKind.FOLLOW_UP),
            key=lambda v: v.visit.visited_at,
        )
        files = scratch / "files"
        files.mkdir()

        def originals(visit_record, prefix: str) -> dict[Path, View]:
            copies = {}
            for photo in visit_record.photos:
                source = source_gateway.photo_files(photo).original
                target = files / f"{prefix}-{photo.original_name}"
                shutil.copyfile(source, target)
                copies[target] = photo.view
            return copies

        baseline_files: dict[Path, View] = {}
        for baseline in baselines:
            visit, _ = gateway.save_visit(
                Visit(
                    copy.id,
                    VisitKind.BASELINE,
                    baseline.visit.visited_at,
                    baseline.visit.pain_score,
                    baseline.visit.notes,
                )
            )
            these = originals(baseline, f"b{baseline.visit.id}")
            gateway.import_files(list(these), visit.id, these, Progress(), lambda _outcome: None)
            baseline_files.update(these)
        latest = follow_ups[-1]
        visit, _ = gateway.save_visit(
            Visit(
                copy.id,
                VisitKind.FOLLOW_UP,
                latest.visit.visited_at,
                latest.visit.pain_score,
                latest.visit.notes,
            ),
            list(latest.symptoms),
        )
        request_files = originals(latest, "f")
        if baseline_files:
            duplicate, view = next(iter(baseline_files.items()))
            request_files[duplicate] = view
        damaged = files / "IMG_damaged.jpg"
        first = next(iter(request_files))
        damaged.write_bytes(first.read_bytes()[: max(1024, first.stat().st_size // 3)])
        request_files[damaged] = View.OTHER
        window = MainWindow(gateway, runner, settings)
        window.resize(*size)
        window.show()
        window.select_patient(patient.id)
        _settle(app, runner, 0.5)
        window.start_import(ImportRequest(list(request_files), patient.id, copy.id, visit.id, request_files))
        _settle(app, runner, 1.0)
        window.import_dock.show()
        window.resizeDocks([window.import_dock], [int(size[1] * 0.42)], _vertical())
        _settle(app, runner, 0.5)
        path = _save(window, out / "import-result.png")
        window.close()
        return path
    finally:
        runner.wait_idle(SETTLE_S)
        runner.shutdown()
        gateway.close()


def _vertical():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Vertical


def _save(widget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise PhotoFollowError(f"{path.name}: the picture could not be written to {path.parent}.")
    return path
