"""The outbox sequence across a restore: (device, seq) must never name two operations.

The server recognises an operation by (device id, outbox seq). A database restored from an
older backup keeps the device id but its sequence restarts below what the server has already
seen from this device, so new operations would reuse keys and be refused as "changed payload
under the same key". Two steps prevent that:

- when a backup is restored (:func:`mark_restored`), the restored sequence continues above the
  one of the database it replaces (covers a restore on the same laptop, even offline), and the
  restored database remembers that *floor*: operations numbered above it were made after the
  restore;
- at every sync (and at enrolment) the server says the highest seq it holds from this device
  (:func:`continue_after`): operations made since the restore are moved above it, and the
  sequence goes on from there (covers a backup restored on another laptop).

Operations from the backup itself keep their numbers: the server holds them (a replay is a
harmless duplicate) or never saw them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core.db import driver_connection
from desktop_app.core.sync import state

OUTBOX = "sync_outbox"
# The highest seq ever handed out (sqlite_sequence; rows, should that row be missing).
HIGH_WATER = ("SELECT max(coalesce((SELECT seq FROM sqlite_sequence "
              "WHERE name = 'sync_outbox'), 0), coalesce((SELECT max(seq) FROM sync_outbox), 0))")


def _sqlite_high_water(connection: sqlite3.Connection) -> int:
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if OUTBOX not in tables:
        return 0
    if "sqlite_sequence" not in tables:
        return connection.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0]
    return connection.execute(HIGH_WATER).fetchone()[0]


def mark_restored(restored: Path, replaced: Path | None) -> int:
    """Prepare the restored database file (before it is put in place): continue its outbox
    sequence above both its own and the one of ``replaced`` (the database it replaces, if
    any), and remember that floor. Returns the floor."""
    floor = 0
    if replaced is not None and replaced.exists():
        with sqlite3.connect(f"file:{replaced}?mode=ro", uri=True, timeout=30) as current:
            floor = _sqlite_high_water(current)
    connection = sqlite3.connect(restored)
    try:
        with connection:
            floor = max(floor, _sqlite_high_water(connection))
            _set_sequence(connection, floor)
            connection.execute(
                "INSERT INTO local_setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (state.RESTORED_FLOOR, str(floor)))
    finally:
        connection.close()
    return floor


def _set_sequence(connection: sqlite3.Connection, value: int) -> None:
    """Make the next AUTOINCREMENT seq of the outbox ``value + 1`` (never lower it)."""
    updated = connection.execute(
        "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (value, OUTBOX))
    if updated.rowcount == 0:
        connection.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
                           (OUTBOX, value))


def continue_after(session: Session, server_last_seq: int) -> int:
    """The server holds operations of this device up to ``server_last_seq``: move the
    operations made since a restore above it, and number new ones after it.

    Returns how many operations were renumbered. Without a restore (no floor) nothing is
    renumbered; the sequence is still lifted above the server's (a database copied back by
    hand), so at least operations made from now on are accepted.
    """
    raw = state.get_json(session, state.RESTORED_FLOOR)
    high = session.execute(text(HIGH_WATER)).scalar_one()
    moved = 0
    if raw is not None:
        floor = int(raw)
        if server_last_seq > floor:
            offset = max(server_last_seq, high) - floor
            # Every new number lies above every old one: no clash while rows move.
            moved = session.execute(text("UPDATE sync_outbox SET seq = seq + :offset "
                                         "WHERE seq > :floor"),
                                    {"offset": offset, "floor": floor}).rowcount
            high = session.execute(text(HIGH_WATER)).scalar_one()
        state.clear(session, state.RESTORED_FLOOR)
    _set_sequence(driver_connection(session), max(high, server_last_seq))
    return moved
