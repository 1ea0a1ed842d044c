"""`photofollow consent`: a patient's consent to the use of their photos.

Contract (other tools rely on it; extend, never rename):

`photofollow consent add --library L --patient P --scope clinical|colleague|teaching|publication
 [--date YYYY-MM-DD] [--form FILE]`
  Records the consent (given today unless `--date`), by the signed-in user, with the signed form (PDF, JPEG
  or PNG) kept in the library. Prints the record's id.
`photofollow consent list --library L --patient P [--json]`
  Every record, withdrawn ones too. `--json`: {"consents": [{"id", "scope", "given_at", "withdrawn_at",
  "recorded_by", "form"}]}.
`photofollow consent withdraw --library L ID [--date YYYY-MM-DD]`
  The patient withdrew it; the record stays with the date.
Exit 0 done, 1 refused with the reason (a form that is not a PDF or photo), 2 unusable arguments, an unknown
patient or record, or a user not allowed.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, time
from pathlib import Path

from photofollow.cli.library import EXIT_OK, EXIT_SOME_FAILED, _fail, _open_library, library_option

SCOPES = ("clinical", "colleague", "teaching", "publication")


def register(subparsers: argparse._SubParsersAction) -> None:
    consent = subparsers.add_parser(
        "consent",
        help="a patient's consent to the use of their photos",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    library_option(consent)
    commands = consent.add_subparsers(dest="consent_command", metavar="COMMAND", required=True)

    parser = commands.add_parser("add", help="record a consent, with the signed form")
    library_option(parser)
    parser.add_argument("--patient", required=True, metavar="P", help="chart number or name")
    parser.add_argument("--scope", required=True, choices=SCOPES)
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="when it was given (default: today)")
    parser.add_argument("--form", type=Path, metavar="FILE", help="the signed form: PDF, JPEG or PNG")
    parser.set_defaults(handler=run_add)

    parser = commands.add_parser("list", help="a patient's consent records")
    library_option(parser)
    parser.add_argument("--patient", required=True, metavar="P", help="chart number or name")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.set_defaults(handler=run_list)

    parser = commands.add_parser("withdraw", help="the patient withdrew a consent")
    library_option(parser)
    parser.add_argument("consent_id", type=int, metavar="ID")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="when it was withdrawn (default: now)")
    parser.set_defaults(handler=run_withdraw)


def _day(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.combine(date.fromisoformat(text), time(12, 0)).astimezone()


def _act(args: argparse.Namespace, act) -> int:
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services.consent import ConsentRefused

    try:
        moment = _day(args.date) if getattr(args, "date", None) else None
    except ValueError:
        return _fail(f"--date {args.date}: give the date as YYYY-MM-DD.")
    try:
        library = _open_library(args)
    except PhotoFollowError as error:
        return _fail(shown(error))
    try:
        return act(library, moment)
    except ConsentRefused as error:
        return _fail(shown(error), EXIT_SOME_FAILED)
    except PhotoFollowError as error:
        return _fail(shown(error))
    finally:
        library.close()


def run_add(args: argparse.Namespace) -> int:
    from photofollow.services import consent
    from photofollow.services.library import find_patient

    if args.form is not None and not args.form.is_file():
        return _fail(f"{args.form}: no such file.")

    def act(library, moment) -> int:
        patient = find_patient(library, args.patient)
        added, _changes = consent.add_consent(
            library, patient.id, consent.Scope(args.scope), given_at=moment, form=args.form
        )
        print(added.id)
        return EXIT_OK

    return _act(args, act)


def consent_json(record) -> dict:
    """One consent record as `consent list --json` gives it (a contract: extend, never rename)."""
    return {
        "id": record.id,
        "scope": record.scope.value,
        "given_at": record.given_at.isoformat(),
        "withdrawn_at": record.withdrawn_at.isoformat() if record.withdrawn_at else None,
        "recorded_by": record.recorded_by,
        "form": str(record.form) if record.form else None,
    }


def run_list(args: argparse.Namespace) -> int:
    from photofollow.domain.names import shown
    from photofollow.services import consent
    from photofollow.services.library import find_patient

    def act(library, _moment) -> int:
        found = consent.consents_of(library, find_patient(library, args.patient).id)
        if args.json:
            print(json.dumps({"consents": [consent_json(c) for c in found]}, ensure_ascii=False, indent=2))
            return EXIT_OK
        for record in found:
            state = f"withdrawn {record.withdrawn_at:%Y-%m-%d}" if record.withdrawn_at else "in force"
            form = record.form.name if record.form else "no form"
            print(
                f"{record.id}\t{record.scope.value}\t{record.given_at:%Y-%m-%d}\t{state}\t"
                f"{shown(record.recorded_by)}\t{form}"
            )
        return EXIT_OK

    return _act(args, act)


def run_withdraw(args: argparse.Namespace) -> int:
    from photofollow.services import consent

    def act(library, moment) -> int:
        consent.withdraw_consent(library, args.consent_id, at=moment)
        return EXIT_OK

    return _act(args, act)
