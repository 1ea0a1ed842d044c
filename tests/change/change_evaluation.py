"""Evaluation of the change measures (issue 15) on the shared real faces: redness, bruises and swelling of
known strength added in known regions, alone and with a small change of exposure or white balance; controls
(the same photo saved again); a lamp far darker (a failed light check).

    python tests/change/change_evaluation.py [--faces N]

prints per measure the correlation of the measured change in the target region with the added strength, the
false change on controls and in the regions nothing was added to, and whether a failed light check gave
`skipped`. `tests/change/test_change_evaluation.py` asserts the same on a few faces.

The additions work on linear light, in the target region as the face mesh places it (mapped back from the
change sample's canvas to the photo), as soft blobs:
- redness: green and blue reflectance lowered (haemoglobin absorbs them; red is left), strength = the share
  of green taken at the blob's centre;
- bruise: all three lowered, each by its own share of the strength (its colour): purple (green most, as
  the first evaluation), blue (a fresh, deep bruise: red and green lowered more than blue) and yellow (a
  healing bruise: bilirubin takes blue); strength = the share taken at the centre. The darkness expected is
  the luminance-weighted loss, the colour expected the yellowness index's change
  100 log10(sqrt(t_R t_G) / t_B) of the channels' transmissions t, both averaged over the region;
- swelling: the cheek's outline pushed outwards by a smooth warp, strength = the push at the outline in %
  of the eye distance.
Exposure steps are EV on linear light; a white-balance step scales red up and blue down (about 10 mired).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("PHOTOFOLLOW_SHARED", REPO.parent / "shared"))
FACES = SHARED / "corpus" / "faces" / "neutral"

REDNESS = (0.06, 0.12, 0.2)
BRUISE = (0.15, 0.3, 0.45)
# A bruise's colour: the share of the strength each channel (R, G, B) loses. Purple: the first evaluation's;
# blue: deep blood takes red and green (a fresh bruise); yellow: bilirubin takes blue (a healing bruise).
BRUISE_COLOURS = {"purple": (0.8, 1.1, 0.9), "blue": (1.0, 0.9, 0.5), "yellow": (0.15, 0.3, 0.8)}
SWELLING = (3.0, 6.0, 9.0)  # % of the eye distance at the outline
EXPOSURE_SMALL_EV = 0.2  # inside the exposure check's warn band (0.33 EV)
WB_SMALL = 1.03  # red x 1.03, blue / 1.03: about 10 mired, the white-balance warn tolerance
EXPOSURE_FAILED_EV = -1.2  # beyond the exposure check's fail limit (0.7 EV)


def _decode(v: np.ndarray) -> np.ndarray:
    return np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)


_LINEAR_OF_CODE = _decode(np.arange(256, dtype=np.float64) / 255.0)
# The linear values where the sRGB code rounds up to the next one (code k + 0.5 decoded): a photo's worth of
# pixels is encoded by a search among 255 bounds instead of a power per pixel (the evaluation's own cost).
_CODE_BOUNDS = _decode((np.arange(255, dtype=np.float64) + 0.5) / 255.0)


def _linear(rgb: np.ndarray) -> np.ndarray:
    return _LINEAR_OF_CODE[rgb]


def _srgb(linear: np.ndarray) -> np.ndarray:
    return np.searchsorted(_CODE_BOUNDS, linear, side="right").astype(np.uint8)


def _canvas_coordinates(sample, shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Canvas (x, y) of every photo pixel (the sample's to_canvas maps full-size pixels, which these are)."""
    ys, xs = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float64)
    m = sample.to_canvas
    return m[0, 0] * xs + m[0, 1] * ys + m[0, 2], m[1, 0] * xs + m[1, 1] * ys + m[1, 2]


def _blob_centre(sample, region) -> tuple[np.ndarray, float, float, float]:
    from photofollow.imaging.change import face_regions

    mask = face_regions(sample.mesh, sample.valid)[region]
    ys, xs = np.nonzero(mask)
    return mask, xs.mean(), ys.mean(), 0.5 * math.sqrt(len(xs) / math.pi)


def _blob(sample, region, shape) -> np.ndarray:
    """A soft blob (0..1) over the region's middle, in photo pixels."""
    _, cx, cy, radius = _blob_centre(sample, region)
    u, v = _canvas_coordinates(sample, shape)
    return np.exp(-((u - cx) ** 2 + (v - cy) ** 2) / (2 * radius**2))


def _blob_on_region(sample, region) -> np.ndarray:
    """The blob's weights over the region's canvas pixels."""
    mask, cx, cy, radius = _blob_centre(sample, region)
    ys, xs = np.nonzero(mask)
    return np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2 * radius**2))


def expected_redness(sample, region, strength) -> float:
    """The region's mean erythema-index change the addition makes (green x (1 - strength x weight))."""
    return float(np.mean(-100.0 * np.log10(1.0 - strength * _blob_on_region(sample, region))))


def expected_darkening(sample, region, strength, colour="purple") -> float:
    """The region's mean darkening in % the addition makes, on skin at the region's median (luminance
    weights of the three channels' losses)."""
    shares = BRUISE_COLOURS[colour]
    loss = strength * (0.2126 * shares[0] + 0.7152 * shares[1] + 0.0722 * shares[2])
    return float(np.mean(100.0 * loss * _blob_on_region(sample, region)))


def expected_yellowing(sample, region, strength, colour="purple") -> float:
    """The region's mean change of the yellowness index 100 log10(sqrt(R G) / B) the addition makes: each
    channel is multiplied by its transmission, whatever the skin's colour (a log ratio of gains)."""
    weight = _blob_on_region(sample, region)
    t = [1.0 - strength * share * weight for share in BRUISE_COLOURS[colour]]
    return float(np.mean(100.0 * (0.5 * np.log10(t[0]) + 0.5 * np.log10(t[1]) - np.log10(t[2]))))


def expected_swelling(sample, side, strength_pct) -> float:
    """The push at the outline averaged over the rows the measure reads the cheek's outline on."""
    from photofollow.imaging.change.measures import CHEEK_LEVELS, _level_point, outline_levels

    level = _swelling_level(sample, side)
    rows = outline_levels(CHEEK_LEVELS)[1 if side == "left" else 0]
    pushes = [math.exp(-(((_level_point(sample.mesh, row)[1] - level) / (0.55 * 96.0)) ** 2)) for row in rows]
    return float(strength_pct * np.mean(pushes))


def _swelling_level(sample, side) -> float:
    outline = sample.mesh[454] if side == "left" else sample.mesh[234]
    jaw = sample.mesh[288] if side == "left" else sample.mesh[58]
    return float((outline[1] + jaw[1]) / 2)


def add_redness(rgb, sample, region, strength):
    linear = _linear(rgb)
    weight = _blob(sample, region, rgb.shape[:2])[..., None]
    linear *= 1.0 - strength * weight * np.array([0.0, 1.0, 0.8])
    return _srgb(linear)


def add_bruise(rgb, sample, region, strength, colour="purple"):
    linear = _linear(rgb)
    weight = _blob(sample, region, rgb.shape[:2])[..., None]
    linear *= 1.0 - strength * weight * np.array(BRUISE_COLOURS[colour])
    return _srgb(linear)


def add_swelling(rgb, sample, side, strength_pct):
    """Push the outline of the patient's `side` cheek ("left" / "right") outwards by strength_pct % IPD."""
    import cv2

    from photofollow.imaging.change.sample import EYES_AT, SAMPLE_IPD_PX

    mesh = sample.mesh
    outline = mesh[454] if side == "left" else mesh[234]
    middle_x = EYES_AT[0]
    edge = abs(outline[0] - middle_x)
    level = _swelling_level(sample, side)
    sign = 1.0 if side == "left" else -1.0
    u, v = _canvas_coordinates(sample, rgb.shape[:2])
    across = sign * (u - middle_x) / edge  # 1 at the outline on that side
    along = np.exp(-(((v - level) / (0.55 * SAMPLE_IPD_PX)) ** 2))
    # Full push from the mesh's outline to well past the silhouette (the mesh's outline lies inside it),
    # fading out into the background beyond.
    plateau = 1.4
    profile = np.where(
        across < 1.0,
        np.clip(across, 0, None) ** 2,
        np.where(across <= plateau, 1.0, np.exp(-(((across - plateau) / 0.35) ** 2))),
    )
    push = strength_pct / 100.0 * SAMPLE_IPD_PX * along * profile * sign  # canvas px, outwards
    inverse = np.linalg.inv(sample.to_canvas)
    scale = math.hypot(inverse[0, 0], inverse[1, 0])
    dx = push * scale  # photo px; the canvas's x axis is the photo's up to the face's roll (small here)
    angle = math.atan2(inverse[1, 0], inverse[0, 0])
    ys, xs = np.mgrid[0 : rgb.shape[0], 0 : rgb.shape[1]].astype(np.float32)
    map_x = (xs - dx * math.cos(angle)).astype(np.float32)
    map_y = (ys - dx * math.sin(angle)).astype(np.float32)
    return cv2.remap(rgb, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def light(rgb, ev=0.0, white_balance=1.0):
    linear = _linear(rgb) * (2.0**ev) * np.array([white_balance, 1.0, 1.0 / white_balance])
    return _srgb(linear)


@dataclass
class Row:
    face: str
    kind: str  # control, redness, dark_patches, swelling, failed_light
    region: str | None
    strength: float
    light: str  # "", "+0.2 EV", "WB", "-1.2 EV"
    comparable: bool
    expected: float = 0.0  # the change the addition makes in the measure's unit
    colour: str = ""  # a bruise's colour (BRUISE_COLOURS)
    expected_colour: float = 0.0  # a bruise's change of the yellowness index
    # (measure key, region) -> (change, U); the key is the measure's id, "dark_patches_colour" for the
    # colour of dark patches (the index "colour" in `change --json`).
    measures: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)

    @property
    def change(self) -> float:
        return self.measures.get((self.kind, self.region or ""), (math.nan, math.nan))[0]

    @property
    def uncertainty(self) -> float:
        return self.measures.get((self.kind, self.region or ""), (math.nan, math.nan))[1]

    @property
    def colour_change(self) -> float:
        return self.measures.get((COLOUR_KEY, self.region or ""), (math.nan, math.nan))[0]

    def untouched(self) -> list[tuple[float, float]]:
        """(change, uncertainty) of the measures nothing was added to: every measure of a control; of an
        addition, every measure outside its region (a bruise also lowers redness where it is, and a swelling
        moves skin within the region: those are the addition's own)."""
        if self.kind == "control":
            return list(self.measures.values())
        if self.kind == "failed_light":
            return []
        return [value for (measure, region), value in self.measures.items() if region != self.region]


def _save(rgb, folder: Path, name: str) -> Path:
    from PIL import Image

    path = folder / f"{name}.jpg"
    Image.fromarray(rgb).save(path, quality=95)
    return path


def evaluate_face(path: Path, folder: Path, policy=None) -> list[Row]:
    from photofollow.domain.change import RegionId
    from photofollow.imaging.decode import load_oriented_rgb
    from photofollow.services.change import change_of_pair, measure_with_sample
    from photofollow.services.checking import default_policy

    policy = policy or default_policy()
    rgb = load_oriented_rgb(path)
    base_path = _save(rgb, folder, f"{path.stem}-baseline")
    baseline, base_sample = measure_with_sample(base_path, policy)
    if not base_sample.has_face:
        return []
    face = path.stem
    plans: list[tuple[str, str | None, float, str, np.ndarray, str]] = [("control", None, 0.0, "", rgb, "")]
    plans.append(("control", None, 0.0, "+0.2 EV", light(rgb, ev=EXPOSURE_SMALL_EV), ""))
    plans.append(("control", None, 0.0, "WB", light(rgb, white_balance=WB_SMALL), ""))
    for strength in REDNESS:
        plans.append(
            (
                "redness",
                "cheek_left",
                strength,
                "",
                add_redness(rgb, base_sample, RegionId.CHEEK_LEFT, strength),
                "",
            )
        )
    plans.append(
        (
            "redness",
            "forehead",
            REDNESS[1],
            "WB",
            light(add_redness(rgb, base_sample, RegionId.FOREHEAD, REDNESS[1]), white_balance=WB_SMALL),
            "",
        )
    )
    for colour in BRUISE_COLOURS:
        for strength in BRUISE if colour != "yellow" else (BRUISE[0], BRUISE[2]):
            pixels = add_bruise(rgb, base_sample, RegionId.CHEEK_RIGHT, strength, colour)
            plans.append(("dark_patches", "cheek_right", strength, "", pixels, colour))
    purple_chin = add_bruise(rgb, base_sample, RegionId.CHIN, BRUISE[1], "purple")
    plans.append(
        ("dark_patches", "chin", BRUISE[1], "+0.2 EV", light(purple_chin, ev=EXPOSURE_SMALL_EV), "purple")
    )
    # The colour index against a change of the light's colour: the small white-balance step alone moves the
    # yellowness index by 100 log10(1.03^1.5) = 1.9 units before the normalisation.
    yellow_chin = add_bruise(rgb, base_sample, RegionId.CHIN, BRUISE[1], "yellow")
    plans.append(
        ("dark_patches", "chin", BRUISE[1], "WB", light(yellow_chin, white_balance=WB_SMALL), "yellow")
    )
    for strength in SWELLING:
        plans.append(
            ("swelling", "cheek_left", strength, "", add_swelling(rgb, base_sample, "left", strength), "")
        )
    swollen = add_swelling(rgb, base_sample, "right", SWELLING[1])
    plans.append(
        ("swelling", "cheek_right", SWELLING[1], "+0.2 EV", light(swollen, ev=EXPOSURE_SMALL_EV), "")
    )
    reddened = add_redness(rgb, base_sample, RegionId.CHEEK_LEFT, REDNESS[1])
    plans.append(("failed_light", None, 0.0, "-1.2 EV", light(reddened, ev=EXPOSURE_FAILED_EV), ""))
    rows = []
    for index, (kind, region, strength, lighting, pixels, colour) in enumerate(plans):
        follow_path = _save(pixels, folder, f"{face}-{index}")
        follow, follow_sample = measure_with_sample(follow_path, policy)
        result = change_of_pair(baseline, follow, base_sample, follow_sample, policy).report
        row = Row(face, kind, region, strength, lighting, result.comparable, colour=colour)
        row.expected = _expected(base_sample, kind, region, strength, colour)
        if kind == "dark_patches":
            row.expected_colour = expected_yellowing(base_sample, RegionId(region), strength, colour)
        row.measures = {(_key(m), m.region.value): (m.change, m.uncertainty) for m in result.measures}
        rows.append(row)
    return rows


COLOUR_KEY = "dark_patches_colour"


def _key(measure) -> str:
    """A measure's key in Row.measures: its id, COLOUR_KEY for the colour of dark patches."""
    from photofollow.domain.change import IndexId

    return COLOUR_KEY if measure.kind == IndexId.COLOUR else measure.id.value


TARGETS = {"redness": "cheek_left", "dark_patches": "cheek_right", "swelling": "cheek_left"}


def _expected(sample, kind: str, region: str | None, strength: float, colour: str = "") -> float:
    from photofollow.domain.change import RegionId

    if kind == "redness":
        return expected_redness(sample, RegionId(region), strength)
    if kind == "dark_patches":
        return expected_darkening(sample, RegionId(region), strength, colour)
    if kind == "swelling":
        return expected_swelling(sample, "left" if region == "cheek_left" else "right", strength)
    return 0.0


def summarise(rows: list[Row]) -> dict[str, dict[str, float]]:
    """Per measure: correlation of measured change with added strength over every pair with that addition
    (with or without a light change) and the controls (strength 0, in the region the additions target);
    false change: the share of untouched measures whose |change| exceeds their uncertainty, and the largest
    |change| / uncertainty; failed light: how many such pairs were skipped."""
    out: dict[str, dict[str, float]] = {}
    controls = [r for r in rows if r.kind == "control" and r.comparable]
    for kind, target in TARGETS.items():
        chosen = [r for r in rows if r.kind == kind and r.comparable and math.isfinite(r.change)]
        zero = [c.measures[(kind, target)][0] for c in controls if (kind, target) in c.measures]
        strengths = [r.expected for r in chosen] + [0.0] * len(zero)
        changes = [r.change for r in chosen] + zero
        r_value = float(np.corrcoef(strengths, changes)[0, 1]) if len(chosen) > 1 else math.nan
        slope = float(np.polyfit(strengths, changes, 1)[0]) if len(chosen) > 1 else math.nan
        out[kind] = {"pairs": len(chosen), "controls": len(zero), "correlation": r_value, "slope": slope}
    # The colour of dark patches: every bruise (purple, blue, yellow; with or without a light change) against
    # its expected change of the yellowness index, and the controls' colour change in the bruises' region.
    chosen = [r for r in rows if r.kind == "dark_patches" and r.comparable and math.isfinite(r.colour_change)]
    zero = [
        c.measures[(COLOUR_KEY, "cheek_right")][0]
        for c in controls
        if (COLOUR_KEY, "cheek_right") in c.measures
    ]
    expected = [r.expected_colour for r in chosen] + [0.0] * len(zero)
    measured = [r.colour_change for r in chosen] + zero
    out[COLOUR_KEY] = {
        "pairs": len(chosen),
        "controls": len(zero),
        "correlation": float(np.corrcoef(expected, measured)[0, 1]) if len(chosen) > 1 else math.nan,
        "slope": float(np.polyfit(expected, measured, 1)[0]) if len(chosen) > 1 else math.nan,
    }
    others = [pair for r in rows for pair in r.untouched() if math.isfinite(pair[0]) and pair[1] > 0]
    out["false_change"] = {
        "measures": len(others),
        "share_beyond_uncertainty": float(np.mean([abs(c) > u for c, u in others])) if others else math.nan,
        "largest_ratio": max((abs(c) / u for c, u in others), default=math.nan),
    }
    failed = [r for r in rows if r.kind == "failed_light"]
    out["failed_light"] = {"pairs": len(failed), "skipped": sum(not r.comparable for r in failed)}
    out["controls"] = {"pairs": len([r for r in rows if r.kind == "control"]), "measured": len(controls)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--faces", type=int, default=20, help="how many of the real faces (default all 20)")
    args = parser.parse_args(argv)
    if not FACES.is_dir():
        print(f"The real faces ({FACES}) are absent.", file=sys.stderr)
        return 2
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as scratch:
        for path in sorted(FACES.glob("*.jpg"))[: args.faces]:
            rows += evaluate_face(path, Path(scratch))
    print(format_table(rows, summarise(rows)))
    return 0


def format_table(rows: list[Row], summary: dict[str, dict[str, float]]) -> str:
    lines = [
        "Added strength = the change the addition makes in the measure's unit, averaged over the region.",
        f"{'measure':20s} {'pairs':>5s} {'controls':>8s} {'r':>7s} {'slope':>6s}   measured (expected)",
    ]
    for kind, strengths in (
        ("redness", REDNESS),
        ("dark_patches", BRUISE),
        (COLOUR_KEY, BRUISE),
        ("swelling", SWELLING),
    ):
        means = []
        for strength in strengths:
            for colour in BRUISE_COLOURS if kind in ("dark_patches", COLOUR_KEY) else ("",):
                chosen = [
                    r
                    for r in rows
                    if r.kind == kind.replace("_colour", "")
                    and r.strength == strength
                    and r.colour == colour
                    and r.light == ""
                    and r.comparable
                ]
                if not chosen:
                    continue
                if kind == COLOUR_KEY:
                    measured = np.nanmean([r.colour_change for r in chosen])
                    expected = np.mean([r.expected_colour for r in chosen])
                else:
                    measured = np.nanmean([r.change for r in chosen])
                    expected = np.mean([r.expected for r in chosen])
                means.append(f"{colour[:1]}{measured:.2f} ({expected:.2f})")
        item = summary[kind]
        lines.append(
            f"{kind:20s} {item['pairs']:5d} {item['controls']:8d} {item['correlation']:7.3f} "
            f"{item['slope']:6.2f}   " + ", ".join(means)
        )
    for lighting in ("+0.2 EV", "WB"):
        chosen = [r for r in rows if r.light == lighting and r.kind != "control" and r.comparable]
        ratios = [r.change / r.expected for r in chosen if r.expected > 0]
        if ratios:
            lines.append(
                f"  with {lighting}: {len(chosen)} additions, "
                f"measured/expected {np.mean(ratios):.2f} on average"
            )
    false = summary["false_change"]
    lines.append(
        f"false change: {false['measures']} untouched measures (controls incl. +0.2 EV and WB, and regions "
        f"without an addition), {100 * false['share_beyond_uncertainty']:.1f} % beyond their uncertainty, "
        f"largest |change|/uncertainty {false['largest_ratio']:.2f}"
    )
    failed = summary["failed_light"]
    lines.append(f"failed light check (-1.2 EV): {failed['skipped']} of {failed['pairs']} pairs skipped")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
