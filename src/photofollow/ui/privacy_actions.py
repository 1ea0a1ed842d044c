"""The main window's privacy parts (issue 13): who is signed in, switch user, lock, the Audit window, and the
patient's consent beside their name and in a comparison's status bar.

All of it asks the services through the gateway; a library without users shows none of the user actions and
never locks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from photofollow.domain.errors import PhotoFollowError
from photofollow.reporting.words import day_text, phrase_text
from photofollow.ui.sign_in import SessionGuard


class PrivacyActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.switch_user_action = QAction(window)
        self.switch_user_action.triggered.connect(lambda: self.guard.switch_user())
        self.lock_action = QAction(window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.guard.lock())
        self.audit_action = QAction(window)
        self.audit_action.triggered.connect(self.open_audit)
        window.file_menu.insertSeparator(window.quit_action)
        for action in (self.switch_user_action, self.lock_action, self.audit_action):
            window.file_menu.insertAction(window.quit_action, action)
        self.user_label = QLabel(window)
        window.statusBar().addPermanentWidget(self.user_label)
        self.consent_label = QLabel(window.header)
        window.header.layout().itemAt(0).layout().addWidget(self.consent_label)
        self.consents: list = []
        self.audit_window = None
        self._has_users, self._may_audit, self._user = False, False, None
        self.guard = SessionGuard(window, self.hide_patient_data, self.show_patient_data)
        window.patient_shown.connect(self._load_consents)
        self.update_actions()

    def retranslate_ui(self) -> None:
        self.switch_user_action.setText(self.tr("S&witch user…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.audit_action.setText(self.tr("&Audit trail…"))
        self._show_actions()  # from what update_actions read: a language change reads no database
        self._show_consents()

    def update_actions(self) -> None:
        """Read who is signed in and what they may do (after a sign-in, a library change, Settings)."""
        gateway = self.window.gateway
        self._has_users = gateway.has_users()
        self._may_audit = gateway.may("audit")
        self._user = gateway.current_user()
        self._show_actions()

    def _show_actions(self) -> None:
        """The user actions in a library with users, the Audit window to those whose role may read it."""
        for action in (self.switch_user_action, self.lock_action):
            action.setVisible(self._has_users)
        self.audit_action.setEnabled(self._may_audit)
        user = self._user
        self.user_label.setText(
            self.tr("Signed in: %1").replace("%1", user.display_name) if user is not None else ""
        )

    def settings_closed(self) -> None:
        """Users or the lock may have changed in Settings: the actions and the timer follow."""
        self.guard.restart()
        self.update_actions()

    def library_changed(self) -> None:
        self.guard.restart()
        self.update_actions()

    # -- locking ---------------------------------------------------------------------------------------

    def hide_patient_data(self) -> None:
        window = self.window
        for compare in list(window.compare_windows):
            compare.close()
        if self.audit_window is not None:
            self.audit_window.close()
        window.centralWidget().hide()
        window.import_dock.hide()
        self._user = None
        self.user_label.setText("")

    def show_patient_data(self) -> None:
        window = self.window
        window.centralWidget().show()
        window.record = None
        window._show_record(None)
        window.reload_patients()  # another user may have signed in: read the list again, as theirs
        self.update_actions()

    # -- consent ---------------------------------------------------------------------------------------

    def _load_consents(self, record) -> None:
        patient_id = record.patient.id

        def done(consents) -> None:
            if self.window.record is not None and self.window.record.patient.id == patient_id:
                self.consents = consents
                self._show_consents()

        def failed(_error: BaseException) -> None:
            # The consent line is a reminder beside the name: when it cannot be read (a full disk), it stays
            # empty rather than interrupting with a message the refused change already gave.
            self.consents = []
            self.consent_label.setText("")

        self.window.runner.run_serial(
            "consents", lambda _p: self.window.gateway.consents(patient_id), done, failed
        )

    def consent_text(self, consents=None) -> str:
        """The consents in force, as the header and a comparison show them."""
        from photofollow.services.consent import scope_phrase

        consents = self.consents if consents is None else consents
        in_force = [c for c in consents if c.in_force]
        if not in_force:
            return self.tr("Consent: none recorded beyond the clinical record")
        scopes = ", ".join(
            f"{phrase_text(scope_phrase(c.scope))} ({day_text(c.given_at.date())})" for c in in_force
        )
        return self.tr("Consent: %1").replace("%1", scopes)

    def _show_consents(self) -> None:
        self.consent_label.setText(self.consent_text() if self.window.record is not None else "")

    def comparison_opened(self, compare, patient_id: int, photo_ids: list[int]) -> None:
        """A comparison is on screen: audited, and the patient's consent in its status bar."""
        gateway = self.window.gateway

        def done(consents) -> None:
            from shiboken6 import isValid

            if isValid(compare):  # a permanent line: the status bar's messages stay the comparison's own
                label = QLabel(self.consent_text(consents), compare)
                label.setObjectName("consentLabel")
                compare.statusBar().addPermanentWidget(label)

        def work(_progress):
            gateway.opened_comparison(patient_id, photo_ids)
            return gateway.consents(patient_id)

        def failed(error: BaseException) -> None:
            if isinstance(error, PhotoFollowError):  # a full disk: the comparison stays, without the line
                return
            self.window._operation_failed("comparison opened", error)

        self.window.runner.run_serial("comparison opened", work, done, failed)

    # -- the audit trail -------------------------------------------------------------------------------

    def open_audit(self) -> None:
        from shiboken6 import isValid

        from photofollow.ui.audit_window import AuditWindow

        if self.audit_window is not None and isValid(self.audit_window):
            self.audit_window.raise_()
            return
        self.audit_window = AuditWindow(self.window.gateway, self.window.runner, self.window)
        self.audit_window.show()
