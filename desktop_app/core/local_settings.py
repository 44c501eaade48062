"""Small per-database settings: device id, last clock value, current user."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.core.ids import new_id
from desktop_app.core.models import LocalSetting
from desktop_app.core.setting_keys import USER_NAME  # noqa: F401 - its long-standing home

DEVICE_ID = "device_id"
LAST_HLC = "hlc_last"


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row else None


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


def ensure_device_id(session: Session) -> str:
    """This database's device id, made once on first use."""
    device = get_setting(session, DEVICE_ID)
    if device is None:
        device = new_id()
        set_setting(session, DEVICE_ID, device)
    return device
