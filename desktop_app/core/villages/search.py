"""The village list: search, filter, sort and page in SQL (DESIGN §3: big lists)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import ColumnElement, Select, func, literal_column, select
from sqlalchemy import text as text_sql
from sqlalchemy.orm import Session

from desktop_app.core.models import District, Regency, Village

PAGE_SIZE = 200


@dataclass(frozen=True)
class VillageFilter:
    text: str = ""
    regency_code: str | None = None
    district_code: str | None = None
    kind: str | None = None
    include_inactive: bool = False


class VillageRow(NamedTuple):
    code: str
    name: str
    kind: str
    district: str
    regency: str
    active: bool


SORT_KEYS = {
    "code": Village.code,
    "name": Village.name,
    "kind": Village.kind,
    "district": Village.district_name,
    "regency": Village.regency_name,
}
TRIGRAM = 3  # the full-text index answers substrings of at least three characters


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def name_contains(text: str) -> ColumnElement[bool]:
    """Villages whose name contains ``text``: by the trigram index when it can answer."""
    if len(text) >= TRIGRAM and not any(c in text for c in "%_\\"):
        # No ESCAPE clause here: with one, SQLite cannot use the trigram index.
        matches = text_sql(
            "SELECT rowid FROM village_name_fts WHERE name LIKE :pattern"
        ).bindparams(pattern=f"%{text}%")
        return literal_column("village.rowid").in_(matches)
    return Village.name.like(f"%{escape_like(text)}%", escape="\\")


def _filtered(query: Select, village_filter: VillageFilter) -> Select:
    text = village_filter.text.strip()
    digits = text.replace(".", "").replace(" ", "")
    if digits.isdigit():
        # A code prefix as a range, so the unique index on code_plain answers it.
        query = query.where(Village.code_plain >= digits, Village.code_plain < digits + ":")
    elif text:
        query = query.where(name_contains(text))
    if village_filter.regency_code:
        query = query.where(Village.regency_code == village_filter.regency_code)
    if village_filter.district_code:
        query = query.where(Village.district_code == village_filter.district_code)
    if village_filter.kind:
        query = query.where(Village.kind == village_filter.kind)
    if not village_filter.include_inactive:
        query = query.where(Village.active.is_(True))
    return query


def count_villages(session: Session, village_filter: VillageFilter) -> int:
    return session.scalar(_filtered(select(func.count()).select_from(Village), village_filter))


def search_villages(
    session: Session,
    village_filter: VillageFilter,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[VillageRow]:
    key = SORT_KEYS[sort]
    order = [key.desc() if descending else key.asc(), Village.code]
    query = select(Village.code, Village.name, Village.kind, Village.district_name,
                   Village.regency_name, Village.active)
    query = _filtered(query, village_filter).order_by(*order).offset(offset).limit(limit)
    return [VillageRow(*row) for row in session.execute(query)]


def list_regencies(session: Session) -> list[tuple[str, str]]:
    """Kabupaten/kota that have villages, by code."""
    has_villages = select(Village.regency_code).distinct().scalar_subquery()
    query = select(Regency.code, Regency.name).where(Regency.code.in_(has_villages))
    return [(code, name) for code, name in session.execute(query.order_by(Regency.code))]


def list_districts(session: Session, regency_code: str) -> list[tuple[str, str]]:
    query = select(District.code, District.name).where(District.regency_code == regency_code)
    return [(code, name) for code, name in session.execute(query.order_by(District.name))]
