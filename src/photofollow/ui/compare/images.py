"""Pixels for the comparison view: cached previews for the first paint, regions of the original as you zoom.

A region is decoded at the scale the screen needs (JPEG draft decoding reduces by 2, 4 or 8 for free) and only
the visible part, with a margin, is kept; the full decode it came from is dropped at once. One full-resolution
decode runs at a time in the whole program, so four 24 MP photos never hold four 72 MB decodes together.
Runs on worker threads: QImage (not QPixmap) is safe there.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QImageReader

from photofollow.domain.model import turned_orientation

PREVIEW_MAX_SIDE = 2048
MAX_REGION_PIXELS = 16_000_000  # a 4K screen with a margin; beyond that the screen cannot show more

_full_decode_gate = threading.Semaphore(1)


@dataclass(frozen=True, slots=True)
class PhotoImage:
    """Where a photo's pixels are: the original in the library and its cached preview (may be missing)."""

    original_path: Path
    preview_path: Path | None = None
    full_size: tuple[int, int] | None = None  # as shown (after EXIF orientation and rotation), when known
    rotation: int = 0  # the library's display rotation, clockwise on top of the EXIF orientation


def rotated(image: QImage, rotation: int) -> QImage:
    """An upright image turned by a display rotation (clockwise degrees)."""
    if rotation % 360 == 0 or image.isNull():
        return image
    from PySide6.QtGui import QTransform

    return image.transformed(QTransform().rotate(rotation % 360))


def _open(path: Path):
    """The photo opened lazily through imaging.decode: typed errors, HEIC support, the pixel limit."""
    from photofollow.imaging.decode import open_image

    return open_image(path)


def _orientation(image) -> int:
    """The orientation still to apply to the decoded pixels (imaging.decode's rule, HEIC included)."""
    from photofollow.imaging.decode import pending_orientation

    return pending_orientation(image)


def oriented_size(path: Path, rotation: int = 0) -> tuple[int, int]:
    """Width and height as shown (EXIF orientation, then the display rotation), from the header only."""
    with _open(path) as image:
        width, height = image.size
        if turned_orientation(_orientation(image), rotation) in (5, 6, 7, 8):
            return height, width
        return width, height


def pil_to_qimage(image) -> QImage:
    image = image.convert("RGB") if image.mode != "RGB" else image
    data = image.tobytes()
    qimage = QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
    # convertToFormat copies, so the QImage no longer points into `data`; RGB32 paints fastest.
    return qimage.convertToFormat(QImage.Format.Format_RGB32)


def load_preview(photo: PhotoImage) -> QImage:
    """The cached preview when it exists, otherwise the original decoded reduced (oriented either way)."""
    if photo.preview_path is not None and Path(photo.preview_path).is_file():
        reader = QImageReader(str(photo.preview_path))
        reader.setAutoTransform(False)  # previews are stored already oriented
        image = reader.read()
        if not image.isNull():
            return rotated(image.convertToFormat(QImage.Format.Format_RGB32), photo.rotation)
    return rotated(decode_scaled(photo.original_path, PREVIEW_MAX_SIDE), photo.rotation)


def decode_scaled(path: Path, max_side: int) -> QImage:
    from photofollow.imaging.decode import load_oriented

    return pil_to_qimage(load_oriented(path, max_side=max_side))


# EXIF orientation -> the Pillow transpose that shows the photo upright (as ImageOps.exif_transpose does).
_TRANSPOSE = {
    2: "FLIP_LEFT_RIGHT",
    3: "ROTATE_180",
    4: "FLIP_TOP_BOTTOM",
    5: "TRANSPOSE",
    6: "ROTATE_270",
    7: "TRANSVERSE",
    8: "ROTATE_90",
}
_INVERSE = {
    "FLIP_LEFT_RIGHT": "FLIP_LEFT_RIGHT",
    "ROTATE_180": "ROTATE_180",
    "FLIP_TOP_BOTTOM": "FLIP_TOP_BOTTOM",
    "TRANSPOSE": "TRANSPOSE",
    "TRANSVERSE": "TRANSVERSE",
    "ROTATE_270": "ROTATE_90",
    "ROTATE_90": "ROTATE_270",
}


def _map_point(method: str, x: float, y: float, width: float, height: float) -> tuple[float, float]:
    """Where point (x, y) of an image `width` x `height` lands after Pillow's transpose `method`."""
    return {
        "FLIP_LEFT_RIGHT": (width - x, y),
        "FLIP_TOP_BOTTOM": (x, height - y),
        "ROTATE_180": (width - x, height - y),
        "ROTATE_90": (y, width - x),  # counter-clockwise
        "ROTATE_270": (height - y, x),  # clockwise
        "TRANSPOSE": (y, x),
        "TRANSVERSE": (height - y, width - x),
    }[method]


def _map_rect(method: str, rect: tuple[float, float, float, float], size: tuple[int, int]):
    """The bounding rectangle of `rect` (x, y, w, h) in an image of `size` after the transpose `method`."""
    x, y, w, h = rect
    width, height = size
    corners = [
        _map_point(method, px, py, width, height)
        for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h))
    ]
    xs = [c[0] for c in corners]
    ys = [c[1] for c in corners]
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


def stored_rect(orientation: int, rect: tuple[float, float, float, float], shown_size: tuple[int, int]):
    """The rectangle of stored pixels that shows as `rect` (x, y, w, h) once the orientation is applied."""
    if orientation not in _TRANSPOSE:
        return rect
    return _map_rect(_INVERSE[_TRANSPOSE[orientation]], rect, shown_size)


def shown_rect(orientation: int, rect: tuple[float, float, float, float], stored_size: tuple[int, int]):
    """The rectangle, as shown, of the stored pixels `rect` (x, y, w, h): the inverse of `stored_rect`."""
    if orientation not in _TRANSPOSE:
        return rect
    return _map_rect(_TRANSPOSE[orientation], rect, stored_size)


def decode_region(
    path: Path, region: QRectF, scale: float, is_current=lambda: True, rotation: int = 0
) -> tuple[QImage, QRectF] | None:
    """Pixels of `region` (oriented, full-resolution coordinates) at about `scale` (screen px per photo px);
    `rotation` is the photo's display rotation, turned on top of its EXIF orientation.

    Returns the image and the rectangle it covers exactly (the decode grid may widen `region` by a pixel or
    two), or None when `is_current()` says the request was superseded while it waited for its turn.
    """
    from PIL import Image

    scale = max(1e-3, min(1.0, scale))
    out_w = max(1, round(region.width() * scale))
    out_h = max(1, round(region.height() * scale))
    if out_w * out_h > MAX_REGION_PIXELS:
        shrink = math.sqrt(MAX_REGION_PIXELS / (out_w * out_h))
        out_w, out_h = max(1, int(out_w * shrink)), max(1, int(out_h * shrink))
    from photofollow.imaging.decode import decode_guard

    with _full_decode_gate:
        if not is_current():
            return None
        image = _open(Path(path))
        try:
            with decode_guard(path):
                orientation = turned_orientation(_orientation(image), rotation)
                stored_w, stored_h = image.size
                shown = (stored_h, stored_w) if orientation in (5, 6, 7, 8) else (stored_w, stored_h)
                # Draft decoding picks the largest JPEG reduction that still gives the pixels asked for.
                image.draft("RGB", (max(1, math.ceil(stored_w * scale)), max(1, math.ceil(stored_h * scale))))
                rx = stored_w / image.size[0]
                ry = stored_h / image.size[1]
                x, y, w, h = stored_rect(
                    orientation, (region.x(), region.y(), region.width(), region.height()), shown
                )
                box = (
                    max(0, math.floor(x / rx)),
                    max(0, math.floor(y / ry)),
                    min(image.size[0], math.ceil((x + w) / rx)),
                    min(image.size[1], math.ceil((y + h) / ry)),
                )
                if box[2] <= box[0] or box[3] <= box[1]:
                    return None
                # Decodes once; the crop is a copy, and the decode goes with `image` just below.
                crop = image.crop(box)
        finally:
            image.close()
            del image
    covered = shown_rect(
        orientation,
        (box[0] * rx, box[1] * ry, (box[2] - box[0]) * rx, (box[3] - box[1]) * ry),
        (stored_w, stored_h),
    )
    if orientation in _TRANSPOSE:
        crop = crop.transpose(getattr(Image.Transpose, _TRANSPOSE[orientation]))
    target = (
        max(1, round(covered[2] * out_w / max(1.0, region.width()))),
        max(1, round(covered[3] * out_h / max(1.0, region.height()))),
    )
    if crop.size[0] > target[0] * 1.1:
        crop = crop.resize(target, Image.Resampling.BILINEAR, reducing_gap=2.0)
    return pil_to_qimage(crop), QRectF(*covered)
