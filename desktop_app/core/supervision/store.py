"""Save visits and findings and move findings along their follow-up, through the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import (
    FindingStatusChange,
    SupervisionFinding,
    SupervisionVisit,
    Village,
)
from desktop_app.core.supervision.entry import (
    CleanFinding,
    CleanVisit,
    FindingDraft,
    SupervisionValidationError,
    VisitDraft,
    check_status_step,
    clean_finding,
    clean_visit,
)
from desktop_app.core.sync.changes import Editor, record_upsert
from desktop_app.core.villages.profile_fields import FieldError


@dataclass(frozen=True)
class StatusStep:
    status: str
    changed_on: date
    changed_by: str
    note: str | None


@dataclass(frozen=True)
class FindingView:
    finding: CleanFinding
    status: str
    history: list[StatusStep]
    village_name: str


def _changes(row: Any, wanted: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    if row.id is None:
        return {k: (None, v) for k, v in wanted.items()}
    return {k: (getattr(row, k), v) for k, v in wanted.items() if getattr(row, k) != v}


def _check_village(session: Session, code: str) -> None:
    village = session.get(Village, code)
    if village is None or village.kind == "kelurahan":
        raise SupervisionValidationError([FieldError("village_code", translate("Supervision",
            "{code} bukan desa/kampung yang dikenal.").format(code=code))])


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def save_visit(db: Database, editor: Editor, draft: VisitDraft) -> str:
    visit = clean_visit(draft)
    with db.writing() as session:
        _check_village(session, visit.village_code)
        row = session.get(SupervisionVisit, visit.id) if visit.id else SupervisionVisit()
        if row is None:
            row = SupervisionVisit()
        record_upsert(session, editor, row, _changes(row, {
            "village_code": visit.village_code, "visit_date": visit.visit_date.isoformat(),
            "officers": visit.officers, "purpose": visit.purpose,
            "inspected_line_ids": visit.inspected_line_ids, "inspected": visit.inspected,
            "notes": visit.notes}), visit.village_code)
        session.flush()
        return row.id


def visits_of(db: Database, village_code: str) -> list[CleanVisit]:
    with db.reading() as session:
        rows = session.scalars(select(SupervisionVisit).where(
            SupervisionVisit.village_code == village_code,
            SupervisionVisit.deleted.is_(False))
            .order_by(SupervisionVisit.visit_date.desc())).all()
        return [CleanVisit(r.village_code, date.fromisoformat(r.visit_date),
                           list(r.officers), r.purpose, list(r.inspected_line_ids),
                           r.inspected, r.notes, r.id) for r in rows]


def save_finding(db: Database, editor: Editor, draft: FindingDraft, today: date) -> str:
    """Create or edit a finding; a new one starts "open" with that step in its history."""
    finding = clean_finding(draft)
    with db.writing() as session:
        _check_village(session, finding.village_code)
        row = session.get(SupervisionFinding, finding.id) if finding.id else None
        is_new = row is None
        row = row or SupervisionFinding()
        wanted = {
            "village_code": finding.village_code, "visit_id": finding.visit_id,
            "budget_line_id": finding.budget_line_id,
            "found_on": finding.found_on.isoformat(), "category": finding.category,
            "severity": finding.severity, "description": finding.description,
            "recommendation": finding.recommendation, "responsible": finding.responsible,
            "deadline": _iso(finding.deadline)}
        if is_new:
            wanted["status"] = "open"
        record_upsert(session, editor, row, _changes(row, wanted), finding.village_code)
        session.flush()
        if is_new:
            _add_step(session, editor, row, "open", today, None)
        return row.id


def _add_step(session: Session, editor: Editor, finding: SupervisionFinding, status: str,
              on: date, note: str | None) -> None:
    step = FindingStatusChange()
    record_upsert(session, editor, step, {
        "finding_id": (None, finding.id), "status": (None, status),
        "changed_on": (None, on.isoformat()), "changed_by": (None, editor.user),
        "note": (None, note)}, finding.village_code)


def change_status(db: Database, editor: Editor, finding_id: str, status: str, on: date,
                  note: str = "") -> None:
    """Move a finding one step along its follow-up; the step is kept in its history."""
    with db.writing() as session:
        row = session.get(SupervisionFinding, finding_id)
        if row is None or row.deleted:
            raise SupervisionValidationError([FieldError("status", translate("Supervision",
                "Temuan tidak ditemukan (mungkin sudah dihapus)."))])
        check_status_step(row.status, status)
        record_upsert(session, editor, row, {"status": (row.status, status)},
                      row.village_code)
        _add_step(session, editor, row, status, on, note.strip() or None)


def load_finding(db: Database, finding_id: str) -> FindingView:
    with db.reading() as session:
        row = session.get(SupervisionFinding, finding_id)
        if row is None or row.deleted:
            raise SupervisionValidationError([FieldError("id", translate("Supervision",
                "Temuan tidak ditemukan (mungkin sudah dihapus)."))])
        steps = session.scalars(select(FindingStatusChange).where(
            FindingStatusChange.finding_id == finding_id,
            FindingStatusChange.deleted.is_(False))
            .order_by(FindingStatusChange.changed_on, FindingStatusChange.hlc)).all()
        village = session.get(Village, row.village_code)
        return FindingView(
            CleanFinding(row.village_code, date.fromisoformat(row.found_on), row.category,
                         row.severity, row.description, row.recommendation,
                         row.responsible,
                         date.fromisoformat(row.deadline) if row.deadline else None,
                         row.visit_id, row.budget_line_id, row.id),
            row.status,
            [StatusStep(s.status, date.fromisoformat(s.changed_on), s.changed_by, s.note)
             for s in steps],
            village.name if village else row.village_code)
