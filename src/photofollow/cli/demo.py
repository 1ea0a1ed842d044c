"""`photofollow demo [--library L] [--no-gui] [--language CODE]`: build the demo library and open it.

Contract: the demo library goes to L, else to a `PhotoFollow demo` folder in the user's data folder (never the
default library). A folder that does not exist, an empty folder or an empty library becomes the demo; a demo
library is opened as it is (an unfinished one is finished first). Exit 2, with a sentence, for a folder
holding other files or a library with patients of its own. `--no-gui` builds it and prints its folder on
stdout (and what the follow-ups' checks found); a progress line goes to stderr when it is a terminal.
`--language` is the language of the demo's patient data when it is first built (default: the program's
language setting, else the system's, else English); exit 2 for another code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from photofollow.cli import EXIT_OK, EXIT_USAGE


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="open a demo library: a demo patient, a baseline and two follow-ups, one taken wrong",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="folder for the demo library (default: 'PhotoFollow demo' in your data folder)",
    )
    parser.add_argument("--no-gui", action="store_true", help="only build the demo library and print where")
    parser.add_argument(
        "--language",
        metavar="CODE",
        default=None,
        help="language of the demo's patient data: en, nl or da (default: the program's language)",
    )
    parser.set_defaults(handler=run)


def default_demo_folder() -> Path:
    """`PhotoFollow demo` beside the default library, in the user's data folder."""
    from photofollow.appdirs import default_library_path
    from photofollow.services.demo import DEMO_FOLDER_NAME

    return default_library_path().parent / DEMO_FOLDER_NAME


def default_language() -> str:
    """The program's language setting when it can be read, else the system's language, else English."""
    from photofollow.cli.program_settings import program_defaults
    from photofollow.services.demo import DEMO_LANGUAGES

    chosen = program_defaults().language
    if chosen in DEMO_LANGUAGES:
        return chosen
    try:
        from photofollow.ui.i18n import system_language

        return system_language()
    except Exception:
        return "en"


def run(args: argparse.Namespace) -> int:
    import warnings

    from photofollow.cli.library import ProgressBar
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.services.demo import DEMO_LANGUAGES, NotADemoLibrary, create_demo_library, folder_state

    language = args.language if args.language is not None else default_language()
    if language not in DEMO_LANGUAGES:
        return _fail(f"--language {language}: choose one of {', '.join(DEMO_LANGUAGES)}.")
    explicit = getattr(args, "library", None)
    folder = Path(explicit).expanduser() if explicit else default_demo_folder()
    try:
        state = folder_state(folder)
    except PhotoFollowError as error:
        return _fail(str(error))
    if state == "other":
        return _fail(
            f"{folder} holds other files and is not a PhotoFollow library; "
            "give the demo a new or empty folder with --library."
        )
    if state == "library":
        return _fail(
            f"{folder} is a library with patients of its own; the demo is never mixed into real records. "
            "Give the demo a new or empty folder with --library."
        )
    warnings.simplefilter("ignore")  # Pillow's notes on odd EXIF entries are not the user's concern here
    bar = ProgressBar()
    try:
        summary = create_demo_library(
            folder,
            progress=lambda step: bar.update(step.done, step.total, Path(step.label)),
            language=language,
        )
    except NotADemoLibrary as error:
        return _fail(str(error))
    except (PhotoFollowError, FileNotFoundError) as error:
        return _fail(str(error))
    finally:
        bar.clear()
    if args.language is not None and summary.language != language:
        print(
            f"The demo library at {summary.folder} was written in '{summary.language}' and keeps it; "
            f"give --library a new folder for a demo in '{language}'.",
            file=sys.stderr,
        )
    if args.no_gui:
        print(summary.folder)
        for visit in summary.visits:
            if visit.verdicts:
                found = ", ".join(
                    f"{view.value} {verdict}"
                    + (
                        f" ({', '.join(summary_failed)})"
                        if (summary_failed := visit.failed.get(view))
                        else ""
                    )
                    for view, verdict in visit.verdicts.items()
                )
                print(f"  {visit.label}: {found}", file=sys.stderr)
        made = "built" if summary.created else "already there"
        print(
            f"Demo library {made}: {summary.photos} photos, {summary.seconds:.1f} s. "
            f'Open it with: photofollow --library "{summary.folder}"',
            file=sys.stderr,
        )
        return EXIT_OK
    from photofollow.app import run_gui

    return run_gui(str(summary.folder), patient_id=summary.patient_id)


def _fail(message: str) -> int:
    print(f"photofollow demo: {message}", file=sys.stderr)
    return EXIT_USAGE
