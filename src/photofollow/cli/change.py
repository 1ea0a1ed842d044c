"""`photofollow change`: what changed between a baseline and a comparable follow-up photo (issue 15).

    photofollow change BASELINE FOLLOWUP [--area AREA] [--policy FILE] [--json] [--language en|nl|da]

`--json` prints exactly one JSON object: {"comparable": bool, "reason": str|null, "measures": [{"id":
"redness"|"dark_patches"|"swelling", "region": str, "baseline": float, "follow_up": float, "change": float,
"uncertainty": float, "unit": str, "index": str}, ...]}. "index" (added to the issue's keys) says which of
a measure's indices the value is: "erythema" (redness), "darkness" and "colour" (dark patches), "width"
(swelling). "reason" (English) says why nothing was measured when "comparable" is false (a failed light,
white-balance or make-up check, no face, too little reference). Regions: forehead, cheek_left,
cheek_right, chin, perioral, periorbital_left, periorbital_right (the patient's own sides), neck when it is
in the photo; `overlap` for scalp, hands and other areas. Units: "EI" (erythema index, 100 log10 of red
over green linear reflectance), "%" (darker than the baseline region's median luminance), "YI" (the colour
of dark patches: yellowness index, 100 log10 of the geometric mean of red and green over blue linear
reflectance; below zero bluer, above zero yellower than the region at baseline), "% IPD" (the face
outline's half-width from the midline, in % of the eye distance). "uncertainty" is expanded (the policy's
coverage factor, about 95 %). `--language` prints the table in that language and adds "reason_localized"
to `--json` (the reason in that language, when there is one). Exit status 0 whether or not the pair was
measured; 2 for unusable input, with a message on stderr naming the file.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from photofollow.cli import EXIT_OK
from photofollow.domain.errors import PhotoFollowError
from photofollow.domain.model import Area
from photofollow.domain.text import QT_TRANSLATE_NOOP

NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP("Change", "These numbers describe the two photos; they do not diagnose.")

DESCRIPTION = (
    "Measure what changed between a baseline photo and a follow-up taken the same way: redness, dark "
    "patches (such as bruises) and swelling, per region of the treated area, each with its uncertainty. "
    "The follow-up's colour is first matched to the baseline's on skin and background outside the treated "
    "area; when the light, the colour of the light or the make-up differs too much the pair is not "
    "measured and the reason is printed. The numbers describe these two photos; they do not diagnose. "
    "--json prints one JSON object for other tools; --language en|nl|da prints the table in that language. "
    "Exit status 0 whether or not the pair was measured, 2 "
    "when a file cannot be read as a photo or the policy file is unusable."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    change = subparsers.add_parser(
        "change",
        help="measure redness, dark patches and swelling between a baseline and a follow-up photo",
        description=DESCRIPTION,
    )
    change.add_argument("baseline", type=Path, metavar="BASELINE", help="the baseline photo")
    change.add_argument("follow_up", type=Path, metavar="FOLLOWUP", help="the follow-up photo")
    change.add_argument(
        "--area",
        choices=[area.value for area in Area],
        default=Area.FACE.value,
        metavar="AREA",
        help="the treated area (default face): " + ", ".join(area.value for area in Area),
    )
    change.add_argument(
        "--policy", type=Path, metavar="FILE", help="a clinic policy file (TOML) over the defaults"
    )
    change.add_argument("--json", action="store_true", help="print one JSON object")
    change.add_argument(
        "--language",
        metavar="LANG",
        help='en, nl or da: print the table in that language ("reason_localized" in --json)',
    )
    change.set_defaults(handler=run_change)


def run_change(args: argparse.Namespace) -> int:
    from photofollow.cli.analysis import _fail, _load_policy, _localizer, _Unusable
    from photofollow.services.change import change_of_files

    if args.language is not None:
        from photofollow.ui.i18n import LANGUAGES

        if args.language not in LANGUAGES:
            return _fail("change", f"--language {args.language}: choose one of {', '.join(LANGUAGES)}.")
    try:
        policy = _load_policy(args.policy)
        for path in (args.baseline, args.follow_up):
            if not path.exists():
                raise _Unusable(f"{path}: no such file.")
            if path.is_dir():
                raise _Unusable(f"{path}: is a folder, not a photo.")
        result = change_of_files(args.baseline, args.follow_up, args.area, policy)
    except (_Unusable, PhotoFollowError) as error:
        return _fail("change", str(getattr(error, "reason", None) or error))
    except (OSError, ValueError) as error:
        return _fail("change", f"cannot be read as a photo ({error}).")
    data = result.report.to_json()
    if args.language is not None:
        _localizer(args.language)  # the language's translators and number format
    if args.json:
        if args.language is not None and result.report.reason is not None:
            from photofollow.reporting.words import phrase_text

            data["reason_localized"] = phrase_text(result.report.reason)
        print(json.dumps(data, ensure_ascii=False))
        return EXIT_OK
    if args.language is not None:
        from photofollow.cli.change_text import localized_change

        print(localized_change(result.report, args.baseline, args.follow_up))
        return EXIT_OK
    print(format_change(data, args.baseline, args.follow_up))
    return EXIT_OK


def format_change(data: dict, baseline: Path, follow_up: Path) -> str:
    """The readable table of `photofollow change`."""
    lines = [f"Baseline:  {baseline}", f"Follow-up: {follow_up}"]
    if not data["comparable"]:
        lines.append(str(data["reason"]))
        return "\n".join(lines)
    lines.append(NOT_A_DIAGNOSIS)
    lines.append("")
    header = (
        f"{'measure':13s} {'index':9s} {'region':18s} {'baseline':>9s} {'follow-up':>9s} {'change':>8s} "
        f"{'±':>6s}  unit"
    )
    lines += [header, "-" * len(header)]
    for m in data["measures"]:
        cells = [_cell(m[key]) for key in ("baseline", "follow_up", "change", "uncertainty")]
        lines.append(
            f"{m['id']:13s} {m['index']:9s} {m['region']:18s} {cells[0]:>9s} {cells[1]:>9s} {cells[2]:>8s} "
            f"{cells[3]:>6s}  {m['unit']}"
        )
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"
