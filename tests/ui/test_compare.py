"""The comparison view on real photo files: first paint from previews, synchronised zoom, modes, alignment,
full resolution arriving as you zoom, the findings and the banner."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus, PairReport, verdict_of
from photofollow.domain.model import PhotoFacts, View, VisitKind
from photofollow.domain.timing import time_since_treatment
from photofollow.ui.compare import CompareView, ComparisonMode, Composition, PhotoImage, TimePoint
from photofollow.ui.compare.images import decode_region, load_preview

from .photos import write_photo, write_preview

TREATED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
BASELINE_COLOUR = (200, 60, 60)
FOLLOW_UP_COLOUR = (60, 60, 200)


def report_with(statuses: dict[CheckId, CheckStatus], transform=None) -> PairReport:
    facts = PhotoFacts(600, 400, "JPEG")
    checks = tuple(
        CheckResult(
            check, statuses.get(check, CheckStatus.PASS), 0.5, 1.0, "EV", f"Sentence about {check.value}."
        )
        for check in CheckId
    )
    return PairReport(verdict_of(checks), checks, transform, facts, facts)


def time_point(path, preview, kind, days, report=None, pain=None) -> TimePoint:
    taken = TREATED + timedelta(days=days)
    return TimePoint(
        PhotoImage(path, preview, None),
        kind,
        View.FRONTAL,
        taken,
        time_since_treatment(taken, TREATED),
        pain,
        report,
    )


@pytest.fixture
def pair(tmp_path):
    """A red baseline with a black mark at (100, 100), a blue follow-up with the mark 60 px further right."""
    baseline = write_photo(tmp_path / "baseline.jpg", colour=BASELINE_COLOUR, mark=(100, 100, 160, 160))
    follow_up = write_photo(tmp_path / "follow_up.jpg", colour=FOLLOW_UP_COLOUR, mark=(160, 100, 220, 160))
    return (
        baseline,
        write_preview(baseline, tmp_path / "baseline.preview.jpg", 300),
        follow_up,
        write_preview(follow_up, tmp_path / "follow_up.preview.jpg", 300),
    )


@pytest.fixture
def view(qtbot, inline_runner, settings, pair):
    baseline, baseline_preview, follow_up, follow_up_preview = pair
    shift = ((1.0, 0.0, -60.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))  # follow-up pixels -> baseline pixels
    report = report_with({CheckId.EXPOSURE: CheckStatus.FAIL, CheckId.FRAMING: CheckStatus.WARN}, shift)
    widget = CompareView(inline_runner, settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.set_time_points(
        [
            time_point(baseline, baseline_preview, VisitKind.BASELINE, -1, pain=0),
            time_point(follow_up, follow_up_preview, VisitKind.FOLLOW_UP, 14, report, pain=3),
        ]
    )
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pixel(widget, point: QPointF) -> QColor:
    QApplication.processEvents()  # let a mode switch lay its panes out before looking
    return widget.grab().toImage().pixelColor(QPoint(round(point.x()), round(point.y())))


def close_to(colour: QColor, rgb: tuple[int, int, int], tolerance: int = 30) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True)
    )


def frame_point_on_widget(pane, x: float, y: float) -> QPointF:
    return pane.frame_to_widget().map(QPointF(x, y))


def wheel(widget, steps: int, position: QPointF | None = None) -> None:
    position = position or QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        position,
        widget.mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_opening_a_comparison_paints_both_photos_from_their_previews(view, qtbot):
    assert [pane.composition for pane in view.panes] == [Composition.SINGLE, Composition.SINGLE]
    qtbot.waitUntil(lambda: all(pane.first_paint_at is not None for pane in view.panes))
    baseline_pane, follow_up_pane = view.panes
    # The previews are 300 px wide for 600 px photos: the layers know the full size from the originals.
    assert baseline_pane.layers[0].full_width == 600
    assert baseline_pane.layers[0].preview.width() == 300
    # Away from the marks, each pane shows its own photo's colour.
    assert close_to(pixel(baseline_pane, frame_point_on_widget(baseline_pane, 450, 300)), BASELINE_COLOUR)
    assert close_to(pixel(follow_up_pane, frame_point_on_widget(follow_up_pane, 450, 300)), FOLLOW_UP_COLOUR)


def test_captions_carry_time_since_treatment_date_pain_and_view(view):
    baseline_caption = view.columns[0].caption.text()
    follow_up_caption = view.columns[1].caption.text()
    assert "Baseline (1 day before)" in baseline_caption
    assert "Pain 0/10" in baseline_caption and "Frontal" in baseline_caption
    assert "Week 2" in follow_up_caption and "Pain 3/10" in follow_up_caption
    assert "Inconsistent" in follow_up_caption


def test_zooming_one_side_moves_the_other_and_an_unlinked_side_moves_alone(view, qtbot):
    baseline_pane, follow_up_pane = view.panes
    wheel(baseline_pane, 3, QPointF(100, 80))
    assert baseline_pane.state.zoom == pytest.approx(1.25**3)
    assert follow_up_pane.state == baseline_pane.state
    # Keyboard on the other side: + zooms, arrows pan, and the first side follows.
    follow_up_pane.setFocus()
    qtbot.keyClick(follow_up_pane, Qt.Key.Key_Plus)
    qtbot.keyClick(follow_up_pane, Qt.Key.Key_Right)
    assert baseline_pane.state == follow_up_pane.state
    assert baseline_pane.state.zoom == pytest.approx(1.25**4)
    # Unlink the follow-up: zooming it leaves the baseline where it was.
    view.columns[1].link.setChecked(False)
    before = baseline_pane.state
    wheel(follow_up_pane, 2)
    assert follow_up_pane.state.zoom == pytest.approx(1.25**6)
    assert baseline_pane.state == before
    # Fit (0) brings the linked side back to the whole photo.
    qtbot.keyClick(baseline_pane, Qt.Key.Key_0)
    assert baseline_pane.state.zoom == 1.0


def test_dragging_pans_both_sides(view, qtbot):
    baseline_pane, follow_up_pane = view.panes
    wheel(baseline_pane, 4)
    start = baseline_pane.state
    qtbot.mousePress(baseline_pane, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    qtbot.mouseMove(baseline_pane, QPoint(260, 230))
    qtbot.mouseRelease(baseline_pane, Qt.MouseButton.LeftButton, pos=QPoint(260, 230))
    assert baseline_pane.state.center_x < start.center_x and baseline_pane.state.center_y < start.center_y
    assert follow_up_pane.state == baseline_pane.state


def test_one_to_one_shows_one_photo_pixel_per_screen_pixel(view):
    pane = view.panes[0]
    view.one_to_one()
    a = pane.frame_to_widget().map(QPointF(100, 100))
    b = pane.frame_to_widget().map(QPointF(200, 100))
    assert b.x() - a.x() == pytest.approx(100 / pane.devicePixelRatioF(), rel=1e-6)


def test_modes_switch_by_shortcut_and_paint_what_they_promise(view, qtbot):
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.mode is ComparisonMode.SLIDER
    (pane,) = view.panes
    assert pane.composition is Composition.WIPE
    # Slider: baseline left of the divider, follow-up right of it.
    QApplication.processEvents()
    left = pixel(pane, frame_point_on_widget(pane, 40, 350))
    right = pixel(pane, frame_point_on_widget(pane, 500, 350))
    assert close_to(left, BASELINE_COLOUR) and close_to(right, FOLLOW_UP_COLOUR)
    # Dragging the divider to the far right shows the baseline there too.
    divider = QPoint(round(pane.wipe * pane.width()), pane.height() // 2)
    qtbot.mousePress(pane, Qt.MouseButton.LeftButton, pos=divider)
    qtbot.mouseMove(pane, QPoint(pane.width() - 2, pane.height() // 2))
    qtbot.mouseRelease(pane, Qt.MouseButton.LeftButton, pos=QPoint(pane.width() - 2, pane.height() // 2))
    assert pane.wipe > 0.95
    assert close_to(pixel(pane, frame_point_on_widget(pane, 500, 350)), BASELINE_COLOUR)

    # Overlay at 50 %: the colours mix.
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert view.mode is ComparisonMode.OVERLAY and view.opacity_slider.isVisible()
    view.opacity_slider.setValue(50)
    pane = view.panes[0]
    mixed = pixel(pane, frame_point_on_widget(pane, 300, 350))
    assert close_to(mixed, (130, 60, 130), 35)
    view.opacity_slider.setValue(100)
    assert close_to(pixel(pane, frame_point_on_widget(pane, 300, 350)), FOLLOW_UP_COLOUR)

    # Quick toggle: Space switches photo.
    qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    pane = view.panes[0]
    QApplication.processEvents()
    spot = frame_point_on_widget(pane, 300, 350)
    assert close_to(pixel(pane, spot), BASELINE_COLOUR)
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Space)
    assert close_to(pixel(pane, spot), FOLLOW_UP_COLOUR)
    assert "Showing" in view.columns[0].caption.text() and "Week 2" in view.columns[0].caption.text()

    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.mode is ComparisonMode.SIDE_BY_SIDE and len(view.panes) == 2
    assert view.settings.get("compare/mode") == "side_by_side"


def test_aligned_switch_applies_the_registration(view):
    baseline_pane, follow_up_pane = view.panes
    mark_on_baseline = frame_point_on_widget(baseline_pane, 130, 130)
    # Aligned (the default): the follow-up's mark, 60 px further right in its photo, lands on the baseline's.
    assert view.aligned
    assert close_to(pixel(follow_up_pane, mark_on_baseline), (10, 10, 10), 40)
    view.set_aligned(False)
    follow_up_pane = view.panes[1]
    assert not close_to(
        pixel(follow_up_pane, frame_point_on_widget(follow_up_pane, 130, 130)), (10, 10, 10), 40
    )
    assert close_to(pixel(follow_up_pane, frame_point_on_widget(follow_up_pane, 190, 130)), (10, 10, 10), 40)


def test_aligned_switch_is_disabled_without_a_transform(qtbot, inline_runner, pair):
    baseline, baseline_preview, follow_up, follow_up_preview = pair
    widget = CompareView(inline_runner)
    qtbot.addWidget(widget)
    widget.set_time_points(
        [
            time_point(baseline, baseline_preview, VisitKind.BASELINE, -1),
            time_point(follow_up, follow_up_preview, VisitKind.FOLLOW_UP, 3),
        ]
    )
    assert not widget.aligned_button.isEnabled()
    assert "Day 3" in widget.columns[1].caption.text() and "Not checked" in widget.columns[1].caption.text()
    assert widget.columns[1].banner.isHidden()
    assert "not been checked" in widget.findings.verdict_label.text()


def test_findings_list_every_check_with_a_word_and_the_banner_names_the_failures(view):
    model = view.findings.model
    assert model.rowCount() == len(CheckId)
    statuses = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert statuses[0] == "Fail" and statuses[1] == "Warning" and set(statuses[2:]) == {"Pass"}
    assert model.index(0, 1).data() == "Brightness"
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    banner = view.columns[1].banner
    assert banner.isVisible() and view.columns[0].banner.isHidden()
    assert "Not comparable" in banner.text.text() and "Brightness" in banner.text.text()
    assert banner.geometry().top() < view.panes[1].height() // 4  # across the top of the follow-up
    assert "Inconsistent" in view.findings.verdict_label.text()


def test_a_row_of_four_time_points(qtbot, inline_runner, tmp_path):
    points = []
    for index, days in enumerate((-1, 3, 14, 90)):
        path = write_photo(tmp_path / f"p{index}.jpg", colour=(50 * index + 40, 80, 80))
        kind = VisitKind.BASELINE if index == 0 else VisitKind.FOLLOW_UP
        points.append(time_point(path, None, kind, days, None if index == 0 else report_with({})))
    widget = CompareView(inline_runner)
    qtbot.addWidget(widget)
    widget.resize(1400, 600)
    widget.set_time_points(points)
    widget.show()
    assert len(widget.panes) == 4
    assert [c.caption.text().split("</b>")[0].removeprefix("<b>") for c in widget.columns] == [
        "Baseline (1 day before)",
        "Day 3",
        "Week 2",
        "Month 3",
    ]
    assert widget.follow_up_combo.isVisible() and widget.follow_up_combo.count() == 3
    wheel(widget.panes[2], 2)
    assert all(pane.state == widget.panes[2].state for pane in widget.panes)
    widget.set_mode(ComparisonMode.OVERLAY)
    widget.follow_up_combo.setCurrentIndex(2)
    assert widget.panes[0].layers[1].photo.original_path.name == "p3.jpg"


def test_full_resolution_arrives_as_you_zoom_and_goes_when_you_zoom_out(qtbot, inline_runner, tmp_path):
    # Stripes 4 px apart blur away in a preview 2.3x smaller; the original region must bring them back.
    original = write_photo(
        tmp_path / "fine.jpg", size=(2400, 1600), colour=(90, 90, 90), stripes=4, quality=97
    )
    preview = write_preview(original, tmp_path / "fine.preview.jpg", 1024)
    widget = CompareView(inline_runner)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.set_time_points([time_point(original, preview, VisitKind.BASELINE, -1)])
    widget.show()
    qtbot.waitExposed(widget)
    pane = widget.panes[0]
    layer = pane.layers[0]
    pane.request_sharper()
    assert layer.patch is None  # fitted: the preview has enough pixels
    pane.zoom_by(8)
    pane.request_sharper()
    assert layer.patch is not None
    visible = pane.frame_to_widget().inverted()[0].mapRect(QRectF(pane.rect())).intersected(layer.full_rect)
    assert layer.patch_rect.contains(visible)
    # The patch holds the original's detail: white stripe columns next to grey ones.
    row = [
        layer.patch.pixelColor(x, layer.patch.height() // 2).red()
        for x in range(min(64, layer.patch.width()))
    ]
    assert max(row) > 200 and min(row) < 120
    pane.fit()
    pane.request_sharper()
    assert layer.patch is None


@pytest.mark.parametrize("orientation", range(1, 9))
def test_decoded_regions_respect_every_exif_orientation(tmp_path, orientation):
    path = write_photo(
        tmp_path / f"o{orientation}.jpg",
        size=(320, 200),
        mark=(20, 30, 120, 60),
        orientation=orientation,
        quality=98,
    )
    with Image.open(path) as image:
        upright = ImageOps.exif_transpose(image).convert("RGB")
    region = QRectF(10, 16, 120, 90)
    image, covered = decode_region(path, region, 1.0)
    assert covered.contains(region)
    expected = upright.crop(
        (int(covered.left()), int(covered.top()), int(covered.right()), int(covered.bottom()))
    )
    assert (image.width(), image.height()) == expected.size
    for x, y in ((5, 5), (image.width() // 2, image.height() // 2), (image.width() - 3, image.height() - 3)):
        got = image.pixelColor(x, y)
        want = expected.getpixel((x, y))
        assert abs(got.red() - want[0]) < 40 and abs(got.blue() - want[2]) < 40


def test_preview_falls_back_to_a_reduced_decode_of_the_original(tmp_path):
    path = write_photo(tmp_path / "no_preview.jpg", size=(4000, 1000), orientation=6)
    image = load_preview(PhotoImage(path, tmp_path / "missing.jpg"))
    assert max(image.width(), image.height()) <= 2048
    assert image.height() > image.width()  # orientation 6 applied: portrait as shown
