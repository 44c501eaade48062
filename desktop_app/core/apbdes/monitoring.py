"""Checks that depend on the calendar: missing or late semester reports, low absorption.

Thresholds and deadlines come from ``resources/apbdes/monitoring_rules.json``. A semester I
report shows spending at the end of June; the year-end (semester akhir) report, at the end of
December, so its realisation is the whole year's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from desktop_app.core.apbdes.amounts import format_amount
from desktop_app.core.apbdes.checks import Finding
from desktop_app.core.apbdes.lines import BudgetLine, total
from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import resources_dir
from desktop_app.core.reports.formatting import MONTHS, long_date

SEMESTER_END_MONTH = {1: 6, 2: 12}


@dataclass(frozen=True)
class ReportDeadline:
    semester: int
    month: int
    day: int
    year_offset: int

    def for_year(self, year: int) -> date:
        return date(year + self.year_offset, self.month, self.day)


@dataclass(frozen=True)
class MonitoringRules:
    deadlines: tuple[ReportDeadline, ...]
    absorption: tuple[tuple[int, Decimal], ...]  # (month, minimum percent), by month


def load_monitoring_rules(path: Path) -> MonitoringRules:
    data = json.loads(path.read_text(encoding="utf-8"))
    return MonitoringRules(
        tuple(ReportDeadline(int(d["semester"]), int(d["month"]), int(d["day"]),
                             int(d.get("year_offset", 0))) for d in data["report_deadlines"]),
        tuple(sorted((int(a["month"]), Decimal(str(a["min_percent"])))
                     for a in data["absorption"])))


@cache
def default_monitoring_rules() -> MonitoringRules:
    return load_monitoring_rules(resources_dir() / "apbdes" / "monitoring_rules.json")


def missing_reports(year: int, reported: dict[int, date | None], today: date,
                    rules: MonitoringRules) -> list[Finding]:
    """A semester whose report deadline has passed without a report."""
    return [
        Finding(f"missing_report:{d.semester}", translate("ApbdesCheck",
            "Laporan realisasi semester {semester} tahun {year} belum ada, padahal batasnya "
            "{deadline}.").format(semester="I" if d.semester == 1 else "II", year=year,
                                  deadline=long_date(d.for_year(year), with_day_name=False)))
        for d in rules.deadlines
        if reported.get(d.semester) is None and today > d.for_year(year)
    ]


def late_reports(year: int, reported: dict[int, date | None],
                 rules: MonitoringRules) -> list[Finding]:
    """A semester report that arrived after its deadline (a semester I report received in
    December of the following year is late, though it is no longer missing)."""
    found = []
    for d in rules.deadlines:
        received, deadline = reported.get(d.semester), d.for_year(year)
        if received is None or received <= deadline:
            continue
        found.append(Finding(f"late_report:{d.semester}", translate("ApbdesCheck",
            "Laporan realisasi semester {semester} tahun {year} diterima {received}, "
            "terlambat {days} hari dari batasnya {deadline}.").format(
            semester="I" if d.semester == 1 else "II", year=year,
            received=long_date(received, with_day_name=False),
            days=(received - deadline).days,
            deadline=long_date(deadline, with_day_name=False))))
    return found


def low_absorption(lines: Sequence[BudgetLine], year: int, reported: dict[int, date | None],
                   rules: MonitoringRules) -> list[Finding]:
    """Spending realised below the minimum for the month the latest report describes."""
    semester = 2 if reported.get(2) else 1 if reported.get(1) else None
    budget = total(lines, "5")
    if semester is None or budget <= 0:
        return []
    as_of = SEMESTER_END_MONTH[semester]
    due = [(month, pct) for month, pct in rules.absorption if month <= as_of]
    if not due:
        return []
    month, minimum = due[-1]
    realised = total(lines, "5", "realisation")
    share = realised * 100 / budget
    if share >= minimum:
        return []
    return [Finding("low_absorption", translate("ApbdesCheck",
        "Penyerapan belanja sampai akhir {month} {year} baru {share} % (Rp {realised} dari "
        "Rp {budget}); batas pemantauan: paling sedikit {minimum} %.").format(
        month=MONTHS[month - 1], year=year, share=f"{share:.2f}".replace(".", ","),
        realised=format_amount(realised), budget=format_amount(budget),
        minimum=str(minimum).replace(".", ",")))]

