"""Meetings: checks in Indonesian, saving through the outbox, follow-up across meetings."""

import pytest
from sqlalchemy import select

from desktop_app.core.meetings.entry import (
    ActionEntry,
    AgendaEntry,
    MeetingDraft,
    MeetingValidationError,
    ParticipantEntry,
)
from desktop_app.core.meetings.store import (
    delete_meeting,
    draft_from_view,
    list_meetings,
    load_meeting,
    save_meeting,
)
from desktop_app.core.models import Meeting, MeetingActionItem, MeetingParticipant, OutboxOperation
from tests.meetings.samples import coordination_meeting


def outbox(workspace) -> list[OutboxOperation]:
    with workspace.db.reading() as session:
        return list(session.scalars(select(OutboxOperation).order_by(OutboxOperation.seq)))


def test_every_fault_is_listed_in_indonesian_and_nothing_is_saved(workspace):
    draft = MeetingDraft(
        title="", meeting_date="31-02-2023", start_time="10.00", end_time="9.30",
        chair_nip="1234",
        participants=[ParticipantEntry("", "Petinggi"), ParticipantEntry()],
        agenda=[AgendaEntry("", "dibahas tanpa judul")],
        actions=[ActionEntry("", "", "besok")],
    )
    with pytest.raises(MeetingValidationError) as caught:
        save_meeting(workspace.db, workspace.editor, draft)
    messages = [e.message for e in caught.value.errors]
    assert messages == [
        "Judul atau tema rapat wajib diisi.",
        "Tanggal rapat '31-02-2023' tidak dikenal; tulis seperti 23-10-2023.",
        "Jam selesai lebih awal dari jam mulai.",
        "Pimpinan rapat: NIP harus 18 angka, bukan '1234'.",
        "Peserta baris 1: nama wajib diisi.",
        "Agenda 1: pokok bahasan wajib diisi bila ada pembahasan.",
        "Tindak lanjut 1: siapa (instansi atau desa) wajib diisi.",
        "Tindak lanjut 1: apa yang dikerjakan wajib diisi.",
        "Tindak lanjut 1: batas waktu 'besok' tidak dikenal; tulis seperti 30-11-2023.",
    ]
    with pytest.raises(MeetingValidationError, match=r"kode 64\.99\.99\.2001 tidak ada"):
        save_meeting(workspace.db, workspace.editor,
                     coordination_meeting(village_codes=["64.99.99.2001"]))
    assert not any(op.table_name.startswith("meeting") for op in outbox(workspace))


def test_save_load_edit_and_delete_go_through_the_outbox(workspace):
    meeting_id = save_meeting(workspace.db, workspace.editor, coordination_meeting())
    ops = [op for op in outbox(workspace) if op.table_name.startswith("meeting")]
    assert {op.table_name for op in ops} == {"meeting", "meeting_participant",
                                             "meeting_agenda_item", "meeting_agreement",
                                             "meeting_action_item"}
    assert len(ops) == 1 + 3 + 2 + 2 + 2
    header = next(op for op in ops if op.table_name == "meeting")
    assert header.payload["meeting_date"] == "2023-10-23"
    assert header.payload["start_time"] == "09:00"
    assert header.payload["village_codes"] == ["64.07.05.2001", "64.07.05.2002"]

    with workspace.db.reading() as session:
        view = load_meeting(session, meeting_id)
    assert view.meeting.title.startswith("Koordinasi Penanganan")
    assert view.meeting.participants[0].name == "Petrus Ding Lahang"
    assert view.meeting.participants[2].present is False
    assert view.village_names == {"64.07.05.2001": "Long Iram Bayan",
                                  "64.07.05.2002": "Sukomulyo"}

    draft = draft_from_view(view)
    assert draft.meeting_date == "23-10-2023" and draft.start_time == "09.00"
    draft.place = "Balai Kampung Long Iram Bayan"
    draft.participants[1].contact = "0813-0000-1111"
    del draft.participants[2]
    before = len(outbox(workspace))
    assert save_meeting(workspace.db, workspace.editor, draft) == meeting_id
    new_ops = outbox(workspace)[before:]
    assert [(op.table_name, op.kind, op.payload) for op in new_ops] == [
        ("meeting", "upsert", {"place": "Balai Kampung Long Iram Bayan"}),
        ("meeting_participant", "upsert", {"contact": "0813-0000-1111"}),
        ("meeting_participant", "delete", {}),
    ]
    before = len(outbox(workspace))
    save_meeting(workspace.db, workspace.editor, draft)  # nothing changed: nothing queued
    assert len(outbox(workspace)) == before

    delete_meeting(workspace.db, workspace.editor, meeting_id)
    with workspace.db.reading() as session:
        assert list_meetings(session) == []
        assert session.get(Meeting, meeting_id).deleted
        assert all(p.deleted for p in session.scalars(select(MeetingParticipant)))


def test_open_actions_of_earlier_meetings_follow_into_the_next(workspace):
    first = save_meeting(workspace.db, workspace.editor, coordination_meeting())
    unrelated = save_meeting(workspace.db, workspace.editor, coordination_meeting(
        title="Rapat Paser", meeting_date="01-11-2023", village_codes=["64.01.01.2001"],
        agencies=[], actions=[ActionEntry("Desa Batu Kajang", "Data stunting", "", "village",
                                          "64.01.01.2001")]))
    second = save_meeting(workspace.db, workspace.editor, coordination_meeting(
        title="Rapat Lanjutan", meeting_date="20-11-2023", village_codes=["64.07.05.2001"],
        agencies=[], actions=[]))
    with workspace.db.reading() as session:
        view = load_meeting(session, second)
        summaries = list_meetings(session)
    assert [c.action.description for c in view.carried] == [
        "Menganggarkan perbaikan pompa", "Pelatihan kader posyandu"]
    assert {c.meeting_id for c in view.carried} == {first}
    assert [s.title for s in summaries] == ["Rapat Lanjutan", "Rapat Paser",
                                           view.carried[0].meeting_title]
    assert [s.open_actions for s in summaries] == [0, 1, 2]
    assert unrelated not in {c.meeting_id for c in view.carried}

    # The later meeting records that the pump was budgeted: the item stops following.
    draft = draft_from_view(view)
    draft.carried_status = {view.carried[0].action.id: "done"}
    save_meeting(workspace.db, workspace.editor, draft)
    with workspace.db.reading() as session:
        view = load_meeting(session, second)
        item = session.scalars(select(MeetingActionItem).where(
            MeetingActionItem.description == "Menganggarkan perbaikan pompa")).one()
    assert item.status == "done" and item.field_clocks["status"] == item.hlc
    assert [c.action.description for c in view.carried] == ["Pelatihan kader posyandu"]
    ops = outbox(workspace)
    assert (ops[-1].table_name, ops[-1].payload) == ("meeting_action_item", {"status": "done"})
