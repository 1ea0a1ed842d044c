"""A patient's treatments as timelines: visits in columns, views in rows, a thumbnail and verdict per cell.

Visits are labelled "Baseline", "Day 3", "Week 2" with their pain score; photos dropped on a visit are
imported into it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QPainter,
    QPen,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from photofollow.domain.checks import PairReport
from photofollow.domain.model import Photo, View, VisitKind
from photofollow.domain.protocols import DEFAULT_PROTOCOLS
from photofollow.domain.timing import time_since_treatment
from photofollow.reporting import words
from photofollow.services.records import PatientRecord, TreatmentRecord, VisitRecord
from photofollow.ui.assessment_panel import assessment_glance, treatment_course
from photofollow.ui.icons import paint_status, verdict_status
from photofollow.ui.recovery_chart import TreatmentRecovery

THUMB_SIDE = 132


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def visit_label(record: VisitRecord, treatment_record: TreatmentRecord) -> str:
    """ "Baseline" for a baseline visit, otherwise the time since treatment of the visit ("Day 3")."""
    if record.visit.kind is VisitKind.BASELINE:
        return words.visit_kind_name(VisitKind.BASELINE)
    return words.elapsed_label(
        time_since_treatment(record.visit.visited_at, treatment_record.treatment.performed_at)
    )


def show_record_menu(widget: QWidget, record, edit_text: str, edit_signal, event) -> None:
    """A visit's or treatment's context menu: its Edit action, then what the window adds (menu_requested)."""
    from PySide6.QtWidgets import QMenu

    menu = QMenu(widget)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.addAction(edit_text).triggered.connect(lambda _checked=False: edit_signal.emit(record))
    widget.menu_requested.emit(record, menu)
    mouse = event.reason() == event.Reason.Mouse
    menu.popup(event.globalPos() if mouse else widget.mapToGlobal(widget.rect().center()))


class PhotoThumb(QAbstractButton):
    """A photo's thumbnail with its verdict badge (a shape) and the verdict in words underneath.

    Painted by itself with a fixed size: a timeline holds dozens of them, and a plain widget lays out and
    paints in a fraction of the time a styled tool button takes.
    """

    TEXT_HEIGHT = 20
    view_change_requested = Signal(object, object)  # Photo, View
    menu_requested = Signal(object, object)  # Photo, QMenu: the window adds its corrections before it shows

    def __init__(self, photo: Photo, baseline: bool, parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.photo = photo
        self.baseline = baseline
        self.report: PairReport | None = None
        self.checked = bool(note)  # True once a check ran (or cannot run: no baseline of this view)
        self.note = note
        self.image: QImage | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedSize(self.sizeHint())
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(THUMB_SIDE + 8, THUMB_SIDE + 8 + self.TEXT_HEIGHT)

    def set_image(self, image: QImage) -> None:
        if image.width() > THUMB_SIDE or image.height() > THUMB_SIDE:
            # Scaled once here, not on every paint (callers normally hand over an image that already fits).
            image = image.scaled(
                THUMB_SIDE,
                THUMB_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image = image
        self.update()

    def set_report(self, report: PairReport | None, note: str = "") -> None:
        self.report = report
        self.checked = True
        self.note = note
        self.refresh()

    def status_text(self) -> str:
        if self.baseline:
            return words.visit_kind_name(VisitKind.BASELINE)
        if self.report is not None:
            return words.verdict_word(self.report.verdict)
        if self.checked and self.note:
            return self.note
        return words.verdict_word(None)

    def refresh(self) -> None:
        view = words.view_name(self.photo.view)
        status = self.status_text()
        # The row already names the view; the thumbnail says what matters about this photo.
        self.setText(status)
        self.setAccessibleName(f"{view}: {status}")
        self.setToolTip(
            f"{self.photo.original_name}\n{view}\n"
            + (words.verdict_sentence(self.report.verdict) if self.report else status)
        )
        self.setAccessibleDescription(
            self.tr(
                "Enter opens the comparison. Shift+F10 or the Menu key files the photo under another view."
            )
        )
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = QRectF(4, 4, THUMB_SIDE, THUMB_SIDE)
        if self.isDown() or self.underMouse():
            painter.fillRect(self.rect(), self.palette().midlight())
        painter.fillRect(frame, QColor("#d9d9d9"))
        image = self.image
        if image is not None and not image.isNull():
            painter.drawImage(
                int(frame.x()) + (THUMB_SIDE - image.width()) // 2,
                int(frame.y()) + (THUMB_SIDE - image.height()) // 2,
                image,
            )
        if not self.baseline:
            badge = QRectF(frame.right() - 30, frame.top() + 4, 26, 26)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawEllipse(badge.adjusted(-2, -2, 2, 2))
            paint_status(painter, badge, verdict_status(self.report.verdict) if self.report else None)
        painter.setPen(self.palette().windowText().color())
        text_rect = QRectF(0, frame.bottom() + 2, self.width(), self.TEXT_HEIGHT)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignCenter,
            painter.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width()),
        )
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        if event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # The window system turns the Menu key into a context menu event; Shift+F10 only on Windows.
            self.show_view_menu(self.mapToGlobal(self.rect().center()))
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        """Right-click or the Menu key: file the photo under another view (a wrong view misleads checks)."""
        mouse = event.reason() == event.Reason.Mouse
        self.show_view_menu(event.globalPos() if mouse else self.mapToGlobal(self.rect().center()))

    def show_view_menu(self, position: QPoint):
        """The views to file this photo under, the current one ticked and highlighted for the arrow keys."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setTitle(self.tr("Change view"))
        title = menu.addAction(self.tr("File this photo as:"))
        title.setEnabled(False)
        current = None
        for view in View:
            action = menu.addAction(words.view_name(view))
            action.setCheckable(True)
            action.setChecked(view == self.photo.view)
            action.triggered.connect(
                lambda _checked=False, view=view: self.view_change_requested.emit(self.photo, view)
            )
            if view == self.photo.view:
                current = action
        self.menu_requested.emit(self.photo, menu)
        menu.popup(position)
        menu.setActiveAction(current)
        return menu

    def enterEvent(self, event) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self.update()
        super().leaveEvent(event)


class VisitHeader(QFrame):
    """A visit's label, date, pain score and symptom count, with its edit button; a drop target for photos."""

    edit_requested = Signal(object)  # VisitRecord
    files_dropped = Signal(object, list)  # VisitRecord, [Path]
    assess_requested = Signal(object)  # VisitRecord (a follow-up)
    menu_requested = Signal(object, object)  # VisitRecord, QMenu

    def __init__(self, record: VisitRecord, treatment_record: TreatmentRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.record = record
        self.treatment_record = treatment_record
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("visitHeader")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.record))
        # A follow-up's assessment at a glance (GAIS and tier), and the way to record it.
        self.assessment_label = QLabel(self)
        self.assessment_label.setTextFormat(Qt.TextFormat.RichText)
        self.assessment_label.setWordWrap(True)
        self.assess_button = QPushButton(self)
        self.assess_button.clicked.connect(lambda: self.assess_requested.emit(self.record))
        follow_up = record.visit.kind is VisitKind.FOLLOW_UP
        self.assessment_label.setVisible(follow_up)
        self.assess_button.setVisible(follow_up)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.assessment_label)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.assess_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(THUMB_SIDE + 24)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        visit = self.record.visit
        label = visit_label(self.record, self.treatment_record)
        self.title.setText(f"<b>{label}</b>")
        lines = [words.date_text(visit.visited_at), words.pain_text(visit.pain_score)]
        if self.record.symptoms:
            lines.append(
                self.tr("%n symptom entries", None, len(self.record.symptoms))
                if len(self.record.symptoms) != 1
                else self.tr("1 symptom entry")
            )
        self.details.setText("\n".join(lines))
        self.edit_button.setText(self.tr("Edit visit…"))
        self.edit_button.setAccessibleName(self.tr("Edit visit %1").replace("%1", label))
        glance = assessment_glance(self.record.assessment)
        self.assessment_label.setText(glance)
        self.assess_button.setText(self.tr("Assess…"))
        self.assess_button.setAccessibleName(self.tr("Assess follow-up %1").replace("%1", label))
        if self.record.visit.kind is VisitKind.FOLLOW_UP:
            lines.append(QTextDocumentFragment.fromHtml(glance).toPlainText())
        self.setAccessibleName(f"{label}, {', '.join(lines)}")
        self.setToolTip(self.tr("Drop photos here to import them into this visit."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def contextMenuEvent(self, event) -> None:
        """Right-click or the Menu key on a visit: edit it, and the window's corrections of it."""
        show_record_menu(self, self.record, self.tr("Edit visit…"), self.edit_requested, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()
            self.setStyleSheet("QFrame#visitHeader { border: 2px solid palette(highlight); }")

    def dragLeaveEvent(self, event) -> None:
        self.setStyleSheet("")

    def dropEvent(self, event: QDropEvent) -> None:
        self.setStyleSheet("")
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(self.record, paths)


class TreatmentTimeline(QGroupBox):
    """One treatment: its visits left to right, one row of thumbnails per view."""

    edit_treatment_requested = Signal(object)  # TreatmentRecord
    new_visit_requested = Signal(object)  # TreatmentRecord
    edit_visit_requested = Signal(object)  # VisitRecord
    compare_requested = Signal(
        object, object, object
    )  # TreatmentRecord, View, Photo | None (the clicked one)
    files_dropped = Signal(object, list)  # VisitRecord, [Path]
    view_change_requested = Signal(object, object)  # Photo, View
    assess_requested = Signal(object)  # VisitRecord
    menu_requested = Signal(object, object)  # Photo, VisitRecord or TreatmentRecord; QMenu
    recovery_wanted = Signal(object)  # TreatmentTimeline: its recovery chart wants (new) data

    def __init__(
        self, record: TreatmentRecord, parent: QWidget | None = None, protocols: Mapping | None = None
    ) -> None:
        super().__init__(parent)
        self.protocols = protocols  # the clinic's views per area (its policy), else the defaults
        self.record = record
        self.thumbs: dict[int, PhotoThumb] = {}
        self.headers: list[VisitHeader] = []
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(lambda: self.edit_treatment_requested.emit(self.record))
        self.new_visit_button = QPushButton(self)
        self.new_visit_button.clicked.connect(lambda: self.new_visit_requested.emit(self.record))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.new_visit_button)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.view_labels: list[tuple[QLabel, QPushButton, View]] = []
        self.empty_label: QLabel | None = None
        self.missing_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        self._build_grid()
        # The recovery chart (issue 15): views with a baseline and at least one follow-up photo.
        self.recovery: TreatmentRecovery | None = None
        charted = self.recovery_views()
        if charted:
            self.recovery = TreatmentRecovery(charted, self)
            self.recovery.view_chosen.connect(lambda _view: self.recovery_wanted.emit(self))
            self.recovery.shown.connect(lambda shown: self.recovery_wanted.emit(self) if shown else None)
            layout.addWidget(self.recovery)
        self.retranslate_ui()

    def recovery_views(self) -> list[View]:
        """The views whose recovery can be charted: a baseline photo and a follow-up photo of the view."""
        return [
            view
            for view in self.views()
            if self.record.baseline_photo(view) is not None
            and any(
                visit.visit.kind is VisitKind.FOLLOW_UP and visit.photos_of_view(view)
                for visit in self.record.visits
            )
        ]

    def views(self) -> list[View]:
        """The views shown: the clinic's protocol order for the area first, then any other view a visit has."""
        present = {photo.view for visit in self.record.visits for photo in visit.photos}
        protocols = self.protocols if self.protocols is not None else DEFAULT_PROTOCOLS
        protocol = protocols.get(self.record.treatment.area, ())
        ordered = [view for view in protocol if view in present]
        ordered += sorted(present - set(ordered), key=lambda view: list(View).index(view))
        return ordered

    def _build_grid(self) -> None:
        visits = sorted(
            self.record.visits, key=lambda r: (r.visit.kind is not VisitKind.BASELINE, r.visit.visited_at)
        )
        for column, visit in enumerate(visits, start=1):
            header = VisitHeader(visit, self.record, self)
            header.edit_requested.connect(self.edit_visit_requested)
            header.files_dropped.connect(self.files_dropped)
            header.assess_requested.connect(self.assess_requested)
            header.menu_requested.connect(self.menu_requested)
            self.grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignTop)
            self.headers.append(header)
        if not visits:
            self.empty_label = QLabel(self)
            self.empty_label.setWordWrap(True)
            self.grid.addWidget(self.empty_label, 0, 0, 1, 2)
            return
        for row, view in enumerate(self.views(), start=1):
            name = QLabel(self)
            compare = QPushButton(self)
            compare.clicked.connect(
                lambda _checked=False, view=view: self.compare_requested.emit(self.record, view, None)
            )
            cell = QVBoxLayout()
            cell.addWidget(name)
            cell.addWidget(compare)
            cell.addStretch(1)
            self.grid.addLayout(cell, row, 0)
            self.view_labels.append((name, compare, view))
            for column, visit in enumerate(visits, start=1):
                photos = visit.photos_of_view(view)
                if not photos:
                    missing = QLabel(self)
                    missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    missing.setMinimumSize(THUMB_SIDE, THUMB_SIDE // 2)
                    missing.setEnabled(False)
                    self.grid.addWidget(missing, row, column)
                    self.missing_labels.append(missing)
                    continue
                cell = QGridLayout()
                cell.setSpacing(2)
                is_baseline = visit.visit.kind is VisitKind.BASELINE
                no_baseline = not is_baseline and self.record.baseline_photo(view) is None
                for position, photo in enumerate(photos):
                    note = self.tr("No baseline") if no_baseline else ""
                    thumb = PhotoThumb(photo, is_baseline, self, note)
                    thumb.view_change_requested.connect(self.view_change_requested)
                    thumb.menu_requested.connect(self.menu_requested)
                    thumb.clicked.connect(
                        lambda _checked=False, view=view, photo=photo: self.compare_requested.emit(
                            self.record, view, photo
                        )
                    )
                    # Several photos of one view in one visit: two abreast, so the column stays readable.
                    cell.addWidget(thumb, position // 2, position % 2, Qt.AlignmentFlag.AlignTop)
                    self.thumbs[photo.id] = thumb
                self.grid.addLayout(cell, row, column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.grid.setColumnStretch(len(visits) + 1, 1)

    def contextMenuEvent(self, event) -> None:
        """Right-click or the Menu key on a treatment: edit it, and the window's corrections of it."""
        show_record_menu(self, self.record, self.tr("Edit treatment…"), self.edit_treatment_requested, event)

    def retranslate_ui(self) -> None:
        treatment = self.record.treatment
        self.setTitle(self.tr("Treatment of %1").replace("%1", words.date_text(treatment.performed_at)))
        parts = [words.area_name(treatment.area)]
        for text in (treatment.goal, treatment.product, treatment.physician):
            if text:
                parts.append(text)
        if treatment.session_number:
            parts.append(self.tr("session %1").replace("%1", str(treatment.session_number)))
        course = treatment_course(self.record)
        if course:
            parts.append(self.tr("GAIS course %1").replace("%1", course))
        self.summary.setText(" · ".join(parts))
        self.edit_button.setText(self.tr("Edit treatment…"))
        self.new_visit_button.setText(self.tr("New visit…"))
        for name, compare, view in self.view_labels:
            name.setText(f"<b>{words.view_name(view)}</b>")
            compare.setText(self.tr("Compare"))
            compare.setAccessibleName(self.tr("Compare the %1 photos").replace("%1", words.view_name(view)))
        for missing in self.missing_labels:
            missing.setText(self.tr("no photo"))
        if self.empty_label is not None:
            self.empty_label.setText(
                self.tr("No visits yet. Add a visit, or drop photos on the window to import.")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PatientTimeline(QScrollArea):
    """All of a patient's treatments, newest first."""

    edit_treatment_requested = Signal(object)
    new_visit_requested = Signal(object)
    edit_visit_requested = Signal(object)
    compare_requested = Signal(object, object, object)
    files_dropped = Signal(object, list)
    view_change_requested = Signal(object, object)
    assess_requested = Signal(object)
    menu_requested = Signal(object, object)
    recovery_wanted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.record: PatientRecord | None = None
        self.treatments: list[TreatmentTimeline] = []
        self.protocols: Mapping | None = None  # the library policy's views per area, set by the window
        self._host = QWidget()
        self._layout = QVBoxLayout(self._host)
        self._layout.addStretch(1)
        self.setWidget(self._host)
        self.setAccessibleName(self.tr("Treatments and visits"))

    def show_record(self, record: PatientRecord | None) -> None:
        for timeline in self.treatments:
            self._layout.removeWidget(timeline)
            timeline.hide()
            timeline.deleteLater()
        self.treatments = []
        self.record = record
        if record is None:
            return
        ordered = sorted(record.treatments, key=lambda r: r.treatment.performed_at, reverse=True)
        for index, treatment in enumerate(ordered):
            timeline = TreatmentTimeline(treatment, self._host, self.protocols)
            for signal_name in (
                "edit_treatment_requested",
                "new_visit_requested",
                "edit_visit_requested",
                "compare_requested",
                "files_dropped",
                "view_change_requested",
                "assess_requested",
                "menu_requested",
                "recovery_wanted",
            ):
                getattr(timeline, signal_name).connect(getattr(self, signal_name))
            self._layout.insertWidget(index, timeline)
            self.treatments.append(timeline)

    def _focus_targets(self):
        """Every focusable control of the timelines, keyed by what it stands for (keys survive a rebuild)."""
        for timeline in self.treatments:
            treatment_id = timeline.record.treatment.id
            yield ("edit treatment", treatment_id), timeline.edit_button
            yield ("new visit", treatment_id), timeline.new_visit_button
            for header in timeline.headers:
                yield ("edit visit", header.record.visit.id), header.edit_button
            for _name, compare, view in timeline.view_labels:
                yield ("compare", treatment_id, view), compare
            for photo_id, thumb in timeline.thumbs.items():
                yield ("photo", photo_id), thumb

    def focus_key(self) -> tuple | None:
        """What has the keyboard focus in the timelines, so `restore_focus` finds it again after a refresh."""
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        return next((key for key, widget in self._focus_targets() if widget is focused), None)

    def restore_focus(self, key: tuple | None) -> None:
        """Focus the control standing for `key` again (a keyboard user must not lose their place)."""
        widget = next((widget for found, widget in self._focus_targets() if found == key), None)
        if key is not None and widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(widget)

    def thumbs(self) -> dict[int, PhotoThumb]:
        found: dict[int, PhotoThumb] = {}
        for timeline in self.treatments:
            found.update(timeline.thumbs)
        return found
