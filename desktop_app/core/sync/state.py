"""What the sync client remembers between runs, in the device's local settings."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.core.local_settings import get_setting, set_setting
from desktop_app.core.models import LocalSetting

CURSOR = "sync_cursor"
REGIONS = "sync_regions"
REFETCH = "sync_refetch"  # progress of a running re-download, JSON
LAST_PUSH_OK = "sync_last_push_ok"
LAST_PULL_OK = "sync_last_pull_ok"
LAST_ERROR = "sync_last_error"
LAST_ERROR_AT = "sync_last_error_at"
SERVER_URL = "sync_server_url"
USERNAME = "sync_username"
DOWNLOAD_CAP = "sync_download_cap_bytes"
# Set by a restore from backup: outbox seqs above it were made after the restore (JSON int).
RESTORED_FLOOR = "sync_restored_seq"


def get_json(session: Session, key: str) -> Any:
    text = get_setting(session, key)
    return json.loads(text) if text else None


def set_json(session: Session, key: str, value: Any) -> None:
    if value is None:
        clear(session, key)
    else:
        set_setting(session, key, json.dumps(value))


def clear(session: Session, key: str) -> None:
    row = session.get(LocalSetting, key)
    if row is not None:
        session.delete(row)


def stamp(session: Session, key: str, when: datetime) -> None:
    set_setting(session, key, when.isoformat(timespec="seconds"))


def read_time(session: Session, key: str) -> datetime | None:
    text = get_setting(session, key)
    return datetime.fromisoformat(text) if text else None
