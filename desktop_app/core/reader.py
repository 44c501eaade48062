"""Read-only ``sqlite3`` connections to the data folder's database, without SQLAlchemy.

The first window reads the village list through these, so that it is usable before the ORM
(SQLAlchemy, the mapped models) is imported; the workspace keeps one for the same list
afterwards. Connections are opened read-only (``mode=ro``): nothing through them can write.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

BUSY_TIMEOUT_S = 10.0


class Connection(Protocol):
    """A DB-API connection (``sqlite3``'s, or the one under an ORM session)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


def read_setting(conn: Connection, key: str) -> str | None:
    """A ``local_setting`` value, read without the ORM."""
    row = conn.execute("SELECT value FROM local_setting WHERE key = :key",
                       {"key": key}).fetchone()
    return row[0] if row else None


class ReadOnlyDatabase:
    """A small pool of read-only connections, one lent to each reader at a time (the
    workers of the task runner run in several threads)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        return conn

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for one read; each statement sees the committed data."""
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._connect()
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.rollback()
            with self._lock:
                self._idle.append(conn)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
