"""Rencana Aksi in the real window (Xvfb 1366 × 768, openbox): the section, the
intervention form with a 150-character activity, the actor registry, the path-up planner
and the kerja sama form fit the screen and speak Indonesian; screenshots are saved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.action_plan.conftest import plan
from tests.idm.factories import add_official, uniform
from tests.ui.test_real_window import (  # noqa: F401 - long_workspace is a fixture
    check,
    check_and_close,
    long_workspace,
    open_long_meeting,
    settle,
)

pytestmark = pytest.mark.real_window

LONG_ACTIVITY = ("Pembangunan dan peningkatan jaringan air bersih perpipaan dari sumber mata "
                 "air pegunungan menuju permukiman warga RT 01 sampai RT 6 dan fasilitas umum")
A, B = "64.01.01.2001", "64.01.01.2002"


@pytest.fixture
def plan_workspace(workspace):
    from desktop_app.core.action_plan.actors import save_actor
    from desktop_app.core.action_plan.entry import ActorDraft

    db, editor = workspace.db, workspace.editor
    dinkes = save_actor(db, editor, ActorDraft(
        "Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat Kabupaten Paser",
        "opd_kabupaten", "64.01", "", ["PU", "DINKES"]))
    with db.writing() as session:
        add_official(session, A, 2025, uniform(3), rows={48: {"actor_kab": "PU, DLH"}})
        add_official(session, B, 2025, uniform(2))
    for element in ("48", "49"):
        plan(workspace, A, element, 2026, dinkes, "disepakati", activity=LONG_ACTIVITY,
             budget="1.250.000.000", budget_source="apbd_kabupaten",
             planned_end="30-09-2026")
    return workspace, dinkes


def test_the_action_plan_section_and_its_dialogs_fit(qtbot, plan_workspace, open_window):
    workspace, _dinkes = plan_workspace
    window = open_window(workspace)
    window.showMaximized()
    window.navigation.setCurrentRow(window._rows["action_plan"])
    page = window.action_plan
    page.year.setValue(2026)
    qtbot.waitUntil(lambda: page.views is not None and len(page.coverage_model.rows) == 5,
                    timeout=15_000)
    check(qtbot, window, "action-plan-coverage")
    for index in range(1, page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        check(qtbot, window, f"action-plan-tab-{index}")
    row = page.interventions_model.rows[0]
    dialog = page.open_intervention(row.village_code, row.village_name, row.id)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    settle(qtbot, dialog)
    assert dialog.activity.toPlainText() == LONG_ACTIVITY
    assert dialog.activity.verticalScrollBar().maximum() == 0  # the whole name in view
    check_and_close(qtbot, dialog, "action-plan-intervention")
    actors = page.open_actors()
    qtbot.waitUntil(lambda: actors.unresolved_model.rowCount() == 1, timeout=10_000)
    check(qtbot, actors, "action-plan-actors")
    actors.tabs.setCurrentIndex(1)
    check_and_close(qtbot, actors, "action-plan-unresolved")
    agreement = page.open_agreement(None)
    check_and_close(qtbot, agreement, "action-plan-kerja-sama")


def test_the_path_up_planner_fits(qtbot, plan_workspace, open_window):
    workspace, _dinkes = plan_workspace
    window = open_window(workspace)
    from desktop_app.ui.action_plan.path_up_dialog import PathUpDialog

    dialog = PathUpDialog(workspace, window.runner, A, "Batu Kajang", window)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    check_and_close(qtbot, dialog, "action-plan-path-up")


def test_the_meeting_agreement_entry_fits(qtbot, long_workspace, open_window):  # noqa: F811
    from desktop_app.core.action_plan.actors import save_actor
    from desktop_app.core.action_plan.entry import ActorDraft

    save_actor(long_workspace.db, long_workspace.editor, ActorDraft(
        "Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat Kabupaten Paser",
        "opd_kabupaten", "64.01", "", ["PU"]))
    plan(long_workspace, "64.01.01.2001", "12", 2026, None, activity=LONG_ACTIVITY)
    window = open_window(long_workspace)
    window.showMaximized()
    form = open_long_meeting(qtbot, window)
    panel = form.plan_tabs.interventions
    qtbot.waitUntil(lambda: panel.isEnabled() and panel.plans is not None, timeout=10_000)
    form.tabs.setCurrentWidget(panel)
    row = panel.add_row("64.01.01.2001")
    panel.entry.cellWidget(row, 3).setText(LONG_ACTIVITY)
    panel.entry.cellWidget(row, 4).setText("1.250.000.000")
    assert panel.review.rowCount() == 1
    tabs = form.tabs
    bar = tabs.tabBar()
    for index in range(tabs.count()):  # every tab in view, no scroll arrows
        if tabs.isTabVisible(index):
            assert bar.tabRect(index).right() <= bar.width(), tabs.tabText(index)
    check(qtbot, window, "meeting-agreement-entry")
