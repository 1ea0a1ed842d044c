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
`photofollow backup --library L --out FILE`
  Writes a backup of the database to FILE (written beside it, then renamed: whole or not at all): an SQLite
  copy for a folder library, pg_dump's custom format (-Fc) for a server library. Prints FILE.

A library on a PostgreSQL server (`--library postgresql://USER@HOST:PORT/DB?store=/share`) is backed up with
pg_dump and restored with pg_restore, which must be installed in the server's version or later (looked for in
$PHOTOFOLLOW_PG_BINDIR, else /usr/lib/postgresql/<version>/bin, else PATH):
`now` writes `library-YYYYmmdd-HHMMSS-manual.dump` into the share's backups/ folder, `list [--json]` lists
those dumps (name, time, kind, size; patients and photos are null: a dump is not opened to count them), and
`restore NAME_OR_FILE [--force]` refuses while PhotoFollow has the library open on another workstation
(unless --force), keeps the database as it was in a `...-before-restore.dump`, runs pg_restore --clean
--if-exists --single-transaction --no-owner, erases again the patients erased since the dump and keeps every
original the dump does not know as an unfiled photo.

Exit 0: done; 2: the library or the backup cannot be used (locked, damaged, full disk, no such backup, pg_dump
or pg_restore missing or failing, with what they said).
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
        help="library folder, or postgresql://USER@HOST:PORT/DB?store=/shared/folder (default: "
        "$PHOTOFOLLOW_LIBRARY, else your data folder)",
    )
    parser.add_argument(
        "--out", metavar="FILE", help="write a backup of the database to FILE (pg_dump -Fc on a server)"
    )
    parser.set_defaults(handler=run_out)
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION")
    listing = actions.add_parser("list", help="the backups, with what each holds")
    listing.add_argument("--json", action="store_true", help="print one JSON object instead")
    listing.set_defaults(handler=run_list)
    restoring = actions.add_parser("restore", help="put a backup in place of the library's database")
    restoring.add_argument("name", metavar="NAME", help="a backup's name (see list), or a backup file")
    restoring.add_argument(
        "--force",
        action="store_true",
        help="server library: restore even while PhotoFollow has it open on another workstation",
    )
    restoring.set_defaults(handler=run_restore)
    now = actions.add_parser("now", help="make a backup now")
    now.set_defaults(handler=run_now)


def _location(args: argparse.Namespace) -> str:
    from photofollow.appdirs import resolve_library

    return str(resolve_library(getattr(args, "library", None)))


def _server(args: argparse.Namespace) -> str | None:
    """The library's address when it is on a database server; None for a folder library."""
    from photofollow.services.sharing import is_server_address

    location = _location(args)
    return location if is_server_address(location) else None


def _folder(args: argparse.Namespace) -> Path:
    return Path(_location(args)).expanduser().absolute()


def run_out(args: argparse.Namespace) -> int:
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services.restoring import write_backup

    if args.out is None:
        return _fail("Say what to do: an action (list, restore NAME, now) or --out FILE.")
    try:
        path = write_backup(_location(args), args.out)
    except PhotoFollowError as error:
        return _fail(str(error))
    print(shown(path))
    return EXIT_OK


def _fail(message: str) -> int:
    from photofollow.domain.names import shown

    print(f"photofollow backup: {shown(message)}", file=sys.stderr)
    return EXIT_USAGE


def _out_with_action(args: argparse.Namespace) -> int | None:
    if args.out is not None:
        return _fail(f"--out writes a backup on its own; leave out the action {args.backup_action}.")
    return None


def run_list(args: argparse.Namespace) -> int:
    from photofollow.domain.names import shown
    from photofollow.services.restoring import described_backups

    if (refused := _out_with_action(args)) is not None:
        return refused
    if (address := _server(args)) is not None:
        return _list_dumps(address, args.json)
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


def _list_dumps(address: str, as_json: bool) -> int:
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services.restoring import server_backups

    try:
        found = server_backups(address)
    except PhotoFollowError as error:
        return _fail(str(error))
    if as_json:
        print(
            json.dumps(
                {
                    "library": address,
                    "backups": [
                        {
                            "name": item.path.name,
                            "path": str(item.path),
                            "made_at": item.made_at.isoformat(),
                            "kind": item.kind,
                            "bytes": item.path.stat().st_size,
                            "patients": None,
                            "photos": None,
                            "newest_photo": None,
                            "revision": None,
                            "problem": None,
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
        print(f"No backups yet of {shown(address)}.")
        return EXIT_OK
    for item in found:
        size = item.path.stat().st_size
        print(f"{item.path.name}  {item.made_at:%Y-%m-%d %H:%M}  {item.kind}  {size / 1_000_000:.1f} MB")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services.restoring import restore_library, restore_server_library

    if (refused := _out_with_action(args)) is not None:
        return refused
    address = _server(args)
    where = address if address is not None else _folder(args)
    try:
        if address is not None:
            result = restore_server_library(address, args.name, force=args.force)
        else:
            result = restore_library(where, args.name)
    except PhotoFollowError as error:
        return _fail(str(error))
    report = result.report
    print(
        f"Restored {report.backup.name} into {shown(where)}: "
        f"{result.patients} patient(s), {result.photos} photo(s)."
    )
    if address is not None:
        print(f"The database as it was is kept in the backup {shown(report.set_aside)}.")
    else:
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
    from photofollow.services.restoring import backup_now, server_backup_now

    if (refused := _out_with_action(args)) is not None:
        return refused
    address = _server(args)
    try:
        path = server_backup_now(address) if address is not None else backup_now(_folder(args))
    except PhotoFollowError as error:
        return _fail(str(error))
    print(shown(path))
    return EXIT_OK
