"""Comparison sheets drawn with QPainter: PDF via QPdfWriter (real text, 300 dpi photos), PNG/JPEG via QImage.

Everything is laid out once, in a device-independent unit of 1/300 inch, with fonts sized in those units and
hinting off, so the preview, the PDF, the images and the printout paginate and wrap identically; a painter
scale maps the unit onto each device. Photos are decoded reduced (`imaging.decode`) and resampled to exactly
the pixels their printed size needs at 300 dpi (less for a lower-dpi image export) before they are drawn,
which keeps PDFs small and exports fast, and since only pixels are redrawn no EXIF (GPS, serials, file names)
of the source reaches an export. Every fixed word goes through `QCoreApplication.translate("Sheet", ...)`; the
check lines, time since treatment, dates and numbers through `reporting.words` (the GUI's words), in the
language and locale installed by `ui.i18n.apply_language`. Dates spell the month ("10 Mar 2026", "10 mrt
2026"): localised, and still unambiguous on a sheet that travels to a country with another date order.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from photofollow import __version__
from photofollow.domain.errors import CorruptImage, ExportFailed, LibraryError, UnreadableFile
from photofollow.domain.model import VisitKind
from photofollow.domain.text import Phrase, fill
from photofollow.domain.timing import as_instant
from photofollow.reporting.words import elapsed_label, number_text, phrase_text, view_name
from photofollow.services.sheets import (
    CheckStatus,
    Orientation,
    PageSize,
    Sheet,
    SheetPanel,
    Verdict,
)

UNITS_PER_INCH = 300.0  # the layout unit: one dot at 300 dpi
PDF_DPI = 300
DEFAULT_IMAGE_DPI = 150
MAX_IMAGE_DPI = 600
# Widely installed sans-serif families with full Latin-1/Latin Extended-A coverage (ë, æ, ø, å, ş ...):
# Windows, macOS, then Linux. Qt falls back per glyph beyond the first family found.
FONT_FAMILIES = ("Segoe UI", "Helvetica Neue", "Arial", "Noto Sans", "DejaVu Sans", "Liberation Sans")

MARGIN_MM = 12.0
GAP_MM = 4.0
MIN_PHOTO_MM = 35.0  # below this a photo stops being useful for comparison: start a new page instead
TABLE_SHARE_ON_PHOTO_PAGE = 0.4  # the symptom log may take this much of the last photo page
MIN_TABLE_ROWS_UNDER_PHOTOS = 3  # fewer would leave a table stub under the photos

INK = QColor("#1a1a1a")
MUTED = QColor("#5a5a5a")
RULE = QColor("#b8b8b8")
SHADE = QColor("#f0f0f0")
VERDICT_COLOURS = {
    Verdict.CONSISTENT: QColor("#1b7a3a"),
    Verdict.REVIEW: QColor("#9a5b00"),
    Verdict.INCONSISTENT: QColor("#b3261e"),
}
STATUS_COLOURS = {
    CheckStatus.FAIL: QColor("#b3261e"),
    CheckStatus.WARN: QColor("#9a5b00"),
    CheckStatus.SKIPPED: MUTED,
}
DEIDENTIFIED_COLOUR = QColor("#1f4e9c")

IMAGE_SUFFIXES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}

VIEW_NAMES = {
    "frontal": QT_TRANSLATE_NOOP("Sheet", "Frontal"),
    "oblique-45-left": QT_TRANSLATE_NOOP("Sheet", "45° left"),
    "oblique-45-right": QT_TRANSLATE_NOOP("Sheet", "45° right"),
    "lateral-90-left": QT_TRANSLATE_NOOP("Sheet", "90° left"),
    "lateral-90-right": QT_TRANSLATE_NOOP("Sheet", "90° right"),
    "scalp-vertex": QT_TRANSLATE_NOOP("Sheet", "Scalp, vertex"),
    "scalp-midline": QT_TRANSLATE_NOOP("Sheet", "Scalp, centre part"),
    "scalp-frontal": QT_TRANSLATE_NOOP("Sheet", "Scalp, frontal hairline"),
    "scalp-temporal-left": QT_TRANSLATE_NOOP("Sheet", "Scalp, left temple"),
    "scalp-temporal-right": QT_TRANSLATE_NOOP("Sheet", "Scalp, right temple"),
    "scalp-occipital": QT_TRANSLATE_NOOP("Sheet", "Scalp, back of the head"),
    "hands-dorsal": QT_TRANSLATE_NOOP("Sheet", "Hands, back"),
    "hands-palmar": QT_TRANSLATE_NOOP("Sheet", "Hands, palms"),
    "close-up": QT_TRANSLATE_NOOP("Sheet", "Close-up"),
    "other": QT_TRANSLATE_NOOP("Sheet", "Other view"),
}
AREA_NAMES = {
    "face": QT_TRANSLATE_NOOP("Sheet", "Face"),
    "scalp": QT_TRANSLATE_NOOP("Sheet", "Scalp"),
    "neck": QT_TRANSLATE_NOOP("Sheet", "Neck"),
    "decolletage": QT_TRANSLATE_NOOP("Sheet", "Décolletage"),
    "hands": QT_TRANSLATE_NOOP("Sheet", "Hands"),
    "body": QT_TRANSLATE_NOOP("Sheet", "Body"),
    "other": QT_TRANSLATE_NOOP("Sheet", "Other area"),
}
CHECK_NAMES = {
    "exposure": QT_TRANSLATE_NOOP("Sheet", "Brightness"),
    "white_balance": QT_TRANSLATE_NOOP("Sheet", "Colour of light"),
    "light_direction": QT_TRANSLATE_NOOP("Sheet", "Light direction"),
    "flash": QT_TRANSLATE_NOOP("Sheet", "Flash"),
    "sharpness": QT_TRANSLATE_NOOP("Sheet", "Sharpness"),
    "distance": QT_TRANSLATE_NOOP("Sheet", "Distance"),
    "framing": QT_TRANSLATE_NOOP("Sheet", "Framing"),
    "roll": QT_TRANSLATE_NOOP("Sheet", "Tilt"),
    "head_pose": QT_TRANSLATE_NOOP("Sheet", "Head angle"),
    "view": QT_TRANSLATE_NOOP("Sheet", "View"),
    "lens": QT_TRANSLATE_NOOP("Sheet", "Lens"),
    "camera": QT_TRANSLATE_NOOP("Sheet", "Camera"),
    "editing": QT_TRANSLATE_NOOP("Sheet", "Editing or filter"),
    "resolution": QT_TRANSLATE_NOOP("Sheet", "Resolution"),
    "capture_time": QT_TRANSLATE_NOOP("Sheet", "Capture time"),
    "expression": QT_TRANSLATE_NOOP("Sheet", "Expression"),
    "makeup": QT_TRANSLATE_NOOP("Sheet", "Make-up"),
}
STATUS_NAMES = {
    CheckStatus.FAIL: QT_TRANSLATE_NOOP("Sheet", "Fail"),
    CheckStatus.WARN: QT_TRANSLATE_NOOP("Sheet", "Warn"),
    CheckStatus.SKIPPED: QT_TRANSLATE_NOOP("Sheet", "Not checked"),
}
VERDICT_NAMES = {
    Verdict.CONSISTENT: QT_TRANSLATE_NOOP("Sheet", "Consistent with the baseline"),
    Verdict.REVIEW: QT_TRANSLATE_NOOP("Sheet", "Review: differs from the baseline"),
    Verdict.INCONSISTENT: QT_TRANSLATE_NOOP("Sheet", "Inconsistent with the baseline"),
}
TREND_NAMES = {
    "better": QT_TRANSLATE_NOOP("Sheet", "Better"),
    "same": QT_TRANSLATE_NOOP("Sheet", "Same"),
    "worse": QT_TRANSLATE_NOOP("Sheet", "Worse"),
}


def _t(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Sheet", ...) (where lupdate finds it)."""
    return QCoreApplication.translate("Sheet", text)


def _arg(template: str, *values: object) -> str:
    """Fill %1, %2, ... in one pass (as QString::arg does), whole numbers in the user's locale."""
    return fill(
        template,
        [number_text(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in values],
    )


def mm(value: float) -> float:
    """Millimetres to layout units."""
    return value * UNITS_PER_INCH / 25.4


def ensure_gui_application() -> QCoreApplication:
    """Text needs a QGuiApplication (fonts); the CLI has none, so start an offscreen one when needed."""
    app = QCoreApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("Sheets need a QGuiApplication (fonts); this process made a QCoreApplication.")
        return app
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["photofollow"])


# --- text ----------------------------------------------------------------------------------------------


_base_font_cache: list[QFont] = []


def _base_font() -> QFont:
    if not _base_font_cache:
        installed = set(QFontDatabase.families())
        present = [family for family in FONT_FAMILIES if family in installed]
        font = QFont()
        font.setFamilies(present + [f for f in FONT_FAMILIES if f not in present])
        # Hinting snaps glyphs to a device's pixel grid, which would make widths (and so line breaks)
        # differ between the preview, the PDF and the print.
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        if hasattr(font, "setFeature"):  # Qt >= 6.7
            # Ligatures ("ff" -> U+FB00) would make the PDF's text unsearchable for "differs" and the like.
            for tag in ("liga", "clig"):
                font.setFeature(QFont.Tag(tag), 0)
        _base_font_cache.append(font)
    return _base_font_cache[0]


def _font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(_base_font())
    font.setPixelSize(max(1, round(points * UNITS_PER_INCH / 72)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    colour: QColor | None = None
    italic: bool = False


class Paragraph:
    """Text laid out to a width: wraps at words, or anywhere inside a word longer than the line."""

    def __init__(
        self,
        runs: Sequence[Run] | str,
        points: float,
        width: float,
        *,
        bold: bool = False,
        italic: bool = False,
        colour: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ):
        if isinstance(runs, str):
            runs = [Run(runs)]
        self.text = "".join(run.text for run in runs)
        self.colour = colour
        self.width = width
        self.layout = QTextLayout(self.text, _font(points, bold, italic))
        formats, start = [], 0
        for run in runs:
            if run.bold or run.italic or run.colour is not None:
                char_format = QTextCharFormat()
                if run.bold:
                    char_format.setFontWeight(QFont.Weight.Bold)
                if run.italic:
                    char_format.setFontItalic(True)
                if run.colour is not None:
                    char_format.setForeground(QBrush(run.colour))
                format_range = QTextLayout.FormatRange()
                format_range.start, format_range.length, format_range.format = (
                    start,
                    len(run.text),
                    char_format,
                )
                formats.append(format_range)
            start += len(run.text)
        self.layout.setFormats(formats)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.layout.beginLayout()
        y = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        self.layout.endLayout()
        self.height = y

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.colour)
        clip = QRectF(x - mm(1), y - mm(0.5), self.width + mm(2), self.height + mm(1))
        painter.save()
        painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
        self.layout.draw(painter, QPointF(x, y))
        painter.restore()


# --- photos -------------------------------------------------------------------------------------------


def _load_rgb(path: Path, max_side: int) -> np.ndarray:
    """The photo upright in sRGB, decoded reduced to about `max_side` pixels on its long side."""
    from photofollow.imaging.decode import load_oriented

    image = load_oriented(path, max_side=max_side)
    return np.asarray(_as_srgb(image, image.info.get("icc_profile")))


def _as_srgb(image, icc_profile: bytes | None):
    """Pixels in sRGB: a sheet (PDF, PNG, print) is read as sRGB, so Adobe RGB and Display P3 photos are
    converted, or their colours would print dull or shifted next to a baseline taken in sRGB."""
    if not icc_profile:
        return image
    import io

    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        if "srgb" in (ImageCms.getProfileDescription(source) or "").casefold():
            return image  # already sRGB: skip a conversion that would only cost time
        return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # a damaged profile: the pixels as stored are the best guess


def _source_size(panel: SheetPanel) -> tuple[int, int]:
    """Oriented (width, height) of a panel's photo, without decoding its pixels when a size is known."""
    if panel.aligned is not None:
        return panel.aligned.frame_size
    if panel.display_size and panel.privacy is not None and panel.privacy.crop is not None:
        crop = panel.privacy.crop
        return max(1, round(panel.display_size[0] * crop[2])), max(1, round(panel.display_size[1] * crop[3]))
    if panel.display_size:
        return panel.display_size
    if isinstance(panel.image, np.ndarray):
        return int(panel.image.shape[1]), int(panel.image.shape[0])
    from photofollow.imaging.exif import read_facts

    return read_facts(panel.image).display_size  # header only: no pixels decoded


_STORE_NAME = re.compile(r"[0-9a-f]{64}\.[a-z0-9]{1,8}")  # a library's original (storage/store.py)
PHOTO_CACHE_SIZE = 12  # a preview re-rendered at another page size or dpi reuses what it decoded
_photo_cache: OrderedDict[tuple, QImage] = OrderedDict()
_photo_cache_lock = threading.Lock()


def clear_photo_cache() -> None:
    """Forget the photos decoded for earlier renders (benchmarks; a GUI closing the comparison)."""
    with _photo_cache_lock:
        _photo_cache.clear()


def _cached_photo(panel: SheetPanel, width: int, height: int) -> QImage:
    if isinstance(panel.image, np.ndarray):
        return _prepared_photo(panel, width, height)
    path = Path(panel.image)
    try:
        stat = path.stat()
    except OSError as error:
        if not isinstance(error, FileNotFoundError) or not _STORE_NAME.fullmatch(path.name):
            reason = f"the photo cannot be read for the sheet ({error.strerror})."
            raise UnreadableFile(path, reason) from error
        # The store's name is a hash a person cannot look for: name the photo by its visit and view.
        taken = f"{panel.taken_at:%Y-%m-%d %H:%M}" if panel.taken_at else "-"
        raise LibraryError(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The original of the %1 photo (%2 visit, taken %3) is missing from the library (%4). "
                    "Import that photo again into its visit to put it back, then export again.",
                ),
                (panel.view.value, panel.kind.value, taken, str(path.parent.parent.parent.parent)),
            )
        ) from error
    key = (str(path), stat.st_mtime_ns, stat.st_size, width, height, panel.aligned, panel.display_size,
           panel.privacy, panel.rotation)
    with _photo_cache_lock:
        if key in _photo_cache:
            _photo_cache.move_to_end(key)
            return _photo_cache[key]
    image = _prepared_photo(panel, width, height)
    with _photo_cache_lock:
        _photo_cache[key] = image
        while len(_photo_cache) > PHOTO_CACHE_SIZE:
            _photo_cache.popitem(last=False)
    return image


def _prepared_photo(panel: SheetPanel, width: int, height: int) -> QImage:
    """The panel's photo as an RGB QImage of exactly width x height pixels (aligned first when asked)."""
    from PIL import Image

    longest = max(width, height)
    crop = panel.privacy.crop if panel.privacy is not None else None
    if crop is not None:  # decode enough pixels for the part kept
        longest = round(longest / max(crop[2], crop[3], 0.05))
    if isinstance(panel.image, np.ndarray):
        rgb = np.ascontiguousarray(panel.image[..., :3], dtype=np.uint8)
    else:
        path = Path(panel.image)
        try:
            rgb = _load_rgb(path, longest)
        except (OSError, ValueError) as error:  # imaging.decode types its errors; this is a last guard
            raise CorruptImage(path, f"the photo could not be decoded for the sheet ({error}).") from error
        if panel.rotation % 360:  # turned as the nurse filed it; the file itself stays as taken
            rgb = np.ascontiguousarray(np.rot90(rgb, k=-(panel.rotation // 90)))
    picture = Image.fromarray(rgb, "RGB")
    if panel.privacy is not None:
        picture = _hidden(picture, panel.privacy)
    if panel.aligned is not None:
        picture = _aligned(picture, panel, width, height)
    elif abs(picture.width - width) > 1 or abs(picture.height - height) > 1:
        # The decoder already shrinks to the long side asked for; resampling again for a pixel of rounding
        # would only blur, so a photo within a pixel of its size is drawn as it is.
        picture = picture.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    data = picture.tobytes()
    return QImage(data, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888).copy()


def _hidden(picture, privacy):
    """The eyes painted over and/or the photo cropped (regions as shares of the upright photo)."""
    from PIL import ImageDraw

    width, height = picture.size
    if privacy.masks:
        picture = picture.copy()
        draw = ImageDraw.Draw(picture)
        for x, y, w, h in privacy.masks:
            draw.rectangle(
                (int(x * width), int(y * height), int((x + w) * width + 1), int((y + h) * height + 1)),
                fill=(0, 0, 0),
            )
    if privacy.crop is not None:
        x, y, w, h = privacy.crop
        picture = picture.crop(
            (int(x * width), int(y * height), max(int(x * width) + 1, int((x + w) * width)),
             max(int(y * height) + 1, int((y + h) * height)))
        )
    return picture


def _aligned(picture, panel: SheetPanel, width: int, height: int):
    """Warp a decoded follow-up onto its baseline's frame, with the matrix scaled to the decoded sizes."""
    from PIL import Image

    aligned = panel.aligned
    assert aligned is not None
    full_width = panel.display_size[0] if panel.display_size else picture.width
    decoded_scale = picture.width / full_width
    output_scale = width / aligned.frame_size[0]
    a, b, c, d, e, f = aligned.matrix
    full = np.array([[a, b, c], [d, e, f], [0.0, 0.0, 1.0]])
    scaled = (
        np.diag([output_scale, output_scale, 1.0])
        @ full
        @ np.diag([1 / decoded_scale, 1 / decoded_scale, 1.0])
    )
    inverse = np.linalg.inv(scaled)  # Pillow maps output pixels back to input pixels
    coefficients = tuple(float(v) for v in inverse[:2].ravel())
    return picture.transform(
        (width, height),
        Image.Transform.AFFINE,
        coefficients,
        Image.Resampling.BILINEAR,
        fillcolor=(128, 128, 128),
    )


def _fit(box: QRectF, size: tuple[int, int]) -> QRectF:
    """The largest rectangle of the photo's aspect ratio inside `box`, centred."""
    width, height = size
    scale = min(box.width() / width, box.height() / height)
    fitted = QSizeF(width * scale, height * scale)
    return QRectF(
        box.x() + (box.width() - fitted.width()) / 2,
        box.y() + (box.height() - fitted.height()) / 2,
        fitted.width(),
        fitted.height(),
    )


# --- layout -------------------------------------------------------------------------------------------


@dataclass
class PhotoPlacement:
    """Where a panel's photo is drawn on a page (layout units; see `PageLayout.to_pixels`)."""

    panel_index: int
    box: QRectF  # the cell's photo area
    rect: QRectF  # the photo itself, aspect ratio kept, centred in `box`


@dataclass
class PageLayout:
    """One page as laid out: its size in layout units and what sits where."""

    width: float
    height: float
    photos: list[PhotoPlacement] = field(default_factory=list)
    items: list[tuple] = field(default_factory=list)

    @staticmethod
    def to_pixels(rect: QRectF, dpi: float) -> tuple[int, int, int, int]:
        """A layout rectangle as (left, top, right, bottom) pixels of a page rendered at `dpi`."""
        scale = dpi / UNITS_PER_INCH
        return (
            round(rect.left() * scale),
            round(rect.top() * scale),
            round(rect.right() * scale),
            round(rect.bottom() * scale),
        )


def page_millimetres(page_size: PageSize, orientation: Orientation) -> tuple[float, float]:
    width, height = page_size.millimetres
    return (height, width) if orientation is Orientation.LANDSCAPE else (width, height)


SHEET_DATE = "d MMM yyyy"  # the month spelt in the sheet's language: no day/month order to misread


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), SHEET_DATE)


def _wall_clock(moment: datetime) -> str:
    """A date and time as the moment's own clock shows it, in the user's locale."""
    qt_moment = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second)
    )
    return QLocale().toString(qt_moment, f"{SHEET_DATE} HH:mm")


def _date_time(moment: datetime | None, reference: datetime) -> str:
    """Date and time in the treatment's time zone."""
    if moment is None:
        return QCoreApplication.translate("Sheet", "date unknown")
    return _wall_clock(as_instant(moment, reference).astimezone(reference.tzinfo))


class _Composer:
    """Lays a sheet out on pages: header, photo rows, the symptom log, footer."""

    def __init__(self, sheet: Sheet, page_mm: tuple[float, float]):
        self.sheet = sheet
        self.width, self.height = mm(page_mm[0]), mm(page_mm[1])
        self.left = mm(MARGIN_MM)
        self.content_width = self.width - 2 * mm(MARGIN_MM)
        self.header_items, header_bottom = self._header()
        self.footer_height = self._footer_paragraphs(99, 99)[2]
        self.top = header_bottom + mm(3)
        self.bottom = self.height - mm(MARGIN_MM) - self.footer_height - mm(3)
        self.pages: list[PageLayout] = []
        self._compose()

    # header and footer -------------------------------------------------------------------------------

    def _header(self) -> tuple[list[tuple], float]:
        header = self.sheet.header
        items: list[tuple] = []
        top, x = mm(MARGIN_MM), self.left
        logo_bottom = top
        if header.logo_path is not None:
            logo = QImage(str(header.logo_path))
            if not logo.isNull():
                box = QRectF(x, top, mm(35), mm(14))
                rect = _fit(box, (logo.width(), logo.height()))
                rect.moveLeft(x)
                items.append(("logo", logo, rect))
                x = rect.right() + mm(4)
                logo_bottom = rect.bottom()
        right_width = self.content_width * 0.38
        left_width = self.left + self.content_width - right_width - mm(4) - x
        clinic = Paragraph(header.clinic_name or " ", 14, left_width, bold=True)
        items.append(("para", clinic, x, top))
        title = Paragraph(
            QCoreApplication.translate("Sheet", "Photo comparison"),
            12,
            right_width,
            bold=True,
            align=Qt.AlignmentFlag.AlignRight,
        )
        right_x = self.left + self.content_width - right_width
        items.append(("para", title, right_x, top))
        right_bottom = top + title.height
        if header.deidentified:
            badge = Paragraph(
                QCoreApplication.translate("Sheet", "DE-IDENTIFIED"),
                9,
                right_width,
                bold=True,
                colour=DEIDENTIFIED_COLOUR,
                align=Qt.AlignmentFlag.AlignRight,
            )
            text_width = max(
                badge.layout.lineAt(i).naturalTextWidth() for i in range(badge.layout.lineCount())
            )
            box = QRectF(
                self.left + self.content_width - text_width - mm(4),
                right_bottom + mm(1),
                text_width + mm(4),
                badge.height + mm(1.6),
            )
            items.append(("badge", box))
            items.append(("para", badge, right_x - mm(2), right_bottom + mm(1.8)))
            right_bottom = box.bottom()
        y = max(logo_bottom, top + clinic.height, right_bottom) + mm(3)

        label, value = MUTED, INK
        sep = Run("    ")
        if header.deidentified:
            runs = [Run(QCoreApplication.translate("Sheet", "Pseudonym: "), colour=label)]
            runs.append(
                Run(_arg(QCoreApplication.translate("Sheet", "Patient %1"), header.pseudonym), bold=True)
            )
        else:
            runs = [Run(QCoreApplication.translate("Sheet", "Patient: "), colour=label)]
            runs.append(Run(header.patient_name or "", bold=True, colour=value))
            if header.chart_number:
                runs += [
                    sep,
                    Run(QCoreApplication.translate("Sheet", "Chart no.: "), colour=label),
                    Run(header.chart_number, bold=True),
                ]
            if header.birth_date:
                runs += [
                    sep,
                    Run(QCoreApplication.translate("Sheet", "Born: "), colour=label),
                    Run(_day(header.birth_date)),
                ]
        if header.purpose_note is not None:
            runs += [sep, Run(phrase_text(header.purpose_note), bold=True, colour=label)]
        patient = Paragraph(runs, 10, self.content_width)
        items.append(("para", patient, self.left, y))
        y += patient.height + mm(1)

        runs = []
        if not header.deidentified:  # a de-identified sheet shows time since treatment only, no date
            runs += [
                Run(QCoreApplication.translate("Sheet", "Treatment: "), colour=label),
                Run(_date_time(header.treatment_at, header.treatment_at), bold=True),
                sep,
            ]
        runs += [
            Run(QCoreApplication.translate("Sheet", "Area: "), colour=label),
            Run(_t(AREA_NAMES.get(str(header.area), str(header.area)))),
        ]
        if header.product:
            runs += [
                sep,
                Run(QCoreApplication.translate("Sheet", "Product: "), colour=label),
                Run(header.product),
            ]
        if header.physician:
            runs += [
                sep,
                Run(QCoreApplication.translate("Sheet", "Physician: "), colour=label),
                Run(header.physician),
            ]
        if header.session_number:
            runs += [sep, Run(_arg(QCoreApplication.translate("Sheet", "Session %1"), header.session_number))]
        if header.goal:
            runs += [sep, Run(QCoreApplication.translate("Sheet", "Goal: "), colour=label), Run(header.goal)]
        treatment = Paragraph(runs, 9, self.content_width)
        items.append(("para", treatment, self.left, y))
        y += treatment.height + mm(2)
        items.append(("rule", y))
        return items, y

    def _footer_paragraphs(self, page: int, pages: int) -> tuple[list[tuple], float, float]:
        footer = self.sheet.footer
        reminder = Paragraph(
            QCoreApplication.translate(
                "Sheet",
                "Photos support follow-up; they do not replace the examination. Symptoms such as trouble "
                "with vision or breathing, neurological symptoms or signs of a serious infection need "
                "urgent care and must not wait for photos.",
            ),
            7.5,
            self.content_width,
            italic=True,
            colour=MUTED,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        program = footer.program or f"PhotoFollow {__version__}"
        if self.sheet.header.deidentified:  # neither when nor by whom: both point at the patient's visit
            made = QCoreApplication.translate("Sheet", "de-identified sheet")
        else:
            made = _arg(
                QCoreApplication.translate("Sheet", "Made %1 by %2"),
                _wall_clock(footer.made_at),
                footer.made_by or QCoreApplication.translate("Sheet", "unknown user"),
            )
        made_paragraph = Paragraph(f"{made} · {program}", 7.5, self.content_width * 0.75, colour=MUTED)
        page_paragraph = Paragraph(
            _arg(QCoreApplication.translate("Sheet", "Page %1 of %2"), page, pages),
            7.5,
            self.content_width * 0.25,
            colour=MUTED,
            align=Qt.AlignmentFlag.AlignRight,
        )
        height = reminder.height + mm(1.5) + max(made_paragraph.height, page_paragraph.height)
        top = self.height - mm(MARGIN_MM) - height
        items = [
            ("rule", top - mm(1.5)),
            ("para", reminder, self.left, top),
            ("para", made_paragraph, self.left, top + reminder.height + mm(1.5)),
            ("para", page_paragraph, self.left + self.content_width * 0.75, top + reminder.height + mm(1.5)),
        ]
        return items, top, height

    # photos ------------------------------------------------------------------------------------------

    def _cell_paragraphs(self, panel: SheetPanel, width: float) -> list[Paragraph]:
        reference = self.sheet.header.treatment_at
        paragraphs = [Paragraph(elapsed_label(panel.elapsed), 10, width, bold=True)]
        if panel.pain_score is None:
            pain = QCoreApplication.translate("Sheet", "pain not recorded")
        else:
            pain = _arg(QCoreApplication.translate("Sheet", "Pain %1/10"), panel.pain_score)
        if self.sheet.header.deidentified:
            paragraphs.append(Paragraph(pain, 8.5, width))
        else:
            paragraphs.append(Paragraph(f"{_date_time(panel.taken_at, reference)} · {pain}", 8.5, width))
        view = _t(VIEW_NAMES.get(str(panel.view), str(panel.view)))
        if panel.aligned is not None:
            view += " · " + QCoreApplication.translate("Sheet", "aligned to the baseline")
        paragraphs.append(Paragraph(view, 8.5, width, colour=MUTED))
        if panel.kind is VisitKind.FOLLOW_UP:
            findings = panel.findings
            if findings is None:
                paragraphs.append(
                    Paragraph(
                        QCoreApplication.translate("Sheet", "Not checked against the baseline"),
                        8,
                        width,
                        italic=True,
                        colour=MUTED,
                    )
                )
            else:
                paragraphs.append(
                    Paragraph(
                        _t(VERDICT_NAMES[findings.verdict]),
                        8.5,
                        width,
                        bold=True,
                        colour=VERDICT_COLOURS[findings.verdict],
                    )
                )
                for line in findings.lines:
                    runs = [
                        Run(
                            _t(STATUS_NAMES[line.status]) + " ", bold=True, colour=STATUS_COLOURS[line.status]
                        ),
                        Run(_t(CHECK_NAMES.get(line.check_id, line.check_id)) + ": ", bold=True),
                        Run(phrase_text(line.phrase) if line.phrase is not None else line.message),
                    ]
                    paragraphs.append(Paragraph(runs, 7.5, width))
        if panel.visit_details:
            from photofollow.reporting.assessment import sheet_paragraphs

            paragraphs += sheet_paragraphs(panel, width)
        return paragraphs

    def _compose(self) -> None:
        sheet = self.sheet
        columns = max(sheet.columns, 1)
        gap = mm(GAP_MM)
        # A lone photo gets half the width: across a whole page it would crowd out its caption and the log.
        cell_width = (self.content_width - gap * (max(columns, 2) - 1)) / max(columns, 2)
        grid: dict[tuple[int, int], int] = {(p.row, p.column): i for i, p in enumerate(sheet.panels)}
        sizes = {i: _source_size(p) for i, p in enumerate(sheet.panels)}

        rows = []  # (heading, {column: paragraphs}, text height, ideal photo height)
        for row in range(sheet.rows):
            view = sheet.row_views[row] if row < len(sheet.row_views) else None
            if view is None:
                view = next(p.view for p in sheet.panels if p.row == row)
            heading = Paragraph(_t(VIEW_NAMES.get(str(view), str(view))), 10.5, self.content_width, bold=True)
            cells = {}
            ideal = 0.0
            for column in range(columns):
                index = grid.get((row, column))
                if index is None:
                    continue
                cells[column] = self._cell_paragraphs(sheet.panels[index], cell_width)
                width, height = sizes[index]
                ideal = max(ideal, cell_width * height / width)
            text_height = max((sum(p.height for p in ps) + mm(1) for ps in cells.values()), default=0.0)
            rows.append((heading, cells, text_height, ideal or cell_width * 0.75))

        available = self.bottom - self.top
        heading_gap, row_gap = mm(1.5), mm(5)

        def fixed(row_index: int) -> float:
            heading, _cells, text_height, _ideal = rows[row_index]
            return heading.height + heading_gap + mm(1.5) + text_height + row_gap

        page_rows: list[list[int]] = [[]]
        used = 0.0
        for index, row in enumerate(rows):
            need = fixed(index) + min(row[3], mm(MIN_PHOTO_MM))
            if page_rows[-1] and used + need > available:
                page_rows.append([])
                used = 0.0
            page_rows[-1].append(index)
            used += need

        def page_scale(indices: list[int], reserved: float = 0.0) -> float:
            spare = available - reserved - sum(fixed(i) for i in indices)
            ideal_total = sum(rows[i][3] for i in indices)
            return min(1.0, spare / ideal_total) if ideal_total else 1.0

        # One scale for every photo page, so a view is printed at the same size on each page.
        common_scale = min(page_scale(indices) for indices in page_rows)
        table = self._symptom_table()
        for number, indices in enumerate(page_rows):
            scale = common_scale
            table_here = False
            if number == len(page_rows) - 1:
                table_height = table.height_of(len(table.rows))
                reduced = page_scale(indices, table_height)
                minimum_scale = max(min(1.0, mm(MIN_PHOTO_MM) / rows[i][3]) for i in indices)
                if reduced >= common_scale:
                    table_here = True
                elif table_height <= available * TABLE_SHARE_ON_PHOTO_PAGE and reduced >= minimum_scale:
                    scale = reduced
                    table_here = True
            page = PageLayout(self.width, self.height)
            y = self.top
            for index in indices:
                heading, cells, text_height, ideal = rows[index]
                page.items.append(("para", heading, self.left, y))
                y += heading.height + heading_gap
                photo_height = max(ideal * scale, min(ideal, mm(MIN_PHOTO_MM)))
                for column in range(columns):
                    x = self.left + column * (cell_width + gap)
                    box = QRectF(x, y, cell_width, photo_height)
                    panel_index = grid.get((index, column))
                    if panel_index is None:
                        page.items.append(("empty", box))
                        continue
                    rect = _fit(box, sizes[panel_index])
                    # Photos sit in the top left of their cell: a row shares a top edge, and each caption
                    # starts under its own photo's left edge.
                    rect.moveTopLeft(box.topLeft())
                    page.photos.append(PhotoPlacement(panel_index, box, rect))
                    text_y = y + photo_height + mm(1.5)
                    for paragraph in cells[column]:
                        page.items.append(("para", paragraph, x, text_y))
                        text_y += paragraph.height
                y += photo_height + mm(1.5) + text_height + row_gap
            self.pages.append(page)
            if table_here:
                table.place(self, page, y, len(table.rows))
                table.rows = []
            elif number == len(page_rows) - 1 and table.empty is None:
                # A long log starts under the photos when a few rows fit there, and flows on.
                fitting = table.rows_fitting(self.bottom - y, at_least_one=False)
                if fitting >= MIN_TABLE_ROWS_UNDER_PHOTOS:
                    table.place(self, page, y, fitting)
                    table.rows = table.rows[fitting:]
        while table.rows or table.pending_heading:
            page = PageLayout(self.width, self.height)
            self.pages.append(page)
            fitting = table.rows_fitting(self.bottom - self.top)
            table.place(self, page, self.top, fitting)
            table.rows = table.rows[fitting:]
        if sheet.recoveries:
            self._recovery_pages()

    def _recovery_pages(self) -> None:
        """The treatment's recovery charts (issue 15, reporting.recovery), one per view, on pages of their own
        (two to a page where they fit), each page with the careful note below its charts."""
        note = Paragraph(
            QCoreApplication.translate(
                "Sheet",
                "Per measure, the largest change among the treated area's regions, each follow-up against "
                "the baseline, with its uncertainty; the shaded band is how long the sign usually lasts "
                "after this product (the clinic's policy). These numbers describe the photos; they do not "
                "diagnose.",
            ),
            8,
            self.content_width,
            italic=True,
            colour=MUTED,
        )
        several = len(self.sheet.recoveries) > 1
        page, y = None, self.top
        for index, (view, _series) in enumerate(self.sheet.recoveries):
            title = QCoreApplication.translate("Sheet", "Recovery after the treatment")
            if several:
                title = QCoreApplication.translate("Sheet", "Recovery after the treatment: %1 view").replace(
                    "%1", view_name(view)
                )
            heading = Paragraph(title, 10.5, self.content_width, bold=True)
            # Two to a page when there are several (four panels still read at half a page), one otherwise.
            per_page = 2 if several else 1
            room = self.bottom - self.top - note.height - mm(4) - per_page * (heading.height + mm(6))
            height = min(room / per_page, self.content_width * 0.62)
            if page is not None and y + heading.height + mm(2) + height + note.height + mm(4) > self.bottom:
                page.items.append(("para", note, self.left, y))
                page = None
            if page is None:
                page, y = PageLayout(self.width, self.height), self.top
                self.pages.append(page)
            page.items.append(("para", heading, self.left, y))
            y += heading.height + mm(2)
            page.items.append(("recovery", QRectF(self.left, y, self.content_width, height), index))
            y += height + mm(4)
        if page is not None:
            page.items.append(("para", note, self.left, y - mm(2)))

    def _symptom_table(self) -> _SymptomTable:
        return _SymptomTable(self.sheet, self.content_width)


class _SymptomTable:
    """The symptom log of the visits shown, as a table that flows over pages with its header repeated."""

    COLUMNS = (0.22, 0.16, 0.14, 0.09, 0.09, 0.30)

    def __init__(self, sheet: Sheet, width: float):
        self.width = width
        self.pending_heading = True
        reference = sheet.header.treatment_at
        self.heading = Paragraph(
            QCoreApplication.translate("Sheet", "Symptom log of the visits shown"), 10.5, width, bold=True
        )
        titles = [
            QCoreApplication.translate("Sheet", "Visit"),
            QCoreApplication.translate("Sheet", "Started"),
            QCoreApplication.translate("Sheet", "Area"),
            QCoreApplication.translate("Sheet", "Severity"),
            QCoreApplication.translate("Sheet", "Trend"),
            QCoreApplication.translate("Sheet", "Associated symptoms"),
        ]
        self.header_cells = self._cells(titles, bold=True)
        self.empty = None
        if not sheet.symptom_rows:
            self.empty = Paragraph(
                QCoreApplication.translate("Sheet", "No symptoms were recorded at the visits shown."),
                8.5,
                width,
                italic=True,
                colour=MUTED,
            )
        self.rows: list[list[Paragraph]] = []
        dated = not sheet.header.deidentified  # de-identified: time since treatment only
        for entry in sheet.symptom_rows:
            visit = elapsed_label(entry.visit_elapsed)
            if dated:
                visit = f"{_day(entry.visit_at.astimezone(reference.tzinfo).date())} · {visit}"
            values = [
                visit,
                _date_time(entry.started_at, reference) if entry.started_at and dated else "–",
                entry.area or "–",
                "–"
                if entry.severity is None
                else _arg(QCoreApplication.translate("Sheet", "%1/10"), entry.severity),
                "–" if entry.trend is None else _t(TREND_NAMES[str(entry.trend)]),
                entry.associated_symptoms or "–",
            ]
            self.rows.append(self._cells(values))

    def _cells(self, values: Sequence[str], bold: bool = False) -> list[Paragraph]:
        return [
            Paragraph(value, 8, self.width * share - mm(2), bold=bold)
            for value, share in zip(values, self.COLUMNS, strict=True)
        ]

    @staticmethod
    def _row_height(cells: Sequence[Paragraph]) -> float:
        return max(cell.height for cell in cells) + mm(1.6)

    def height_of(self, count: int) -> float:
        height = self.heading.height + mm(2)
        if self.empty is not None:
            return height + self.empty.height
        return (
            height + self._row_height(self.header_cells) + sum(self._row_height(r) for r in self.rows[:count])
        )

    def rows_fitting(self, available: float, at_least_one: bool = True) -> int:
        used = self.heading.height + mm(2) + self._row_height(self.header_cells)
        for count, row in enumerate(self.rows):
            used += self._row_height(row)
            if used > available:
                # On a page of its own, a row taller than the page is drawn clipped rather than looping.
                return max(1, count) if at_least_one else count
        return len(self.rows)

    def place(self, composer: _Composer, page: PageLayout, y: float, count: int) -> None:
        left = composer.left
        page.items.append(("para", self.heading, left, y))
        y += self.heading.height + mm(2)
        self.pending_heading = False
        if self.empty is not None:
            page.items.append(("para", self.empty, left, y))
            return
        for row_index, cells in enumerate([self.header_cells, *self.rows[:count]]):
            height = self._row_height(cells)
            if row_index == 0:
                page.items.append(("shade", QRectF(left, y, self.width, height)))
            x = left
            for cell, share in zip(cells, self.COLUMNS, strict=True):
                page.items.append(("para", cell, x + mm(1), y + mm(0.8)))
                x += self.width * share
            y += height
            page.items.append(("line", QPointF(left, y), QPointF(left + self.width, y)))


# --- painting -----------------------------------------------------------------------------------------


def sheet_layout(sheet: Sheet) -> list[PageLayout]:
    """The pages of a sheet as laid out (photo rectangles in layout units): for previews and tests."""
    ensure_gui_application()
    return _Composer(sheet, page_millimetres(sheet.page_size, sheet.orientation)).pages


def page_count(sheet: Sheet) -> int:
    return len(sheet_layout(sheet))


def _prepare_photos(sheet: Sheet, pages: list[PageLayout], dpi: float) -> dict[int, QImage]:
    """Decode and resample every photo to the pixels it needs at min(dpi, 300), a few at a time."""
    density = min(dpi, PDF_DPI) / UNITS_PER_INCH
    jobs = []
    for page in pages:
        for placement in page.photos:
            width = max(1, round(placement.rect.width() * density))
            height = max(1, round(placement.rect.height() * density))
            jobs.append((placement.panel_index, width, height))
    # Decoding releases the GIL (Pillow, libjpeg), so threads run the photos in parallel.
    workers = max(1, min(len(jobs), os.cpu_count() or 1, 4))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        images = list(pool.map(lambda job: _cached_photo(sheet.panels[job[0]], job[1], job[2]), jobs))
    return {job[0]: image for job, image in zip(jobs, images, strict=True)}


class _Painter:
    def __init__(self, sheet: Sheet, composer: _Composer, photos: dict[int, QImage]):
        self.sheet, self.composer, self.photos = sheet, composer, photos

    def paint_page(self, painter: QPainter, index: int, scale: float) -> None:
        composer = self.composer
        page = composer.pages[index]
        painter.save()
        painter.scale(scale, scale)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        footer_items, _top, _height = composer._footer_paragraphs(index + 1, len(composer.pages))
        for item in [*composer.header_items, *page.items, *footer_items]:
            self._draw_item(painter, item)
        for placement in page.photos:
            painter.drawImage(placement.rect, self.photos[placement.panel_index])
            painter.setPen(QPen(RULE, mm(0.15)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(placement.rect)
        painter.restore()

    def _draw_item(self, painter: QPainter, item: tuple) -> None:
        kind = item[0]
        composer = self.composer
        if kind == "para":
            _, paragraph, x, y = item
            paragraph.draw(painter, x, y)
        elif kind == "rule":
            painter.setPen(QPen(RULE, mm(0.25)))
            painter.drawLine(
                QPointF(composer.left, item[1]), QPointF(composer.left + composer.content_width, item[1])
            )
        elif kind == "line":
            painter.setPen(QPen(RULE, mm(0.15)))
            painter.drawLine(item[1], item[2])
        elif kind == "shade":
            painter.fillRect(item[1], SHADE)
        elif kind == "badge":
            painter.setPen(QPen(DEIDENTIFIED_COLOUR, mm(0.4)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(item[1], mm(1), mm(1))
        elif kind == "logo":
            _, logo, rect = item
            pixels = (
                logo.scaled(
                    max(1, round(rect.width())),
                    max(1, round(rect.height())),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                if logo.width() > rect.width()
                else logo
            )
            painter.drawImage(
                rect,
                pixels.convertToFormat(QImage.Format.Format_RGB32) if not logo.hasAlphaChannel() else pixels,
            )
        elif kind == "recovery":
            from photofollow.reporting.recovery import draw_recovery_chart

            draw_recovery_chart(painter, item[1], self.sheet.recoveries[item[2]][1], _font(7.5))
        elif kind == "empty":
            box = item[1]
            pen = QPen(RULE, mm(0.3))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            note = Paragraph(
                QCoreApplication.translate("Sheet", "No photo of this view at this visit"),
                8,
                box.width() - mm(4),
                italic=True,
                colour=MUTED,
                align=Qt.AlignmentFlag.AlignHCenter,
            )
            note.draw(painter, box.x() + mm(2), box.center().y() - note.height / 2)


def _prepared(sheet: Sheet, dpi: float, page_mm: tuple[float, float] | None = None) -> _Painter:
    ensure_gui_application()
    composer = _Composer(sheet, page_mm or page_millimetres(sheet.page_size, sheet.orientation))
    return _Painter(sheet, composer, _prepare_photos(sheet, composer.pages, dpi))


def _page_image(painter_plan: _Painter, index: int, dpi: float) -> QImage:
    composer = painter_plan.composer
    scale = dpi / UNITS_PER_INCH
    image = QImage(
        max(1, round(composer.width * scale)),
        max(1, round(composer.height * scale)),
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("white"))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter_plan.paint_page(painter, index, scale)
    finally:
        painter.end()
    return image


def render_sheet_to_images(sheet: Sheet, dpi: float = DEFAULT_IMAGE_DPI) -> list[QImage]:
    """Every page of the sheet as an RGB QImage at `dpi` (the preview, and the PNG/JPEG export)."""
    plan = _prepared(sheet, dpi)
    return [_page_image(plan, index, dpi) for index in range(len(plan.composer.pages))]


def render_sheet_to_image(sheet: Sheet, dpi: float = DEFAULT_IMAGE_DPI, page: int = 0) -> QImage:
    """One page of the sheet as a QImage at `dpi` (page 0 is the first)."""
    plan = _prepared(sheet, dpi)
    if not 0 <= page < len(plan.composer.pages):
        raise IndexError(f"The sheet has {len(plan.composer.pages)} page(s); there is no page {page + 1}.")
    return _page_image(plan, page, dpi)


def paint_sheet(
    sheet: Sheet,
    device,
    dpi: float,
    new_page: Callable[[], bool],
    page_mm: tuple[float, float] | None = None,
) -> int:
    """Paint every page on a paged device (QPdfWriter, QPrinter) whose origin is the paper's corner.

    `dpi` is the device's resolution; `new_page` advances the device; `page_mm` is the paper's (width,
    height) when it is not the sheet's own (a printer set to another paper). Returns the number of pages.
    """
    plan = _prepared(sheet, dpi, page_mm)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the output could not be opened for drawing")
    try:
        for index in range(len(plan.composer.pages)):
            if index and not new_page():
                raise OSError("a new page could not be started")
            plan.paint_page(painter, index, dpi / UNITS_PER_INCH)
    finally:
        painter.end()
    return len(plan.composer.pages)


def page_layout_for(sheet: Sheet) -> QPageLayout:
    """The sheet's paper as a QPageLayout with no margins (the sheet draws its own)."""
    size = QPageSize(
        QPageSize.PageSizeId.A4 if sheet.page_size is PageSize.A4 else QPageSize.PageSizeId.Letter
    )
    orientation = (
        QPageLayout.Orientation.Landscape
        if sheet.orientation is Orientation.LANDSCAPE
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def export_sheet(
    sheet: Sheet,
    path: str | Path,
    page_size: PageSize | None = None,
    orientation: Orientation | None = None,
    *,
    dpi: float | None = None,
    jpeg_quality: int = 90,
) -> list[Path]:
    """Write the sheet to `path` as PDF, PNG or JPEG (from the extension); returns the files written.

    A PDF holds every page. PNG/JPEG write one file per page: the first at `path`, the next ones as
    `<stem>-p2<suffix>`, ... `dpi` is 300 for PDF photos and defaults to 150 for images (at most 600).
    Raises ValueError for an unknown extension and ExportFailed when the file cannot be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix != ".pdf" and suffix not in IMAGE_SUFFIXES:
        raise ValueError(f"{path.name}: a sheet is written as .pdf, .png or .jpg, not '{path.suffix}'.")
    sheet = sheet.with_page(page_size, orientation)
    if not path.parent.is_dir():
        raise ExportFailed(
            path,
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "the folder %1 does not exist; choose an existing folder."),
                (str(path.parent),),
            ),
        )
    if suffix == ".pdf":
        return [_export_pdf(sheet, path)]
    resolution = min(float(dpi or DEFAULT_IMAGE_DPI), MAX_IMAGE_DPI)
    images = render_sheet_to_images(sheet, resolution)
    written = []
    for number, image in enumerate(images, start=1):
        target = path if number == 1 else path.with_name(f"{path.stem}-p{number}{path.suffix}")
        quality = jpeg_quality if IMAGE_SUFFIXES[suffix] == "JPEG" else -1
        # As the PDF: written beside the target, made durable and renamed, so an export killed or refused
        # (a full disk) midway never leaves a truncated image under the real name.
        partial = target.with_name(f".{target.name}.partial")
        try:
            if not image.save(str(partial), IMAGE_SUFFIXES[suffix], quality):
                raise OSError("the image could not be encoded or written")
            _make_durable(partial)
            os.replace(partial, target)
        except OSError:
            _remove_quietly(partial)
            raise ExportFailed(
                target,
                Phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the image could not be written; check that the folder is writable and the disk is "
                        "not full.",
                    ),
                ),
            ) from None
        written.append(target)
    return written


def _make_durable(path: Path) -> None:
    """fsync a finished file before it is renamed into place (a power cut leaves the old or the new one)."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # a read-only file system answers EROFS even for a missing file: keep the real error
        pass


def _export_pdf(sheet: Sheet, path: Path) -> Path:
    # Write next to the target and rename, so a failed export never leaves half a PDF under the real name.
    partial = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout_for(sheet))
    writer.setTitle(QCoreApplication.translate("Sheet", "Photo comparison"))
    writer.setCreator(f"PhotoFollow {__version__}")
    try:
        try:
            paint_sheet(sheet, writer, PDF_DPI, writer.newPage)
        finally:
            del writer  # closes the file, also when a photo could not be decoded
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError("nothing was written")
        _make_durable(partial)
        os.replace(partial, path)
    except OSError as error:
        raise ExportFailed(
            path,
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the PDF could not be written (%1); check that the folder is writable and the disk is "
                    "not full.",
                ),
                (str(error),),
            ),
        ) from error
    finally:
        try:
            partial.unlink(missing_ok=True)
        except OSError:  # a read-only file system answers EROFS even for a missing file: keep the real error
            pass
    return path


__all__ = [
    "clear_photo_cache",
    "PageLayout",
    "PhotoPlacement",
    "elapsed_label",
    "ensure_gui_application",
    "export_sheet",
    "page_count",
    "page_layout_for",
    "paint_sheet",
    "render_sheet_to_image",
    "render_sheet_to_images",
    "sheet_layout",
]
