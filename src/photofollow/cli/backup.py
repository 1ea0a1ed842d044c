"""`photofollow backup`: the library's database backups from the command line.

Contract (other tools rely on it; extend, never rename):

`photofollow backup --library L list [--json]`
  Every backup in `L/backups`, oldest first: its name, when it was made, its kind (daily, manual,
  before-<revision>), how many patients and photos it holds and its newest photo; a damaged one says why it
  cannot be restored. Works on a library whose database is damaged or missing (it opens only the backups).
`photofollow backup --library L restore NAME`
  Restores the backup NAME (a name from `list`, or a path to a backup file) with no PhotoFollow using the
  library: the current database with its -wal and -shm files is moved to `L/backups/replaced-<time>/` (kept,
  never deleted), the backup put in place and checked, patients erased since it was made erased again, and
  every original in the store the backup does not know kept as an unfiled photo (patient and visit to be
  filed). Prints what the restored library holds.
`photofollow backup --library L now`
  Makes a backup now (kind "manual"; the newest ten are kept).

Exit 0: done; 2: the library or the backup cannot be used (locked, damaged, full disk, no such backup).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from photofollow.cli import EXIT_OK, EXIT_USAGE


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="list, restore or make backups of a library's database",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="library folder (default: $PHOTOFOLLOW_LIBRARY, else your data folder)",
    )
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the backups, with what each holds")
    listing.add_argument("--json", action="store_true", help="print one JSON object instead")
    listing.set_defaults(handler=run_list)
    restoring = actions.add_parser("restore", help="put a backup in place of the library's database")
    restoring.add_argument("name", metavar="NAME", help="a backup's name (see list), or a backup file")
    restoring.set_defaults(handler=run_restore)
    now = actions.add_parser("now", help="make a backup now")
    now.set_defaults(handler=run_now)


def _folder(args: argparse.Namespace) -> Path:
    from photofollow.appdirs import resolve_library

    return Path(resolve_library(getattr(args, "library", None))).expanduser().absolute()


def _fail(message: str) -> int:
    from photofollow.domain.names import shown

    print(f"photofollow backup: {shown(message)}", file=sys.stderr)
    return EXIT_USAGE


def run_list(args: argparse.Namespace) -> int:
    from photofollow.domain.names import shown
    from photofollow.services.restoring import described_backups

    folder = _folder(args)
    if not folder.is_dir():
        return _fail(f"There is no PhotoFollow library at {folder}. Check the folder name.")
    found = described_backups(folder)
    if args.json:
        print(
            json.dumps(
                {
                    "library": str(folder),
                    "backups": [
                        {
                            "name": item.path.name,
                            "path": str(item.path),
                            "made_at": item.made_at.isoformat(),
                            "kind": item.kind,
                            "patients": item.patients,
                            "photos": item.photos,
                            "newest_photo": item.last_import.isoformat() if item.last_import else None,
                            "revision": item.revision,
                            "problem": item.problem,
                        }
                        for item in found
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not found:
        print(f"No backups yet in {shown(folder / 'backups')}.")
        return EXIT_OK
    for item in found:
        made = item.made_at.strftime("%Y-%m-%d %H:%M")
        if item.problem:
            print(f"{item.path.name}  {made}  {item.kind}  cannot be restored: {shown(item.problem)}")
            continue
        newest = item.last_import.strftime("%Y-%m-%d") if item.last_import else "-"
        print(
            f"{item.path.name}  {made}  {item.kind}  {item.patients} patient(s), {item.photos} photo(s), "
            f"newest photo {newest}"
        )
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services.restoring import restore_library

    folder = _folder(args)
    try:
        result = restore_library(folder, args.name)
    except PhotoFollowError as error:
        return _fail(str(error))
    report = result.report
    print(
        f"Restored {report.backup.name} into {shown(folder)}: "
        f"{result.patients} patient(s), {result.photos} photo(s)."
    )
    print(f"The replaced database is kept in {shown(report.set_aside)}.")
    if report.erased_patients or report.erased_photos:
        print(f"Erased again: {report.erased_patients} patient(s) erased after this backup was made.")
    if result.unfiled:
        print(
            f"{result.unfiled} photo(s) in the library are unknown to this backup; they are kept as unfiled "
            "photos: file each into its patient's visit in PhotoFollow."
        )
    return EXIT_OK


def run_now(args: argparse.Namespace) -> int:
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services.restoring import backup_now

    folder = _folder(args)
    try:
        path = backup_now(folder)
    except PhotoFollowError as error:
        return _fail(str(error))
    print(shown(path))
    return EXIT_OK
