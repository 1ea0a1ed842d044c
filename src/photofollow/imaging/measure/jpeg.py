"""File-level facts outside PhotoFacts: JPEG quantisation (estimated quality, table family), software
names."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import numpy as np

# -- file-level facts that are not in PhotoFacts ------------------------------------------------------------
# IJG / ITU-T T.81 Annex K base tables, natural (row-major) order.
from photofollow.imaging.measure.records import JpegInfo

_ANNEX_K_LUMA = np.array(
    [
        16,
        11,
        10,
        16,
        24,
        40,
        51,
        61,
        12,
        12,
        14,
        19,
        26,
        58,
        60,
        55,
        14,
        13,
        16,
        24,
        40,
        57,
        69,
        56,
        14,
        17,
        22,
        29,
        51,
        87,
        80,
        62,
        18,
        22,
        37,
        56,
        68,
        109,
        103,
        77,
        24,
        35,
        55,
        64,
        81,
        104,
        113,
        92,
        49,
        64,
        78,
        87,
        103,
        121,
        120,
        101,
        72,
        92,
        95,
        98,
        112,
        100,
        103,
        99,
    ]
)
_ANNEX_K_CHROMA = np.array(
    [
        17,
        18,
        24,
        47,
        99,
        99,
        99,
        99,
        18,
        21,
        26,
        66,
        99,
        99,
        99,
        99,
        24,
        26,
        56,
        99,
        99,
        99,
        99,
        99,
        47,
        66,
        99,
        99,
        99,
        99,
        99,
        99,
    ]
    + [99] * 32
)
_ZIGZAG = np.array(
    [
        0,
        1,
        8,
        16,
        9,
        2,
        3,
        10,
        17,
        24,
        32,
        25,
        18,
        11,
        4,
        5,
        12,
        19,
        26,
        33,
        40,
        48,
        41,
        34,
        27,
        20,
        13,
        6,
        7,
        14,
        21,
        28,
        35,
        42,
        49,
        56,
        57,
        50,
        43,
        36,
        29,
        22,
        15,
        23,
        30,
        37,
        44,
        51,
        58,
        59,
        52,
        45,
        38,
        31,
        39,
        46,
        53,
        60,
        61,
        54,
        47,
        55,
        62,
        63,
    ]
)


def _ijg_table(base: np.ndarray, quality: int) -> np.ndarray:
    quality = min(max(quality, 1), 100)
    factor = 5000 // quality if quality < 50 else 200 - 2 * quality
    return np.clip((base * factor + 50) // 100, 1, 255)


def jpeg_info(tables: dict[int, Any] | None) -> JpegInfo | None:
    """Estimated IJG quality and table family of a JPEG's quantisation tables (Pillow `im.quantization`)."""
    if not tables:
        return None
    luma = np.asarray(list(tables.get(0, [])), dtype=np.int64)
    if luma.size != 64:
        return None
    chroma = np.asarray(list(tables.get(1, [])), dtype=np.int64) if 1 in tables else None
    digest = hashlib.sha1(
        b"".join(np.asarray(list(tables[k]), dtype=np.uint16).tobytes() for k in sorted(tables))
    ).hexdigest()[:12]
    for order in (None, _ZIGZAG):  # Pillow gives natural order; older versions gave zigzag
        for quality in range(1, 101):
            expected = _ijg_table(_ANNEX_K_LUMA, quality)
            if order is not None:
                expected = expected[order]
            if np.array_equal(expected, luma):
                if chroma is not None and chroma.size == 64:
                    expected_c = _ijg_table(_ANNEX_K_CHROMA, quality)
                    if order is not None:
                        expected_c = expected_c[order]
                    if not np.array_equal(expected_c, chroma):
                        continue
                return JpegInfo(quality=quality, family="ijg", table_hash=digest)
    # Not IJG-scaled: estimate the quality from the mean table value against Annex K (for display only).
    ratio = float(luma.mean()) / float(_ANNEX_K_LUMA.mean())
    quality_est = round(100 - ratio * 50) if ratio <= 1 else round(50 / ratio)
    return JpegInfo(quality=int(min(max(quality_est, 1), 100)), family=f"custom:{digest}", table_hash=digest)


_XMP_TOOL = re.compile(rb"(?:CreatorTool|softwareAgent)(?:>|=\")([^<\"]{1,200})")


def file_traits(path: str | Path) -> tuple[JpegInfo | None, tuple[str, ...]]:
    """JPEG quantisation facts and every software name the file carries (EXIF Software,
    ProcessingSoftware, XMP CreatorTool / history softwareAgent). Reads headers only."""
    from PIL import Image

    names: list[str] = []
    jpeg = None
    try:
        with Image.open(path) as image:
            if image.format == "JPEG":
                jpeg = jpeg_info(getattr(image, "quantization", None))
            try:
                exif = image.getexif()
                for tag in (305, 11):  # Software, ProcessingSoftware
                    value = exif.get(tag)
                    if isinstance(value, bytes):
                        value = value.decode("latin-1", "replace")
                    if isinstance(value, str) and value.strip():
                        names.append(value.strip().strip("\x00"))
            except Exception:  # a broken EXIF block: the facts reader reports it; nothing to add here
                pass
            xmp = image.info.get("xmp")
            if isinstance(xmp, str):
                xmp = xmp.encode("utf-8", "replace")
            if isinstance(xmp, bytes):
                for match in _XMP_TOOL.finditer(xmp):
                    names.append(match.group(1).decode("utf-8", "replace").strip())
    except Exception:
        return None, ()
    unique: list[str] = []
    for name in names:
        if name and name not in unique:
            unique.append(name)
    return jpeg, tuple(unique)
