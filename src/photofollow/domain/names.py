"""Names that come from outside (file and folder names, patients' names, notes) shown or used safely.

A name may hold anything a file system or a keyboard lets through: bytes that are not UTF-8 (Python hands
them over as lone surrogates, `os.fsdecode`), newlines, terminal escapes (ESC [ ...), right-to-left
overrides that reorder what is shown. `shown` makes one printable line of it for a terminal or a log, each
such character written as an escape; `file_stem` makes a short file name of it for a "Save as" suggestion.
"""

from __future__ import annotations

import os
import re
import unicodedata

# Characters that change how the text around them is shown: bidirectional embeddings, overrides, isolates.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}
FILE_STEM_LIMIT = 60  # characters; with a date, views and a suffix a suggested name stays under 100


def shown(value: object) -> str:
    """`value` as one printable line: control characters, bidi controls and undecodable bytes escaped
    (`\\n`, `\\x1b`, `\\u202e`; a non-UTF-8 byte 0xE9 as `\\xe9`). Printing it never raises, whatever the
    terminal's encoding, and a backslash is doubled so an escape cannot be faked."""
    text = os.fsdecode(value) if isinstance(value, (bytes, os.PathLike)) else str(value)
    if text.isprintable() and "\\" not in text:
        return text
    parts = []
    for char in text:
        code = ord(char)
        if char in _NAMED:
            parts.append(_NAMED[char])
        elif 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            parts.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0:
            parts.append(f"\\x{code:02x}")
        elif (
            char in _BIDI_CONTROLS
            or 0xD800 <= code <= 0xDFFF
            or unicodedata.category(char) in ("Cc", "Zl", "Zp")
        ):
            parts.append(f"\\u{code:04x}")
        else:
            parts.append(char)
    return "".join(parts)


def file_stem(text: str, limit: int = FILE_STEM_LIMIT, fallback: str = "sheet") -> str:
    """A short file name (without suffix) made of `text`: no path separators, no characters Windows or
    macOS refuse, no control characters, no leading dot, at most `limit` characters (cut at a word when
    one ends near the limit)."""
    text = unicodedata.normalize("NFC", str(text))
    cleaned = "".join(
        "-" if char in '/\\:*?"<>|' else " " if not char.isprintable() or char in _BIDI_CONTROLS else char
        for char in text
        if not 0xD800 <= ord(char) <= 0xDFFF
    )
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .-")
    if len(cleaned) > limit:
        cut = cleaned[:limit]
        space = cut.rfind(" ")
        cleaned = (cut[:space] if space > limit * 2 // 3 else cut).rstrip(" .-")
    return cleaned or fallback
