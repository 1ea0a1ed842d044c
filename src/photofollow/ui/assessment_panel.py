"""The physician's assessment of a follow-up, where the physician looks: a panel beside the comparison and a
dialog from the timeline. Keyboard first: the digits 1-5 set the physician's GAIS; Ctrl+S saves.

The panel only gathers the fields; saving goes through `LibraryGateway.record_assessment` (the Qt-free
`services.assessment`) on the serial worker, and the windows refresh from the `Changes` it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from photofollow.domain.assessment import Gais, GoalReached, Severity, Sign, Tier, VisitAssessment
from photofollow.domain.model import Treatment, Visit, VisitKind
from photofollow.domain.timing import time_since_treatment
from photofollow.reporting import words
from photofollow.reporting.assessment import (
    TIER_COLOURS,
    course_text,
    gais_name,
    gais_text,
    goal_text,
    severity_text,
    sign_text,
    tier_text,
)
from photofollow.services.assessment import ASSESSED_FIELDS

SAVE_KEYS = "Ctrl+S"
FOCUS_KEYS = "Ctrl+G"  # from anywhere in a comparison: to the physician's GAIS


class AssessmentPanel(QWidget):
    """The assessment form of one follow-up visit, with the treatment's goal above it."""

    save_requested = Signal(int, dict)  # visit id, the fields for services.assessment.record_assessment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPanel")
        self.visit: Visit | None = None
        self.treatment: Treatment | None = None
        self.assessment: VisitAssessment | None = None
        self.dock: QDockWidget | None = None  # the comparison's dock holding the panel, titled here
        self.drafts: dict[int, dict] = {}  # visit id -> fields typed and not saved, while another is shown
        self.may_assess = True  # False for a signed-in user whose role does not assess (issue 13): read only
        self._dirty = False
        self._loading = False

        self.goal_label = QLabel(self)
        self.goal_label.setWordWrap(True)
        self.goal_label.setTextFormat(Qt.TextFormat.RichText)
        self.visit_label = QLabel(self)
        self.visit_label.setWordWrap(True)
        self.visit_label.setTextFormat(Qt.TextFormat.RichText)
        self.reminder = QLabel(self)
        self.reminder.setWordWrap(True)
        self.reminder.setEnabled(False)

        self.form = QWidget(self)
        self.gais_box = QGroupBox(self.form)
        self.gais_group = QButtonGroup(self)
        gais_layout = QVBoxLayout(self.gais_box)
        gais_layout.setSpacing(2)
        self.gais_buttons: dict[int, QRadioButton] = {}
        for gais in Gais:
            button = QRadioButton(self.gais_box)
            self.gais_group.addButton(button, int(gais))
            gais_layout.addWidget(button)
            self.gais_buttons[int(gais)] = button
        self.gais_group.idToggled.connect(lambda _id, on: on and self._changed())

        self.patient_gais = QComboBox(self.form)
        self.goal = QComboBox(self.form)
        self.tier = QComboBox(self.form)
        for combo in (self.patient_gais, self.goal, self.tier):
            combo.currentIndexChanged.connect(self._changed)

        self.signs_box = QGroupBox(self.form)
        signs_layout = QGridLayout(self.signs_box)
        signs_layout.setVerticalSpacing(2)
        self.sign_labels: dict[Sign, QLabel] = {}
        self.sign_combos: dict[Sign, QComboBox] = {}
        for row, sign in enumerate(Sign):
            label = QLabel(self.signs_box)
            combo = QComboBox(self.signs_box)
            combo.currentIndexChanged.connect(self._changed)
            label.setBuddy(combo)
            signs_layout.addWidget(label, row, 0)
            signs_layout.addWidget(combo, row, 1)
            self.sign_labels[sign], self.sign_combos[sign] = label, combo
        self.findings = QPlainTextEdit(self.form)
        self.findings.setTabChangesFocus(True)
        self.findings.setFixedHeight(64)
        self.findings.textChanged.connect(self._changed)

        self.next_session_check = QCheckBox(self.form)
        self.next_session = QDateEdit(self.form)
        self.next_session.setCalendarPopup(True)
        self.next_session.setEnabled(False)
        self.next_session_check.toggled.connect(self.next_session.setEnabled)
        self.next_session_check.toggled.connect(self._changed)
        self.next_session.dateChanged.connect(self._changed)
        self.plan = QPlainTextEdit(self.form)
        self.plan.setTabChangesFocus(True)
        self.plan.setFixedHeight(52)
        self.plan.textChanged.connect(self._changed)

        self.fields_layout = QFormLayout()
        self.fields_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.patient_gais_label = QLabel(self.form)
        self.goal_reached_label = QLabel(self.form)
        self.tier_label = QLabel(self.form)
        self.findings_label = QLabel(self.form)
        self.plan_label = QLabel(self.form)
        for label, field in (
            (self.patient_gais_label, self.patient_gais),
            (self.goal_reached_label, self.goal),
            (self.tier_label, self.tier),
        ):
            label.setBuddy(field)
            self.fields_layout.addRow(label, field)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_session_check)
        next_row.addWidget(self.next_session, 1)
        self.findings_label.setBuddy(self.findings)
        self.plan_label.setBuddy(self.plan)

        self.save_button = QPushButton(self.form)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self.form)
        self.status.setWordWrap(True)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.gais_box)
        form_layout.addLayout(self.fields_layout)
        form_layout.addWidget(self.signs_box)
        form_layout.addWidget(self.findings_label)
        form_layout.addWidget(self.findings)
        form_layout.addLayout(next_row)
        form_layout.addWidget(self.plan_label)
        form_layout.addWidget(self.plan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        form_layout.addLayout(buttons)

        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.goal_label)
        layout.addWidget(rule)
        layout.addWidget(self.visit_label)
        layout.addWidget(self.form)
        layout.addWidget(self.reminder)
        layout.addStretch(1)

        self.save_shortcut = QShortcut(QKeySequence(SAVE_KEYS), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.retranslate_ui()
        self.show_visit(None, None, None)

    # -- texts ---------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        if self.dock is not None:
            self.dock.setWindowTitle(self.tr("Physician's assessment"))
        self.gais_box.setTitle(self.tr("Physician's GAIS (keys 1-5)"))
        for gais, button in self.gais_buttons.items():
            button.setText(f"&{gais_text(gais)}")
            button.setAccessibleName(
                self.tr("Physician's GAIS %1: %2").replace("%1", str(gais)).replace("%2", gais_name(gais))
            )
        self.patient_gais_label.setText(self.tr("&Patient's GAIS"))
        self.goal_reached_label.setText(self.tr("Goal &reached"))
        self.tier_label.setText(self.tr("&Tier"))
        _refill(self.patient_gais, [(self.tr("not asked"), None)] + [(gais_text(g), int(g)) for g in Gais])
        _refill(self.goal, [(self.tr("not judged"), None)] + [(goal_text(g), g) for g in GoalReached])
        _refill(self.tier, [(self.tr("not decided"), None)] + [(tier_text(t), t) for t in Tier])
        self.signs_box.setTitle(self.tr("Examination"))
        for sign in Sign:
            self.sign_labels[sign].setText(sign_text(sign).capitalize())
            _refill(
                self.sign_combos[sign],
                [(self.tr("not examined"), None)] + [(severity_text(s), s) for s in Severity],
            )
        self.findings_label.setText(self.tr("&Findings of the examination"))
        self.findings.setPlaceholderText(
            self.tr("What only touch and examination show: temperature, pain, circulation, sensation")
        )
        self.next_session_check.setText(self.tr("&Next session"))
        self.next_session.setDisplayFormat(_date_format())
        self.plan_label.setText(self.tr("&Advice and plan"))
        self.save_button.setText(self.tr("&Save assessment"))
        self.save_button.setToolTip(self.tr("Save the assessment (%1)").replace("%1", _native(SAVE_KEYS)))
        self.reminder.setText(
            self.tr(
                "Photos support follow-up; they never replace the examination. Touch, temperature, pain, "
                "circulation and neurology cannot be judged from a photo."
            )
        )
        self._update_texts()

    def _update_texts(self) -> None:
        treatment, visit = self.treatment, self.visit
        goal = treatment.goal.strip() if treatment is not None else ""
        if goal:
            self.goal_label.setText(
                self.tr("<b>Treatment goal:</b> %1").replace("%1", _escaped(goal))
            )
        elif treatment is not None:
            self.goal_label.setText(
                self.tr("<b>Treatment goal:</b> not recorded; add it with Edit treatment.")
            )
        else:
            self.goal_label.setText("")
        if visit is None:
            self.visit_label.setText(self.tr("Choose a follow-up to assess."))
        elif visit.kind is not VisitKind.FOLLOW_UP:
            self.visit_label.setText(
                self.tr("A baseline is not assessed; choose a follow-up to assess its result.")
            )
        else:
            elapsed = words.elapsed_label(time_since_treatment(visit.visited_at, treatment.performed_at))
            self.visit_label.setText(
                self.tr("<b>Assessment of %1</b> (%2)")
                .replace("%1", _escaped(elapsed))
                .replace("%2", words.date_text(visit.visited_at, with_time=False))
            )
        assessment = self.assessment
        if visit is None or visit.kind is not VisitKind.FOLLOW_UP:
            self.status.setText("")
        elif not self.may_assess:
            self.status.setText(self.tr("Only a physician records an assessment; shown here to read."))
        elif self._dirty:
            self.status.setText(self.tr("Not saved yet."))
        elif assessment is None:
            self.status.setText(self.tr("Not assessed yet."))
        else:
            when = words.date_text(assessment.assessed_at)
            if assessment.assessed_by:
                self.status.setText(
                    self.tr("Assessed %1 by %2").replace("%1", when).replace("%2", assessment.assessed_by)
                )
            else:
                self.status.setText(self.tr("Assessed %1").replace("%1", when))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing and reading -------------------------------------------------------------------------------

    def show_visit(
        self, visit: Visit | None, treatment: Treatment | None, assessment: VisitAssessment | None
    ) -> None:
        """Show this visit's assessment (a follow-up's; a baseline or none leaves the form disabled).

        What was typed for the visit shown before and not saved is kept as a draft and comes back with it."""
        if self._dirty and self.visit is not None:
            self.drafts[self.visit.id] = self.fields()
        self.visit, self.treatment, self.assessment = visit, treatment, assessment
        draft = self.drafts.get(visit.id) if visit is not None else None
        if draft is not None:
            values = draft
        elif assessment is not None:
            values = {name: getattr(assessment, name) for name in ASSESSED_FIELDS}
        else:
            values = {}
        self._loading = True
        self.gais_group.setExclusive(False)
        for button in self.gais_buttons.values():
            button.setChecked(False)
        self.gais_group.setExclusive(True)
        if values.get("gais") is not None:
            self.gais_buttons[int(values["gais"])].setChecked(True)
        _choose(self.patient_gais, values.get("patient_gais"))
        _choose(self.goal, values.get("goal"))
        _choose(self.tier, values.get("tier"))
        for sign, combo in self.sign_combos.items():
            _choose(combo, values.get(sign.value))
        self.findings.setPlainText(values.get("findings") or "")
        self.plan.setPlainText(values.get("plan") or "")
        upcoming = values.get("next_session")
        self.next_session_check.setChecked(upcoming is not None)
        self.next_session.setDate(_qdate(upcoming or date.today()))
        self._loading = False
        self._dirty = draft is not None
        self.form.setEnabled(visit is not None and visit.kind is VisitKind.FOLLOW_UP and self.may_assess)
        self._update_texts()

    def unsaved(self) -> dict[int, dict]:
        """Every visit's typed but unsaved assessment (the one shown included), by visit id."""
        drafts = dict(self.drafts)
        if self._dirty and self.visit is not None:
            drafts[self.visit.id] = self.fields()
        return drafts

    def fields(self) -> dict:
        """The form's values as `record_assessment` takes them (gais None while none is chosen)."""
        gais = self.gais_group.checkedId()
        values = {
            "gais": gais if gais > 0 else None,
            "patient_gais": self.patient_gais.currentData(),
            "goal": self.goal.currentData(),
            "tier": self.tier.currentData(),
            "findings": self.findings.toPlainText().strip(),
            "next_session": (
                self.next_session.date().toPython() if self.next_session_check.isChecked() else None
            ),
            "plan": self.plan.toPlainText().strip(),
        }
        for sign, combo in self.sign_combos.items():
            values[sign.value] = combo.currentData()
        # The version of the assessment the form was filled from (0: none): a save is refused when the
        # assessment was recorded or changed since, on another workstation (services.assessment).
        values["seen_version"] = self.assessment.row_version or 0 if self.assessment is not None else 0
        return values

    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_gais(self, gais: int) -> None:
        if self.form.isEnabled() and gais in self.gais_buttons:
            self.gais_buttons[gais].setChecked(True)
            self.gais_buttons[gais].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_gais(self) -> None:
        checked = self.gais_group.checkedButton() or self.gais_buttons[int(Gais.IMPROVED)]
        checked.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> bool:
        """Ask for the assessment to be saved; refused (with a word why) without the physician's GAIS."""
        if self.visit is None or not self.form.isEnabled():
            return False
        values = self.fields()
        if values["gais"] is None:
            self.status.setText(self.tr("Choose the physician's GAIS (1-5) first."))
            self.focus_gais()
            return False
        self.save_requested.emit(self.visit.id, values)
        return True

    def saved(self, assessment: VisitAssessment) -> None:
        """The library has the assessment: show it as saved."""
        self.drafts.pop(assessment.visit_id, None)
        if self.visit is not None and assessment.visit_id == self.visit.id:
            self._dirty = False
            self.show_visit(self.visit, self.treatment, assessment)

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_texts()

    def keyPressEvent(self, event) -> None:
        # Digits reach the panel when the focused control does not take them (radio buttons, labels).
        key = event.key()
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) and (
            Qt.Key.Key_1 <= key <= Qt.Key.Key_5
        ):
            self.set_gais(key - Qt.Key.Key_0)
            event.accept()
            return
        super().keyPressEvent(event)


class AssessmentDialog(QDialog):
    """The assessment panel on its own, opened from the timeline."""

    def __init__(
        self, visit: Visit, treatment: Treatment, assessment: VisitAssessment | None, parent=None
    ) -> None:
        super().__init__(parent)
        self.panel = AssessmentPanel(self)
        self.panel.show_visit(visit, treatment, assessment)
        self.panel.save_button.hide()  # the dialog's own Save closes it
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.values: dict | None = None
        self.panel.save_requested.connect(self._keep)
        scroll = QScrollArea(self)  # on a small screen the form scrolls rather than squeezing its rows
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Assess follow-up"))
        self.resize(500, 700)

    def _keep(self, _visit_id: int, values: dict) -> None:
        self.values = values

    def _save(self) -> None:
        if self.panel.save():
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Assess follow-up"))
        super().changeEvent(event)


def attach_to_comparison(window, visits: list, treatment: Treatment, assessments: dict, save: Callable):
    """An assessment panel docked beside a comparison window, following the follow-up it shows.

    `visits` are the comparison's visits in the order of its time points (the baseline first); `assessments`
    maps visit id to its assessment; `save(visit_id, fields, done)` records one and calls `done(assessment)`.
    """
    panel = AssessmentPanel()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(panel)
    dock = QDockWidget(window)
    dock.setObjectName("assessmentDock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
    dock.setWidget(scroll)
    dock.setMinimumWidth(330)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    view = window.view

    def follow_up_shown(*_args) -> None:
        point = view.current_follow_up
        index = view.follow_up_index if point is not None else None
        visit = visits[index] if index is not None and index < len(visits) else None
        if visit is not None and panel.visit is not None and visit.id == panel.visit.id:
            return
        panel.show_visit(visit, treatment, assessments.get(visit.id) if visit else None)

    def stored(assessment: VisitAssessment) -> None:
        assessments[assessment.visit_id] = assessment
        if isValid(panel):  # a save asked for as the window closed arrives after it
            panel.saved(assessment)

    panel.save_requested.connect(lambda visit_id, fields: save(visit_id, fields, stored))
    panel.closing_guard = _UnsavedGuard(window, panel, lambda visit, fields: save(visit, fields, stored))
    view.follow_up_combo.currentIndexChanged.connect(follow_up_shown)
    focus = QShortcut(QKeySequence(FOCUS_KEYS), window)
    focus.activated.connect(panel.focus_gais)

    panel.dock = dock
    panel.retranslate_ui()
    follow_up_shown()
    window.assessment_panel = panel
    window.assessment_dock = dock
    return panel


class _UnsavedGuard(QObject):
    """Asks before a comparison closes with an assessment typed and not saved: save, discard or stay."""

    def __init__(self, window, panel: AssessmentPanel, save: Callable[[int, dict], None]) -> None:
        super().__init__(window)
        self.panel, self.save = panel, save
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Close or not isValid(self.panel):
            return False
        unsaved = self.panel.unsaved()
        if not unsaved:
            return False
        answer = QMessageBox.question(
            watched,
            QCoreApplication.translate("AssessmentPanel", "Physician's assessment"),
            QCoreApplication.translate(
                "AssessmentPanel", "An assessment is not saved. Save it before closing the comparison?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            event.ignore()
            return True
        if answer == QMessageBox.StandardButton.Save:
            complete = {visit_id: f for visit_id, f in unsaved.items() if f.get("gais") is not None}
            if len(complete) < len(unsaved):  # without the physician's GAIS there is nothing to record
                self.panel.save()  # says what is missing
                event.ignore()
                return True
            for visit_id, fields in complete.items():
                self.save(visit_id, fields)
        return False


def assessment_glance(assessment: VisitAssessment | None) -> str:
    """A follow-up's assessment at a glance, as rich text: "GAIS 2 · call the clinic", the tier in colour."""
    if assessment is None:
        return "<i>%s</i>" % _escaped(QCoreApplication.translate("Assessment", "Not assessed"))
    text = "<b>%s</b>" % _escaped(
        QCoreApplication.translate("Assessment", "GAIS %1").replace("%1", str(int(assessment.gais)))
    )
    if assessment.tier is not None:
        colour = TIER_COLOURS[Tier(assessment.tier)]
        text += f" · <span style='color:{colour}'>{_escaped(tier_text(assessment.tier))}</span>"
    return text


def treatment_course(record) -> str:
    """A treatment's course: the physician's GAIS of its assessed follow-ups, oldest first ("3 → 2")."""
    assessed = sorted(
        (visit for visit in record.visits if visit.assessment is not None), key=lambda v: v.visit.visited_at
    )
    return course_text([visit.assessment.gais for visit in assessed])


def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    current = combo.currentData() if combo.count() else None
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.blockSignals(False)
    _choose(combo, current)


def _choose(combo: QComboBox, value) -> None:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    combo.setCurrentIndex(0)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_format() -> str:
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _escaped(text: str) -> str:
    from html import escape

    return escape(text)
