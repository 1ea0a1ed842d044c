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
import math
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


def _in_folder(kept: Path | None, prefix: str, run: Callable[[Path], list]) -> list:
    """`run(folder)` in the folder to keep the generated photos in, else in a temporary one."""
    if kept is not None:
        kept.mkdir(parents=True, exist_ok=True)
        return run(kept)
    with tempfile.TemporaryDirectory(prefix=prefix) as scratch:
        return run(Path(scratch))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="all eight base photos (default: four)")
    parser.add_argument("--verbose", action="store_true", help="print every pair's statuses")
    parser.add_argument("--out", type=Path, help="keep the generated photos in this folder")
    parser.add_argument(
        "--faces", action="store_true", help="the real-face evaluation (expression, make-up, cause)"
    )
    parser.add_argument("--people", type=int, default=0, help="with --faces: only the first N people")
    parser.add_argument(
        "--precision", action="store_true", help="with --faces: predicted sigma against measured error"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO_ROOT / "src"))
    if args.faces:
        return main_faces(args)
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
    outcomes = _in_folder(args.out, "photofollow-eval-", lambda folder: evaluate(bases, folder, log=log))
    summary = summarise(outcomes)
    print(format_table(summary))
    print(f"{len(outcomes)} pairs over {len(bases)} base photos in {time.perf_counter() - started:.0f} s")
    return 0 if not summary["misses"] and not summary["false_alarms"] else 1


def precision(people: list[str], faces: Path | None = None, sides=(110, 220, 480, 1200)) -> list[dict]:
    """Predicted against measured precision: each neutral photo rendered twice at each output side, the
    second 1.3 % larger and shifted, JPEG-saved and with sensor noise; the eye-distance ratio, tilt and
    expression differences measured between the two (minus the known change) against the standard deviation
    the measurements predict for the pair. Rows per side: the RMS error and the mean predicted sigma."""
    import cv2

    from photofollow.imaging.face import find_face_evidence
    from photofollow.imaging.measure import MESH_STABLE
    from photofollow.imaging.measure.face import measure_face

    faces = FACES_DIR if faces is None else faces
    rng = np.random.default_rng(5)

    def shot(base: FaceBase, side: int, zoom: float, dx: float) -> np.ndarray:
        picture = cv2.resize(base.render(zoom=zoom, dx=dx), (side, side), interpolation=cv2.INTER_AREA)
        noisy = np.clip(picture + rng.normal(0, 2.0, picture.shape), 0, 255).astype(np.uint8)
        ok, data = cv2.imencode(".jpg", noisy, [cv2.IMWRITE_JPEG_QUALITY, 85])
        return cv2.imdecode(data, cv2.IMREAD_UNCHANGED)

    def measured(rgb: np.ndarray) -> dict | None:
        evidence = find_face_evidence(rgb)
        if evidence is None:
            return None
        face = evidence.face
        return measure_face(
            face.mesh[:, :2], 0.0, 0.0, MESH_STABLE, evidence.samples[:, :, :2], None, evidence.model_px, 1.0
        )

    rows = []
    for side in sides:
        errors: dict[str, list[float]] = {}
        sigmas: dict[str, list[float]] = {}
        widths = []
        for person in people:
            base = load_face(person, faces)
            first, second = measured(shot(base, side, 1.0, 0.0)), measured(shot(base, side, 1.013, 0.004))
            if first is None or second is None:
                continue
            widths.append(first["geometry"]["width"])
            pairs = {
                "ipd %": (
                    (second["geometry"]["ipd"] / first["geometry"]["ipd"] - 1.013) * 100,
                    math.hypot(first["sigma"]["ipd_rel"], second["sigma"]["ipd_rel"]) * 100,
                ),
                "tilt deg": (
                    second["geometry"]["eye_line_deg"] - first["geometry"]["eye_line_deg"],
                    math.hypot(first["sigma"]["roll_deg"], second["sigma"]["roll_deg"]),
                ),
            }
            for name in first["expression"]:
                pairs[f"{name} %ipd"] = (
                    (second["expression"][name] - first["expression"][name]) * 100,
                    math.hypot(first["expression_sigma"][name], second["expression_sigma"][name]) * 100,
                )
            for name, (error, sigma) in pairs.items():
                errors.setdefault(name, []).append(error)
                sigmas.setdefault(name, []).append(sigma)
        for name in errors:
            rows.append(
                {
                    "side": side,
                    "face_px": float(np.mean(widths)),
                    "quantity": name,
                    "pairs": len(errors[name]),
                    "rms_error": float(np.sqrt(np.mean(np.square(errors[name])))),
                    "predicted_sigma": float(np.mean(sigmas[name])),
                }
            )
    return rows


def main_faces(args) -> int:
    people = face_people()
    if args.people:
        people = people[: args.people]
    if args.precision:
        header = ("photo side", "face px", "quantity", "pairs", "rms error", "sigma")
        print("{:>10s} {:>8s} {:22s} {:>5s} {:>10s} {:>8s}".format(*header))
        for row in precision(people):
            print(
                f"{row['side']:10d} {row['face_px']:8.0f} {row['quantity']:22s} {row['pairs']:5d} "
                f"{row['rms_error']:10.2f} {row['predicted_sigma']:8.2f}"
            )
        return 0

    def log(outcome: FaceOutcome) -> None:
        if args.verbose:
            print(f"{outcome.person} {outcome.variant.name:34s} fired={sorted(outcome.fired)}", flush=True)

    started = time.perf_counter()
    outcomes = _in_folder(
        args.out, "photofollow-faces-", lambda folder: evaluate_faces(people, folder, log=log)
    )
    summary = summarise_faces(outcomes)
    print(format_faces_table(summary))
    print(f"{len(outcomes)} pairs over {len(people)} people in {time.perf_counter() - started:.0f} s")
    return 0 if not summary["wrong_pairs"] and not summary["false_pairs"] else 1


# -- real faces: expression, make-up, and the right cause ---------------------------------------------------
#
# The shared faces (20 people photographed neutral and smiling in one sitting, same lights and camera) give
# real pairs whose only intended change is the expression. From each neutral photo, synthetic follow-ups are
# made with one change each, rendered on the real face with its own mesh: the lamp moved to one side (the
# face relit from its mesh's surface normals, the background by a gradient), white-balance presets of the
# same capture, exposure, make-up painted into the mesh's regions (lipstick, eye shadow, eyeliner,
# foundation), and camera geometry (zoom, shift, tilt). Controls are the same capture re-rendered a hair
# shifted and rescaled, re-saved or with sensor noise: nothing may fire on them.
#
# Per check the table reports detection (pairs made for it that it flagged), false alarms on controls, and
# wrong-cause alarms: the check fired on a pair whose change does not concern it (a lamp moved read as a
# change of distance, a smile read as eye make-up).

FACES_DIR = SHARED_DIR / "corpus" / "faces"
FACE_SIZE = 1200  # output side of the rendered photos (the corpus files are 1350 px squares)


@dataclass(frozen=True)
class FaceVariant:
    name: str
    expected: str | None  # the check the change concerns (None: a control)
    allowed: frozenset[str]  # other checks that may rightly fire on this change
    make: Callable[[FaceBase], np.ndarray] | None  # None: the real smiling photo of the same person
    kind: str  # "real", "synthetic" or "control"
    exif: dict | None = None
    quality: int = 92


@dataclass
class FaceBase:
    person: str
    original: np.ndarray  # the neutral photo, RGB
    mesh: np.ndarray  # its mesh (468 x 3) in `original` pixels
    smiling: np.ndarray | None

    def render(self, image: np.ndarray | None = None, zoom=1.0, dx=0.0, dy=0.0, angle=0.0) -> np.ndarray:
        """The camera's view of `image` (default: the neutral photo): a window of 85 % of the side, zoomed,
        shifted (shares of the window) and turned (degrees anticlockwise), at FACE_SIZE."""
        import cv2

        source = self.original if image is None else image
        h, w = source.shape[:2]
        window = 0.85 * w / zoom
        k = FACE_SIZE / window
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        to_out = np.array(
            [
                [k, 0, FACE_SIZE / 2 - (w / 2 + dx * 0.85 * w) * k],
                [0, k, FACE_SIZE / 2 - (h / 2 + dy * 0.85 * h) * k],
            ]
        )
        full = np.vstack([matrix, [0, 0, 1]])
        return cv2.warpAffine(
            source, to_out @ full, (FACE_SIZE, FACE_SIZE), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REFLECT
        )

    @property
    def ipd(self) -> float:
        m = self.mesh
        return float(np.hypot(*(((m[362] + m[263]) / 2 - (m[33] + m[133]) / 2)[:2])))


def load_face(person: str, faces: Path = FACES_DIR) -> FaceBase:
    from photofollow.imaging.decode import load_oriented_rgb
    from photofollow.imaging.face import find_face

    neutral = load_oriented_rgb(next((faces / "neutral").glob(f"{person}_*.jpg")))
    smiling_path = next((faces / "smiling").glob(f"{person}_*.jpg"), None)
    smiling = None if smiling_path is None else load_oriented_rgb(smiling_path)
    found = find_face(neutral)
    if found is None:
        raise ValueError(f"no face in {person}")
    return FaceBase(person, neutral, np.asarray(found.mesh), smiling)


def face_people(faces: Path = FACES_DIR) -> list[str]:
    return sorted(p.name.split("_")[0] for p in (faces / "neutral").glob("*.jpg"))


def _feathered(mask: np.ndarray, sigma: float) -> np.ndarray:
    import cv2

    return cv2.GaussianBlur(mask.astype(np.float32), (0, 0), max(sigma, 0.5))[..., None]


def _polygon_mask(shape, points) -> np.ndarray:
    import cv2

    mask = np.zeros(shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(np.asarray(points)[:, :2]).astype(np.int32)], 1)
    return mask


def relight(side: float, strength: float = 0.85) -> Callable[[FaceBase], np.ndarray]:
    """The lamp moved to the picture's left (side < 0) or right (side > 0) by `side` x 60 degrees: the face
    relit from its mesh's surface (Lambert, flat-shaded triangles, smoothed), the rest by a gradient."""

    def make(base: FaceBase) -> np.ndarray:
        import cv2

        image = base.original
        h, w = image.shape[:2]
        mesh = base.mesh.astype(np.float64).copy()
        mesh[:, 2] *= 2.0  # the mesh model's depth is about half the real relief (imaging/face/pose.py)
        subdiv = cv2.Subdiv2D((0, 0, w, h))
        index = {}
        for i, (x, y) in enumerate(mesh[:, :2]):
            if 0 <= x < w and 0 <= y < h:
                index[(round(float(x), 3), round(float(y), 3))] = i
                subdiv.insert((float(x), float(y)))
        theta = math.radians(60 * side)
        lamp = np.array([math.sin(theta), -0.25, -math.cos(theta)])
        lamp /= np.linalg.norm(lamp)
        front = np.array([0.0, -0.25, -1.0]) / np.linalg.norm([0.0, -0.25, -1.0])
        gain_new = np.ones((h, w), np.float32)
        gain_old = np.ones((h, w), np.float32)
        covered = np.zeros((h, w), np.uint8)
        for tri in subdiv.getTriangleList():
            keys = [(round(float(tri[k]), 3), round(float(tri[k + 1]), 3)) for k in (0, 2, 4)]
            if not all(key in index for key in keys):
                continue
            a, b, c = (mesh[index[key]] for key in keys)
            normal = np.cross(b - a, c - a)
            if normal[2] > 0:
                normal = -normal
            normal /= np.linalg.norm(normal) + 1e-9
            points = np.round(np.array([a[:2], b[:2], c[:2]])).astype(np.int32)
            cv2.fillConvexPoly(gain_new, points, float(0.25 + 0.75 * max(0.0, normal @ lamp)))
            cv2.fillConvexPoly(gain_old, points, float(0.25 + 0.75 * max(0.0, normal @ front)))
            cv2.fillConvexPoly(covered, points, 1)
        sigma = base.ipd / 12
        weight = cv2.GaussianBlur(covered.astype(np.float32), (0, 0), sigma) + 1e-6
        ratio = cv2.GaussianBlur(
            np.where(covered > 0, gain_new / gain_old, 0).astype(np.float32), (0, 0), sigma
        )
        ratio = ratio / weight
        inside = _feathered(covered, base.ipd / 6)[..., 0]
        x = np.linspace(-1, 1, w)[None, :] * np.sign(side)
        gradient = np.broadcast_to(2.0 ** (strength * x), (h, w)).astype(np.float32)
        gain = inside * np.clip(ratio, 0.05, 3.0) * gradient + (1 - inside) * gradient
        return base.render(_srgb(_linear(image) * gain[..., None]))

    return make


def white_balance_preset(gains: tuple[float, float, float]) -> Callable[[FaceBase], np.ndarray]:
    """The same capture developed with another white-balance preset: a gain per channel in linear light."""
    return lambda base: base.render(_srgb(_linear(base.original) * np.array(gains)))


def face_exposure(ev: float) -> Callable[[FaceBase], np.ndarray]:
    return lambda base: base.render(_srgb(_linear(base.original) * 2.0**ev))


_LIPS_OUTER = (61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146)
_LIPS_INNER = (78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95)
_LIDS = (
    ((33, 246, 161, 160, 159, 158, 157, 173, 133), (46, 53, 52, 65, 55)),
    ((263, 466, 388, 387, 386, 385, 384, 398, 362), (276, 283, 282, 295, 285)),
)


def lipstick(colour: tuple[int, int, int], strength: float) -> Callable[[FaceBase], np.ndarray]:
    """Lipstick of `colour` (sRGB) on the lips (outer minus inner lip line), keeping the lips' texture."""

    def make(base: FaceBase) -> np.ndarray:
        image = base.original
        lips = _polygon_mask(image.shape, base.mesh[list(_LIPS_OUTER)])
        lips &= 1 - _polygon_mask(image.shape, base.mesh[list(_LIPS_INNER)])
        alpha = _feathered(lips, base.ipd / 80) * strength
        linear = _linear(image)
        mean = linear[lips.astype(bool)].mean(axis=0) + 1e-4
        target = _linear(np.array(colour, np.uint8)[None, None])[0, 0]
        painted = linear * (target / mean)
        return base.render(_srgb(linear * (1 - alpha) + painted * alpha))

    return make


def eye_shadow(tint: tuple[float, float, float], strength: float) -> Callable[[FaceBase], np.ndarray]:
    """Eye shadow on the upper lids (lid edge to brow): a multiplicative tint in linear light."""

    def make(base: FaceBase) -> np.ndarray:
        image = base.original
        lids = np.zeros(image.shape[:2], np.uint8)
        for lid, brow in _LIDS:
            lids |= _polygon_mask(image.shape, np.vstack([base.mesh[list(lid)], base.mesh[list(brow)][::-1]]))
        alpha = _feathered(lids, base.ipd / 40) * strength
        linear = _linear(image)
        return base.render(_srgb(linear * (1 - alpha + alpha * np.array(tint))))

    return make


def eyeliner(strength: float) -> Callable[[FaceBase], np.ndarray]:
    """A dark line along the upper lash line (0.05 of the eye distance thick)."""

    def make(base: FaceBase) -> np.ndarray:
        import cv2

        image = base.original
        line = np.zeros(image.shape[:2], np.uint8)
        thickness = max(2, round(base.ipd * 0.05))
        for lid, _ in _LIDS:
            points = np.round(base.mesh[list(lid), :2]).astype(np.int32)
            cv2.polylines(line, [points], False, 1, thickness)
        alpha = _feathered(line, base.ipd / 150) * strength
        return base.render(_srgb(_linear(image) * (1 - alpha) + 0.004 * alpha))

    return make


def foundation(cover: float) -> Callable[[FaceBase], np.ndarray]:
    """Foundation on the skin (face outline without eyes, brows and lips): fine texture and blotches
    reduced by `cover` (0-1), the colour evened towards the skin's mean."""

    def make(base: FaceBase) -> np.ndarray:
        import cv2

        from photofollow.imaging.measure.skin import FACE_OVAL, LEFT_BROW, LEFT_EYE, RIGHT_BROW, RIGHT_EYE

        image = base.original
        skin = _polygon_mask(image.shape, base.mesh[list(FACE_OVAL)])
        holes = np.zeros(image.shape[:2], np.uint8)
        for polygon in (RIGHT_EYE, LEFT_EYE, RIGHT_BROW, LEFT_BROW, _LIPS_OUTER):
            holes |= _polygon_mask(image.shape, base.mesh[list(polygon)])
        holes = cv2.dilate(holes, np.ones((3, 3), np.uint8), iterations=max(1, round(base.ipd * 0.04)))
        skin &= 1 - holes
        alpha = _feathered(skin, base.ipd / 30) * cover
        linear = _linear(image) + 1e-4
        smooth = cv2.GaussianBlur(linear, (0, 0), base.ipd / 25)
        mean = linear[skin.astype(bool)].mean(axis=0)
        evened = smooth * (1 - 0.5) + 0.5 * mean * (smooth.sum(axis=2, keepdims=True) / mean.sum())
        covered = evened * (linear / smooth) ** 0.25
        return base.render(_srgb(linear * (1 - alpha) + covered * alpha))

    return make


def _face_noise(sigma: float, seed: int = 3) -> Callable[[FaceBase], np.ndarray]:
    def make(base: FaceBase) -> np.ndarray:
        rng = np.random.default_rng(seed)
        plain = base.render()
        return np.clip(plain + rng.normal(0, sigma, plain.shape), 0, 255).astype(np.uint8)

    return make


_LIGHT = frozenset({"exposure", "light_direction", "white_balance"})
FACE_VARIANTS: tuple[FaceVariant, ...] = (
    FaceVariant(
        "smiling (real, same sitting)",
        "expression",
        frozenset({"framing", "head_pose"}) | _LIGHT,
        None,
        "real",
    ),
    FaceVariant(
        "same capture re-rendered", None, frozenset(), lambda b: b.render(zoom=1.01, dx=0.004), "control"
    ),
    FaceVariant("re-saved quality 80", None, frozenset(), lambda b: b.render(), "control", quality=80),
    FaceVariant("sensor noise sigma 3", None, frozenset(), _face_noise(3.0), "control"),
    FaceVariant("lamp moved to the left", "light_direction", _LIGHT, relight(-1.0), "synthetic"),
    FaceVariant("lamp moved to the right", "light_direction", _LIGHT, relight(1.0), "synthetic"),
    FaceVariant(
        "white balance: tungsten preset",
        "white_balance",
        _LIGHT,
        white_balance_preset((0.62, 1.0, 1.75)),
        "synthetic",
    ),
    FaceVariant(
        "white balance: shade preset",
        "white_balance",
        _LIGHT,
        white_balance_preset((1.35, 1.0, 0.72)),
        "synthetic",
    ),
    FaceVariant("exposure -1 EV", "exposure", _LIGHT, face_exposure(-1.0), "synthetic"),
    FaceVariant("red lipstick", "makeup", frozenset(), lipstick((150, 25, 45), 0.8), "synthetic"),
    FaceVariant("nude lipstick", "makeup", frozenset(), lipstick((170, 105, 95), 0.8), "synthetic"),
    FaceVariant("eye shadow", "makeup", frozenset(), eye_shadow((0.55, 0.42, 0.5), 0.8), "synthetic"),
    FaceVariant("eyeliner", "makeup", frozenset(), eyeliner(0.85), "synthetic"),
    FaceVariant("foundation", "makeup", frozenset(), foundation(0.85), "synthetic"),
    FaceVariant("zoom 10 %", "distance", frozenset(), lambda b: b.render(zoom=1.1), "synthetic"),
    FaceVariant("shift 8 %", "framing", frozenset(), lambda b: b.render(dx=-0.08), "synthetic"),
    FaceVariant("camera tilted 5 deg", "roll", frozenset(), lambda b: b.render(angle=5), "synthetic"),
)
# What a change must never be reported as: the geometry checks and the two face-reading checks, for every
# change that is not theirs. (Light, colour and metadata checks are judged by the evaluation above.)
GUARDED = frozenset(
    {"distance", "framing", "roll", "head_pose", "view", "expression", "makeup", "editing", "sharpness"}
)


@dataclass
class FaceOutcome:
    person: str
    variant: FaceVariant
    statuses: dict[str, str]
    report: object

    @property
    def fired(self) -> set[str]:
        return {check for check, status in self.statuses.items() if status in ("warn", "fail")}

    @property
    def detected(self) -> bool:
        return self.variant.expected in self.fired

    @property
    def wrong_cause(self) -> set[str]:
        concerned = {self.variant.expected} | set(self.variant.allowed)
        return (self.fired & GUARDED) - concerned


def evaluate_faces(
    people: list[str], folder: Path, faces: Path = FACES_DIR, variants=FACE_VARIANTS, log=None
) -> list[FaceOutcome]:
    from photofollow.services.checking import check_pair, measure_photo

    outcomes = []
    for person in people:
        base = load_face(person, faces)
        baseline_path = write_photo(
            folder / f"{person}__baseline.jpg", base.render(), None, BASE_EXIF["date"], 92
        )
        baseline = measure_photo(baseline_path)
        for index, variant in enumerate(variants):
            if variant.make is None:
                if base.smiling is None:
                    continue
                pixels = base.render(base.smiling)
            else:
                pixels = variant.make(base)
            path = folder / f"{person}__{index:02d}.jpg"
            write_photo(path, pixels, variant.exif, "2026:02:10 10:30:00", variant.quality)
            report = check_pair(baseline, measure_photo(path))
            outcome = FaceOutcome(person, variant, report.statuses, report)
            outcomes.append(outcome)
            if log is not None:
                log(outcome)
    return outcomes


def summarise_faces(outcomes: list[FaceOutcome]) -> dict:
    """Per check: [detected, pairs made for it], false alarms on controls, wrong-cause alarms."""
    checks = sorted({check for o in outcomes for check in o.statuses})
    table = {
        check: {"detected": 0, "made_for": 0, "false_alarms": 0, "wrong_cause": 0, "cannot_judge": 0}
        for check in checks
    }
    controls = sum(1 for o in outcomes if o.variant.kind == "control")
    for outcome in outcomes:
        for check, status in outcome.statuses.items():
            # A face check that said it cannot judge this pair (face too small, landmarks unsteady, or the
            # mesh and the face's features disagreeing): neither an alarm nor a pass.
            reason = outcome.report.result(check).details.get("reason") if status == "skipped" else None
            table[check]["cannot_judge"] += int(reason is not None)
        if outcome.variant.kind == "control":
            for check in outcome.fired:
                table[check]["false_alarms"] += 1
            continue
        expected = outcome.variant.expected
        table[expected]["made_for"] += 1
        table[expected]["detected"] += int(outcome.detected)
        for check in outcome.wrong_cause:
            table[check]["wrong_cause"] += 1
    wrong_pairs = [o for o in outcomes if o.variant.kind != "control" and o.wrong_cause]
    false_pairs = [o for o in outcomes if o.variant.kind == "control" and o.fired]
    return {
        "table": table,
        "controls": controls,
        "pairs": len(outcomes),
        "wrong_pairs": wrong_pairs,
        "false_pairs": false_pairs,
        "outcomes": outcomes,
    }


def format_faces_table(summary: dict) -> str:
    lines = [
        f"{'check':16s} {'detected':>12s} {'false alarms':>14s} {'wrong cause':>12s} {'cannot judge':>13s}",
        "-" * 72,
    ]
    others = summary["pairs"] - summary["controls"]
    for check, row in summary["table"].items():
        detected = f"{row['detected']}/{row['made_for']}" if row["made_for"] else "-"
        lines.append(
            f"{check:16s} {detected:>12s} {row['false_alarms']:>8d}/{summary['controls']:<5d} "
            f"{row['wrong_cause']:>6d}/{others:<5d} {row['cannot_judge']:>7d}/{summary['pairs']:<5d}"
        )
    by_variant: dict[str, list[int]] = {}
    for outcome in summary["outcomes"]:
        if outcome.variant.expected is not None:
            counts = by_variant.setdefault(outcome.variant.name, [0, 0])
            counts[0] += int(outcome.detected)
            counts[1] += 1
    lines.append("detection per change:")
    for name, (hit, total) in by_variant.items():
        lines.append(f"  {name:34s} {hit:3d}/{total}")
    for outcome in summary["wrong_pairs"]:
        details = {c: outcome.report.result(c).message for c in sorted(outcome.wrong_cause)}
        lines.append(f"WRONG   {outcome.person}: {outcome.variant.name} -> {details}")
    for outcome in summary["false_pairs"]:
        lines.append(f"FALSE   {outcome.person}: {outcome.variant.name} -> {sorted(outcome.fired)}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
