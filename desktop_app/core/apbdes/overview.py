"""A stored budget as the supervision screens and reports show it: totals, realisation per
bidang and per source of funds, and every check that fails today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop_app.core.apbdes.amounts import ZERO
from desktop_app.core.apbdes.budgets import BudgetTotals, find_budget, totals
from desktop_app.core.apbdes.catalogue import default_accounts, default_rules
from desktop_app.core.apbdes.checks import Finding, run_checks
from desktop_app.core.apbdes.importing import stored_lines
from desktop_app.core.apbdes.lines import DETAIL, BudgetLine, account_of
from desktop_app.core.apbdes.monitoring import (
    default_monitoring_rules,
    late_reports,
    low_absorption,
    missing_reports,
)
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import ApbdesBudget


@dataclass(frozen=True)
class Realisation:
    label: str
    budget: Decimal
    realised: Decimal

    @property
    def percent(self) -> Decimal:
        return ZERO if self.budget <= 0 else self.realised * 100 / self.budget


@dataclass(frozen=True)
class BudgetView:
    budget_id: str
    village_code: str
    year: int
    version: str
    perdes_number: str | None
    perdes_date: date | None
    reported: dict[int, date | None]
    lines: list[BudgetLine]
    totals: BudgetTotals
    by_bidang: list[Realisation]
    by_source: list[Realisation]
    checks: list[Finding]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _spending(lines: list[BudgetLine]) -> list[BudgetLine]:
    return [x for x in lines if x.kind == DETAIL and account_of(x).startswith("5")]


def by_bidang(lines: list[BudgetLine]) -> list[Realisation]:
    names = default_accounts().activities
    sums: dict[str, tuple[Decimal, Decimal]] = {}
    for line in _spending(lines):
        key = line.activity_code[:2] or "--"
        budget, realised = sums.get(key, (ZERO, ZERO))
        sums[key] = (budget + line.budget, realised + line.realisation)
    unnamed = translate("ApbdesView", "Tanpa bidang")
    return [Realisation(f"{k} {names.get(k, '')}".strip() if k != "--" else unnamed, b, r)
            for k, (b, r) in sorted(sums.items())]


def by_source(lines: list[BudgetLine]) -> list[Realisation]:
    sums: dict[str, tuple[Decimal, Decimal]] = {}
    for line in _spending(lines):
        key = line.source or translate("ApbdesView", "Tanpa sumber")
        budget, realised = sums.get(key, (ZERO, ZERO))
        sums[key] = (budget + line.budget, realised + line.realisation)
    return [Realisation(k, b, r) for k, (b, r) in sorted(sums.items())]


def budget_versions(db: Database, village_code: str) -> list[tuple[int, str]]:
    """(year, version) of the village's budgets, newest first."""
    with db.reading() as session:
        rows = session.execute(select(ApbdesBudget.year, ApbdesBudget.version).where(
            ApbdesBudget.village_code == village_code, ApbdesBudget.deleted.is_(False))
            .order_by(ApbdesBudget.year.desc(), ApbdesBudget.version)).all()
        return [(y, v) for y, v in rows]


def load_budget_view(db: Database, village_code: str, year: int, version: str,
                     today: date) -> BudgetView | None:
    with db.reading() as session:
        budget = find_budget(session, village_code, year, version)
        if budget is None or budget.deleted:
            return None
        lines = stored_lines(session, budget.id)
        reported = {1: _day(budget.semester_1_reported_on),
                    2: _day(budget.semester_2_reported_on)}
        header = (budget.id, budget.perdes_number, _day(budget.perdes_date))
    rules = default_monitoring_rules()
    checks = [*run_checks(lines, year, default_rules()),
              *missing_reports(year, reported, today, rules),
              *late_reports(year, reported, rules),
              *low_absorption(lines, year, reported, rules)]
    return BudgetView(header[0], village_code, year, version, header[1], header[2], reported,
                      lines, totals(lines), by_bidang(lines), by_source(lines), checks)
