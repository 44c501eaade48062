"""An opened data folder: the migrated database and the editor working on it."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.db import Database
from desktop_app.core.local_settings import USER_NAME, get_setting, set_setting
from desktop_app.core.migrate import MigrationReport, prepare_database
from desktop_app.core.sync.changes import Editor, open_editor
from desktop_app.paths import DATABASE_FILE

BACKUPS_FOLDER = "cadangan"


@dataclass
class Workspace:
    data_dir: Path
    db: Database
    editor: Editor
    migration: MigrationReport

    def set_user(self, name: str) -> None:
        with self.db.writing() as session:
            set_setting(session, USER_NAME, name)
        self.editor.user = name

    def close(self) -> None:
        self.db.close()


def open_workspace(data_dir: Path) -> Workspace:
    """Back up and migrate the database in ``data_dir`` (created if new), then open it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DATABASE_FILE
    report = prepare_database(path, data_dir / BACKUPS_FOLDER)
    db = Database(path)
    with db.reading() as session:
        user = get_setting(session, USER_NAME) or _login_name()
    return Workspace(data_dir, db, open_editor(db, user), report)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "pengguna"
