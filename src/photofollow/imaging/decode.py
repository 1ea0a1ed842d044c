"""Safe photo decoding: typed errors for bad files, EXIF orientation applied exactly once, reduced decodes.

Every decode in PhotoFollow goes through this module, so the rules live in one place:

- Formats: whatever Pillow reads, plus HEIC/HEIF through pillow-heif; AVIF through Pillow's own plugin
  (Pillow >= 11.2) or, failing that, through pillow-heif when it still offers it.
- Size limit: `PIXEL_LIMIT` (200 megapixels). The biggest photo cameras make about 150 MP (medium format)
  and a 100 MP photo must import; anything larger is a scan or a decompression bomb and is refused with
  `ImageTooLarge` before any pixel is decoded.
- Memory budget: `DECODE_BUDGET_BYTES` (512 MiB; `PHOTOFOLLOW_DECODE_BUDGET_MB` overrides it). Before any
  pixel is decoded, the memory a decode needs is worked out from the pixel count and the bytes Pillow keeps
  per pixel of the file's mode (4 for RGB: Pillow stores it padded), at the reduced size where the format
  decodes reduced (JPEG DCT scaling, HEIF thumbnails), plus the copies that follow (conversion to RGB, the
  array). More than the budget is refused with `ImageTooLarge` (a 199-megapixel PNG "bomb" of a few hundred
  kilobytes would need 800 MB); less is decoded, and a reduced request is box-reduced in Pillow before any
  full-size copy is made, so a 100-megapixel PNG costs its decoded size once. With two decodes at a time
  (services/importing.py PARALLEL_PIXEL_BUDGET), an import's memory stays bounded by the budget.
- Orientation: applied exactly once. For JPEG, TIFF, PNG, WebP and AVIF (Pillow turns the AVIF container's
  irot/imir into the EXIF Orientation it reports) the EXIF Orientation tag is applied. For HEIC/HEIF the
  container decides: libheif already applies the irot/imir boxes when it decodes, and pillow-heif then
  resets the EXIF Orientation it exposes to 1 (keeping the original in `info["original_orientation"]`).
  When the container declares irot/imir (iPhones) the pixels are final; when it declares none but the EXIF
  says otherwise (Samsung Galaxy HEICs carry only the EXIF tag), the EXIF Orientation is applied, as
  exiftool and the phone's own gallery show it.
- Errors: no Pillow, pillow-heif or OS exception escapes; callers get `UnsupportedImage`, `CorruptImage`,
  `ImageTooLarge` or `UnreadableFile` with a sentence naming the file. Truncated files raise `CorruptImage`
  (Pillow's LOAD_TRUNCATED_IMAGES stays off; truncated HEIF, which libheif would fill with green tiles,
  is caught by checking that every item the file indexes lies inside the file).
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from PIL import Image, ImageFile, UnidentifiedImageError, features

from photofollow.domain.errors import (
    CorruptImage,
    ImageTooLarge,
    PhotoFileError,
    UnreadableFile,
    UnsupportedImage,
)
from photofollow.domain.text import QT_TRANSLATE_NOOP, Number, Phrase

log = logging.getLogger(__name__)

PIXEL_LIMIT = 200_000_000
"""Most pixels PhotoFollow decodes (width x height). Also set as Pillow's MAX_IMAGE_PIXELS."""

READABLE_FORMATS = QT_TRANSLATE_NOOP("Errors", "JPEG, HEIC, PNG, TIFF, WebP or AVIF")


def _budget_from_environment() -> int:
    try:
        megabytes = int(os.environ.get("PHOTOFOLLOW_DECODE_BUDGET_MB", "512"))
    except ValueError:
        megabytes = 512
    return max(64, megabytes) * 1024 * 1024


DECODE_BUDGET_BYTES = _budget_from_environment()
"""Most memory one decode may take (module doc); 512 MiB holds a 100-megapixel RGB photo decoded once."""

# Bytes Pillow keeps per pixel in each mode (RGB and LA are stored padded to 4 bytes).
_BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16L": 2, "I;16B": 2, "I;16N": 2}
# Modes Pillow's reduce() takes as they are; others are converted (a full-size copy) first.
_REDUCIBLE = frozenset({"L", "LA", "La", "RGB", "RGBA", "RGBa", "I", "F", "CMYK", "PA"})


def decode_cost(size: tuple[int, int], mode: str, reduced: bool) -> int:
    """Bytes a decode of an image of `size` and `mode` takes at its peak (module doc: memory budget);
    `reduced` when the pixels are reduced in Pillow right after decoding."""
    pixels = size[0] * size[1]
    decoded = pixels * _BYTES_PER_PIXEL.get(mode, 4)
    if reduced:
        return decoded + (0 if mode in _REDUCIBLE else pixels * 4)
    converted = 0 if mode == "RGB" else pixels * 4
    flattened = pixels * 8 if mode in ("RGBA", "LA", "La", "RGBa", "PA") else 0
    return decoded + converted + flattened + pixels * 3  # + the array

_registered = False
_register_lock = threading.Lock()


def register_formats() -> None:
    """Make Pillow read HEIC/HEIF (and AVIF) and use the project's pixel limit. Safe to call many times."""
    global _registered
    if _registered:
        return
    with _register_lock:
        if _registered:
            return
        Image.MAX_IMAGE_PIXELS = PIXEL_LIMIT
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
            if not features.check("avif") and hasattr(pillow_heif, "register_avif_opener"):
                pillow_heif.register_avif_opener()
        except ImportError:  # the wheel always ships it; a source install might not
            log.warning("pillow-heif is not installed: HEIC photos cannot be read")
        _registered = True


# --------------------------------------------------------------------------------------------- errors


def _kind_from_header(head: bytes) -> str | None:
    """The image format a file's first bytes announce, or None when they announce no image."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[4:8] == b"ftyp":
        return "AVIF" if head[8:12] in (b"avif", b"avis") else "HEIF"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    return None


def _says(source: str, *args: object) -> Phrase:
    """A reason for the nurse; `source` is marked with QT_TRANSLATE_NOOP("Errors", ...) for translation."""
    return Phrase("Errors", source, args)


def _unreadable(path: Path, error: OSError) -> UnreadableFile:
    if isinstance(error, FileNotFoundError):
        reason = _says(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot be found. It may have been moved, renamed or deleted, or its drive disconnected.",
            )
        )
    elif isinstance(error, PermissionError):
        reason = _says(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot be read: permission denied. Copy it to a folder of your own, or ask whoever manages "
                "this computer for access.",
            )
        )
    else:
        reason = _says(
            QT_TRANSLATE_NOOP(
                "Errors", "cannot be read (%1). Check the drive or network share and try again."
            ),
            error.strerror or str(error),
        )
    return UnreadableFile(path, reason)


def _damaged(path: Path, kind: str | None = None, truncated: bool = False) -> CorruptImage:
    if truncated and kind:
        reason = _says(
            QT_TRANSLATE_NOOP(
                "Errors",
                "is an incomplete %1 file: the picture data stops early. Copy it again from the camera or "
                "phone.",
            ),
            kind,
        )
    elif truncated:
        reason = _says(
            QT_TRANSLATE_NOOP(
                "Errors",
                "is an incomplete file: the picture data stops early. Copy it again from the camera or "
                "phone.",
            )
        )
    elif kind:
        reason = _says(
            QT_TRANSLATE_NOOP(
                "Errors",
                "is a damaged %1 file that cannot be decoded. Copy it again from the camera or phone.",
            ),
            kind,
        )
    else:
        reason = _says(
            QT_TRANSLATE_NOOP(
                "Errors", "is a damaged file that cannot be decoded. Copy it again from the camera or phone."
            )
        )
    return CorruptImage(path, reason)


def _too_large(path: Path, pixels: int | None = None) -> ImageTooLarge:
    limit = Number(PIXEL_LIMIT // 1_000_000)
    if pixels:
        reason = _says(
            QT_TRANSLATE_NOOP(
                "Errors",
                "has %1 megapixels, more than the %2 megapixels PhotoFollow opens. Export a smaller copy (a "
                "photo needs at most about 50 megapixels) and import that.",
            ),
            Number(round(pixels / 1e6)),
            limit,
        )
    else:
        reason = _says(
            QT_TRANSLATE_NOOP(
                "Errors",
                "is larger than the %1 megapixels PhotoFollow opens. Export a smaller copy (a photo needs at "
                "most about 50 megapixels) and import that.",
            ),
            limit,
        )
    return ImageTooLarge(path, reason)


def _over_budget(path: Path, cost: int) -> ImageTooLarge:
    return ImageTooLarge(
        path,
        _says(
            QT_TRANSLATE_NOOP(
                "Errors",
                "would need %1 MB of memory to open, more than the %2 MB PhotoFollow allows itself for one "
                "photo. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.",
            ),
            Number(round(cost / 2**20)),
            Number(round(DECODE_BUDGET_BYTES / 2**20)),
        ),
    )


def _not_an_image(path: Path) -> UnsupportedImage:
    return UnsupportedImage(
        path,
        _says(
            QT_TRANSLATE_NOOP(
                "Errors", "is not a photo PhotoFollow can read (%1 expected). Check the file you picked."
            ),
            _readable_formats(),
        ),
    )


def _readable_formats() -> Phrase:
    return _says(READABLE_FORMATS)


def _read_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(32)
    except OSError as error:
        raise _unreadable(path, error) from error


@contextlib.contextmanager
def decode_guard(path: str | os.PathLike[str]) -> Iterator[None]:
    """Turn whatever Pillow, pillow-heif or the OS raises inside the block into PhotoFollow's typed errors.

    Use it around calls on an image from `open_image` that read pixels (`load()`, `convert()`, ...).
    """
    path = Path(path)
    try:
        yield
    except PhotoFileError:
        raise
    except Image.DecompressionBombError as error:
        raise _too_large(path) from error
    except MemoryError as error:
        raise _too_large(path) from error
    except UnidentifiedImageError as error:
        kind = _kind_from_header(_read_head(path))
        raise (_damaged(path, kind) if kind else _not_an_image(path)) from error
    except OSError as error:
        if error.errno is not None:  # a real I/O error; Pillow's own OSErrors carry no errno
            raise _unreadable(path, error) from error
        truncated = "truncated" in str(error)
        raise _damaged(path, _kind_from_header(_read_head(path)), truncated=truncated) from error
    except Exception as error:  # SyntaxError, ValueError, struct.error, EOFError, RuntimeError...
        log.debug("decoding %s failed", path, exc_info=True)
        raise _damaged(path, _kind_from_header(_read_head(path))) from error


# --------------------------------------------------------------------------------------------- opening


def open_image(path: str | os.PathLike[str]) -> Image.Image:
    """Open a photo lazily (header only) after the safety checks; use it as a context manager.

    Raises `UnreadableFile` (missing, permission, I/O), `UnsupportedImage` (not an image), `CorruptImage`
    (empty, damaged header) or `ImageTooLarge` (more than `PIXEL_LIMIT` pixels). Pixels are read later, by
    `load()`: wrap such calls in `decode_guard(path)`, or use `load_oriented`/`load_oriented_rgb`.
    """
    register_formats()
    path = Path(path)
    try:
        status = path.stat()
    except OSError as error:
        raise _unreadable(path, error) from error
    if path.is_dir():
        raise UnsupportedImage(path, _says(QT_TRANSLATE_NOOP("Errors", "is a folder, not a photo file.")))
    if status.st_size == 0:
        raise CorruptImage(
            path,
            _says(QT_TRANSLATE_NOOP("Errors", "is empty (0 bytes). Copy it again from the camera or phone.")),
        )
    with decode_guard(path):
        image = Image.open(path)
    width, height = image.size
    if width * height > PIXEL_LIMIT:
        image.close()
        raise _too_large(path, width * height)
    if width <= 0 or height <= 0:
        image.close()
        raise _damaged(path, image.format)
    # Refused at once when even the smallest decode the format allows would break the memory budget, so
    # that nothing (EXIF reading included) decodes it. JPEG decodes at 1/8; HEIF may hold a thumbnail.
    if image.format not in ("HEIF", "AVIF"):
        scale = 8 if image.format in ("JPEG", "MPO") else 1
        smallest = decode_cost((-(-width // scale), -(-height // scale)), image.mode, reduced=True)
        if smallest > DECODE_BUDGET_BYTES:
            image.close()
            raise _over_budget(path, smallest)
    return image


def is_heif_plugin_image(image: Image.Image) -> bool:
    """True for images decoded by pillow-heif (libheif has applied the container's transforms)."""
    return type(image).__module__.startswith("pillow_heif")


def heif_container_transforms(image: Image.Image) -> tuple | None:
    """The irot/imir boxes of a pillow-heif image's primary item, e.g. (("irot", 270),); None when unknown.

    Must be called before `load()` (pillow-heif drops its file handle afterwards). pillow-heif exposes the
    list only on its C object; when a version lacks it we return None and trust pillow-heif's own rule.
    """
    try:
        heif_image = image._heif_file[image.tell()]  # type: ignore[attr-defined]
        transformations = heif_image._c_image.transformations
    except (AttributeError, IndexError, TypeError):
        return None
    return tuple(item for item in transformations if item and item[0] in ("irot", "imir"))


def _valid_orientation(value: object) -> int:
    """EXIF Orientation as 1-8; 0, junk or absence mean "as stored" (1)."""
    if isinstance(value, (tuple, list)):
        value = value[0] if value else None
    try:
        orientation = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return 1
    return orientation if 1 <= orientation <= 8 else 1


def pending_orientation(image: Image.Image) -> int:
    """The EXIF orientation (1-8) still to apply to this freshly opened image's decoded pixels.

    Call before `load()`. See the module docstring for the HEIF rule.
    """
    if is_heif_plugin_image(image):
        transforms = heif_container_transforms(image)
        if transforms is None or transforms:
            return 1  # the container declares its orientation and libheif has applied it
        return _valid_orientation(image.info.get("original_orientation"))
    try:
        return _valid_orientation(image.getexif().get(0x0112))
    except Exception:  # hostile EXIF: show the pixels as stored
        log.debug("cannot read the EXIF orientation", exc_info=True)
        return 1


# ------------------------------------------------------------------------------- HEIF truncation check


def _isobmff_data_missing(path: Path) -> bool:
    """True when a HEIF/AVIF file ends before the data its `iloc` box indexes (a truncated copy).

    libheif decodes such files without error and paints the missing tiles green, so we look ourselves.
    Reads only box headers and the `meta` box. Anything we cannot parse counts as "not missing": libheif
    remains the judge of files it can open.
    """
    try:
        file_size = path.stat().st_size
        with open(path, "rb") as file:
            position = 0
            meta = None
            while position + 8 <= file_size:
                file.seek(position)
                header = file.read(16)
                size, box_type = struct.unpack(">I4s", header[:8])
                header_size = 8
                if size == 1:
                    size = struct.unpack(">Q", header[8:16])[0]
                    header_size = 16
                elif size == 0:
                    size = file_size - position
                if size < header_size:
                    return False
                if position + size > file_size:
                    return True  # a top-level box (usually mdat) is cut off
                if box_type == b"meta" and meta is None and size <= 64 * 1024 * 1024:
                    file.seek(position + header_size)
                    meta = file.read(size - header_size)
                position += size
        if meta is None:
            return False
        iloc = _child_box(meta, 4, b"iloc")  # meta is a full box: 4 bytes of version and flags first
        return iloc is not None and _iloc_points_past(iloc, file_size)
    except (OSError, struct.error, ValueError, IndexError):
        return False


def _child_box(payload: bytes, start: int, wanted: bytes) -> bytes | None:
    position = start
    while position + 8 <= len(payload):
        size, box_type = struct.unpack(">I4s", payload[position : position + 8])
        header_size = 8
        if size == 1:
            size = struct.unpack(">Q", payload[position + 8 : position + 16])[0]
            header_size = 16
        elif size == 0:
            size = len(payload) - position
        if size < header_size:
            return None
        if box_type == wanted:
            return payload[position + header_size : position + size]
        position += size
    return None


def _iloc_points_past(iloc: bytes, file_size: int) -> bool:
    """Parse an ItemLocationBox (ISO/IEC 14496-12 8.11.3) and check file-offset extents fit the file."""
    version = iloc[0]
    offset_size, length_size = iloc[4] >> 4, iloc[4] & 0x0F
    base_offset_size = iloc[5] >> 4
    index_size = iloc[5] & 0x0F if version in (1, 2) else 0
    position = 6

    def read(byte_count: int) -> int:
        nonlocal position
        if byte_count == 0:
            return 0
        if byte_count not in (2, 4, 8) or position + byte_count > len(iloc):
            raise ValueError("bad iloc field")
        value = int.from_bytes(iloc[position : position + byte_count], "big")
        position += byte_count
        return value

    item_count = read(2 if version < 2 else 4)
    for _ in range(item_count):
        read(2 if version < 2 else 4)  # item_ID
        construction_method = read(2) & 0x0F if version in (1, 2) else 0
        read(2)  # data_reference_index
        base_offset = read(base_offset_size)
        for _ in range(read(2)):
            read(index_size)
            extent_offset = read(offset_size)
            extent_length = read(length_size)
            if construction_method == 0 and base_offset + extent_offset + extent_length > file_size:
                return True
    return False


# --------------------------------------------------------------------------------------------- decoding


def _to_rgb(image: Image.Image) -> Image.Image:
    """8-bit RGB; transparency flattened onto white, 16-bit grey scaled (not clipped) to 8 bits."""
    if image.mode == "RGB":
        return image
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        pixels = np.asarray(image).astype(np.float32)
        peak = 65535.0 if image.mode.startswith("I;16") or pixels.max(initial=0) > 255 else 255.0
        grey = np.clip(pixels * (255.0 / peak) + 0.5, 0, 255).astype(np.uint8)
        return Image.fromarray(grey, "L").convert("RGB")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode == "P" and "transparency" in image.info
    ):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def _shrink(pixels: np.ndarray, max_side: int, frame: tuple[int, int] | None = None) -> np.ndarray:
    """Pixels with their long side at most `max_side`; `frame` is the (width, height) the result's size is
    worked out from, when the pixels were already box-reduced from it (the size stays exactly the one a
    direct shrink of the frame gives)."""
    height, width = pixels.shape[:2]
    frame_width, frame_height = frame or (width, height)
    target = max_side / max(frame_width, frame_height)
    if target >= 1:
        return pixels
    import cv2  # lazily: OpenCV costs start-up time the CLI and GUI should not pay

    size = (
        max(1, min(max_side, round(frame_width * target))),
        max(1, min(max_side, round(frame_height * target))),
    )
    scale = size[0] / width
    if size == (width, height):
        return pixels
    # Shrinking by less than 2x (a 6000 px JPEG drafted to 3000 px, then to 2048) bilinear is within
    # 1-2.5 dB PSNR of area averaging against a full-decode Lanczos reference (44-46 dB on real and
    # generated 24 MP photos) at a seventh of the cost; stronger reductions need area averaging.
    interpolation = cv2.INTER_LINEAR if scale > 0.5 else cv2.INTER_AREA
    return cv2.resize(pixels, size, interpolation=interpolation)


def _orient(pixels: np.ndarray, orientation: int) -> np.ndarray:
    if orientation == 2:
        pixels = pixels[:, ::-1]
    elif orientation == 3:
        pixels = pixels[::-1, ::-1]
    elif orientation == 4:
        pixels = pixels[::-1]
    elif orientation == 5:
        pixels = pixels.transpose(1, 0, 2)
    elif orientation == 6:
        pixels = np.rot90(pixels, -1)
    elif orientation == 7:
        pixels = np.rot90(pixels[:, ::-1], -1)
    elif orientation == 8:
        pixels = np.rot90(pixels, 1)
    return np.ascontiguousarray(pixels)


def _decode(path: str | os.PathLike[str], max_side: int | None) -> tuple[np.ndarray, dict]:
    if max_side is not None and max_side < 1:
        raise ValueError(f"max_side must be a positive number of pixels, not {max_side}")
    path = Path(path)
    with open_image(path) as image, decode_guard(path):
        orientation = pending_orientation(image)
        if image.format in ("HEIF", "AVIF") and _isobmff_data_missing(path):
            raise _damaged(path, image.format, truncated=True)
        if max_side is not None:
            width, height = image.size
            scale = max_side / max(width, height)
            if scale < 1:
                # JPEG: DCT scaling by 1/2, 1/4 or 1/8, never below the requested size;
                # HEIF: an embedded thumbnail at least this big, if there is one.
                image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
        if ImageFile.LOAD_TRUNCATED_IMAGES:
            log.warning("PIL.ImageFile.LOAD_TRUNCATED_IMAGES is on: truncated photos would decode grey")
        # Decided before a pixel is decoded (draft() has already chosen the reduced size, if any).
        cost = decode_cost(image.size, image.mode, reduced=max_side is not None)
        if cost > DECODE_BUDGET_BYTES:
            raise _over_budget(path, cost)
        image.load()
        extras = {key: image.info[key] for key in ("icc_profile",) if image.info.get(key)}
        decoded = image
        frame = decoded.size
        if max_side is not None:
            factor = max(decoded.size) // max_side
            if factor >= 2:  # box-reduce in Pillow, to no less than max_side, before any full-size copy
                if decoded.mode not in _REDUCIBLE:
                    decoded = decoded.convert("RGBA" if "transparency" in decoded.info else "RGB")
                decoded = decoded.reduce(factor)
        rgb = _to_rgb(decoded)
        pixels = np.asarray(rgb)
        del decoded, rgb
    if max_side is not None:
        pixels = _shrink(pixels, max_side, frame)
    return _orient(pixels, orientation), extras


def load_oriented_rgb(path: str | os.PathLike[str], max_side: int | None = None) -> np.ndarray:
    """Decode a photo as an H x W x 3 uint8 RGB array, as it is meant to be seen (EXIF orientation applied).

    With `max_side`, the longer side is at most `max_side` pixels and the decode itself is reduced
    (JPEG DCT scaling, HEIF thumbnails), so a 24 MP preview never decodes at full size.
    Raises the typed errors of `open_image`, and `CorruptImage` for truncated or damaged pixel data.
    """
    pixels, _ = _decode(path, max_side)
    return pixels


def load_oriented(path: str | os.PathLike[str], max_side: int | None = None) -> Image.Image:
    """`load_oriented_rgb` as an RGB Pillow image, keeping the file's ICC profile in `info`."""
    pixels, extras = _decode(path, max_side)
    image = Image.fromarray(pixels, "RGB")
    image.info.update(extras)
    return image
