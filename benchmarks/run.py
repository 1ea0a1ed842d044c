#!/usr/bin/env python3
"""PhotoFollow's benchmarks: every figure is measured against a baseline taken in the same run.

Each `benchmarks/bench_*.py` module exposes `run(context) -> dict[str, float]`; this script runs them all
(or those named with `--only`) and prints the figures, or one JSON object with `--json`.
Figures are never asserted in tests: the machine a test runs on says nothing about a user's.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from bench_common import BenchContext  # noqa: E402


def discover() -> list[str]:
    return sorted(p.stem for p in HERE.glob("bench_*.py") if p.stem != "bench_common")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object with every figure")
    parser.add_argument("--only", action="append", default=[], help="run only this bench module (repeatable)")
    parser.add_argument("--photos", type=int, default=6, help="how many generated 24 MP photos to use")
    args = parser.parse_args(argv)

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="photofollow-bench-") as scratch:
        context = BenchContext(Path(scratch), generated_count=args.photos)
        for name in discover():
            short = name.removeprefix("bench_")
            if args.only and short not in args.only and name not in args.only:
                continue
            module = importlib.import_module(name)
            started = time.perf_counter()
            result = module.run(context)
            figures.update(result)
            if not args.json:
                print(f"# {short} ({time.perf_counter() - started:.1f} s)")
                for key, value in result.items():
                    print(f"{key:28s} {value:10.3f}" if isinstance(value, float) else f"{key:28s} {value}")
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
