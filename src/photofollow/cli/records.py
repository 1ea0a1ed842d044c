"""Correcting the record from the command line: list photos, move or turn one, delete to the trash, restore,
empty the trash, erase a patient, merge two patients. Every change goes through `services.records`.

Contract (other tools rely on it; extend, never rename). P is a chart number or a name (case and accents
ignored); `--json` prints one JSON object. Exit 0: done; 1: refused, with the reason (including a record changed
on another workstation while the command ran: the sentence says who, where and when, and nothing was saved);
2: unusable arguments or library (including a patient, photo, visit or trash entry that is not there).

`photofollow photos --library L --patient P [--json]`
  Every photo of the patient: `id`, `visit_id`, `visit_date`, `visit_kind`, `treatment_id`, `view`,
  `rotation`, `capture_time`, `capture_time_source`, `original_name`, `sha256`.
`photofollow photo set ID --library L [--view V] [--visit VISIT_ID] [--rotate 90|180|270] [--json]`
  File photo ID as another view and/or under another visit (of any treatment or patient), and/or turn it
  clockwise as it is shown (the original never changes).
`photofollow delete --library L (--photo ID | --visit ID | --treatment ID | --patient P) [--json]`
  Move it, with all that belongs to it, to the library's trash; prints the trash entry's id.
`photofollow trash --library L list | restore ID | empty --yes [--json]`
  `list`: each entry's `id`, `kind`, `object_id`, `patient_id`, `deleted_at` and `holds` (what it holds).
  `empty` removes everything in the trash for good (refused without --yes).
`photofollow erase --library L --patient P --yes [--json]`
  Erase a patient for good: rows, originals, previews, measurements, and the patient in every backup.
`photofollow patient merge --library L KEEP OTHER [--json]`
  OTHER's treatments, visits and photos move to KEEP; OTHER goes to the trash.
"""

from __future__ import annotations

import argparse
import json

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    from photofollow.cli.library import library_option
    from photofollow.domain.model import View

    def json_option(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--json", action="store_true", help="print one JSON object instead")

    parser = subparsers.add_parser(
        "photos",
        help="list a patient's photos with their ids",
        description="Every photo of a patient, with the ids that `photo set` and `delete` take.",
    )
    library_option(parser)
    parser.add_argument("--patient", required=True, metavar="P", help="chart number or name")
    json_option(parser)
    parser.set_defaults(handler=run_photos)

    photo = subparsers.add_parser("photo", help="correct one photo", description="Correct one photo.")
    library_option(photo)
    photo_commands = photo.add_subparsers(dest="photo_command", metavar="ACTION", required=True)
    parser = photo_commands.add_parser(
        "set",
        help="file a photo as another view or visit, or turn it",
        description="File a photo as another view and/or under another visit, and/or turn it as it is shown. "
        "The original file never changes.",
    )
    library_option(parser)
    parser.add_argument("photo_id", metavar="ID", type=int, help="the photo's id (`photofollow photos`)")
    parser.add_argument("--view", choices=[v.value for v in View], help="the view it shows")
    parser.add_argument("--visit", type=int, metavar="VISIT_ID", help="the visit it belongs to")
    parser.add_argument("--rotate", type=int, choices=(90, 180, 270), help="turn it clockwise by this much")
    json_option(parser)
    parser.set_defaults(handler=run_photo_set)

    parser = subparsers.add_parser(
        "delete",
        help="move a photo, visit, treatment or patient to the trash",
        description="Move a photo, visit, treatment or patient, with all that belongs to it, to the library's "
        "trash. `photofollow trash restore ID` brings it back.",
    )
    library_option(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--photo", type=int, metavar="ID")
    which.add_argument("--visit", type=int, metavar="ID")
    which.add_argument("--treatment", type=int, metavar="ID")
    which.add_argument("--patient", metavar="P", help="chart number or name")
    json_option(parser)
    parser.set_defaults(handler=run_delete)

    trash = subparsers.add_parser(
        "trash", help="the library's trash: list, restore, empty", description="The library's trash."
    )
    library_option(trash)  # `trash --library L list` as well as `trash list --library L`
    trash_commands = trash.add_subparsers(dest="trash_command", metavar="ACTION", required=True)
    parser = trash_commands.add_parser("list", help="what the trash holds")
    library_option(parser)
    json_option(parser)
    parser.set_defaults(handler=run_trash_list)
    parser = trash_commands.add_parser("restore", help="bring an entry back with all it held")
    library_option(parser)
    parser.add_argument("trash_id", metavar="ID", type=int)
    json_option(parser)
    parser.set_defaults(handler=run_trash_restore)
    parser = trash_commands.add_parser("empty", help="remove everything in the trash for good")
    library_option(parser)
    parser.add_argument("--yes", action="store_true", help="yes, remove it for good")
    json_option(parser)
    parser.set_defaults(handler=run_trash_empty)

    parser = subparsers.add_parser(
        "erase",
        help="erase a patient for good (the right to erasure)",
        description="Erase a patient and everything of theirs for good: records, original photos, previews, "
        "measurements, and the patient in every backup of the library. This cannot be undone.",
    )
    library_option(parser)
    parser.add_argument("--patient", required=True, metavar="P", help="chart number or name")
    parser.add_argument("--yes", action="store_true", help="yes, erase for good")
    json_option(parser)
    parser.set_defaults(handler=run_erase)

    patient = subparsers.add_parser("patient", help="patient records", description="Patient records.")
    library_option(patient)
    patient_commands = patient.add_subparsers(dest="patient_command", metavar="ACTION", required=True)
    parser = patient_commands.add_parser(
        "merge",
        help="merge two records of one patient",
        description="Move every treatment, visit and photo of OTHER to KEEP, and OTHER to the trash.",
    )
    library_option(parser)
    parser.add_argument("keep", metavar="KEEP", help="chart number or name of the record kept")
    parser.add_argument("other", metavar="OTHER", help="chart number or name of the record merged into it")
    json_option(parser)
    parser.set_defaults(handler=run_patient_merge)


# -- shared ------------------------------------------------------------------------------------------------


def _run(args: argparse.Namespace, change, *, write: bool = True) -> int:
    """Open the library, run `change(library)` returning (text, json) and print it; errors to exit codes."""
    from photofollow.cli.library import _fail, _open_library
    from photofollow.domain.errors import LibraryError, PhotoFollowError
    from photofollow.domain.names import shown
    from photofollow.services.changes import RecordGone
    from photofollow.services.library import PatientLookupError

    try:
        library = _open_library(args, write=write)
    except PhotoFollowError as error:
        return _fail(shown(error))
    try:
        text, payload = change(library)
    except Refused as refusal:
        return _fail(shown(refusal), EXIT_REFUSED)
    except (RecordGone, PatientLookupError, LibraryError) as error:
        # Not there, or the library itself in trouble (read-only, full disk, damaged): unusable, exit 2.
        return _fail(shown(error))
    except PhotoFollowError as error:
        return _fail(shown(error), EXIT_REFUSED)
    except ValueError as error:
        return _fail(shown(error), EXIT_REFUSED)
    finally:
        library.close()
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(text)
    return EXIT_OK


class Refused(Exception):
    """A change the command will not make, with the reason."""


def _patient(library, key: str):
    from photofollow.services.library import find_patient

    return find_patient(library, key)


# -- photos ------------------------------------------------------------------------------------------------


def run_photos(args: argparse.Namespace) -> int:
    from photofollow.cli.library import _print_table
    from photofollow.domain.names import shown
    from photofollow.services.records import patient_record

    def listing(library):
        record = patient_record(library, _patient(library, args.patient).id)
        photos = []
        for treatment in record.treatments:
            for visit in treatment.visits:
                for photo in visit.photos:
                    photos.append(_photo_json(photo, visit.visit, treatment.treatment))
        rows = [("Id", "Visit", "Date", "Kind", "View", "Turned", "Taken", "File")]
        for photo in photos:
            rows.append(
                (
                    str(photo["id"]),
                    str(photo["visit_id"]),
                    photo["visit_date"],
                    photo["visit_kind"],
                    photo["view"],
                    f"{photo['rotation']}°" if photo["rotation"] else "-",
                    (photo["capture_time"] or "-")[:16].replace("T", " "),
                    shown(photo["original_name"]),
                )
            )
        text = _table_text(rows, _print_table) if photos else "No photos."
        return text, {"patient": {"id": record.patient.id, "name": record.patient.display_name}, "photos": photos}

    return _run(args, listing, write=False)


def _table_text(rows, print_table) -> str:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        print_table(rows, numeric=(0, 1))
    return buffer.getvalue().rstrip("\n")


def _photo_json(photo, visit, treatment) -> dict:
    facts = photo.facts
    return {
        "id": photo.id,
        "visit_id": visit.id,
        "visit_date": visit.visited_at.date().isoformat(),
        "visit_kind": visit.kind.value,
        "treatment_id": treatment.id,
        "view": photo.view.value,
        "rotation": photo.rotation,
        "capture_time": facts.capture_time.isoformat() if facts.capture_time else None,
        "capture_time_source": facts.capture_time_source.value if facts.capture_time_source else None,
        "original_name": photo.original_name,
        "sha256": photo.sha256,
    }


def run_photo_set(args: argparse.Namespace) -> int:
    from photofollow.domain.model import Photo, Treatment, View, Visit
    from photofollow.services import records

    if args.view is None and args.visit is None and args.rotate is None:
        from photofollow.cli.library import _fail

        return _fail("say what to change: --view, --visit and/or --rotate.")

    def change(library):
        if args.view is not None or args.visit is not None:
            records.move_photo(
                library, args.photo_id, visit_id=args.visit, view=View(args.view) if args.view else None
            )
        if args.rotate is not None:
            records.rotate_photo(library, args.photo_id, args.rotate)
        photo = library.get(Photo, args.photo_id)
        visit = library.get(Visit, photo.visit_id)
        payload = _photo_json(photo, visit, library.get(Treatment, visit.treatment_id))
        text = (
            f"Photo {photo.id}: {photo.view.value}, {visit.kind.value} visit {visit.id} of "
            f"{visit.visited_at.date().isoformat()}" + (f", turned {photo.rotation}°" if photo.rotation else "")
        )
        return text, payload

    return _run(args, change)


# -- trash -------------------------------------------------------------------------------------------------


def run_delete(args: argparse.Namespace) -> int:
    from photofollow.services import records

    def change(library):
        if args.patient is not None:
            kind, object_id = "patient", _patient(library, args.patient).id
        else:
            kind, object_id = next(
                (name, getattr(args, name)) for name in ("photo", "visit", "treatment") if getattr(args, name)
            )
        records.delete(library, kind, object_id)
        entry = records.trash_entries(library)[0]
        payload = _entry_json(entry)
        return f"Moved to the trash as entry {entry.id}: {entry.description}. " \
            f"`photofollow trash restore {entry.id}` brings it back.", payload

    return _run(args, change)


def _entry_json(entry) -> dict:
    return {
        "id": entry.id,
        "kind": entry.kind,
        "object_id": entry.object_id,
        "patient_id": entry.patient_id,
        "deleted_at": entry.deleted_at.isoformat(),
        "holds": entry.description,
    }


def run_trash_list(args: argparse.Namespace) -> int:
    from photofollow.domain.names import shown
    from photofollow.services import records

    def listing(library):
        entries = records.trash_entries(library)
        lines = [
            f"{entry.id}: {entry.deleted_at.astimezone():%Y-%m-%d %H:%M} {shown(entry.description)}"
            for entry in entries
        ]
        return "\n".join(lines) if lines else "The trash is empty.", {"trash": [_entry_json(e) for e in entries]}

    return _run(args, listing, write=False)


def run_trash_restore(args: argparse.Namespace) -> int:
    from photofollow.services import records

    def change(library):
        entry = next((e for e in records.trash_entries(library) if e.id == args.trash_id), None)
        records.restore(library, args.trash_id)
        return f"Restored: {entry.description}.", {"restored": _entry_json(entry)}

    return _run(args, change)


def run_trash_empty(args: argparse.Namespace) -> int:
    from photofollow.services import records

    def change(library):
        entries = records.trash_entries(library)
        if not args.yes:
            raise Refused(
                f"emptying the trash removes {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} for good; "
                "add --yes to do it."
            )
        records.empty_trash(library)
        return f"Removed {len(entries)} trash entr{'y' if len(entries) == 1 else 'ies'} for good.", {
            "removed": [_entry_json(e) for e in entries]
        }

    return _run(args, change)


def run_erase(args: argparse.Namespace) -> int:
    from photofollow.services import records

    def change(library):
        patient = _patient(library, args.patient)
        if not args.yes:
            raise Refused(
                f"erasing {patient.display_name} removes the patient, every photo and every backup copy for "
                "good; add --yes to do it."
            )
        records.erase_patient(library, patient.id)
        return "Erased for good: the patient, their photos and their records in every backup.", {
            "erased": {"id": patient.id}
        }

    return _run(args, change)


def run_patient_merge(args: argparse.Namespace) -> int:
    from photofollow.services import records

    def change(library):
        keep, other = _patient(library, args.keep), _patient(library, args.other)
        if keep.id == other.id:
            raise Refused("KEEP and OTHER are the same patient.")
        moved = len(library.treatments_of(other.id))
        records.merge_patients(library, keep.id, other.id)
        return (
            f"Merged: {moved} treatment(s) moved to {keep.display_name}; the other record is in the trash.",
            {"kept": keep.id, "merged": other.id, "treatments_moved": moved},
        )

    return _run(args, change)

