"""Limits on password guessing: per account and per client address, with growing delays.

The failed logins are the ``login_failed`` rows of the audit log, so every worker (and a
restarted server) sees the same count. After ``threshold`` failures within the window the
next attempt must wait ``delay_s``, and each further failure doubles the wait (up to
``delay_max_s``). A successful login clears the account's count (not the address's).
While a wait runs the password is not even checked: the answer is 429 with Retry-After.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, select

from provincial_server.audit import ENROL, LOGIN_FAILED
from provincial_server.config import Settings
from provincial_server.models import audit_log


def delay_after(failures: int, threshold: int, delay_s: float, delay_max_s: float) -> float:
    """Seconds to wait after the last of ``failures`` failed attempts (0: no wait)."""
    if failures < threshold:
        return 0.0
    return min(delay_s * 2 ** min(failures - threshold, 30), delay_max_s)


def _wait(connection: Connection, settings: Settings, column, value: str, threshold: int,
          since: datetime, now: datetime) -> float:
    count, last = connection.execute(
        select(func.count(), func.max(audit_log.c.at)).where(
            audit_log.c.event == LOGIN_FAILED, column == value, audit_log.c.at > since)
    ).one()
    if not count or last is None:
        return 0.0
    delay = delay_after(count, threshold, settings.login_delay_s, settings.login_delay_max_s)
    return max(0.0, (last + timedelta(seconds=delay) - now).total_seconds())


def retry_after(connection: Connection, settings: Settings, username: str, address: str,
                now: datetime) -> int:
    """Whole seconds this login attempt must still wait (0: it may go ahead)."""
    window = now - timedelta(seconds=settings.login_window_s)
    last_success = connection.scalar(select(func.max(audit_log.c.at)).where(
        audit_log.c.event == ENROL, audit_log.c.actor == username, audit_log.c.at > window))
    account = _wait(connection, settings, audit_log.c.subject, username,
                    settings.login_failures_per_account, max(window, last_success or window),
                    now)
    address_wait = _wait(connection, settings, audit_log.c.address, address,
                         settings.login_failures_per_address, window, now)
    return math.ceil(max(account, address_wait))
