"""`photofollow screenshot --library L --out DIR`: main window, import results and a comparison as PNG.

Rendered offscreen (for the README, and to look at the windows without a screen).

The library is not changed: the import is run on a scratch copy of the library's database and of the photos
it needs, with one photo re-saved (imported), one the library already holds (duplicate) and one damaged file
(failed), so the result list shows every outcome with its reason and each follow-up's verdict.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from photofollow.cli import EXIT_OK, EXIT_USAGE

SHOTS = ("main-window.png", "import-result.png", "comparison.png")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "screenshot",
        help="render the main window, an import result and a comparison to PNG files (offscreen)",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument("--library", required=True, help="library folder to show (it is not changed)")
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    parser.add_argument("--width", type=int, default=1440, help="window width in pixels (default 1440)")
    parser.add_argument("--height", type=int, default=900, help="window height in pixels (default 900)")
    parser.add_argument(
        "--patient",
        help="name or chart number of the patient to show (default: the one with the most photos)",
    )
    parser.add_argument(
        "--language",
        default="en",
        metavar="LANG",
        help="en, nl or da: the language of the windows (default en, as in the README)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from photofollow.ui.i18n import LANGUAGES

    if args.language not in LANGUAGES:
        print(f"--language {args.language}: choose one of {', '.join(LANGUAGES)}.", file=sys.stderr)
        return EXIT_USAGE
    library = Path(args.library).expanduser()
    if not library.is_dir():
        print(f"{library}: no such library folder.", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.ui.screenshots import render_screenshots

    try:
        written = render_screenshots(library, out, (args.width, args.height), args.patient, args.language)
    except PhotoFollowError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE
    for path in written:
        print(path)
    return EXIT_OK
