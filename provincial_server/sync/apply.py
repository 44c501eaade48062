"""Apply one operation: scope, per-field last-writer-wins, deletes win, conflicts, holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop_app.core.sync.registry import Place
from provincial_server.auth import Principal
from provincial_server.sync.operations import HeldEntry, Operation, OpResult, storable
from provincial_server.sync.protocol import HLC_PATTERN, ROW_ID_PATTERN, clamp_hlc
from provincial_server.sync.references import check_references
from provincial_server.sync.registry import SYNCED, Poison, SyncedTable, to_wire
from provincial_server.sync.state import BatchState, unique_sets


class Applier:
    """Applies operations of one batch to a BatchState (writes are queued, not flushed)."""

    def __init__(
        self, state: BatchState, now: datetime, now_ms: int, skew_ms: int,
        principal_for: Callable[[int, str], Principal | None],
        may_attach: Callable[[Principal, str], bool],
    ) -> None:
        self.may_attach = may_attach  # may this writer attach the file with this SHA-256?
        self.state = state
        self.now = now
        self.now_ms = now_ms
        self.skew_ms = skew_ms
        self.principal_for = principal_for

    # -- entry point -----------------------------------------------------------------------

    def apply(self, principal: Principal, op: Operation, result: OpResult) -> None:
        """Apply ``op``; sets ``result.status`` to applied or held; raises Poison."""
        spec = SYNCED.get(op.table)
        if spec is None:
            raise Poison(f"tabel '{op.table[:64]}' tidak dikenal atau tidak disinkronkan")
        if not ROW_ID_PATTERN.fullmatch(op.row_id):
            raise Poison("id baris bukan UUID")
        try:
            hlc, clamped = clamp_hlc(op.hlc, self.now_ms, self.skew_ms)
        except ValueError as error:
            raise Poison("jam operasi (HLC) tidak sah") from error
        if hlc.split("-", 2)[2] != principal.device_id:
            raise Poison("jam operasi (HLC) menyebut perangkat lain; setiap operasi harus dicap "
                         "dengan jam perangkat pengirimnya (sinkronkan dari laptop asalnya)")
        if op.base is not None and any(
                not isinstance(v, str) or not HLC_PATTERN.fullmatch(v) for v in op.base.values()):
            raise Poison("jam dasar (base) operasi tidak sah")
        result.clamped = clamped
        result.hlc = hlc if clamped else None
        if op.kind == "delete":
            self._delete(principal, spec, op, hlc, result)
        elif op.kind == "upsert":
            self._upsert(principal, spec, op, hlc, result)
        else:
            raise Poison(f"jenis operasi '{op.kind[:20]}' tidak dikenal")

    # -- upsert ----------------------------------------------------------------------------

    def _upsert(self, who: Principal, spec: SyncedTable, op: Operation, hlc: str,
                result: OpResult) -> None:
        values = spec.check(op.payload)
        row = self.state.row(spec.name, op.row_id)
        if row is None:
            self._insert(who, spec, op, values, hlc, result)
            return
        self._check_row_scope(who, spec, row)
        if self._place(who, spec, values, row) is None:
            self._hold(who, op, self._parent_key(spec, {**row, **values}), result)
            return
        self._check_file(who, values, row)
        if (named := check_references(who, spec, values, row, self.state)) is not None:
            self._hold(who, op, named, result)
            return
        if row["deleted"]:
            for name, value in values.items():
                if value != row[name]:
                    self._conflict(spec, row, name, row[name], row["field_clocks"].get(name),
                                   value, hlc, "deleted")
            result.status = "applied"
            return
        clocks = dict(row["field_clocks"] or {})
        won: dict[str, Any] = {}
        device = hlc.split("-", 2)[2]
        lost: list[tuple] = []
        for name, value in values.items():
            current = clocks.get(name)
            if current is None or hlc > current:
                if value != row[name] and row[name] is not None and current is not None:
                    seen = (op.base or {}).get(name)
                    if current.split("-", 2)[2] != device and seen != current:
                        lost.append((name, value, hlc, row[name], current, "overwritten"))
                won[name] = value
                clocks[name] = hlc
            elif hlc < current and value != row[name]:
                lost.append((name, row[name], current, value, hlc, "older"))
        after = {**row, **won}
        if won:
            self._check_unique(who, spec, after, row)
        for conflict_args in lost:
            self._conflict(spec, row, *conflict_args)
        result.status = "applied"
        if not won:
            return
        changes = {**won, "field_clocks": clocks, "hlc": max(row["hlc"], hlc),
                   "updated_at": self.now, "updated_by": who.username}
        self._set_row(spec, row, changes)
        self._log(spec, op.row_id, after[spec.scope_column], "u", won, hlc)

    def _insert(self, who: Principal, spec: SyncedTable, op: Operation,
                values: dict[str, Any], hlc: str, result: OpResult) -> None:
        missing = [name for name in spec.required if values.get(name) is None]
        if missing:
            if "village_code" in values and spec.village_is_scope:
                self._check_village(who, values["village_code"])
            # Its creation has not arrived yet (another batch or bundle): wait for it.
            self._hold(who, op, (spec.name, op.row_id), result)
            return
        village_code = self._place(who, spec, values, None)
        if village_code is None:
            self._hold(who, op, self._parent_key(spec, values), result)
            return
        self._check_file(who, values, None)
        if (named := check_references(who, spec, values, None, self.state)) is not None:
            self._hold(who, op, named, result)
            return
        row: dict[str, Any] = dict.fromkeys(spec.fields)
        row.update(values, id=op.row_id, hlc=hlc, field_clocks=dict.fromkeys(values, hlc),
                   deleted=False, updated_at=self.now, updated_by=who.username)
        if spec.lies_in_parent or spec.scope_of is not None:
            row[spec.scope_column] = village_code
        self._check_unique(who, spec, row, None)
        self.state.rows[(spec.name, op.row_id)] = row
        self.state.claim_unique(spec.name, row, None)
        self.state.writes.inserts[spec.name].append(row)
        self.state.writes.inserted.add((spec.name, op.row_id))
        self.state.created.append((spec.name, op.row_id))
        self._log(spec, op.row_id, row[spec.scope_column], "u", values, hlc)
        result.status = "applied"
        self._release(spec.name, op.row_id)

    # -- delete ----------------------------------------------------------------------------

    def _delete(self, who: Principal, spec: SyncedTable, op: Operation, hlc: str,
                result: OpResult) -> None:
        if op.payload:
            raise Poison("operasi hapus tidak boleh membawa isian")
        row = self.state.row(spec.name, op.row_id)
        if row is None:
            self._hold(who, op, (spec.name, op.row_id), result)
            return
        self._check_row_scope(who, spec, row)
        result.status = "applied"
        if row["deleted"]:
            return
        clocks = {**(row["field_clocks"] or {}), "deleted": hlc}
        self._set_row(spec, row, {"deleted": True, "field_clocks": clocks,
                                  "hlc": max(row["hlc"], hlc), "updated_at": self.now,
                                  "updated_by": who.username})
        self._log(spec, op.row_id, row[spec.scope_column], "d", {}, hlc)

    # -- where a row lies ------------------------------------------------------------------

    def _place(self, who: Principal, spec: SyncedTable, values: dict[str, Any],
               row: dict[str, Any] | None) -> str | None:
        """Where the row lies once ``values`` are written (``row``: as stored, None for a new
        row), checked against the writer's scope; None when its parent has not arrived.

        Where a row lies is fixed when it is created (laptops of another village would not
        hold its parent or children). A child lies where its parent lies: every write that
        sets or changes a parent reference is checked against the writer's scope on the new
        parent, and the new parent must lie where the row lies."""
        if row is None:
            scope = None
            if spec.village_is_scope and "village_code" in spec.fields:
                scope = values.get("village_code")
                self._check_village(who, scope)
            if spec.scope_of is not None:
                scope = spec.scope_of(values)
                self._check_computed(who, spec, scope)
        else:
            scope = row[spec.scope_column]
            if spec.village_is_scope and "village_code" in values and \
                    values["village_code"] != row["village_code"]:
                raise Poison("desa sebuah data tidak dapat diubah setelah tersinkron; hapus data "
                             "ini lalu buat ulang di desa tujuan")
            if spec.scope_of is not None and any(values.get(n) != row.get(n) for n in values):
                named = spec.scope_of({**row, **values})
                if named != self._named_scope(spec, row):
                    # It now names another place: the writer must cover it too (the row
                    # itself stays where it lies).
                    self._check_computed(who, spec, named)
        if not spec.village_is_scope and values.get("village_code") is not None and (
                row is None or values["village_code"] != row.get("village_code")):
            self._check_known(values["village_code"])
        if spec.parent is None:
            return scope
        if row is not None and not any(
                name in values and values[name] != row.get(name) for name in spec.parent_fields):
            return scope
        ref = spec.parent({**(row or {}), **values})
        if ref is None:
            if spec.lies_in_parent:
                raise Poison("data ini harus menyebut data induknya; lengkapi rujukan induknya")
            return scope
        parent_table, parent_id = ref
        if parent_table not in SYNCED:
            raise Poison(f"rujukan ke tabel '{parent_table[:64]}' tidak dikenal")
        if not ROW_ID_PATTERN.fullmatch(parent_id):
            raise Poison("id baris induk bukan UUID")
        parent = self.state.row(parent_table, parent_id)
        if parent is None:
            return None
        parent_scope = parent[SYNCED[parent_table].scope_column]
        if not who.covers(parent_scope):
            raise Poison(f"data induk ({parent_table}) tidak ditemukan di wilayah kerja "
                         f"pengguna {who.username}; pilih data induk di wilayah Anda")
        if spec.lies_in_parent and row is None:
            return parent_scope
        if parent_scope != scope:
            what = "lampiran" if spec.name == "attachment" else "data"
            raise Poison(f"{what} harus berada di desa yang sama dengan data induknya; "
                         "untuk memindahkannya, hapus lalu buat ulang di data induk tujuan")
        return scope

    @staticmethod
    def _named_scope(spec: SyncedTable, row: dict[str, Any]) -> str | None:
        assert spec.scope_of is not None
        try:
            return spec.scope_of(row)
        except Poison:
            return None

    def _check_computed(self, who: Principal, spec: SyncedTable, scope: str) -> None:
        if spec.place is Place.FIRST_VILLAGE:  # a meeting, an agreement: a known village
            self._check_village(who, scope)
        else:
            self._check_scope(who, scope)

    def _check_file(self, who: Principal, values: dict[str, Any],
                     row: dict[str, Any] | None) -> None:
        """Attaching a file proves possession: the writer's device uploaded it, or it is
        visible to the writer through a record they may read. A file the server does not
        have yet is taken (records travel before their files), but it is served through this
        record only once this writer's device has uploaded every byte of it."""
        sha = values.get("sha256")
        if sha is None or (row is not None and sha == row.get("sha256")):
            return
        if not self.may_attach(who, sha):
            raise Poison("berkas lampiran tidak ditemukan untuk perangkat ini; lampirkan berkas "
                         "dari laptop yang menyimpannya lalu sinkronkan lagi")

    @staticmethod
    def _parent_key(spec: SyncedTable, values: dict[str, Any]) -> tuple[str, str]:
        ref = spec.parent(values) if spec.parent is not None else None
        assert ref is not None
        return ref

    def _check_row_scope(self, who: Principal, spec: SyncedTable, row: dict[str, Any]) -> None:
        """A stored row the writer may not touch; the reason does not say where it lies."""
        if not who.covers(row[spec.scope_column]):
            raise Poison(f"data {spec.name} ini di luar wilayah kerja pengguna {who.username}")

    # -- helpers ---------------------------------------------------------------------------

    def _check_scope(self, who: Principal, village_code: str) -> None:
        if not who.covers(village_code):
            raise Poison(f"desa {village_code} di luar wilayah kerja pengguna {who.username}")

    def _check_village(self, who: Principal, village_code: str) -> None:
        self._check_known(village_code)
        self._check_scope(who, village_code)

    def _check_known(self, village_code: str) -> None:
        if not self.state.village_exists(village_code):
            raise Poison(f"kode desa {village_code} tidak dikenal")

    def _check_unique(self, who: Principal, spec: SyncedTable, row: dict[str, Any],
                      before: dict[str, Any] | None) -> None:
        regency = row.get("regency_code")
        if regency is not None and spec.village_is_scope and regency != row["village_code"][:5]:
            raise Poison(f"regency_code {regency} tidak sesuai dengan desa {row['village_code']}")
        for columns in unique_sets(spec.name):
            values = tuple(row[c] for c in columns)
            owner = self.state.unique_owner(spec.name, columns, values)
            if owner is not None and owner != row["id"]:
                shown = ", ".join(f"{c}={v}" for c, v in zip(columns, values, strict=True))
                other = self.state.row(spec.name, owner)
                where = f" (id {owner})" if other is not None and who.covers(
                    other[spec.scope_column]) else ""  # never name a row the sender cannot see
                raise Poison(f"data ganda: {spec.name} dengan {shown} sudah ada{where}; "
                             "ubah data yang sudah ada itu alih-alih membuat yang baru")
        self.state.claim_unique(spec.name, row, before)

    def _set_row(self, spec: SyncedTable, row: dict[str, Any], changes: dict[str, Any]) -> None:
        row.update(changes)
        key = (spec.name, row["id"])
        pending = self.state.writes
        if key in pending.inserted:
            return  # inserted in this batch: the insert carries the new values
        pending.updates[key] = {**pending.updates.get(key, {}), **changes}

    def _log(self, spec: SyncedTable, row_id: str, village_code: str, kind: str,
             fields: dict[str, Any], hlc: str) -> None:
        self.state.changes.append({
            "table_name": spec.name, "row_id": row_id, "kind": kind,
            "fields": {name: to_wire(value) for name, value in fields.items()},
            "hlc": hlc, "village_code": village_code, "regency_code": village_code[:5],
            "district_code": village_code[:8],
        })

    def _conflict(self, spec: SyncedTable, row: dict[str, Any], name: str, kept: Any,
                  kept_hlc: str | None, lost: Any, lost_hlc: str, reason: str) -> None:
        self.state.writes.conflicts.append({
            "table_name": spec.name, "row_id": row["id"],
            "village_code": row[spec.scope_column],
            "field": name, "kept_value": to_wire(kept), "kept_hlc": kept_hlc,
            "lost_value": to_wire(lost),
            "lost_hlc": lost_hlc, "reason": reason, "created_at": self.now,
        })

    def _hold(self, who: Principal, op: Operation, wait: tuple[str, str],
              result: OpResult) -> None:
        pending = {"wait_table": wait[0], "wait_row_id": wait[1], "device_id": who.device_id,
                   "op_seq": op.seq, "user_id": who.user_id, "operation": op.to_json(),
                   "received_at": self.now}
        entry = HeldEntry(op, who.user_id, who.device_id, result=result, pending=pending)
        self.state.held_for(*wait).append(entry)
        self.state.waiting.add(wait)
        self.state.writes.held.append(pending)
        result.status = "held"

    def _release(self, table_name: str, row_id: str) -> None:
        """Apply the operations that waited for this row, now that it exists."""
        waiting = self.state.held_for(table_name, row_id)
        if not waiting:
            return
        self.state.held[(table_name, row_id)] = []
        for entry in waiting:
            unsaved = self.state.writes.held
            if entry.pending is not None and any(r is entry.pending for r in unsaved):
                unsaved[:] = [r for r in unsaved if r is not entry.pending]
            else:  # already written (earlier request, or flushed earlier in this batch)
                self.state.writes.held_done.append((entry.device_id, entry.op.seq))
            self.state.released.add((entry.device_id, entry.op.seq))
            result = entry.result or OpResult(entry.op.seq, "held")
            who = self.principal_for(entry.user_id, entry.device_id)
            try:
                if who is None:
                    raise Poison("pengguna atau perangkat pengirim sudah tidak aktif")
                self.apply(who, entry.op, result)
            except Poison as error:
                result.status, result.reason = "quarantined", str(error)
                self.state.writes.quarantine.append(quarantine_row(
                    who or Principal(entry.user_id, "", "facilitator", (), entry.device_id),
                    entry.op.to_json(), str(error), self.now))
            if result.status != "held":
                self._set_status(entry, result.status)

    def settle_holds(self) -> None:
        """Run under the change-counter lock, just before commit: pick up what other workers
        committed meanwhile, holds for rows this batch created and rows this batch's holds
        wait for. Both sides check under the same lock, so no hold is stranded."""
        while True:
            progress = False
            for key in dict.fromkeys(self.state.refresh_held(self.state.created)):
                self._release(*key)
                progress = True
            for key in sorted(self.state.waiting):
                if self.state.held.get(key) and self.state.refresh_row(key) is not None:
                    self._release(*key)
                    progress = True
            self.state.waiting = {k for k in self.state.waiting if self.state.held.get(k)}
            if not progress:
                return

    def _set_status(self, entry: HeldEntry, status: str) -> None:
        for pending in self.state.writes.applied:
            if pending["device_id"] == entry.device_id and pending["op_seq"] == entry.op.seq:
                pending["status"] = status
                return
        self.state.writes.applied_status[(entry.device_id, entry.op.seq)] = status


def quarantine_row(who: Principal, operation: dict[str, Any], reason: str,
                   now: datetime) -> dict[str, Any]:
    """A quarantine entry; it belongs to the sender: it is filed under the village the
    operation names only when that lies in the sender's regions, else under the sender's own
    region (an admin's: none), so nobody can plant entries in another kabupaten's list."""
    payload = operation.get("payload")
    named = payload.get("village_code") if isinstance(payload, dict) else None
    if isinstance(named, str) and len(named) <= 13 and named and not who.is_admin and \
            who.covers(named):
        village_code: str | None = named
    else:
        village_code = who.regions[0] if who.regions and not who.is_admin else None
    return {
        "device_id": who.device_id, "op_seq": operation.get("seq", 0), "user_id": who.user_id,
        "table_name": storable(str(operation.get("table", ""))[:64]),
        "row_id": storable(str(operation.get("row_id", ""))[:64]),
        "village_code": village_code, "operation": storable(operation), "reason": reason,
        "received_at": now,
    }
