"""Open a database file safely: refuse newer ones, back up, then migrate to head."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.clock import SYSTEM_CLOCK
from desktop_app.core.database_files import copy_database, rotate
from desktop_app.core.i18n import translate
from desktop_app.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)
BACKUPS_KEPT = 5
BACKUP_PREFIX = "sebelum-migrasi-"


class DatabaseOpenError(Exception):
    """The file cannot be used; the message says why, in the user's language."""


class DatabaseTooNewError(DatabaseOpenError):
    pass


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(script_location: Path | None = None) -> Config:
    """Alembic configured in code for a migration history (the desktop's by default)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or migrations_dir()))
    return config


def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    return single_head(ScriptDirectory.from_config(alembic_config(script_location)))


def single_head(script: ScriptDirectory) -> str:
    """The one head revision of a migrations folder (it ships with the program)."""
    head = script.get_current_head()
    if head is None:  # pragma: no cover - the folder is part of the program
        raise RuntimeError(f"no migrations in {script.dir}")
    return head


_REVISION = re.compile(r"^revision(?:\s*:[^=]*)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:\s*:[^=]*)?\s*=\s*(.+)$", re.MULTILINE)


def scanned_head(script_location: Path | None = None) -> str | None:
    """The head revision read straight from the version files, without Alembic.

    Start-up only needs to know whether the file is already at head; importing Alembic
    for that costs more than the rest of opening the window. Returns ``None`` when the
    files do not read as one plain linear history, and Alembic decides instead.
    """
    versions = (script_location or migrations_dir()) / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted(versions.glob("*.py"))
        for file in files:
            text = file.read_text(encoding="utf-8")
            revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
            if revision is None or down is None:
                return None
            revisions.add(revision.group(1))
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    except OSError:
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def stored_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseOpenError(
                        translate(
                            "Database",
                            "Berkas {path} bukan basis data Sinergi Desa; berkas tidak diubah.",
                        ).format(path=path)
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise DatabaseOpenError(
            translate("Database", "Berkas {path} tidak dapat dibaca sebagai basis data: {error}")
            .format(path=path, error=error)
        ) from error
    return row[0] if row else None


def migration_pending(path: Path) -> bool:
    """Whether preparing ``path`` will run migrations (a new file or an older schema).

    Read-only and cheap: start-up asks it to know whether to show a progress window."""
    current = stored_revision(path)
    return current is None or current != scanned_head()


def backup_database(path: Path, backups_dir: Path, label: str,
                    now: datetime | None = None) -> Path:
    """A consistent copy (SQLite online backup) named by time; keeps the newest few."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or SYSTEM_CLOCK.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{BACKUP_PREFIX}{stamp}-rev{label}.sqlite"
    copy_database(path, target)
    rotate(backups_dir, f"{BACKUP_PREFIX}*.sqlite", BACKUPS_KEPT)
    return target


def prepare_database(path: Path, backups_dir: Path,
                     now: datetime | None = None) -> MigrationReport:
    """Bring the file at ``path`` to the program's schema, backing it up first (the backup
    named by ``now``, the workspace clock's)."""
    current = stored_revision(path)
    if current is not None and current == scanned_head():
        return MigrationReport(current, current, None)  # the usual start: nothing to do
    from alembic import command
    from alembic.script import ScriptDirectory

    from desktop_app.core.db import create_sqlite_engine

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    head = single_head(script)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNewError(
            translate(
                "Database",
                "Basis data {path} dibuat oleh versi Sinergi Desa yang lebih baru "
                "(skema {revision}). Perbarui program ini; berkas tidak diubah.",
            ).format(path=path, revision=current)
        )
    if current == head:
        return MigrationReport(current, head, None)
    backup = backup_database(path, backups_dir, current, now) if current is not None \
        else None
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    log.info("Database %s migrated from %s to %s (backup %s)", path, current, head, backup)
    return MigrationReport(current, head, backup)
