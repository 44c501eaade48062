"""A pulled row naming a parent this laptop does not hold never breaks its sync (issue 19).

The server refuses such re-parenting now, but a server database may still hold rows that an
older server accepted (a participant moved to a meeting of another kabupaten): every laptop
of the row's scope then pulled a row whose parent it can never have, and each of its syncs
failed on ``FOREIGN KEY constraint failed``. The laptop now holds such a value back and
records why (a ``no_parent`` conflict record) instead.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, insert, select, update

from desktop_app.core.meetings.entry import MeetingDraft, ParticipantEntry
from desktop_app.core.meetings.store import save_meeting
from desktop_app.core.models import MeetingParticipant, SyncConflict
from provincial_server.models import change_log, meeting_participant, server_state
from tests.sync.conftest import BACKENDS
from tests.sync.laptop import Laptop

BATU = "64.01.01.2001"
LONG_IRAM = "64.07.05.2001"


def _meeting(laptop: Laptop, village: str) -> str:
    draft = MeetingDraft(title="Rapat", meeting_date="04-03-2025", village_codes=[village],
                         agencies=["DPMPD"], participants=[ParticipantEntry(name="Rahmat")])
    return save_meeting(laptop.db, laptop.workspace.editor, draft)


def _plant_reparenting(database_url: str, participant_id: str, meeting_id: str) -> None:
    """What an older server accepted: the participant now names another kabupaten's
    meeting, and the change goes to the participant's own scope."""
    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:
        row = connection.execute(select(meeting_participant).where(
            meeting_participant.c.id == participant_id)).mappings().one()
        hlc = row["hlc"][:13] + "-09999-" + row["hlc"].split("-", 2)[2]
        connection.execute(update(meeting_participant).where(
            meeting_participant.c.id == participant_id).values(meeting_id=meeting_id, hlc=hlc))
        seq = connection.execute(update(server_state).values(
            last_seq=server_state.c.last_seq + 1).returning(server_state.c.last_seq)).scalar()
        code = row["scope_code"]
        connection.execute(insert(change_log).values(
            seq=seq, table_name="meeting_participant", row_id=participant_id, kind="u",
            fields={"meeting_id": meeting_id}, hlc=hlc, regency_code=code[:5],
            district_code=code[:8], village_code=code))
    engine.dispose()


def _participants(laptop: Laptop) -> dict[str, str]:
    with laptop.db.reading() as session:
        return dict(session.execute(select(MeetingParticipant.id,
                                           MeetingParticipant.meeting_id)).all())


def _held_back(laptop: Laptop) -> list[tuple[str, str, str]]:
    with laptop.db.reading() as session:
        return [(c.table_name, c.field, c.reason) for c in session.scalars(
            select(SyncConflict).where(SyncConflict.reason == "no_parent"))]


@BACKENDS
def test_a_row_naming_a_parent_out_of_scope_does_not_stop_sync(sync_server, laptops,
                                                                 tmp_path: Path):
    amir = laptops("amir", sync_server.url)
    kubar = laptops("kubar", sync_server.url, username="fac_kubar")
    ours = _meeting(amir, BATU)
    theirs = _meeting(kubar, LONG_IRAM)
    amir.sync()
    kubar.sync()
    budi = laptops("budi", sync_server.url)  # a second laptop of the same kecamatan
    budi.sync()
    (participant,) = [p for p, m in _participants(budi).items() if m == ours]

    _plant_reparenting(sync_server.database_url, participant, theirs)

    # Both laptops of the scope keep syncing: the update is held back and recorded.
    for laptop in (amir, budi):
        laptop.sync()
        assert _participants(laptop)[participant] == ours
        assert _held_back(laptop) == [("meeting_participant", "meeting_id", "no_parent")]
        laptop.sync()  # and again: nothing is stuck
    # A laptop enrolled afterwards replays the log the same way.
    cici = laptops("cici", sync_server.url)
    cici.sync()
    assert _participants(cici)[participant] == ours
    assert _held_back(cici) == [("meeting_participant", "meeting_id", "no_parent")]
    cici.sync()
