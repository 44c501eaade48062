"""Copies of the database file, and the rotation of copies kept in a folder.

Used by the backups before a schema upgrade (:mod:`desktop_app.core.migrate`), the backup
files (:mod:`desktop_app.core.backup`) and the automatic backups
(:mod:`desktop_app.core.auto_backup`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

COPY_TIMEOUT_S = 30


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy with SQLite's online backup API, safe while the program writes;
    one self-contained file (no WAL beside the copy)."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=COPY_TIMEOUT_S) as src, \
            sqlite3.connect(target) as dst:
        src.backup(dst)
    with sqlite3.connect(target) as dst:
        dst.execute("PRAGMA journal_mode=DELETE")


def rotate(folder: Path, pattern: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` files matching ``pattern`` (their names sort by
    the time they were made); returns what was deleted."""
    made = sorted(folder.glob(pattern))
    stale = made[:-keep] if keep else made
    for path in stale:
        path.unlink()
    return stale
