"""The tables that sync with the provincial server, and how their values travel."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, DateTime, Select, Table, func, select

from desktop_app.core.models import Base

# Parent tables before the tables that refer to them (a refetch downloads in this order).
SYNCED_TABLES: tuple[str, ...] = (
    "village_profile",
    "village_population",
    "idm_assessment",
    "idm_target_village",
    "apbdes_budget",
    "apbdes_line",
    "supervision_visit",
    "supervision_finding",
    "supervision_finding_status",
    "idm_target",
    "meeting",
    "meeting_participant",
    "meeting_agenda_item",
    "meeting_agreement",
    "meeting_action_item",
    "index_questionnaire",
    "index_answer",
    "index_review_step",
    "attachment",
)
# Tables without a village of their own: they lie in their parent's (table, column).
SCOPED_BY_PARENT = {
    "apbdes_line": ("apbdes_budget", "budget_id"),
    "supervision_finding_status": ("supervision_finding", "finding_id"),
    "meeting_participant": ("meeting", "meeting_id"),
    "meeting_agenda_item": ("meeting", "meeting_id"),
    "meeting_agreement": ("meeting", "meeting_id"),
    "meeting_action_item": ("meeting", "meeting_id"),  # its village_code names an actor
}
META_FIELDS = frozenset({"id", "hlc", "field_clocks", "deleted", "updated_at", "updated_by"})


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
    a meeting's first village; an IDM target's kabupaten ("" for the province)."""
    if name == "meeting":
        return tbl.c.village_codes[0].as_string()
    if name == "idm_target":
        return func.coalesce(tbl.c.regency_code, "")
    return tbl.c.village_code


def village_query(name: str) -> Select:
    """SELECT id, where it lies (a village code, or a kabupaten code for an IDM target) of
    every row of a synced table (through its parent if the table has no village of its own)."""
    tbl = table(name)
    if name not in SCOPED_BY_PARENT:
        return select(tbl.c.id, _where_it_lies(name, tbl))
    parent_name, column = SCOPED_BY_PARENT[name]
    parent = table(parent_name)
    return select(tbl.c.id, _where_it_lies(parent_name, parent)).join(
        parent, parent.c.id == tbl.c[column])


def in_regions(village_code: str | None, regions: list[str]) -> bool:
    """True when the village (or kabupaten) lies in one of the regions (kabupaten or
    kecamatan codes)."""
    if not village_code:
        return False
    return any(village_code == r or village_code.startswith(r + ".") for r in regions)
