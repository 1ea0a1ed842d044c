"""`photofollow verify`, `patients` and `timeline`: the library from the command line.

Contract (other tools rely on it; extend, never rename):

`photofollow import ...`: see cli/importing.py.
`photofollow verify --library L`
  Every original hashes to its name, no file without a record, no record without a file, the database's
  integrity and foreign keys. Exit 0 only when all is well; otherwise one line per problem and exit 1.
`photofollow patients --library L [--json]`, `photofollow timeline --library L --patient P [--json]`
  What the library holds; the timeline gives each visit's time since treatment and photo counts. P is a
  chart number or a name (case and accents ignored). Exit 2 when the library or the patient cannot be found.
`photofollow library migrate --from LIBRARY_FOLDER --to postgresql://USER@HOST:PORT/DB?store=/path [--json]`
  Copies a folder library into an empty database on a PostgreSQL server and a photo folder on a share: every
  row with its id, every original (each checked by SHA-256), the consent forms, the list of erasures and the
  set-aside orphans; counts checked table by table. The folder library is only read and stays as it was. A
  failure or Ctrl+C leaves the database empty and removes the files copied. Reports the rows per table, the
  originals and bytes copied and the time taken; --json gives one JSON object ({"from", "to", "tables",
  "originals", "originals_already_there", "bytes", "other_files", "seconds"}). Exit 0 done; 2 refused or
  failed (nothing kept).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def library_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `photofollow --library L import ...` (the top-level option) keeps working too.
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="library folder, or postgresql://USER@HOST:PORT/DB?store=/shared/folder for a library shared by "
        "several workstations (password from PGPASSWORD or ~/.pgpass) (default: $PHOTOFOLLOW_LIBRARY, else "
        "your data folder)",
    )
    from photofollow.cli.users import user_option

    user_option(parser)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="check that every photo in a library is intact",
        description="Check the library: every photo's bytes against its hash, missing and unclaimed files, "
        "and the database's integrity. Exit 0 only when all is well.",
    )
    library_option(parser)
    parser.set_defaults(handler=run_verify)

    parser = subparsers.add_parser(
        "patients",
        help="list the patients in a library",
        description=(
            "List the patients in the library: name, chart number, how many treatments, visits and photos "
            "each has, and the date of the last visit. --json gives one JSON object for other tools."
        ),
    )
    library_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.set_defaults(handler=run_patients)

    parser = subparsers.add_parser(
        "timeline",
        help="a patient's treatments and visits, with time since treatment",
        description=(
            "Show one patient's treatments, each with its visits: the date, the time since treatment "
            "(Baseline, Day 3, Week 2), the photos per view and the physician's assessment of each "
            "follow-up (GAIS and tier). The patient is named by chart number or exact name. --json gives "
            "one JSON object for other tools, with each visit's id and its assessment (null when none)."
        ),
    )
    library_option(parser)
    parser.add_argument("--patient", required=True, metavar="P", help="chart number or exact name")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.set_defaults(handler=run_timeline)

    parser = subparsers.add_parser(
        "library",
        help="move a library to a database server shared by several workstations",
        description="Work on a library as a whole. `library migrate` copies a folder library into an empty "
        "PostgreSQL database and a shared photo folder, leaving the folder library as it was.",
    )
    actions = parser.add_subparsers(dest="library_action", metavar="ACTION", required=True)
    migrating = actions.add_parser(
        "migrate",
        help="copy a folder library to a PostgreSQL server and a shared photo folder",
        description="Copy everything a folder library holds (records with their ids, originals checked by "
        "SHA-256, consent forms, erasures, orphans) into an empty PostgreSQL database and a photo folder on "
        "a share. The folder library is only read. Password from PGPASSWORD or ~/.pgpass.",
    )
    migrating.add_argument(
        "--from", dest="source", required=True, metavar="LIBRARY_FOLDER", help="the folder library to copy"
    )
    migrating.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="ADDRESS",
        help="postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share (an empty database)",
    )
    migrating.add_argument("--json", action="store_true", help="print one JSON object instead")
    migrating.set_defaults(handler=run_migrate)


# -- shared ------------------------------------------------------------------------------------------------


def _fail(message: str, status: int = EXIT_USAGE) -> int:
    from photofollow.domain.names import shown

    print(f"photofollow: {shown(message)}", file=sys.stderr)
    return status


def _open_library(args: argparse.Namespace, *, create: bool = False, write: bool = True):
    from photofollow.appdirs import resolve_library
    from photofollow.services.library import open_library

    library = open_library(resolve_library(getattr(args, "library", None)), create=create, write=write)
    try:  # a library with named users acts as one of them (cli/users.py); refused: exit 2
        from photofollow.cli.users import sign_in_from_args

        sign_in_from_args(args, library)
    except BaseException:
        library.close()
        raise
    for warning in library.warnings:
        print(f"photofollow: {warning}", file=sys.stderr)
    recovery = library.recovery
    if recovery.repaired_anything:
        parts = []
        if recovery.adopted:
            parts.append(f"kept {len(recovery.adopted)} photo(s) whose import was interrupted")
        if recovery.pending_dropped or recovery.partial_copies_removed:
            parts.append("removed unfinished copies")
        if recovery.set_aside:
            parts.append(f"moved {len(recovery.set_aside)} unclaimed file(s) to {library.folder / 'orphans'}")
        print(f"photofollow: the last session ended early; {', '.join(parts)}.", file=sys.stderr)
    if library.upgraded_from:
        # A server library makes no backup of its own before an upgrade (pg_dump is the administrator's).
        made = f" (backup: {library.backups_made[0]})" if library.backups_made else ""
        print(f"photofollow: upgraded the library from schema {library.upgraded_from}{made}.",
              file=sys.stderr)
    return library


class ProgressBar:
    """A one-line progress bar on a terminal; silent when the stream is not one."""

    def __init__(self, stream: TextIO | None = None, width: int = 30):
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.enabled = self.stream.isatty()
        self._shown = False

    def update(self, done: int, total: int, current: Path | None) -> None:
        if not self.enabled:
            return
        if current is None:
            self.clear()
            return
        filled = self.width * done // max(total, 1)
        name = current.name if len(current.name) <= 40 else current.name[:37] + "..."
        self.stream.write(f"\r\x1b[2K[{'#' * filled}{'-' * (self.width - filled)}] {done}/{total} {name}")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._shown = False


def parse_treatment_time(text: str) -> datetime:
    """YYYY-MM-DD or YYYY-MM-DDTHH:MM as this computer's wall-clock time (an explicit offset is kept)."""
    import re

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?", text.strip()):
        raise ValueError(f"--treatment {text!r}: write the date as YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise ValueError(f"--treatment {text!r} is not a real date or time ({error}).") from None
    return moment if moment.tzinfo is not None else moment.astimezone()


def parse_visit_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--visit-date {text!r}: write the date as YYYY-MM-DD.") from None


# -- verify ------------------------------------------------------------------------------------------------


def run_verify(args: argparse.Namespace) -> int:
    from photofollow.domain.errors import LibraryReadOnly, PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services.library import verify_library as verify

    try:
        try:
            library = _open_library(args)
        except LibraryReadOnly:
            # A read-only library is verified as it is (interrupted imports stay unsettled, and are named).
            library = _open_library(args, write=False)
    except PhotoFollowError as error:
        return _fail(str(error))
    bar = ProgressBar()
    try:
        library.wait_for_unclaimed_scan()  # one owed after a crash finishes first, as it used to at opening
        report = verify(library, progress=bar.update)
        unfiled = len(library.unfiled_photos())
    finally:
        bar.clear()
        library.close()
    for problem in report.problems:
        print(shown(problem.message))
    if unfiled:
        print(
            f"photofollow: {unfiled} photo(s) in {library.folder} have no patient or visit yet (unfiled, "
            "kept after a restore); file them in PhotoFollow, or import them again into their visit.",
            file=sys.stderr,
        )
    if report.set_aside_files:
        print(
            f"photofollow: {report.set_aside_files} file(s) set aside in {library.folder / 'orphans'} "
            "belong to no photo; look at them and delete them when they are not needed.",
            file=sys.stderr,
        )
    if not report.readable:
        return EXIT_USAGE  # the database itself: the sentence above offers the restore
    if report.ok:
        print(f"All well: {report.photos_checked} photo(s) checked, database intact.")
        return EXIT_OK
    print(f"{len(report.problems)} problem(s) in {report.photos_checked} photo(s) checked.")
    return EXIT_SOME_FAILED


# -- library migrate ---------------------------------------------------------------------------------------


def run_migrate(args: argparse.Namespace) -> int:
    import json

    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services.moving import migrate_library

    bar = ProgressBar()
    try:
        report = migrate_library(args.source, args.target, progress=bar.update)
    except PhotoFollowError as error:
        bar.clear()
        return _fail(str(error))
    except KeyboardInterrupt:
        bar.clear()
        print(
            "Interrupted: nothing was kept in the database, and the photos copied so far were removed again; "
            f"{shown(args.source)} is as it was.",
            file=sys.stderr,
        )
        return 130
    finally:
        bar.clear()
    total_bytes = report.original_bytes + report.other_bytes
    if args.json:
        print(
            json.dumps(
                {
                    "from": str(Path(args.source).expanduser().absolute()),
                    "to": args.target,
                    "tables": report.rows,
                    "originals": report.originals,
                    "originals_already_there": report.originals_already_there,
                    "bytes": total_bytes,
                    "other_files": report.other_files,
                    "seconds": round(report.seconds, 3),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    print(f"Moved {shown(args.source)} to {shown(args.target)} in {report.seconds:.1f} s.")
    rows = [("Table", "Rows")] + [(name, str(count)) for name, count in report.rows.items()]
    _print_table(rows, numeric=(1,))
    originals = report.originals + report.originals_already_there
    print(
        f"{originals} original(s) copied and checked by SHA-256"
        + (f" ({report.originals_already_there} already there from an earlier try)"
           if report.originals_already_there else "")
        + f", {report.other_files} other file(s) (consent forms, erasures, orphans); "
        f"{total_bytes / 1_000_000:.1f} MB."
    )
    print(f"The folder library {shown(args.source)} is as it was; workstations now open {shown(args.target)}")
    return EXIT_OK


# -- patients and timeline ---------------------------------------------------------------------------------


def run_patients(args: argparse.Namespace) -> int:
    import json

    from photofollow.domain.errors import PhotoFollowError
    from photofollow.services.library import patient_summaries

    try:
        library = _open_library(args, write=False)
    except PhotoFollowError as error:
        return _fail(str(error))
    try:
        summaries = patient_summaries(library)
    finally:
        library.close()
    if args.json:
        print(
            json.dumps(
                {
                    "library": str(library.folder),
                    "patients": [
                        {
                            "id": s.patient.id,
                            "name": s.patient.display_name,
                            "chart_number": s.patient.chart_number,
                            "birth_date": s.patient.birth_date.isoformat() if s.patient.birth_date else None,
                            "treatments": s.treatments,
                            "visits": s.visits,
                            "photos": s.photos,
                            "last_visit": s.last_visit.isoformat() if s.last_visit else None,
                        }
                        for s in summaries
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not summaries:
        print(f"No patients yet in {library.folder}.")
        return EXIT_OK
    rows = [("Patient", "Chart", "Treatments", "Visits", "Photos", "Last visit")]
    for s in summaries:
        rows.append(
            (
                s.patient.display_name,
                s.patient.chart_number or "-",
                str(s.treatments),
                str(s.visits),
                str(s.photos),
                s.last_visit.date().isoformat() if s.last_visit else "-",
            )
        )
    _print_table(rows, numeric=(2, 3, 4))
    return EXIT_OK


def run_timeline(args: argparse.Namespace) -> int:
    import json

    from photofollow.domain.errors import PhotoFollowError
    from photofollow.services.library import find_patient, timeline

    try:
        library = _open_library(args, write=False)
    except PhotoFollowError as error:
        return _fail(str(error))
    try:
        patient = find_patient(library, args.patient)
        line = timeline(library, patient)
    except PhotoFollowError as error:
        return _fail(str(error))
    finally:
        library.close()

    if args.json:
        print(json.dumps(_timeline_json(line), ensure_ascii=False, indent=2))
        return EXIT_OK
    title = patient.display_name + (f" (chart {patient.chart_number})" if patient.chart_number else "")
    from photofollow.domain.names import shown

    print(shown(title))
    if not line.treatments:
        print("  No treatments yet.")
    for entry in line.treatments:
        treatment = entry.treatment
        details = [treatment.area.value] + [text for text in (treatment.product, treatment.physician) if text]
        course = [str(v.assessment.gais) for v in entry.visits if v.assessment is not None]
        if course:
            details.append("GAIS course " + " → ".join(course))
        print(f"\nTreatment of {_when(treatment.performed_at)} · {' · '.join(details)}")
        if not entry.visits:
            print("  No visits yet.")
            continue
        rows = [("  Visit", "Date", "Since treatment", "Photos", "Assessment", "Views")]
        for visit in entry.visits:
            views = ", ".join(f"{view.value} {count}" for view, count in visit.views.items()) or "-"
            rows.append(
                (
                    f"  {visit.visit.kind.value}",
                    _when(visit.visit.visited_at),
                    visit.label,
                    str(visit.photo_count),
                    _assessment_cell(visit),
                    views,
                )
            )
        _print_table(rows, numeric=(3,))
    return EXIT_OK


def _assessment_cell(visit) -> str:
    """A follow-up's assessment at a glance: "GAIS 2, call" ("-" when not assessed; nothing for a baseline)."""
    if visit.visit.kind.value != "follow-up":
        return ""
    if visit.assessment is None:
        return "-"
    tier = f", {visit.assessment.tier.value}" if visit.assessment.tier else ""
    return f"GAIS {visit.assessment.gais}{tier}"


def _timeline_json(line) -> dict:
    from photofollow.services.assessment import assessment_json

    patient = line.patient
    return {
        "patient": {
            "id": patient.id,
            "name": patient.display_name,
            "chart_number": patient.chart_number,
            "birth_date": patient.birth_date.isoformat() if patient.birth_date else None,
        },
        "treatments": [
            {
                "id": entry.treatment.id,
                "performed_at": entry.treatment.performed_at.isoformat(),
                "area": entry.treatment.area.value,
                "product": entry.treatment.product,
                "physician": entry.treatment.physician,
                "session_number": entry.treatment.session_number,
                "visits": [
                    {
                        "id": visit.visit.id,
                        "kind": visit.visit.kind.value,
                        "visited_at": visit.visit.visited_at.isoformat(),
                        "time_since_treatment": visit.label,
                        "elapsed": {
                            "phase": visit.elapsed.phase.value,
                            "count": visit.elapsed.count,
                            "unit": visit.elapsed.unit.value if visit.elapsed.unit else None,
                            "seconds": visit.elapsed.delta.total_seconds(),
                        },
                        "pain_score": visit.visit.pain_score,
                        "photos": visit.photo_count,
                        "views": {view.value: count for view, count in visit.views.items()},
                        "assessment": assessment_json(visit.assessment),
                    }
                    for visit in entry.visits
                ],
            }
            for entry in line.treatments
        ],
    }


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _print_table(rows: list[tuple[str, ...]], numeric: tuple[int, ...] = ()) -> None:
    from photofollow.domain.names import shown

    rows = [tuple(shown(cell) for cell in row) for row in rows]  # names typed by people: escaped
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i]) for i, cell in enumerate(row)
        ]
        print("  ".join(cells).rstrip())
