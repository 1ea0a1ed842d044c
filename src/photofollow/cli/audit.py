"""`photofollow audit`: the library's audit trail, and the check that nobody changed it.

Contract (other tools rely on it; extend, never rename):

`photofollow audit --library L [--patient P | --patient-reference REF] [--since DATE] [--by USER]
 [--action ACTION] [--json | --csv]`
  Who did what, when (UTC and local), on which workstation, to which patient (by pseudonymous reference)
  and which objects, oldest first. A physician or an administrator reads it. `--patient` with `--csv` or
  `--json` is a patient's access log for a subject-access request (the export itself is recorded).
  `--json`: {"entries": [{"id", "at_utc", "at_local", "workstation", "user", "action",
  "patient_reference", "objects", "detail", "hash"}]}. Exit 0, 2 refused or unusable arguments.
`photofollow audit verify --library L`
  Walks the hash chain: exit 0 only when it is intact ("N entries, chain intact"); exit 1 naming the first
  broken entry (changed, removed or inserted) otherwise; 2 when the library cannot be read.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time

from photofollow.cli.library import EXIT_OK, EXIT_SOME_FAILED, _fail, _open_library, library_option

REASONS = {
    "changed": "was changed after it was written",
    "removed": "follows an entry that was removed",
    "inserted": "was put in by something other than PhotoFollow",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="who saw or changed which patient's photos; `audit verify` checks the trail",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    library_option(parser)
    parser.add_argument("--patient", metavar="P", help="chart number or name: this patient's entries")
    parser.add_argument(
        "--patient-reference", metavar="REF", help="an erased patient's pseudonymous reference"
    )
    parser.add_argument("--since", metavar="DATE", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time)")
    parser.add_argument("--by", metavar="USER", help="one user's entries")
    parser.add_argument("--action", metavar="ACTION", help="one action's entries (sign-in, export, ...)")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="one JSON object")
    form.add_argument("--csv", action="store_true", help="CSV with a header line")
    parser.set_defaults(handler=run_list)
    commands = parser.add_subparsers(dest="audit_command", metavar="verify")
    verify = commands.add_parser("verify", help="check the trail's hash chain")
    library_option(verify)
    verify.set_defaults(handler=run_verify)


def _since(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = (
            datetime.fromisoformat(text)
            if "T" in text
            else datetime.combine(date.fromisoformat(text), time())
        )
    except ValueError:
        raise ValueError(f"--since {text}: give a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM.") from None
    return moment if moment.tzinfo else moment.astimezone()


def run_list(args: argparse.Namespace) -> int:
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services import audit
    from photofollow.services.library import find_patient

    try:
        since = _since(args.since)
    except ValueError as error:
        return _fail(str(error))
    try:
        library = _open_library(args, write=False)
    except PhotoFollowError as error:
        return _fail(shown(error))
    try:
        patient_id = find_patient(library, args.patient).id if args.patient else None
        found = audit.entries(
            library, patient_id=patient_id, since=since, user_name=args.by, action=args.action
        )
        if args.patient_reference:
            found = [e for e in found if e.patient_reference == args.patient_reference]
            if not found:  # entries of an erased patient: the reference is all that is left
                found = audit.erased_patients_entries(library, args.patient_reference)
        if patient_id is not None and (args.json or args.csv):
            audit.record(library, audit.Action.AUDIT_EXPORT, patient_id=patient_id, detail="access log")
    except PhotoFollowError as error:
        return _fail(shown(error))
    finally:
        library.close()
    if args.json:
        print(audit.entries_json(found))
    elif args.csv:
        print(audit.entries_csv(found), end="")
    else:
        for entry in found:
            local = entry.at_local.strftime("%Y-%m-%d %H:%M:%S %z")
            print(
                f"{entry.id}\t{local}\t{shown(entry.user_name)}\t{entry.action}\t"
                f"{entry.patient_reference or '-'}\t{' '.join(entry.objects)}\t{shown(entry.detail)}"
            )
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services import audit

    try:
        library = _open_library(args, write=False)
    except PhotoFollowError as error:
        return _fail(shown(error))
    try:
        checked, broken = audit.verify(library)
    finally:
        library.close()
    if broken is None:
        print(f"{checked} entries, chain intact.")
        return EXIT_OK
    print(
        f"photofollow: audit entry {broken.entry_id} {REASONS[broken.reason]}: the trail is broken there "
        f"({checked} entries before it are intact)."
    )
    return EXIT_SOME_FAILED
