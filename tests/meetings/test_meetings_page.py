"""Meeting entry on real widgets (offscreen): type, save, refuse, follow up, print."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop_app.core.models import Meeting, MeetingActionItem, OutboxOperation
from desktop_app.ui.app import create_application
from desktop_app.ui.meetings.page import MeetingsPage
from desktop_app.ui.tasks import TaskRunner
from tests.reports.pdfcheck import in_order, page_texts

# The village picker's suggestion popup is real; the offscreen plugin cannot raise it or
# give it the keyboard (the real-window lane shows it on a real screen).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")


@pytest.fixture
def page(qtbot, workspace):
    create_application()
    runner = TaskRunner()
    widget = MeetingsPage(workspace, runner)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    runner.wait_idle()
    for preview in widget.form.previews:
        preview.close()


def type_cells(table, row: int, values: dict[int, str]) -> None:
    for column, text in values.items():
        table.item(row, column).setText(text)


def pick(qtbot, picker, typed: str, index: int = 0) -> None:
    """Type into the village picker as a person would and take a suggestion."""
    with qtbot.waitSignal(picker.suggested, timeout=5_000):
        qtbot.keyClicks(picker.search, typed)
    picker.choose(index)
    qtbot.waitUntil(lambda: picker.search.text() == "", timeout=5_000)


def fill_first_meeting(qtbot, page: MeetingsPage) -> None:
    page.form.general.kind.setCurrentIndex(page.form.general.kind.findData("musyawarah_desa"))
    qtbot.keyClicks(page.form.general.title, "Musyawarah Desa Perencanaan RKPDes 2024")
    page.form.general.date.setDate(QDate(2023, 10, 23))
    qtbot.keyClicks(page.form.general.start_time, "09.00")
    qtbot.keyClicks(page.form.general.end_time, "11.45")
    qtbot.keyClicks(page.form.general.place, "Balai Desa Kasungai")
    qtbot.keyClicks(page.form.general.people["chair_name"], "H. Darmin")
    qtbot.keyClicks(page.form.general.people["chair_position"], "Ketua BPD")
    qtbot.keyClicks(page.form.general.people["note_taker_name"], "Rahmat Hidayat")
    pick(qtbot, page.form.general.villages, "Kasung")  # by name: no code to know by heart
    page.form._add_row(page.form.participants)
    type_cells(page.form.participants, 0, {0: "Siti Rahmah", 1: "Sekretaris Desa",
                                      2: "Pemerintah Desa Kasungai"})
    page.form._add_row(page.form.participants)
    type_cells(page.form.participants, 1, {0: "Budi", 1: "Ketua RT 02"})
    page.form.participants.item(1, 4).setCheckState(Qt.CheckState.Unchecked)
    page.form._add_row(page.form.agenda)
    type_cells(page.form.agenda, 0, {0: "Usulan jalan usaha tani", 1: "Disepakati 800 meter."})
    page.form._add_row(page.form.agreements)
    type_cells(page.form.agreements, 0, {0: "Jalan usaha tani masuk RKPDes 2024."})
    page.form._add_row(page.form.actions)
    type_cells(page.form.actions, 0, {0: "Pemerintah Desa Kasungai", 2: "Menyusun RAB jalan",
                                 3: "30-11-2023", 4: "64.01.01.2002"})
    page.form.actions.cellWidget(0, 1).setCurrentIndex(
        page.form.actions.cellWidget(0, 1).findData("village"))


def test_enter_save_follow_up_and_print(qtbot, workspace, page: MeetingsPage):
    fill_first_meeting(qtbot, page)
    with qtbot.waitSignal(page.form.saved, timeout=10_000) as saved:
        qtbot.keyClick(page.form.general.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    first_id = saved.args[0]
    qtbot.waitUntil(lambda: page.list.table.rowCount() == 1, timeout=5_000)
    with workspace.db.reading() as session:
        meeting = session.get(Meeting, first_id)
        assert (meeting.title, meeting.meeting_date, meeting.start_time, meeting.kind) == (
            "Musyawarah Desa Perencanaan RKPDes 2024", "2023-10-23", "09:00",
            "musyawarah_desa")
        assert meeting.updated_by == "Rahmat (pendamping)"
        tables = {op.table_name for op in session.scalars(select(OutboxOperation))}
        assert {"meeting", "meeting_participant", "meeting_agenda_item",
                "meeting_agreement", "meeting_action_item"} <= tables

    # A second meeting about the same village shows the open item; mark it done there.
    page.new_meeting()
    qtbot.keyClicks(page.form.general.title, "Rapat Teknis Jalan Usaha Tani")
    page.form.general.date.setDate(QDate(2023, 11, 20))
    pick(qtbot, page.form.general.villages, "64.01.01.2002")  # or by code
    with qtbot.waitSignal(page.form.meeting_shown, timeout=10_000):
        page.form.save()
    assert page.form.carried.rowCount() == 1
    assert page.form.carried.item(0, 2).text() == "Menyusun RAB jalan"
    status = page.form.carried.cellWidget(0, 4)
    status.setCurrentIndex(status.findData("done"))
    with qtbot.waitSignal(page.form.meeting_shown, timeout=10_000):
        page.form.save()
    assert page.form.carried.rowCount() == 0
    with workspace.db.reading() as session:
        assert session.scalars(select(MeetingActionItem.status)).all() == ["done"]

    # Print the first meeting's minutes: saved first, then previewed.
    row = page.list.row_of(first_id)
    with qtbot.waitSignal(page.form.meeting_shown, timeout=10_000):
        page.list.table.selectRow(row)
    assert page.form.general.title.text() == "Musyawarah Desa Perencanaan RKPDes 2024"
    assert page.form.general.villages.names() == ["Kasungai"]
    assert page.form.general.villages.chosen.item(0).text() == "Kasungai (64.01.01.2002)"
    assert page.form.participants.item(1, 4).checkState() == Qt.CheckState.Unchecked
    with qtbot.waitSignal(page.form.preview_opened, timeout=10_000) as opened:
        qtbot.mouseClick(page.form.minutes_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    with qtbot.waitSignal(preview.ready, timeout=20_000) as ready:
        pass
    assert preview.document.pageCount() == ready.args[0].page_count
    pdf = ready.args[0].write(workspace.data_dir / "notulen.pdf")
    text = "\n".join(page_texts(pdf))
    assert in_order(text, "NOTULEN MUSYAWARAH DESA", "Senin, 23 Oktober 2023",
                    "09.00 – 11.45 WITA", "Balai Desa Kasungai", "H. Darmin (Ketua BPD)",
                    "1 orang hadir dari 2 undangan", "Usulan jalan usaha tani",
                    "Disepakati 800 meter.", "Jalan usaha tani masuk RKPDes 2024.",
                    "Menyusun RAB jalan", "Selesai", "DAFTAR HADIR", "Siti Rahmah",
                    "Budi", "(tidak hadir)")


def test_refused_save_lists_the_faults(qtbot, workspace, page: MeetingsPage):
    qtbot.keyClicks(page.form.general.start_time, "jam sembilan")
    # e.g. since removed
    page.form.general.villages.set_villages([("64.99.99.2001", "64.99.99.2001")])
    page.form._add_row(page.form.actions)
    type_cells(page.form.actions, 0, {2: "Sesuatu"})
    with qtbot.waitSignal(page.form.save_refused, timeout=10_000) as refused:
        page.form.save()
    messages = [e.message for e in refused.args[0]]
    assert messages == [
        "Judul atau tema rapat wajib diisi.",
        "Jam mulai 'jam sembilan' tidak dikenal; tulis seperti 09.00.",
        "Tindak lanjut 1: siapa (instansi atau desa) wajib diisi.",
    ]
    assert page.form.errors.isVisible() and "Judul atau tema rapat" in page.form.errors.text()
    qtbot.keyClicks(page.form.general.title, "Rapat")
    page.form.general.start_time.clear()
    type_cells(page.form.actions, 0, {0: "DPMD"})
    with qtbot.waitSignal(page.form.save_refused, timeout=10_000) as refused:
        page.form.save()
    assert [e.message for e in refused.args[0]] == ["Desa dengan kode 64.99.99.2001 tidak ada."]
    with workspace.db.reading() as session:
        assert session.scalars(select(Meeting)).all() == []


def test_unsaved_edits_are_not_dropped_silently(qtbot, workspace, page: MeetingsPage,
                                                monkeypatch):
    from desktop_app.core.meetings.store import save_meeting
    from tests.meetings.samples import coordination_meeting

    meeting_id = save_meeting(workspace.db, workspace.editor, coordination_meeting())
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.table.rowCount() == 1, timeout=5_000)
    with qtbot.waitSignal(page.form.meeting_shown, timeout=5_000):
        page.list.table.selectRow(0)
    assert not page.form.dirty
    qtbot.keyClicks(page.form.general.place, " lantai 2")
    assert page.form.dirty

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    page.new_meeting()  # cancelled: the typed place stays
    assert page.form.current_id == meeting_id
    assert page.form.general.place.text().endswith("lantai 2")
    page.new_meeting()  # discarded
    assert page.form.current_id is None and page.form.general.title.text() == ""
    assert not page.form.dirty


def test_villages_are_picked_by_name_within_the_working_area(qtbot, workspace, page):
    """Issue 15: typing a name gave "kesalahan yang tidak terduga"; now it suggests."""
    from desktop_app.core.first_run import WORK_REGENCY
    from desktop_app.core.local_settings import set_setting

    picker = page.form.general.villages
    with qtbot.waitSignal(picker.suggested, timeout=5_000) as found:
        qtbot.keyClicks(picker.search, "taki")  # Takisung lies in Kalimantan Selatan
    assert found.args[0] == 1
    with workspace.db.writing() as session:
        set_setting(session, WORK_REGENCY, "64.01")
    picker.search.clear()
    with qtbot.waitSignal(picker.suggested, timeout=5_000) as found:
        qtbot.keyClicks(picker.search, "taki")
    assert found.args[0] == 0  # outside the working area
    assert picker.hint.isVisible() and "64.01" in picker.hint.text()
    picker.search.clear()
    with qtbot.waitSignal(picker.suggested, timeout=5_000) as found:
        qtbot.keyClicks(picker.search, "ung")  # not Takisung (Kalimantan Selatan)
    assert {row.name for row in picker.rows} == {"Kasungai", "Sungai Terik", "Tanjung Aru"}
    assert all(row.code.startswith("64.01.") for row in picker.rows)
    picker.choose([row.name for row in picker.rows].index("Tanjung Aru"))
    qtbot.waitUntil(lambda: picker.search.text() == "", timeout=5_000)
    with qtbot.waitSignal(picker.suggested, timeout=5_000):
        qtbot.keyClicks(picker.search, "6401022001")  # the 10-digit form, then Enter
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.codes() == ["64.01.02.2001"]  # no duplicate
    with qtbot.waitSignal(picker.suggested, timeout=5_000):
        qtbot.keyClicks(picker.search, "Kasungai")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.names() == ["Tanjung Aru", "Kasungai"]
    assert page.form.draft().village_codes == ["64.01.02.2001", "64.01.01.2002"]
    picker.chosen.setCurrentRow(0)
    picker.remove_selected()
    assert picker.codes() == ["64.01.01.2002"]
