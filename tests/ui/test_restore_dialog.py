"""Restore in the GUI (issue 11): File > Restore from a backup… lists the backups by date with what each
holds, restores the one picked and opens the library again; a damaged library is offered its backups
instead of an error; a read-only library opens for reading; suggested file names stay short and safe."""

from __future__ import annotations

import os
import subprocess
from datetime import timedelta

import pytest

from photofollow.domain.model import Patient
from photofollow.ui.main_window import MainWindow
from photofollow.ui.operations import Progress
from photofollow.ui.restore_dialog import RestoreDialog, UnfiledDialog

from .library_helpers import TREATED, photo_files
from .test_accessibility import answer_modal


@pytest.fixture
def window(qtbot, clinic, inline_runner, settings):
    main = MainWindow(clinic.gateway, inline_runner, settings)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    main.select_patient(clinic.patient.id)
    return main


def backup_now(window) -> str:
    return window.gateway.library.backup_now().name


def test_the_dialog_lists_backups_newest_first_with_what_each_holds_and_a_damaged_one_cannot_be_picked(
    qtbot, clinic, inline_runner
):
    library = clinic.gateway.library
    first = library.backup_now()
    clinic.gateway.save_patient(Patient("Cas Claes", "C-3003"))
    second = library.backup_now()
    broken = second.with_name(second.name.replace("manual", "daily"))
    broken.write_bytes(second.read_bytes()[:5000])
    dialog = RestoreDialog(clinic.path, inline_runner)
    qtbot.addWidget(dialog)
    made = [item.made_at for item in dialog.backups]
    assert made == sorted(made, reverse=True)  # newest first
    assert {first.name, second.name, broken.name} <= {item.path.name for item in dialog.backups}
    by_name = {item.path.name: row for row, item in enumerate(dialog.backups)}
    assert dialog.table.item(by_name[second.name], 2).text() == "3"  # patients
    assert dialog.table.item(by_name[first.name], 2).text() == "2"
    dialog.table.selectRow(by_name[broken.name])
    assert not dialog.restore_button.isEnabled() and "cannot be restored" in dialog.details.text()
    dialog.table.selectRow(by_name[first.name])
    assert dialog.restore_button.isEnabled() and "2 patients" in dialog.details.text()


def test_restore_from_the_file_menu_closes_restores_and_reopens_keeping_newer_photos_unfiled(
    window, clinic, tmp_path
):
    name = backup_now(window)
    files = photo_files(tmp_path / "later", "later", 1, TREATED + timedelta(days=30))
    window.gateway.import_files(files, clinic.follow_up.id, {}, Progress(), lambda _o: None)
    assert window.restore_action in window.file_menu.actions()

    def restore(dialog: RestoreDialog) -> None:
        row = next(row for row, item in enumerate(dialog.backups) if item.path.name == name)
        dialog.table.selectRow(row)
        dialog.restore_selected(confirm=False)

    answer_modal(RestoreDialog, restore)
    assert window.restore_from_backup()
    assert window.gateway.library.writable  # opened again
    assert list((clinic.path / "backups").glob("replaced-*/library.sqlite3"))
    unfiled = window.gateway.library.unfiled_photos()
    assert len(unfiled) == 1
    window.select_patient(clinic.patient.id)
    window.show_unfiled()
    dialog = window.unfiled_dialog
    assert isinstance(dialog, UnfiledDialog) and dialog.table.rowCount() == 1
    assert dialog.visits.count() == 2  # the shown patient's baseline and follow-up
    dialog.visits.setCurrentIndex(1)
    dialog.table.selectRow(0)
    dialog.file_selected()
    assert window.gateway.library.unfiled_photos() == []
    assert window.gateway.library.photo_by_sha256(unfiled[0].sha256).visit_id == dialog.visits.itemData(1)


def test_a_damaged_library_is_offered_its_backups_instead_of_an_error(window, clinic, tmp_path, settings):
    from photofollow.ui.library import open_library

    other = tmp_path / "other"
    second = open_library(other, settings)
    second.save_patient(Patient("Dora Dijk", "D-1"))
    second.library.backup_now()
    second.close()
    (other / "library.sqlite3").write_bytes(b"")  # emptied beside its backups
    for suffix in ("-wal", "-shm"):
        (other / f"library.sqlite3{suffix}").unlink(missing_ok=True)

    def restore(dialog: RestoreDialog) -> None:
        assert "damaged" in dialog.intro.text() and str(other) in dialog.intro.text()
        dialog.restore_selected(confirm=False)

    answer_modal(RestoreDialog, restore)
    assert window.open_library(other)
    assert window.gateway.path == other
    assert [p.display_name for p in window.gateway.patients()] == ["Dora Dijk"]


def test_a_read_only_library_opens_for_reading_and_a_change_says_why(
    qtbot, tmp_path, settings, inline_runner
):
    from photofollow.domain.errors import LibraryReadOnly
    from photofollow.ui.library import open_library

    folder = tmp_path / "ro"
    gateway = open_library(folder, settings)
    gateway.save_patient(Patient("Eva Eik", "E-1"))
    gateway.close()
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
    else:
        os.chmod(folder, 0o555)
    try:
        reader = open_library(folder, settings)
        try:
            assert reader.read_only and not reader.library.writable
            window = MainWindow(reader, inline_runner, settings)
            qtbot.addWidget(window)
            assert [p.display_name for p in reader.patients()] == ["Eva Eik"]
            with pytest.raises(LibraryReadOnly, match="open for reading only"):
                reader.save_patient(Patient("Frits Fok", "F-1"))
        finally:
            reader.close()
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(folder)], check=True)
        os.chmod(folder, 0o755)


def test_the_suggested_file_name_of_a_sheet_is_short_and_safe_for_any_patient_name(clinic):
    from dataclasses import replace

    from photofollow.services.sheets import sheet_from_library
    from photofollow.ui.export_dialog import suggested_file_stem

    sheet = sheet_from_library(clinic.path, patient="C-1001", treatment=str(clinic.treatment.id))
    header = replace(sheet.header, chart_number=None, patient_name="Anna/" * 2000 + "\x1b[31m\n")
    stem = suggested_file_stem(replace(sheet, header=header))
    assert len(stem) < 120 and "/" not in stem and "\x1b" not in stem and "\n" not in stem
    assert stem.startswith("Anna-Anna") and f" {sheet.header.treatment_at:%Y-%m-%d} " in stem


def test_a_full_disk_refuses_a_change_with_a_sentence_and_the_window_stays_up(
    qtbot, small_disk, settings, inline_runner
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from photofollow.ui.library import open_library

    disk = small_disk.path
    gateway = open_library(disk / "library", settings)
    gateway.save_patient(Patient("Gea Groen", "G-1"))
    window = MainWindow(gateway, inline_runner, settings)
    qtbot.addWidget(window)
    window.show()
    filler = small_disk.fill()
    said: list[str] = []

    def read_and_close() -> None:
        # Every message box the window shows while the disk is full (the refused change, and whatever else
        # the window tries to do then), read and closed: none may wait for a person.
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()

    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(read_and_close)
    closer.start()
    try:
        window._save_patient(Patient("Hans Hout", "H-1"))
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        assert "full" in said[0] and str(disk / "library") in said[0], said
        assert window.isVisible()
        filler.unlink()
        assert [p.display_name for p in gateway.patients()] == ["Gea Groen"]  # nothing half-written
        window._save_patient(Patient("Hans Hout", "H-1"))
        assert [p.display_name for p in gateway.patients()] == ["Gea Groen", "Hans Hout"]
        qtbot.wait(50)
    finally:
        closer.stop()
        window.close()
        gateway.close()


def test_restore_of_a_server_library_names_the_command_that_restores_it(
    qtbot, inline_runner, settings, postgres_cluster, tmp_path
):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from photofollow.ui.library import open_library

    database = postgres_cluster.new_database()
    address = postgres_cluster.url(database, tmp_path / "share")
    gateway = open_library(address, settings)
    try:
        main = MainWindow(gateway, inline_runner, settings)
        qtbot.addWidget(main)
        said: list[str] = []

        def read_and_close(dialog) -> None:  # whatever opens (a list of folder backups would be wrong) closes
            said.append(dialog.text() if isinstance(dialog, QMessageBox) else type(dialog).__name__)
            dialog.reject()

        answer_modal(QDialog, read_and_close)
        assert main.restore_from_backup() is False
        assert len(said) == 1
        assert f"photofollow backup --library {gateway.location} restore NAME" in said[0]
        main.close()
    finally:
        gateway.close()
        postgres_cluster.drop_database(database)
