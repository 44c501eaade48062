"""The real main window, driven offscreen: search, open, edit, save, restart."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from sqlalchemy import func, select

from desktop_app.core.models import Village
from desktop_app.core.workspace import open_workspace
from desktop_app.ui.messages import message_text
from tests.conftest import SMALL_WILAYAH, write_wilayah


def wait_for_list(qtbot, page, expected_rows: int) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() == expected_rows, timeout=5_000)


def open_row(qtbot, page, code: str) -> None:
    row = page.model.row_of(code)
    assert row is not None, code
    with qtbot.waitSignal(page.profile_shown, timeout=5_000):
        page.table.selectRow(row)


def test_search_filters_and_sorts_in_the_list(qtbot, workspace, open_window):
    page = open_window(workspace).villages
    assert page.model.rowCount() == 10
    assert "10 desa/kelurahan" in page.count.text()
    qtbot.keyClicks(page.search, "sung")
    wait_for_list(qtbot, page, 3)
    assert {page.model.code_at(r) for r in range(3)} == {
        "63.01.01.2001", "64.01.01.2002", "64.01.01.2003"}

    page.search.clear()
    qtbot.waitUntil(lambda: page.regency.count() > 1, timeout=5_000)
    page.regency.setCurrentIndex(page.regency.findData("64.07"))
    wait_for_list(qtbot, page, 2)
    assert page.model.data(page.model.index(0, 2)) == "Kampung"
    qtbot.waitUntil(lambda: page.district.count() == 2, timeout=5_000)

    page.regency.setCurrentIndex(0)
    wait_for_list(qtbot, page, 10)
    with qtbot.waitSignal(page.model.loaded, timeout=5_000):
        page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.code_at(0) == "64.72.01.1002"


def test_edit_save_restart_and_find_the_change(qtbot, tmp_path, workspace, open_window):
    window = open_window(workspace)
    page = window.villages
    open_row(qtbot, page, "64.01.01.2002")
    assert "Kasungai" in page.form.title.text()
    head = page.form.editors["head_name"]
    assert isinstance(head, QLineEdit)
    qtbot.keyClicks(head, "Pak Darmin")
    assert page.form.dirty and page.form.save_button.isEnabled()
    page.form.editors["electricity"].setCurrentIndex(
        page.form.editors["electricity"].findData("non_pln"))
    with qtbot.waitSignal(page.form.saved, timeout=5_000):
        qtbot.keyClick(head, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.form.history.rowCount() == 2, timeout=5_000)
    assert not page.form.dirty
    assert page.form.history.item(0, 1).text() == "Rahmat (pendamping)"

    window.close()
    window.runner.wait_idle()
    data_dir = workspace.data_dir
    workspace.close()

    reopened = open_workspace(data_dir)
    try:
        second = open_window(reopened)
        open_row(qtbot, second.villages, "64.01.01.2002")
        form = second.villages.form
        assert form.editors["head_name"].text() == "Pak Darmin"
        assert form.editors["electricity"].currentData() == "non_pln"
        rows = {form.history.item(r, 2).text(): form.history.item(r, 4).text()
                for r in range(form.history.rowCount())}
        assert rows == {"Nama kepala desa": "Pak Darmin", "Listrik": "Non-PLN (PLTS/genset)"}
    finally:
        second.runner.wait_idle()
        reopened.close()


def test_invalid_values_are_shown_and_nothing_is_saved(qtbot, workspace, open_window):
    page = open_window(workspace).villages
    open_row(qtbot, page, "64.01.01.2001")
    page.form.editors["head_name"].setText("Bu Rina")
    area = page.form.editors["area_km2"]
    qtbot.keyClicks(area, "-4")
    with qtbot.waitSignal(page.form.save_refused, timeout=5_000) as refused:
        page.form.save()
    assert [e.field for e in refused.args[0]] == ["area_km2"]
    assert "Luas wilayah tidak boleh negatif." in page.form.errors.text()
    assert page.form.errors.isVisibleTo(page.form)
    assert "c0392b" in area.styleSheet()
    assert page.form.dirty
    with workspace.db.reading() as session:
        from desktop_app.core.villages.profile import load_profile

        assert load_profile(session, "64.01.01.2001").values["head_name"] is None


def test_unsaved_changes_guard(qtbot, workspace, open_window, monkeypatch):
    page = open_window(workspace).villages
    open_row(qtbot, page, "64.01.01.2001")
    qtbot.keyClicks(page.form.editors["head_name"], "Belum disimpan")
    answers = []

    def answer(choice):
        def ask(*_args, **_kwargs):
            answers.append(choice)
            return choice
        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    page.table.selectRow(page.model.row_of("64.01.01.2002"))
    assert answers == [QMessageBox.StandardButton.Cancel]
    assert page.current_code == "64.01.01.2001"
    assert page.table.currentIndex().row() == page.model.row_of("64.01.01.2001")
    assert page.form.editors["head_name"].text() == "Belum disimpan"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    with qtbot.waitSignal(page.profile_shown, timeout=5_000):
        page.table.selectRow(page.model.row_of("64.01.01.2002"))
    assert "Kasungai" in page.form.title.text()
    with workspace.db.reading() as session:
        from desktop_app.core.villages.profile import load_profile

        assert load_profile(session, "64.01.01.2001").values["head_name"] == "Belum disimpan"


def test_import_from_the_window_with_progress(qtbot, tmp_path, open_window):
    fresh = open_workspace(tmp_path / "fresh")
    try:
        window = open_window(fresh)
        assert "Belum ada daftar desa" in window.villages.count.text()
        folder = write_wilayah(tmp_path / "w")
        importer = window.start_import(folder, "64")
        with qtbot.waitSignal(importer.finished, timeout=10_000) as done:
            pass
        assert done.args[0].counts
        wait_for_list(qtbot, window.villages, 9)
        notice = window.findChild(QMessageBox, "notice")
        assert notice is not None and "sudah diimpor" in notice.text()

        bad = write_wilayah(tmp_path / "bad", dict(
            SMALL_WILAYAH, **{"villages.csv": "code,district_code,name\n64.01.01.2001,x,A\n"}))
        notice.close()
        importer = window.start_import(bad, "")
        with qtbot.waitSignal(importer.finished, timeout=10_000) as failed:
            pass
        assert failed.args[0] is None
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "notice") is not None)
        notice = window.findChild(QMessageBox, "notice")
        assert "kode induk 'x' tidak sah" in message_text(notice)
        with fresh.db.reading() as session:
            assert session.scalar(select(func.count()).select_from(Village)) == 9
    finally:
        fresh.close()


def test_screenshot_of_the_main_window(qtbot, workspace, open_window, tmp_path):
    """Keeps a picture of the window for people to look at (tests/ui/screenshots)."""
    window = open_window(workspace)
    window.resize(1366, 768)
    open_row(qtbot, window.villages, "64.07.05.2001")
    out = Path(__file__).parent / "screenshots"
    out.mkdir(exist_ok=True)
    assert window.grab().save(str(out / "main_window.png"))
    assert isinstance(window.villages.form.editors["typology"], QComboBox)


def test_sections_are_built_on_first_use_and_start_work_waits_for_the_list(
        qtbot, workspace, open_window):
    from datetime import timedelta

    from desktop_app.core.supervision.entry import FindingDraft
    from desktop_app.core.supervision.store import save_finding
    from desktop_app.ui.sync.sync_page import SyncPage

    today = workspace.clock.today()
    found, deadline = today - timedelta(days=30), today - timedelta(days=2)
    save_finding(workspace.db, workspace.editor, FindingDraft(
        "64.01.01.2001", found.strftime("%d-%m-%Y"), "keuangan", "tinggi",
        "Kuitansi belum lengkap", deadline=deadline.strftime("%d-%m-%Y")), today)
    window = open_window(workspace)
    started = []
    window.when_started(lambda: started.append(True))
    qtbot.waitUntil(lambda: started == [True], timeout=5_000)
    # the navigation counts overdue follow-ups without building the findings section
    findings_row = window.navigation.count() - 2
    qtbot.waitUntil(lambda: "(1 terlambat)" in window.navigation.item(findings_row).text(),
                    timeout=5_000)
    assert not window._built("findings") and not window._built("idm")
    # the sync section is prepared after start, so that it probes the server by itself
    sync_row = window.navigation.count() - 1
    qtbot.waitUntil(lambda: isinstance(window.sections.widget(sync_row), SyncPage),
                    timeout=10_000)
    window.navigation.setCurrentRow(1)
    assert window.sections.currentWidget() is window.idm
    assert window.villages.details.count() == 4  # Profil, IDM, APBDes, Indeks Desa
    window.villages.details.setCurrentIndex(1)
    assert window.villages.details.currentWidget() is window.villages.idm
