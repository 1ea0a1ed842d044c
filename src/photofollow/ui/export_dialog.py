"""The export dialog of a comparison: paper, orientation, de-identify and aligned, a live preview of the
sheet's pages, and saving (PDF, PNG, JPEG) or printing it; rendering and writing run off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photofollow.domain.model import View
from photofollow.domain.names import file_stem
from photofollow.reporting import words
from photofollow.services.sheets import Orientation, PageSize, Sheet, default_orientation
from photofollow.ui.operations import OperationHandle, OperationRunner
from photofollow.ui.settings import Settings

# Letter in these countries, A4 (ISO 216) elsewhere; PySide6 names territories QLocale.Country.
LETTER_TERRITORIES = frozenset({QLocale.Country.UnitedStates, QLocale.Country.Canada})
PREVIEW_DPI_RANGE = (60.0, 200.0)  # screen resolution, kept sane on odd screens
SAVE_PDF_KEYS = "Ctrl+S"
SAVE_IMAGE_KEYS = "Ctrl+Shift+S"
PRINT_KEYS = "Ctrl+P"
PREVIOUS_PAGE_KEYS = "PgUp"
NEXT_PAGE_KEYS = "PgDown"
AUTOMATIC = "auto"  # the orientation setting's value for "by the sheet's layout"

# (deidentify, aligned, purpose, masking) -> the sheet; runs on a worker thread
SheetFactory = Callable[[bool, bool, str, str], Sheet]


def default_page_size(locale: QLocale | None = None) -> PageSize:
    """Letter in the United States and Canada, A4 elsewhere (the system locale when none is given)."""
    territory = (locale or QLocale.system()).territory()
    return PageSize.LETTER if territory in LETTER_TERRITORIES else PageSize.A4


@dataclass(frozen=True, slots=True)
class ExportOptions:
    page_size: PageSize
    orientation: Orientation | None  # None: automatic, by the sheet's layout (landscape for 3-4 visits)
    deidentify: bool
    aligned: bool
    purpose: str = "clinical"  # services/consent.py Purpose: what the sheet is for, within the consent
    masking: str = "none"  # services/sheets.py Masking, de-identified only: none, eyes, crop


class SheetSource:
    """The sheets of one comparison, each made once per choice of content, laid on the paper asked.

    Thread-safe: the preview and a save may ask at once; the second waits for the first's sheet rather than
    reading the library twice. A sheet's `made_at` stays the same, so the saved file is the previewed one.
    """

    def __init__(self, factory: SheetFactory) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._sheets: dict[tuple[bool, bool, str, str], Sheet] = {}

    def sheet(self, options: ExportOptions) -> Sheet:
        key = (options.deidentify, options.aligned, options.purpose, options.masking)
        with self._lock:
            if key not in self._sheets:
                self._sheets[key] = self._factory(*key)
            sheet = self._sheets[key]
        orientation = options.orientation or default_orientation(sheet.layout, sheet.columns)
        return sheet.with_page(options.page_size, orientation)

    def written(self, action: str, options: ExportOptions, result):
        """A sheet saved ("export") or printed ("print"): recorded in the library's audit trail when the
        factory can (`library_sheet_factory`'s `record`); returns `result`."""
        record = getattr(self._factory, "record", None)
        if record is not None:
            record(action, options.deidentify, options.purpose)
        return result


def library_sheet_factory(
    folder: Path,
    *,
    patient_id: int,
    treatment_id: int,
    view: View,
    visit_ids: Sequence[int],
    clinic_name: str = "",
    logo_path: str = "",
    policy_path: Path | None = None,
    user=None,
) -> SheetFactory:
    """A factory of the sheet `photofollow export` writes for these visits, from a read-only library, made
    as `user` (the program's signed-in user, in a library with named users: services/users.continue_as)."""

    def make(deidentify: bool, aligned: bool, purpose: str = "clinical", masking: str = "none") -> Sheet:
        from photofollow import __version__
        from photofollow.services.sheets import Masking, sheet_from_library
        from photofollow.services.users import continue_as

        return sheet_from_library(
            folder,
            patient=patient_id,
            treatment=treatment_id,
            view=view,
            visits=list(visit_ids),
            deidentify=deidentify,
            aligned=aligned,
            clinic_name=clinic_name,
            logo_path=Path(logo_path) if logo_path and Path(logo_path).is_file() else None,
            policy_path=policy_path if policy_path is not None and policy_path.is_file() else None,
            program=f"PhotoFollow {__version__}",
            purpose=purpose,
            sign_in=(lambda library: continue_as(library, user)) if user is not None else None,
            audited=False,  # a preview is no export: the save or print is recorded (`record`)
            masking=Masking(masking) if deidentify else Masking.NONE,
        )

    def record(action: str, deidentify: bool, purpose: str) -> None:
        from photofollow.services.sheets import record_sheet_output
        from photofollow.services.users import continue_as

        record_sheet_output(
            folder,
            action,
            patient_id=patient_id,
            treatment_id=treatment_id,
            visit_ids=list(visit_ids),
            purpose=purpose,
            deidentified=deidentify,
            sign_in=(lambda library: continue_as(library, user)) if user is not None else None,
        )

    make.record = record  # type: ignore[attr-defined]
    return make


def suggested_file_stem(sheet: Sheet) -> str:
    """Chart number (else name, or the pseudonym when de-identified), treatment date and view(s)."""
    header = sheet.header
    who = f"Patient {header.pseudonym}" if header.deidentified else header.chart_number or header.patient_name
    views = "+".join(view.value for view in sheet.row_views) or "sheet"
    # Short and safe whatever the name holds (10 kB, slashes, control characters): the name is cut, not
    # the date and views that tell two sheets of one patient apart.
    return f"{file_stem(who or 'sheet')} {header.treatment_at:%Y-%m-%d} {file_stem(views, 30)}"


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


class PagePreview(QWidget):
    """One page of the sheet, fitted to the widget with its paper's proportions, or a sentence instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.message = ""
        self.dimmed = False  # an outdated page while the new one renders
        self.setMinimumSize(QSize(320, 380))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do on it; the page keys work anywhere

    def show_page(self, image: QImage) -> None:
        self.image, self.message, self.dimmed = image, "", False
        self.update()

    def show_message(self, text: str) -> None:
        self.image, self.message, self.dimmed = QImage(), text, False
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        self.dimmed = dimmed
        self.update()

    def page_rect(self) -> QRectF:
        """Where the page is drawn: fitted inside a margin, centred."""
        if self.image.isNull():
            return QRectF()
        margin = 12.0
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        scale = min(width / self.image.width(), height / self.image.height())
        shown_w, shown_h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - shown_w) / 2, (self.height() - shown_h) / 2, shown_w, shown_h)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Mid))
        if self.image.isNull():
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(
                self.rect().adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message,
            )
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.page_rect()
        painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 60))  # a shadow: the page reads as paper
        painter.drawImage(rect, self.image)
        painter.setPen(QPen(QColor("#808080"), 1))
        painter.drawRect(rect)
        if self.dimmed:
            painter.fillRect(rect, QColor(255, 255, 255, 110))


class ExportDialog(QDialog):
    """Options, preview and output of one comparison's sheet; non-modal, so the comparison stays usable."""

    def __init__(
        self,
        factory: SheetFactory,
        runner: OperationRunner,
        settings: Settings,
        *,
        aligned: bool = False,
        on_written: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.source = SheetSource(factory)
        self.runner = runner
        self.settings = settings
        self.on_written = on_written
        self.sheet: Sheet | None = None  # the sheet of the options shown, once made
        self.pages: list[QImage] = []
        self.page_index = 0
        self.error_box: QMessageBox | None = None
        self.last_written: list[Path] = []
        self._rendering = False
        self._writing = False
        self._failure = ""  # why the preview could not be made, shown in its place

        self.page_size_combo = QComboBox(self)
        self.orientation_combo = QComboBox(self)
        self.page_size_label = QLabel(self)
        self.page_size_label.setBuddy(self.page_size_combo)
        self.orientation_label = QLabel(self)
        self.orientation_label.setBuddy(self.orientation_combo)
        self.deidentify_box = QCheckBox(self)
        self.aligned_box = QCheckBox(self)
        self.purpose_combo = QComboBox(self)
        self.purpose_label = QLabel(self)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.masking_combo = QComboBox(self)  # de-identified sheets: hide the eyes, or crop below them
        self.masking_label = QLabel(self)
        self.masking_label.setBuddy(self.masking_combo)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no percentage to give: a moving bar says "working"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(12)
        self.busy_label = QLabel(self)
        self.busy_label.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_pdf_button = QPushButton(self)
        self.save_image_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.preview = PagePreview(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.save_pdf_action = self._action(SAVE_PDF_KEYS, self.save_pdf)
        self.save_image_action = self._action(SAVE_IMAGE_KEYS, self.save_image)
        self.print_action = self._action(PRINT_KEYS, self.print_sheet)
        self.previous_page_action = self._action(
            PREVIOUS_PAGE_KEYS, lambda: self.show_page(self.page_index - 1)
        )
        self.next_page_action = self._action(NEXT_PAGE_KEYS, lambda: self.show_page(self.page_index + 1))

        form = QFormLayout()
        form.addRow(self.page_size_label, self.page_size_combo)
        form.addRow(self.orientation_label, self.orientation_combo)
        form.addRow(self.purpose_label, self.purpose_combo)
        form.addRow(self.masking_label, self.masking_combo)
        options = QVBoxLayout()
        options.addLayout(form)
        options.addWidget(self.deidentify_box)
        options.addWidget(self.aligned_box)
        options.addStretch(1)
        options.addWidget(self.busy_label)
        options.addWidget(self.busy_bar)
        options.addWidget(self.result_label)
        for button in (self.save_pdf_button, self.save_image_button, self.print_button):
            options.addWidget(button)
        options.addSpacing(12)
        options.addWidget(self.close_button)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(pages)
        layout = QHBoxLayout(self)
        layout.addLayout(options, 0)
        layout.addLayout(right, 1)
        order = [
            self.page_size_combo,
            self.orientation_combo,
            self.purpose_combo,
            self.deidentify_box,
            self.masking_combo,
            self.aligned_box,
            self.save_pdf_button,
            self.save_image_button,
            self.print_button,
            self.close_button,
            self.previous_button,
            self.next_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.retranslate_ui()
        self._load_settings(aligned)
        self.page_size_combo.currentIndexChanged.connect(self._options_changed)
        self.orientation_combo.currentIndexChanged.connect(self._options_changed)
        self.purpose_combo.currentIndexChanged.connect(self._options_changed)
        self.masking_combo.currentIndexChanged.connect(self._options_changed)
        self.deidentify_box.toggled.connect(self._options_changed)
        self.aligned_box.toggled.connect(self._options_changed)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_image_button.clicked.connect(self.save_image)
        self.print_button.clicked.connect(self.print_sheet)
        self.close_button.clicked.connect(self.reject)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        self.save_pdf_button.setDefault(True)
        self.resize(1040, 780)
        self._update_state()
        self.request_preview()

    def _action(self, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- texts ---------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export comparison sheet"))
        self.page_size_label.setText(self.tr("Paper &size:"))
        self.orientation_label.setText(self.tr("&Orientation:"))
        self.page_size_combo.setAccessibleName(self.tr("Paper size"))
        self.orientation_combo.setAccessibleName(self.tr("Orientation"))
        _fill(
            self.page_size_combo,
            [(self.tr("A4"), PageSize.A4.value), (self.tr("Letter"), PageSize.LETTER.value)],
        )
        _fill(
            self.orientation_combo,
            [
                (self.tr("Automatic"), AUTOMATIC),
                (self.tr("Portrait"), Orientation.PORTRAIT.value),
                (self.tr("Landscape"), Orientation.LANDSCAPE.value),
            ],
        )
        self.orientation_combo.setToolTip(
            self.tr("Automatic: landscape for three or four visits side by side, portrait otherwise.")
        )
        self.purpose_label.setText(self.tr("P&urpose:"))
        self.purpose_combo.setAccessibleName(self.tr("Purpose"))
        _fill(
            self.purpose_combo,
            [
                (self.tr("Clinical record"), "clinical"),
                (self.tr("Sharing with other clinicians"), "colleague"),
                (self.tr("Teaching"), "teaching"),
                (self.tr("Publication"), "publication"),
            ],
        )
        self.masking_label.setText(self.tr("&Hide:"))
        self.masking_combo.setAccessibleName(self.tr("Hide on a de-identified sheet"))
        _fill(
            self.masking_combo,
            [
                (self.tr("Nothing more"), "none"),
                (self.tr("The eyes"), "eyes"),
                (self.tr("All above the mid face (crop)"), "crop"),
            ],
        )
        self.masking_combo.setToolTip(
            self.tr(
                "On a de-identified sheet: a bar over the eyes, or each photo cropped to the face below them."
            )
        )
        self.purpose_combo.setToolTip(
            self.tr(
                "What the sheet is for, stated on it. A purpose beyond the patient's recorded consent is "
                "refused; teaching and publication without consent only de-identified."
            )
        )
        self.deidentify_box.setText(self.tr("&De-identify (pseudonym, no name or birth date)"))
        self.deidentify_box.setToolTip(
            self.tr(
                "The sheet shows a pseudonym instead of the patient's name, chart number and birth date, "
                "and says that it is de-identified. The same patient keeps the same pseudonym in this "
                "library."
            )
        )
        self.aligned_box.setText(self.tr("&Aligned"))
        self.aligned_box.setToolTip(
            self.tr("Show each follow-up aligned on its baseline where the photos could be registered.")
        )
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.preview.setAccessibleName(self.tr("Preview of the sheet"))
        self.save_pdf_button.setText(self.tr("Save as &PDF…"))
        self.save_image_button.setText(self.tr("Save as &image…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.close_button.setText(self.tr("&Close"))
        self.previous_button.setText(self.tr("Pre&vious page"))
        self.next_button.setText(self.tr("&Next page"))
        tips = (
            (self.save_pdf_button, self.save_pdf_action, self.tr("Save the sheet as a PDF file")),
            (self.save_image_button, self.save_image_action, self.tr("Save the sheet as PNG or JPEG images")),
            (self.print_button, self.print_action, self.tr("Print the sheet through the system dialog")),
            (self.previous_button, self.previous_page_action, self.tr("Show the previous page")),
            (self.next_button, self.next_page_action, self.tr("Show the next page")),
        )
        for button, action, text in tips:
            action.setText(text)
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text} ({key})")
        self.close_button.setToolTip(
            self.tr("Close this dialog (%1)").replace(
                "%1", QKeySequence(Qt.Key.Key_Escape).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.pages:
                self.request_preview()  # the sheet's own words are translated too
        super().changeEvent(event)

    # -- options -------------------------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        orientation = self.orientation_combo.currentData()
        return ExportOptions(
            page_size=PageSize(self.page_size_combo.currentData()),
            orientation=None if orientation == AUTOMATIC else Orientation(orientation),
            deidentify=self.deidentify_box.isChecked(),
            aligned=self.aligned_box.isChecked(),
            purpose=self.purpose_combo.currentData() or "clinical",
            masking=self.masking_combo.currentData() if self.deidentify_box.isChecked() else "none",
        )

    def _load_settings(self, aligned: bool) -> None:
        stored = self.settings.get("export/page_size")
        page_size = PageSize(stored) if stored in {size.value for size in PageSize} else default_page_size()
        self.page_size_combo.setCurrentIndex(self.page_size_combo.findData(page_size.value))
        stored = self.settings.get("export/orientation")
        self.orientation_combo.setCurrentIndex(max(0, self.orientation_combo.findData(stored)))
        self.deidentify_box.setChecked(self.settings.get("export/deidentify"))
        self.aligned_box.setChecked(aligned)

    def _options_changed(self) -> None:
        options = self.options()
        self.settings.set("export/page_size", options.page_size.value)
        self.settings.set(
            "export/orientation", options.orientation.value if options.orientation else AUTOMATIC
        )
        self.settings.set("export/deidentify", options.deidentify)
        self.request_preview()

    # -- preview -------------------------------------------------------------------------------------------

    def preview_dpi(self) -> float:
        """The screen's resolution (physical pixels), so the preview is as sharp as the screen allows."""
        low, high = PREVIEW_DPI_RANGE
        return max(low, min(high, self.logicalDpiY() * self.devicePixelRatioF()))

    def request_preview(self) -> None:
        """Render the pages for the current options on a thread; one render at a time, the latest wins."""
        if self._rendering:
            return  # the running render's completion sees that the options moved on and starts again
        options = self.options()
        dpi = self.preview_dpi()
        source = self.source
        self._rendering = True
        self.sheet = None
        self._failure = ""
        self._update_state()

        def work(_progress) -> tuple[Sheet, list[QImage]]:
            from photofollow.reporting.render import render_sheet_to_images

            sheet = source.sheet(options)
            return sheet, render_sheet_to_images(sheet, dpi)

        def current() -> bool:
            """Whether this render's outcome is still wanted (the dialog open, the options unchanged);
            starts the render for the new options when they moved on meanwhile."""
            if not _alive(self):
                return False
            self._rendering = False
            if options != self.options():
                self.request_preview()
                return False
            return True

        def done(result: tuple[Sheet, list[QImage]]) -> None:
            if current():
                self.sheet, self.pages = result
                self.show_page(min(self.page_index, len(self.pages) - 1))
                self._update_state()

        def failed(error: BaseException) -> None:
            if current():
                self.pages = []
                reason = words.error_text(error)
                self._failure = self.tr("The sheet could not be made: %1").replace("%1", reason)
                self.preview.show_message(self._failure)
                self._update_state()

        self.runner.run_dedicated("sheet preview", work, done, failed)

    def show_page(self, index: int) -> None:
        if not self.pages:
            return
        self.page_index = max(0, min(index, len(self.pages) - 1))
        self.preview.show_page(self.pages[self.page_index])
        self._update_state()

    def _update_state(self) -> None:
        ready = self.sheet is not None and not self._rendering
        self.masking_combo.setEnabled(self.deidentify_box.isChecked())  # only a de-identified sheet hides
        for widget in (self.save_pdf_button, self.save_image_button, self.print_button):
            widget.setEnabled(ready and not self._writing)
        for action in (self.save_pdf_action, self.save_image_action, self.print_action):
            action.setEnabled(ready and not self._writing)
        count = len(self.pages)
        self.previous_button.setEnabled(count > 1 and self.page_index > 0)
        self.next_button.setEnabled(count > 1 and self.page_index < count - 1)
        self.previous_page_action.setEnabled(self.previous_button.isEnabled())
        self.next_page_action.setEnabled(self.next_button.isEnabled())
        if count:
            text = self.tr("Page %1 of %2").replace("%1", str(self.page_index + 1)).replace("%2", str(count))
        else:
            text = ""
        self.page_label.setText(text)
        self.preview.setAccessibleDescription(text)
        busy = self._rendering or self._writing
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        if self._writing:
            self.busy_label.setText(self.tr("Writing the sheet…"))
        elif self._rendering:
            self.busy_label.setText(self.tr("Updating the preview…"))
        self.preview.set_dimmed(self._rendering and bool(self.pages))
        if self.sheet is not None:  # say what automatic means for this sheet
            automatic = default_orientation(self.sheet.layout, self.sheet.columns)
            self.orientation_combo.setItemText(
                0,
                self.tr("Automatic (landscape)")
                if automatic is Orientation.LANDSCAPE
                else self.tr("Automatic (portrait)"),
            )
        if self._rendering and not self.pages:
            self.preview.show_message(self.tr("Preparing the preview…"))
        elif self._failure:
            self.preview.show_message(self._failure)

    # -- output --------------------------------------------------------------------------------------------

    def _suggested_path(self, suffix: str) -> str:
        stem = suggested_file_stem(self.sheet) if self.sheet is not None else "sheet"
        folder = self.last_written[0].parent if self.last_written else Path.home()
        return str(folder / f"{stem}{suffix}")

    def save_pdf(self) -> None:
        if not self.save_pdf_button.isEnabled():
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the sheet as PDF"), self._suggested_path(".pdf"), self.tr("PDF (*.pdf)")
        )
        if name:
            path = Path(name)
            self.save_to(path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"))

    def save_image(self) -> None:
        if not self.save_image_button.isEnabled():
            return
        png, jpeg = self.tr("PNG image (*.png)"), self.tr("JPEG image (*.jpg *.jpeg)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the sheet as an image"), self._suggested_path(".png"), f"{png};;{jpeg}"
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
                path = path.with_name(path.name + (".jpg" if chosen == jpeg else ".png"))
            self.save_to(path)

    def save_to(self, path: Path) -> OperationHandle:
        """Write the sheet as previewed to `path` (PDF, PNG or JPEG by its suffix) on a thread of its own."""
        from photofollow.reporting.render import export_sheet

        options = self.options()
        source = self.source
        return self._write(
            "export sheet",
            lambda _progress: source.written("export", options, export_sheet(source.sheet(options), path)),
            path,
            lambda written: self._written_text(written),
        )

    def print_sheet(self) -> None:
        """The system print dialog, preset to the sheet's paper; the printing itself runs on a thread."""
        if self.sheet is None or not self.print_button.isEnabled():
            return
        from PySide6.QtPrintSupport import QPrintDialog

        from photofollow.reporting.printing import new_printer

        printer = new_printer(self.sheet)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print comparison sheet"))
        if dialog.exec() == QDialog.DialogCode.Accepted and _alive(self):
            self.print_to(printer)

    def print_to(self, printer) -> OperationHandle:
        """Print the sheet as previewed on a set-up printer (or a PDF-file QPrinter) on a thread.

        Qt allows painting on a QPrinter outside the GUI thread; the printer is kept alive by the closure."""
        from photofollow.reporting.printing import print_sheet_to_printer

        options = self.options()
        source = self.source
        target = printer.outputFileName() or printer.printerName()

        def done_text(_pages: int) -> str:
            if printer.outputFileName():
                return self.tr("Sheet printed to %1").replace("%1", printer.outputFileName())
            return self.tr("Sheet sent to the printer %1").replace("%1", printer.printerName())

        return self._write(
            "print sheet",
            lambda _progress: source.written(
                "print", options, print_sheet_to_printer(source.sheet(options), printer)
            ),
            Path(target) if target else None,
            done_text,
        )

    def _written_text(self, written: list[Path]) -> str:
        self.last_written = list(written)
        if len(written) == 1:
            return self.tr("Sheet written to %1").replace("%1", str(written[0]))
        return self.tr("Sheet written to %1 and %n more page(s) next to it", None, len(written) - 1).replace(
            "%1", str(written[0])
        )

    def _write(
        self, name: str, work, target: Path | None, describe: Callable[[object], str]
    ) -> OperationHandle:
        self._writing = True
        self.result_label.clear()
        self._update_state()

        def done(result) -> None:
            if not _alive(self):
                return
            self._writing = False
            text = describe(result)
            self.result_label.setText(text)
            self._update_state()
            if self.on_written is not None:
                self.on_written(text)

        def failed(error: BaseException) -> None:
            if not _alive(self):
                return
            self._writing = False
            self._update_state()
            message = words.error_text(error)
            if target is not None and str(target) not in message:
                message = f"{target}: {message}"
            self.show_error(message)

        return self.runner.run_dedicated(name, work, done, failed)

    def show_error(self, message: str) -> None:
        """A warning that does not block the event loop (the preview and other windows go on)."""
        if self.error_box is not None and _alive(self.error_box):
            self.error_box.close()
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("The sheet was not written"), message, parent=self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()


def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Set the items' texts, keeping the choice (a language change re-fills them)."""
    current = combo.currentData() if combo.count() else None
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
    finally:
        combo.blockSignals(False)
