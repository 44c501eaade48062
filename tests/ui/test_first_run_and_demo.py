"""The first-run wizard stores its answers; the demo folder holds fictional data."""

from __future__ import annotations

from desktop_app.core.demo import DEMO_USER, demo_dir, fill_demo_data
from desktop_app.core.first_run import (
    USER_INSTITUTION,
    WORK_DISTRICT,
    WORK_REGENCY,
    first_run_done,
    save_first_run,
)
from desktop_app.core.local_settings import USER_NAME, get_setting, set_setting
from desktop_app.core.meetings.store import list_meetings
from desktop_app.core.reports.settings import load_report_settings
from desktop_app.core.workspace import open_workspace
from desktop_app.ui.first_run import FirstRunWizard


def test_the_wizard_asks_who_letterhead_area_and_regions(qtbot, tmp_path, workspace):
    assert not first_run_done(workspace.db)
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.name.text() == ""  # no login-name default ("root" printed on documents)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # name required
    qtbot.keyClicks(wizard.name, "Rahmat Hidayat")
    wizard.institution.setText("DPMD Kabupaten Paser")
    wizard.next()
    wizard.letterhead.setPlainText("PEMERINTAH KABUPATEN PASER\nDPMD")
    wizard.paper.setCurrentIndex(wizard.paper.findData("F4"))
    wizard.next()
    wizard.regency.setCurrentIndex(wizard.regency.findData("64.01"))
    wizard.next()
    wizard.folder.setText(str(tmp_path / "wilayah"))
    assert wizard.region_folder() == tmp_path / "wilayah"
    assert wizard.region_province() == "64"  # Kalimantan Timur unless changed

    save_first_run(workspace.db, wizard.answers())
    assert first_run_done(workspace.db)
    with workspace.db.reading() as session:
        assert get_setting(session, USER_NAME) == "Rahmat Hidayat"
        assert get_setting(session, USER_INSTITUTION) == "DPMD Kabupaten Paser"
        assert get_setting(session, WORK_REGENCY) == "64.01"
        report = load_report_settings(session)
    assert report.paper == "F4"
    assert report.letterhead.institution_lines == ("PEMERINTAH KABUPATEN PASER", "DPMD")
    wizard.from_server.setChecked(True)
    assert wizard.region_folder() is None


def test_demo_data_lives_apart_and_opens_in_every_section(qtbot, tmp_path, open_window):
    real = tmp_path / "SinergiDesa"
    folder = demo_dir(real)
    assert folder.parent == real.parent and folder != real
    demo = open_workspace(folder)
    try:
        assert fill_demo_data(demo)
        assert not fill_demo_data(demo)  # filled once; never over real or edited data
        with demo.db.reading() as session:
            assert all("Contoh" in m.title for m in list_meetings(session))
        window = open_window(demo)
        page = window.villages
        qtbot.waitUntil(lambda: page.regency.currentData() == "64.01", timeout=5_000)
        qtbot.waitUntil(lambda: page.district.currentText() == "Contoh Satu", timeout=5_000)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)  # working area
        page.regency.setCurrentIndex(0)
        qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=5_000)
        assert all("Contoh" in page.model.rows[r].name for r in range(7))
        assert window.workspace.editor.user == DEMO_USER
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            assert window.sections.currentIndex() == row
    finally:
        window.runner.wait_idle()
        demo.close()


def test_the_working_area_is_the_default_filter_everywhere(qtbot, workspace, open_window):
    """Issue 15: the kabupaten chosen in the wizard opens the village list, the IDM recap
    and the findings register; the user can still choose another."""
    with workspace.db.writing() as session:
        set_setting(session, WORK_REGENCY, "64.07")
    window = open_window(workspace)
    villages = window.villages
    qtbot.waitUntil(lambda: villages.regency.currentData() == "64.07", timeout=5_000)
    qtbot.waitUntil(lambda: villages.model.rowCount() == 2, timeout=5_000)
    assert {villages.model.rows[r].name for r in range(2)} == {"Long Iram Bayan", "Sukomulyo"}
    idm = window.idm
    qtbot.waitUntil(lambda: idm.regency.currentData() == "64.07", timeout=5_000)
    assert idm.scope().regency_code == "64.07"
    findings = window.findings
    qtbot.waitUntil(lambda: findings.regency.currentData() == "64.07", timeout=5_000)
    assert findings.current_filter().region_code == "64.07"

    villages.regency.setCurrentIndex(villages.regency.findData(None))  # changeable
    qtbot.waitUntil(lambda: villages.model.rowCount() == 10, timeout=5_000)
    villages.refresh()  # e.g. after an import: the user's choice stays
    window.runner.wait_idle()
    assert villages.regency.currentData() is None


def test_the_regions_page_refuses_an_empty_or_wrong_folder(qtbot, tmp_path, small_wilayah):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.name.setText("Siti Aminah")
    for _page in range(3):
        wizard.next()
    regions = wizard.currentPage()
    assert wizard.folder.text() == ""
    assert not regions.validatePage()  # finishing would silently import nothing
    assert wizard.region_problem.isVisible()
    assert "belum dipilih" in wizard.region_problem.text()
    (tmp_path / "kosong").mkdir()
    wizard.folder.setText(str(tmp_path / "kosong"))
    assert not regions.validatePage()
    assert "villages.csv" in wizard.region_problem.text()
    wizard.folder.setText(str(small_wilayah))
    assert regions.validatePage()
    assert not wizard.region_problem.isVisible()
    wizard.folder.clear()
    wizard.later.setChecked(True)  # "Nanti saja" needs no folder
    assert regions.validatePage()


def test_first_run_imports_only_the_chosen_province(qtbot, tmp_path, small_wilayah, clock,
                                                    monkeypatch, open_window):
    from desktop_app.core.models import Province, Village
    from desktop_app.ui.first_run import run_first_run_if_needed

    asked = []

    def answer(wizard):
        asked.append(wizard)  # kept alive until the test ends
        wizard.name.setText("Siti Aminah")
        wizard.folder.setText(str(small_wilayah))  # holds Kaltim (64) and Kalsel (63)
        return wizard.DialogCode.Accepted

    monkeypatch.setattr(FirstRunWizard, "exec", answer)
    fresh = open_workspace(tmp_path / "fresh", clock)
    try:
        assert fresh.person_name is None  # the login name is not a person's name
        unnamed = open_window(fresh)
        assert unnamed.user_label.text() == (
            "Pengguna: nama belum diisi (Berkas → Nama pengguna…)")
        choice = run_first_run_if_needed(fresh)
        assert choice is not None and choice.province == "64"
        assert fresh.person_name == fresh.editor.user == "Siti Aminah"
        window = open_window(fresh)
        importer = window.start_import(choice.folder, choice.province)
        with qtbot.waitSignal(importer.finished, timeout=10_000):
            pass
        with fresh.db.reading() as session:
            assert [p.code for p in session.query(Province)] == ["64"]
            assert session.query(Village).count() == 9
    finally:
        window.runner.wait_idle()
        fresh.close()


def test_the_working_kecamatan_narrows_the_village_list(qtbot, workspace, open_window):
    with workspace.db.writing() as session:
        set_setting(session, WORK_REGENCY, "64.01")
        set_setting(session, WORK_DISTRICT, "Kec. tanjung harapan")  # as typed in the wizard
    window = open_window(workspace)
    page = window.villages
    qtbot.waitUntil(lambda: page.district.currentText() == "Tanjung Harapan", timeout=5_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    page.district.setCurrentIndex(0)  # "Semua kecamatan": the user's choice
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5_000)
    page.regency.setCurrentIndex(page.regency.findData("64.07"))
    page.regency.setCurrentIndex(page.regency.findData("64.01"))
    window.runner.wait_idle()
    qtbot.wait(50)
    assert page.district.currentData() is None  # applied once, not forced back


def test_the_import_dialog_cannot_be_confirmed_without_a_folder(qtbot):
    from desktop_app.ui.import_wilayah_dialog import ImportWilayahDialog

    dialog = ImportWilayahDialog()
    qtbot.addWidget(dialog)
    assert dialog.province.text() == "64"  # Kalimantan Timur, not all of Indonesia
    assert not dialog.ok.isEnabled()
    dialog.folder.setText("  ")
    assert not dialog.ok.isEnabled()
    dialog.folder.setText("/media/FLASHDISK/wilayah")
    assert dialog.ok.isEnabled()
