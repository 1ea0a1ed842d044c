"""`photofollow check` and `photofollow measure`: the photo policy on two files; one photo's measurements.

    photofollow check BASELINE FOLLOWUP [--view VIEW] [--policy FILE] [--json] [--language en|nl|da]
    photofollow measure FILE [--policy FILE] [--json]

`check --json` prints exactly one JSON object: {"verdict", "checks": [{"id", "status", "measured",
"threshold", "uncertainty", "unit", "message"}, ... every check, in PHOTO_POLICY.md order], "transform" (3x3,
follow-up pixels -> baseline pixels, oriented full size; or null), "baseline", "follow_up" (the files' facts)}.
"uncertainty" is the expanded uncertainty of "measured" in the same unit (the policy's coverage factor, about
95 %), from the face's size and the landmarks' jitter or the registration's residuals; null for checks that
read metadata or could not measure. A difference inside it is never a warning.
`message` is always English; with `--language` each check also carries "message_localized", the same
sentence in that language with its numbers in that language's format (the table then shows that one).
`measure --json` prints the measurements of one photo (subject brightness in EV, colour temperature, light
balance, sharpness, head pose and eye distance when a face is found, with the face's width, expression
features and the standard deviation of each face measurement, subject centre and size, facts).

Exit status: 0 for any verdict; 2 for unusable input (a file that cannot be read as a photo, a bad policy
file), with a message on stderr naming the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from photofollow.cli import EXIT_OK, EXIT_USAGE
from photofollow.domain.errors import PhotoFollowError
from photofollow.domain.model import View

# What `check --help` and `measure --help` tell a user (the module's doc above is for developers).
CHECK_DESCRIPTION = (
    "Tell whether a follow-up photo was taken like its baseline, so the two can be compared fairly: the same "
    "light (brightness, colour, direction, flash), focus, distance, framing, tilt and head angle, the view "
    "it is labelled with, the same lens and camera, no filter or editing app, comparable resolution, a "
    "plausible date, the same expression and no make-up the baseline did not have. Prints every check with "
    "its status (pass, warn, fail or skipped), what was measured, the limit and a sentence saying what "
    "differs, then the verdict: consistent, review or inconsistent. The limits are the clinic's photo "
    "policy (--policy FILE overrides them). --language en|nl|da prints the table in that language; --json "
    "prints one JSON object for other tools, with English sentences. Exit status 0 for any verdict, 2 when "
    "a file cannot be read as a photo or the policy file is unusable."
)
MEASURE_DESCRIPTION = (
    "Print what PhotoFollow measures in one photo, the numbers the checks compare between a baseline and "
    "a follow-up: the subject's brightness (EV), the colour of the light (kelvin), the balance of the light "
    "from left to right, sharpness, and, when a face is found, the head's angle and the distance between "
    "the eyes. --json prints one JSON object for other tools. Exit status 2 when the file cannot be read "
    "as a photo."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser(
        "check",
        help="check a follow-up photo against its baseline (light, angle, distance, lens, filters)",
        description=CHECK_DESCRIPTION,
    )
    check.add_argument("baseline", type=Path, metavar="BASELINE", help="the baseline photo")
    check.add_argument("follow_up", type=Path, metavar="FOLLOWUP", help="the follow-up photo")
    check.add_argument(
        "--view",
        choices=[view.value for view in View],
        metavar="VIEW",
        help="the view both photos are labelled with: " + ", ".join(view.value for view in View),
    )
    _add_policy_and_json(check)
    check.add_argument(
        "--language",
        metavar="LANG",
        help='en, nl or da: add each sentence in that language ("message_localized" in --json)',
    )
    check.set_defaults(handler=run_check)

    measure = subparsers.add_parser(
        "measure",
        help="print one photo's measurements (brightness, colour, light, sharpness, head pose, ...)",
        description=MEASURE_DESCRIPTION,
    )
    measure.add_argument("file", type=Path, metavar="FILE", help="the photo")
    _add_policy_and_json(measure)
    measure.set_defaults(handler=run_measure)


def _add_policy_and_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy", type=Path, metavar="FILE", help="a clinic policy file (TOML) over the defaults"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _fail(command: str, message: str) -> int:
    print(f"photofollow {command}: {message}", file=sys.stderr)
    return EXIT_USAGE


def _load_policy(path: Path | None):
    from photofollow.domain.policy import load_policy

    return load_policy(path)


def _measure(command: str, path: Path, policy):
    from photofollow.services.checking import measure_photo

    if not path.exists():
        raise _Unusable(f"{path}: no such file.")
    if path.is_dir():
        raise _Unusable(f"{path}: is a folder, not a photo.")
    try:
        return measure_photo(path, policy)
    except PhotoFollowError as error:
        raise _Unusable(f"{path}: {getattr(error, 'reason', None) or error}") from None
    except (OSError, ValueError) as error:  # a reader's failure without a typed error: still name the file
        raise _Unusable(f"{path}: cannot be read as a photo ({error}).") from None


class _Unusable(Exception):
    pass


_qt_application = None  # kept alive while the CLI translates


def _localizer(language: str):
    """`message_text` with the translators of `language` installed (QtCore only: no window system)."""
    global _qt_application
    from PySide6.QtCore import QCoreApplication

    from photofollow.reporting.words import message_text
    from photofollow.ui.i18n import apply_language

    if QCoreApplication.instance() is None:
        _qt_application = QCoreApplication(["photofollow"])
    apply_language(language)
    return message_text


def run_check(args: argparse.Namespace) -> int:
    from photofollow.services.checking import check_pair, report_to_json

    localized = None
    if args.language is not None:
        from photofollow.ui.i18n import LANGUAGES

        if args.language not in LANGUAGES:
            return _fail("check", f"--language {args.language}: choose one of {', '.join(LANGUAGES)}.")
    try:
        policy = _load_policy(args.policy)
        baseline = _measure("check", args.baseline, policy)
        follow_up = _measure("check", args.follow_up, policy)
    except (_Unusable, PhotoFollowError) as error:
        return _fail("check", str(error))
    report = check_pair(baseline, follow_up, policy, labelled_view=args.view)
    if args.language is not None:
        localized = _localizer(args.language)
    if args.json:
        data = report_to_json(report)
        if localized is not None:
            for item, result in zip(data["checks"], report.checks, strict=True):
                item["message_localized"] = localized(result)
        print(json.dumps(data, ensure_ascii=False))
        return EXIT_OK
    if localized is not None:  # the whole table in that language (issue 16), not only the sentences
        from photofollow.cli.check_text import localized_report

        print(localized_report(report, args.baseline, args.follow_up))
        return EXIT_OK
    print(format_report(report, args.baseline, args.follow_up))
    return EXIT_OK


def format_report(report, baseline: Path, follow_up: Path, message=None) -> str:
    """The readable table of `photofollow check`; `message(result)` gives each sentence (default English)."""
    lines = [
        f"Baseline:  {baseline}",
        f"Follow-up: {follow_up}",
        f"Verdict:   {report.verdict.value.upper()}",
        "",
    ]
    header = f"{'check':16s} {'status':8s} {'measured':>12s} {'limit':>10s}  message"
    lines.append(header)
    lines.append("-" * len(header))
    for result in report.checks:
        measured = _cell(result.measured, result.unit)
        threshold = _cell(result.threshold, result.unit if isinstance(result.threshold, int | float) else "")
        lines.append(
            f"{result.id.value:16s} {result.status.value:8s} {measured:>12s} {threshold:>10s}  "
            f"{message(result) if message is not None else result.message}"
        )
    return "\n".join(lines)


def _cell(value, unit: str) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        text = f"{value:.2f}"
    else:
        text = str(value)
    short_unit = {
        "ratio": "",
        "ln ratio": "",
        "days since treatment": "d",
        "days": "d",
        "° yaw": "°",
        "% eye distance": "% IPD",
    }.get(unit, unit)
    text = f"{text} {short_unit}".strip() if short_unit else text
    return text if len(text) <= 12 else text[:11] + "…"


def run_measure(args: argparse.Namespace) -> int:
    try:
        policy = _load_policy(args.policy)
        measurements = _measure("measure", args.file, policy)
    except (_Unusable, PhotoFollowError) as error:
        return _fail("measure", str(error))
    summary = measurements.summary_json()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return EXIT_OK
    for key, value in summary.items():
        if key == "facts":
            continue
        print(f"{key:18s} {value}")
    return EXIT_OK
