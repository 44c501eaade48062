"""The tables that sync with the provincial server, and how their values travel."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, DateTime, Select, Table, func, select

from desktop_app.core.models import Base
from desktop_app.core.sync.registry import (
    BY_NAME,
    META_FIELDS,
    SYNCED_NAMES,
    VISIBLE_FROM_BELOW,
    Place,
    lies_in_parent,
    place_parent,
)

# Parent tables before the tables that refer to them (a refetch downloads in this order).
SYNCED_TABLES: tuple[str, ...] = SYNCED_NAMES


def table(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def data_fields(name: str) -> frozenset[str]:
    """Editable columns of a synced table (everything but the sync metadata)."""
    return frozenset(c.name for c in table(name).columns if c.name not in META_FIELDS)


@cache
def required_fields(name: str) -> frozenset[str]:
    return frozenset(c.name for c in table(name).columns
                     if c.name not in META_FIELDS and not c.nullable and c.default is None)


@cache
def _datetime_fields(name: str) -> frozenset[str]:
    return frozenset(c.name for c in table(name).columns if isinstance(c.type, DateTime))


def from_wire(table_name: str, field: str, value: Any) -> Any:
    """A value received in JSON as the local column stores it."""
    if isinstance(value, str) and field in _datetime_fields(table_name):
        return datetime.fromisoformat(value)
    return value


def _where_it_lies(name: str, tbl: Table) -> ColumnElement:
    """The code of where a row lies (as the server scopes it, docs/server.md): its village;
    a meeting's or agreement's first village; an IDM target's kabupaten ("" for the
    province); an actor's region ("" nationwide)."""
    place = BY_NAME[name].place
    if place is Place.FIRST_VILLAGE:
        return tbl.c.village_codes[0].as_string()
    if place is Place.REGENCY:
        return func.coalesce(tbl.c.regency_code, "")
    if place is Place.REGION:
        return func.coalesce(tbl.c.region_code, "")
    return tbl.c.village_code


def village_query(name: str) -> Select:
    """SELECT id, where it lies (a village code, or a kabupaten code for an IDM target) of
    every row of a synced table (through its parent if the table has no village of its own)."""
    tbl = table(name)
    if not lies_in_parent(name):
        return select(tbl.c.id, _where_it_lies(name, tbl))
    parent_name, column = place_parent(name)
    parent = table(parent_name)
    return select(tbl.c.id, _where_it_lies(parent_name, parent)).join(
        parent, parent.c.id == tbl.c[column])


def in_regions(village_code: str | None, regions: list[str]) -> bool:
    """True when the village (or kabupaten) lies in one of the regions (kabupaten or
    kecamatan codes)."""
    if not village_code:
        return False
    return any(village_code == r or village_code.startswith(r + ".") for r in regions)


def visible_in(table_name: str, code: str | None, regions: list[str]) -> bool:
    """True when a row of ``table_name`` lying at ``code`` is in the scope of ``regions``:
    inside them, or (actors) above them."""
    if in_regions(code, regions):
        return True
    if table_name not in VISIBLE_FROM_BELOW or code is None:
        return False
    return any(code == "" or r.startswith(code + ".") for r in regions)
