"""The tables that sync with the provincial server, and how their values travel."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import DateTime, Table

from desktop_app.core.models import Base

# Parent tables before the tables that refer to them (a refetch downloads in this order).
SYNCED_TABLES: tuple[str, ...] = (
    "village_profile",
    "village_population",
    "idm_assessment",
    "idm_target_village",
    "attachment",
)
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


def in_regions(village_code: str | None, regions: list[str]) -> bool:
    """True when the village lies in one of the regions (kabupaten or kecamatan codes)."""
    if village_code is None:
        return False
    return any(village_code == r or village_code.startswith(r + ".") for r in regions)
