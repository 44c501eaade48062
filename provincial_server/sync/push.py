"""Push: apply a batch of operations in one transaction, then number its changes.

Fast path: everything is checked in memory against prefetched (and, on PostgreSQL, locked)
rows and written in bulk. If the database still refuses something (a race with another
worker), the batch is redone carefully: one savepoint per operation, so a poison operation
is quarantined and never blocks the rest.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError

from provincial_server.auth import Principal, principal_for_device
from provincial_server.blobs import SHA256_PATTERN, BlobStore, readable
from provincial_server.config import Settings
from provincial_server.models import change_log, server_state
from provincial_server.sync.apply import Applier, quarantine_row
from provincial_server.sync.operations import Operation, OpResult, wire_problem
from provincial_server.sync.registry import Poison
from provincial_server.sync.state import BatchState, bulk_insert
from provincial_server.timeutil import now_ms, utcnow

log = logging.getLogger(__name__)
ATTEMPTS = 5


def push_operations(
    engine: Engine, settings: Settings, principal: Principal, ops: list[Operation],
) -> list[OpResult]:
    """Apply ``ops`` (one device's, in order); one result per operation."""
    careful = False
    for attempt in range(ATTEMPTS):
        try:
            with engine.begin() as connection:
                return _push(connection, settings, principal, ops, careful)
        except (IntegrityError, DataError):
            log.info("push from %s: retrying operation by operation", principal.device_id)
            careful = True
        except OperationalError as error:  # deadlock or serialisation failure: retry
            if attempt == ATTEMPTS - 1:
                raise
            log.warning("push from %s: retry after %s", principal.device_id, error.orig)
            careful = True
    raise RuntimeError("unreachable")


def _push(connection: Connection, settings: Settings, principal: Principal,
          ops: list[Operation], careful: bool) -> list[OpResult]:
    now = utcnow()
    state = BatchState(connection, principal.device_id)
    if not careful:
        state.prefetch(ops)
    principals: dict[tuple[int, str], Principal | None] = {}

    def principal_for(user_id: int, device_id: str) -> Principal | None:
        if (user_id, device_id) not in principals:
            found = principal_for_device(connection, device_id)
            principals[(user_id, device_id)] = (
                found if found is not None and found.user_id == user_id else None)
        return principals[(user_id, device_id)]

    store = BlobStore(settings.data_dir)

    def may_attach(who: Principal, sha256: str) -> bool:
        if not SHA256_PATTERN.fullmatch(sha256):
            return False
        return store.size(sha256) is None or readable(connection, store, who, sha256)

    applier = Applier(state, now, now_ms(), settings.clock_skew_ms, principal_for, may_attach)
    results: list[OpResult] = []
    seen: dict[int, str] = {}
    for op in ops:
        result = OpResult(op.seq, "applied")
        results.append(result)
        problem = wire_problem(op)
        if problem is None and op.hash != op.expected_hash():
            result.status, result.reason = "rejected", "hash isi operasi tidak cocok"
            continue
        earlier = seen.get(op.seq) or (state.applied_key(op.seq) or (None,))[0]
        if earlier is not None:
            _replay(result, earlier == op.hash)
            continue
        seen[op.seq] = op.hash
        if problem is not None:  # cannot be hashed or stored as sent: quarantined, not a 500
            _quarantine(state, principal, op, result, problem, now)
            _note_applied(state, principal, op, result, now)
        elif careful:
            _apply_carefully(connection, state, applier, principal, op, result, now)
        else:
            _apply_one(state, applier, principal, op, result, now)
    state.writes.flush(connection)
    if state.created or state.waiting:
        _lock_counter(connection)  # from here to commit: one writer at a time
        applier.settle_holds()
        state.writes.flush(connection)
    _number_changes(connection, state.changes)
    return results


def _lock_counter(connection: Connection) -> None:
    """Take the change-counter row lock now (held until commit; SQLite: already exclusive)."""
    connection.execute(select(server_state.c.last_seq).where(server_state.c.id == 1)
                       .with_for_update())


def _replay(result: OpResult, same: bool) -> None:
    if same:
        result.status = "duplicate"
    else:
        result.status = "rejected"
        result.reason = "kunci operasi (perangkat, urutan) sudah dipakai untuk isi yang lain"


def _apply_one(state: BatchState, applier: Applier, who: Principal, op: Operation,
               result: OpResult, now) -> None:
    try:
        applier.apply(who, op, result)
    except Poison as error:
        _quarantine(state, who, op, result, str(error), now)
    _note_applied(state, who, op, result, now)


def _note_applied(state: BatchState, who: Principal, op: Operation, result: OpResult,
                  now) -> None:
    """The idempotency record: a retry of (device, seq) answers "duplicate"."""
    state.writes.applied.append({"device_id": who.device_id, "op_seq": op.seq,
                                 "op_hash": op.hash, "status": result.status,
                                 "received_at": now})


def _quarantine(state: BatchState, who: Principal, op: Operation, result: OpResult,
                reason: str, now) -> None:
    result.status, result.reason = "quarantined", reason
    state.writes.quarantine.append(quarantine_row(who, op.to_json(), reason, now))


def _apply_carefully(connection: Connection, state: BatchState, applier: Applier,
                     who: Principal, op: Operation, result: OpResult, now) -> None:
    state.writes.flush(connection)
    marks = state.marks()
    savepoint = connection.begin_nested()
    try:
        _apply_one(state, applier, who, op, result, now)
        state.writes.flush(connection)
        savepoint.commit()
        return
    except (IntegrityError, DBAPIError) as error:
        if isinstance(error, OperationalError):
            raise
        savepoint.rollback()
        reason = _database_reason(error)
    state.rollback_to(marks)
    result.clamped, result.hlc = False, None
    earlier = state.applied_key(op.seq)
    if earlier is not None:  # the same device pushed the same operation concurrently
        _replay(result, earlier[0] == op.hash)
        return
    _quarantine(state, who, op, result, reason, now)
    _note_applied(state, who, op, result, now)
    state.writes.flush(connection)


def _database_reason(error: DBAPIError) -> str:
    text = str(getattr(error, "orig", error)).splitlines()[0][:300]
    return f"ditolak basis data: {text}"


def _number_changes(connection: Connection, changes: list[dict[str, Any]]) -> None:
    """Give the changes consecutive sequence numbers; the counter row stays locked until
    commit, so numbers are handed out in commit order and a reader never skips one."""
    if not changes:
        return
    last = connection.execute(
        update(server_state).where(server_state.c.id == 1)
        .values(last_seq=server_state.c.last_seq + len(changes))
        .returning(server_state.c.last_seq)
    ).scalar_one()
    first = last - len(changes) + 1
    bulk_insert(connection, change_log,
                [{"seq": first + i, **change} for i, change in enumerate(changes)])
