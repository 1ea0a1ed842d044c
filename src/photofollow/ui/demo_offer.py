"""First run: a banner offering the demo library while the library has no patients, and the demo's build.

The banner is not modal: the window stays usable. "Open demo library" builds the demo (services.demo) on a
thread of its own with a progress dialog, then switches the window to it with the demo patient selected;
"Not now" hides the banner for good (the `firstrun/demo_offered` setting). A library that is itself the demo
never shows it. The demo's patient data is written in the language the window shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from photofollow.appdirs import APP_NAME
from photofollow.reporting import words
from photofollow.ui.operations import Progress
from photofollow.ui.progress import watch

OFFERED = "firstrun/demo_offered"


class DemoOffer(QFrame):
    """The banner. `window` is the MainWindow it sits in (its gateway, runner, settings, open_library)."""

    demo_opened = Signal(object)  # the DemoSummary, once the window shows the demo library

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.handle = None
        self.progress_dialog = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("demoOffer")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_demo)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.decline)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self.retranslate_ui()
        self.hide()
        # The first patient created by hand answers the offer too.
        window.patients_model.rowsInserted.connect(lambda *_: self.hide() if self.handle is None else None)

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr(
                "This library is empty. Would you like to look around in a demo library first? It holds a "
                "demo patient with a treatment, a baseline and two follow-ups; one follow-up was taken "
                "wrongly, so you can see what the checks find. Your own library is not changed."
            )
        )
        self.open_button.setText(self.tr("Open demo library"))
        self.open_button.setAccessibleName(self.tr("Open the demo library"))
        self.dismiss_button.setText(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Do not offer the demo library again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def consider(self, patient_count: int) -> None:
        """Show the banner on an empty library that is no demo, unless it was declined or is running."""
        from photofollow.services.demo import assets_available, is_demo_library

        if self.handle is not None:
            return
        if patient_count or self.window.settings.get(OFFERED) or not assets_available():
            self.hide()
            return
        gateway = self.window.gateway

        def shown_library_is_demo(_progress) -> bool:
            return is_demo_library(gateway.library)

        def answer(is_demo: bool) -> None:
            self.setVisible(not is_demo and gateway is self.window.gateway)

        self.window.runner.run_serial("is demo library", shown_library_is_demo, answer, lambda _e: None)

    def decline(self) -> None:
        self.window.settings.set(OFFERED, True)
        self.hide()

    def demo_folder(self) -> Path:
        """`PhotoFollow demo` beside the default library (as `photofollow demo` chooses it)."""
        from photofollow.appdirs import default_library_path
        from photofollow.services.demo import DEMO_FOLDER_NAME

        return default_library_path().parent / DEMO_FOLDER_NAME

    def open_demo(self, folder: Path | None = None) -> None:
        """Build (or find) the demo library off the GUI thread, then show it."""
        from photofollow.services.demo import create_demo_library
        from photofollow.ui.i18n import effective_language

        if self.handle is not None:
            return
        folder = Path(folder) if folder else self.demo_folder()
        self.window.settings.set(OFFERED, True)
        self.open_button.setEnabled(False)
        progress = Progress(self.tr("Preparing the demo library…"))
        language = effective_language(self.window.settings.language)  # as app.py applied it

        def work(progress: Progress):
            def tell(step) -> None:
                progress.update(step.done, step.total, self.tr("Preparing the demo library…"))

            return create_demo_library(
                folder, progress=tell, cancel=lambda: progress.cancelled, language=language
            )

        self.handle = self.window.runner.run_dedicated("demo", work, self._built, self._failed, progress)
        self.progress_dialog = watch(self.handle, self.tr("Demo library"), self.window)

    def _built(self, summary) -> None:
        self.handle = None
        self.open_button.setEnabled(True)
        start_library = self.window.settings.get("library/location")
        if self.window.open_library(summary.folder):
            # The program keeps starting on the clinic's own library, not on the demo.
            self.window.settings.set("library/location", start_library)
            self.hide()
            self.window.select_patient(summary.patient_id)
            self.demo_opened.emit(summary)

    def _failed(self, error: BaseException) -> None:
        from photofollow.services.demo import DemoCancelled

        self.handle = None
        self.open_button.setEnabled(True)
        if not isinstance(error, DemoCancelled):
            QMessageBox.warning(
                self.window,
                APP_NAME,
                self.tr("The demo library could not be prepared: %1").replace("%1", words.error_text(error)),
            )
