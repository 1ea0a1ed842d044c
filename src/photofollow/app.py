"""The composition root: opens the library and shows the main window."""

from __future__ import annotations

import sys


def run_gui(library: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from photofollow.appdirs import APP_NAME, ORG_NAME, resolve_library

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    library_path = resolve_library(library)
    try:
        from photofollow.ui.main_window import open_main_window
    except ModuleNotFoundError:
        QMessageBox.information(None, APP_NAME, f"PhotoFollow's window is not built yet. Library: {library_path}")
        return 0
    window = open_main_window(library_path)
    window.show()
    return app.exec()
