"""What the first window needs before the workspace is open, read without SQLAlchemy.

Start-up shows the village list through plain read-only ``sqlite3`` connections and opens
the workspace (SQLAlchemy, the mapped models, the sync editor) in a worker once the list is
shown. The checks before the window are those of opening the workspace: the folder is
writable, and the schema is this program's (an older one is migrated first, behind its
progress window, by the workspace path: see ``ui.app.open_data_folder``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.clock import SYSTEM_CLOCK, Clock
from desktop_app.core.data_folder import (
    DataFolderError,
    check_writable,
    database_write_problem,
    disk_problem,
)
from desktop_app.core.reader import ReadOnlyDatabase, read_setting
from desktop_app.core.setting_keys import FIRST_RUN_DONE, USER_NAME
from desktop_app.paths import DATABASE_FILE


@dataclass
class StartData:
    """The data folder as the first window sees it: the workspace's fields it reads."""

    data_dir: Path
    reader: ReadOnlyDatabase
    clock: Clock
    person_name: str | None
    first_run_done: bool

    def close(self) -> None:
        self.reader.close()


def open_start(data_dir: Path, clock: Clock = SYSTEM_CLOCK) -> StartData:
    """Read-only: the database must already be at this program's schema."""
    check_writable(data_dir)
    reader = ReadOnlyDatabase(data_dir / DATABASE_FILE)
    try:
        with reader.reading() as conn:
            person = read_setting(conn, USER_NAME) or None
            done = read_setting(conn, FIRST_RUN_DONE) == "1"
    except OSError as error:
        reader.close()
        raise DataFolderError(disk_problem(error, data_dir)) from error
    except sqlite3.Error as error:
        reader.close()
        raise DataFolderError(database_write_problem(error, data_dir)) from error
    return StartData(data_dir, reader, clock, person, done)
