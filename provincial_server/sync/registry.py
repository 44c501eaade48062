"""The synced tables, their editable fields and how pushed values are checked."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    Text,
)

from desktop_app.core.models import Base as DesktopBase
from desktop_app.core.sync import registry as shared
from desktop_app.core.sync.registry import META_FIELDS, Place, Reference
from provincial_server.models import metadata

MAX_TEXT = 100_000
MAX_JSON = 64 * 1024
INT_LIMIT = 2**63


def to_wire(value: Any) -> Any:
    """A stored value as it travels in JSON (date-times as ISO text)."""
    return value.isoformat() if isinstance(value, datetime) else value


class Poison(Exception):
    """An operation that can never apply; the message (Indonesian) is its quarantine reason."""


ParentRef = Callable[[dict[str, Any]], tuple[str, str] | None]
# Where a new row lies, from its own values (tables with a server-only scope_code); raises
# Poison when it cannot be told.
ScopeOf = Callable[[dict[str, Any]], str]


@dataclass(frozen=True)
class SyncedTable:
    name: str
    table: Table
    fields: dict[str, Column]
    required: tuple[str, ...]
    parent: ParentRef | None = None  # the synced row this row hangs off, if any
    # The payload fields naming that parent (a write touching one is a re-parenting and is
    # checked against the writer's scope on the new parent).
    parent_fields: tuple[str, ...] = ()
    lies_in_parent: bool = False  # it lies where its parent lies (a server-only column)
    scope_of: ScopeOf | None = None  # where it lies, from its own values
    scope_column: str = "village_code"  # the column saying where a row lies (scopes, log)
    village_is_scope: bool = True  # its village_code column (if any) is where it lies
    place: Place = Place.VILLAGE  # how where it lies is told (the shared registry)
    # Columns naming rows of other synced tables (not parents): each named row must exist
    # and be readable by the writer (sync/references.py).
    references: tuple[Reference, ...] = ()

    def check(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Validated values of ``payload``; Poison names the first bad field."""
        values: dict[str, Any] = {}
        for name, value in payload.items():
            column = self.fields.get(name)
            if column is None:
                raise Poison(f"kolom '{name[:64]}' tidak dikenal di tabel {self.name}")
            values[name] = _check_value(column, value)
        return values


def _check_value(column: Column, value: Any) -> Any:
    name = column.name
    if value is None:
        if not column.nullable:
            raise Poison(f"kolom {name} wajib diisi")
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise Poison(f"kolom {name} harus ya/tidak (boolean)")
    elif isinstance(kind, Integer | BigInteger):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= INT_LIMIT:
            raise Poison(f"kolom {name} harus bilangan bulat")
    elif isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Poison(f"kolom {name} harus angka")
        value = float(value)
        if not math.isfinite(value):
            raise Poison(f"kolom {name} harus angka terhingga")
    elif isinstance(kind, DateTime):
        if not isinstance(value, str) or len(value) > 40:
            raise Poison(f"kolom {name} harus tanggal-waktu ISO 8601")
        try:
            value = datetime.fromisoformat(value)
        except ValueError as error:
            raise Poison(f"kolom {name} harus tanggal-waktu ISO 8601") from error
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
    elif isinstance(kind, JSON):
        if not isinstance(value, dict | list):
            raise Poison(f"kolom {name} harus objek atau daftar JSON")
        try:
            size = len(json.dumps(value, allow_nan=False))
        except (ValueError, TypeError, RecursionError) as error:
            raise Poison(f"kolom {name} berisi nilai JSON yang tidak sah") from error
        if size > MAX_JSON:
            raise Poison(f"kolom {name} terlalu besar (batas {MAX_JSON} bita)")
    elif isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise Poison(f"kolom {name} harus teks")
        limit = getattr(kind, "length", None) or MAX_TEXT
        if len(value) > limit:
            raise Poison(f"kolom {name} terlalu panjang ({len(value)} > {limit} karakter)")
        if "\x00" in value:
            raise Poison(f"kolom {name} berisi karakter NUL")
    else:  # pragma: no cover - a new column type needs a rule here
        raise Poison(f"kolom {name} belum didukung sinkronisasi")
    return value


def _first_village(row: dict[str, Any]) -> str:
    """A meeting (or a cooperation agreement) lies in its first village (where its
    attachments are kept too)."""
    codes = row.get("village_codes")
    if not isinstance(codes, list) or not codes or not isinstance(codes[0], str):
        raise Poison("rapat atau kerja sama harus menyebut minimal satu desa agar dapat "
                     "disinkronkan")
    return codes[0]


def _target_region(row: dict[str, Any]) -> str:
    """An IDM target lies in its kabupaten; one for the whole province ("") only admins see."""
    code = row.get("regency_code")
    return code if isinstance(code, str) else ""


def _actor_region(row: dict[str, Any]) -> str:
    """An actor lies in the region it works in; a nationwide one ("") only admins write."""
    code = row.get("region_code")
    return code if isinstance(code, str) else ""


# Where a row lies, computed from its own values, per kind of place.
COMPUTED_PLACES: dict[Place, ScopeOf] = {
    Place.FIRST_VILLAGE: _first_village,
    Place.REGENCY: _target_region,
    Place.REGION: _actor_region,
}


def _spec(rule: shared.SyncedTableRule) -> SyncedTable:
    """The server's view of a table of the shared registry."""
    table = metadata.tables[rule.name]
    scope_column = shared.server_place_column(rule.name)
    desktop_columns = {c.name for c in DesktopBase.metadata.tables[rule.name].columns}
    server_only = {scope_column} - desktop_columns
    fields = {c.name: c for c in table.columns
              if c.name not in META_FIELDS and c.name not in server_only}
    required = tuple(name for name, c in fields.items() if not c.nullable)
    parent = rule.parent
    return SyncedTable(
        rule.name, table, fields, required,
        parent.of if parent is not None else None,
        parent.columns if parent is not None else (),
        rule.place is Place.PARENT, COMPUTED_PLACES.get(rule.place),
        scope_column, scope_column == "village_code", rule.place, rule.references)


SYNCED: dict[str, SyncedTable] = {rule.name: _spec(rule) for rule in shared.SYNCED_TABLES}


def scope_rule(spec: SyncedTable) -> str:
    """How a row of ``spec`` lies in a region: "village" (its own village_code), "computed"
    (from its own values) or "parent" (its parent's); "" when none is declared."""
    if spec.parent is not None and spec.parent_fields:
        return "parent"
    if spec.scope_of is not None:
        return "computed"
    if spec.village_is_scope and "village_code" in spec.fields:
        return "village"
    return ""


def registry_problems() -> list[str]:
    """Synced tables without a scope rule, referring to a synced row without declaring it as
    their parent (such a reference would not be checked against the writer's scope), or
    declaring a reference through an unknown column or to an unknown table."""
    problems = []
    for spec in SYNCED.values():
        if not scope_rule(spec):
            problems.append(f"{spec.name}: no scope rule (village_code, scope_of or parent)")
        if spec.lies_in_parent and scope_rule(spec) != "parent":
            problems.append(f"{spec.name}: its scope comes from a parent it does not declare")
        for column in spec.table.columns:
            for key in column.foreign_keys:
                if key.column.table.name in SYNCED and column.name not in spec.parent_fields:
                    problems.append(f"{spec.name}.{column.name}: refers to "
                                    f"{key.column.table.name} but is not a declared parent")
        for ref in spec.references:
            if ref.column not in spec.fields or ref.table not in SYNCED:
                problems.append(f"{spec.name}.{ref.column}: declared reference to {ref.table} "
                                "names an unknown column or table")
    return problems


if registry_problems():  # pragma: no cover - a table added without its scope rule
    raise RuntimeError("synced-table registry: " + "; ".join(registry_problems()))
