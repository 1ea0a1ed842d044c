"""The main window's follow-up actions: the physician's assessment (beside a comparison, or from the timeline)
and the comparison sheet's export and print, reachable from the toolbar, the Patient menu and the timeline's
context menu rather than only from inside a comparison."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from photofollow.domain.assessment import VisitAssessment
from photofollow.domain.model import VisitKind
from photofollow.services.records import TreatmentRecord, VisitRecord
from photofollow.ui.assessment_panel import AssessmentDialog, attach_to_comparison

EXPORT_KEYS = "Ctrl+Shift+E"  # as in a comparison
PRINT_KEYS = "Ctrl+P"


class FollowUpActions(QObject):
    """Built by the main window once its menus exist; every database call goes through its runner."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(window)
        self.export_action.setShortcut(QKeySequence(EXPORT_KEYS))
        self.export_action.triggered.connect(lambda _checked=False: self.export_sheet())
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence(PRINT_KEYS))
        self.print_action.triggered.connect(lambda _checked=False: self.export_sheet(for_print=True))
        window.patient_menu.addSeparator()
        window.patient_menu.addAction(self.export_action)
        window.patient_menu.addAction(self.print_action)
        window.toolbar.addAction(self.export_action)
        window.toolbar.addAction(self.print_action)
        window.timeline.assess_requested.connect(self.assess_visit)
        window.timeline.menu_requested.connect(self.extend_menu)  # the timeline's context menus
        self.update_actions()

    def retranslate_ui(self) -> None:
        self.export_action.setText(self.tr("E&xport sheet…"))
        export_tip = self.tr("Export the comparison sheet of the treatment shown (%1)")
        self.export_action.setToolTip(export_tip.replace("%1", _native(EXPORT_KEYS)))
        self.print_action.setText(self.tr("P&rint sheet…"))
        print_tip = self.tr("Print the comparison sheet of the treatment shown (%1)")
        self.print_action.setToolTip(print_tip.replace("%1", _native(PRINT_KEYS)))

    def update_actions(self) -> None:
        has_treatment = self.window.record is not None and bool(self.window.record.treatments)
        self.export_action.setEnabled(has_treatment)
        self.print_action.setEnabled(has_treatment)

    # -- the timeline's context menu -------------------------------------------------------------------------

    def extend_menu(self, record, menu: QMenu) -> None:
        """Add the follow-up actions to a visit's or treatment's context menu (a photo's gets none)."""
        if isinstance(record, VisitRecord):
            treatment = self._treatment_of(record)
            if record.visit.kind is VisitKind.FOLLOW_UP:
                menu.addAction(self.tr("Assess…")).triggered.connect(
                    lambda _checked=False: self.assess_visit(record)
                )
        elif isinstance(record, TreatmentRecord):
            treatment, record = record, None
        else:
            return
        if treatment is None:
            return
        menu.addSeparator()
        menu.addAction(self.tr("Export sheet…")).triggered.connect(
            lambda _checked=False: self.export_sheet(treatment, record)
        )
        menu.addAction(self.tr("Print sheet…")).triggered.connect(
            lambda _checked=False: self.export_sheet(treatment, record, for_print=True)
        )

    def _treatment_of(self, visit: VisitRecord) -> TreatmentRecord | None:
        record = self.window.record
        return record.treatment_of_visit(visit.visit.id) if record is not None else None

    # -- assessment ------------------------------------------------------------------------------------------

    def assess_visit(self, visit: VisitRecord) -> AssessmentDialog | None:
        """The assessment dialog of a follow-up, from the timeline; saved when the physician saves it."""
        treatment = self._treatment_of(visit)
        if treatment is None or visit.visit.kind is not VisitKind.FOLLOW_UP:
            return None
        dialog = AssessmentDialog(visit.visit, treatment.treatment, visit.assessment, self.window)
        if not self.may_assess():
            dialog.panel.may_assess = False
            dialog.panel.show_visit(visit.visit, treatment.treatment, visit.assessment)
            dialog.buttons.button(dialog.buttons.StandardButton.Save).setEnabled(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            if result == AssessmentDialog.DialogCode.Accepted and dialog.values is not None:
                self.save(visit.visit.id, dialog.values, lambda _assessment: None)

        dialog.finished.connect(finished)
        self.last_assessment_dialog = dialog
        dialog.open()
        dialog.panel.focus_gais()
        return dialog

    def attach(self, comparison, treatment: TreatmentRecord, visits: list[VisitRecord]):
        """The assessment panel beside a comparison; `visits` in the order of its time points."""
        assessments = {v.visit.id: v.assessment for v in treatment.visits if v.assessment is not None}
        panel = attach_to_comparison(
            comparison, [v.visit for v in visits], treatment.treatment, assessments, self.save
        )
        if not self.may_assess():
            panel.may_assess = False
            panel.show_visit(panel.visit, panel.treatment, panel.assessment)
        return panel

    def may_assess(self) -> bool:
        """Whether who is signed in may record an assessment (a physician; anyone in a library without users).
        The service refuses the others anyway; the panel shows them the assessment to read."""
        from photofollow.services.users import Permission

        user = self.window.gateway.current_user()
        return user is None or user.may(Permission.ASSESS)

    def save(self, visit_id: int, fields: dict, done: Callable[[VisitAssessment], None]) -> None:
        """Record an assessment on the database worker, then refresh what it changed."""
        gateway = self.window.gateway

        def saved(result) -> None:
            assessment, changes = result
            done(assessment)
            # The patient's timeline refreshes; the visit itself is untouched, and naming it would close the
            # comparison the physician is assessing in (apply_changes closes those showing a changed visit).
            self.window.apply_changes(replace(changes, visits=frozenset()))

        def failed(error: BaseException) -> None:
            from photofollow.domain.errors import EditConflict

            if not isinstance(error, EditConflict):
                self.window._operation_failed("record assessment", error)
                return
            # Recorded or changed on another workstation since the form was filled: show theirs.
            self.window.show_edit_conflict(error)
            self.window.runner.run_serial(
                "load assessment",
                lambda _p: gateway.assessment(visit_id),
                lambda theirs: done(theirs) if theirs is not None else None,
            )

        self.window.runner.run_serial(
            "record assessment", lambda _p: gateway.record_assessment(visit_id, fields), saved, failed
        )

    # -- export and print ------------------------------------------------------------------------------------

    def export_sheet(
        self,
        treatment: TreatmentRecord | None = None,
        visit: VisitRecord | None = None,
        for_print: bool = False,
    ):
        """The export dialog (preview, PDF, images, print) of a treatment's sheet: the chosen follow-up with
        its baseline, else the sheet `photofollow export` makes by default (the last baseline and the latest
        follow-up). Without a treatment: the newest one of the patient shown."""
        from photofollow.ui.export_dialog import ExportDialog

        window = self.window
        record = window.record
        if record is None or not record.treatments:
            return None
        if treatment is None:
            treatment = max(record.treatments, key=lambda t: t.treatment.performed_at)
        visit_ids: list[int] = []
        if visit is not None:
            baselines = sorted(treatment.baseline_visits(), key=lambda v: v.visit.visited_at)
            chosen = baselines[-1:] + ([visit] if visit.visit.kind is VisitKind.FOLLOW_UP else [])
            visit_ids = [v.visit.id for v in chosen] if len(chosen) > 1 else []
        dialog = ExportDialog(
            self.sheet_factory(record.patient.id, treatment.treatment.id, None, visit_ids),
            window.runner,
            window.settings,
            on_written=lambda text: window.statusBar().showMessage(text, 15000),
            parent=window,
        )
        if for_print:
            dialog.print_button.setDefault(True)
            dialog.print_button.setFocus()
        self.last_export_dialog = dialog
        dialog.show()
        return dialog

    def sheet_factory(self, patient_id: int, treatment_id: int, view, visit_ids: list[int]):
        """What `photofollow export` makes for these visits (all defaults when none), with the clinic's name,
        logo and policy: for this window's export and a comparison's."""
        from photofollow.ui.export_dialog import library_sheet_factory

        window = self.window
        return library_sheet_factory(
            window.gateway.path,
            patient_id=patient_id,
            treatment_id=treatment_id,
            view=view,
            visit_ids=visit_ids,
            clinic_name=window.settings.clinic_name,
            logo_path=window.settings.clinic_logo_path,
            policy_path=window.gateway.policy_path(),
            user=window.gateway.current_user(),  # the sheet is made, and audited, as the signed-in user
        )


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
