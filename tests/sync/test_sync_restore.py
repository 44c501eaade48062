"""A laptop restored from an older backup of its own data goes on syncing: its new operations
are not refused (their keys continue above what the server holds from the device), it pulls
again from the backup's older cursor and gets back everything it sent since the backup."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_app.core.backup import create_backup, restore_backup
from desktop_app.core.models import OutboxOperation
from desktop_app.core.sync import state
from desktop_app.core.sync.outbox import pending_batch, refused_operations, wire_operation
from desktop_app.core.sync.service import SyncService
from tests.server.conftest import PASSWORD
from tests.sync.conftest import BACKENDS, SYNC_USERS
from tests.sync.laptop import Laptop, server_state

BATU = "64.01.01.2001"
ARU = "64.01.02.2001"
TABLE = "village_population"


def _outbox(laptop: Laptop) -> dict[str, int]:
    with laptop.db.reading() as session:
        rows = session.execute(select(OutboxOperation.status, func.count())
                               .group_by(OutboxOperation.status)).all()
    return dict(rows)


def _last_seq(laptop: Laptop) -> int:
    return laptop.client.me()["last_seq"]


def _seq_of(laptop: Laptop, row_id: str) -> int:
    with laptop.db.reading() as session:
        return session.scalar(select(func.max(OutboxOperation.seq)).where(
            OutboxOperation.row_id == row_id))


def _lost_since_backup(laptop: Laptop) -> tuple[list[str], str]:
    """Work synced after the backup was taken: new rows, an edit, a delete."""
    made = [laptop.set_population(ARU, 2010 + i, population=100 + i) for i in range(4)]
    laptop.delete(TABLE, made[3])
    return made, laptop.set_population(BATU, 2000, population=999)


def _check_converged(amir: Laptop, budi: Laptop, database_url: str) -> dict:
    amir.sync()
    budi.sync()
    expected = server_state(database_url, TABLE, amir.regions)
    assert amir.state(TABLE) == budi.state(TABLE) == expected
    with amir.db.reading() as session:
        assert refused_operations(session) == []
    return expected


@BACKENDS
def test_restoring_an_older_backup_on_the_same_laptop(sync_server, laptops, tmp_path):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    early = [amir.set_population(BATU, 2000 + i, population=i) for i in range(3)]
    amir.sync()
    pending_in_backup = amir.set_population(BATU, 2005, population=55)  # not yet sent
    backup = tmp_path / "amir.sdbackup"
    create_backup(amir.folder / "data", backup)
    lost, _ = _lost_since_backup(amir)
    amir.sync()
    budi.sync()
    server_last = _last_seq(amir)

    restore_backup(backup, amir.folder / "data", tmp_path / "safety")
    amir.reopen()
    # Work after the restore, before the next sync: new rows and edits of older ones.
    after = [amir.set_population(BATU, 2020 + i, population=200 + i) for i in range(3)]
    amir.edit(TABLE, early[1], population=111)
    amir.edit(TABLE, pending_in_backup, households=5)

    report = amir.sync()

    assert set(report.pushed) <= {"applied", "duplicate"}, report.pushed
    assert report.pushed["duplicate"] == 1  # the operation pending in the backup
    assert _outbox(amir) == {"done": sum(_outbox(amir).values())}
    assert _last_seq(amir) > server_last
    expected = _check_converged(amir, budi, sync_server.database_url)
    # Nothing lost: the work synced after the backup came back from the older cursor ...
    assert {lost[0], lost[1], lost[2]} <= set(expected["live"]) and lost[3] in expected["deleted"]
    assert expected["live"][early[0]]["population"] == 999
    # ... and the work done after the restore reached the server and the other laptop.
    assert set(after) <= set(expected["live"])
    assert expected["live"][early[1]]["population"] == 111
    assert expected["live"][pending_in_backup] == {**expected["live"][pending_in_backup],
                                                   "population": 55, "households": 5}
    with amir.db.reading() as session:
        assert state.get_json(session, state.RESTORED_FLOOR) is None


def test_restoring_a_backup_on_a_new_laptop(sync_server, laptops, tmp_path):
    """The old laptop is gone; its backup goes onto a new one, which enrols as that device:
    the server's last seq (at enrolment and at every sync) moves the new operations above it."""
    old = laptops("old", sync_server.url)
    budi = laptops("budi", sync_server.url)
    rows = [old.set_population(BATU, 2000 + i, population=i) for i in range(3)]
    old.sync()
    backup = tmp_path / "old.sdbackup"
    create_backup(old.folder / "data", backup)
    lost, _ = _lost_since_backup(old)
    old.sync()
    server_last = _last_seq(old)
    old.close()

    new = laptops("new", sync_server.url, enrol=False)
    restore_backup(backup, new.folder / "data", tmp_path / "safety")
    new.reopen()
    assert new.device_id == old.device_id
    made_before_enrolling = new.set_population(ARU, 2030, population=7)
    with new.db.reading() as session:
        assert state.get_json(session, state.RESTORED_FLOOR) < server_last
    service = SyncService(new.workspace, use_keyring=False)
    credentials = service.enrol(sync_server.url, new.username, PASSWORD, "Laptop baru")
    new.client.token, new.regions = credentials.token, SYNC_USERS[new.username][1]
    assert _seq_of(new, made_before_enrolling) > server_last  # moved at enrolment
    made_after = [new.set_population(ARU, 2031 + i, population=8 + i) for i in range(2)]
    new.edit(TABLE, rows[0], population=70)

    report = new.sync()

    assert set(report.pushed) <= {"applied", "duplicate"}, report.pushed
    assert min(_seq_of(new, row_id) for row_id in made_after) > server_last
    expected = _check_converged(new, budi, sync_server.database_url)
    assert {made_before_enrolling, *made_after, *lost[:3]} <= set(expected["live"])
    assert lost[3] in expected["deleted"]
    assert expected["live"][rows[0]]["population"] == 70


def test_restoring_twice_offline_keeps_the_sequence_going(tmp_path, laptops, sync_server):
    """Restored twice before any sync: each restore continues above the database it
    replaces, so even unsent numbers are never handed out twice."""
    amir = laptops("amir", sync_server.url)
    amir.set_population(BATU, 2000, population=1)
    backup = tmp_path / "a.sdbackup"
    create_backup(amir.folder / "data", backup)
    for year in range(2001, 2006):
        amir.set_population(BATU, year, population=year)
    restore_backup(backup, amir.folder / "data", tmp_path / "s1")
    restore_backup(backup, amir.folder / "data", tmp_path / "s2")
    amir.reopen()
    with amir.db.reading() as session:
        assert state.get_json(session, state.RESTORED_FLOOR) == 6
    new_row = amir.set_population(BATU, 2010, population=3)
    assert _seq_of(amir, new_row) == 7
    assert set(amir.sync().pushed) == {"applied"}


def test_a_push_cut_off_by_a_restore_may_land_late_and_nothing_clashes(
        sync_server, laptops, tmp_path):
    """A restore cancels a sync whose push the server may still apply afterwards, even once
    the restored laptop has synced again and made new edits: the cut push's key lies at or
    below the restore's floor, the new operations above it, so both are applied and the next
    sync brings the late edit back."""
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    amir.set_population(BATU, 2000, population=1)
    amir.sync()
    backup = tmp_path / "amir.sdbackup"
    create_backup(amir.folder / "data", backup)
    late = amir.set_population(BATU, 2010, population=40)
    with amir.db.reading() as session:
        cut_push = [wire_operation(op) for op in pending_batch(session, 10)]
    restore_backup(backup, amir.folder / "data", tmp_path / "safety")
    amir.reopen()
    amir.sync()  # the server has not applied the cut push yet
    after = amir.set_population(BATU, 2020, population=7)

    assert [result["status"] for result in amir.client.push(cut_push)] == ["applied"]
    assert amir.sync().pushed == {"applied": 1}

    expected = _check_converged(amir, budi, sync_server.database_url)
    assert expected["live"][late]["population"] == 40
    assert expected["live"][after]["population"] == 7
