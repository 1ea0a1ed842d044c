"""The program in a library with named users: sign-in, lock and switch user hiding patient data, the Audit
window, the patient's consent beside their name, and the export dialog's purpose (real widgets offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from photofollow.services import users
from photofollow.ui.main_window import MainWindow
from photofollow.ui.sign_in import SignInDialog


@pytest.fixture
def staffed(clinic):
    library = clinic.gateway.library
    users.add_user(library, "admin", users.Role.ADMINISTRATOR, "admin-pass-1", "Clinic Admin")
    users.add_user(library, "pia", users.Role.PHYSICIAN, "physician-1", "Dr. Pia Holm")
    users.add_user(library, "nina", users.Role.NURSE, "nurse-pass-1", "Nina Berg")
    users.sign_out(library)
    return clinic


def _sign_in(qtbot, dialog: SignInDialog, name: str, password: str) -> None:
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData(name))
    dialog.password.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def signed_window(qtbot, staffed, inline_runner, settings):
    dialog = SignInDialog(staffed.gateway)
    qtbot.addWidget(dialog)
    _sign_in(qtbot, dialog, "nina", "wrong-password")
    assert "wrong" in dialog.error.text() and staffed.gateway.current_user() is None
    _sign_in(qtbot, dialog, "nina", "nurse-pass-1")
    assert staffed.gateway.current_user().name == "nina"
    main = MainWindow(staffed.gateway, inline_runner, settings)
    qtbot.addWidget(main)
    main.show()
    main.select_patient(staffed.patient.id)
    qtbot.waitUntil(lambda: main.record is not None)
    return main


def test_a_library_without_users_shows_no_sign_in_and_never_locks(window):
    assert not window.privacy.switch_user_action.isVisible() and not window.privacy.lock_action.isVisible()
    assert not window.privacy.guard.timer.isActive()
    assert window.privacy.audit_action.isEnabled()


def test_lock_hides_patient_data_until_someone_signs_in(qtbot, signed_window, staffed):
    window = signed_window
    assert "Nina Berg" in window.privacy.user_label.text()
    assert window.privacy.guard.timer.isActive()  # 10 minutes by default
    assert not window.privacy.audit_action.isEnabled()  # a nurse does not read the trail
    window.privacy.guard.lock()
    assert not window.centralWidget().isVisible()
    assert staffed.gateway.current_user() is None
    dialog = window.privacy.guard.dialog
    assert dialog.isVisible() and dialog.locked
    _sign_in(qtbot, dialog, "pia", "physician-1")  # switch user at the lock
    assert window.centralWidget().isVisible()
    assert "Dr. Pia Holm" in window.privacy.user_label.text()
    assert window.privacy.audit_action.isEnabled()
    actions = [(e.user_name, e.action) for e in staffed.gateway.audit_entries()]
    assert ("nina", "open-timeline") in actions
    assert actions[-2:] == [("nina", "lock"), ("pia", "sign-in")]


def test_the_audit_window_filters_and_saves_a_patients_access_log(qtbot, signed_window, staffed, tmp_path):
    window = signed_window
    window.privacy.guard.switch_user()
    _sign_in(qtbot, window.privacy.guard.dialog, "pia", "physician-1")
    window.select_patient(staffed.patient.id)
    qtbot.waitUntil(lambda: window.record is not None)
    window.privacy.audit_action.trigger()
    audit = window.privacy.audit_window
    qtbot.waitUntil(lambda: audit.table.rowCount() > 0)
    audit.patient_only.setChecked(True)
    qtbot.waitUntil(lambda: bool(audit.entries) and all(e.patient_reference for e in audit.entries))
    assert {e.action for e in audit.entries} <= {"import", "open-timeline", "edit"}
    audit.action_combo.setCurrentIndex(audit.action_combo.findData("open-timeline"))
    qtbot.waitUntil(lambda: {e.user_name for e in audit.entries} == {"nina", "pia"})
    out = tmp_path / "access.csv"
    audit.save_access_log(str(out))
    qtbot.waitUntil(out.exists)
    assert out.read_text().splitlines()[0].startswith("id,at_utc,at_local")


def test_consent_shows_beside_the_patient(qtbot, signed_window, staffed):
    from photofollow.services import consent

    window = signed_window
    qtbot.waitUntil(lambda: "none recorded" in window.privacy.consent_label.text())
    consent.add_consent(staffed.gateway.library, staffed.patient.id, consent.Scope.TEACHING)
    window.select_patient(None)
    window.record = None
    window.load_patient(staffed.patient.id)
    qtbot.waitUntil(lambda: "teaching" in window.privacy.consent_label.text())
    # The comparison shows it too, and its opening is in the audit trail.
    from PySide6.QtWidgets import QLabel

    treatment = window.record.treatments[0]
    follow_up = next(t for t in window.timeline.thumbs().values() if not t.baseline)
    compare = window.open_comparison(treatment, follow_up.photo.view, follow_up.photo)
    label = compare.findChild(QLabel, "consentLabel")
    assert label is not None and "teaching" in label.text()
    from photofollow.storage.audit import entries

    opened = entries(staffed.gateway.library, action="open-comparison")
    assert [e.user_name for e in opened] == ["nina"]
    compare.close()


def test_the_export_dialog_states_its_purpose_within_the_consent(
    qtbot, staffed, inline_runner, settings, tmp_path
):
    from photofollow.ui.export_dialog import ExportDialog

    staffed.gateway.sign_in("nina", "nurse-pass-1")
    main = MainWindow(staffed.gateway, inline_runner, settings)
    qtbot.addWidget(main)
    factory = main.follow_ups.sheet_factory(staffed.patient.id, staffed.treatment.id, None, [])
    dialog = ExportDialog(factory, inline_runner, settings, aligned=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog._rendering)
    assert dialog.sheet is None and "may not export" in dialog._failure  # a nurse, whatever the window
    staffed.gateway.sign_out()
    staffed.gateway.sign_in("pia", "physician-1")
    factory = main.follow_ups.sheet_factory(staffed.patient.id, staffed.treatment.id, None, [])
    dialog = ExportDialog(factory, inline_runner, settings, aligned=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.sheet is not None)
    assert dialog.sheet.footer.made_by == "Dr. Pia Holm"
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("teaching"))
    qtbot.waitUntil(lambda: not dialog._rendering)
    assert "may only be de-identified" in dialog._failure
    dialog.deidentify_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.sheet is not None and dialog.sheet.header.deidentified)
    assert "de-identified" in dialog.sheet.header.purpose_note.english()
    assert dialog.masking_combo.isEnabled()
    dialog.masking_combo.setCurrentIndex(dialog.masking_combo.findData("eyes"))
    qtbot.waitUntil(lambda: not dialog._rendering)
    # The test photos have no face to find: masking the eyes is refused with the reason, not skipped.
    assert "No face was found" in dialog._failure
    dialog.masking_combo.setCurrentIndex(dialog.masking_combo.findData("none"))
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog._rendering)
    before = [e.action for e in staffed.gateway.audit_entries()]
    assert "export" not in before  # a preview is no export
    out = tmp_path / "teaching.pdf"
    dialog.save_to(out)
    qtbot.waitUntil(lambda: not dialog._writing and out.exists(), timeout=30000)
    exported = [e for e in staffed.gateway.audit_entries() if e.action == "export"]
    assert [(e.user_name, e.detail) for e in exported] == [("pia", "purpose teaching, de-identified")]
    QApplication.processEvents()


def test_settings_add_the_first_user_as_administrator_and_set_the_lock(qtbot, window, clinic):
    from photofollow.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, clinic.gateway, window)
    qtbot.addWidget(dialog)
    page = dialog.users
    assert page.role_combo.currentData() == "administrator" and not page.role_combo.isEnabled()
    page.name_edit.setText("admin")
    page.password_edit.setText("admin-pass-1")
    page.again_edit.setText("admin-pass-2")
    page.add_user()
    assert "differ" in page.message.text() and not clinic.gateway.has_users()
    page.again_edit.setText("admin-pass-1")
    page.add_user()
    assert [u.name for u in clinic.gateway.users()] == ["admin"]
    assert clinic.gateway.current_user().name == "admin"  # who set it up is signed in
    assert page.role_combo.isEnabled() and page.lock_spin.isEnabled()
    page.lock_spin.setValue(3)
    dialog.accept()
    window.privacy.settings_closed()
    assert clinic.gateway.lock_after_minutes() == 3
    assert window.privacy.guard.timer.interval() == 3 * 60_000
    assert window.privacy.lock_action.isVisible() or not window.isVisible()
