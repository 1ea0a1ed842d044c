"""Comparison sheet export: a four-photo A4 sheet from 24 MP originals, against full decodes of them.

`sheet_export_s` is the whole PDF export (layout, reduced decode, resampling to 300 dpi, writing); the target
is 2 s. The same-run baseline `full_decode_s` is one plain full-resolution decode of the four photos, which
is what a sheet built without reduced decoding would at least pay; `sheet_ratio` = export / baseline.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from PIL import Image

from photofollow.domain.model import View, VisitKind
from photofollow.domain.timing import time_since_treatment
from photofollow.services.sheets import (
    Orientation,
    PageSize,
    Sheet,
    SheetFooter,
    SheetHeader,
    SheetLayout,
    SheetPanel,
    findings_from_checks,
)

REPEATS = 3


def _sheet(paths) -> Sheet:
    treated = datetime(2026, 3, 10, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    offsets = [timedelta(days=-1), timedelta(days=3), timedelta(days=14), timedelta(days=90)]
    panels = tuple(
        SheetPanel(
            image=path,
            kind=VisitKind.BASELINE if column == 0 else VisitKind.FOLLOW_UP,
            view=View.FRONTAL,
            taken_at=treated + offset,
            elapsed=time_since_treatment(treated + offset, treated),
            pain_score=None if column == 0 else 3,
            findings=None
            if column == 0
            else findings_from_checks("review", [("exposure", "warn", "Darker.")]),
            column=column,
        )
        for column, (path, offset) in enumerate(zip(paths, offsets, strict=True))
    )
    header = SheetHeader(
        clinic_name="Benchmark clinic",
        logo_path=None,
        patient_name="Bench Patiënt",
        pseudonym=None,
        chart_number="B-1",
        birth_date=None,
        treatment_at=treated,
        area="face",  # type: ignore[arg-type]
    )
    return Sheet(
        header=header,
        layout=SheetLayout.ROW,
        panels=panels,
        symptom_rows=(),
        footer=SheetFooter(made_at=treated, made_by="bench"),
        page_size=PageSize.A4,
        orientation=Orientation.LANDSCAPE,
        row_views=(View.FRONTAL,),
    )


def run(context) -> dict[str, float]:
    from photofollow.reporting.render import clear_photo_cache, ensure_gui_application, export_sheet

    paths = context.generated_24mp[:4]
    ensure_gui_application()
    sheet = _sheet(paths)
    out = context.scratch / "bench_sheet.pdf"
    export_sheet(sheet, out)  # warm-up: fonts, plugins, first-use allocations

    export_times = []
    for _ in range(REPEATS):
        clear_photo_cache()  # each run decodes the photos again, as a first export does
        started = time.perf_counter()
        export_sheet(sheet, out)
        export_times.append(time.perf_counter() - started)

    started = time.perf_counter()
    for path in paths:
        with Image.open(path) as image:
            image.load()
    full_decode = time.perf_counter() - started

    export = min(export_times)
    return {
        "sheet_export_s": round(export, 3),
        "sheet_full_decode_s": round(full_decode, 3),
        "sheet_ratio": round(export / full_decode, 3),
        "sheet_pdf_kb": round(out.stat().st_size / 1024, 1),
    }
