"""Re-download of the scope: a server restored from an older backup, purged history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.sync.laptop import server_state

BATU = "64.01.01.2001"
ARU = "64.01.02.2001"
TABLE = "village_population"


def backup(database_url: str, to: Path) -> None:
    """An online backup, as an administrator would take it (SQLite backup API)."""
    source = sqlite3.connect(database_url.removeprefix("sqlite:///"))
    target = sqlite3.connect(to)
    with target:
        source.backup(target)
    source.close()
    target.close()


def restore(sync_server, proxy, copy: Path) -> None:
    sync_server.stop()
    path = Path(sync_server.database_url.removeprefix("sqlite:///"))
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    staged = path.with_suffix(".restoring")
    staged.write_bytes(copy.read_bytes())
    staged.replace(path)
    sync_server.start()
    proxy.upstream_port = sync_server.port


def test_server_restored_from_an_older_backup(sync_server, proxy, laptops, tmp_path):
    amir = laptops("amir", proxy.url)
    budi = laptops("budi", proxy.url)
    early = [amir.set_population(BATU, 2000 + i, population=i) for i in range(5)]
    amir.sync()
    budi.sync()
    backup(sync_server.database_url, tmp_path / "backup.sqlite")
    late = [amir.set_population(ARU, 2010 + i, population=100 + i) for i in range(3)]
    amir.edit(TABLE, early[0], population=999)
    amir.delete(TABLE, early[1])
    amir.sync()
    budi.sync()
    restore(sync_server, proxy, tmp_path / "backup.sqlite")
    assert sync_server.cli("new-epoch") == 0  # the documented step after a restore
    budi.edit(TABLE, early[2], households=42)  # offline work during the outage
    assert amir.sync().refetched
    assert budi.sync().refetched
    amir.sync()
    expected = server_state(sync_server.database_url, TABLE, amir.regions)
    assert amir.state(TABLE) == budi.state(TABLE) == expected
    # Nothing acknowledged before the restore was lost: the outboxes were replayed.
    assert set(late) <= set(expected["live"])
    assert expected["live"][early[0]]["population"] == 999
    assert early[1] in expected["deleted"]
    assert expected["live"][early[2]]["households"] == 42


def test_cursor_beyond_a_restored_server_without_new_epoch(sync_server, proxy, laptops,
                                                           tmp_path):
    amir = laptops("amir", proxy.url)
    amir.set_population(BATU, 2000, population=1)
    amir.sync()
    backup(sync_server.database_url, tmp_path / "backup.sqlite")
    lost = amir.set_population(BATU, 2001, population=2)
    amir.sync()
    restore(sync_server, proxy, tmp_path / "backup.sqlite")
    assert amir.sync().refetched  # its cursor lies beyond the server's last change
    assert amir.state(TABLE) == server_state(sync_server.database_url, TABLE, amir.regions)
    assert lost in amir.state(TABLE)["live"]


def test_cursor_older_than_the_tombstone_horizon(sync_server, laptops):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    rows = [amir.set_population(BATU, 2000 + i, population=i, households=i) for i in range(4)]
    amir.sync()
    budi.sync()
    budi.delete(TABLE, rows[0])
    budi.edit(TABLE, rows[1], population=500, households=600)
    budi.sync()
    amir.edit(TABLE, rows[1], households=7)  # pending while its history is purged
    assert sync_server.cli("purge-changes", "--upto", "1000000") == 0
    report = amir.sync()
    assert report.refetched
    mine = amir.state(TABLE)
    assert rows[0] in mine["deleted"]  # the tombstone came with the snapshot
    assert mine["live"][rows[1]] == {"village_code": BATU, "year": 2001, "population": 500,
                                     "households": 7}
    budi.sync()
    assert budi.state(TABLE) == mine == server_state(sync_server.database_url, TABLE,
                                                     amir.regions)
