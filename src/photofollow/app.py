"""The composition root: builds the settings, the operation runner and the library; shows the main window."""

from __future__ import annotations

from pathlib import Path


def build_main_window(library_path: Path, runner=None, settings=None):
    """Open the library at `library_path` and return the main window on it (not shown yet); None when the
    library has named users and the sign-in was cancelled."""
    from photofollow.ui.library import open_library
    from photofollow.ui.main_window import MainWindow
    from photofollow.ui.operations import OperationRunner
    from photofollow.ui.settings import Settings

    settings = settings if settings is not None else Settings()
    runner = runner if runner is not None else OperationRunner()
    gateway = open_library(library_path, settings)
    from photofollow.ui.sign_in import sign_in_at_start

    if not sign_in_at_start(gateway):  # a library with named users: who is at the keyboard (issue 13)
        gateway.close()
        return None
    return MainWindow(gateway, runner, settings)


def run_gui(library: str | None = None, patient_id: int | None = None) -> int:
    """Open the program on `library` (else the last or default one), with `patient_id` selected if given."""
    from PySide6.QtWidgets import QMessageBox

    from photofollow.appdirs import APP_NAME, resolve_library
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.ui.i18n import apply_language
    from photofollow.ui.operations import OperationRunner
    from photofollow.ui.qt_runtime import ensure_application, settle_after_start
    from photofollow.ui.settings import Settings

    app = ensure_application()
    settings = Settings()
    apply_language(settings.language)
    library_path = resolve_library(library or settings.library_location or None)
    runner = OperationRunner(app)
    from photofollow.domain.errors import LibraryDamaged

    try:
        try:
            window = build_main_window(library_path, runner, settings)
        except LibraryDamaged as error:
            # A damaged, emptied or missing database beside photos: offer its backups, never a new library.
            from photofollow.reporting.words import error_text
            from photofollow.ui.restore_dialog import RestoreDialog

            dialog = RestoreDialog(library_path, runner, reason=error_text(error))
            dialog.exec()
            if dialog.restored is None:
                return 2
            window = build_main_window(library_path, runner, settings)
    except PhotoFollowError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    if window is None:  # the sign-in was cancelled
        runner.shutdown(wait=True)
        return 0
    if patient_id is not None:
        window.select_patient(patient_id)
    window.show()
    settle_after_start(runner)
    status = app.exec()
    runner.shutdown(wait=True)  # the database worker finishes its last write before the library closes
    window.gateway.close()
    return status
