"""Record dialogs (patient, treatment, visit with pain score, symptom log and the guide's tiers), the patient
search, the import result list, words on screen and live retranslation."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from photofollow.domain.checks import CheckId, CheckResult, CheckStatus, PairReport, verdict_of
from photofollow.domain.model import (
    Area,
    Patient,
    PhotoFacts,
    SymptomEntry,
    Treatment,
    Trend,
    View,
    Visit,
    VisitKind,
)
from photofollow.domain.timing import time_since_treatment
from photofollow.reporting import words
from photofollow.ui.dialogs import PatientDialog, TreatmentDialog, VisitDialog
from photofollow.ui.import_dialog import expand_paths
from photofollow.ui.models import ImportResultModel, ImportRow, Outcome, PatientListModel, PatientSearchProxy


def test_search_as_you_type_matches_name_and_chart_number_ignoring_case_and_accents(qapp):
    model = PatientListModel()
    model.set_patients(
        [
            Patient("Anna Jansen", "C-1001", id=1),
            Patient("Jürgen Müller", "C-2002", id=2),
            Patient("Mette Sørensen", None, id=3),
        ]
    )
    proxy = PatientSearchProxy()
    proxy.setSourceModel(model)

    def shown(text):
        proxy.set_search(text)
        return [proxy.index(row, 0).data().split("  ·  ")[0] for row in range(proxy.rowCount())]

    assert shown("") == ["Anna Jansen", "Jürgen Müller", "Mette Sørensen"]
    assert shown("mul") == ["Jürgen Müller"]
    assert shown("MULLER jur") == ["Jürgen Müller"]
    assert shown("2002") == ["Jürgen Müller"]
    assert shown("c-100") == ["Anna Jansen"]
    assert shown("sør") == ["Mette Sørensen"]
    assert shown("nobody") == []
    # An edited patient keeps its row; a new one lands in name order.
    model.upsert(Patient("Anna Jansen-de Vries", "C-1001", id=1))
    model.upsert(Patient("Bram Bakker", None, id=4))
    proxy.set_search("")
    assert [model.index(row).data(Qt.ItemDataRole.UserRole + 1).id for row in range(model.rowCount())] == [
        1,
        4,
        2,
        3,
    ]


def test_patient_dialog_needs_a_name_and_returns_the_record(qtbot):
    dialog = PatientDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "  Anna Jansen ")
    assert ok.isEnabled()
    dialog.chart_edit.setText("C-1001")
    dialog.birth_known.setChecked(True)
    dialog.birth_edit.setDate(dialog.birth_edit.date().fromString("1984-05-06", "yyyy-MM-dd"))
    patient = dialog.record()
    assert patient == Patient("Anna Jansen", "C-1001", date(1984, 5, 6), "", None)


def test_treatment_dialog_keeps_the_id_and_gives_an_aware_time(qtbot):
    original = Treatment(7, datetime(2026, 3, 2, 10, 30, tzinfo=UTC), Area.SCALP, "hair", "Product X", id=12)
    dialog = TreatmentDialog(7, original)
    qtbot.addWidget(dialog)
    assert dialog.area_combo.currentText() == "Scalp"
    dialog.product_edit.setText("Product Y")
    treatment = dialog.record()
    assert treatment.id == 12 and treatment.patient_id == 7 and treatment.product == "Product Y"
    assert treatment.performed_at.tzinfo is not None
    assert treatment.performed_at == original.performed_at


def test_visit_dialog_edits_pain_score_and_symptom_log_and_shows_the_guide(qtbot):
    visit = Visit(5, VisitKind.FOLLOW_UP, datetime(2026, 3, 5, 9, 0, tzinfo=UTC), pain_score=None, id=40)
    entries = [
        SymptomEntry(40, datetime(2026, 3, 4, 20, 0, tzinfo=UTC), "left cheek", 4, Trend.WORSE, "itch", id=3)
    ]
    dialog = VisitDialog(5, visit, entries)
    qtbot.addWidget(dialog)
    assert dialog.pain_spin.text() == "Not recorded"
    assert dialog.pain_spin.accessibleName() == "Pain score, 0 to 10"
    dialog.pain_spin.setFocus()
    dialog.pain_spin.setValue(6)
    assert dialog.record().pain_score == 6 and dialog.record().id == 40
    dialog.pain_spin.setValue(-1)
    assert dialog.record().pain_score is None
    # The existing entry is there, editable; a new one is added.
    assert dialog.symptoms.rowCount() == 1
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.symptoms.cellWidget(1, dialog.symptoms.AREA).setText("chin")
    dialog.symptoms.cellWidget(1, dialog.symptoms.SEVERITY).setValue(2)
    dialog.symptoms.cellWidget(1, dialog.symptoms.TREND).setCurrentIndex(1)
    saved = dialog.symptom_entries(40)
    assert [(e.area, e.severity, e.trend, e.id) for e in saved] == [
        ("left cheek", 4, Trend.WORSE, 3),
        ("chin", 2, Trend.BETTER, None),
    ]
    assert saved[0].started_at.astimezone(UTC) == datetime(2026, 3, 4, 20, 0, tzinfo=UTC)
    # The three tiers, as information, and the reminder about the examination.
    texts = [text.text() for _icon, text in dialog.tiers.rows]
    assert "Observe at home" in texts[0] and "Call the clinic" in texts[1] and "Urgent care" in texts[2]
    assert "never replace the examination" in dialog.tiers.reminder.text()


def test_import_results_name_the_outcome_the_reason_and_the_failing_checks(qapp):
    model = ImportResultModel()
    facts = PhotoFacts(10, 10, "JPEG")
    checks = tuple(
        CheckResult(c, CheckStatus.FAIL if c is CheckId.DISTANCE else CheckStatus.PASS, 0.2, 0.1, "", "…")
        for c in CheckId
    )
    report = PairReport(verdict_of(checks), checks, None, facts, facts)
    model.append_rows(
        [
            ImportRow(Path("/a/front.jpg"), Outcome.IMPORTED, view=View.FRONTAL, photo_id=1, report=report),
            ImportRow(Path("/a/again.jpg"), Outcome.DUPLICATE, view=View.FRONTAL),
            ImportRow(Path("/a/broken.jpg"), Outcome.FAILED, reason="broken.jpg: the file is truncated."),
        ]
    )
    cell = lambda row, column: model.index(row, column).data()  # noqa: E731
    assert cell(0, 1) == "Imported" and cell(0, 2) == "Frontal"
    assert cell(0, 3) == "Inconsistent — failed: Distance"
    assert cell(1, 1) == "Duplicate: already in the library"
    assert cell(2, 1) == "Failed: broken.jpg: the file is truncated."
    assert model.counts() == {"imported": 1, "duplicate": 1, "failed": 1, "cancelled": 0}


def test_folders_expand_to_their_photos(tmp_path):
    (tmp_path / "visit" / "sub").mkdir(parents=True)
    for name in ("b.JPG", "a.jpg", "sub/c.heic", "notes.txt", ".hidden.jpg"):
        (tmp_path / "visit" / name).write_bytes(b"x")
    single = tmp_path / "loose.png"
    single.write_bytes(b"x")
    found = expand_paths([tmp_path / "visit", single, tmp_path / "visit" / "a.jpg"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "visit/a.jpg",
        "visit/b.JPG",
        "visit/sub/c.heic",
        "loose.png",
    ]


def test_time_since_treatment_words_follow_the_domain_rules(qapp):
    treated = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    for moment in (
        datetime(2026, 2, 28, 9, 0, tzinfo=UTC),
        datetime(2026, 3, 2, 14, 0, tzinfo=UTC),
        datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
        datetime(2026, 3, 16, 11, 0, tzinfo=UTC),
        datetime(2026, 6, 1, 10, 0, tzinfo=UTC),
        datetime(2026, 3, 1, 10, 0, tzinfo=UTC),
    ):
        from photofollow.domain.timing import label

        elapsed = time_since_treatment(moment, treated)
        assert words.elapsed_label(elapsed) == label(elapsed)


def test_widgets_retranslate_live_when_a_translator_is_installed(qtbot, tmp_path):
    """A language switch reaches open windows at once (every widget answers LanguageChange)."""
    dialog = VisitDialog(5)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New visit"

    class Dutch(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return {"New visit": "Nieuw bezoek", "&Pain score:": "&Pijnscore:"}.get(source, "")

        def isEmpty(self):
            return False

    translator = Dutch()
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Nieuw bezoek", timeout=2000)
        assert dialog.labels[2].text() == "&Pijnscore:"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "New visit", timeout=2000)
