"""The IDM screens on the real window: village IDM tab, field draft, region overview."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QChartView

from desktop_app.ui.messages import message_text
from tests.ui.test_main_window import open_row


def show_idm(qtbot, window, code: str):
    page = window.villages
    with qtbot.waitSignal(page.idm.loaded, timeout=5_000):
        open_row(qtbot, page, code)
    page.details.setCurrentWidget(page.idm)
    return page.idm


def test_village_idm_tab_shows_years_chart_weak_indicators_and_path(
        qtbot, workspace, idm_data, open_window):
    window = open_window(workspace)
    panel = show_idm(qtbot, window, "64.01.01.2001")
    assert panel.years.rowCount() == 2
    assert [panel.years.item(r, 6).text() for r in range(2)] == ["Tertinggal", "Maju"]
    assert panel.indicators.rowCount() == 50
    assert panel.indicators.item(0, 2).text() == "4"  # 2024 shown first: all scores 4
    assert isinstance(panel.chart, QChartView)
    assert len(panel.chart.chart().series()) == 1 + 4  # IDM line and four thresholds

    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.years.selectRow(0)  # 2023: indicator 1 scored 0
    first = panel.indicators
    assert (first.item(0, 2).text(), first.item(0, 4).text(), first.item(0, 5).text()) == (
        "0", "Bangun poskesdes", "Kabupaten: Dinkes, PU")
    assert first.item(0, 0).background().color().name() == "#fdecea"
    assert "Jalan ke status Berkembang" in panel.path.text()


def test_field_draft_updates_live_and_is_saved_apart(qtbot, workspace, idm_data, open_window):
    window = open_window(workspace)
    panel = show_idm(qtbot, window, "64.01.01.2002")
    panel.open_draft()
    dialog = panel.draft_dialog
    assert "Sangat Tertinggal" in dialog.result.text()
    for number in range(1, 36):
        dialog.spins[number].setValue(5)
    assert "IKS 1,0000" in dialog.result.text()
    assert "Berkembang" in dialog.result.text()
    dialog.year.setValue(2025)
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        dialog.save()
    kinds = [panel.years.item(r, 1).text() for r in range(panel.years.rowCount())]
    assert kinds == ["Resmi", "Resmi", "Draf lapangan"]
    assert panel.years.item(2, 6).text() == "Berkembang"


@pytest.mark.qt_log_ignore("This plugin does not support raise",  # the suggestion popup
                           "This plugin does not support grabbing the keyboard")
def test_region_overview_synergy_export_and_targets(qtbot, tmp_path: Path, workspace,
                                                    idm_data, open_window):
    window = open_window(workspace)
    page = window.idm
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.refresh()
    with qtbot.waitSignal(page.disagreements_loaded, timeout=5_000):
        page.tabs.setCurrentWidget(page.disagreements)
    window.navigation.setCurrentRow(1)
    rows = {(page.status_table.text(r, 0), page.status_table.text(r, 1))
            for r in range(page.status_table.row_count())}
    assert ("Kabupaten Paser", "2023") in rows
    assert page.lagging.row_count() == 1
    assert page.lagging.text(0, 1) == "Kasungai"
    flagged = {page.disagreements.item(r, 0).text() for r in range(page.disagreements.rowCount())}
    assert flagged == {"64.72.01.1001"}
    assert isinstance(page.chart, QChartView)

    page.synergy_year.setValue(2023)
    page.weak_up_to.setValue(1)
    with qtbot.waitSignal(page.synergy_loaded, timeout=5_000) as loaded:
        page.load_synergy()
    assert loaded.args[0] == page.synergy.rowCount() > 0
    out = tmp_path / "sinergi.xlsx"
    with qtbot.waitSignal(page.exported, timeout=5_000):
        page.export_synergy(out)
    sheet = load_workbook(out).active
    assert sheet["A2"].value == "Instansi"
    exported = {(row[0], row[2]): row[4:] for row in sheet.iter_rows(min_row=3,
                                                                      values_only=True)}
    assert exported[("Dinkes", 1)] == (1, "Batu Kajang (64.01.01.2001)")
    assert ("Kominfo", 30) in exported

    targets = page.targets
    targets.year.setValue(2023)
    targets.count.setValue(2)
    for typed in ("Batu Kaj", "64.01.01.2002"):  # by name or by code
        with qtbot.waitSignal(targets.villages.suggested, timeout=5_000):
            qtbot.keyClicks(targets.villages.search, typed)
        targets.villages.choose(0)
    assert targets.villages.names() == ["Batu Kajang", "Kasungai"]
    targets.save()
    qtbot.waitUntil(lambda: targets.table.rowCount() == 1, timeout=5_000)
    assert [targets.table.item(0, c).text() for c in range(4)] == ["Provinsi", "2", "1",
                                                                   "belum"]
    assert "Batu Kajang (Tertinggal → Maju)" in targets.table.item(0, 4).text()


def test_screenshots_of_the_idm_screens(qtbot, workspace, idm_data, open_window):
    window = open_window(workspace)
    window.resize(1366, 768)
    out = Path(__file__).parent / "screenshots"
    out.mkdir(exist_ok=True)
    panel = show_idm(qtbot, window, "64.01.01.2001")
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.years.selectRow(0)
    assert window.grab().save(str(out / "village_idm.png"))
    window.navigation.setCurrentRow(1)
    with qtbot.waitSignal(window.idm.loaded, timeout=5_000):
        window.idm.refresh()
    assert window.grab().save(str(out / "idm_overview.png"))


def test_import_rumusan_from_the_window(qtbot, workspace, open_window):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.idm.import_kinds import RUMUSAN

    window = open_window(workspace)
    folder = Path(__file__).resolve().parents[1] / "idm" / "fixtures" / "rumusan"
    task = window.start_idm_import(RUMUSAN, [folder])
    with qtbot.waitSignal(task.finished, timeout=10_000) as finished:
        pass
    report = finished.args[0]
    assert (report.counts["added"], report.counts["skipped"]) == (1, 1)
    notice = window.findChild(QMessageBox, "notice")
    assert "1 baru" in notice.text() and "1 dilewati" in notice.text()
    assert "64.01.02.2002" in message_text(notice) or "6401022002" in message_text(notice)
    panel = show_idm(qtbot, window, "64.01.02.2001")
    assert [panel.years.item(r, 0).text() for r in range(panel.years.rowCount())] == ["2023"]
    assert panel.indicators.rowCount() == 50


def test_files_under_a_changed_code_are_imported_after_confirming(qtbot, tmp_path, workspace,
                                                                  open_window):
    from sqlalchemy import select

    from desktop_app.core.models import IdmAssessment
    from desktop_app.ui.idm.import_kinds import RUMUSAN
    from tests.idm.fixtures.idm_import_documents import rumusan_document, write_rumusan

    folder = tmp_path / "rumusan"
    write_rumusan(folder, rumusan_document("6401012001", 2024))
    moved = rumusan_document("6401052001", 2024)  # Kasungai, now 64.01.01.2002
    moved["mapData"]["IDENTITAS"][0].update(nama_desa="KASUNGAI", nama_kecamatan="LAMA")
    write_rumusan(folder, moved)
    window = open_window(workspace)
    task = window.start_idm_import(RUMUSAN, [folder])
    with qtbot.waitSignal(task.finished, timeout=10_000) as finished:
        pass
    assert finished.args[0].counts["skipped"] == 1
    dialog = task.code_map_dialog
    assert dialog.isVisible()
    assert [dialog.table.item(0, column).text() for column in (0, 1, 3)] == [
        "64.01.05.2001", "KASUNGAI (LAMA)", "6401052001/2024.json"]
    assert dialog.combos[0].currentText() == "64.01.01.2002 Kasungai, Kecamatan Batu Sopang"
    assert dialog.geometry().width() <= 1366 and dialog.geometry().height() <= 768
    with qtbot.waitSignal(task.follow_up, timeout=5_000) as started:
        dialog.import_button.click()
    follow = started.args[0]
    with qtbot.waitSignal(follow.finished, timeout=10_000) as done:
        pass
    report = done.args[0]
    assert (report.counts["added"], report.counts["skipped"]) == (1, 0)  # only that file
    with workspace.db.reading() as session:
        assert session.execute(select(IdmAssessment.village_code, IdmAssessment.published_code)
                               .where(IdmAssessment.published_code.is_not(None))).all() == [
            ("64.01.01.2002", "64.01.05.2001")]


@pytest.mark.parametrize(("role", "regions", "refused"), [
    ("pendamping", None, "sebagai pendamping desa setingkat kecamatan"),
    (None, ["64.01.01"], "hanya 64.01.01"),  # what the server granted decides
    ("pendamping", ["64.01"], None),
])
def test_a_target_outside_the_users_scope_is_refused_at_entry(
        qtbot, workspace, open_window, role, regions, refused):
    """Issue 15: a facilitator's kabupaten-wide target was refused weeks later by the
    server (shown as raw JSON); now it is refused when saved, with the reason."""
    from sqlalchemy import select

    from desktop_app.core.first_run import USER_ROLE
    from desktop_app.core.local_settings import set_setting
    from desktop_app.core.models import IdmTarget
    from desktop_app.core.sync import state

    with workspace.db.writing() as session:
        if role:
            set_setting(session, USER_ROLE, role)
        state.set_json(session, state.REGIONS, regions)
    window = open_window(workspace)
    page = window.idm
    qtbot.waitUntil(lambda: page.regency.findData("64.01") > 0, timeout=5_000)
    page.regency.setCurrentIndex(page.regency.findData("64.01"))
    targets = page.targets
    targets.count.setValue(3)
    with qtbot.waitSignal(targets.saved, timeout=5_000) as saved:
        targets.save()
    with workspace.db.reading() as session:
        stored = session.scalars(select(IdmTarget)).all()
    if refused is None:
        assert saved.args[0] is None and len(stored) == 1
        assert targets.refusal.isHidden()
    else:
        assert refused in saved.args[0] and "64.01" in saved.args[0]
        assert not targets.refusal.isHidden() and targets.refusal.text() == saved.args[0]
        assert stored == []



def test_overview_tables_show_rows_in_order_and_sort_numbers_as_numbers(qtbot, workspace,
                                                                         idm_data):
    from PySide6.QtCore import Qt

    from desktop_app.ui.idm.overview_page import IdmOverviewPage
    from desktop_app.ui.idm.tables import RowsView
    from desktop_app.ui.tasks import TaskRunner

    runner = TaskRunner()
    page = IdmOverviewPage(workspace, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=5_000)
    table = page.status_table
    model = table.model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[:2] == ["Kabupaten/Kota", "Tahun"] and header[-1] == "Jumlah"
    assert [(table.text(r, 0), table.text(r, 1), table.text(r, 7))
            for r in range(table.row_count())] == [
        ("Kabupaten Paser", "2023", "2"), ("Kabupaten Paser", "2024", "2"),
        ("Kabupaten Kutai Barat", "2023", "2"), ("Kota Samarinda", "2023", "1")]
    runner.wait_idle()

    view = RowsView("numbers", ["Nama", "Jumlah"])
    qtbot.addWidget(view)
    view.set_rows([("a", 9), ("b", 10), ("c", 2)])
    assert [view.text(r, 1) for r in range(3)] == ["9", "10", "2"]  # as given
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [view.text(r, 1) for r in range(3)] == ["10", "9", "2"]
    view.set_rows([("x", 1)], ["Satu", "Dua"])
    assert view.row_count() == 1 and view.model().headerData(
        0, Qt.Orientation.Horizontal) == "Satu"


def test_synergy_row_shows_its_villages_a_page_at_a_time(qtbot, workspace, idm_data,
                                                          monkeypatch):
    from desktop_app.ui.idm import overview_page
    from desktop_app.ui.idm.overview_page import IdmOverviewPage
    from desktop_app.ui.tasks import TaskRunner

    monkeypatch.setattr(overview_page, "VILLAGES_PAGE", 1)
    runner = TaskRunner()
    page = IdmOverviewPage(workspace, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=5_000)
    page.synergy_year.setValue(2024)  # Batu Kajang all 4, Kasungai all 2: both weak
    with qtbot.waitSignal(page.synergy_loaded, timeout=5_000):
        page.load_synergy()
    headers = [page.synergy.horizontalHeaderItem(c).text()
               for c in range(page.synergy.columnCount())]
    assert headers[-1] == "Jumlah desa"
    row = next(r for r in range(page.synergy.rowCount())
               if (page.synergy.item(r, 0).text(), page.synergy.item(r, 2).text())
               == ("Dinkes", "1"))
    assert page.synergy.item(row, 4).text() == "2"
    with qtbot.waitSignal(page.villages_loaded, timeout=5_000) as shown:
        page.synergy.selectRow(row)
    assert shown.args == [1] and page.cell_villages.text(0, 1) == "Batu Kajang"
    assert "1 dari 2 desa" in page.cell_label.text()
    assert page.more_villages.isEnabled()
    with qtbot.waitSignal(page.villages_loaded, timeout=5_000) as shown:
        page.more_villages.click()
    assert shown.args == [2] and page.cell_villages.text(1, 1) == "Kasungai"
    assert not page.more_villages.isEnabled()
    runner.wait_idle()
