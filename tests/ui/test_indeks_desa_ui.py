"""The Indeks Desa questionnaire dialog under pytest-qt: live scores per dimension and in
total, the provisional status, profile warnings, saving, the review trail, refusals."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.first_run import WorkingArea, save_working_area
from desktop_app.core.indeks_desa.store import load_questionnaire
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.villages.profile import save_profile
from desktop_app.ui.app import create_application
from desktop_app.ui.indeks_desa.questionnaire_dialog import QuestionnaireDialog
from desktop_app.ui.messages import message_text
from desktop_app.ui.tasks import TaskRunner

VILLAGE = "64.07.05.2001"


@pytest.fixture
def runner():
    create_application()
    runner = TaskRunner()
    yield runner
    runner.wait_idle()


def open_dialog(qtbot, workspace, runner, code: str = VILLAGE) -> QuestionnaireDialog:
    dialog = QuestionnaireDialog(workspace, runner, code, "Long Iram Bayan", 2025)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5_000):
        dialog.show()
    return dialog


def test_scores_update_live_and_save(qtbot, workspace, runner) -> None:
    save_profile(workspace.db, workspace.editor, VILLAGE,
                 {"head_name": "Petrus Ding", "internet": "none"}, [])
    dialog = open_dialog(qtbot, workspace, runner)
    assert dialog.table.rowCount() == 126
    assert "0/34 aspek" in dialog.dimension_labels["I"][1].text()
    assert "(sementara)" in dialog.result.text() and "belum lengkap" in dialog.result.text()
    assert "S4" in dialog.note.text()
    cat = indeks_desa_catalogue(2025)
    for item in cat.indicators_of("I"):
        dialog.spins[item.key].setValue(5)
    assert dialog.dimension_labels["I"][1].text() == "34/34 aspek · 100,00"
    assert "Indeks Desa 26,77" in dialog.result.text()
    dialog.spins["43.2"].setValue(5)
    assert not dialog.warnings.isHidden()
    assert "Aspek 43.2 (Akses Internet) diberi skor 5" in dialog.warnings.text()
    dialog.filled_by.setText("Tim data kampung")
    row = [item.key for item in cat.indicators].index("1.1")
    dialog.table.item(row, 4).setText("Dapodik 2025")
    with qtbot.waitSignal(dialog.loaded, timeout=5_000):
        dialog.save()
    stored = load_questionnaire(workspace.db, VILLAGE, 2025)
    assert stored.filled_by == "Tim data kampung"
    assert stored.answers["1.1"].score == 5 and stored.answers["1.1"].data_source == \
        "Dapodik 2025"
    assert len([a for a in stored.answers.values() if a.score is not None]) == 35
    # the evidence panel follows the chosen aspect once its answer is stored
    dialog.table.selectRow(row)
    assert dialog.evidence.record_id == stored.answer_ids["1.1"]
    assert dialog.evidence.add_button.isEnabled()


def test_review_needs_every_aspect_then_goes_in_order(qtbot, workspace, runner) -> None:
    dialog = open_dialog(qtbot, workspace, runner)
    dialog.spins["1.1"].setValue(3)
    dialog.reviewer.setText("Rahmat")
    dialog.review("diperiksa")
    qtbot.waitUntil(lambda: workspace is not None and dialog.findChild(
        QMessageBox, "notice") is not None, timeout=5_000)
    notice = dialog.findChild(QMessageBox, "notice")
    assert "Baru 1 dari 126 aspek terisi" in message_text(notice)
    notice.close()
    for spin in dialog.spins.values():
        spin.setValue(4)
    with qtbot.waitSignal(dialog.loaded, timeout=5_000):
        dialog.review("diperiksa")
    assert "Diperiksa pendamping (Rahmat)" in dialog.state.text()


def test_village_outside_the_working_area_is_refused_in_indonesian(qtbot, workspace,
                                                                    runner, monkeypatch) -> None:
    with workspace.db.writing() as session:
        save_working_area(session, WorkingArea("64.01", ""))
    dialog = open_dialog(qtbot, workspace, runner)
    dialog.spins["1.1"].setValue(3)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "notice") is not None,
                    timeout=5_000)
    text = message_text(dialog.findChild(QMessageBox, "notice"))
    assert "di luar wilayah kerja" in text
    assert load_questionnaire(workspace.db, VILLAGE, 2025).id is None
    assert dialog.dirty  # refused: still on screen, unsaved
    _answering(monkeypatch, QMessageBox.StandardButton.Discard)  # closed at the test's end


def test_village_tab_chart_weak_aspects_and_path(qtbot, workspace, runner) -> None:
    from PySide6.QtCharts import QChartView

    from desktop_app.core.indeks_desa.answers import Answer
    from desktop_app.core.indeks_desa.store import save_questionnaire
    from desktop_app.ui.indeks_desa.village_panel import VillageIndeksDesaPanel

    cat = indeks_desa_catalogue(2025)
    answers = {item.key: Answer(4) for item in cat.indicators}
    answers["43.2"] = Answer(1)
    save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025, answers)
    panel = VillageIndeksDesaPanel(workspace, runner)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.show_village(VILLAGE, "Kampung Long Iram Bayan")
    assert panel.year.currentText() == "2025"
    assert "Maju (sementara)" in panel.summary.text()
    assert "S4" in panel.note.text()
    assert isinstance(panel.chart, QChartView)
    bars = panel.chart.chart().series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())][-1] == 80.0  # Layanan Dasar (top bar)
    row = [item.key for item in cat.indicators].index("43.2")
    assert panel.aspects.item(row, 3).text() == "1"
    assert panel.aspects.item(row, 0).background().color().name() == "#fdecea"
    assert panel.aspects.item(0, 0).background().color().name() == "#fff4e0"
    assert panel.path.text().startswith("Jalan ke Mandiri (sementara): naikkan")
    panel.open_questionnaire()
    dialog = panel.questionnaire_dialog
    qtbot.waitUntil(lambda: dialog.spins["43.2"].value() == 1, timeout=5_000)
    dialog.spins["43.2"].setValue(5)
    with qtbot.waitSignals([panel.loaded, dialog.loaded], timeout=5_000):
        dialog.save()
    assert panel.aspects.item(row, 3).text() == "5"
    assert not dialog.dirty  # saved and shown again


def test_official_results_with_an_unfamiliar_layout_through_the_mapping_step(
        qtbot, workspace, runner, tmp_path) -> None:
    from desktop_app.core.indeks_desa.queries import status_per_village
    from desktop_app.ui.indeks_desa.official_import_dialog import OfficialResultsDialog

    sheet = tmp_path / "dpmd.csv"
    sheet.write_text("Wil.;Desa;Hasil akhir;Kategori\n6407052001;Long Iram Bayan;81,5;Mandiri\n",
                     encoding="utf-8")
    dialog = OfficialResultsDialog(workspace, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.previewed, timeout=5_000):
        dialog.open_file(sheet)
    assert dialog.mapping.isVisibleTo(dialog) and "tidak dikenali" in dialog.layout_note.text()
    assert dialog.mapping.columns["village_code"].currentText() == "A: Wil."
    dialog.mapping.columns["total"].setCurrentIndex(3)     # C: Hasil akhir
    dialog.mapping.columns["status"].setCurrentIndex(4)    # D: Kategori
    dialog.mapping.columns["village_name"].setCurrentIndex(2)
    dialog.year.setValue(2025)
    with qtbot.waitSignal(dialog.imported, timeout=5_000) as imported:
        dialog.start_import()
    assert imported.args[0].added == 1
    with workspace.db.reading() as session:
        found = status_per_village(session, 2025)["64.07.05.2001"]
    assert (found.status, str(found.total)) == ("Mandiri", "81.5")
    again = OfficialResultsDialog(workspace, runner)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.previewed, timeout=5_000):
        again.open_file(sheet)
    assert again.mapping.isHidden() and "dikenali" in again.layout_note.text()


def test_installing_cut_offs_from_the_menu_recomputes_drafts(qtbot, workspace, runner,
                                                            tmp_path) -> None:
    import json

    from PySide6.QtWidgets import QWidget

    from desktop_app.core.indeks_desa.answers import Answer
    from desktop_app.core.indeks_desa.store import save_questionnaire
    from desktop_app.core.index.definitions import shipped_folder
    from desktop_app.core.models import IndexQuestionnaire
    from desktop_app.ui.indeks_desa.actions import install

    save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025,
                       {item.key: Answer(3) for item in indeks_desa_catalogue(2025).indicators})
    rule = json.loads((shipped_folder() / "status" / "2025.json").read_text(encoding="utf-8"))
    rule.update(verified=True, source="Kepmendesa 343/2025 (uji)")
    rule["bands"][3]["lower_inclusive"] = "59"
    path = tmp_path / "2025.json"
    path.write_text(json.dumps(rule), encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    task = install(workspace, runner, parent, path, status_rule=True)
    with qtbot.waitSignal(task.finished, timeout=10_000) as finished:
        pass
    assert finished.args[0] == (1, [])
    with workspace.db.reading() as session:
        row = session.query(IndexQuestionnaire).one()
    assert (row.status, row.status_provisional) == ("Maju", False)
    notice = parent.findChild(QMessageBox, "notice")
    assert "1 kuesioner dihitung ulang" in message_text(notice)


def test_village_tab_in_the_window_follows_an_official_import(qtbot, workspace, tmp_path,
                                                              open_window) -> None:
    from tests.ui.test_main_window import open_row

    window = open_window(workspace)
    page = window.villages
    open_row(qtbot, page, VILLAGE)
    with qtbot.waitSignal(page.indeks_desa.loaded, timeout=5_000):
        page.details.setCurrentIndex(3)
    panel = page.indeks_desa
    assert page.details.tabText(3) == "Indeks Desa"
    assert "kuesioner belum diisi" in panel.summary.text()
    sheet = tmp_path / "hasil.csv"
    sheet.write_text("Kode Desa,Nilai ID,Status\n6407052001,81.20,Mandiri\n", encoding="utf-8")
    dialog = window.import_indeks_desa_results()
    with qtbot.waitSignal(dialog.previewed, timeout=5_000):
        dialog.open_file(sheet)
    with qtbot.waitSignal(panel.loaded, timeout=5_000):  # the change signal reloads the tab
        dialog.start_import()
    assert "resmi: 81.20 Mandiri" in panel.summary.text()


def test_region_overview_tab_per_status_kabupaten_and_weak_aspects(qtbot, workspace,
                                                                   open_window) -> None:
    from desktop_app.core.indeks_desa.answers import Answer
    from desktop_app.core.indeks_desa.store import save_questionnaire

    cat = indeks_desa_catalogue(2025)
    for code, score in (("64.07.05.2001", 3), ("64.07.05.2002", 4), ("64.01.01.2001", 2)):
        answers = {item.key: Answer(score) for item in cat.indicators}
        save_questionnaire(workspace.db, workspace.editor, code, 2025, answers)
    window = open_window(workspace)
    window.navigation.setCurrentRow(1)
    tab = window.idm.indeks_desa
    with qtbot.waitSignal(tab.loaded, timeout=5_000):
        window.idm.tabs.setCurrentWidget(tab)
        tab.refresh()
    headers = [tab.statuses.horizontalHeaderItem(c).text()
               for c in range(tab.statuses.columnCount())]
    assert headers == ["Kabupaten/Kota", "Mandiri", "Maju", "Berkembang", "Tertinggal",
                       "Sangat Tertinggal", "Jumlah", "Sementara"]
    rows = {tab.statuses.item(r, 0).text(): [tab.statuses.item(r, c).text()
                                             for c in range(1, 8)]
            for r in range(tab.statuses.rowCount())}
    assert rows["Kabupaten Kutai Barat"] == ["1", "0", "1", "0", "0", "2", "2"]  # 80, 60
    assert rows["Kabupaten Paser"] == ["0", "0", "0", "0", "1", "1", "1"]
    assert tab.weak.rowCount() == 50  # every aspect is 2 in Batu Kajang; the first 50 shown
    assert tab.weak.item(0, 3).text() == "Batu Kajang (64.01.01.2001)"
    assert "S4" in tab.note.text()


def _answering(monkeypatch, choice: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return choice
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_unsaved_answers_are_not_dropped_silently(qtbot, workspace, runner, monkeypatch):
    """Closing the dialog or choosing another year with answers not saved asks first:
    Cancel keeps them on screen, Save stores them, Discard drops them."""
    dialog = open_dialog(qtbot, workspace, runner)
    dialog.reject()  # nothing entered: closes without asking
    assert not dialog.isVisible()
    dialog = open_dialog(qtbot, workspace, runner)
    dialog.spins["1.1"].setValue(4)
    dialog.filled_by.setText("Tim data kampung")

    asked = _answering(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible() and dialog.spins["1.1"].value() == 4
    dialog.year.setValue(2026)
    assert dialog.year.value() == 2025 and dialog.spins["1.1"].value() == 4
    assert len(asked) == 2 and "Long Iram Bayan tahun 2025" in asked[0]

    _answering(monkeypatch, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.loaded, timeout=5_000):
        dialog.year.setValue(2026)  # 2025 saved, then 2026 shown
    assert load_questionnaire(workspace.db, VILLAGE, 2025).answers["1.1"].score == 4
    assert dialog.spins["1.1"].value() == dialog.spins["1.1"].minimum()  # 2026: empty

    dialog.spins["1.1"].setValue(2)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.reject()  # Save: stored, then closed
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert load_questionnaire(workspace.db, VILLAGE, 2026).answers["1.1"].score == 2

    dialog = open_dialog(qtbot, workspace, runner)
    dialog.spins["1.1"].setValue(1)
    _answering(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
    assert load_questionnaire(workspace.db, VILLAGE, 2025).answers["1.1"].score == 4
