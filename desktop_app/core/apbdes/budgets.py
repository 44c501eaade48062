"""Budget headers (Perdes number and date) and computed totals of a stored budget."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.apbdes.lines import BudgetLine, surplus, total
from desktop_app.core.db import Database
from desktop_app.core.models import ApbdesBudget
from desktop_app.core.sync.changes import Editor, record_upsert

VERSIONS = ("murni", "perubahan")


@dataclass(frozen=True)
class BudgetTotals:
    """Computed from detail lines; never typed."""

    revenue: Decimal
    spending: Decimal
    financing_in: Decimal
    financing_out: Decimal
    surplus: Decimal  # revenue − spending; negative is a deficit
    net_financing: Decimal
    revenue_realised: Decimal
    spending_realised: Decimal


def totals(lines: list[BudgetLine]) -> BudgetTotals:
    return BudgetTotals(
        revenue=total(lines, "4"), spending=total(lines, "5"),
        financing_in=total(lines, "6.1"), financing_out=total(lines, "6.2"),
        surplus=surplus(lines),
        net_financing=total(lines, "6.1") - total(lines, "6.2"),
        revenue_realised=total(lines, "4", "realisation"),
        spending_realised=total(lines, "5", "realisation"))


def find_budget(session: Session, village_code: str, year: int,
                version: str) -> ApbdesBudget | None:
    return session.scalars(select(ApbdesBudget).filter_by(
        village_code=village_code, year=year, version=version)).first()


def save_header(db: Database, editor: Editor, village_code: str, year: int, version: str,
                perdes_number: str | None, perdes_date: date | None) -> str:
    """Create or update a budget's header (murni and perubahan are separate budgets)."""
    if version not in VERSIONS:
        raise ValueError(version)
    with db.writing() as session:
        budget = find_budget(session, village_code, year, version)
        wanted = {"perdes_number": (perdes_number or "").strip() or None,
                  "perdes_date": perdes_date.isoformat() if perdes_date else None}
        if budget is None:
            budget = ApbdesBudget()
            changes = {"village_code": (None, village_code), "year": (None, year),
                       "version": (None, version),
                       **{k: (None, v) for k, v in wanted.items()}}
        else:
            changes = {k: (getattr(budget, k), v) for k, v in wanted.items()
                       if getattr(budget, k) != v}
        record_upsert(session, editor, budget, changes, village_code)
        session.flush()
        return budget.id
