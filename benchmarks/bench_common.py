"""What the benchmark modules share: a scratch folder, generated 24 MP photos, and the corpus."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
from PIL import Image

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("PHOTOFOLLOW_SHARED", REPO_ROOT.parent / "shared"))
CORPUS_DIR = SHARED_DIR / "corpus" / "exif"
SIZE_24MP = (6000, 4000)


@dataclass
class BenchContext:
    scratch: Path
    generated_count: int = 6
    _cache: dict = field(default_factory=dict)

    @cached_property
    def generated_24mp(self) -> list[Path]:
        """24 MP JPEGs with photo-like content (smooth shading plus texture), made once per run."""
        folder = self.scratch / "generated"
        folder.mkdir(exist_ok=True)
        paths = []
        rng = np.random.default_rng(24)
        width, height = SIZE_24MP
        yy, xx = np.mgrid[0:height:8, 0:width:8]
        for index in range(self.generated_count):
            base = (np.sin(xx / (300 + 40 * index)) + np.cos(yy / 250)) * 50 + 128
            small = np.stack([base, base * 0.9 + 10, base * 0.8 + 20], axis=-1)
            image = Image.fromarray(np.clip(small, 0, 255).astype(np.uint8)).resize(SIZE_24MP, Image.BILINEAR)
            pixels = np.asarray(image, dtype=np.int16)
            pixels = pixels + rng.integers(-12, 13, size=pixels.shape, dtype=np.int16)
            path = folder / f"generated_{index:02d}.jpg"
            Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=92)
            paths.append(path)
        return paths

    @cached_property
    def corpus_photos(self) -> list[Path]:
        """Every corpus file Pillow can decode fully (the broken ones are import tests, not benchmarks)."""
        if not CORPUS_DIR.is_dir():
            return []
        import pillow_heif

        pillow_heif.register_heif_opener()
        usable = []
        for path in sorted(CORPUS_DIR.rglob("*")):
            if not path.is_file() or path.suffix.lower() in {".md", ".json", ""} or path.name == "LICENSE":
                continue
            try:
                with Image.open(path) as image:
                    image.load()
                usable.append(path)
            except Exception:
                continue
        return usable


def run_in_child(code: str, *args: str) -> str:
    """Run Python code in a fresh process (for peak-memory figures untouched by this process's history)."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(str(REPO_ROOT / d) for d in ("src", "benchmarks"))},
    )
    return result.stdout.strip()


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB.

    VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forking parent, so a child started by
    `run_in_child` would report the benchmark process's own peak. ru_maxrss is the fallback off Linux.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
