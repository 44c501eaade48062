"""Automatic backups on a schedule (off, daily, weekly), rotated to keep the newest few."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.core.backup import BACKUP_SUFFIX, BackupManifest, create_backup
from desktop_app.core.database_files import rotate
from desktop_app.core.db import Database
from desktop_app.core.local_settings import get_setting, set_setting

SCHEDULE_KEY = "backup_schedule"
LAST_KEY = "backup_last_auto"
OFF, DAILY, WEEKLY = "off", "daily", "weekly"
SCHEDULES = (OFF, DAILY, WEEKLY)
INTERVALS = {DAILY: timedelta(days=1), WEEKLY: timedelta(days=7)}
AUTO_PREFIX = "otomatis-"
AUTO_KEPT = 5


def load_schedule(db: Database) -> tuple[str, datetime | None]:
    """The chosen schedule and when the last automatic backup was made."""
    with db.reading() as session:
        schedule = get_setting(session, SCHEDULE_KEY) or WEEKLY
        last = get_setting(session, LAST_KEY)
    return (schedule if schedule in SCHEDULES else WEEKLY,
            datetime.fromisoformat(last) if last else None)


def save_schedule(db: Database, schedule: str) -> None:
    if schedule not in SCHEDULES:
        raise ValueError(schedule)
    with db.writing() as session:
        set_setting(session, SCHEDULE_KEY, schedule)


def backup_due(schedule: str, last: datetime | None, now: datetime) -> bool:
    if schedule not in INTERVALS:
        return False
    return last is None or now - last >= INTERVALS[schedule] or last > now


def run_if_due(db: Database, data_dir: Path, folder: Path, now: datetime,
               keep: int = AUTO_KEPT) -> BackupManifest | None:
    """Make an automatic backup into ``folder`` when the schedule says so."""
    schedule, last = load_schedule(db)
    if not backup_due(schedule, last, now):
        return None
    target = folder / f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"
    manifest = create_backup(data_dir, target, now=now)
    with db.writing() as session:
        set_setting(session, LAST_KEY, now.isoformat(timespec="seconds"))
    rotate(folder, f"{AUTO_PREFIX}*{BACKUP_SUFFIX}", keep)
    return manifest
