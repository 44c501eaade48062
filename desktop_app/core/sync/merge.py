"""Apply the server's changes to the local database: per-field last-writer-wins by clock.

A field with a pending local edit is never overwritten: the server's value is held back
(``SyncDeferred``) until the edit is acknowledged, then the newer of the two stays and
the other is kept as a conflict record for review. Deletes win.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core.clock import HybridLogicalClock
from desktop_app.core.db import in_values, insert_many
from desktop_app.core.models import OutboxOperation, SyncConflict, SyncDeferred, Village
from desktop_app.core.sync.fold import fold_local_twin
from desktop_app.core.sync.protocol import to_wire
from desktop_app.core.sync.tables import (
    SYNCED_TABLES,
    data_fields,
    from_wire,
    required_fields,
    table,
    village_query,
    visible_in,
)

log = logging.getLogger(__name__)
SERVER_USER = "server"
Key = tuple[str, str]  # (table, row id)
ALL_FIELDS = "*"  # a pending delete: every field of the row counts as pending
NO_PARENT = "no_parent"  # conflict reason: the server's row names a parent this laptop lacks


@cache
def parent_columns(table_name: str) -> dict[str, str]:
    """The columns of ``table_name`` referring to another synced table: column -> table."""
    return {key.parent.name: key.column.table.name for key in table(table_name).foreign_keys
            if key.column.table.name in SYNCED_TABLES}


def pending_fields(session: Session, keys: Iterable[Key]) -> dict[Key, set[str]]:
    """Fields with unacknowledged local edits, for the given rows."""
    by_id: dict[str, set[str]] = defaultdict(set)
    for table_name, row_id in keys:
        by_id[row_id].add(table_name)
    found: dict[Key, set[str]] = defaultdict(set)
    if not by_id:
        return found
    rows = session.execute(
        select(OutboxOperation.table_name, OutboxOperation.row_id, OutboxOperation.kind,
               OutboxOperation.payload)
        .where(OutboxOperation.status == "pending",
               in_values(OutboxOperation.row_id, list(by_id))))
    for table_name, row_id, kind, payload in rows:
        if table_name in by_id[row_id]:
            fields = {ALL_FIELDS} if kind == "delete" else set(payload)
            found[(table_name, row_id)] |= fields
    return found


class RemoteApplier:
    """Applies one page of server changes (or snapshot rows) inside the caller's transaction."""

    def __init__(self, session: Session, clock: HybridLogicalClock,
                 now: Callable[[], datetime]) -> None:
        self.session = session
        self.clock = clock
        self.now = now
        self.needs_refetch = False  # a change named a row this device never received
        self._villages: dict[str, bool] = {}
        self._parents: dict[Key, bool] = {}
        self._new: dict[Key, dict[str, Any]] = {}  # rows to insert, in bulk, at flush()

    # -- pull ---------------------------------------------------------------------------------

    def apply_changes(self, changes: list[dict[str, Any]],
                      after_each: Callable[[int], None] | None = None) -> int:
        """Apply change-log entries in order; returns how many were applied."""
        wanted = [c for c in changes if c["t"] in SYNCED_TABLES]
        keys = {(c["t"], c["id"]) for c in wanted}
        rows = self._load(keys)
        pending = pending_fields(self.session, keys)
        for number, change in enumerate(wanted, 1):
            key = (change["t"], change["id"])
            if change["k"] == "d":
                self._remote_delete(key, rows.get(key), change["c"], pending.get(key, set()))
            else:
                rows[key] = self._remote_fields(key, rows.get(key), change["f"], change["c"],
                                                pending.get(key, set()))
            if after_each is not None:
                after_each(number)
        if wanted:  # the newest clock of the page (the text orders as the clock does)
            self.clock.observe(max(change["c"] for change in wanted))
        self.flush()
        return len(wanted)

    def _remote_fields(self, key: Key, row: dict[str, Any] | None, fields: dict[str, Any],
                       hlc: str, pending: set[str]) -> dict[str, Any] | None:
        table_name, row_id = key
        known = data_fields(table_name)
        fields = {k: v for k, v in fields.items() if k in known}
        if row is None:
            return self._insert(table_name, row_id, fields, dict.fromkeys(fields, hlc), hlc,
                                False)
        clocks = dict(row["field_clocks"] or {})
        changes: dict[str, Any] = {}
        for name, value in fields.items():
            if name in pending or ALL_FIELDS in pending:
                self._defer(key, name, value, hlc)
                continue
            current = clocks.get(name)
            if current is None or hlc > current:
                if self._held_back(key, row, name, value, hlc):
                    continue
                changes[name] = from_wire(table_name, name, value)
                clocks[name] = hlc
        if changes:
            changes.update(field_clocks=clocks, hlc=max(row["hlc"], hlc))
            self._update(table_name, row_id, changes)
            row.update(changes)
        return row

    def _remote_delete(self, key: Key, row: dict[str, Any] | None, hlc: str,
                       pending: set[str]) -> None:
        table_name, row_id = key
        if row is None or row["deleted"]:
            return
        for name in sorted(pending - {ALL_FIELDS}):
            self.conflict(table_name, row_id, row.get("village_code"), name,
                          local=(row.get(name), (row["field_clocks"] or {}).get(name)),
                          remote=(None, hlc), kept="remote", reason="deleted")
        clocks = {**(row["field_clocks"] or {}), "deleted": hlc}
        changes = {"deleted": True, "field_clocks": clocks, "hlc": max(row["hlc"], hlc)}
        self._update(table_name, row_id, changes)
        row.update(changes)
        self.session.execute(delete(SyncDeferred).where(SyncDeferred.table_name == table_name,
                                                        SyncDeferred.row_id == row_id))

    # -- refetch (snapshot) ----------------------------------------------------------------

    def apply_snapshot(self, table_name: str, rows: list[dict[str, Any]], after: str | None,
                       last: str | None, regions: list[str]) -> None:
        """Make local rows of ``table_name`` with ids in (after, last] equal the server's
        (``last`` None: to the end), except fields with pending local edits."""
        keys = {(table_name, r["id"]) for r in rows}
        local = self._load(keys)
        pending = pending_fields(self.session, keys)
        fields = data_fields(table_name)
        for remote in rows:
            key = (table_name, remote["id"])
            clocks = dict(remote.get("field_clocks") or {})
            values = {k: remote.get(k) for k in fields}
            row = local.get(key)
            if row is None:
                self._insert(table_name, remote["id"], values, clocks, remote["hlc"],
                             bool(remote.get("deleted")))
                continue
            mine = pending.get(key, set())
            new_clocks = dict(row["field_clocks"] or {})
            changes: dict[str, Any] = {}
            for name, value in values.items():
                remote_hlc = clocks.get(name) or remote["hlc"]
                if name in mine or ALL_FIELDS in mine:
                    self._defer(key, name, value, remote_hlc)
                    continue
                if value != row.get(name) and self._held_back(key, row, name, value,
                                                              remote_hlc):
                    continue
                changes[name] = from_wire(table_name, name, value)
                if name in clocks:
                    new_clocks[name] = clocks[name]
                else:
                    new_clocks.pop(name, None)
            if remote.get("deleted"):
                changes["deleted"] = True
                new_clocks["deleted"] = clocks.get("deleted", remote["hlc"])
            elif ALL_FIELDS not in mine:
                changes["deleted"] = False
                new_clocks.pop("deleted", None)
            changes.update(field_clocks=new_clocks, hlc=remote["hlc"])
            if any(row[name] != value for name, value in changes.items()):
                self._update(table_name, remote["id"], changes)
        for remote in rows:
            self.clock.observe(remote["hlc"])
        self.flush()
        self._drop_missing(table_name, {r["id"] for r in rows}, after, last, regions)

    def _drop_missing(self, table_name: str, present: set[str], after: str | None,
                      last: str | None, regions: list[str]) -> None:
        """Rows in the id range and in scope that the server lacks and that no local
        operation will bring back: the server never had them (restored from a backup)."""
        tbl = table(table_name)
        query = village_query(table_name)
        if after:
            query = query.where(tbl.c.id > after)
        if last:
            query = query.where(tbl.c.id <= last)
        candidates = [row_id for row_id, code in self.session.execute(query)
                      if row_id not in present and visible_in(table_name, code, regions)]
        for row_id in candidates:
            has_ops = self.session.scalar(select(OutboxOperation.seq).where(
                OutboxOperation.row_id == row_id, OutboxOperation.table_name == table_name,
                OutboxOperation.status.in_(("pending", "refused"))).limit(1))
            if has_ops is not None:
                continue
            try:
                with self.session.begin_nested():
                    self.session.execute(delete(tbl).where(tbl.c.id == row_id))
            except IntegrityError:  # other rows still refer to it: keep it, as deleted
                self._update(table_name, row_id, {"deleted": True})

    # -- deferred values and conflicts -----------------------------------------------------

    def _defer(self, key: Key, name: str, value: Any, hlc: str) -> None:
        held = self.session.get(SyncDeferred, (key[0], key[1], name))
        if held is None:
            self.session.add(SyncDeferred(table_name=key[0], row_id=key[1], field=name,
                                          value=value, hlc=hlc))
        elif hlc >= held.hlc:
            held.value, held.hlc = value, hlc
        self.session.flush()

    def conflict(self, table_name: str, row_id: str, village_code: str | None, name: str,
                 local: tuple[Any, str | None], remote: tuple[Any, str | None], kept: str,
                 reason: str) -> None:
        self.session.add(SyncConflict(
            table_name=table_name, row_id=row_id, village_code=village_code, field=name,
            local_value=to_wire(local[0]), local_hlc=local[1], remote_value=to_wire(remote[0]),
            remote_hlc=remote[1], kept=kept, reason=reason, created_at=self.now()))

    # -- rows ---------------------------------------------------------------------------------

    def _load(self, keys: set[Key]) -> dict[Key, dict[str, Any]]:
        by_table: dict[str, list[str]] = defaultdict(list)
        for table_name, row_id in keys:
            by_table[table_name].append(row_id)
        rows: dict[Key, dict[str, Any]] = {}
        for table_name, ids in by_table.items():
            tbl = table(table_name)
            for row in self.session.execute(
                    select(tbl).where(in_values(tbl.c.id, ids))).mappings():
                rows[(table_name, row["id"])] = dict(row)
        return rows

    def _insert(self, table_name: str, row_id: str, fields: dict[str, Any],
                clocks: dict[str, str], hlc: str, deleted: bool) -> dict[str, Any] | None:
        missing = [n for n in required_fields(table_name) if fields.get(n) is None]
        code = fields.get("village_code")
        if missing or (code is not None and not self._village_known(code)):
            log.warning("skipping %s %s: missing %s or unknown village %s", table_name, row_id,
                        missing, code)
            self.needs_refetch = self.needs_refetch or bool(missing)
            return None
        for name in parent_columns(table_name):
            if self._held_back((table_name, row_id), None, name, fields.get(name),
                               clocks.get(name) or hlc, code):
                return None  # a child without its parent here: not stored, recorded
        row = {name: from_wire(table_name, name, value) for name, value in fields.items()}
        row.update(id=row_id, hlc=hlc, field_clocks=clocks, deleted=deleted,
                   updated_at=self.now(), updated_by=SERVER_USER)
        self._new[(table_name, row_id)] = row
        return row

    def flush(self) -> None:
        """Insert the new rows of this page: in bulk, or one by one if one is refused."""
        by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (table_name, _row_id), row in self._new.items():
            by_table[table_name].append(row)
        self._new = {}
        for table_name in sorted(by_table, key=SYNCED_TABLES.index):
            names = [c.name for c in table(table_name).columns]
            rows = [{name: r.get(name) for name in names} for r in by_table[table_name]]
            try:
                with self.session.begin_nested():
                    insert_many(self.session, table(table_name), rows)
            except (IntegrityError, sqlite3.IntegrityError):
                for row in rows:
                    self._insert_one(table_name, row)

    def _insert_one(self, table_name: str, row: dict[str, Any]) -> None:
        try:
            with self.session.begin_nested():
                self.session.execute(insert(table(table_name)), [row])
        except IntegrityError as error:  # same natural key as a row made here
            try:
                with self.session.begin_nested():
                    if fold_local_twin(self, table_name, row):
                        return
            except IntegrityError:
                log.warning("could not fold %s %s into the server's row", table_name, row["id"])
            log.warning("remote %s %s not stored: %s", table_name, row["id"], error.orig)
            for name in data_fields(table_name):
                if row.get(name) is not None:
                    self.conflict(table_name, row["id"], row.get("village_code"), name,
                                  local=(None, None),
                                  remote=(row[name], row["field_clocks"].get(name)),
                                  kept="local", reason="duplicate")

    def _update(self, table_name: str, row_id: str, changes: dict[str, Any]) -> None:
        pending = self._new.get((table_name, row_id))
        if pending is not None:  # inserted at flush(), with these values
            pending.update(changes)
            return
        tbl = table(table_name)
        self.session.execute(update(tbl).where(tbl.c.id == row_id).values(
            **changes, updated_at=self.now()))

    def _held_back(self, key: Key, row: dict[str, Any] | None, name: str, value: Any,
                   hlc: str, village_code: str | None = None) -> bool:
        """True when ``name`` refers to a parent row this laptop does not hold (the server
        accepted a reference outside this laptop's scope, or its parent has not come yet):
        the value is not written, so the laptop's sync never fails on it, and the reason
        is kept as a conflict record (``no_parent``) for review."""
        parent_table = parent_columns(key[0]).get(name)
        if parent_table is None or value is None or self._parent_known(parent_table, value):
            return False
        log.warning("holding back %s %s: its %s names %s %s, which this laptop does not hold",
                    key[0], key[1], name, parent_table, value)
        local = (row.get(name), (row["field_clocks"] or {}).get(name)) if row else (None, None)
        code = row.get("village_code") if row else village_code
        self.conflict(key[0], key[1], code, name, local=local, remote=(value, hlc),
                      kept="local", reason=NO_PARENT)
        return True

    def _parent_known(self, parent_table: str, row_id: Any) -> bool:
        key = (parent_table, row_id)
        if key in self._new:
            return True
        if key not in self._parents:
            tbl = table(parent_table)
            self._parents[key] = self.session.scalar(
                select(tbl.c.id).where(tbl.c.id == row_id)) is not None
        return self._parents[key]

    def _village_known(self, code: str) -> bool:
        if code not in self._villages:
            self._villages[code] = self.session.get(Village, code) is not None
        return self._villages[code]
