"""The comparison: baseline and follow-ups of one view side by side, as a wipe, a ghost overlay or a toggle.

Zoom and pan are shared by every linked pane; unlink a pane to look elsewhere on one photo alone.
Each photo is captioned with its time since treatment, date, pain score and view; a follow-up that was not
taken like its baseline carries a banner across its top, where the eye falls, and the findings panel lists
every check with an icon and a word (readable without colour).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPalette, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSlider,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from photofollow.domain.checks import CheckStatus, PairReport, Verdict
from photofollow.domain.model import View, VisitKind
from photofollow.domain.timing import Elapsed
from photofollow.reporting import words
from photofollow.ui.compare.change_overlay import ChangePanel, matrix_transform, overlay_image
from photofollow.ui.compare.findings import FindingsPanel
from photofollow.ui.compare.images import PhotoImage, decode_region, load_preview, oriented_size
from photofollow.ui.compare.pane import WHEEL_STEP, Composition, ImagePane, Layer, ViewState
from photofollow.ui.icons import verdict_icon, verdict_status
from photofollow.ui.operations import OperationRunner
from photofollow.ui.recovery_chart import RecoveryChart

MAX_TIME_POINTS = 4


class ComparisonMode(enum.StrEnum):
    SIDE_BY_SIDE = "side_by_side"
    SLIDER = "slider"
    OVERLAY = "overlay"
    TOGGLE = "toggle"


MODE_SHORTCUTS = {
    ComparisonMode.SIDE_BY_SIDE: "Ctrl+1",
    ComparisonMode.SLIDER: "Ctrl+2",
    ComparisonMode.OVERLAY: "Ctrl+3",
    ComparisonMode.TOGGLE: "Ctrl+4",
}
# The comparison's other keys, wherever the focus is (a focused photo also takes +, -, 0, 1 and the arrows).
ALIGNED_SHORTCUT = "A"
ZOOM_IN_SHORTCUTS = ("Ctrl++", "Ctrl+=")
ZOOM_OUT_SHORTCUTS = ("Ctrl+-",)
FIT_SHORTCUT = "Ctrl+0"
ONE_TO_ONE_SHORTCUT = "Ctrl+Alt+0"  # Ctrl+1 is the first mode
NEXT_FOLLOW_UP_SHORTCUT = "Ctrl+PgDown"
PREVIOUS_FOLLOW_UP_SHORTCUT = "Ctrl+PgUp"
SWITCH_SHORTCUT = "Space"  # quick toggle, while the focus is on the photo
CLOSE_SHORTCUTS = ("Ctrl+W", "Esc")  # besides the platform's own Close keys
EXPORT_SHORTCUT = "Ctrl+Shift+E"


@dataclass
class TimePoint:
    """One photo in the comparison and what its caption says."""

    photo: PhotoImage
    kind: VisitKind
    view: View
    captured_at: datetime | None = None
    elapsed: Elapsed | None = None
    pain_score: int | None = None
    report: PairReport | None = None  # this follow-up checked against the baseline; None for the baseline
    change: object = None  # services.change.PairChange once measured (issue 15)
    change_error: str = ""  # why the change could not be measured

    @property
    def is_baseline(self) -> bool:
        return self.kind is VisitKind.BASELINE


def transform_from_matrix(matrix) -> QTransform:
    """A QTransform from a 3x3 matrix acting on column vectors (x' = M @ [x, y, 1]), as the checks give it."""
    m = matrix
    return QTransform(
        float(m[0][0]),
        float(m[1][0]),
        float(m[2][0]),
        float(m[0][1]),
        float(m[1][1]),
        float(m[2][1]),
        float(m[0][2]),
        float(m[1][2]),
        float(m[2][2]),
    )


def fit_transform(source_w: float, source_h: float, target_w: float, target_h: float) -> QTransform:
    """Scale a photo uniformly into another's frame, centred: how unaligned photos overlap."""
    s = min(target_w / source_w, target_h / source_h)
    transform = QTransform()
    transform.translate((target_w - source_w * s) / 2, (target_h - source_h * s) / 2)
    transform.scale(s, s)
    return transform


class Banner(QFrame):
    """A strip over the top of a follow-up not taken like its baseline: icon, verdict, failing checks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1)
        self.setAutoFillBackground(True)
        self.report: PairReport | None = None
        self.hide()

    def show_report(self, report: PairReport | None) -> None:
        self.report = report
        if report is None or report.verdict is Verdict.CONSISTENT:
            self.hide()
            return
        self.icon.setPixmap(verdict_icon(report.verdict).pixmap(22, 22))
        worst = CheckStatus.FAIL if report.verdict is Verdict.INCONSISTENT else CheckStatus.WARN
        names = [words.check_name(result.id) for result in report.checks if result.status == worst]
        if report.verdict is Verdict.INCONSISTENT:
            headline = self.tr("Not comparable with the baseline")
            detail = self.tr("Failed: %1. Differences in these photos can mislead; consider a retake.")
        else:
            headline = self.tr("Review before comparing")
            detail = self.tr("Warnings: %1.")
        detail = detail.replace("%1", ", ".join(names))
        self.text.setText(f"<b>{headline}</b> — {detail}")
        self.setAccessibleName(f"{headline}. {detail}")
        colours = {
            Verdict.INCONSISTENT: ("#fdecea", "#8e1b1b", "#c62828"),
            Verdict.REVIEW: ("#fff4e0", "#6d4100", "#b26a00"),
        }[report.verdict]
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(colours[0]))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colours[1]))
        self.setPalette(palette)
        self.text.setPalette(palette)
        self.setStyleSheet(
            f"QFrame#verdictBanner {{ background: {colours[0]}; border: 2px solid {colours[2]};"
            " border-radius: 3px; }"
            f" QLabel {{ color: {colours[1]}; background: transparent; }}"
        )
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.report is not None:
            self.show_report(self.report)
        super().changeEvent(event)


class PaneColumn(QWidget):
    """A caption, a link toggle, the banner and the image pane, stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.second_caption = QLabel(self)  # the follow-up's caption in the one-pane modes, on the right
        self.second_caption.setTextFormat(Qt.TextFormat.RichText)
        self.second_caption.setWordWrap(True)
        self.second_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.second_caption.hide()
        self.link = QToolButton(self)
        self.link.setCheckable(True)
        self.link.setChecked(True)
        self.link.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.subject = ""  # the photo's short caption, so each link switch says whose it is
        self.pane = ImagePane(self)
        # The banner lies over the top of the photo (where the eye falls) without shrinking the pane, so
        # linked panes keep the same size and their zoom stays comparable.
        self.banner = Banner(self.pane)
        self.pane.installEventFilter(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.second_caption, 1)
        top.addWidget(self.link, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.pane, 1)
        self.link.toggled.connect(self._update_link_text)
        self._update_link_text()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.pane and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place_banner()
        return False

    def place_banner(self) -> None:
        width = max(100, self.pane.width() - 16)
        # The banner's own layout answers for its margins, icon and spacing, so the wrapped verdict is never
        # cut off (a longer Dutch or Danish sentence takes another line).
        height = self.banner.heightForWidth(width)
        self.banner.setGeometry(8, 8, width, max(height, self.banner.minimumSizeHint().height()))

    def _update_link_text(self) -> None:
        linked = self.link.isChecked()
        self.link.setText(self.tr("Linked") if linked else self.tr("Unlinked"))
        self.link.setToolTip(
            self.tr("Zoom and pan follow the other photos. Click to move this photo on its own.")
            if linked
            else self.tr("This photo zooms and pans on its own. Click to link it to the others again.")
        )
        self.link.setAccessibleName(
            self.tr("Link zoom and pan of %1 with the other photos").replace("%1", self.subject)
            if self.subject
            else self.tr("Link zoom and pan with the other photos")
        )
        self.pane.setAccessibleDescription(
            self.tr(
                "Plus and minus zoom, 0 fits the photo, 1 shows it at 100 %, the arrow keys pan; "
                "in the slider, Shift with the left and right arrows moves the divider."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_link_text()
            QTimer.singleShot(0, self.place_banner)  # once the banner has its text in the new language
        super().changeEvent(event)


class CompareView(QWidget):
    """Baseline and up to three follow-ups of one view; the modes, the aligned switch, and the findings."""

    mode_changed = Signal(str)

    def __init__(
        self, runner: OperationRunner | None = None, settings=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner if runner is not None else OperationRunner(self)
        self.settings = settings
        self.time_points: list[TimePoint] = []
        self._layers: list[Layer] = []  # one per time point, previews loaded once
        self.mode = ComparisonMode(settings.get("compare/mode")) if settings else ComparisonMode.SIDE_BY_SIDE
        self.aligned = bool(settings.get("compare/aligned")) if settings else True
        self.follow_up_index = 1  # the follow-up used by the one-pane modes and the findings panel
        self.toggle_shows_follow_up = False
        self.shared_state = ViewState()
        self.columns: list[PaneColumn] = []
        self._splitter_placed = False

        self._build_toolbar()
        self.columns_host = QWidget(self)
        self.columns_host.addAction(self.flip_action)
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.setSpacing(4)
        self.findings = FindingsPanel(self)
        self.change_panel = ChangePanel(self)
        self.change_panel.overlay_toggled.connect(lambda _shown: self._show_change())
        # Asks for a follow-up's change: (time point index, done(change), failed(error)); set by the window's
        # owner, which knows the library. None: the change is not measured (files outside a library).
        self.change_requester: Callable[[int, Callable, Callable], None] | None = None
        self.overlay_full_scale = 5.0  # EI at full colour: the policy's [change] overlay_redness_full
        self.lower = QSplitter(Qt.Orientation.Horizontal, self)
        self.recovery_chart = RecoveryChart(self)
        self.change_tabs = QTabWidget(self)
        self.change_tabs.addTab(self.change_panel, "")
        self.change_tabs.addTab(self.recovery_chart, "")
        self.lower.addWidget(self.findings)
        self.lower.addWidget(self.change_tabs)
        self.lower.setStretchFactor(0, 3)
        self.lower.setStretchFactor(1, 2)
        self.lower.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.columns_host)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self.findings.setMinimumHeight(140)
        self.toolbar.setStyleSheet(
            "QToolButton { padding: 3px 8px; }"
            " QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border: 1px solid palette(dark); border-radius: 3px; font-weight: 600; }"
        )
        self.retranslate_ui()

    # -- toolbar ---------------------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        self.toolbar = QWidget(self)
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_buttons: dict[ComparisonMode, QToolButton] = {}
        self.mode_actions: dict[ComparisonMode, QAction] = {}
        for mode in ComparisonMode:
            button = QToolButton(self.toolbar)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _checked=False, mode=mode: self.set_mode(mode))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            bar.addWidget(button)
            action = QAction(self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(MODE_SHORTCUTS[mode]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, mode=mode: self.set_mode(mode))
            self.addAction(action)
            self.mode_actions[mode] = action
        bar.addSpacing(12)
        self.follow_up_label = QLabel(self.toolbar)
        self.follow_up_combo = QComboBox(self.toolbar)
        self.follow_up_combo.currentIndexChanged.connect(self._follow_up_chosen)
        self.follow_up_label.setBuddy(self.follow_up_combo)
        bar.addWidget(self.follow_up_label)
        bar.addWidget(self.follow_up_combo)
        self.opacity_label = QLabel(self.toolbar)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal, self.toolbar)
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setValue(
            int(self.settings.get("compare/overlay_opacity")) if self.settings else 50
        )
        self.opacity_slider.setFixedWidth(140)
        self.opacity_slider.valueChanged.connect(self._opacity_changed)
        self.opacity_label.setBuddy(self.opacity_slider)
        bar.addWidget(self.opacity_label)
        bar.addWidget(self.opacity_slider)
        bar.addStretch(1)
        self.aligned_action = self._action(self.set_aligned, ALIGNED_SHORTCUT, checkable=True)
        self.aligned_action.setChecked(self.aligned)
        self.aligned_button = QToolButton(self.toolbar)
        self.aligned_button.setDefaultAction(self.aligned_action)
        bar.addWidget(self.aligned_button)
        self.zoom_in_action = self._action(lambda: self._zoom(WHEEL_STEP), *ZOOM_IN_SHORTCUTS)
        self.zoom_out_action = self._action(lambda: self._zoom(1 / WHEEL_STEP), *ZOOM_OUT_SHORTCUTS)
        self.fit_action = self._action(self.fit, FIT_SHORTCUT)
        self.one_to_one_action = self._action(self.one_to_one, ONE_TO_ONE_SHORTCUT)
        self.next_follow_up_action = self._action(lambda: self.step_follow_up(1), NEXT_FOLLOW_UP_SHORTCUT)
        self.previous_follow_up_action = self._action(
            lambda: self.step_follow_up(-1), PREVIOUS_FOLLOW_UP_SHORTCUT
        )
        self.fit_button = QToolButton(self.toolbar)
        self.fit_button.clicked.connect(self.fit)
        bar.addWidget(self.fit_button)
        self.one_to_one_button = QToolButton(self.toolbar)
        self.one_to_one_button.clicked.connect(self.one_to_one)
        bar.addWidget(self.one_to_one_button)
        # Space switches photo only while the focus is on the photos: on a focused button it presses it.
        self.flip_action = QAction(self)
        self.flip_action.setShortcut(QKeySequence(SWITCH_SHORTCUT))
        self.flip_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.flip_action.triggered.connect(self.flip)

    def _action(self, slot, *shortcuts: str, checkable: bool = False) -> QAction:
        """An action of the whole window (the menus of CompareWindow list it with its keys)."""
        action = QAction(self)
        action.setCheckable(checkable)
        action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        self.change_tabs.setTabText(0, self.tr("Change"))
        self.change_tabs.setTabText(1, self.tr("Recovery chart"))
        texts = {
            ComparisonMode.SIDE_BY_SIDE: (self.tr("Side by side"), self.tr("Photos next to each other")),
            ComparisonMode.SLIDER: (
                self.tr("Slider"),
                self.tr("Baseline left of a divider you drag, follow-up right of it"),
            ),
            ComparisonMode.OVERLAY: (
                self.tr("Overlay"),
                self.tr("The follow-up laid over the baseline, see-through"),
            ),
            ComparisonMode.TOGGLE: (self.tr("Quick toggle"), self.tr("One photo at a time; Space switches")),
        }
        for mode, (name, tip) in texts.items():
            shortcut = QKeySequence(MODE_SHORTCUTS[mode]).toString(QKeySequence.SequenceFormat.NativeText)
            self.mode_buttons[mode].setText(name)
            self.mode_buttons[mode].setToolTip(f"{tip} ({shortcut})")
            self.mode_buttons[mode].setAccessibleName(name)
            self.mode_buttons[mode].setAccessibleDescription(f"{tip} ({shortcut})")
            self.mode_actions[mode].setText(name)
            self.mode_actions[mode].setToolTip(f"{tip} ({shortcut})")
        self.follow_up_label.setText(self.tr("&Follow-up:"))
        self.follow_up_combo.setAccessibleName(self.tr("Follow-up compared with the baseline"))
        self.opacity_label.setText(self.tr("&Opacity:"))
        self.opacity_slider.setAccessibleName(self.tr("Opacity of the follow-up over the baseline"))
        self.follow_up_combo.setToolTip(
            self.tr("%1 and %2 step through the follow-ups")
            .replace("%1", _keys(NEXT_FOLLOW_UP_SHORTCUT))
            .replace("%2", _keys(PREVIOUS_FOLLOW_UP_SHORTCUT))
        )
        self.aligned_action.setText(self.tr("Aligned"))
        self.aligned_button.setAccessibleName(self.tr("Align the follow-ups on the baseline"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.fit_action.setText(self.tr("Fit"))
        self.one_to_one_action.setText(self.tr("100 %"))
        self.next_follow_up_action.setText(self.tr("Next follow-up"))
        self.previous_follow_up_action.setText(self.tr("Previous follow-up"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(
            self.tr("Show the whole photo (%1)").replace("%1", _keys("0", FIT_SHORTCUT))
        )
        self.one_to_one_button.setText(self.tr("100 %"))
        self.one_to_one_button.setToolTip(
            self.tr("One photo pixel per screen pixel (%1)").replace("%1", _keys("1", ONE_TO_ONE_SHORTCUT))
        )
        self.one_to_one_button.setAccessibleName(self.tr("Zoom to 100 per cent"))
        self.flip_action.setText(self.tr("Switch between baseline and follow-up"))
        self._update_aligned_button()
        self._refresh_follow_up_combo()
        self._update_captions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- content ---------------------------------------------------------------------------------------------

    def set_time_points(self, time_points: list[TimePoint]) -> None:
        """Show these photos (the baseline first); previews are read here, so the first paint has pixels."""
        if not time_points:
            raise ValueError("a comparison needs at least one photo")
        self.time_points = list(time_points[:MAX_TIME_POINTS])
        self._layers = []
        for point in self.time_points:
            preview = load_preview(point.photo)
            width, height = point.photo.full_size or _size_from_preview(point.photo, preview)
            self._layers.append(Layer(point.photo, preview, float(width), float(height)))
        self.follow_up_index = 1 if len(self.time_points) > 1 else 0
        self.shared_state = ViewState()
        self._refresh_follow_up_combo()
        self._update_aligned_button()
        self._rebuild()
        for index in range(1, len(self.time_points)):
            self.request_change(index)

    def set_report(self, index: int, report: PairReport | None) -> None:
        """A check finished for time point `index`: show its verdict, banner, findings and alignment, keeping
        the previews, the zoom and the mode as they are."""
        if not 0 < index < len(self.time_points):
            return
        self.time_points[index].report = report
        self._refresh_follow_up_combo()
        self._update_aligned_button()
        self._rebuild()
        self.request_change(index)

    def request_change(self, index: int) -> None:
        """Measure the change of follow-up `index` once its check is known (in the background)."""
        point = self.time_points[index] if 0 < index < len(self.time_points) else None
        if point is None or point.report is None or point.change is not None or self.change_requester is None:
            return

        def done(change, point=point) -> None:
            if isValid(self):
                point.change = change
                self._show_change()

        def failed(error: BaseException, point=point) -> None:
            if isValid(self):
                point.change_error = words.error_text(error) or type(error).__name__
                self._show_change()

        self.change_requester(index, done, failed)
        self._show_change()

    def _show_change(self) -> None:
        """The change panel for the current follow-up; the overlay on every follow-up with a change."""
        point = self.current_follow_up
        if point is None:
            self.change_panel.show_state("none")
        elif point.change is not None:
            report = point.change.report
            self.change_panel.show_state("measured" if report.comparable else "skipped", report)
        elif point.change_error:
            self.change_panel.show_state("failed", error=point.change_error)
        elif point.report is not None and self.change_requester is not None:
            self.change_panel.show_state("measuring")
        else:
            self.change_panel.show_state("none")
        self.change_panel.set_full_scale(self.overlay_full_scale)
        shown = self.change_panel.toggle.isChecked() and self.change_panel.toggle.isEnabled()
        for layer, time_point in zip(self._layers, self.time_points, strict=False):
            change_map = getattr(time_point.change, "change_map", None)
            if shown and change_map is not None:
                if layer.overlay is None:
                    full_scale = self.overlay_full_scale
                    layer.overlay = overlay_image(change_map.redness, change_map.mask, full_scale)
                    layer.overlay_to_full = matrix_transform(change_map.to_follow_up)
            else:
                layer.overlay = None
        for pane in self.panes:
            pane.update()

    def _refresh_follow_up_combo(self) -> None:
        if not hasattr(self, "follow_up_combo"):
            return
        self.follow_up_combo.blockSignals(True)
        self.follow_up_combo.clear()
        for index, point in enumerate(self.time_points[1:], start=1):
            verdict = point.report.verdict if point.report else None
            # The verdict in words next to its icon: the shape alone is not enough to read it by.
            self.follow_up_combo.addItem(
                verdict_icon(verdict), f"{self._short_caption(point)} · {words.verdict_word(verdict)}", index
            )
        self.follow_up_combo.setCurrentIndex(max(0, self.follow_up_index - 1))
        self.follow_up_combo.blockSignals(False)

    def _follow_up_chosen(self, combo_index: int) -> None:
        if combo_index < 0:
            return
        self.follow_up_index = combo_index + 1
        self._rebuild()

    @property
    def current_follow_up(self) -> TimePoint | None:
        if len(self.time_points) < 2:
            return None
        return self.time_points[self.follow_up_index]

    def _alignment_for(self, index: int) -> QTransform | None:
        point = self.time_points[index]
        if not self.aligned or point.is_baseline or point.report is None or point.report.transform is None:
            return None
        return transform_from_matrix(point.report.transform)

    def _rebuild(self) -> None:
        """Lay out the columns for the current mode and give each pane its layers."""
        if not self.time_points:
            return
        one_pane = self.mode is not ComparisonMode.SIDE_BY_SIDE and len(self.time_points) > 1
        wanted = 1 if one_pane else len(self.time_points)
        while len(self.columns) > wanted:
            column = self.columns.pop()
            self.columns_layout.removeWidget(column)
            column.hide()
            column.deleteLater()
        while len(self.columns) < wanted:
            column = PaneColumn(self.columns_host)
            column.pane.region_loader = self._load_region
            column.pane.view_changed.connect(lambda state, pane=column.pane: self._pane_moved(pane, state))
            column.pane.wipe_moved.connect(lambda _position: None)
            self.columns_layout.addWidget(column, 1)
            self.columns.append(column)
        baseline = self._layers[0]
        if one_pane:
            follow_up = self._layers[self.follow_up_index]
            alignment = self._alignment_for(self.follow_up_index)
            follow_up.to_frame = (
                alignment
                if alignment is not None
                else fit_transform(
                    follow_up.full_width, follow_up.full_height, baseline.full_width, baseline.full_height
                )
            )
            baseline.to_frame = QTransform()
            pane = self.columns[0].pane
            pane.set_layers([baseline, follow_up], baseline.full_width, baseline.full_height)
            composition = {
                ComparisonMode.SLIDER: Composition.WIPE,
                ComparisonMode.OVERLAY: Composition.OVERLAY,
                ComparisonMode.TOGGLE: Composition.SINGLE,
            }[self.mode]
            pane.set_composition(composition, 1 if self.toggle_shows_follow_up else 0)
            pane.set_opacity(self.opacity_slider.value() / 100)
            pane.set_view(self.shared_state)
            self.columns[0].banner.show_report(self.time_points[self.follow_up_index].report)
            self.columns[0].place_banner()
            self.columns[0].link.hide()
        else:
            for index, column in enumerate(self.columns):
                layer = self._layers[index]
                alignment = self._alignment_for(index)
                if alignment is not None:
                    layer.to_frame = alignment
                    column.pane.set_layers([layer], baseline.full_width, baseline.full_height)
                else:
                    layer.to_frame = QTransform()
                    column.pane.set_layers([layer], layer.full_width, layer.full_height)
                column.pane.set_composition(Composition.SINGLE)
                column.pane.set_view(self.shared_state)
                column.banner.show_report(self.time_points[index].report)
                column.place_banner()
                column.link.setVisible(len(self.columns) > 1)
        self.findings.set_report(self.current_follow_up.report if self.current_follow_up else None)
        self._show_change()
        self.findings.setVisible(len(self.time_points) > 1)
        self.change_tabs.setVisible(len(self.time_points) > 1)
        self.opacity_label.setVisible(self.mode is ComparisonMode.OVERLAY)
        self.opacity_slider.setVisible(self.mode is ComparisonMode.OVERLAY)
        several = len(self.time_points) > 2
        self.follow_up_label.setVisible(several)
        self.follow_up_combo.setVisible(several)
        for mode, button in self.mode_buttons.items():
            button.setChecked(mode is self.mode)
            button.setEnabled(mode is ComparisonMode.SIDE_BY_SIDE or len(self.time_points) > 1)
            self.mode_actions[mode].setChecked(mode is self.mode)
            self.mode_actions[mode].setEnabled(button.isEnabled())
        self.next_follow_up_action.setEnabled(several)
        self.previous_follow_up_action.setEnabled(several)
        self.flip_action.setEnabled(self.mode is ComparisonMode.TOGGLE)
        self._order_tabs()
        self._update_captions()

    def _order_tabs(self) -> None:
        """Tab in reading order: the toolbar, each photo (its link switch, then the photo), the findings."""
        previous: QWidget = self.one_to_one_button
        for column in self.columns:
            for widget in (column.link, column.pane):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.findings.table)

    def _update_captions(self) -> None:
        if not self.time_points or not self.columns:
            return
        one_pane = len(self.columns) == 1 and len(self.time_points) > 1
        if one_pane:
            column = self.columns[0]
            baseline = self.time_points[0]
            follow_up = self.time_points[self.follow_up_index]
            if self.mode is ComparisonMode.TOGGLE:
                shown = follow_up if self.toggle_shows_follow_up else baseline
                column.caption.setText(self.tr("Showing: %1").replace("%1", self._caption(shown)))
                column.second_caption.setText(
                    self.tr("Space switches to the %1").replace(
                        "%1", self.tr("baseline") if self.toggle_shows_follow_up else self.tr("follow-up")
                    )
                )
            else:
                left = self.tr("Left: %1") if self.mode is ComparisonMode.SLIDER else self.tr("Under: %1")
                right = self.tr("Right: %1") if self.mode is ComparisonMode.SLIDER else self.tr("Over: %1")
                column.caption.setText(left.replace("%1", self._caption(baseline)))
                column.second_caption.setText(right.replace("%1", self._caption(follow_up)))
            column.second_caption.show()
            column.pane.setAccessibleName(self.tr("Baseline and follow-up photos"))
        else:
            for column, point in zip(self.columns, self.time_points, strict=False):
                column.caption.setText(self._caption(point))
                column.second_caption.hide()
                column.pane.setAccessibleName(self._short_caption(point))
                column.subject = self._short_caption(point)
                column._update_link_text()

    def _short_caption(self, point: TimePoint) -> str:
        if point.is_baseline:
            # "Baseline (2 days before)"; a baseline dated after the treatment still reads "Baseline" (the
            # capture-time check says what is wrong with its date).
            if point.elapsed is not None and point.elapsed.is_before_treatment:
                return words.elapsed_label(point.elapsed)
            return words.visit_kind_name(point.kind)
        if point.elapsed is not None:
            return words.elapsed_label(point.elapsed)
        return words.visit_kind_name(point.kind)

    def _caption(self, point: TimePoint) -> str:
        parts = [
            f"<b>{self._short_caption(point)}</b>",
            words.date_text(point.captured_at),
            words.pain_text(point.pain_score),
            words.view_name(point.view),
        ]
        if not point.is_baseline:
            status = verdict_status(point.report.verdict if point.report else None)
            parts.append(
                words.verdict_word(point.report.verdict if point.report else None)
                if status
                else words.verdict_word(None)
            )
        return " · ".join(parts)

    # -- modes and switches ----------------------------------------------------------------------------------

    def set_mode(self, mode: ComparisonMode | str) -> None:
        mode = ComparisonMode(mode)
        if len(self.time_points) < 2 and mode is not ComparisonMode.SIDE_BY_SIDE:
            return
        if mode is not self.mode:
            self.mode = mode
            if self.settings is not None:
                self.settings.set("compare/mode", mode.value)
            self._rebuild()
            self.mode_changed.emit(mode.value)
        for button_mode, button in self.mode_buttons.items():
            button.setChecked(button_mode is self.mode)
            self.mode_actions[button_mode].setChecked(button_mode is self.mode)
        if self.mode is ComparisonMode.TOGGLE and self.columns:
            focused = QApplication.focusWidget()
            if focused is None or not self.columns_host.isAncestorOf(focused):
                self.columns[0].pane.setFocus()  # where Space switches photo

    def set_aligned(self, aligned: bool) -> None:
        if aligned == self.aligned:
            return
        self.aligned = aligned
        if self.settings is not None:
            self.settings.set("compare/aligned", aligned)
        self.aligned_action.setChecked(aligned)
        self._rebuild()

    def has_alignment(self) -> bool:
        return any(p.report is not None and p.report.transform is not None for p in self.time_points[1:])

    def _update_aligned_button(self) -> None:
        available = self.has_alignment()
        self.aligned_action.setEnabled(available)
        self.aligned_action.setToolTip(
            self.tr("Warp each follow-up onto the baseline with the registration from the checks (A)")
            if available
            else self.tr(
                "No alignment yet: the photos have not been checked, or they could not be registered."
            )
        )

    def step_follow_up(self, step: int) -> None:
        """The next (1) or previous (-1) follow-up, for the findings and the one-pane modes."""
        if len(self.time_points) < 3:
            return
        index = min(max(self.follow_up_index + step, 1), len(self.time_points) - 1)
        self.follow_up_combo.setCurrentIndex(index - 1)

    def flip(self) -> None:
        """Quick toggle: show the other photo."""
        if self.mode is not ComparisonMode.TOGGLE:
            return
        self.toggle_shows_follow_up = not self.toggle_shows_follow_up
        if self.columns:
            self.columns[0].pane.set_composition(Composition.SINGLE, 1 if self.toggle_shows_follow_up else 0)
        self._update_captions()

    def _opacity_changed(self, value: int) -> None:
        if self.settings is not None:
            self.settings.set("compare/overlay_opacity", int(value))
        if self.mode is ComparisonMode.OVERLAY and self.columns:
            self.columns[0].pane.set_opacity(value / 100)

    # -- zoom and pan ----------------------------------------------------------------------------------------

    @property
    def panes(self) -> list[ImagePane]:
        return [column.pane for column in self.columns]

    def _pane_moved(self, pane: ImagePane, state: ViewState) -> None:
        column = next((c for c in self.columns if c.pane is pane), None)
        if column is not None and not column.link.isChecked():
            return  # an unlinked pane moves alone
        self.shared_state = state
        for other in self.columns:
            if other.pane is not pane and other.link.isChecked():
                other.pane.set_view(state)

    def _focused_or_first_pane(self) -> ImagePane | None:
        for column in self.columns:
            if column.pane.hasFocus():
                return column.pane
        return self.columns[0].pane if self.columns else None

    def _zoom(self, factor: float) -> None:
        pane = self._focused_or_first_pane()
        if pane is not None:
            pane.zoom_by(factor)

    def fit(self) -> None:
        pane = self._focused_or_first_pane()
        if pane is not None:
            pane.fit()

    def one_to_one(self) -> None:
        pane = self._focused_or_first_pane()
        if pane is not None:
            pane.one_to_one()

    def _load_region(self, photo: PhotoImage, region: QRectF, scale: float, is_current, arrived) -> None:
        def work(_progress):
            return decode_region(photo.original_path, region, scale, is_current, photo.rotation)

        def done(result) -> None:
            if result is not None and isValid(self):
                arrived(*result)

        def failed(_error: BaseException) -> None:
            pass  # the preview stays on screen; a photo that cannot be decoded was reported at import

        self.runner.run_parallel("decode region", work, done, failed)

    def sizeHint(self) -> QSize:
        return QSize(1200, 800)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._splitter_placed and self.height() > 400:
            # A third of the height for the findings: a dozen checks readable without scrolling much.
            total = self.splitter.height()
            self.splitter.setSizes([int(total * 0.66), total - int(total * 0.66)])
            self._splitter_placed = True


def _keys(*shortcuts: str) -> str:
    return ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in shortcuts)


def _size_from_preview(photo: PhotoImage, preview: QImage) -> tuple[int, int]:
    try:
        return oriented_size(photo.original_path, photo.rotation)
    except Exception:  # the original is unreadable: the preview's own size keeps the view usable
        return preview.width(), preview.height()


class CompareWindow(QMainWindow):
    """A window holding one comparison; several can be open at once."""

    def __init__(
        self,
        runner: OperationRunner | None = None,
        settings=None,
        parent: QWidget | None = None,
        title: str = "",
        export_sheet: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._title = title
        self.view = CompareView(runner, settings, self)
        self.setCentralWidget(self.view)
        self.close_action = QAction(self)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
        keys += [QKeySequence(key) for key in CLOSE_SHORTCUTS if QKeySequence(key) not in keys]
        self.close_action.setShortcuts(keys)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence(EXPORT_SHORTCUT))
        self.export_action.setVisible(export_sheet is not None)
        if export_sheet is not None:
            self.export_action.triggered.connect(lambda _checked=False: export_sheet())
        self.addAction(self.export_action)
        self._build_menus()
        self.retranslate_ui()
        self.resize(1280, 860)

    def _build_menus(self) -> None:
        """Every action of the comparison in the menu bar, with its keys: found without knowing them."""
        view = self.view
        self.comparison_menu = self.menuBar().addMenu("")
        self.comparison_menu.addAction(self.export_action)
        self.comparison_menu.addSeparator()
        self.comparison_menu.addAction(self.close_action)
        self.view_menu = self.menuBar().addMenu("")
        for items in (
            list(view.mode_actions.values()),
            [view.aligned_action, view.flip_action],
            [view.zoom_in_action, view.zoom_out_action, view.fit_action, view.one_to_one_action],
            [view.next_follow_up_action, view.previous_follow_up_action],
        ):
            self.view_menu.addActions(items)
            self.view_menu.addSeparator()

    def retranslate_ui(self) -> None:
        base = self.tr("Comparison")
        self.setWindowTitle(f"{base} — {self._title}" if self._title else base)
        self.comparison_menu.setTitle(self.tr("&Comparison"))
        self.view_menu.setTitle(self.tr("&View"))
        self.export_action.setText(self.tr("&Export sheet…"))
        self.close_action.setText(self.tr("&Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
