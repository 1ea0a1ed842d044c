"""`photofollow info FILE [--json]`: what a photo file says about itself (capture time, orientation, camera).

Contract (other tools rely on it; extend, never rename):
- `--json` prints one JSON object with the keys of `imaging.exif.facts_to_json` (capture_time,
  capture_time_source, orientation, make, model, lens_model, focal_length_mm, focal_length_35mm,
  exposure_time_s, f_number, iso, flash_fired, white_balance, software, gps_present, width, height, ...)
  plus `file`, `file_size`, `sha256`, `pixels_readable` and `pixels_problem`.
- Exit 0 when the file's facts could be read (even if its pixel data is damaged: see pixels_readable),
  2 with one line on stderr naming the file when it cannot be read at all (missing, not an image,
  unreadable, damaged header, too large).
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK = 0
EXIT_UNREADABLE = 2

_ORIENTATION_WORDS = {
    1: "upright",
    2: "mirrored left-right",
    3: "upside down (turned 180°)",
    4: "mirrored top-bottom",
    5: "mirrored and turned 90° counter-clockwise",
    6: "turned 90° clockwise",
    7: "mirrored and turned 90° clockwise",
    8: "turned 90° counter-clockwise",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "info",
        help="show a photo's capture time, orientation, camera and exposure",
        description=(
            "Show what a photo file says about itself: when it was taken (and whether that comes from the "
            "camera or only from the file date), its orientation, camera, lens and exposure."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the photo (JPEG, HEIC, PNG, TIFF, WebP or AVIF)")
    parser.add_argument("--json", action="store_true", help="print one JSON object (stable keys) instead")
    parser.set_defaults(handler=run_info)


def run_info(args: argparse.Namespace) -> int:
    import hashlib
    import json
    import warnings
    from pathlib import Path

    from photofollow.domain.errors import PhotoFileError
    from photofollow.imaging.decode import load_oriented_rgb
    from photofollow.imaging.exif import facts_to_json, read_facts
    from photofollow.imaging.previews import THUMBNAIL_SIDE

    path = Path(args.file)
    with warnings.catch_warnings():
        # Pillow warns about every odd EXIF entry; the facts already say what could be read.
        warnings.simplefilter("ignore")
        try:
            facts = read_facts(path)
            digest = hashlib.sha256()
            with open(path, "rb") as file:
                for block in iter(lambda: file.read(1 << 20), b""):
                    digest.update(block)
        except PhotoFileError as error:
            print(f"photofollow info: {error}", file=sys.stderr)
            return EXIT_UNREADABLE
        except OSError as error:  # vanished between reading the facts and hashing
            print(f"photofollow info: {path.name}: cannot be read ({error.strerror}).", file=sys.stderr)
            return EXIT_UNREADABLE
        try:
            # A reduced decode reads all the compressed data (JPEG) or checks it is all there (HEIF).
            load_oriented_rgb(path, max_side=THUMBNAIL_SIDE)
            problem = None
        except PhotoFileError as error:
            problem = str(error)

    result = facts_to_json(facts)
    result.update(
        file=str(path),
        file_size=path.stat().st_size,
        sha256=digest.hexdigest(),
        pixels_readable=problem is None,
        pixels_problem=problem,
    )
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(_listing(result))
    return EXIT_OK


def _listing(info: dict) -> str:
    def known(value: object, unit: str = "") -> str:
        if value is None:
            return "unknown"
        return f"{value:g}{unit}" if isinstance(value, float) else f"{value}{unit}"

    if info["capture_time"] is None:
        captured = "unknown"
    elif info["capture_time_source"] == "file":
        captured = f"{info['capture_time_precise']}  (from file date: check)"
    else:
        captured = f"{info['capture_time_precise']}  (from camera: {info['capture_time_source']})"
    orientation = info["orientation"]
    turned = _ORIENTATION_WORDS.get(orientation, "not recorded, shown as stored")
    camera = " ".join(part for part in (info["make"], info["model"]) if part) or "unknown"
    focal = known(info["focal_length_mm"], " mm")
    if info["focal_length_35mm"]:
        focal += f" ({info['focal_length_35mm']:g} mm in 35 mm terms)"
    exposure_time = info["exposure_time_s"]
    if exposure_time is None:
        shutter = "unknown"
    elif exposure_time < 1:
        shutter = f"1/{round(1 / exposure_time)} s"
    else:
        shutter = f"{exposure_time:g} s"
    aperture = f"f/{info['f_number']:g}" if info["f_number"] else "f/unknown"
    iso = f"ISO {info['iso']}" if info["iso"] else "ISO unknown"
    flash = {True: "fired", False: "did not fire", None: "unknown"}[info["flash_fired"]]
    rows = [
        ("File", info["file"]),
        ("Format", f"{info['format']}, {info['width']} x {info['height']} pixels as stored"),
        ("Orientation", f"{known(orientation)} ({turned})"),
        ("Shown as", f"{info['display_width']} x {info['display_height']} pixels"),
        ("Captured", captured),
        ("Camera", camera),
        ("Lens", known(info["lens_model"])),
        ("Focal length", focal),
        ("Exposure", f"{shutter}, {aperture}, {iso}"),
        ("Flash", flash),
        ("White balance", known(info["white_balance"])),
        ("Software", known(info["software"])),
        ("GPS location", "present" if info["gps_present"] else "none"),
        ("EXIF", "present" if info["has_exif"] else "none"),
        ("Picture data", "readable" if info["pixels_readable"] else f"DAMAGED: {info['pixels_problem']}"),
        ("File size", f"{info['file_size']:,} bytes"),
        ("SHA-256", info["sha256"]),
    ]
    width = max(len(label) for label, _ in rows) + 2
    return "\n".join(f"{label:<{width}}{value}" for label, value in rows)
