"""Dialogs that create and edit the clinic's records: patient, treatment, visit (pain score, symptom log)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from photofollow.domain.model import Area, Patient, SymptomEntry, Treatment, Trend, Visit, VisitKind
from photofollow.reporting import words
from photofollow.ui.i18n import date_edit_format
from photofollow.ui.icons import status_icon


def to_qdatetime(moment: datetime | None) -> QDateTime:
    if moment is None:
        return QDateTime.currentDateTime()
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime) -> datetime:
    """The edited local wall-clock time as an aware datetime in this computer's time zone."""
    naive = datetime(
        value.date().year(),
        value.date().month(),
        value.date().day(),
        value.time().hour(),
        value.time().minute(),
        value.time().second(),
    )
    return naive.astimezone()


class _RecordDialog(QDialog):
    """Common frame: a form, OK/Cancel, OK enabled only when the form is valid, live retranslation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        self.body.addWidget(self.buttons)
        self.retranslate_ui()
        self.validate()

    def validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.is_valid())

    def is_valid(self) -> bool:
        return True

    def retranslate_ui(self) -> None:  # pragma: no cover - every dialog overrides it
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PatientDialog(_RecordDialog):
    def __init__(self, patient: Patient | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._patient = patient
        self.name_edit = QLineEdit(patient.display_name if patient else "")
        self.chart_edit = QLineEdit(patient.chart_number or "" if patient else "")
        self.birth_known = QCheckBox()
        self.birth_edit = QDateEdit()
        self.birth_edit.setCalendarPopup(True)
        birth = patient.birth_date if patient else None
        self.birth_known.setChecked(birth is not None)
        self.birth_edit.setDate(QDate(birth.year, birth.month, birth.day) if birth else QDate(1980, 1, 1))
        self.birth_edit.setEnabled(birth is not None)
        self.birth_known.toggled.connect(self.birth_edit.setEnabled)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_known)
        birth_row.addWidget(self.birth_edit, 1)
        self.notes_edit = QPlainTextEdit(patient.notes if patient else "")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.name_label = QLabel()
        self.chart_label = QLabel()
        self.birth_label = QLabel()
        self.notes_label = QLabel()
        for label, field in (
            (self.name_label, self.name_edit),
            (self.chart_label, self.chart_edit),
            (self.birth_label, self.birth_known),
            (self.notes_label, self.notes_edit),
        ):
            label.setBuddy(field)
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.chart_label, self.chart_edit)
        self.form.addRow(self.birth_label, birth_row)
        self.form.addRow(self.notes_label, self.notes_edit)
        self.name_edit.textChanged.connect(self.validate)
        self.setMinimumWidth(440)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit patient") if self._patient else self.tr("New patient"))
        self.birth_edit.setDisplayFormat(date_edit_format(with_time=False))  # as the main window's dates
        self.name_label.setText(self.tr("&Name:"))
        self.chart_label.setText(self.tr("&Chart number:"))
        self.birth_label.setText(self.tr("&Birth date:"))
        self.birth_known.setText(self.tr("Known"))
        self.notes_label.setText(self.tr("N&otes:"))
        self.name_edit.setPlaceholderText(self.tr("As the clinic files the patient"))
        self.chart_edit.setPlaceholderText(self.tr("Optional"))
        self.name_edit.setAccessibleName(self.tr("Patient name"))
        self.chart_edit.setAccessibleName(self.tr("Chart number"))
        self.birth_edit.setAccessibleName(self.tr("Birth date"))
        self.notes_edit.setAccessibleName(self.tr("Notes about the patient"))

    def is_valid(self) -> bool:
        return bool(self.name_edit.text().strip())

    def record(self) -> Patient:
        qdate = self.birth_edit.date()
        birth = date(qdate.year(), qdate.month(), qdate.day()) if self.birth_known.isChecked() else None
        base = self._patient or Patient(display_name="")
        return replace(
            base,
            display_name=self.name_edit.text().strip(),
            chart_number=self.chart_edit.text().strip() or None,
            birth_date=birth,
            notes=self.notes_edit.toPlainText().strip(),
        )


GOAL_SUGGESTIONS = ("skin quality", "hydration", "scalp/hair support", "other")


class TreatmentDialog(_RecordDialog):
    def __init__(
        self, patient_id: int, treatment: Treatment | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._patient_id = patient_id
        self._treatment = treatment
        self.when_edit = QDateTimeEdit(to_qdatetime(treatment.performed_at if treatment else None))
        self.when_edit.setCalendarPopup(True)
        self.area_combo = QComboBox()
        for area in Area:
            self.area_combo.addItem("", area.value)
        if treatment:
            self.area_combo.setCurrentIndex(list(Area).index(Area(treatment.area)))
        self.goal_combo = QComboBox()
        self.goal_combo.setEditable(True)
        self.goal_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for _goal in GOAL_SUGGESTIONS:
            self.goal_combo.addItem("")
        self.goal_combo.setEditText(treatment.goal if treatment else "")
        self.product_edit = QLineEdit(treatment.product if treatment else "")
        self.ingredients_edit = QLineEdit(treatment.ingredients if treatment else "")
        self.physician_edit = QLineEdit(treatment.physician if treatment else "")
        self.session_spin = QSpinBox()
        self.session_spin.setRange(0, 99)
        self.session_spin.setValue(treatment.session_number or 0 if treatment else 0)
        self.labels = [QLabel() for _ in range(7)]
        fields = [
            self.when_edit,
            self.area_combo,
            self.goal_combo,
            self.product_edit,
            self.ingredients_edit,
            self.physician_edit,
            self.session_spin,
        ]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.setMinimumWidth(460)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit treatment") if self._treatment else self.tr("New treatment"))
        self.when_edit.setDisplayFormat(date_edit_format())
        texts = [
            self.tr("&Date and time:"),
            self.tr("&Area:"),
            self.tr("&Goal:"),
            self.tr("&Product:"),
            self.tr("&Ingredients:"),
            self.tr("P&hysician:"),
            self.tr("&Session number:"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        for index, area in enumerate(Area):
            self.area_combo.setItemText(index, words.area_name(area))
        goals = [
            self.tr("Skin quality"),
            self.tr("Hydration"),
            self.tr("Scalp and hair support"),
            self.tr("Other"),
        ]
        current = self.goal_combo.currentText()
        for index, goal in enumerate(goals):
            self.goal_combo.setItemText(index, goal)
        self.goal_combo.setEditText(current)
        self.session_spin.setSpecialValueText(self.tr("Not numbered"))

    def record(self) -> Treatment:
        base = self._treatment or Treatment(
            patient_id=self._patient_id, performed_at=datetime.now().astimezone()
        )
        return replace(
            base,
            performed_at=from_qdatetime(self.when_edit.dateTime()),
            area=Area(self.area_combo.currentData()),
            goal=self.goal_combo.currentText().strip(),
            product=self.product_edit.text().strip(),
            ingredients=self.ingredients_edit.text().strip(),
            physician=self.physician_edit.text().strip(),
            session_number=self.session_spin.value() or None,
        )


class GuideTiers(QGroupBox):
    """The guide's three tiers, shown as information for the nurse: never a diagnosis, never a decision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QLabel, QLabel]] = []
        layout = QVBoxLayout(self)
        for status in ("pass", "warn", "fail"):
            icon = QLabel()
            icon.setPixmap(status_icon(status).pixmap(18, 18))
            text = QLabel()
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            row = QHBoxLayout()
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            layout.addLayout(row)
            self.rows.append((icon, text))
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.reminder)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What the guide says (information only)"))
        tiers = [
            (
                self.tr("Observe at home"),
                self.tr("mild pinpoint redness, small bumps, tenderness, small bruises, getting better."),
            ),
            (
                self.tr("Call the clinic"),
                self.tr(
                    "increasing pain, spreading redness, firm nodules, drainage, worsening itch, "
                    "marked swelling, colour change, unexpected asymmetry."
                ),
            ),
            (
                self.tr("Urgent care now"),
                self.tr(
                    "breathing difficulty, widespread hives or allergic reaction, fever with infection, pus, "
                    "rapidly increasing swelling, severe pain, vision or neurological symptoms."
                ),
            ),
        ]
        for (_icon, text), (title, body) in zip(self.rows, tiers, strict=True):
            text.setText(f"<b>{title}:</b> {body}")
            text.setAccessibleName(f"{title}: {body}")
        self.reminder.setText(
            "<i>"
            + self.tr(
                "Photos support follow-up; they never replace the examination. Vision, breathing or "
                "neurological symptoms and signs of a serious infection must not wait for photos."
            )
            + "</i>"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SymptomTable(QTableWidget):
    """The visit's symptom log: start time, area, severity, trend, associated symptoms; one row per entry."""

    STARTED, AREA, SEVERITY, TREND, ASSOCIATED = range(5)

    def __init__(
        self, visit_id: int | None, entries: list[SymptomEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(0, 5, parent)
        self._visit_id = visit_id
        self._ids: list[int | None] = []
        self._versions: list[int | None] = []  # each entry's row_version as read (None: a new one)
        # When a new entry starts unless the nurse says otherwise: the visit's time (set by the visit dialog),
        # not the moment the entry is typed in (often days later).
        self.visit_time: Callable[[], QDateTime] | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ASSOCIATED, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(130)
        # Tab leaves the table through its cells' fields (next entry, then the buttons) instead of cycling
        # through the cells forever.
        self.setTabKeyNavigation(False)
        for entry in entries:
            self.add_entry(entry)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Area"),
                self.tr("Severity (0-10)"),
                self.tr("Trend"),
                self.tr("Associated symptoms"),
            ]
        )
        self.setAccessibleName(self.tr("Symptom log"))
        names = (
            self.tr("Started, entry %1"),
            self.tr("Area, entry %1"),
            self.tr("Severity from 0 to 10, entry %1"),
            self.tr("Trend, entry %1"),
            self.tr("Associated symptoms, entry %1"),
        )
        for row in range(self.rowCount()):
            for column, name in enumerate(names):
                self.cellWidget(row, column).setAccessibleName(name.replace("%1", str(row + 1)))
            trend = self.cellWidget(row, self.TREND)
            for index, value in enumerate((None, *Trend)):
                trend.setItemText(index, words.trend_name(value))
            severity = self.cellWidget(row, self.SEVERITY)
            severity.setSpecialValueText(self.tr("Not rated"))
            self.cellWidget(row, self.STARTED).setDisplayFormat(date_edit_format())

    def add_entry(self, entry: SymptomEntry | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        if entry is not None:
            started = QDateTimeEdit(to_qdatetime(entry.started_at))
        else:
            started = QDateTimeEdit(self.visit_time() if self.visit_time else to_qdatetime(None))
        started.setCalendarPopup(True)
        area = QLineEdit(entry.area if entry else "")
        severity = QSpinBox()
        severity.setRange(-1, 10)
        severity.setValue(entry.severity if entry and entry.severity is not None else -1)
        trend = QComboBox()
        for value in (None, *Trend):
            trend.addItem(words.trend_name(value), value.value if value else None)
        if entry and entry.trend is not None:
            trend.setCurrentIndex(1 + list(Trend).index(Trend(entry.trend)))
        associated = QLineEdit(entry.associated_symptoms if entry else "")
        for column, widget in enumerate((started, area, severity, trend, associated)):
            self.setCellWidget(row, column, widget)
        self._ids.append(entry.id if entry else None)
        self._versions.append(entry.row_version if entry else None)
        self.resizeRowsToContents()
        self.retranslate_ui()
        self._order_tabs()

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)
            del self._ids[row]
            del self._versions[row]
        self.retranslate_ui()

    def _order_tabs(self) -> None:
        """The cells' fields right after the table, entry by entry: a field added later would come last."""
        previous: QWidget = self
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                widget = self.cellWidget(row, column)
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def entries(self, visit_id: int) -> list[SymptomEntry]:
        """The entries as filled in; an entry left empty (nothing but its start time) is not one."""
        result = []
        for row in range(self.rowCount()):
            severity = self.cellWidget(row, self.SEVERITY).value()
            trend = self.cellWidget(row, self.TREND).currentData()
            area = self.cellWidget(row, self.AREA).text().strip()
            associated = self.cellWidget(row, self.ASSOCIATED).text().strip()
            if severity < 0 and not trend and not area and not associated:
                continue
            result.append(
                SymptomEntry(
                    visit_id=visit_id,
                    started_at=from_qdatetime(self.cellWidget(row, self.STARTED).dateTime()),
                    area=self.cellWidget(row, self.AREA).text().strip(),
                    severity=None if severity < 0 else severity,
                    trend=Trend(trend) if trend else None,
                    associated_symptoms=self.cellWidget(row, self.ASSOCIATED).text().strip(),
                    id=self._ids[row],
                    row_version=self._versions[row],
                )
            )
        return result


class VisitDialog(_RecordDialog):
    """A visit: kind, date, pain score (0-10 or not recorded), notes, symptom log and the guide's tiers."""

    def __init__(
        self,
        treatment_id: int,
        visit: Visit | None = None,
        symptoms: list[SymptomEntry] | None = None,
        kind: VisitKind = VisitKind.FOLLOW_UP,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._treatment_id = treatment_id
        self._visit = visit
        self.kind_combo = QComboBox()
        for value in VisitKind:
            self.kind_combo.addItem("", value.value)
        self.kind_combo.setCurrentIndex(list(VisitKind).index(VisitKind(visit.kind if visit else kind)))
        self.when_edit = QDateTimeEdit(to_qdatetime(visit.visited_at if visit else None))
        self.when_edit.setCalendarPopup(True)
        self.pain_spin = QSpinBox()
        self.pain_spin.setRange(-1, 10)
        self.pain_spin.setValue(visit.pain_score if visit and visit.pain_score is not None else -1)
        self.notes_edit = QPlainTextEdit(visit.notes if visit else "")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.labels, (self.kind_combo, self.when_edit, self.pain_spin, self.notes_edit), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.symptoms_box = QGroupBox()
        self.symptoms = SymptomTable(visit.id if visit else None, symptoms or [])
        self.symptoms.visit_time = self.when_edit.dateTime
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._add_symptom)
        self.remove_button.clicked.connect(self.symptoms.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(self.symptoms_box)
        box_layout.addWidget(self.symptoms)
        box_layout.addLayout(buttons)
        self.body.addWidget(self.symptoms_box, 1)
        self.tiers = GuideTiers()
        self.body.addWidget(self.tiers)
        self.resize(820, 680)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit visit") if self._visit else self.tr("New visit"))
        self.when_edit.setDisplayFormat(date_edit_format())
        texts = [self.tr("&Kind:"), self.tr("&Date and time:"), self.tr("&Pain score:"), self.tr("N&otes:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for index, value in enumerate(VisitKind):
            self.kind_combo.setItemText(index, words.visit_kind_name(value))
        self.kind_combo.setAccessibleName(self.tr("Kind of visit"))
        self.when_edit.setAccessibleName(self.tr("Date and time of the visit"))
        self.pain_spin.setSpecialValueText(self.tr("Not recorded"))
        self.pain_spin.setSuffix(self.tr(" / 10"))
        self.pain_spin.setAccessibleName(self.tr("Pain score, 0 to 10"))
        self.pain_spin.setToolTip(
            self.tr("0 is no pain, 10 the worst pain imaginable, as the patient rates it.")
        )
        self.notes_edit.setAccessibleName(self.tr("Notes about the visit"))
        self.symptoms_box.setTitle(self.tr("Symptom log"))
        self.add_button.setText(self.tr("&Add entry"))
        self.remove_button.setText(self.tr("&Remove entry"))

    def _add_symptom(self) -> None:
        self.symptoms.add_entry()
        # Straight into the new entry's first field, so the keyboard carries on where the eye goes.
        self.symptoms.cellWidget(self.symptoms.rowCount() - 1, SymptomTable.STARTED).setFocus()

    def record(self) -> Visit:
        pain = self.pain_spin.value()
        base = self._visit or Visit(
            treatment_id=self._treatment_id, kind=VisitKind.FOLLOW_UP, visited_at=datetime.now().astimezone()
        )
        return replace(
            base,
            kind=VisitKind(self.kind_combo.currentData()),
            visited_at=from_qdatetime(self.when_edit.dateTime()),
            pain_score=None if pain < 0 else pain,
            notes=self.notes_edit.toPlainText().strip(),
        )

    def symptom_entries(self, visit_id: int) -> list[SymptomEntry]:
        return self.symptoms.entries(visit_id)
