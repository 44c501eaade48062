"""The village list: search, filter, sort and page in SQL (DESIGN §3: big lists).

The queries themselves are in :mod:`desktop_app.core.villages.list_sql` (plain SQL, also
read by the first window before the ORM is loaded); these run them on an ORM session.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, literal_column
from sqlalchemy import text as text_sql
from sqlalchemy.orm import Session

from desktop_app.core.db import driver_connection
from desktop_app.core.models import Village
from desktop_app.core.villages import list_sql
from desktop_app.core.villages.list_sql import (
    NAME_FTS_ROWIDS,
    PAGE_SIZE,
    VillageFilter,
    VillageRow,
    escape_like,
    fts_usable,
)

__all__ = ["PAGE_SIZE", "VillageFilter", "VillageRow", "count_villages", "escape_like",
           "list_districts", "list_regencies", "name_contains", "search_villages"]


def name_contains(text: str) -> ColumnElement[bool]:
    """Villages whose name contains ``text``: by the trigram index when it can answer."""
    if fts_usable(text):
        matches = text_sql(NAME_FTS_ROWIDS).bindparams(pattern=f"%{text}%")
        return literal_column("village.rowid").in_(matches)
    return Village.name.like(f"%{escape_like(text)}%", escape="\\")


def count_villages(session: Session, village_filter: VillageFilter) -> int:
    return list_sql.count_villages(driver_connection(session), village_filter)


def search_villages(
    session: Session,
    village_filter: VillageFilter,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[VillageRow]:
    return list_sql.search_villages(driver_connection(session), village_filter, sort,
                                    descending, offset, limit)


def list_regencies(session: Session) -> list[tuple[str, str]]:
    """Kabupaten/kota that have villages, by code."""
    return list_sql.list_regencies(driver_connection(session))


def list_districts(session: Session, regency_code: str) -> list[tuple[str, str]]:
    return list_sql.list_districts(driver_connection(session), regency_code)
