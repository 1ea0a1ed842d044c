"""`photofollow import`: photos into a patient's treatment, filed by the same plan the import dialog shows.

Contract (other tools rely on it; extend, never rename):

`photofollow import --library L --patient NAME [--chart NUMBER] --treatment YYYY-MM-DD[THH:MM] [--area AREA]
 [--visit auto|baseline|follow-up] [--visit-date YYYY-MM-DD] [--view auto|VIEW] [--no-analysis] [--dry-run]
 [--json] [--accept-dates] [--new-patient] PATHS...`
  The patient is found by chart number when one is given, else by name (case and accents ignored), or
  created; a new patient whose name or chart number is close to an existing one's is refused ("did you mean
  ...", exit 2) unless `--new-patient`. The treatment is the patient's treatment at that date-time (this
  computer's time zone) or a new one. `--visit auto` (the default) files each photo by its capture date: the
  treatment's visit of that calendar day, else a new one, a baseline when taken before the treatment and a
  follow-up after; `baseline`/`follow-up` fix the kind; `--visit-date` puts every photo into the visit of that
  day. `--view auto` (the default) takes the view suggested from the head pose, printed per file with where it
  came from; `other` with a warning when there is no suggestion.
  A follow-up taken before the treatment, a baseline taken after it, a photo more than the policy's
  `capture_time.max_hours_from_visit` from its visit, or one without a camera date (its file date is a guess),
  is not imported unless `--accept-dates`; the reason is printed per file.
  Prints one line per file on stdout, `imported: PATH`, `duplicate: PATH (already in ...)`, `failed: PATH:
  reason` or `skipped: PATH: reason` (with `--view auto`, an indented `  view: VIEW (SOURCE)` line follows
  each imported file), then a summary line; a progress bar on stderr when it is a terminal. `--json` prints
  one JSON object per file and line instead (keys: file, status, reason, photo_id, visit_id, visit_date,
  visit_kind, view, view_source, capture_time, capture_time_source, warnings; `dry_run` true on a plan).
  `--dry-run` prints the plan (what each file would become) and changes nothing.
  Exit 0: every file imported or duplicate; 1: some failed or were held back; 2: unusable arguments or library.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

AREAS = ("face", "scalp", "neck", "decolletage", "hands", "body", "other")
VISIT_CHOICES = ("auto", "baseline", "follow-up")


def register(subparsers: argparse._SubParsersAction) -> None:
    from photofollow.cli.library import library_option
    from photofollow.domain.model import View

    parser = subparsers.add_parser(
        "import",
        help="import photos into a patient's treatment",
        description=(
            "Copy photos into the library, unchanged, for a patient's treatment. Folders are searched for "
            "photos; each photo is filed under the visit of the day it was taken (or the visit you name), "
            "and its view is suggested from the head pose unless you give one. Nothing is imported whose "
            "date does not fit: use --dry-run to see the plan first."
        ),
    )
    library_option(parser)
    parser.add_argument("--patient", required=True, metavar="NAME", help="the patient's name as shown")
    parser.add_argument("--chart", metavar="NUMBER", help="the patient's chart number (finds the patient)")
    parser.add_argument(
        "--treatment",
        required=True,
        metavar="YYYY-MM-DD[THH:MM]",
        help="when the treatment was done, in this computer's time zone",
    )
    parser.add_argument("--area", choices=AREAS, default="face", help="treated area of a new treatment")
    parser.add_argument(
        "--visit",
        choices=VISIT_CHOICES,
        default="auto",
        help="auto (default): by each photo's capture date and the treatment time; or baseline / follow-up",
    )
    parser.add_argument(
        "--visit-date", metavar="YYYY-MM-DD", help="file every photo under the visit of this day"
    )
    parser.add_argument(
        "--view",
        choices=["auto", *(v.value for v in View)],
        default="auto",
        help="view of every photo (default auto: suggested from the head pose)",
    )
    parser.add_argument(
        "--no-analysis",
        action="store_true",
        help="do not measure the photos now (checks measure them when first needed)",
    )
    parser.add_argument("--dry-run", action="store_true", help="print the plan and change nothing")
    parser.add_argument("--json", action="store_true", help="one JSON object per file and line")
    parser.add_argument(
        "--accept-dates",
        action="store_true",
        help="import photos whose dates do not fit their visit or treatment (or that have no camera date)",
    )
    parser.add_argument(
        "--new-patient",
        action="store_true",
        help="create the patient even when one with a similar name or chart number exists",
    )
    parser.add_argument("paths", nargs="+", metavar="PATHS", help="photo files and folders")
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    import warnings

    from photofollow.cli.library import (
        ProgressBar,
        _fail,
        _open_library,
        parse_treatment_time,
        parse_visit_date,
    )
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.model import Area, Treatment, View, VisitKind
    from photofollow.domain.names import shown
    from photofollow.services import checking
    from photofollow.services.import_plan import execute_plan, plan_import
    from photofollow.services.library import (
        PatientLookupError,
        find_or_create_patient,
        find_or_create_treatment,
        find_patient_for_import,
    )

    try:
        treated_at = parse_treatment_time(args.treatment)
        visit_date = parse_visit_date(args.visit_date)
    except ValueError as error:
        return _fail(str(error))
    if not args.patient.strip():
        return _fail("--patient needs a name.")

    # Pillow warns about every odd EXIF entry and large image; the per-file lines already say what matters.
    warnings.simplefilter("ignore")
    scratch = None
    try:
        if args.dry_run and not _library_exists(args):
            # A plan for a library that does not exist yet: made against an empty one that is thrown away.
            import tempfile

            scratch = tempfile.TemporaryDirectory(prefix="photofollow-plan-")
            args = argparse.Namespace(**{**vars(args), "library": str(Path(scratch.name) / "library")})
            library = _open_library(args, create=True)
        else:
            library = _open_library(args, create=not args.dry_run, write=not args.dry_run)
    except PhotoFollowError as error:
        return _fail(str(error))
    bar = ProgressBar()
    try:
        policy = checking.library_policy(library.folder)
        try:
            if args.dry_run:
                patient = find_patient_for_import(library, args.patient, args.chart, args.new_patient)
                treatment = None
                if patient.id is not None:
                    treatment = next(
                        (t for t in library.treatments_of(patient.id) if t.performed_at == treated_at), None
                    )
                if treatment is None:
                    treatment = Treatment(patient_id=patient.id, performed_at=treated_at, area=Area(args.area))
            else:
                patient, _ = find_or_create_patient(
                    library, args.patient, args.chart, allow_similar=args.new_patient
                )
                treatment, _ = find_or_create_treatment(library, patient.id, treated_at, Area(args.area))
        except PatientLookupError as error:
            return _fail(str(error))

        measured: dict[Path, object] = {}

        def suggest(path: Path):
            measurements = checking.measure_photo(path, policy)
            measured[path] = measurements
            return checking.suggest_view(measurements, policy)

        auto_view = args.view == "auto"
        plan = plan_import(
            library,
            args.paths,
            treatment,
            kind=None if args.visit == "auto" else VisitKind(args.visit),
            visit_date=visit_date,
            view=None if auto_view else View(args.view),
            suggest_view=suggest if auto_view else None,
            policy=policy,
        )
        if args.dry_run:
            return _print_plan(plan, args)

        def analyse(photo, stored_path: Path) -> None:
            # The suggestion's measurements are the photo's (same bytes); measured here otherwise.
            source = next((row.path for row in plan.rows if row.sha256 == photo.sha256), None)
            measurements = measured.pop(source, None) if source is not None else None
            if measurements is None:
                if args.no_analysis:
                    return
                measurements = checking.measure_photo(stored_path, policy)
            checking.save_measurements(library, photo, measurements)

        def report(outcome) -> None:
            bar.clear()  # the line goes where the bar was; the next file redraws it
            if args.json:
                print(json.dumps(_outcome_json(outcome), ensure_ascii=False), flush=True)
                return
            # Names from outside, escaped: one line per file whatever a name holds (newlines, escapes).
            path = shown(outcome.row.path)
            reason = shown(outcome.reason.english()) if outcome.reason is not None else ""
            if outcome.status == "imported":
                print(f"imported: {path}", flush=True)
                if auto_view:
                    print(f"  view: {outcome.row.view.value} ({outcome.row.view_source.value})", flush=True)
                for warning in outcome.warnings:
                    print(f"photofollow: {path}: {shown(warning.english())}", file=sys.stderr)
            elif outcome.status == "duplicate":
                print(f"duplicate: {path} ({reason})", flush=True)
            else:
                print(f"{outcome.status}: {path}: {reason}", flush=True)

        for failure in plan.failures:
            if args.json:
                print(json.dumps(_failure_json(failure), ensure_ascii=False), flush=True)
            else:
                print(f"failed: {shown(failure.path)}: {shown(failure.reason)}", flush=True)
        result = execute_plan(
            library,
            plan,
            accept_dates=args.accept_dates,
            progress=bar.update,
            analyse=analyse,
            on_outcome=report,
        )
        bar.clear()
        failed = result.count("failed") + len(plan.failures)
        if not args.json:
            print(_summary(library, result, plan, failed))
        return EXIT_SOME_FAILED if failed or result.count("skipped") else EXIT_OK
    except PhotoFollowError as error:
        return _fail(str(error))
    finally:
        bar.clear()
        library.close()
        if scratch is not None:
            scratch.cleanup()


def _library_exists(args: argparse.Namespace) -> bool:
    from photofollow.appdirs import resolve_library
    from photofollow.services.library import library_exists

    return library_exists(resolve_library(getattr(args, "library", None)))


def _summary(library, result, plan, failed: int) -> str:
    from photofollow.services.library import describe_location

    parts = [
        f"{result.count('imported')} imported",
        f"{result.count('duplicate')} duplicate",
        f"{failed} failed",
    ]
    if plan.skipped_files:
        parts.append(f"{len(plan.skipped_files)} skipped (not photos)")
    imported = [outcome for outcome in result.outcomes if outcome.status == "imported"]
    visits = {outcome.photo.visit_id for outcome in imported}
    where = ""
    if len(visits) == 1:
        where = f" into {describe_location(library, imported[0].photo)}"
    elif visits:
        where = f" into {len(visits)} visits"
    return ", ".join(parts) + where + "."


def _print_plan(plan, args: argparse.Namespace) -> int:
    """--dry-run: what each file would become, and exit 1 when any would not be imported."""
    from photofollow.domain.names import shown
    from photofollow.domain.timing import label

    held_back = len(plan.failures)
    for failure in plan.failures:
        if args.json:
            print(json.dumps({**_failure_json(failure), "dry_run": True}, ensure_ascii=False))
        else:
            print(f"would fail: {shown(failure.path)}: {shown(failure.reason)}")
    new_visit_names = {}
    for row in plan.rows:
        importable = row.importable(args.accept_dates)
        if row.duplicate_of is not None:
            status = "duplicate"
        elif importable:
            status = "imported"
        else:
            status = "failed"
            held_back += 1
        blocking = next((p for p in row.problems if p.blocking), None)
        if args.json:
            print(
                json.dumps(
                    {
                        "file": str(row.path),
                        "status": status,
                        "reason": blocking.phrase.english() if blocking and not importable else None,
                        "photo_id": row.duplicate_of.id if row.duplicate_of else None,
                        "visit_id": row.target.visit_id,
                        "visit_date": row.target.day.isoformat() if row.target.day else None,
                        "visit_kind": row.target.kind.value,
                        "view": row.view.value,
                        "view_source": row.view_source.value,
                        "capture_time": row.capture_time.isoformat() if row.capture_time else None,
                        "capture_time_source": row.capture_time_source.value if row.capture_time_source else None,
                        "warnings": [p.phrase.english() for p in row.problems if not p.blocking],
                        "dry_run": True,
                    },
                    ensure_ascii=False,
                )
            )
            continue
        path = shown(row.path)
        if status == "duplicate":
            print(f"duplicate: {path} ({shown(row.problems[0].phrase.english())})")
            continue
        if row.error is not None:
            print(f"would fail: {path}: {shown(row.problems[0].phrase.english())}")
            continue
        day = row.target.day.isoformat() if row.target.day else "date unknown"
        visit = f"{row.target.kind.value} visit of {day}"
        if row.target.visit_id is None:
            new_visit_names[row.target] = visit
            visit += " (new)"
        when = label(row.elapsed) if row.elapsed is not None else "date unknown"
        verb = "would import" if importable else "held back"
        print(f"{verb}: {path} -> {visit}, {when}, {row.view.value} ({row.view_source.value})")
        for problem in row.problems:
            print(f"  {'problem' if problem.blocking else 'warning'}: {shown(problem.phrase.english())}")
    if not args.json:
        print(f"Plan: {plan.summary_phrase(args.accept_dates).english()}. Nothing was changed (--dry-run).")
    return EXIT_SOME_FAILED if held_back else EXIT_OK


def _outcome_json(outcome) -> dict:
    row, photo, visit = outcome.row, outcome.photo, outcome.visit
    capture = photo.facts.capture_time if photo is not None else row.capture_time
    source = photo.facts.capture_time_source if photo is not None else row.capture_time_source
    return {
        "file": str(row.path),
        "status": outcome.status,
        "reason": outcome.reason.english() if outcome.reason is not None else None,
        "photo_id": photo.id if photo is not None else None,
        "visit_id": visit.id if visit is not None else row.target.visit_id,
        "visit_date": visit.visited_at.date().isoformat()
        if visit is not None
        else (row.target.day.isoformat() if row.target.day else None),
        "visit_kind": (visit.kind if visit is not None else row.target.kind).value,
        "view": (photo.view if photo is not None else row.view).value,
        "view_source": row.view_source.value,
        "capture_time": capture.isoformat() if capture is not None else None,
        "capture_time_source": source.value if source is not None else None,
        "warnings": [warning.english() for warning in outcome.warnings],
    }


def _failure_json(failure) -> dict:
    return {
        "file": str(failure.path),
        "status": "failed",
        "reason": failure.reason,
        "photo_id": None,
        "visit_id": None,
        "visit_date": None,
        "visit_kind": None,
        "view": None,
        "view_source": None,
        "capture_time": None,
        "capture_time_source": None,
        "warnings": [],
    }
