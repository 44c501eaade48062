"""What one push transaction has read (cached, rows locked) and still has to write."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import psycopg
from sqlalchemy import (
    JSON,
    Connection,
    Table,
    UniqueConstraint,
    any_,
    bindparam,
    delete,
    func,
    insert,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from provincial_server.models import applied_op, conflict, held_op, quarantine, village
from provincial_server.sync.operations import HeldEntry, Operation
from provincial_server.sync.protocol import ROW_ID_PATTERN
from provincial_server.sync.references import referenced
from provincial_server.sync.registry import SYNCED, Poison

CHUNK = 900
VILLAGE_CODE_MAX = 13
COPY_FROM = 50  # rows; below this a plain INSERT is cheaper
Key = tuple[str, str]  # (table, row id)


def is_in(connection: Connection, column, values: list):
    """``column IN values``; on PostgreSQL as ``= ANY(array)`` (one parameter, cached plan)."""
    if connection.dialect.name == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


def tuple_in(connection: Connection, columns: list, rows: list[tuple]):
    """``(a, b) IN rows``; on PostgreSQL through parallel ``unnest`` of one array per column."""
    if connection.dialect.name == "postgresql":
        arrays = [func.unnest(bindparam(None, [r[i] for r in rows], type_=ARRAY(c.type)))
                  for i, c in enumerate(columns)]
        return tuple_(*columns).in_(select(*arrays))
    return tuple_(*columns).in_(rows)


def bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows: COPY on PostgreSQL (one round trip), executemany elsewhere."""
    if not rows:
        return
    if connection.dialect.name == "sqlite" and _insert_on_driver(connection, table, rows):
        return
    if connection.dialect.name != "postgresql" or len(rows) < COPY_FROM:
        for part in chunks(rows):
            connection.execute(insert(table), part)
        return
    names = [c.name for c in table.columns]
    # JSON columns by position (written as text; None stays SQL NULL where the type says so);
    # the other values go as they are, without a call per value (400 rows a push).
    json_columns = [(i, c.type.none_as_null) for i, c in enumerate(table.columns)
                    if isinstance(c.type, JSON)]
    raw = connection.connection.driver_connection
    statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                values = [row.get(n) for n in names]
                for i, none_as_null in json_columns:
                    values[i] = _copy_value(values[i], none_as_null)
                copy.write_row(values)
    except psycopg.Error as error:  # same exception types as SQLAlchemy's own statements
        raise DBAPIError.instance(statement, None, error, psycopg.Error) from error


def _insert_on_driver(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> bool:
    """SQLite: one executemany on the driver, each value through its column type's own
    conversion (what SQLAlchemy's executemany stores, without its per-row parameter
    handling). False (nothing done) when the rows differ in keys or a default is not a
    plain value."""
    names = list(rows[0])
    keys = rows[0].keys()
    if any(row.keys() != keys for row in rows):
        return False
    shared: dict[str, Any] = {}
    for column in table.columns:
        if column.name in keys or column.default is None:
            continue
        if not isinstance(column.default, ScalarElementColumnDefault):
            return False
        shared[column.name] = column.default.arg
    convert = [_bind(connection, table, name) for name in names]
    fixed = tuple(value if (processor := _bind(connection, table, name)) is None
                  else processor(value) for name, value in shared.items())
    params = [tuple(row[name] if processor is None else processor(row[name])
                    for name, processor in zip(names, convert, strict=True)) + fixed
              for row in rows]
    quote = connection.dialect.identifier_preparer.quote
    columns = [*names, *shared]
    connection.exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})", params)
    return True


def update_on_driver(connection: Connection, table: Table, columns: list[str],
                     rows: list[dict[str, Any]]) -> None:
    """SQLite: ``UPDATE table SET columns WHERE id = _id`` for each row, in one executemany
    on the driver, values converted by their column types."""
    convert = [_bind(connection, table, name) for name in columns]
    params = [(*(row[name] if processor is None else processor(row[name])
                 for name, processor in zip(columns, convert, strict=True)), row["_id"])
              for row in rows]
    quote = connection.dialect.identifier_preparer.quote
    connection.exec_driver_sql(
        f"UPDATE {quote(table.name)} SET {', '.join(f'{quote(c)} = ?' for c in columns)} "
        f"WHERE {quote('id')} = ?", params)


def _bind(connection: Connection, table: Table, name: str) -> Any:
    dialect = connection.dialect
    return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)


def _copy_value(value: Any, json_none_as_null: bool | None) -> Any:
    """A value for COPY: JSON columns as text (None stays SQL NULL where the type says so)."""
    if json_none_as_null is None or (value is None and json_none_as_null):
        return value
    return json.dumps(value)


def chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class PendingWrites:
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    inserted: set[Key] = field(default_factory=set)
    updates: dict[Key, dict[str, Any]] = field(default_factory=dict)
    applied: list[dict[str, Any]] = field(default_factory=list)
    applied_status: dict[tuple[str, int], str] = field(default_factory=dict)
    held: list[dict[str, Any]] = field(default_factory=list)
    held_done: list[tuple[str, int]] = field(default_factory=list)  # (device, op seq)
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def flush(self, connection: Connection) -> None:
        """Write everything queued, in an order that satisfies the constraints."""
        for table_name in sorted(self.inserts, key=list(SYNCED).index):  # parents first
            bulk_insert(connection, SYNCED[table_name].table, self.inserts[table_name])
        groups: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = defaultdict(list)
        for (table_name, row_id), values in self.updates.items():
            groups[(table_name, frozenset(values))].append({"_id": row_id, **values})
        for (table_name, columns), rows in groups.items():
            table = SYNCED[table_name].table
            if connection.dialect.name == "sqlite":
                update_on_driver(connection, table, sorted(columns), rows)
                continue
            statement = update(table).where(table.c.id == bindparam("_id")).values(
                {name: bindparam(name, type_=table.c[name].type) for name in columns}
            )
            connection.execute(statement, rows)
        bulk_insert(connection, applied_op, self.applied)
        if self.applied_status:
            connection.execute(
                update(applied_op)
                .where(applied_op.c.device_id == bindparam("_device"))
                .where(applied_op.c.op_seq == bindparam("_seq"))
                .values(status=bindparam("_status")),
                [{"_device": d, "_seq": s, "_status": st}
                 for (d, s), st in self.applied_status.items()],
            )
        if self.held:
            connection.execute(insert(held_op), self.held)
        if self.held_done:
            connection.execute(
                delete(held_op).where(held_op.c.device_id == bindparam("_device"),
                                      held_op.c.op_seq == bindparam("_seq")),
                [{"_device": d, "_seq": q} for d, q in self.held_done])
        if self.quarantine:
            connection.execute(insert(quarantine), self.quarantine)
        if self.conflicts:
            connection.execute(insert(conflict), self.conflicts)
        self.__init__()


class BatchState:
    """Caches of rows, villages, unique keys, applied keys and held operations."""

    def __init__(self, connection: Connection, device_id: str) -> None:
        self.connection = connection
        self.device_id = device_id
        self.lock_rows = connection.dialect.name == "postgresql"
        self.changes: list[dict[str, Any]] = []  # change log entries, numbered at commit
        self.created: list[Key] = []  # rows inserted by this batch
        self.waiting: set[Key] = set()  # rows that operations of this batch wait for
        self.released: set[tuple[str, int]] = set()  # held (device, op seq) applied here
        self.reset()

    def marks(self) -> tuple[int, int]:
        return len(self.changes), len(self.created)

    def rollback_to(self, marks: tuple[int, int]) -> None:
        """Forget what a rolled-back operation did (careful mode)."""
        del self.changes[marks[0]:]
        del self.created[marks[1]:]
        self.reset()

    def reset(self) -> None:
        """Forget everything read (after a savepoint rollback)."""
        self.rows: dict[Key, dict[str, Any] | None] = {}
        self.named: dict[Key, str | None] = {}  # where rows named by references lie
        self.villages: dict[str, bool] = {}
        self.unique: dict[tuple, str | None] = {}  # (table, columns, values) -> row id
        self.applied: dict[int, tuple[str, str]] = {}  # op seq -> (hash, status)
        self.applied_loaded: set[int] = set()
        self.held: dict[Key, list[HeldEntry]] = {}
        self.writes = PendingWrites()

    # -- rows -------------------------------------------------------------------------------

    def prefetch(self, ops: list[Operation]) -> None:
        """Read (and lock) in a few queries what the batch will touch."""
        self._load_applied([op.seq for op in ops])
        ops = [op for op in ops if op.seq not in self.applied]  # replays touch nothing
        by_table: dict[str, set[str]] = defaultdict(set)
        named: dict[str, set[str]] = defaultdict(set)  # rows named, not written (references)
        villages: set[str] = set()
        for op in ops:
            spec = SYNCED.get(op.table)
            if spec is None or not ROW_ID_PATTERN.fullmatch(op.row_id):
                continue  # quarantined later, without a query
            by_table[op.table].add(op.row_id)
            code = op.payload.get("village_code")
            if isinstance(code, str) and len(code) <= VILLAGE_CODE_MAX:
                villages.add(code)
            parent = spec.parent(op.payload) if spec.parent else None
            if parent and parent[0] in SYNCED and ROW_ID_PATTERN.fullmatch(parent[1]):
                by_table[parent[0]].add(parent[1])
            for table_name, row_id in referenced(spec, op.payload):
                named[table_name].add(row_id)
        for table_name, ids in by_table.items():
            self._load_rows(table_name, sorted(ids))
            self._load_held(table_name, sorted(ids))
        for table_name, ids in named.items():
            self._load_named(table_name, sorted(ids))
        for (table_name, _row_id), row in self.rows.items():
            code = row and row.get(SYNCED[table_name].scope_column)
            if isinstance(code, str) and len(code) <= VILLAGE_CODE_MAX:
                villages.add(code)
        self._load_villages(sorted(villages))
        self._prefetch_unique(ops)

    def _load_rows(self, table_name: str, ids: list[str]) -> None:
        table = SYNCED[table_name].table
        wanted = [i for i in ids if (table_name, i) not in self.rows]
        for part in chunks(wanted):
            query = select(table).where(is_in(self.connection, table.c.id, part)).order_by(
                table.c.id)
            if self.lock_rows:
                query = query.with_for_update()
            found = {r["id"]: dict(r) for r in self.connection.execute(query).mappings()}
            for row_id in part:
                self.rows[(table_name, row_id)] = found.get(row_id)
            self._known_owners(table_name, found.values())

    def _known_owners(self, table_name: str, rows: Iterable[dict[str, Any]]) -> None:
        """A stored row owns its unique values (the database's constraint says so): remember
        it, so that an edit that keeps them needs no query. A claim made in this batch
        stays (it was checked against the database); an unknown or free value is set."""
        sets = unique_sets(table_name)
        for row in rows:
            for columns in sets:
                values = tuple(row[c] for c in columns)
                key = (table_name, columns, values)
                if None not in values and self.unique.get(key) is None:
                    self.unique[key] = row["id"]

    def row(self, table_name: str, row_id: str) -> dict[str, Any] | None:
        if (table_name, row_id) not in self.rows:
            self._load_rows(table_name, [row_id])
        return self.rows[(table_name, row_id)]

    def named_place(self, table_name: str, row_id: str) -> str | None:
        """Where a row that another row names lies; None when the server does not have it.
        Read without a lock (where a row lies never changes, and a tombstone stays), so a
        province-wide actor named by many laptops' pushes does not serialise them."""
        key = (table_name, row_id)
        if key in self.rows:  # read (locked) or written by this batch
            row = self.rows[key]
            return None if row is None else row[SYNCED[table_name].scope_column] or ""
        if key not in self.named:
            self._load_named(table_name, [row_id])
        return self.named[key]

    def _load_named(self, table_name: str, ids: list[str]) -> None:
        spec = SYNCED[table_name]
        place = spec.table.c[spec.scope_column]
        wanted = [i for i in ids if (table_name, i) not in self.rows
                  and (table_name, i) not in self.named]
        for part in chunks(wanted):
            found = dict(self.connection.execute(select(spec.table.c.id, place).where(
                is_in(self.connection, spec.table.c.id, part))).all())
            for row_id in part:
                self.named[(table_name, row_id)] = (
                    found[row_id] or "" if row_id in found else None)

    # -- villages and unique keys ----------------------------------------------------------

    def _load_villages(self, codes: list[str]) -> None:
        wanted = [c for c in codes if c not in self.villages]
        for part in chunks(wanted):
            found = set(self.connection.scalars(select(village.c.code).where(
                is_in(self.connection, village.c.code, part))))
            for code in part:
                self.villages[code] = code in found

    def village_exists(self, code: str) -> bool:
        if code not in self.villages:
            self._load_villages([code])
        return self.villages[code]

    def unique_owner(self, table_name: str, columns: tuple[str, ...],
                     values: tuple) -> str | None:
        """The id of the row holding these unique values, if any."""
        key = (table_name, columns, values)
        if key not in self.unique:
            self._load_unique(table_name, columns, [values])
        return self.unique[key]

    def _load_unique(self, table_name: str, columns: tuple[str, ...], wanted: list[tuple]) -> None:
        table = SYNCED[table_name].table
        wanted = [v for v in dict.fromkeys(wanted) if (table_name, columns, v) not in self.unique]
        key_columns = [table.c[c] for c in columns]
        for part in chunks(wanted):
            match = (is_in(self.connection, key_columns[0], [v[0] for v in part])
                     if len(columns) == 1 else tuple_in(self.connection, key_columns, part))
            for row in self.connection.execute(select(table.c.id, *key_columns).where(match)):
                self.unique[(table_name, columns, tuple(row[1:]))] = row[0]
            for values in part:
                self.unique.setdefault((table_name, columns, values), None)

    def _prefetch_unique(self, ops: list[Operation]) -> None:
        by_key: dict[tuple[str, tuple[str, ...]], list[tuple]] = defaultdict(list)
        for op in ops:
            if op.table not in SYNCED or op.kind != "upsert":
                continue
            for columns in unique_sets(op.table):
                try:  # only well-typed values; bad ones are quarantined later
                    checked = SYNCED[op.table].check({c: op.payload[c] for c in columns})
                except (KeyError, Poison):
                    continue
                values = tuple(checked[c] for c in columns)
                if None not in values:
                    by_key[(op.table, columns)].append(values)
        for (table_name, columns), wanted in by_key.items():
            self._load_unique(table_name, columns, wanted)

    def claim_unique(self, table_name: str, row: dict[str, Any],
                     before: dict[str, Any] | None) -> None:
        for constraint in unique_sets(table_name):
            if before is not None:
                self.unique.pop((table_name, constraint, tuple(before[c] for c in constraint)),
                                None)
            self.unique[(table_name, constraint, tuple(row[c] for c in constraint))] = row["id"]

    # -- applied keys ----------------------------------------------------------------------

    def _load_applied(self, seqs: list[int]) -> None:
        wanted = sorted({s for s in seqs if s not in self.applied_loaded})
        for part in chunks(wanted):
            query = select(applied_op.c.op_seq, applied_op.c.op_hash, applied_op.c.status).where(
                applied_op.c.device_id == self.device_id,
                is_in(self.connection, applied_op.c.op_seq, part))
            for seq, op_hash, status in self.connection.execute(query):
                self.applied[seq] = (op_hash, status)
            self.applied_loaded.update(part)

    def applied_key(self, seq: int) -> tuple[str, str] | None:
        if seq not in self.applied_loaded:
            self._load_applied([seq])
        return self.applied.get(seq)

    # -- held operations -------------------------------------------------------------------

    def _load_held(self, table_name: str, ids: list[str]) -> None:
        wanted = [i for i in ids if (table_name, i) not in self.held]
        for row_id in wanted:
            self.held[(table_name, row_id)] = []
        for part in chunks(wanted):
            query = select(held_op).where(
                held_op.c.wait_table == table_name,
                is_in(self.connection, held_op.c.wait_row_id, part)).order_by(held_op.c.id)
            for row in self.connection.execute(query).mappings():
                self.held[(table_name, row["wait_row_id"])].append(HeldEntry(
                    Operation.from_json(row["operation"]), row["user_id"], row["device_id"],
                    db_id=row["id"],
                ))

    def refresh_held(self, keys: list[Key]) -> list[Key]:
        """Holds that other workers committed meanwhile for these rows; the keys gaining some."""
        known = self.released | {(e.device_id, e.op.seq) for entries in self.held.values()
                                 for e in entries}
        by_table: dict[str, list[str]] = defaultdict(list)
        for table_name, row_id in keys:
            by_table[table_name].append(row_id)
        gained: list[Key] = []
        for table_name, ids in by_table.items():
            for part in chunks(sorted(set(ids))):
                query = select(held_op).where(
                    held_op.c.wait_table == table_name,
                    is_in(self.connection, held_op.c.wait_row_id, part)).order_by(held_op.c.id)
                for row in self.connection.execute(query).mappings():
                    if (row["device_id"], row["op_seq"]) in known:
                        continue
                    key = (table_name, row["wait_row_id"])
                    self.held.setdefault(key, []).append(HeldEntry(
                        Operation.from_json(row["operation"]), row["user_id"],
                        row["device_id"], db_id=row["id"]))
                    gained.append(key)
        return gained

    def refresh_row(self, key: Key) -> dict[str, Any] | None:
        self.rows.pop(key, None)
        return self.row(*key)

    def held_for(self, table_name: str, row_id: str) -> list[HeldEntry]:
        if (table_name, row_id) not in self.held:
            self._load_held(table_name, [row_id])
        return self.held[(table_name, row_id)]


@cache
def unique_sets(table_name: str) -> list[tuple[str, ...]]:
    """Column sets of the table's unique constraints (besides the id)."""
    table = SYNCED[table_name].table
    sets = [tuple(c.name for c in k.columns) for k in table.constraints
            if isinstance(k, UniqueConstraint)]
    sets += [(c.name,) for c in table.columns if c.unique]
    return sorted(set(sets))
