"""The first-run wizard stores its answers; the demo folder holds fictional data."""

from __future__ import annotations

from desktop_app.core.demo import DEMO_USER, demo_dir, fill_demo_data
from desktop_app.core.first_run import (
    USER_INSTITUTION,
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
    wizard = FirstRunWizard("rahmat")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.name.clear()
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
        qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5_000)  # working area
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
