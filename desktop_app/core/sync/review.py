"""What a person reviews after sync: conflicts to decide, operations the server refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.local_settings import LAST_HLC, set_setting
from desktop_app.core.models import SyncConflict
from desktop_app.core.sync.changes import Editor, record_upsert
from desktop_app.core.sync.outbox import RefusedOperation, refused_operations, resend
from desktop_app.core.sync.tables import from_wire
from desktop_app.core.sync.tables_orm import model_for


@dataclass(frozen=True)
class ConflictView:
    id: int
    table_name: str
    row_id: str
    village_code: str | None
    field: str
    local_value: Any
    remote_value: Any
    kept: str  # local | remote: which value the record holds now
    reason: str
    created_at: datetime


def open_conflicts(db: Database) -> list[ConflictView]:
    with db.reading() as session:
        return [ConflictView(c.id, c.table_name, c.row_id, c.village_code, c.field,
                             c.local_value, c.remote_value, c.kept, c.reason, c.created_at)
                for c in session.scalars(select(SyncConflict).where(
                    SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.id))]


def resolve_conflict(db: Database, editor: Editor, conflict_id: int, choice: str) -> None:
    """Keep ``choice`` (``local`` or ``remote``). Choosing the value not kept is a new edit,
    queued in the outbox like any other, so the decision reaches every laptop."""
    if choice not in ("local", "remote"):
        raise ValueError(choice)
    with db.writing() as session:
        item = session.get(SyncConflict, conflict_id)
        if item is None or item.resolved_at is not None:
            return
        # A deleted row, or a parent this laptop does not hold: nothing to write back.
        if choice != item.kept and item.reason not in ("deleted", "no_parent"):
            value = item.local_value if choice == "local" else item.remote_value
            _set_field(session, editor, item, value)
        item.resolved_at = editor.now()


def _set_field(session: Session, editor: Editor, item: SyncConflict, value: Any) -> None:
    row = session.get(model_for(item.table_name), item.row_id)
    if row is None or row.deleted:
        return
    new = from_wire(item.table_name, item.field, value)
    record_upsert(session, editor, row, {item.field: (getattr(row, item.field), new)},
                  item.village_code)


def refused(db: Database) -> list[RefusedOperation]:
    with db.reading() as session:
        return refused_operations(session)


def resend_refused(db: Database, editor: Editor, seq: int,
                   payload: dict[str, Any] | None = None) -> int:
    """Queue a refused operation again (corrected by ``payload``); returns its new number."""
    with db.writing() as session:
        op = resend(session, seq, payload, editor.clock.now, editor.now())
        set_setting(session, LAST_HLC, op.hlc)
        return op.seq

