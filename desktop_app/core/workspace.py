"""An opened data folder: the migrated database and the editor working on it."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import OperationalError

from desktop_app.core.clock import SYSTEM_CLOCK, Clock
from desktop_app.core.data_folder import (
    DataFolderError,
    check_writable,
    database_write_problem,
    disk_problem,
)
from desktop_app.core.db import Database
from desktop_app.core.local_settings import USER_NAME, get_setting, set_setting
from desktop_app.core.migrate import MigrationReport, prepare_database
from desktop_app.core.reader import ReadOnlyDatabase
from desktop_app.core.sync.changes import Editor, open_editor
from desktop_app.paths import DATABASE_FILE

BACKUPS_FOLDER = "cadangan"


@dataclass
class Workspace:
    data_dir: Path
    db: Database
    editor: Editor
    migration: MigrationReport
    clock: Clock = SYSTEM_CLOCK
    # The name a person typed (first-run wizard, "Nama pengguna"); None until then. Unlike
    # ``editor.user`` it never falls back to the computer login ("root"): documents use it.
    person_name: str | None = None
    # Plain read-only sqlite3 connections for the lists that read without the ORM (the
    # village list); the first window's, handed over when the workspace opens after it.
    reader: ReadOnlyDatabase = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.reader is None:
            self.reader = ReadOnlyDatabase(self.db.path)
        self.db.on_dispose.append(self.reader.close)

    def set_user(self, name: str) -> None:
        with self.db.writing() as session:
            set_setting(session, USER_NAME, name)
        self.editor.user = self.person_name = name

    def close(self) -> None:
        self.db.close()


def open_workspace(data_dir: Path, clock: Clock = SYSTEM_CLOCK,
                   reader: ReadOnlyDatabase | None = None) -> Workspace:
    """Back up and migrate the database in ``data_dir`` (created if new), then open it.

    ``clock`` is the one source of "now" and "today" for everything done on it; ``reader``:
    the read-only connections the first window already uses (see :mod:`core.start`).
    """
    path = data_dir / DATABASE_FILE
    check_writable(data_dir)  # a read-only or full disk is named before SQLite trips on it
    try:
        report = prepare_database(path, data_dir / BACKUPS_FOLDER, clock.now())
        db = Database(path)
        with db.reading() as session:
            person = get_setting(session, USER_NAME) or None
        user = person or _login_name()
    except OSError as error:
        raise DataFolderError(disk_problem(error, data_dir)) from error
    except OperationalError as error:  # SQLite: disk full, read-only folder, I/O error
        raise DataFolderError(database_write_problem(error, data_dir)) from error
    return Workspace(data_dir, db, open_editor(db, user, clock), report, clock, person,
                     reader or ReadOnlyDatabase(path))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "pengguna"
