"""The meeting's interventions panel: structured agreements and the review of open ones."""

from desktop_app.core.action_plan.store import load_intervention
from desktop_app.core.meetings.store import save_meeting
from desktop_app.ui.action_plan.meeting_panel import MeetingInterventionsPanel
from desktop_app.ui.tasks import TaskRunner
from tests.action_plan.conftest import plan
from tests.meetings.samples import coordination_meeting

LONG_IRAM = "64.07.05.2001"


def test_agreements_entered_as_interventions_and_open_ones_reviewed(qtbot, workspace, actors):
    earlier = plan(workspace, LONG_IRAM, "12", 2026, actors["dinkes_kubar"], "disepakati")
    meeting = save_meeting(workspace.db, workspace.editor, coordination_meeting())
    runner = TaskRunner()
    panel = MeetingInterventionsPanel(workspace, runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.show_meeting(meeting, [(LONG_IRAM, "Long Iram Bayan"),
                                     ("64.07.05.2002", "Sukomulyo")], 2026)
    assert panel.review.rowCount() == 1
    assert panel.review.item(0, 2).text().startswith("12.")
    row = panel.add_row(LONG_IRAM)
    cell = panel.entry.cellWidget
    cell(row, 1).setCurrentIndex(cell(row, 1).findData("8"))
    cell(row, 3).setText("Perbaikan pompa sumur bor")
    cell(row, 4).setText("45.000.000")
    panel.save()  # no actor chosen: refused, row named
    qtbot.waitUntil(lambda: "Baris 1" in panel.errors.text(), timeout=5_000)
    assert "Sumber anggaran" in panel.errors.text()
    cell(row, 2).setCurrentIndex(cell(row, 2).findData(actors["dinkes_kubar"]))
    cell(row, 5).setCurrentIndex(cell(row, 5).findData("apbdes"))
    with qtbot.waitSignal(panel.saved, timeout=5_000) as saved:
        panel.save()
    qtbot.waitUntil(lambda: panel.agreed.rowCount() == 1, timeout=5_000)
    assert panel.agreed.item(0, 4).text() == "Disepakati"
    assert load_intervention(workspace.db, saved.args[0][0]).intervention.meeting_id == meeting
    combo = panel.review.cellWidget(0, 5)
    with qtbot.waitSignal(panel.status_changed, timeout=5_000):
        combo.setCurrentIndex(combo.findData("berjalan"))
    assert load_intervention(workspace.db, earlier).status == "berjalan"
    qtbot.waitUntil(lambda: panel.review.cellWidget(0, 5) is not None and
                    panel.review.cellWidget(0, 5).currentData() == "berjalan", timeout=5_000)
    panel.review.cellWidget(0, 5).setCurrentIndex(
        panel.review.cellWidget(0, 5).findData("batal"))  # no reason: refused
    qtbot.waitUntil(lambda: "Alasan pembatalan" in panel.errors.text(), timeout=5_000)
    assert load_intervention(workspace.db, earlier).status == "berjalan"
    runner.wait_idle()


def test_the_meeting_form_shows_the_plan_tabs_for_the_meeting(qtbot, workspace, actors):
    from desktop_app.core.meetings.store import load_meeting
    from desktop_app.ui.meetings.form import MeetingForm

    plan(workspace, LONG_IRAM, "12", 2026, actors["dinkes_kubar"], "disepakati")
    meeting = save_meeting(workspace.db, workspace.editor, coordination_meeting())
    musdes = save_meeting(workspace.db, workspace.editor, coordination_meeting(
        kind="musyawarah_desa", title="Musdes RKPDes"))
    runner = TaskRunner()
    form = MeetingForm(workspace, runner)
    qtbot.addWidget(form)
    tabs, panel = form.tabs, form.plan_tabs
    assert not panel.interventions.isEnabled()  # a new meeting is not saved yet
    labels = [tabs.tabText(i) for i in range(tabs.count())]
    assert labels[-3:] == ["Intervensi", "Musdes", "Lampiran"]
    with workspace.db.reading() as session:
        view = load_meeting(session, meeting)
        musdes_view = load_meeting(session, musdes)
    with qtbot.waitSignal(panel.interventions.loaded, timeout=5_000):
        form.show_meeting(view)
    assert panel.interventions.isEnabled() and panel.interventions.review.rowCount() == 1
    assert not tabs.isTabVisible(tabs.indexOf(panel.musdes))
    with qtbot.waitSignal(panel.musdes.loaded, timeout=5_000):
        form.show_meeting(musdes_view)
    assert tabs.isTabVisible(tabs.indexOf(panel.musdes))
    runner.wait_idle()
