"""The main window on a library shared by several workstations (issue 14): what another workstation imports
or edits shows up without restarting; a lost server is shown, reached again and everything read once more; a
change tried while the server is down is refused with the reason and leaves nothing behind. Real PostgreSQL
servers (tests/postgres_cluster.py), real widgets offscreen, another Library object as the other
workstation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from photofollow.domain.model import Area, Patient, Treatment, View, Visit, VisitKind
from photofollow.services import records
from photofollow.services.importing import import_photos
from photofollow.services.library import open_library as open_shared
from photofollow.ui.library import open_library
from photofollow.ui.main_window import MainWindow

from .library_helpers import TREATED, photo_files

pytestmark = pytest.mark.usefixtures("postgres_cluster")


@dataclass
class SharedClinic:
    location: str
    database: str
    there: object  # the other workstation's Library
    patient: Patient
    baseline: Visit


def _shared_clinic(cluster, tmp_path, database: str) -> SharedClinic:
    location = cluster.url(database, tmp_path / "store")
    there = open_shared(location, create=True)
    patient, _ = records.save_patient(there, Patient("Anna Jansen", "C-1001"))
    treatment, _ = records.save_treatment(there, Treatment(patient.id, TREATED, Area.FACE, "skin quality"))
    baseline, _ = records.save_visit(
        there, Visit(treatment.id, VisitKind.BASELINE, TREATED - timedelta(hours=1))
    )
    files = photo_files(tmp_path / "sources", "baseline", 1, TREATED - timedelta(hours=1))
    import_photos(there, files, baseline, view=View.FRONTAL)
    return SharedClinic(location, database, there, patient, baseline)


@pytest.fixture
def shared_clinic(postgres_cluster, tmp_path):
    database = postgres_cluster.new_database()
    clinic = _shared_clinic(postgres_cluster, tmp_path, database)
    yield clinic
    clinic.there.close()
    postgres_cluster.drop_database(database)


def _window(qtbot, location: str, runner, settings) -> MainWindow:
    gateway = open_library(location, settings, create=False)
    window = MainWindow(gateway, runner, settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitUntil(
        lambda: window.server_link.shared and window.server_link._feed.listening.is_set(), timeout=30000
    )
    return window


@pytest.fixture
def shared_window(qtbot, shared_clinic, inline_runner, settings):
    window = _window(qtbot, shared_clinic.location, inline_runner, settings)
    window.select_patient(shared_clinic.patient.id)
    qtbot.waitUntil(lambda: window.record is not None)
    yield window
    window.close()
    window.gateway.close()


def _shown_photo_ids(window: MainWindow) -> set[int]:
    if window.record is None:
        return set()
    return {
        photo.id
        for treatment in window.record.treatments
        for entry in treatment.visits
        for photo in entry.photos
    }


def test_the_window_names_the_shared_library_and_its_server(shared_window, shared_clinic, postgres_cluster):
    server = f"127.0.0.1:{postgres_cluster.port}"
    assert shared_clinic.database in shared_window.windowTitle() and server in shared_window.windowTitle()
    assert (
        shared_window.library_label.text()
        == f"Shared library {shared_clinic.database} on the server {server}"
    )
    assert not shared_window.connection_banner.isVisible()


def test_another_workstations_import_and_edits_show_up(qtbot, shared_window, shared_clinic, tmp_path):
    there = shared_clinic.there
    before = _shown_photo_ids(shared_window)
    assert len(before) == 1

    # A new patient on the nurse's station: the patient list here.
    bram, _ = records.save_patient(there, Patient("Bram Bakker", "C-2002"))
    qtbot.waitUntil(lambda: shared_window.patients_model.row_of(bram.id) >= 0, timeout=30000)

    # A photo imported there into the patient shown here: the timeline here.
    files = photo_files(tmp_path / "more", "week0", 1, TREATED - timedelta(minutes=30), shade=0.7)
    result = import_photos(there, files, shared_clinic.baseline, view=View.OBLIQUE_45_LEFT)
    imported = {outcome.photo.id for outcome in result.outcomes if outcome.photo is not None}
    assert len(imported) == 1
    qtbot.waitUntil(lambda: _shown_photo_ids(shared_window) == before | imported, timeout=30000)
    qtbot.waitUntil(lambda: set(shared_window.timeline.thumbs()) == before | imported, timeout=30000)

    # The visit edited there: the timeline here shows it as it is now.
    records.edit_visit(there, shared_clinic.baseline.id, kind=VisitKind.FOLLOW_UP)

    def shown_kind():
        return shared_window.record.treatments[0].visits[0].visit.kind

    qtbot.waitUntil(lambda: shown_kind() is VisitKind.FOLLOW_UP, timeout=30000)

    # The patient renamed there: the header and the list here.
    anna = there.get(Patient, shared_clinic.patient.id)
    anna.display_name = "Anna Jansen-de Vries"
    records.save_patient(there, anna)
    qtbot.waitUntil(lambda: "Anna Jansen-de Vries" in shared_window.header.name.text(), timeout=30000)


def test_a_lost_connection_is_shown_and_everything_read_again(
    qtbot, shared_window, shared_clinic, postgres_cluster
):
    window = shared_window
    banner = window.connection_banner
    seen: list[tuple[bool, str]] = []  # what the banner said as each state came (after the window's own slot)
    window.server_link.connection_changed.connect(
        lambda connected: seen.append((connected, banner.text.text()))
    )
    reloads: list[int] = []
    window.patients_model.modelReset.connect(lambda: reloads.append(1))

    postgres_cluster.psql(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{shared_clinic.database}' "
        "AND pid <> pg_backend_pid()"
    )
    qtbot.waitUntil(lambda: [connected for connected, _text in seen][-2:] == [False, True], timeout=30000)
    server = f"127.0.0.1:{postgres_cluster.port}"
    lost_text = next(text for connected, text in seen if not connected)
    assert lost_text.startswith(f"Lost the connection to the library's server {server}; reconnecting")
    assert banner.isVisible()
    assert banner.text.text().startswith(f"Connected again to the library's server {server}")
    assert reloads  # the patient list read again
    # The window's own connections were cut too: its next change is saved on a new one.
    saved, _ = window.gateway.save_patient(Patient("Carla Smit"))
    assert shared_clinic.there.get(Patient, saved.id) is not None


def test_a_change_while_the_server_is_down_is_refused_and_nothing_is_kept(
    qtbot, tmp_path, inline_runner, settings, monkeypatch
):
    from postgres_cluster import Cluster

    cluster = Cluster().start()  # its own server: this test stops it
    try:
        database = cluster.new_database()
        clinic = _shared_clinic(cluster, tmp_path, database)
        clinic.there.close()
        window = _window(qtbot, clinic.location, inline_runner, settings)
        window.select_patient(clinic.patient.id)
        qtbot.waitUntil(lambda: window.record is not None)
        warnings: list[str] = []
        monkeypatch.setattr(
            QMessageBox, "warning", lambda _parent, _title, text, *rest: warnings.append(text)
        )
        server = f"127.0.0.1:{cluster.port}"

        cluster.halt()
        qtbot.waitUntil(lambda: window.connection_banner.lost_server == server, timeout=30000)
        assert window.connection_banner.isVisible() and window.isVisible()
        screenshot = tmp_path / "lost-connection.png"
        window.grab().save(str(screenshot))

        # A visit with its symptom log is one transaction: refused whole, with the reason.
        visit = Visit(
            window.record.treatments[0].treatment.id, VisitKind.FOLLOW_UP, TREATED + timedelta(days=7)
        )
        window.runner.run_serial(
            "save visit", lambda _p: window.gateway.save_visit(visit, []), lambda _r: None
        )
        assert len(warnings) == 1
        assert f"The database server {server} cannot be reached" in warnings[0]
        assert "Nothing half-written was kept" in warnings[0]
        assert window.isVisible()

        cluster.resume()
        qtbot.waitUntil(lambda: window.connection_banner.lost_server is None, timeout=60000)
        assert window.connection_banner.text.text().startswith("Connected again")
        visits = cluster.psql("SELECT count(*) FROM visits", database)
        assert visits == "1"  # the refused visit is nowhere
        saved, _ = window.gateway.save_visit(visit, [])
        assert saved.id is not None
        assert cluster.psql("SELECT count(*) FROM visits", database) == "2"
        window.close()
        window.gateway.close()
    finally:
        cluster.stop()


def test_file_open_library_takes_a_server_address_but_never_a_password(
    qtbot, window, shared_clinic, settings, monkeypatch
):
    """`window` is on a folder library (tests/ui/conftest.py); File > Open library moves it to the server."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from photofollow.ui.settings_dialog import SettingsDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: warnings.append(text))
    assert not window.server_link.shared and window.library_label.text() == ""
    with_password = shared_clinic.location.replace("photofollow_test@", "photofollow_test:secret@")

    def type_address(text: str, button: QDialogButtonBox.StandardButton) -> None:
        dialog = window.library_dialog
        dialog.edit.setText(text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
        if dialog.isVisible():
            dialog.buttons.button(button).click()

    QTimer.singleShot(0, lambda: type_address(with_password, QDialogButtonBox.StandardButton.Cancel))
    window.choose_library()
    assert len(warnings) == 1 and "holds a password" in warnings[0] and "secret" not in warnings[0]
    assert not window.server_link.shared

    QTimer.singleShot(0, lambda: type_address(shared_clinic.location, QDialogButtonBox.StandardButton.Cancel))
    window.choose_library()
    assert window.server_link.shared
    assert shared_clinic.database in window.windowTitle()
    assert settings.library_location == shared_clinic.location
    qtbot.waitUntil(lambda: window.patients_model.row_of(shared_clinic.patient.id) >= 0)

    # Settings keep no password either.
    dialog = SettingsDialog(settings, window.gateway, window)
    try:
        dialog.library_edit.setText(with_password)
        dialog.accept()
        assert len(warnings) == 2 and "holds a password" in warnings[1]
        assert settings.library_location == shared_clinic.location
    finally:
        # Gone with the library: its users tab reads them again at a language change (a later test's).
        shiboken6.delete(dialog)
    window.close()
    window.gateway.close()
