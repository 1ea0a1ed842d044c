"""Is the patient's expression the baseline's? Mouth, lip corners, eyes and brows from the face mesh.

The features (imaging/measure/face.py) are lengths over the eye distance in the face's own axes; each
difference is judged against its tolerance and the expanded uncertainty of both photos, so the mesh's
jitter never reads as an expression. A smile also widens and opens the mouth and narrows the eyes; those
are reported as the smile, once.
"""

from __future__ import annotations

import math
from dataclasses import replace

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus
from photofollow.domain.text import QT_TRANSLATE_NOOP
from photofollow.imaging.checks._common import PASS, WARN, PairContext, _n, _result, _say, _skip, _which
from photofollow.imaging.checks.geometry import Judgement, _cannot_judge, judge
from photofollow.imaging.measure.face import pose_corrected

# Photos whose head is turned further than this are not compared: the mesh's mouth and lids are guesses
# on a face seen from the side.
MAX_YAW_DEG = 50.0


def _features(which) -> dict[str, float]:
    """The face's expression features with what its head pose alone does to them taken out."""
    face = which.face
    return pose_corrected(face.expression, face.yaw, face.pitch)


def check_expression(ctx: PairContext) -> CheckResult:
    b, f, pol = ctx.baseline, ctx.follow_up, ctx.policy.expression
    if not ctx.faces:
        reason = _which(
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "No face was found in either photo, so the expression cannot be compared."
                )
            ),
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "No face was found in the baseline, so the expression cannot be compared."
                )
            ),
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks", "No face was found in the follow-up, so the expression cannot be compared."
                )
            ),
            b.face is None,
            f.face is None,
        )
        return _skip(CheckId.EXPRESSION, reason, "% eye distance")
    turned = [abs(m.face.yaw) for m in (b, f) if math.isfinite(m.face.yaw)]
    if not b.face.expression or not f.face.expression or (turned and max(turned) > MAX_YAW_DEG):
        return _skip(
            CheckId.EXPRESSION,
            _say(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The expression is compared on frontal and oblique views only; this face is turned too "
                    "far to read it.",
                )
            ),
            "% eye distance",
        )
    values_b, values_f = _features(b), _features(f)
    bands = {
        "corner_lift": (pol.smile_lift_warn, pol.smile_lift_fail),
        "mouth_width": (pol.mouth_width_warn, pol.mouth_width_fail),
        "mouth_open": (pol.mouth_open_warn, pol.mouth_open_fail),
        "eye_open": (pol.eye_open_warn, pol.eye_open_fail),
        "brow_height": (pol.brow_height_warn, pol.brow_height_fail),
        "brow_gap": (pol.brow_gap_warn, pol.brow_gap_fail),
    }
    floor = math.hypot(b.face.expression_sigma.get("floor", 0.0), f.face.expression_sigma.get("floor", 0.0))
    judged: dict[str, tuple[Judgement, float]] = {}
    for name, (warn, fail) in bands.items():
        difference = values_f[name] - values_b[name]
        sigma = math.hypot(b.face.expression_sigma.get(name, 0.0), f.face.expression_sigma.get(name, 0.0))
        judged[name] = (judge(difference, sigma, floor, warn, fail, ctx), difference)
    found = {name: (j, d) for name, (j, d) in judged.items() if j.status not in (None, PASS)}
    # A smile moves two things at once: the corners rise and the mouth widens. Both together, each beyond
    # its own uncertainty and the smile pattern's (smaller) tolerances, are a smile even when neither alone
    # passes its single tolerance; one of them alone is within how a relaxed face varies.
    (lift_j, lift_d), (width_j, width_d) = judged["corner_lift"], judged["mouth_width"]
    pattern = (
        "corner_lift" not in found
        and "mouth_width" not in found
        and lift_j.status is not None
        and width_j.status is not None
        and lift_d > max(pol.smile_pattern_lift, lift_j.uncertainty)
        and width_d > max(pol.smile_pattern_width, width_j.uncertainty)
    )
    if pattern:
        found["corner_lift"] = (Judgement(WARN, lift_j.uncertainty), lift_d)
    unjudged = [name for name, (j, _) in judged.items() if j.status is None]
    if not found and unjudged:
        first = judged[unjudged[0]][0]
        warn = bands[unjudged[0]][0]
        return _cannot_judge(CheckId.EXPRESSION, ctx, first, warn, warn * 100, "% eye distance")
    if not found:
        # The difference nearest its tolerance is the one reported.
        nearest = max(judged, key=lambda name: abs(judged[name][1]) / bands[name][0])
        result = _result(
            CheckId.EXPRESSION,
            PASS,
            round(judged[nearest][1] * 100, 2),
            bands[nearest][0] * 100,
            "% eye distance",
            _say(QT_TRANSLATE_NOOP("Checks", "The expression matches the baseline (mouth, eyes and brows).")),
            feature=nearest,
        )
        return replace(result, uncertainty=round(max(j.uncertainty for j, _ in judged.values()) * 100, 3))

    findings: list[tuple[CheckStatus, str, float, float, object]] = []  # status, feature, difference, u, text
    lift = judged["corner_lift"][1]
    smile_more = "corner_lift" in found and lift > 0
    smile_less = "corner_lift" in found and lift < 0
    width_more = "mouth_width" in found and judged["mouth_width"][1] > 0
    if not smile_more and width_more and lift > 0:
        smile_more = True  # a wide smile lifts the corners by the width more than against the lip middle
    absorbed: set[str] = set()
    if smile_more:
        absorbed |= {"corner_lift", "mouth_width", "mouth_open", "eye_open"}
        leading = found.get("corner_lift") or found["mouth_width"]
        findings.append(
            (
                leading[0].status,
                "corner_lift" if "corner_lift" in found else "mouth_width",
                leading[1],
                leading[0].uncertainty,
                _say(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "The patient smiles in the follow-up but not in the baseline: ask for the baseline's "
                        "neutral expression.",
                    )
                ),
            )
        )
    elif smile_less:
        absorbed |= {"corner_lift", "mouth_width", "mouth_open"}
        j, d = found["corner_lift"]
        if values_b["corner_lift"] > 0:
            text = QT_TRANSLATE_NOOP(
                "Checks",
                "The patient smiles in the baseline but not in the follow-up: ask for the baseline's "
                "expression.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Checks",
                "The corners of the mouth are pulled down in the follow-up, unlike the baseline: ask for the "
                "baseline's relaxed expression.",
            )
        findings.append((j.status, "corner_lift", d, j.uncertainty, _say(text)))
    texts = {
        ("mouth_open", True): QT_TRANSLATE_NOOP(
            "Checks",
            "The mouth is open in the follow-up (%1 % of the eye distance wider than in the baseline): ask "
            "the patient to close the lips as in the baseline.",
        ),
        ("mouth_open", False): QT_TRANSLATE_NOOP(
            "Checks",
            "The mouth is open in the baseline and closed in the follow-up (%1 % of the eye distance): ask "
            "for the baseline's expression.",
        ),
        ("mouth_width", True): QT_TRANSLATE_NOOP(
            "Checks",
            "The mouth is %1 % of the eye distance wider than in the baseline (lips stretched): ask for the "
            "baseline's relaxed expression.",
        ),
        ("mouth_width", False): QT_TRANSLATE_NOOP(
            "Checks",
            "The mouth is %1 % of the eye distance narrower than in the baseline (lips pursed): ask for the "
            "baseline's relaxed expression.",
        ),
        ("eye_open", False): QT_TRANSLATE_NOOP(
            "Checks",
            "The eyes are more closed in the follow-up than in the baseline (%1 % of the eye distance): ask "
            "the patient to keep the eyes open as in the baseline.",
        ),
        ("eye_open", True): QT_TRANSLATE_NOOP(
            "Checks",
            "The eyes are opened wider in the follow-up than in the baseline (%1 % of the eye distance): ask "
            "for the baseline's relaxed expression.",
        ),
        ("brow_height", True): QT_TRANSLATE_NOOP(
            "Checks",
            "The brows are raised in the follow-up (%1 % of the eye distance higher than in the baseline): "
            "ask for the baseline's relaxed expression.",
        ),
        ("brow_height", False): QT_TRANSLATE_NOOP(
            "Checks",
            "The brows are lowered in the follow-up (%1 % of the eye distance lower than in the baseline, as "
            "in a frown): ask for the baseline's relaxed expression.",
        ),
        ("brow_gap", False): QT_TRANSLATE_NOOP(
            "Checks",
            "The brows are drawn together in the follow-up (a frown, %1 % of the eye distance): ask for the "
            "baseline's relaxed expression.",
        ),
        ("brow_gap", True): QT_TRANSLATE_NOOP(
            "Checks",
            "The brows are further apart in the follow-up than in the baseline (%1 % of the eye distance): "
            "ask for the baseline's relaxed expression.",
        ),
    }
    for name, (j, d) in found.items():
        if name in absorbed or (name, d > 0) not in texts:
            continue
        findings.append((j.status, name, d, j.uncertainty, _say(texts[(name, d > 0)], _n(abs(d) * 100))))
    findings.sort(key=lambda item: (item[0].severity, abs(item[2]) / bands[item[1]][0]), reverse=True)
    status, name, difference, uncertainty, message = findings[0]
    if len(findings) == 2:
        message = _say(
            QT_TRANSLATE_NOOP("Checks", "%1 One more difference of expression was found."), message
        )
    elif len(findings) > 2:
        message = _say(
            QT_TRANSLATE_NOOP("Checks", "%1 %2 more differences of expression were found."),
            message,
            len(findings) - 1,
        )
    threshold = pol.smile_pattern_lift if pattern and name == "corner_lift" else bands[name][0]
    result = _result(
        CheckId.EXPRESSION,
        status,
        round(difference * 100, 2),
        threshold * 100,
        "% eye distance",
        message,
        feature=name,
        findings=[item[4].english() for item in findings],
    )
    return replace(result, uncertainty=round(uncertainty * 100, 3))
