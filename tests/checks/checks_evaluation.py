"""Evaluation of the photo-policy checks: controlled changes must be caught, re-saves and noise must not be.

For each base photo (real corpus photos, faces and scenes) a baseline file is made, and follow-up files with
one controlled change each (exposure, colour of the light, flash tag, blur, zoom, shift, rotation, crop,
focal length, camera, software tag, stripped EXIF, smoothing filter, light from one side) or with no change
but a re-save / slight noise. Each follow-up is checked against its baseline through the real path
(files -> `measure_photo` -> `check_pair`). Geometry changes are rendered from the larger original (a crop
window, like a camera framing differently), never by upsampling the baseline.

Run as a script for the table:  python tests/checks/checks_evaluation.py [--all] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DIR = REPO_ROOT.parent / "shared"
CORPUS_DIR = SHARED_DIR / "corpus" / "exif"

# (corpus path, has a face the face models find). Faces: ordinary snapshots; scenes: landscapes and objects.
FACE_BASES = (
    "metadata-extractor-images/jpg/Kodak DX6490.jpg",
    "metadata-extractor-images/jpg/Canon EOS 7D.jpg",
    "metadata-extractor-images/jpg/JVC GR-DC2000.jpg",
    "metadata-extractor-images/jpg/Konica Q-M100 (1).jpg",
)
SCENE_BASES = (
    "exif-orientation-examples/Landscape_1.jpg",
    "metadata-extractor-images/jpg/Issue 266.jpg",
    "exif-samples/jpg/mobile/jolla.jpg",
    "metadata-extractor-images/jpg/Issue 525.jpg",
)
QUICK_BASES = (FACE_BASES[0], FACE_BASES[2], SCENE_BASES[0], SCENE_BASES[1])

WINDOW = 0.8  # the baseline frames the central 80 % of the original, leaving room to zoom, shift, rotate
MAX_SIDE = 1500

BASE_EXIF = {
    "make": "Canon",
    "model": "EOS R6",
    "lens": "RF100mm F2.8 L MACRO IS USM",
    "focal": 100,
    "flash": 16,  # EXIF Flash: 16 = off, did not fire
    "software": None,
    "date": "2026:01:10 10:00:00",
}


@dataclass(frozen=True)
class Variant:
    name: str
    expected: str | None  # the check id that must leave `pass`; None for a re-save/noise pair
    pixels: Callable[[Base], np.ndarray]
    exif: dict | None = field(default=None)  # changes to the follow-up's EXIF; {"strip": True} for none
    quality: int = 95


@dataclass
class Base:
    name: str
    original: np.ndarray  # oriented RGB, larger than the output
    size: tuple[int, int]  # output (width, height)

    def render(self, zoom: float = 1.0, dx: float = 0.0, dy: float = 0.0, angle: float = 0.0) -> np.ndarray:
        """The camera's view: a window of the original (zoom > 1 narrows it), moved by dx/dy (shares of the
        window) and turned by `angle` degrees anticlockwise, downsampled to the output size."""
        import cv2

        source = self.original
        height, width = source.shape[:2]
        if angle:
            matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
            source = cv2.warpAffine(
                source, matrix, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REFLECT
            )
        win_w, win_h = width * WINDOW / zoom, height * WINDOW / zoom
        cx, cy = width / 2 + dx * width * WINDOW, height / 2 + dy * height * WINDOW
        x0, y0 = round(cx - win_w / 2), round(cy - win_h / 2)
        crop = source[max(0, y0) : y0 + round(win_h), max(0, x0) : x0 + round(win_w)]
        return cv2.resize(crop, self.size, interpolation=cv2.INTER_AREA)

    @property
    def plain(self) -> np.ndarray:
        return self._plain

    def __post_init__(self) -> None:
        self._plain = self.render()


def load_base(path: Path) -> Base:
    from photofollow.imaging.decode import load_oriented_rgb

    original = load_oriented_rgb(path, max_side=2400)
    height, width = original.shape[:2]
    # No upsampling anywhere: a 20 % zoom still downsamples from the original.
    long_side = min(MAX_SIDE, int(max(width, height) * WINDOW / 1.2))
    factor = long_side / (max(width, height) * WINDOW)
    size = (round(width * WINDOW * factor), round(height * WINDOW * factor))
    return Base(path.name, original, size)


def _linear(rgb: np.ndarray) -> np.ndarray:
    v = rgb.astype(np.float64) / 255.0
    return np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)


def _srgb(linear: np.ndarray) -> np.ndarray:
    v = np.clip(linear, 0.0, 1.0)
    return np.round(255.0 * np.where(v <= 0.0031308, v * 12.92, 1.055 * v ** (1 / 2.4) - 0.055)).astype(
        np.uint8
    )


def exposure(ev: float) -> Callable[[Base], np.ndarray]:
    return lambda base: _srgb(_linear(base.plain) * 2.0**ev)


def _daylight_xy(kelvin: float) -> tuple[float, float]:
    """CIE daylight locus chromaticity (CIE 15, 4000-25000 K)."""
    t = kelvin
    if t <= 7000:
        x = -4.6070e9 / t**3 + 2.9678e6 / t**2 + 0.09911e3 / t + 0.244063
    else:
        x = -2.0064e9 / t**3 + 1.9018e6 / t**2 + 0.24748e3 / t + 0.237040
    return x, -3.000 * x * x + 2.870 * x - 0.275


def _white_rgb(kelvin: float) -> np.ndarray:
    x, y = _daylight_xy(kelvin)
    xyz = np.array([x / y, 1.0, (1 - x - y) / y])
    to_rgb = np.array([[3.2406, -1.5372, -0.4986], [-0.9689, 1.8758, 0.0415], [0.0557, -0.2040, 1.0570]])
    return to_rgb @ xyz


def light_colour(delta_mired: float, reference_k: float = 5500.0) -> Callable[[Base], np.ndarray]:
    """The same scene under a light `delta_mired` warmer (positive) or cooler, white balance unchanged."""
    target_k = 1e6 / (1e6 / reference_k + delta_mired)
    gains = _white_rgb(target_k) / _white_rgb(reference_k)
    gains = gains / gains[1]
    return lambda base: _srgb(_linear(base.plain) * gains)


def light_from_side(stops: float) -> Callable[[Base], np.ndarray]:
    """A light moved to the picture's left: illuminance falls by `stops` EV from the left edge to the right
    (a lamp at one side, where the baseline had even light)."""

    def make(base: Base) -> np.ndarray:
        width = base.plain.shape[1]
        ramp = 2.0 ** np.linspace(stops / 2, -stops / 2, width)[None, :, None]
        return _srgb(_linear(base.plain) * ramp)

    return make


def blur(sigma: float) -> Callable[[Base], np.ndarray]:
    import cv2

    return lambda base: cv2.GaussianBlur(base.plain, (0, 0), sigma)


def smoothing(base: Base) -> np.ndarray:
    """An edge-preserving beauty filter: bilateral smoothing of low-contrast texture."""
    import cv2

    return cv2.bilateralFilter(base.plain, 9, 35, 7)


def noise(sigma: float, seed: int = 7) -> Callable[[Base], np.ndarray]:
    def make(base: Base) -> np.ndarray:
        rng = np.random.default_rng(seed)
        return np.clip(base.plain + rng.normal(0, sigma, base.plain.shape), 0, 255).astype(np.uint8)

    return make


def crop(share: float) -> Callable[[Base], np.ndarray]:
    def make(base: Base) -> np.ndarray:
        h, w = base.plain.shape[:2]
        mx, my = round(w * (1 - share) / 2), round(h * (1 - share) / 2)
        return base.plain[my : h - my, mx : w - mx].copy()

    return make


VARIANTS: tuple[Variant, ...] = (
    Variant("exposure +0.5 EV", "exposure", exposure(0.5)),
    Variant("exposure -0.5 EV", "exposure", exposure(-0.5)),
    Variant("exposure +1 EV", "exposure", exposure(1.0)),
    Variant("exposure -1 EV", "exposure", exposure(-1.0)),
    Variant("exposure +2 EV", "exposure", exposure(2.0)),
    Variant("exposure -2 EV", "exposure", exposure(-2.0)),
    Variant("light 20 mired warmer", "white_balance", light_colour(20)),
    Variant("light 20 mired cooler", "white_balance", light_colour(-20)),
    Variant("light 40 mired warmer", "white_balance", light_colour(40)),
    Variant("flash fired", "flash", lambda b: b.plain, {"flash": 1}),
    Variant("blur sigma 2", "sharpness", blur(2.0)),
    Variant("blur sigma 4", "sharpness", blur(4.0)),
    Variant("zoom 10 %", "distance", lambda b: b.render(zoom=1.1)),
    Variant("zoom 20 %", "distance", lambda b: b.render(zoom=1.2)),
    Variant("zoom out 10 %", "distance", lambda b: b.render(zoom=1 / 1.1)),
    Variant("shift 8 % right", "framing", lambda b: b.render(dx=-0.08)),
    Variant("shift 8 % down", "framing", lambda b: b.render(dy=-0.08)),
    Variant("rotation 5 deg", "roll", lambda b: b.render(angle=5)),
    Variant("rotation -4 deg", "roll", lambda b: b.render(angle=-4)),
    Variant("crop to 85 %", "resolution", crop(0.85)),
    Variant("other focal length", "lens", lambda b: b.plain, {"focal": 50}),
    Variant("other camera", "camera", lambda b: b.plain, {"model": "EOS R8"}),
    Variant("software Facetune", "editing", lambda b: b.plain, {"software": "Facetune2"}),
    Variant(
        "software Lightroom",
        "editing",
        lambda b: b.plain,
        {"software": "Adobe Photoshop Lightroom Classic 13.1"},
    ),
    Variant("EXIF stripped", "editing", lambda b: b.plain, {"strip": True}),
    Variant("smoothing filter", "editing", smoothing),
    Variant("light from one side", "light_direction", light_from_side(2.0)),
    Variant("re-saved quality 92", None, lambda b: b.plain, quality=92),
    Variant("re-saved quality 85", None, lambda b: b.plain, quality=85),
    Variant("re-saved quality 75", None, lambda b: b.plain, quality=75),
    Variant("slight noise sigma 2", None, noise(2.0)),
    Variant("slight noise sigma 3", None, noise(3.0, seed=11)),
)


def write_photo(path: Path, rgb: np.ndarray, exif_changes: dict | None, date: str, quality: int) -> Path:
    import piexif
    from PIL import Image

    values = dict(BASE_EXIF, date=date)
    values.update(exif_changes or {})
    image = Image.fromarray(rgb)
    if values.get("strip"):
        image.save(path, "JPEG", quality=quality)
        return path
    zeroth = {piexif.ImageIFD.Make: values["make"], piexif.ImageIFD.Model: values["model"]}
    if values["software"]:
        zeroth[piexif.ImageIFD.Software] = values["software"]
    exif_ifd = {
        piexif.ExifIFD.DateTimeOriginal: values["date"],
        piexif.ExifIFD.FocalLengthIn35mmFilm: int(values["focal"]),
        piexif.ExifIFD.FocalLength: (int(values["focal"]) * 10, 10),
        piexif.ExifIFD.Flash: int(values["flash"]),
        piexif.ExifIFD.LensModel: values["lens"],
    }
    exif = piexif.dump({"0th": zeroth, "Exif": exif_ifd, "GPS": {}, "1st": {}, "thumbnail": None})
    image.save(path, "JPEG", quality=quality, exif=exif)
    return path


@dataclass
class Outcome:
    base: str
    variant: Variant
    verdict: str
    statuses: dict[str, str]
    report: object

    @property
    def applicable(self) -> bool:
        """False when the check itself says it cannot judge this photo (skin texture on a tiny face)."""
        if self.variant.expected == "editing" and self.variant.name == "smoothing filter":
            result = self.report.result("editing")
            return not (result.status.value == "pass" and result.measured is None)
        return True

    @property
    def detected(self) -> bool:
        return self.variant.expected is not None and self.statuses[self.variant.expected] in ("warn", "fail")


def evaluate(bases: tuple[str, ...], folder: Path, corpus: Path = CORPUS_DIR, log=None) -> list[Outcome]:
    from photofollow.services.checking import check_pair, measure_photo

    outcomes = []
    for relative in bases:
        base = load_base(corpus / relative)
        stem = Path(relative).stem.replace(" ", "_")
        baseline_path = write_photo(folder / f"{stem}__baseline.jpg", base.plain, None, BASE_EXIF["date"], 95)
        baseline = measure_photo(baseline_path)
        for index, variant in enumerate(VARIANTS):
            path = folder / f"{stem}__{index:02d}.jpg"
            write_photo(path, variant.pixels(base), variant.exif, "2026:02:10 10:30:00", variant.quality)
            follow_up = measure_photo(path)
            report = check_pair(baseline, follow_up)
            outcome = Outcome(relative, variant, report.verdict.value, report.statuses, report)
            outcomes.append(outcome)
            if log is not None:
                log(outcome)
    return outcomes


RATIO_UNITS = {"ratio"}
DIFFERENCE_UNITS = {"EV", "mired", "ln ratio", "%", "°"}


def summarise(outcomes: list[Outcome]) -> dict:
    per_check: dict[str, list[int]] = {}
    not_applicable = []
    misses = []
    false_alarms = []
    noise_pairs = 0
    for outcome in outcomes:
        expected = outcome.variant.expected
        if expected is None:
            noise_pairs += 1
            if outcome.verdict != "consistent":
                false_alarms.append(outcome)
            continue
        if not outcome.applicable:
            not_applicable.append(outcome)
            continue
        counts = per_check.setdefault(expected, [0, 0])
        counts[1] += 1
        if outcome.detected:
            counts[0] += 1
        else:
            misses.append(outcome)
    # Noise floor: the largest deviation each estimator showed on the re-save/noise pairs (ratios: the drop).
    noise_floor: dict[str, float] = {}
    for outcome in outcomes:
        if outcome.variant.expected is not None:
            continue
        for result in outcome.report.checks:
            if isinstance(result.measured, int | float) and result.unit in RATIO_UNITS | DIFFERENCE_UNITS:
                if result.unit in RATIO_UNITS:  # only a drop is judged (more detail than the baseline passes)
                    deviation = max(0.0, 1.0 - float(result.measured))
                else:
                    deviation = abs(float(result.measured))
                key = result.id.value
                noise_floor[key] = max(noise_floor.get(key, 0.0), deviation)
    return {
        "noise_floor": noise_floor,
        "per_check": per_check,
        "misses": misses,
        "false_alarms": false_alarms,
        "noise_pairs": noise_pairs,
        "not_applicable": not_applicable,
    }


def format_table(summary: dict) -> str:
    lines = [f"{'check':16s} {'detected':>9s} {'pairs':>6s} {'rate':>7s}", "-" * 41]
    for check, (hit, total) in sorted(summary["per_check"].items()):
        lines.append(f"{check:16s} {hit:9d} {total:6d} {hit / total:7.0%}")
    total_noise = summary["noise_pairs"]
    alarms = len(summary["false_alarms"])
    lines.append("-" * 41)
    lines.append(
        f"{'false alarms':16s} {alarms:9d} {total_noise:6d} {alarms / max(total_noise, 1):7.0%}"
        "   (re-save / noise pairs not 'consistent')"
    )
    lines.append(
        "noise floor (largest deviation on re-save/noise pairs; for ratios the largest drop below 1):"
    )
    for check, value in sorted(summary["noise_floor"].items()):
        lines.append(f"  {check:16s} {value:8.3f}")
    for outcome in summary["not_applicable"]:
        lines.append(
            f"N/A     {outcome.base}: {outcome.variant.name} "
            f"({outcome.report.result(outcome.variant.expected).message})"
        )
    for outcome in summary["misses"]:
        lines.append(
            f"MISSED  {outcome.base}: {outcome.variant.name} -> {outcome.variant.expected} "
            f"{outcome.statuses[outcome.variant.expected]}"
        )
    for outcome in summary["false_alarms"]:
        bad = {k: v for k, v in outcome.statuses.items() if v in ("warn", "fail")}
        lines.append(f"FALSE   {outcome.base}: {outcome.variant.name} -> {bad}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="all eight base photos (default: four)")
    parser.add_argument("--verbose", action="store_true", help="print every pair's statuses")
    parser.add_argument("--out", type=Path, help="keep the generated photos in this folder")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO_ROOT / "src"))
    bases = FACE_BASES + SCENE_BASES if args.all else QUICK_BASES

    def log(outcome: Outcome) -> None:
        if args.verbose:
            bad = {
                k: (v, outcome.report.result(k).measured)
                for k, v in outcome.statuses.items()
                if v != "pass" and v != "skipped"
            }
            mark = (
                "ok "
                if (
                    outcome.detected or (outcome.variant.expected is None and outcome.verdict == "consistent")
                )
                else "BAD"
            )
            print(
                f"{mark} {Path(outcome.base).name[:22]:22s} {outcome.variant.name:24s} "
                f"{outcome.verdict:12s} {bad}"
            )

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="photofollow-eval-") as scratch:
        folder = args.out or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        outcomes = evaluate(bases, folder, log=log)
    summary = summarise(outcomes)
    print(format_table(summary))
    print(f"{len(outcomes)} pairs over {len(bases)} base photos in {time.perf_counter() - started:.0f} s")
    return 0 if not summary["misses"] and not summary["false_alarms"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
