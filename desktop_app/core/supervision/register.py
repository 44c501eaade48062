"""The findings register across villages: filter, sort, count and page in SQL.

Kabupaten and kecamatan filters are code-prefix ranges on the indexed village code, status
and overdue use the (status, deadline) index, so thousands of findings stay instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.core.models import SupervisionFinding, Village
from desktop_app.core.models.supervision import OPEN_STATUSES
from desktop_app.core.villages.search import escape_like, name_contains

PAGE_SIZE = 200


@dataclass(frozen=True)
class FindingFilter:
    today: date
    region_code: str | None = None  # kabupaten "64.01" or kecamatan "64.01.05"
    village_code: str | None = None
    statuses: tuple[str, ...] = ()
    category: str | None = None
    overdue_only: bool = False
    text: str = ""


class FindingRow(NamedTuple):
    id: str
    village_code: str
    village_name: str
    regency_name: str
    found_on: str
    category: str
    severity: str
    description: str
    responsible: str | None
    deadline: str | None
    status: str
    overdue: bool


F = SupervisionFinding
SORT_KEYS = {
    "found_on": F.found_on,
    "village": Village.name,
    "regency": Village.regency_name,
    "category": F.category,
    "severity": case({"tinggi": 0, "sedang": 1, "rendah": 2}, value=F.severity),
    "deadline": F.deadline,
    "status": F.status,
}


def overdue_clause(today: date) -> ColumnElement[bool]:
    return and_(F.status.in_(OPEN_STATUSES), F.deadline.is_not(None),
                F.deadline < today.isoformat())


def _filtered(query: Select, flt: FindingFilter) -> Select:
    query = query.where(F.deleted.is_(False))
    if flt.village_code:
        query = query.where(F.village_code == flt.village_code)
    elif flt.region_code:
        prefix = flt.region_code.rstrip(".") + "."
        query = query.where(F.village_code >= prefix, F.village_code < prefix[:-1] + "/")
    if flt.statuses:
        query = query.where(F.status.in_(flt.statuses))
    if flt.category:
        query = query.where(F.category == flt.category)
    if flt.overdue_only:
        query = query.where(overdue_clause(flt.today))
    text = flt.text.strip()
    if text:
        pattern = f"%{escape_like(text)}%"
        # SQLite's LIKE ignores ASCII case already (ilike's lower() calls cost a scan);
        # village names go through their trigram index, not a lookup per finding.
        named = select(Village.code).where(name_contains(text))
        query = query.where(or_(F.description.like(pattern, escape="\\"),
                                F.responsible.like(pattern, escape="\\"),
                                F.village_code.in_(named)))
    return query


def count_findings(session: Session, flt: FindingFilter) -> int:
    return session.scalar(_filtered(select(func.count()).select_from(F), flt)) or 0


def list_findings(session: Session, flt: FindingFilter, sort: str = "deadline",
                  descending: bool = False, offset: int = 0,
                  limit: int = PAGE_SIZE) -> list[FindingRow]:
    """One page of findings. Unless the sort needs the village, the page is chosen from the
    findings alone and only its rows are joined to their villages."""
    key = SORT_KEYS[sort]
    order = (key.desc() if descending else key.asc()).nulls_last()
    query = select(F.id, F.village_code, Village.name, Village.regency_name, F.found_on,
                   F.category, F.severity, F.description, F.responsible, F.deadline,
                   F.status, overdue_clause(flt.today)) \
        .join(Village, Village.code == F.village_code)
    if sort in ("village", "regency"):
        query = _filtered(query, flt)
    else:
        page_order = order
        if flt.text.strip():  # a full scan answers LIKE; walking a sort index costs more
            plain = key.concat("")
            page_order = (plain.desc() if descending else plain.asc()).nulls_last()
        page = _filtered(select(F.id), flt).order_by(page_order, F.id).offset(offset) \
            .limit(limit)
        query, offset = query.where(F.id.in_(page.scalar_subquery())), 0
    query = query.order_by(order, F.id).offset(offset).limit(limit)
    return [FindingRow(*row[:11], bool(row[11])) for row in session.execute(query)]


def overdue_counts(session: Session, today: date,
                   region_code: str | None = None) -> dict[str, int]:
    """Overdue findings per village code (for recaps and at-a-glance badges)."""
    query = select(F.village_code, func.count()).select_from(F) \
        .where(overdue_clause(today)).group_by(F.village_code)
    query = _filtered(query, FindingFilter(today, region_code=region_code))
    return dict(session.execute(query).all())
