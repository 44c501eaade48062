"""What the APBDes monitoring report prints for one village and budget, read in one go.

Visits belong to a budget when they fall in its fiscal year or inspect one of its lines.
A finding belongs to the budget it points at (the budget itself, recorded from its tab, or
one of its lines: a finding on the 2024 year-end report written in February 2025 is a 2024
finding), or to a visit of that budget; only a finding tied to no budget goes by its date.
Status history and attachments are read per village, not per finding, so 200 findings
cost a handful of queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.apbdes.budgets import VERSIONS
from desktop_app.core.apbdes.overview import BudgetView, load_budget_view
from desktop_app.core.attachments.records import AttachedFile
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import (
    ApbdesBudget,
    Attachment,
    FindingStatusChange,
    SupervisionFinding,
    SupervisionVisit,
    Village,
    VillageProfile,
)
from desktop_app.core.models.supervision import OPEN_STATUSES
from desktop_app.core.supervision.store import StatusStep

FINDING_TABLE = "supervision_finding"
VISIT_TABLE = "supervision_visit"


@dataclass(frozen=True)
class VillageHeader:
    code: str
    name: str
    kind: str
    district: str
    regency: str
    head_name: str | None


@dataclass(frozen=True)
class VisitEntry:
    id: str
    visit_date: date
    officers: list[str]
    purpose: str | None
    inspected: str | None
    notes: str | None
    files: list[AttachedFile]


@dataclass(frozen=True)
class FindingEntry:
    id: str
    found_on: date
    category: str
    severity: str
    description: str
    recommendation: str | None
    responsible: str | None
    deadline: date | None
    status: str
    history: list[StatusStep]
    files: list[AttachedFile]
    days_late: int  # 0 unless still open after its deadline

    @property
    def overdue(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class SupervisionData:
    village: VillageHeader
    year: int
    version: str
    today: date
    budget: BudgetView | None
    other_budgets: list[tuple[int, str]]  # what exists instead, when ``budget`` is None
    visits: list[VisitEntry]
    findings: list[FindingEntry]

    @property
    def overdue_count(self) -> int:
        return sum(1 for f in self.findings if f.overdue)


def days_late(status: str, deadline: date | None, today: date) -> int:
    """Days past the deadline of a finding still waiting for follow-up (else 0)."""
    if deadline is None or status not in OPEN_STATUSES or deadline >= today:
        return 0
    return (today - deadline).days


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _village(session: Session, code: str) -> VillageHeader:
    village = session.get(Village, code)
    if village is None:
        raise LookupError(translate(
            "Reports", "Desa dengan kode {code} tidak ada di basis data.").format(
            code=code))
    if village.kind == "kelurahan":
        raise LookupError(translate(
            "Reports", "{name} ({code}) adalah kelurahan: kelurahan tidak mempunyai "
                       "APBDes, jadi tidak ada laporan monitoring.").format(
            name=village.name, code=code))
    head = session.scalar(select(VillageProfile.head_name).where(
        VillageProfile.village_code == code))
    return VillageHeader(code, village.name, village.kind, village.district_name,
                         village.regency_name, head)


def _files(session: Session, code: str, table: str) -> dict[str, list[AttachedFile]]:
    rows = session.execute(select(
        Attachment.record_id, Attachment.id, Attachment.sha256, Attachment.file_name,
        Attachment.mime_type, Attachment.size).where(
        Attachment.village_code == code, Attachment.record_table == table,
        Attachment.deleted.is_(False)).order_by(Attachment.id))
    files: dict[str, list[AttachedFile]] = {}
    for record_id, id_, sha, name, mime, size in rows:
        files.setdefault(record_id, []).append(
            AttachedFile(id_, sha, name or sha[:12], mime or "", size or 0))
    return files


def _history(session: Session, code: str) -> dict[str, list[StatusStep]]:
    rows = session.execute(select(
        FindingStatusChange.finding_id, FindingStatusChange.status,
        FindingStatusChange.changed_on, FindingStatusChange.changed_by,
        FindingStatusChange.note).join(
        SupervisionFinding, SupervisionFinding.id == FindingStatusChange.finding_id).where(
        SupervisionFinding.village_code == code, FindingStatusChange.deleted.is_(False))
        .order_by(FindingStatusChange.changed_on, FindingStatusChange.hlc))
    history: dict[str, list[StatusStep]] = {}
    for finding_id, status, on, by, note in rows:
        history.setdefault(finding_id, []).append(
            StatusStep(status, date.fromisoformat(on), by, note))
    return history


def _in_budget(day: str, year: int, line_ids: set[str], linked: list[str]) -> bool:
    return day[:4] == str(year) or any(x in line_ids for x in linked)


def _visits(session: Session, code: str, year: int, line_ids: set[str]) -> list[VisitEntry]:
    rows = session.scalars(select(SupervisionVisit).where(
        SupervisionVisit.village_code == code, SupervisionVisit.deleted.is_(False))
        .order_by(SupervisionVisit.visit_date, SupervisionVisit.id)).all()
    files = _files(session, code, VISIT_TABLE)
    return [VisitEntry(r.id, date.fromisoformat(r.visit_date), list(r.officers), r.purpose,
                       r.inspected, r.notes, files.get(r.id, []))
            for r in rows
            if _in_budget(r.visit_date, year, line_ids, list(r.inspected_line_ids or []))]


def _findings(session: Session, code: str, year: int, line_ids: set[str],
              visit_ids: set[str], today: date) -> list[FindingEntry]:
    rows = session.scalars(select(SupervisionFinding).where(
        SupervisionFinding.village_code == code, SupervisionFinding.deleted.is_(False))
        .order_by(SupervisionFinding.found_on, SupervisionFinding.id)).all()
    history = _history(session, code)
    files = _files(session, code, FINDING_TABLE)
    budget_years = dict(session.execute(select(ApbdesBudget.id, ApbdesBudget.year).where(
        ApbdesBudget.village_code == code, ApbdesBudget.deleted.is_(False))).all())
    entries = []
    for r in rows:
        link = r.budget_line_id
        if link in budget_years:  # recorded for a budget: its year, not the date, counts
            belongs = budget_years[link] == year
        else:
            belongs = _in_budget(r.found_on, year, line_ids, [link or ""])
        if not (belongs or r.visit_id in visit_ids):
            continue
        deadline = _day(r.deadline)
        entries.append(FindingEntry(
            r.id, date.fromisoformat(r.found_on), r.category, r.severity, r.description,
            r.recommendation, r.responsible, deadline, r.status, history.get(r.id, []),
            files.get(r.id, []), days_late(r.status, deadline, today)))
    return entries


def load_supervision(db: Database, village_code: str, year: int, version: str,
                     today: date) -> SupervisionData:
    """The village, its budget (or None), visits and findings of that fiscal year."""
    if version not in VERSIONS:
        raise ValueError(translate(
            "Reports", "Versi APBDes '{version}' tidak dikenal (murni atau perubahan).")
                         .format(version=version))
    with db.reading() as session:
        village = _village(session, village_code)
    budget = load_budget_view(db, village_code, year, version, today)
    line_ids = {x.id for x in budget.lines if x.id} if budget else set()
    with db.reading() as session:
        visits = _visits(session, village_code, year, line_ids)
        findings = _findings(session, village_code, year, line_ids,
                             {v.id for v in visits}, today)
        others = [] if budget else [
            (y, v) for y, v in session.execute(
                select(ApbdesBudget.year, ApbdesBudget.version).where(
                    ApbdesBudget.village_code == village_code,
                    ApbdesBudget.deleted.is_(False))
                .order_by(ApbdesBudget.year.desc(), ApbdesBudget.version))]
    return SupervisionData(village, year, version, today, budget, others, visits, findings)
