"""`photofollow export`: a comparison sheet of one treatment as PDF, PNG or JPEG, from a library.

    photofollow export --library L --patient P --treatment T [--view V] [--visits A,B,...] [--deidentify]
                       --out FILE.pdf|.png|.jpg

- `--patient`: the chart number, or else the exact full name (a name shared by several patients is
  refused: give the chart number).
- `--treatment`: the treatment id, or its date `YYYY-MM-DD` (in the treatment's own time zone), with
  `THH:MM` added when the patient had two treatments that day.
- `--visits`: comma-separated visit ids, dates (`YYYY-MM-DD`: every visit of that day) or date-times
  (`YYYY-MM-DDTHH:MM`). Default: with `--view`, the last baseline and the three latest follow-ups that have
  that view; without, the last baseline and the latest follow-up, with every view both have.
- `--view`: one view over up to four visits (a row); without it, several views over two visits (a grid).
- The format follows the extension of `--out`; PNG/JPEG write one file per page (`NAME-p2.png`, ...).
- `--deidentify`: no name, birth date, chart number, physician, user or date (time since treatment only); a
  stable pseudonym and a "De-identified" mark.
- `--mask eyes|crop` (with `--deidentify`): a black bar over the eyes, or each photo cropped to the face
  below the eyes (the mid and lower face), from the face measured on the photo; a photo without a face
  found is refused.
- `--purpose clinical|colleague|teaching|publication` (default clinical): what the sheet is for, stated on
  it. A purpose beyond the patient's recorded consent (`photofollow consent`) is refused with the reason;
  teaching and publication without consent only with `--deidentify`.
- `--user NAME` (or PHOTOFOLLOW_USER, password from the terminal or PHOTOFOLLOW_PASSWORD): in a library with
  named users, who exports; only a physician or an administrator may. The sheet names their display name.
- `--language en|nl|da`: the sheet's language, dates and numbers. Default: the language chosen in the
  desktop program's Settings, else the system's.

Exit status: 0 written; 1 the sheet could not be made or written (a photo unreadable, the output disk full,
...; nothing is left under the output name); 2 unusable arguments (unknown patient, treatment or visit, an
unsupported extension, a missing folder), a purpose beyond the consent, a user not signed in or not allowed
to export, or a library in trouble (damaged, emptied, unreadable).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from photofollow.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE
from photofollow.domain.model import View

SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a comparison sheet (PDF, PNG or JPEG) of one treatment",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # Own dest: the top-level --library (for the desktop program) must not be overwritten with None.
    parser.add_argument("--library", dest="export_library", metavar="L", help="library folder")
    parser.add_argument("--patient", required=True, metavar="P", help="chart number, or exact full name")
    parser.add_argument(
        "--treatment", required=True, metavar="T", help="treatment id, or date YYYY-MM-DD[THH:MM]"
    )
    parser.add_argument(
        "--view",
        choices=[view.value for view in View],
        metavar="V",
        help="one view over up to four visits: " + ", ".join(view.value for view in View),
    )
    parser.add_argument("--visits", metavar="A,B,...", help="visit ids, dates or date-times, comma-separated")
    parser.add_argument("--deidentify", action="store_true", help="pseudonym instead of name and birth date")
    parser.add_argument(
        "--purpose",
        choices=("clinical", "colleague", "teaching", "publication"),
        default="clinical",
        help="what the sheet is for; must fit the patient's consent (default clinical)",
    )
    parser.add_argument("--mask", choices=("none", "eyes", "crop"), default="none",
                        help="hide the eyes, or crop to the face below them (de-identified sheets)")
    from photofollow.cli.users import user_option

    user_option(parser)
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.pdf, .png or .jpg")
    parser.add_argument("--page", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    parser.add_argument(
        "--orientation",
        choices=("portrait", "landscape"),
        help="default: landscape for three or four visits of one view, else portrait",
    )
    parser.add_argument("--dpi", type=int, default=150, help="resolution of PNG/JPEG pages (default 150)")
    parser.add_argument(
        "--aligned", action="store_true", help="draw follow-ups registered onto their baseline, when they are"
    )
    parser.add_argument("--clinic-name", help="clinic name on the sheet (default: the program's setting)")
    parser.add_argument("--logo", type=Path, help="clinic logo image (default: the program's setting)")
    parser.add_argument(
        "--made-by", help="who made the sheet (default: the signed-in user, else the login name)"
    )
    parser.add_argument(
        "--language",
        metavar="LANG",
        help="en, nl or da: the sheet's language (default: the program's setting, else the system's)",
    )
    parser.set_defaults(handler=run)


def _fail(message: str, status: int) -> int:
    from photofollow.domain.names import shown

    print(f"photofollow export: {shown(message)}", file=sys.stderr)
    return status


def run(args: argparse.Namespace) -> int:
    from photofollow.domain.errors import LibraryError, PhotoFollowError
    from photofollow.services.consent import ConsentRefused
    from photofollow.services.sheets import Masking, Orientation, PageSize, SheetRequestError

    out: Path = args.out
    if out.suffix.lower() not in SUFFIXES:
        return _fail(f"{out.name}: write the sheet as .pdf, .png or .jpg.", EXIT_USAGE)
    if not out.parent.is_dir():
        return _fail(f"{out.parent} does not exist; choose an existing folder for {out.name}.", EXIT_USAGE)
    if not 30 <= args.dpi <= 600:
        return _fail(f"--dpi {args.dpi} is outside 30..600.", EXIT_USAGE)
    library_path = args.export_library or getattr(args, "library", None)
    if not library_path:
        return _fail("name the library with --library.", EXIT_USAGE)
    library_path = Path(library_path)
    from photofollow.services.library import library_exists

    if not library_exists(library_path) and not (library_path / "photos").is_dir():
        return _fail(f"there is no PhotoFollow library at {library_path}; check the folder name.", EXIT_USAGE)
    if args.logo is not None and not args.logo.is_file():
        return _fail(f"{args.logo}: no such logo file.", EXIT_USAGE)
    from photofollow.ui.i18n import LANGUAGES

    if args.language is not None and args.language not in LANGUAGES:
        return _fail(f"--language {args.language}: choose one of {', '.join(LANGUAGES)}.", EXIT_USAGE)

    from photofollow import __version__
    from photofollow.cli.program_settings import program_defaults
    from photofollow.cli.users import sign_in_from_args
    from photofollow.services.sheets import sheet_from_library

    defaults = program_defaults()
    try:
        sheet = sheet_from_library(
            library_path,
            patient=args.patient,
            treatment=args.treatment,
            view=View(args.view) if args.view else None,
            visits=args.visits,
            deidentify=args.deidentify,
            aligned=args.aligned,
            clinic_name=args.clinic_name if args.clinic_name is not None else defaults.clinic_name,
            logo_path=args.logo if args.logo is not None else defaults.logo,
            made_by=args.made_by or "",
            page_size=PageSize(args.page),
            orientation=Orientation(args.orientation) if args.orientation else None,
            program=f"PhotoFollow {__version__}",
            purpose=args.purpose,
            masking=Masking(args.mask),
            sign_in=lambda library: sign_in_from_args(args, library),
        )
    except (SheetRequestError, ConsentRefused) as error:
        return _fail(str(error), EXIT_USAGE)
    except LibraryError as error:  # damaged, emptied, unreadable, locked for an upgrade: the library's
        return _fail(str(error), EXIT_USAGE)
    except (PhotoFollowError, OSError) as error:
        return _fail(str(error), EXIT_SOME_FAILED)

    from photofollow.reporting.render import ensure_gui_application, export_sheet
    from photofollow.ui.i18n import apply_language

    ensure_gui_application()
    apply_language(args.language if args.language is not None else defaults.language)
    try:
        written = export_sheet(sheet, out, dpi=args.dpi)
    except LibraryError as error:
        return _fail(str(error), EXIT_USAGE)
    except PhotoFollowError as error:  # ExportFailed, or a library photo that cannot be decoded any more
        return _fail(str(error), EXIT_SOME_FAILED)
    for path in written:
        print(path)
    return EXIT_OK

