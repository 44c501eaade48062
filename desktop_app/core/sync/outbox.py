"""The outbox seen from the sync client: what to send, and what the server answered."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop_app.core.db import table_of
from desktop_app.core.models import OutboxOperation, SyncDeferred
from desktop_app.core.sync.merge import ALL_FIELDS, RemoteApplier, pending_fields
from desktop_app.core.sync.protocol import operation_hash, to_wire
from desktop_app.core.sync.tables import SYNCED_TABLES, from_wire, table

ACCEPTED = frozenset({"applied", "duplicate", "held"})
REFUSED = frozenset({"quarantined", "rejected"})
CHUNK = 500  # ids per IN list (SQLite allows 999 parameters)


class PendingOperation(NamedTuple):
    """An outbox operation as the push reads it (plain values, no ORM object)."""

    seq: int
    table_name: str
    row_id: str
    kind: str
    payload: dict[str, Any]
    hlc: str


def wire_operation(op: PendingOperation | OutboxOperation) -> dict[str, Any]:
    payload = {name: to_wire(value) for name, value in op.payload.items()}
    return {"seq": op.seq, "table": op.table_name, "row_id": op.row_id, "kind": op.kind,
            "payload": payload, "hlc": op.hlc,
            "hash": operation_hash(op.table_name, op.row_id, op.kind, payload, op.hlc)}


def pending_batch(session: Session, limit: int, after: int = 0) -> list[PendingOperation]:
    """The oldest unacknowledged operations (synced tables only) numbered above ``after``,
    in order."""
    return [PendingOperation(*row) for row in session.execute(
        select(OutboxOperation.seq, OutboxOperation.table_name, OutboxOperation.row_id,
               OutboxOperation.kind, OutboxOperation.payload, OutboxOperation.hlc)
        .where(OutboxOperation.status == "pending",
               OutboxOperation.table_name.in_(SYNCED_TABLES),
               OutboxOperation.seq > after)
        .order_by(OutboxOperation.seq).limit(limit))]


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxOperation).where(
        OutboxOperation.status == "pending",
        OutboxOperation.table_name.in_(SYNCED_TABLES))) or 0


def record_results(session: Session, ops: list[PendingOperation], results: list[dict[str, Any]],
                   applier: RemoteApplier, now: datetime) -> dict[str, int]:
    """Mark each operation by the server's answer; then settle held-back server values.

    The marks are set-based: one UPDATE per (status, reason) pair of the batch."""
    by_seq = {r["seq"]: r for r in results}
    counts: dict[str, int] = {}
    touched: dict[tuple[str, str], set[str]] = {}
    refused_fields: dict[tuple[str, str], set[str]] = {}
    marks: dict[tuple[str, str | None], list[int]] = {}
    for op in ops:
        result = by_seq.get(op.seq)
        if result is None:
            continue
        status = result["status"]
        counts[status] = counts.get(status, 0) + 1
        key = (op.table_name, op.row_id)
        fields = set(op.payload) if op.kind == "upsert" else {"deleted", ALL_FIELDS}
        touched.setdefault(key, set()).update(fields)
        marks.setdefault(("done" if status in ACCEPTED else "refused", result.get("reason")),
                         []).append(op.seq)
        if status in REFUSED:
            refused_fields.setdefault(key, set()).update(fields)
        elif result.get("clamped") and result.get("hlc"):
            _adopt_clock(session, op, fields, result["hlc"])
    outbox = table_of(OutboxOperation)
    for (status, reason), seqs in marks.items():
        for start in range(0, len(seqs), CHUNK):
            session.execute(update(outbox).where(outbox.c.seq.in_(seqs[start:start + CHUNK]))
                            .values(status=status, reason=reason, pushed_at=now))
    session.flush()
    still = pending_fields(session, touched)
    held = deferred_values(session, touched)
    for key, fields in touched.items():
        if key in held:
            settle_deferred(session, applier, key, fields - still.get(key, set()),
                            refused_fields.get(key, set()), held[key])
    return counts


def deferred_values(session: Session, keys: Iterable[tuple[str, str]],
                    ) -> dict[tuple[str, str], list[SyncDeferred]]:
    """Held-back server values of these rows, a few queries for all of them."""
    by_table: dict[str, list[str]] = {}
    for table_name, row_id in keys:
        by_table.setdefault(table_name, []).append(row_id)
    found: dict[tuple[str, str], list[SyncDeferred]] = {}
    for table_name, ids in by_table.items():
        for start in range(0, len(ids), CHUNK):
            for item in session.scalars(select(SyncDeferred).where(
                    SyncDeferred.table_name == table_name,
                    SyncDeferred.row_id.in_(ids[start:start + CHUNK]))):
                found.setdefault((table_name, item.row_id), []).append(item)
    return found


def _adopt_clock(session: Session, op: PendingOperation, fields: set[str], stored: str) -> None:
    """The server clamped a clock from the future: use the clock it stored."""
    tbl = table(op.table_name)
    row = session.execute(select(tbl.c.field_clocks, tbl.c.hlc).where(
        tbl.c.id == op.row_id)).first()
    if row is None:
        return
    clocks = {name: stored if name in fields and value == op.hlc else value
              for name, value in (row.field_clocks or {}).items()}
    session.execute(update(tbl).where(tbl.c.id == op.row_id).values(
        field_clocks=clocks, hlc=stored if row.hlc == op.hlc else row.hlc))


def settle_deferred(session: Session, applier: RemoteApplier, key: tuple[str, str],
                    fields: set[str], refused: set[str],
                    deferred: list[SyncDeferred] | None = None) -> None:
    """Held-back server values for fields no longer pending: the newer value stays.
    ``deferred``: the row's held-back values when the caller has read them already."""
    if not fields:
        return
    table_name, row_id = key
    if deferred is None:
        deferred = list(session.scalars(select(SyncDeferred).where(
            SyncDeferred.table_name == table_name, SyncDeferred.row_id == row_id)))
    held = [item for item in deferred if ALL_FIELDS in fields or item.field in fields]
    if not held:
        return
    tbl = table(table_name)
    row = session.execute(select(tbl).where(tbl.c.id == row_id)).mappings().first()
    if row is None:
        for item in held:
            session.delete(item)
        return
    clocks = dict(row["field_clocks"] or {})
    changes: dict[str, Any] = {}
    for item in held:
        local, local_hlc = to_wire(row[item.field]), clocks.get(item.field)
        server_wins = item.field in refused or local_hlc is None or item.hlc > local_hlc
        if local != item.value:
            applier.conflict(table_name, row_id, row.get("village_code"), item.field,
                             local=(local, local_hlc), remote=(item.value, item.hlc),
                             kept="remote" if server_wins else "local",
                             reason="deleted" if row["deleted"] else "concurrent")
        if server_wins:
            changes[item.field] = from_wire(table_name, item.field, item.value)
            clocks[item.field] = item.hlc
        session.delete(item)
    if changes:
        session.execute(update(tbl).where(tbl.c.id == row_id).values(
            **changes, field_clocks=clocks, hlc=max([row["hlc"], *clocks.values()])))


def replay_all(session: Session) -> int:
    """After a refetch: send every acknowledged operation again (a server restored from a
    backup may lack them; the ones it has come back as harmless duplicates)."""
    return session.execute(update(OutboxOperation).where(
        OutboxOperation.status == "done").values(status="pending")).rowcount


@dataclass(frozen=True)
class RefusedOperation:
    seq: int
    table_name: str
    row_id: str
    kind: str
    payload: dict[str, Any]
    reason: str | None
    created_at: datetime


def refused_operations(session: Session) -> list[RefusedOperation]:
    return [RefusedOperation(o.seq, o.table_name, o.row_id, o.kind, dict(o.payload), o.reason,
                             o.created_at)
            for o in session.scalars(select(OutboxOperation).where(
                OutboxOperation.status == "refused").order_by(OutboxOperation.seq))]


def resend(session: Session, seq: int, payload: dict[str, Any] | None,
           new_clock: Callable[[], str], now: datetime) -> OutboxOperation:
    """Queue a refused operation again, corrected (``payload``) or as it was, under a new
    key and clock; the refused one is kept, marked ``resent``."""
    old = session.get(OutboxOperation, seq)
    if old is None or old.status != "refused":
        raise LookupError(seq)
    from desktop_app.core.ids import new_id

    values = dict(old.payload if payload is None else payload)
    hlc = new_clock()
    old.status = "resent"
    op = OutboxOperation(op_id=new_id(), table_name=old.table_name, row_id=old.row_id,
                         kind=old.kind, payload=values, hlc=hlc, created_at=now)
    session.add(op)
    tbl = table(old.table_name)
    row = session.execute(select(tbl.c.field_clocks).where(tbl.c.id == old.row_id)).first()
    if row is not None and old.kind == "upsert":
        clocks = {**(row.field_clocks or {}), **dict.fromkeys(values, hlc)}
        local = {n: from_wire(old.table_name, n, v) for n, v in values.items()}
        session.execute(update(tbl).where(tbl.c.id == old.row_id).values(
            **local, field_clocks=clocks, hlc=hlc, updated_at=now))
    session.flush()
    return op
