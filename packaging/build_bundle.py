#!/usr/bin/env python3
"""Build the one-folder PhotoFollow bundle with PyInstaller, then prove it runs on its own.

    python packaging/build_bundle.py [--skip-build]

Builds in `build/bundle-venv` (a clean environment with only PhotoFollow's dependencies and PyInstaller),
writes the bundle to `dist/photofollow/`, then runs the bundled executable headless: `--version`, and a
`check` of two generated photos, which needs the bundled policy file and face models. Prints the bundle's
size and start-up time. Exits non-zero when any step fails.
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
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def smoke_test() -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    version = subprocess.run([executable(), "--version"], capture_output=True, text=True, env=env, check=True)
    startup_s = time.perf_counter() - started
    assert version.stdout.startswith("photofollow "), version.stdout

    import numpy as np
    from PIL import Image

    with tempfile.TemporaryDirectory() as scratch:
        rng = np.random.default_rng(1)
        pixels = rng.integers(0, 255, (600, 800, 3), dtype=np.uint8)
        baseline, follow_up = Path(scratch, "baseline.jpg"), Path(scratch, "follow-up.jpg")
        Image.fromarray(pixels).save(baseline, quality=92)
        Image.fromarray((pixels * 0.5).astype(np.uint8)).save(follow_up, quality=92)
        result = subprocess.run(
            [executable(), "check", baseline, follow_up, "--json"], capture_output=True, text=True, env=env
        )
    if result.returncode != 0:
        raise SystemExit(f"bundled check failed ({result.returncode}): {result.stderr}")
    report = json.loads(result.stdout)
    exposure = next(c for c in report["checks"] if c["id"] == "exposure")
    assert exposure["status"] != "pass", "the bundled check did not see a 1 EV darker follow-up"
    return {
        "bundle_mb": round(folder_size_mb(BUNDLE), 1),
        "startup_version_s": round(startup_s, 2),
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
