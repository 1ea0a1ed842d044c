"""Comparison sheets exported for real: PDF read back with poppler, PNG/JPEG inspected pixel by pixel."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import numpy as np
import piexif
import pytest
from PIL import Image
from sheet_helpers import (
    PANEL_COLOURS,
    PATIENT_NAME,
    SECRET_FILE_STEM,
    TREATED,
    exiftool_tags,
    pdf_info,
    pdf_pages,
    pdf_text,
    pdf_to_pngs,
)

from photofollow.domain.errors import CorruptImage, ExportFailed, UnreadableFile
from photofollow.domain.model import View, VisitKind
from photofollow.domain.timing import label, time_since_treatment
from photofollow.reporting.render import (
    PageLayout,
    elapsed_label,
    export_sheet,
    page_count,
    render_sheet_to_image,
    sheet_layout,
)
from photofollow.services.sheets import (
    AlignedTransform,
    Orientation,
    PageSize,
    SheetPanel,
    build_sheet,
    findings_from_checks,
)


def _colour_mask(pixels: np.ndarray, colour, tolerance: int = 25) -> np.ndarray:
    return (np.abs(pixels.astype(np.int16) - np.array(colour, np.int16)) <= tolerance).all(axis=-1)


def _bbox(mask: np.ndarray, solid: int = 12) -> tuple[int, int, int, int]:
    """Bounding box of a solid patch: rows and columns with `solid`+ matching pixels (text has fewer)."""
    columns = np.nonzero(mask.sum(axis=0) >= solid)[0]
    rows = np.nonzero(mask.sum(axis=1) >= solid)[0]
    assert len(columns) and len(rows), "colour not found on the page"
    return int(columns.min()), int(rows.min()), int(columns.max()) + 1, int(rows.max()) + 1


def test_pdf_has_one_page_with_real_text_captions_findings_and_nordic_letters(row_sheet, tmp_path):
    pdf = export_sheet(row_sheet, tmp_path / "sheet.pdf")[0]
    assert pdf_pages(pdf) == 1 == page_count(row_sheet)
    assert "(A4)" in pdf_info(pdf) and "842 x 595" in pdf_info(pdf)  # four time points: landscape
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    for expected in [
        PATIENT_NAME,  # ë æ ø å survive as text, not as images of glyphs
        "Kliniek Æstetik Ørestad",
        "NL-2026-0042",
        "17 May 1980",
        "Treatment: 10 Mar 2026 10:00",
        "Hyaluronzuur (Bélotero)",
        "Dr. Ølgaard",
        "Baseline (1 day before)",
        "Day 3",
        "Week 2",
        "Month 3",
        "9 Mar 2026 10:00",
        "13 Mar 2026 12:00 · Pain 4/10",
        "Pain 2/10",
        "Pain 7/10",
        "pain not recorded",
        "Review: differs from the baseline",
        "Fail Light direction: The light comes from the other side than in the baseline.",
        "Warn Colour of light: The light is warmer than in the baseline.",
        "Not checked Head angle: No face was found",
        "Symptom log of the visits shown",
        "lichte kløe",
        "zwelling, blåt mærke",
        "Better",
        "Worse",
        "Made 9 Jun 2026 09:30 by Anne Jørgensen",
        "Page 1 of 1",
        "Photos support follow-up; they do not replace the examination.",
    ]:
        assert expected in flat, expected
    assert "Same brightness" not in flat  # a passed check is not listed
    assert flat.count("Review: differs from the baseline") == 3  # under the three follow-ups only
    for letter in "ëæøåÆØÅ":
        assert letter in text


def test_photo_areas_hold_the_photos_in_time_order_with_their_aspect_ratio(row_sheet, tmp_path):
    pdf = export_sheet(row_sheet, tmp_path / "sheet.pdf")[0]
    dpi = 100
    page = pdf_to_pngs(pdf, dpi)[0]
    placements = sheet_layout(row_sheet)[0].photos
    assert [p.panel_index for p in placements] == [0, 1, 2, 3]
    lefts = []
    for placement in placements:
        colour = PANEL_COLOURS[placement.panel_index]
        left, top, right, bottom = PageLayout.to_pixels(placement.rect, dpi)
        inside = page[top + 3 : bottom - 3, left + 3 : right - 3].reshape(-1, 3).astype(int)
        assert np.abs(inside.mean(axis=0) - colour).max() < 12
        # Found independently of the layout: where that colour is on the page, and its shape.
        x0, y0, x1, y1 = _bbox(_colour_mask(page, colour))
        assert abs(x0 - left) <= 2 and abs(y0 - top) <= 2
        source = (300, 400) if placement.panel_index != 1 else (400, 300)
        assert (x1 - x0) / (y1 - y0) == pytest.approx(source[0] / source[1], rel=0.03)
        assert y1 < page.shape[0] * 0.75  # photos sit in the upper part, above captions and the symptom log
        lefts.append(x0)
    assert lefts == sorted(lefts)  # baseline first, then follow-ups in time order
    # The landscape photo is narrower in height than its cell: the rest of the cell stays white.
    landscape = placements[1]
    left, top, right, bottom = PageLayout.to_pixels(landscape.box, dpi)
    below = page[PageLayout.to_pixels(landscape.rect, dpi)[3] + 3 : bottom - 2, left + 3 : right - 3]
    assert below.size and below.min() > 240


def test_exif_orientation_is_applied_once(row_sheet_parts, tmp_path):
    # Stored 400 x 300 with orientation 6 (turn 90° clockwise to view): stored left half red -> shown on top.
    pixels = np.zeros((300, 400, 3), np.uint8)
    pixels[:, :200] = (210, 30, 30)
    pixels[:, 200:] = (30, 60, 210)
    path = tmp_path / "rotated.jpg"
    Image.fromarray(pixels).save(
        path, quality=95, exif=piexif.dump({"0th": {piexif.ImageIFD.Orientation: 6}})
    )
    sheet = build_sheet(**row_sheet_parts)
    panel = replace(sheet.panels[0], image=path, display_size=None)
    sheet = replace(sheet, panels=(panel,), symptom_rows=())
    image = render_sheet_to_image(sheet, dpi=100)
    page = _qimage_rgb(image)
    red = _bbox(_colour_mask(page, (210, 30, 30)))
    blue = _bbox(_colour_mask(page, (30, 60, 210)))
    assert red[3] <= blue[1] + 2  # red above blue
    assert abs(red[0] - blue[0]) <= 2
    whole = (red[0], red[1], max(red[2], blue[2]), blue[3])
    assert (whole[2] - whole[0]) / (whole[3] - whole[1]) == pytest.approx(300 / 400, rel=0.03)


def _qimage_rgb(image) -> np.ndarray:
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    buffer = np.frombuffer(bytes(rgb.constBits()), np.uint8)
    return buffer.reshape(rgb.height(), rgb.bytesPerLine())[:, : rgb.width() * 3].reshape(
        rgb.height(), rgb.width(), 3
    )


def test_pdf_embeds_photos_at_300_dpi(row_sheet, tmp_path):
    pdf = export_sheet(row_sheet, tmp_path / "sheet.pdf")[0]
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    if listing.returncode != 0:
        pytest.skip("pdfimages is not installed")
    rows = [line.split() for line in listing.stdout.splitlines()[2:]]
    assert len(rows) == 4
    for row in rows:
        assert int(row[12]) == 300 and int(row[13]) == 300  # x-ppi, y-ppi


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".jpg"])
def test_exports_carry_no_gps_serials_or_file_names(row_sheet, tmp_path, suffix):
    source = next(Path(p.image) for p in row_sheet.panels if SECRET_FILE_STEM in str(p.image))
    source_tags = exiftool_tags(source)
    assert any("GPS" in key for key in source_tags)  # the test photo really carries them
    assert any("SerialNumber" in key for key in source_tags)

    out = export_sheet(row_sheet, tmp_path / f"out{suffix}", dpi=72)[0]
    tags = exiftool_tags(out)
    keys = " ".join(tags)
    values = " ".join(str(v) for v in tags.values())
    assert "GPS" not in keys
    assert "Serial" not in keys
    assert "SN-0123456789" not in values and "LENS-99887766" not in values
    assert "EOS R6" not in values
    assert not any(key.startswith(("EXIF:", "IFD0:", "ExifIFD:", "XMP-exif")) for key in tags)
    raw = out.read_bytes()
    for secret in (SECRET_FILE_STEM.encode(), b"SN-0123456789", b"LENS-99887766", str(tmp_path).encode()):
        assert secret not in raw
    if suffix == ".pdf":
        assert SECRET_FILE_STEM not in pdf_text(out)


def test_png_and_jpeg_export_match_the_page_at_the_chosen_dpi(row_sheet, tmp_path):
    png = export_sheet(row_sheet, tmp_path / "sheet.png", dpi=120)[0]
    jpeg = export_sheet(row_sheet, tmp_path / "sheet.jpeg", dpi=120, jpeg_quality=85)[0]
    for path, image_format in ((png, "PNG"), (jpeg, "JPEG")):
        with Image.open(path) as image:
            assert image.format == image_format
            assert image.size == (round(297 / 25.4 * 120), round(210 / 25.4 * 120))
            pixels = np.asarray(image.convert("RGB"))
        for placement in sheet_layout(row_sheet)[0].photos:
            left, top, right, bottom = PageLayout.to_pixels(placement.rect, 120)
            centre = pixels[(top + bottom) // 2, (left + right) // 2].astype(int)
            assert np.abs(centre - PANEL_COLOURS[placement.panel_index]).max() < 20


def test_deidentified_sheet_has_no_name_birth_date_or_chart_number(row_sheet_parts, tmp_path):
    sheet = build_sheet(**row_sheet_parts, deidentify=True)
    pdf = export_sheet(sheet, tmp_path / "anon.pdf")[0]
    png = export_sheet(sheet, tmp_path / "anon.png", dpi=72)[0]
    flat = " ".join(pdf_text(pdf).split())
    assert "Søren" not in flat and "Broëk" not in flat
    assert "17 May 1980" not in flat and "1980" not in flat and "NL-2026-0042" not in flat
    assert "DE-IDENTIFIED" in flat
    assert f"Patient {sheet.header.pseudonym}" in flat
    assert "de-identified sheet" in flat
    for path in (pdf, png):
        raw = path.read_bytes()
        assert "Søren".encode() not in raw and b"NL-2026-0042" not in raw


def test_grid_of_five_views_paginates_and_marks_missing_photos(row_sheet_parts, tmp_path):
    parts = dict(row_sheet_parts)
    views = [
        View.FRONTAL,
        View.OBLIQUE_45_LEFT,
        View.OBLIQUE_45_RIGHT,
        View.LATERAL_90_LEFT,
        View.LATERAL_90_RIGHT,
    ]
    points = []
    for point in parts["time_points"][:2]:
        photo = point.photos[View.FRONTAL]
        photos = {view: replace(photo, view=view) for view in views}
        if point.visit.kind is VisitKind.FOLLOW_UP:
            del photos[View.OBLIQUE_45_LEFT]
        points.append(replace(point, photos=photos))
    parts.update(time_points=points, views=views)
    sheet = build_sheet(**parts)
    assert sheet.orientation is Orientation.PORTRAIT
    pdf = export_sheet(sheet, tmp_path / "grid.pdf", page_size=PageSize.LETTER)[0]
    pages = pdf_pages(pdf)
    assert pages == page_count(sheet.with_page(PageSize.LETTER)) >= 2
    assert "612 x 792" in pdf_info(pdf)  # Letter, portrait
    text = pdf_text(pdf)
    assert f"Page {pages} of {pages}" in text
    assert "No photo of this view at this visit" in text
    for view_name in ("Frontal", "45° left", "45° right", "90° left", "90° right"):
        assert view_name in text
    # Every page repeats the header, so a loose page still says whose photos these are.
    assert text.count("Patient: Søren") == pages
    assert " ".join(text.split()).count("Symptom log of the visits shown") == 1


def test_long_names_and_words_wrap_inside_the_page(row_sheet_parts, tmp_path):
    parts = dict(row_sheet_parts)
    long_name = "Æbeløe-" + "Vanderlindenbroëckxhøøgstraatenåårtsen" * 4 + " Jørgensen de la Fontaine " * 6
    parts["patient"] = replace(parts["patient"], display_name=long_name)
    sheet = build_sheet(**parts)
    pdf = export_sheet(sheet, tmp_path / "long.pdf")[0]
    bbox = pdf_text(pdf, "-bbox")
    page_width = 842.0
    words = [line for line in bbox.splitlines() if line.strip().startswith("<word")]
    assert words
    for word in words:
        x_max = float(word.split('xMax="')[1].split('"')[0])
        x_min = float(word.split('xMin="')[1].split('"')[0])
        assert x_min >= 12 / 25.4 * 72 - 1 and x_max <= page_width - 12 / 25.4 * 72 + 1, word
    flat = "".join(pdf_text(pdf).split()).replace("-", "")  # pdftotext joins words hyphenated at line ends
    assert "".join(long_name.split()).replace("-", "") in flat


def test_aligned_follow_up_is_drawn_in_the_baseline_frame(row_sheet_parts, tmp_path):
    sheet = build_sheet(**row_sheet_parts)
    # A 300 x 400 follow-up: white with a red square at (50..100, 50..100); shifted right by 100 px.
    pixels = np.full((400, 300, 3), 255, np.uint8)
    pixels[50:100, 50:100] = (210, 30, 30)
    path = tmp_path / "square.jpg"
    Image.fromarray(pixels).save(path, quality=95)
    aligned = AlignedTransform((1.0, 0.0, 100.0, 0.0, 1.0, 0.0), (300, 400))
    panel = SheetPanel(
        image=path,
        kind=VisitKind.FOLLOW_UP,
        view=View.FRONTAL,
        taken_at=TREATED + timedelta(days=3),
        elapsed=time_since_treatment(TREATED + timedelta(days=3), TREATED),
        aligned=aligned,
        display_size=(300, 400),
        findings=findings_from_checks("consistent", []),
    )
    sheet = replace(sheet, panels=(panel,), symptom_rows=())
    dpi = 100
    page = _qimage_rgb(render_sheet_to_image(sheet, dpi=dpi))
    placement = sheet_layout(sheet)[0].photos[0]
    left, top, right, bottom = PageLayout.to_pixels(placement.rect, dpi)
    scale = (right - left) / 300
    x0, y0, x1, y1 = _bbox(_colour_mask(page, (210, 30, 30)))
    assert (x0 - left) / scale == pytest.approx(150, abs=4)  # 50 + 100: moved into the baseline's frame
    assert (y0 - top) / scale == pytest.approx(50, abs=4)
    assert "aligned to the baseline" in " ".join(_text_of(sheet, tmp_path).split())


def _text_of(sheet, tmp_path) -> str:
    return pdf_text(export_sheet(sheet, tmp_path / "text.pdf")[0])


def test_elapsed_labels_read_as_the_domain_labels():
    for hours in [
        -900 * 24,
        -400 * 24,
        -100 * 24,
        -21 * 24,
        -15 * 24,
        -80,
        -30,
        -24,
        -5,
        -0.3,
        0,
        0.5,
        4,
        23.9,
        24,
        74,
        13 * 24,
        14 * 24,
        40 * 24,
        100 * 24,
        900 * 24,
    ]:
        elapsed = time_since_treatment(TREATED + timedelta(hours=hours), TREATED)
        assert elapsed_label(elapsed) == label(elapsed)
    assert elapsed_label(None) == "Date unknown"


def test_unknown_extension_and_missing_folder_are_reported(row_sheet, tmp_path):
    with pytest.raises(ValueError, match=r"\.pdf, \.png or \.jpg"):
        export_sheet(row_sheet, tmp_path / "sheet.tiff")
    with pytest.raises(ExportFailed, match="does not exist"):
        export_sheet(row_sheet, tmp_path / "missing" / "sheet.pdf")


def test_a_target_that_cannot_be_written_gives_export_failed_and_no_partial_file(row_sheet, tmp_path):
    # A folder where the file should go: fails for root too, unlike a read-only folder.
    for name in ("sheet.pdf", "sheet.png"):
        (tmp_path / name).mkdir()
        with pytest.raises(ExportFailed, match=name):
            export_sheet(row_sheet, tmp_path / name, dpi=50)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("sheet", ".sheet"))) == [
        "sheet.pdf",
        "sheet.png",
    ]


def test_sheet_of_an_array_photo_and_a_second_page_of_png(row_sheet_parts, tmp_path):
    parts = dict(row_sheet_parts)
    sheet = build_sheet(**parts)
    many = tuple(replace(sheet.symptom_rows[0], associated_symptoms=f"entry {i}") for i in range(60))
    array = np.zeros((400, 300, 3), np.uint8)
    array[:] = PANEL_COLOURS[2]
    panels = (replace(sheet.panels[0], image=array, display_size=None), sheet.panels[1])
    sheet = replace(sheet, panels=panels, symptom_rows=many, orientation=Orientation.PORTRAIT)
    written = export_sheet(sheet, tmp_path / "long.png", dpi=50)
    assert len(written) == page_count(sheet) >= 2
    assert written[1].name == "long-p2.png"
    pdf = export_sheet(sheet, tmp_path / "long.pdf")[0]
    text = pdf_text(pdf)
    assert "entry 0" in text and "entry 59" in text
    pages = pdf_pages(pdf)
    assert pages == page_count(sheet) == len(written)
    # The log starts under the photo and its header repeats on every page it flows onto.
    assert text.count("Associated symptoms") == pages
    assert text.split("\f")[0].count("entry ") >= 3


def test_a_missing_or_damaged_photo_is_named_in_a_typed_error(row_sheet, tmp_path):
    missing = replace(row_sheet.panels[0], image=tmp_path / "gone.jpg", display_size=(300, 400))
    with pytest.raises(UnreadableFile, match="gone.jpg"):
        export_sheet(replace(row_sheet, panels=(missing,)), tmp_path / "a.pdf")
    damaged_path = tmp_path / "damaged.jpg"
    damaged_path.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    damaged = replace(row_sheet.panels[0], image=damaged_path, display_size=(300, 400))
    with pytest.raises((CorruptImage, UnreadableFile)) as caught:
        export_sheet(replace(row_sheet, panels=(damaged,)), tmp_path / "b.pdf")
    assert "damaged.jpg" in str(caught.value)
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / ".b.pdf.partial").exists()


def test_photos_in_adobe_rgb_are_converted_to_srgb(row_sheet, tmp_path, corpus_dir):
    import io

    from PIL import ImageCms

    with Image.open(corpus_dir / "metadata-extractor-images" / "jpg" / "Canon EOS 7D.jpg") as tagged:
        adobe = tagged.info["icc_profile"]
    colour = (200, 0, 0)
    source = Image.new("RGB", (300, 400), colour)
    expected = ImageCms.profileToProfile(
        source, ImageCms.ImageCmsProfile(io.BytesIO(adobe)), ImageCms.createProfile("sRGB"), outputMode="RGB"
    ).getpixel((0, 0))
    assert max(abs(a - b) for a, b in zip(expected, colour, strict=True)) > 20  # the test can tell them apart
    path = tmp_path / "adobe.png"  # lossless, so the comparison is about colour management only
    source.save(path, icc_profile=adobe)
    panel = replace(row_sheet.panels[0], image=path, display_size=(300, 400))
    sheet = replace(row_sheet, panels=(panel,), symptom_rows=())
    page = _qimage_rgb(render_sheet_to_image(sheet, dpi=100))
    left, top, right, bottom = PageLayout.to_pixels(sheet_layout(sheet)[0].photos[0].rect, 100)
    centre = page[(top + bottom) // 2, (left + right) // 2].astype(int)
    assert np.abs(centre - expected).max() <= 3


def test_a_photo_turned_by_the_nurse_is_drawn_turned(tmp_path):
    """Rotation is stored in the library, the original never changes: the sheet turns the pixels it draws."""
    from datetime import datetime, timedelta, timezone

    from PIL import Image

    from photofollow.domain.model import View, VisitKind
    from photofollow.reporting.render import _prepared_photo
    from photofollow.services.sheets import SheetPanel

    pixels = np.zeros((60, 120, 3), np.uint8)
    pixels[:, :60] = (220, 30, 30)  # left half red
    pixels[:, 60:] = (30, 30, 220)  # right half blue
    path = tmp_path / "landscape.png"
    Image.fromarray(pixels).save(path)
    taken = datetime(2024, 3, 5, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    panel = SheetPanel(path, VisitKind.BASELINE, View.FRONTAL, taken, None, display_size=(60, 120), rotation=90)
    turned = _prepared_photo(panel, 60, 120)
    assert (turned.width(), turned.height()) == (60, 120)
    top, bottom = turned.pixelColor(30, 10), turned.pixelColor(30, 110)
    assert top.red() > 150 and top.blue() < 100  # a quarter turn clockwise: the left edge is now on top
    assert bottom.blue() > 150 and bottom.red() < 100
