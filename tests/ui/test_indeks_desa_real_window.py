"""The Indeks Desa screens in the real window lane (Xvfb 1366 × 768, openbox): the
questionnaire dialog, the village tab and the report preview fit the screen, speak
Indonesian, and are captured for looking at (``build/screenshots`` or $SINERGI_SCREENSHOTS)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.indeks_desa.answers import Answer
from desktop_app.core.indeks_desa.store import CHECKED, advance_review, save_questionnaire
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.villages.profile import save_profile
from desktop_app.ui.app import create_application
from desktop_app.ui.indeks_desa.questionnaire_dialog import QuestionnaireDialog
from desktop_app.ui.tasks import TaskRunner
from tests.ui.test_real_window import check, screenshot, settle

pytestmark = pytest.mark.real_window

VILLAGE = "64.07.05.2001"


def fill(workspace) -> None:
    cat = indeks_desa_catalogue(2025)
    answers = {item.key: Answer(4 if item.sub_index != "IV" else 2, "Musdes 2025")
               for item in cat.indicators}
    answers["43.2"] = Answer(5, "Pengamatan", "Menara BTS baru")
    save_profile(workspace.db, workspace.editor, VILLAGE,
                 {"head_name": "Petrus Ding", "internet": "none"}, [])
    save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025, answers,
                       "Tim data kampung (Yohanes, Maria, Agustinus)")
    advance_review(workspace.db, workspace.editor, VILLAGE, 2025, CHECKED, "Rahmat")


def test_questionnaire_dialog_fits_the_screen(qtbot, workspace):
    create_application()
    fill(workspace)
    runner = TaskRunner()
    dialog = QuestionnaireDialog(workspace, runner, VILLAGE, "Kampung Long Iram Bayan", 2025)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    dialog.table.selectRow(0)
    check(qtbot, dialog, "indeks-desa-questionnaire")
    assert not dialog.warnings.isHidden()
    assert not dialog.table.horizontalScrollBar().isVisible()
    dialog.close()
    runner.wait_idle()


def test_village_tab_and_report_fit_the_screen(qtbot, workspace):
    from desktop_app.ui.indeks_desa.village_panel import VillageIndeksDesaPanel

    create_application()
    fill(workspace)
    runner = TaskRunner()
    panel = VillageIndeksDesaPanel(workspace, runner)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
        panel.show_village(VILLAGE, "Kampung Long Iram Bayan")
    settle(qtbot, panel)
    qtbot.wait(300)  # the chart paints
    screenshot("indeks-desa-village-tab")
    assert not panel.aspects.horizontalScrollBar().isVisible()
    with qtbot.waitSignal(panel.preview_opened, timeout=10_000) as opened:
        panel.print_report()
    preview = opened.args[0]
    qtbot.waitUntil(lambda: preview.result is not None, timeout=30_000)
    qtbot.wait(300)  # the first page renders
    QApplication.processEvents()
    check(qtbot, preview, "indeks-desa-report-preview")
    preview.close()
    runner.wait_idle()


def test_village_indeks_desa_tab_in_the_maximised_window(qtbot, workspace, open_window):
    from PySide6.QtWidgets import QTableWidget

    from tests.ui.test_real_window import show_village_tab

    fill(workspace)
    window = open_window(workspace)
    page = show_village_tab(qtbot, window, "profile")
    with qtbot.waitSignal(page.profile_shown, timeout=10_000):
        page.table.selectRow(page.model.row_of(VILLAGE))
    with qtbot.waitSignal(page.indeks_desa.loaded, timeout=10_000):
        page.details.setCurrentIndex(3)
    qtbot.wait(300)  # the chart paints
    screenshot("indeks-desa-village-tab-in-window")
    for table in page.indeks_desa.findChildren(QTableWidget):
        assert not table.horizontalScrollBar().isVisible(), table.objectName()
    bar = page.details.tabBar()
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))


def test_region_overview_tab_fits(qtbot, workspace, open_window):
    fill(workspace)
    window = open_window(workspace)
    window.showMaximized()
    settle(qtbot, window)
    window.navigation.setCurrentRow(1)
    tab = window.idm.indeks_desa
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        window.idm.tabs.setCurrentWidget(tab)
        tab.refresh()
    QApplication.processEvents()
    screenshot("indeks-desa-region-overview")
    assert not tab.statuses.horizontalScrollBar().isVisible()
    bar = window.idm.tabs.tabBar()
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))
