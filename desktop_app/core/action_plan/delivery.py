"""Delivery per actor (commitments, delivered, late, cancelled, budget agreed and realised)
and which actors cover each indicator, asked of SQL.

Commitments are interventions that got past "diusulkan" (agreed, running, done or cancelled
after all). Late: agreed or running past the planned end (today from the one clock), or done
after it. Budget agreed counts agreed, running and done; realised counts running and done.
Amounts are added in SQL as whole sen (2-decimal text without its point), so exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.coverage import AGREED_SQL, region_clause
from desktop_app.core.action_plan.store import element_label

SEN = Decimal("0.01")


def _sen(value: int | None) -> Decimal:
    return (Decimal(value or 0) * SEN).quantize(SEN)


def _filters(region: str | None, year: int | None) -> str:
    year_sql = "AND i.year = :year" if year is not None else ""
    return f"i.deleted = 0 AND {region_clause('i.village_code', region)} {year_sql}"


@dataclass(frozen=True)
class ActorDelivery:
    actor_id: str
    name: str
    kind: str
    commitments: int
    delivered: int
    late: int
    cancelled: int
    budget_agreed: Decimal
    budget_realised: Decimal


def actor_delivery(session: Session, today: date, year: int | None = None,
                   region: str | None = None) -> list[ActorDelivery]:
    """One row per actor with interventions in ``region`` (and ``year``), by name."""
    rows = session.execute(text(f"""
SELECT a.id, a.name, a.kind,
  sum(i.status != 'diusulkan'),
  sum(i.status = 'selesai'),
  sum((i.status IN ('disepakati', 'berjalan') AND i.planned_end < :today)
      OR (i.status = 'selesai' AND i.actual_end > i.planned_end)),
  sum(i.status = 'batal'),
  sum(CASE WHEN i.status IN {AGREED_SQL}
      THEN CAST(replace(coalesce(i.budget, '0.00'), '.', '') AS INTEGER) END),
  sum(CASE WHEN i.status IN ('berjalan', 'selesai')
      THEN CAST(replace(coalesce(i.realised, '0.00'), '.', '') AS INTEGER) END)
FROM action_intervention i JOIN action_actor a ON a.id = i.actor_id
WHERE {_filters(region, year)}
GROUP BY a.id, a.name, a.kind
ORDER BY a.name, a.id"""), {"today": today.isoformat(), "region": region or "",
                            "year": year}).all()
    return [ActorDelivery(actor_id, name, kind, commitments or 0, delivered or 0, late or 0,
                          cancelled or 0, _sen(agreed), _sen(realised))
            for actor_id, name, kind, commitments, delivered, late, cancelled, agreed, realised
            in rows]


@dataclass(frozen=True)
class IndicatorCover:
    element_code: str
    element: str
    actor_id: str
    actor: str
    villages: int
    interventions: int


def indicator_actors(session: Session, year: int | None = None,
                     region: str | None = None) -> list[IndicatorCover]:
    """Per indicator across the region, the actors with agreed interventions on it."""
    rows = session.execute(text(f"""
SELECT i.element_code, a.id, a.name, count(DISTINCT i.village_code), count(*)
FROM action_intervention i JOIN action_actor a ON a.id = i.actor_id
WHERE {_filters(region, year)} AND i.index_code = 'IDM' AND i.status IN {AGREED_SQL}
GROUP BY i.element_code, a.id, a.name
ORDER BY CAST(i.element_code AS INTEGER), count(DISTINCT i.village_code) DESC, a.name"""),
        {"region": region or "", "year": year}).all()
    return [IndicatorCover(element, element_label("IDM", element) or element, actor_id, name,
                           villages, count)
            for element, actor_id, name, villages, count in rows]
