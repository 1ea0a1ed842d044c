"""`photofollow visit assess`: the physician's assessment of a follow-up visit from the command line.

Contract (other tools rely on it; extend, never rename):

`photofollow visit assess --library L --visit VISIT_ID --gais 1-5 [--patient-gais 1-5]
 [--goal yes|partly|not-yet|no] [--tier observe|call|urgent] [--findings TEXT] [--plan TEXT]`
  Records the assessment of a follow-up visit (VISIT_ID as `timeline --json` gives it), or changes the one it
  has: the options given replace their values, the others keep theirs. The assessor is the signed-in user and
  the time is now. Prints one line saying what was recorded. Exit 0 recorded; 1 refused because the visit's
  assessment was changed on another workstation while this command ran (the sentence says who, where and
  when; nothing was saved); 2 unusable arguments, library or visit (not in the library, or a baseline).
  `timeline --json` then shows it as the visit's `assessment`.
"""

from __future__ import annotations

import argparse

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

GAIS_HELP = "1 exceptional improvement, 2 very improved, 3 improved, 4 unaltered, 5 worsened"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "visit",
        help="work on one visit (assess a follow-up)",
        description="Work on one visit of a patient's treatment.",
    )
    actions = parser.add_subparsers(dest="visit_command", metavar="ACTION", required=True)
    assess = actions.add_parser(
        "assess",
        help="record the physician's assessment of a follow-up visit",
        description=(
            "Record the physician's assessment of a follow-up visit against the treatment's goal: the "
            "Global Aesthetic Improvement Scale (GAIS) as the physician and the patient rate it, whether "
            "the goal is reached, the guide's tier, the examination findings and the plan. Options left out keep the "
            "values of an earlier assessment of the visit. `photofollow timeline --json` lists visit ids."
        ),
    )
    assess.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="library folder (default: $PHOTOFOLLOW_LIBRARY, else your data folder)",
    )
    assess.add_argument(
        "--visit", required=True, type=int, metavar="VISIT_ID", help="the follow-up visit's id"
    )
    assess.add_argument(
        "--gais",
        required=True,
        type=int,
        choices=range(1, 6),
        metavar="1-5",
        help=f"the physician's GAIS: {GAIS_HELP}",
    )
    assess.add_argument(
        "--patient-gais", type=int, choices=range(1, 6), metavar="1-5", help="the patient's own GAIS"
    )
    assess.add_argument(
        "--goal", choices=("yes", "partly", "not-yet", "no"), help="is the treatment's goal reached?"
    )
    assess.add_argument(
        "--tier",
        choices=("observe", "call", "urgent"),
        help="the guide's tier: observe at home, call the clinic, urgent care",
    )
    assess.add_argument(
        "--findings",
        metavar="TEXT",
        help="what the examination found (touch, temperature, pain, circulation, neurology)",
    )
    assess.add_argument("--plan", metavar="TEXT", help="the plan: next session, advice")
    from photofollow.cli.users import user_option

    user_option(assess)  # in a library with named users, only a physician assesses
    assess.set_defaults(handler=run_assess)


def run_assess(args: argparse.Namespace) -> int:
    from photofollow.cli.library import _fail, _open_library
    from photofollow.domain.assessment import GAIS_NAMES, Gais
    from photofollow.domain.errors import EditConflict, PhotoFollowError
    from photofollow.domain.model import Patient, Treatment, Visit
    from photofollow.domain.timing import label, time_since_treatment
    from photofollow.services.assessment import record_assessment

    given = {"gais": args.gais}
    for option in ("patient_gais", "goal", "tier", "findings", "plan"):
        if getattr(args, option) is not None:
            given[option] = getattr(args, option)
    try:
        library = _open_library(args)
    except PhotoFollowError as error:
        return _fail(str(error))
    try:
        record_assessment(library, args.visit, **given)
        visit = library.get(Visit, args.visit)
        treatment = library.get(Treatment, visit.treatment_id)
        patient = library.get(Patient, treatment.patient_id)
        elapsed = label(time_since_treatment(visit.visited_at, treatment.performed_at))
        where = f"the visit of {visit.visited_at.date().isoformat()} ({elapsed}) of {patient.display_name}"
    except EditConflict as error:
        return _fail(str(error), EXIT_REFUSED)
    except PhotoFollowError as error:
        return _fail(str(error))
    finally:
        library.close()
    print(f"Assessed {where}: GAIS {args.gais} ({GAIS_NAMES[Gais(args.gais)]}).")
    return EXIT_OK
