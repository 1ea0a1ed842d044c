#!/usr/bin/env python3
"""Build the one-folder PhotoFollow bundle with PyInstaller, then prove it runs on its own.

    python packaging/build_bundle.py [--skip-build]

Builds in `build/bundle-venv` (a clean environment with only PhotoFollow's dependencies and PyInstaller),
writes the bundle to `dist/photofollow/`, then runs the bundled executable headless: `--version`, and a
`check --language nl` of two demo renders, which needs the bundled policy file, face models and
translations. Prints the bundle's size and start-up time. Exits non-zero when any step fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
VENV = ROOT / "build" / "bundle-venv"
DIST = ROOT / "dist"
BUNDLE = DIST / "photofollow"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*command, **kwargs) -> subprocess.CompletedProcess:
    print("$", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def build() -> None:
    if not venv_python().exists():
        run(sys.executable, "-m", "venv", VENV)
    run(venv_python(), "-m", "pip", "install", "-q", str(ROOT), "pyinstaller>=6.10")
    run(venv_python(), PACKAGING / "make_icons.py")
    shutil.rmtree(BUNDLE, ignore_errors=True)
    run(
        venv_python(), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", ROOT / "build" / "pyinstaller", PACKAGING / "photofollow.spec",
    )


def executable() -> Path:
    return BUNDLE / ("photofollow.exe" if os.name == "nt" else "photofollow")


def folder_size_mb(folder: Path) -> float:
    """What the folder takes on disk: PyInstaller links some libraries twice by symlink; count them once."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def smoke_test() -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    version = subprocess.run([executable(), "--version"], capture_output=True, text=True, env=env, check=True)
    startup_s = time.perf_counter() - started
    assert version.stdout.startswith("photofollow "), version.stdout

    # The demo renders are a frontal face and the same face turned, closer: the bundled face models must
    # find both (head_pose is only judged with a face) and the Dutch translations must be there.
    demo = ROOT / "src" / "photofollow" / "assets" / "demo"
    started = time.perf_counter()
    result = subprocess.run(
        [executable(), "check", demo / "frontal.jpg", demo / "frontal-turned-closer.jpg", "--json",
         "--language", "nl"],
        capture_output=True, text=True, env=env,
    )
    check_s = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"bundled check failed ({result.returncode}): {result.stderr}")
    report = json.loads(result.stdout)
    checks = {c["id"]: c for c in report["checks"]}
    if checks["head_pose"]["status"] in ("pass", "skipped"):
        raise SystemExit(f"the bundled face models did not see the turned head: {checks['head_pose']}")
    localized = checks["distance"].get("message_localized", "")
    if not localized or localized == checks["distance"]["message"]:
        raise SystemExit(f"the bundled Dutch translation is missing: {checks['distance']}")
    # The first run: build the demo library and render the windows on it (the GUI starting for real).
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        demo_library = Path(scratch, "demo")
        run(executable(), "demo", "--no-gui", "--library", demo_library, env=env, capture_output=True)
        demo_s = time.perf_counter() - started
        started = time.perf_counter()
        run(executable(), "screenshot", "--library", demo_library, "--out", Path(scratch, "png"),
            env=env, capture_output=True)
        screenshots_s = time.perf_counter() - started
        pictures = sorted(p.name for p in Path(scratch, "png").glob("*.png"))
        if len(pictures) < 3:
            raise SystemExit(f"the bundled program rendered only {pictures}")
    return {
        "bundle_mb": round(folder_size_mb(BUNDLE), 1),
        "startup_version_s": round(startup_s, 2),
        "check_s": round(check_s, 2),
        "demo_library_s": round(demo_s, 1),
        "gui_screenshots_s": round(screenshots_s, 1),
        "check_verdict": report["verdict"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="only run the smoke test on dist/")
    args = parser.parse_args()
    if not args.skip_build:
        build()
    figures = smoke_test()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
