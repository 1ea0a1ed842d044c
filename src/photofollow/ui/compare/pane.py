"""One image area of the comparison: paints one or two photos with zoom and pan, as a wipe or a ghost overlay.

Coordinates: each pane shows a *frame* (the baseline's pixel grid when aligned, else its own photo's); a
`ViewState` says how far it is zoomed (1 = the frame fits) and which point of the frame, as fractions of its
width and height, sits in the middle. Synchronising panes is copying their `ViewState`, so photos of different
sizes still follow each other. Each `Layer` maps its photo's full-resolution pixels onto the frame (identity,
a fit, or the registration transform) and paints the cached preview, then the sharper region of the original
once it has been decoded for the current zoom.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen, QTransform, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from photofollow.ui.compare.images import PhotoImage

MIN_ZOOM = 0.25
MAX_ZOOM = 64.0
WHEEL_STEP = 1.25
KEY_PAN_SHARE = 0.1  # an arrow key moves a tenth of what is visible
HIRES_DELAY_MS = 120  # decode the original once zooming or panning pauses
HIRES_MARGIN = 0.25  # decode a quarter more on each side so small pans stay sharp
BACKGROUND = QColor("#262626")


@dataclass(frozen=True, slots=True)
class ViewState:
    zoom: float = 1.0  # 1 = the frame fits the pane
    center_x: float = 0.5  # the frame point in the pane's middle, as fractions of the frame
    center_y: float = 0.5


class Composition(enum.Enum):
    SINGLE = "single"  # the layer `shown` only
    WIPE = "wipe"  # layer 0 left of the divider, layer 1 right of it
    OVERLAY = "overlay"  # layer 1 over layer 0 at `opacity`


# A loader decodes `region` of a photo at `scale` off the GUI thread, then calls back (image, covered rect).
RegionLoader = Callable[
    [PhotoImage, QRectF, float, Callable[[], bool], Callable[[QImage, QRectF], None]], None
]


@dataclass(eq=False)
class Layer:
    photo: PhotoImage
    preview: QImage
    full_width: float
    full_height: float
    to_frame: QTransform = field(default_factory=QTransform)  # full-resolution pixels -> frame
    patch: QImage | None = None  # a sharper region of the original
    patch_rect: QRectF = field(default_factory=QRectF)  # where it lies, in full-resolution pixels
    patch_scale: float = 0.0
    wanted: int = 0  # generation of the latest region request: older answers are dropped
    overlay: QImage | None = None  # the change drawn over this photo (change_overlay), or None
    overlay_to_full: QTransform = field(default_factory=QTransform)  # overlay pixels -> full-resolution

    @property
    def full_rect(self) -> QRectF:
        return QRectF(0, 0, self.full_width, self.full_height)

    @property
    def preview_density(self) -> float:
        """Preview pixels per full-resolution pixel."""
        return self.preview.width() / self.full_width if self.full_width else 1.0

    def drop_patch(self) -> None:
        self.patch = None
        self.patch_rect = QRectF()
        self.patch_scale = 0.0


def transform_scale(transform: QTransform) -> float:
    return math.sqrt(abs(transform.m11() * transform.m22() - transform.m12() * transform.m21())) or 1.0


class ImagePane(QWidget):
    """Paints its layers in the current composition; user zoom and pan come out as `view_changed`."""

    view_changed = Signal(object)  # ViewState, after the user zoomed or panned this pane
    wipe_moved = Signal(float)
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.layers: list[Layer] = []
        self.frame_width = 1.0
        self.frame_height = 1.0
        self.state = ViewState()
        self.composition = Composition.SINGLE
        self.shown = 0
        self.opacity = 0.5
        self.wipe = 0.5  # the divider, as a fraction of the pane's width
        self.region_loader: RegionLoader | None = None
        self.first_paint_at: float | None = None
        self._drag_start: QPointF | None = None
        self._drag_state: ViewState | None = None
        self._dragging_wipe = False
        self._hires_timer = QTimer(self)
        self._hires_timer.setSingleShot(True)
        self._hires_timer.setInterval(HIRES_DELAY_MS)
        self._hires_timer.timeout.connect(self.request_sharper)

    # -- content ---------------------------------------------------------------------------------------------

    def set_layers(self, layers: list[Layer], frame_width: float, frame_height: float) -> None:
        self.layers = layers
        self.frame_width = max(1.0, frame_width)
        self.frame_height = max(1.0, frame_height)
        self.update()
        self._hires_timer.start()

    def set_composition(self, composition: Composition, shown: int = 0) -> None:
        self.composition = composition
        self.shown = shown
        self.update()
        self._hires_timer.start()

    def set_opacity(self, opacity: float) -> None:
        self.opacity = max(0.0, min(1.0, opacity))
        self.update()

    def set_wipe(self, position: float) -> None:
        self.wipe = max(0.0, min(1.0, position))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    # -- geometry --------------------------------------------------------------------------------------------

    def fit_scale(self) -> float:
        return min(self.width() / self.frame_width, self.height() / self.frame_height)

    def scale(self) -> float:
        return self.fit_scale() * self.state.zoom

    def frame_to_widget(self, state: ViewState | None = None) -> QTransform:
        state = state or self.state
        s = self.fit_scale() * state.zoom
        transform = QTransform()
        transform.translate(self.width() / 2, self.height() / 2)
        transform.scale(s, s)
        transform.translate(-state.center_x * self.frame_width, -state.center_y * self.frame_height)
        return transform

    def widget_to_frame(self, point: QPointF) -> QPointF:
        inverted, ok = self.frame_to_widget().inverted()
        return inverted.map(point) if ok else QPointF()

    def one_to_one_zoom(self) -> float:
        """The zoom at which one pixel of the first layer's photo is one pixel of the screen."""
        layer_scale = transform_scale(self.layers[0].to_frame) if self.layers else 1.0
        ratio = self.devicePixelRatioF() or 1.0
        return 1.0 / (ratio * layer_scale * self.fit_scale())

    def visible_layers(self) -> list[Layer]:
        if not self.layers:
            return []
        if self.composition is Composition.SINGLE:
            return [self.layers[min(self.shown, len(self.layers) - 1)]]
        return self.layers[:2]

    # -- view changes ----------------------------------------------------------------------------------------

    def set_view(self, state: ViewState) -> bool:
        """Show `state` (from a synchronised pane or a button) without announcing it again; False when
        the view was already that."""
        state = _clamped(state)
        if state == self.state:
            return False
        self.state = state
        self.update()
        self._hires_timer.start()
        return True

    def _user_view(self, state: ViewState) -> None:
        if self.set_view(state):
            self.view_changed.emit(self.state)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        frame_point = self.widget_to_frame(anchor)
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.state.zoom * factor))
        s = self.fit_scale() * zoom
        # Keep the frame point under the anchor where it is.
        center_x = frame_point.x() - (anchor.x() - self.width() / 2) / s
        center_y = frame_point.y() - (anchor.y() - self.height() / 2) / s
        self._user_view(ViewState(zoom, center_x / self.frame_width, center_y / self.frame_height))

    def fit(self) -> None:
        self._user_view(ViewState())

    def one_to_one(self) -> None:
        self._user_view(replace(self.state, zoom=self.one_to_one_zoom()))

    def pan_by_pixels(self, dx: float, dy: float) -> None:
        s = self.scale()
        self._user_view(
            replace(
                self.state,
                center_x=self.state.center_x - dx / s / self.frame_width,
                center_y=self.state.center_y - dy / s / self.frame_height,
            )
        )

    # -- input -----------------------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(WHEEL_STEP**steps, event.position())
        event.accept()

    def _near_divider(self, x: float) -> bool:
        return self.composition is Composition.WIPE and abs(x - self.wipe * self.width()) <= 8

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            if self._near_divider(event.position().x()):
                self._dragging_wipe = True
            else:
                self._drag_start = event.position()
                self._drag_state = self.state
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging_wipe:
            self.set_wipe(event.position().x() / max(1, self.width()))
            self.wipe_moved.emit(self.wipe)
        elif self._drag_start is not None and self._drag_state is not None:
            delta = event.position() - self._drag_start
            s = self.fit_scale() * self._drag_state.zoom
            self._user_view(
                replace(
                    self._drag_state,
                    center_x=self._drag_state.center_x - delta.x() / s / self.frame_width,
                    center_y=self._drag_state.center_y - delta.y() / s / self.frame_height,
                )
            )
        elif self._near_divider(event.position().x()):
            self.setCursor(Qt.CursorShape.SplitHCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_start = None
        self._drag_state = None
        self._dragging_wipe = False
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.state.zoom == 1.0:
            self.zoom_by(self.one_to_one_zoom() / self.state.zoom, event.position())
        else:
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        visible_w = self.width()
        visible_h = self.height()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(WHEEL_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / WHEEL_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_1 and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.one_to_one()
        elif (
            key == Qt.Key.Key_Left
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and self.composition is Composition.WIPE
        ):
            self.set_wipe(self.wipe - 0.05)
            self.wipe_moved.emit(self.wipe)
        elif (
            key == Qt.Key.Key_Right
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and self.composition is Composition.WIPE
        ):
            self.set_wipe(self.wipe + 0.05)
            self.wipe_moved.emit(self.wipe)
        elif key == Qt.Key.Key_Left:
            self.pan_by_pixels(visible_w * KEY_PAN_SHARE, 0)
        elif key == Qt.Key.Key_Right:
            self.pan_by_pixels(-visible_w * KEY_PAN_SHARE, 0)
        elif key == Qt.Key.Key_Up:
            self.pan_by_pixels(0, visible_h * KEY_PAN_SHARE)
        elif key == Qt.Key.Key_Down:
            self.pan_by_pixels(0, -visible_h * KEY_PAN_SHARE)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._hires_timer.start()

    # -- painting --------------------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        to_widget = self.frame_to_widget()
        visible = self.visible_layers()
        if visible:
            if self.composition is Composition.WIPE and len(visible) == 2:
                divider = self.wipe * self.width()
                painter.save()
                painter.setClipRect(QRectF(0, 0, divider, self.height()))
                self._paint_layer(painter, visible[0], to_widget)
                painter.restore()
                painter.save()
                painter.setClipRect(QRectF(divider, 0, self.width() - divider, self.height()))
                self._paint_layer(painter, visible[1], to_widget)
                painter.restore()
                self._paint_divider(painter, divider)
            elif self.composition is Composition.OVERLAY and len(visible) == 2:
                self._paint_layer(painter, visible[0], to_widget)
                painter.setOpacity(self.opacity)
                self._paint_layer(painter, visible[1], to_widget)
                painter.setOpacity(1.0)
            else:
                self._paint_layer(painter, visible[0], to_widget)
        if self.hasFocus():
            painter.resetTransform()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
        if self.first_paint_at is None and self.layers:
            self.first_paint_at = time.perf_counter()
        self.painted.emit()

    def _paint_layer(self, painter: QPainter, layer: Layer, to_widget: QTransform) -> None:
        painter.setTransform(layer.to_frame * to_widget)
        painter.drawImage(layer.full_rect, layer.preview, QRectF(layer.preview.rect()))
        if layer.patch is not None and not layer.patch.isNull():
            painter.drawImage(layer.patch_rect, layer.patch, QRectF(layer.patch.rect()))
        if layer.overlay is not None:
            from photofollow.ui.compare.change_overlay import paint_overlay

            paint_overlay(painter, layer.overlay, layer.overlay_to_full, layer.to_frame * to_widget)
        painter.resetTransform()

    def _paint_divider(self, painter: QPainter, x: float) -> None:
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(0, 0, 0, 160), 4))
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        handle = QRectF(x - 9, self.height() / 2 - 18, 18, 36)
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(QColor(0, 0, 0, 160), 1))
        painter.drawRoundedRect(handle, 5, 5)
        painter.setPen(QPen(QColor("#444"), 1.5))
        for dx in (-3, 3):
            painter.drawLine(QPointF(x + dx, handle.top() + 10), QPointF(x + dx, handle.bottom() - 10))

    # -- sharper pixels as you zoom --------------------------------------------------------------------------

    def request_sharper(self) -> None:
        """Ask for the visible region of each photo at screen resolution when the preview is too coarse."""
        if self.region_loader is None or not self.isVisible():
            return
        to_widget = self.frame_to_widget()
        ratio = self.devicePixelRatioF() or 1.0
        for layer in self.visible_layers():
            layer_to_widget = layer.to_frame * to_widget
            needed = transform_scale(layer_to_widget) * ratio  # screen pixels per photo pixel
            if needed <= layer.preview_density * 1.15:
                if layer.patch is not None:
                    layer.drop_patch()  # zoomed back out: the preview is enough, free the memory
                    layer.wanted += 1
                continue
            inverted, ok = layer_to_widget.inverted()
            if not ok:
                continue
            visible = inverted.mapRect(QRectF(self.rect())).intersected(layer.full_rect)
            if visible.isEmpty():
                continue
            scale = min(1.0, needed)
            if (
                layer.patch is not None
                and layer.patch_rect.contains(visible)
                and layer.patch_scale >= scale * 0.95
            ):
                continue
            margin_x = visible.width() * HIRES_MARGIN
            margin_y = visible.height() * HIRES_MARGIN
            region = visible.adjusted(-margin_x, -margin_y, margin_x, margin_y).intersected(layer.full_rect)
            region = QRectF(
                math.floor(region.x()),
                math.floor(region.y()),
                math.ceil(region.width()),
                math.ceil(region.height()),
            )
            layer.wanted += 1
            generation = layer.wanted

            def is_current(layer=layer, generation=generation) -> bool:
                return layer.wanted == generation

            def arrived(
                image: QImage, covered: QRectF, layer=layer, generation=generation, scale=scale
            ) -> None:
                if layer.wanted != generation or image.isNull():
                    return
                layer.patch = image
                layer.patch_rect = covered
                layer.patch_scale = scale
                self.update()

            self.region_loader(layer.photo, region, scale, is_current, arrived)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._hires_timer.start()


def _clamped(state: ViewState) -> ViewState:
    return ViewState(
        zoom=max(MIN_ZOOM, min(MAX_ZOOM, state.zoom)),
        center_x=max(0.0, min(1.0, state.center_x)),
        center_y=max(0.0, min(1.0, state.center_y)),
    )
