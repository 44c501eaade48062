"""Meetings (with their parts and attachments) and IDM targets sync within scope: a meeting
lies in its first village, an IDM target in its kabupaten (docs/server.md)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.idm.targets import set_target
from desktop_app.core.meetings.attachments import attach_to_meeting
from desktop_app.core.meetings.entry import (
    ActionEntry,
    AgendaEntry,
    AgreementEntry,
    MeetingDraft,
    ParticipantEntry,
)
from desktop_app.core.meetings.store import draft_from_view, load_meeting, save_meeting
from desktop_app.core.sync.outbox import refused_operations
from tests.sync.conftest import BACKENDS
from tests.sync.laptop import Laptop, server_state
from tests.sync.test_sync_files import photo

BATU = "64.01.01.2001"
ARU = "64.01.02.2001"
MEETING_TABLES = ("meeting", "meeting_participant", "meeting_agenda_item",
                  "meeting_agreement", "meeting_action_item", "attachment")


def _meeting(laptop: Laptop, tmp_path: Path) -> str:
    draft = MeetingDraft(
        title="Rapat koordinasi Dana Desa", meeting_date="04-03-2025",
        village_codes=[BATU, ARU], agencies=["DPMPD Paser"], place="Kantor Camat",
        participants=[ParticipantEntry(name="Rahmat", position="Pendamping")],
        agenda=[AgendaEntry(title="Penyaluran tahap I", discussion="Berkas lengkap")],
        agreements=[AgreementEntry(text="Laporan masuk sebelum 15 Maret")],
        actions=[ActionEntry(actor="Desa Batu", actor_kind="village", village_code=BATU,
                             description="Kirim laporan realisasi", due_date="15-03-2025")],
    )
    meeting_id = save_meeting(laptop.db, laptop.workspace.editor, draft)
    photo_file = photo(tmp_path / "daftar-hadir.png", 20_000, seed=4)
    attached, refused = attach_to_meeting(laptop.db, laptop.workspace.editor, laptop.store,
                                          meeting_id, [photo_file])
    assert len(attached) == 1 and not refused
    return meeting_id


def _no_refusals(*laptops: Laptop) -> None:
    for laptop in laptops:
        with laptop.db.reading() as session:
            assert refused_operations(session) == [], laptop.folder.name


@BACKENDS
def test_a_meeting_reaches_its_kabupaten_and_no_other(sync_server, laptops, tmp_path):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    kubar = laptops("kubar", sync_server.url, username="fac_kubar")  # another kabupaten
    meeting_id = _meeting(amir, tmp_path)

    report = amir.sync()
    budi.sync()
    kubar.sync()

    assert set(report.pushed) == {"applied"}, report.pushed
    _no_refusals(amir, budi, kubar)
    for name in MEETING_TABLES:
        expected = server_state(sync_server.database_url, name, amir.regions)
        assert len(expected["live"]) == 1, name
        assert amir.state(name) == budi.state(name) == expected, name
        assert kubar.state(name, amir.regions) == {"live": {}, "deleted": set()}, name
    assert budi.state("meeting")["live"][meeting_id]["village_codes"] == [BATU, ARU]
    sha = next(iter(budi.state("attachment")["live"].values()))["sha256"]
    assert budi.store.has(sha)  # the file itself came too

    # An edit and a deleted part travel back the same way.
    budi_draft_title = "Rapat koordinasi Dana Desa (revisi)"
    with budi.db.reading() as session:
        draft = draft_from_view(load_meeting(session, meeting_id))
    draft.title, draft.agreements = budi_draft_title, []
    save_meeting(budi.db, budi.workspace.editor, draft)
    budi.sync()
    amir.sync()
    assert amir.state("meeting")["live"][meeting_id]["title"] == budi_draft_title
    assert len(amir.state("meeting_agreement")["deleted"]) == 1
    assert amir.state("meeting_agreement") == server_state(
        sync_server.database_url, "meeting_agreement", amir.regions)


def test_a_meeting_without_a_village_is_refused_with_a_reason(sync_server, laptops):
    amir = laptops("amir", sync_server.url)
    save_meeting(amir.db, amir.workspace.editor,
                 MeetingDraft(title="Rapat internal", meeting_date="05-03-2025"))
    report = amir.sync()
    assert report.pushed == {"quarantined": 1}
    with amir.db.reading() as session:
        [refused] = refused_operations(session)
    assert refused.table_name == "meeting" and "minimal satu desa" in refused.reason


def test_an_idm_target_reaches_its_kabupaten_and_no_other(sync_server, laptops):
    paser_a = laptops("paser-a", sync_server.url, username="op_paser")
    paser_b = laptops("paser-b", sync_server.url, username="op_paser")
    samarinda = laptops("samarinda", sync_server.url, username="op_samarinda")
    batu_only = laptops("batu", sync_server.url, username="fac_batu")  # a kecamatan of Paser
    set_target(paser_a.db, paser_a.workspace.editor, 2025, "64.01", 12, "Naik status")
    set_target(samarinda.db, samarinda.workspace.editor, 2025, "64.72", 3)

    assert set(paser_a.sync().pushed) == {"applied"}
    assert set(samarinda.sync().pushed) == {"applied"}
    paser_b.sync()
    batu_only.sync()

    _no_refusals(paser_a, samarinda)
    paser = server_state(sync_server.database_url, "idm_target", ["64.01"])
    assert [row["villages_to_lift"] for row in paser["live"].values()] == [12]
    assert paser_a.state("idm_target") == paser_b.state("idm_target") == paser
    every = {"live": {}, "deleted": set()}
    assert samarinda.state("idm_target", ["64.01"]) == every
    assert paser_b.state("idm_target", ["64.72"]) == every
    # A kecamatan facilitator does not hold the kabupaten's target.
    assert batu_only.state("idm_target", ["64.01", "64.72"]) == every
