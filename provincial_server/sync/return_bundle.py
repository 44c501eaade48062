"""What a return bundle carries to a device that syncs by USB stick only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from provincial_server.auth import Principal
from provincial_server.models import applied_op, quarantine
from provincial_server.sync.pull import Refetch, pull_changes, snapshot_page
from provincial_server.sync.registry import SYNCED

PAGE = 5000


def return_payload(connection: Connection, principal: Principal,
                   cursor: str | None) -> dict[str, Any]:
    """Results of the device's operations, then its scope's changes after ``cursor``."""
    payload: dict[str, Any] = {"results": _results(connection, principal.device_id),
                               "changes": [], "snapshot": None, "cursor": cursor,
                               "regions": list(principal.regions)}
    try:
        while True:
            page = pull_changes(connection, principal, cursor, PAGE)
            payload["changes"] += page["changes"]
            cursor = page["cursor"]
            if not page["more"]:
                break
    except Refetch:
        payload["changes"], payload["snapshot"], cursor = [], {}, None
        for name in SYNCED:  # parents before children
            rows, after = [], None
            while True:
                page = snapshot_page(connection, principal, name, after, PAGE)
                rows += page["rows"]
                cursor = cursor or page["cursor"]  # the first page's: pull on from there
                after = page["next_after"]
                if not page["more"]:
                    break
            payload["snapshot"][name] = rows
    payload["cursor"] = cursor
    return payload


def _results(connection: Connection, device_id: str) -> list[dict[str, Any]]:
    reasons = {seq: reason for seq, reason in connection.execute(
        select(quarantine.c.op_seq, quarantine.c.reason).where(
            quarantine.c.device_id == device_id))}
    return [{"seq": seq, "status": status, "reason": reasons.get(seq)}
            for seq, status in connection.execute(
                select(applied_op.c.op_seq, applied_op.c.status).where(
                    applied_op.c.device_id == device_id).order_by(applied_op.c.op_seq))]
