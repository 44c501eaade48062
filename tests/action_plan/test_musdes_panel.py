"""The musdes panel: attendance by sex, proposals turned into interventions or answered."""

from desktop_app.core.action_plan.musdes import attendance_of, proposals_of
from desktop_app.core.meetings.store import save_meeting
from desktop_app.ui.action_plan.musdes_panel import MusdesPanel
from desktop_app.ui.tasks import TaskRunner
from tests.meetings.samples import coordination_meeting

A = "64.01.01.2001"


def test_attendance_and_proposals(qtbot, workspace):
    meeting = save_meeting(workspace.db, workspace.editor, coordination_meeting(
        kind="musyawarah_desa", village_codes=[A]))
    runner = TaskRunner()
    panel = MusdesPanel(workspace, runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.show_meeting(meeting, [(A, "Batu Kajang")])
    panel.add_group("Perangkat desa", "6", "2")
    panel.add_group("Kelompok perempuan", "", "lima")
    panel.save_attendance()
    qtbot.waitUntil(lambda: "bukan bilangan bulat" in panel.errors.text(), timeout=5_000)
    panel.attendance.item(1, 2).setText("18")
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.save_attendance()
    assert panel.totals.text() == "Hadir: 6 laki-laki, 20 perempuan"
    for text in ("Sumur bor RT 03", "Lampu jalan ke kebun"):
        panel.proposal_text.setText(text)
        with qtbot.waitSignal(panel.loaded, timeout=5_000):
            panel.add_proposal()
    panel.proposal_table.selectRow(0)
    panel.element.setCurrentIndex(panel.element.findData("8"))
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.make_intervention()
    panel.proposal_table.selectRow(1)
    panel.answer.setText("Sudah dianggarkan PLN")
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.answer_selected()
    assert panel.proposal_table.item(0, 2).text() == "Menjadi intervensi"
    assert panel.proposal_table.item(1, 2).text() == "Dijawab: Sudah dianggarkan PLN"
    with workspace.db.reading() as session:
        assert len(attendance_of(session, meeting)) == 2
        assert [p.outcome for p in proposals_of(session, meeting)] == ["intervensi", "dijawab"]
    runner.wait_idle()
