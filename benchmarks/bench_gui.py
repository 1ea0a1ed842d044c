"""The comparison view on 24 MP photos: first paint from cached previews, peak memory with four open.

`compare_first_paint_ms`: from asking for a comparison of two 24 MP photos (previews cached, as the library
keeps them) to the end of the first paint of both panes, median of 5 openings in a running program.
`compare_peak_mb`: peak resident memory of a fresh process holding a row of four 24 MP photos, zoomed to
100 % and panned so every pane decodes full-resolution regions; `compare_idle_mb` is the same process with
the window open before zooming, so the difference is what the full-resolution regions cost.
`compare_sharp_ms`: from zooming to 100 % to the full-resolution region of every pane being on screen.
Every figure is measured in child processes, untouched by this process's history.
"""

from __future__ import annotations

import json
import statistics

from bench_common import BenchContext, run_in_child
from PIL import Image, ImageOps

PREVIEW_SIDE = 2048

CHILD = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtWidgets import QApplication
from bench_common import peak_rss_mb as rss_mb
from photofollow.domain.model import View, VisitKind
from photofollow.ui.compare import CompareWindow, PhotoImage, TimePoint
from photofollow.ui.operations import OperationRunner

def current_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

mode, *pairs = sys.argv[1:]
photos = [PhotoImage(Path(o), Path(p), None) for o, p in zip(pairs[::2], pairs[1::2])]
app = QApplication([])
runner = OperationRunner()

def points(selection):
    return [TimePoint(photo, VisitKind.BASELINE if i == 0 else VisitKind.FOLLOW_UP, View.FRONTAL)
            for i, photo in enumerate(selection)]

def open_window(selection):
    window = CompareWindow(runner)
    window.resize(1600, 1000)
    window.view.set_time_points(points(selection))
    window.show()
    return window

def painted(window):
    return all(pane.first_paint_at is not None for pane in window.view.panes)

if mode == "first_paint":
    # One warm-up opening (fonts, style, JPEG plugin), then the measured ones.
    timings = []
    for attempt in range(6):
        started = time.perf_counter()
        window = open_window(photos[:2])
        while not painted(window):
            app.processEvents()
        finished = max(pane.first_paint_at for pane in window.view.panes)
        if attempt:
            timings.append((finished - started) * 1000)
        window.close()
        window.deleteLater()
        app.processEvents()
    print(json.dumps({"timings": timings}))
else:
    window = open_window(photos[:4])
    while not painted(window):
        app.processEvents()
    runner.wait_idle(60)
    idle = rss_mb()
    started = time.perf_counter()
    for pane in window.view.panes:
        pane.one_to_one()
    deadline = time.time() + 60
    def sharp():
        return all(layer.patch is not None for pane in window.view.panes for layer in pane.visible_layers())
    while not sharp() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.005)
    runner.wait_idle(60)
    sharp_ms = (time.perf_counter() - started) * 1000
    for dx, dy in ((300, 0), (0, 300), (-600, 0), (0, -600)):
        for pane in window.view.panes:
            pane.pan_by_pixels(dx, dy)
            pane.request_sharper()
        runner.wait_idle(60)
        app.processEvents()
    print(json.dumps({"idle": idle, "peak": rss_mb(), "sharp_ms": sharp_ms, "end": current_mb()}))
"""


def _previews(context: BenchContext, originals) -> list[str]:
    folder = context.scratch / "gui-previews"
    folder.mkdir(exist_ok=True)
    arguments = []
    for original in originals:
        preview = folder / f"{original.stem}.jpg"
        if not preview.exists():
            with Image.open(original) as image:
                image.draft("RGB", (PREVIEW_SIDE, PREVIEW_SIDE))
                upright = ImageOps.exif_transpose(image)
                upright.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE), Image.Resampling.LANCZOS)
                upright.save(preview, quality=88)
        arguments += [str(original), str(preview)]
    return arguments


def run(context: BenchContext) -> dict[str, float]:
    originals = context.generated_24mp
    if len(originals) < 4:
        raise SystemExit("bench_gui needs at least 4 generated photos (--photos 4)")
    arguments = _previews(context, originals[:4])
    first = json.loads(run_in_child(CHILD, "first_paint", *arguments[:4]))
    peak = json.loads(run_in_child(CHILD, "peak", *arguments))
    return {
        "compare_first_paint_ms": round(statistics.median(first["timings"]), 1),
        "compare_peak_mb": round(peak["peak"], 1),
        "compare_idle_mb": round(peak["idle"], 1),
        "compare_sharp_ms": round(peak["sharp_ms"], 1),
    }
