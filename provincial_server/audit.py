"""The security audit log: who did what, when and from where."""

from __future__ import annotations

import getpass
import json
import logging
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from provincial_server.models import audit_log
from provincial_server.timeutil import utcnow

log = logging.getLogger("provincial_server.audit")

# Events: enrol, enrol_refused, login_failed, device_revoked, user_created,
# user_deactivated, user_activated, password_reset, bundle_imported, bundle_refused,
# boundary_published.
LOGIN_FAILED = "login_failed"
ENROL = "enrol"


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:64]
    except (KeyError, OSError):
        return "cli"


def record(connection: Connection, event: str, *, actor: str | None = None,
           device_id: str | None = None, subject: str | None = None,
           address: str | None = None, detail: Any = None) -> None:
    """Add one entry (in the caller's transaction) and log it."""
    text = detail if detail is None or isinstance(detail, str) else json.dumps(
        detail, ensure_ascii=False, sort_keys=True)
    entry = {"event": event, "actor": actor and actor[:64], "device_id": device_id,
             "subject": subject and subject[:120], "address": address and address[:64],
             "detail": text and text[:2000]}
    connection.execute(insert(audit_log).values(at=utcnow(), **entry))
    level = logging.WARNING if event in (LOGIN_FAILED, "enrol_refused", "bundle_refused") \
        else logging.INFO
    log.log(level, json.dumps({"event": "audit", "audit": event,
                               **{k: v for k, v in entry.items() if k != "event"}},
                              ensure_ascii=False))


def record_now(engine: Engine, event: str, **fields: Any) -> None:
    """:func:`record` in a transaction of its own."""
    with engine.begin() as connection:
        record(connection, event, **fields)


def page(connection: Connection, before_id: int | None, limit: int,
         event: str | None = None, subject: str | None = None) -> list[dict[str, Any]]:
    """Entries newest first, below ``before_id``."""
    query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(audit_log.c.id < before_id)
    if event is not None:
        query = query.where(audit_log.c.event == event)
    if subject is not None:
        query = query.where(audit_log.c.subject == subject)
    return [dict(row) for row in connection.execute(query).mappings()]
