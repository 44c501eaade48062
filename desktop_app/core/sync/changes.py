"""Record local edits: stamp sync metadata, queue an outbox operation, keep history.

Callers run these inside the same write transaction as the edit itself, so an edit
and its outbox entry are committed together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.core.clock import SYSTEM_CLOCK, Clock, HybridLogicalClock
from desktop_app.core.db import Database, insert_many, table_of
from desktop_app.core.ids import new_id, new_ids
from desktop_app.core.local_settings import (
    LAST_HLC,
    ensure_device_id,
    get_setting,
    set_setting,
)
from desktop_app.core.models import FieldChange, OutboxOperation, SyncedRow

# Fields that say which record a row is; the sync payload carries them, the history not.
KEY_FIELDS = frozenset({"village_code", "year"})


@dataclass
class Editor:
    """Who is editing on this device, with the device's clock."""

    user: str
    clock: HybridLogicalClock
    now: Callable[[], datetime] = field(default=SYSTEM_CLOCK.now)


def open_editor(db: Database, user: str, clock: Clock = SYSTEM_CLOCK) -> Editor:
    with db.writing() as session:
        device = ensure_device_id(session)
        last = get_setting(session, LAST_HLC)
    return Editor(user=user, clock=HybridLogicalClock(device, last, clock.wall_ms),
                  now=clock.now)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return value if isinstance(value, str) else json.dumps(value)


def record_upsert(
    session: Session,
    editor: Editor,
    row: SyncedRow,
    changes: Mapping[str, tuple[Any, Any]],
    village_code: str | None,
    history_key: str | None = None,
) -> None:
    """Stamp ``row`` with ``changes`` (field -> (old, new)) and log them; no-op if empty.

    ``history_key`` tells apart rows of one kind in the history (``population[2024]``).
    """
    if not changes:
        return
    hlc = editor.clock.now()
    now = editor.now()
    for name, (_old, new) in changes.items():
        setattr(row, name, new)
    row.hlc = hlc
    row.field_clocks = {**(row.field_clocks or {}), **dict.fromkeys(changes, hlc)}
    row.updated_at = now
    row.updated_by = editor.user
    if row.id is None:
        row.id = new_id()
    session.add(row)
    session.add(OutboxOperation(
        op_id=new_id(), table_name=row.__tablename__, row_id=row.id, kind="upsert",
        payload={name: new for name, (_old, new) in changes.items()}, hlc=hlc, created_at=now,
    ))
    session.add_all(
        FieldChange(
            table_name=row.__tablename__, row_id=row.id, village_code=village_code,
            field=f"{name}[{history_key}]" if history_key else name,
            old_value=_as_text(old), new_value=_as_text(new), hlc=hlc,
            changed_at=now, changed_by=editor.user,
        )
        for name, (old, new) in changes.items()
        if name not in KEY_FIELDS
    )
    set_setting(session, LAST_HLC, hlc)


def record_inserts(
    session: Session, editor: Editor, model: type[SyncedRow], rows: list[dict[str, Any]],
) -> None:
    """Insert many new rows of ``model`` in bulk, each with its outbox operation.

    For imports: the rows are one edit, stamped with one clock value, and get no per-field
    history (a new row's history would only repeat its values). A row may bring its own
    ``id`` (children made in the same edit refer to it).
    """
    if not rows:
        return
    hlc = editor.clock.now()
    now = editor.now()
    table = model.__tablename__  # type: ignore[attr-defined]
    ids = [values.get("id") or made for values, made in zip(rows, new_ids(len(rows)),
                                                           strict=True)]
    rows = [{k: v for k, v in values.items() if k != "id"} for values in rows]
    operations = [{"op_id": op_id, "row_id": row_id, "payload": values}
                  for op_id, row_id, values in zip(new_ids(len(rows)), ids, rows, strict=True)]
    insert_many(session, table_of(model), [{**values, "id": row_id}
                                           for values, row_id in zip(rows, ids, strict=True)],
                shared={"hlc": hlc, "field_clocks": dict.fromkeys(rows[0], hlc),
                        "deleted": False, "updated_at": now, "updated_by": editor.user})
    insert_many(session, OutboxOperation.__table__, operations,
                shared={"table_name": table, "kind": "upsert", "hlc": hlc, "created_at": now})
    set_setting(session, LAST_HLC, hlc)


def record_delete(
    session: Session, editor: Editor, row: SyncedRow, village_code: str | None,
    history_key: str | None = None,
) -> None:
    """Turn ``row`` into a tombstone and queue the delete."""
    hlc = editor.clock.now()
    now = editor.now()
    row.deleted = True
    row.hlc = hlc
    row.field_clocks = {**(row.field_clocks or {}), "deleted": hlc}
    row.updated_at = now
    row.updated_by = editor.user
    session.add(OutboxOperation(
        op_id=new_id(), table_name=row.__tablename__, row_id=row.id, kind="delete",
        payload={}, hlc=hlc, created_at=now,
    ))
    session.add(FieldChange(
        table_name=row.__tablename__, row_id=row.id, village_code=village_code,
        field=f"deleted[{history_key}]" if history_key else "deleted",
        old_value=None, new_value="ya", hlc=hlc, changed_at=now,
        changed_by=editor.user,
    ))
    set_setting(session, LAST_HLC, hlc)
