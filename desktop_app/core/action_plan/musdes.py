"""Musyawarah desa and public consultation: attendance by group and sex (laki-laki,
perempuan; Indeks Desa counts women's attendance) and the villagers' proposals (usulan),
each becoming an intervention or answered with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.entry import ActionPlanValidationError, InterventionDraft
from desktop_app.core.action_plan.entry import clean_intervention as _clean_intervention
from desktop_app.core.action_plan.store import write_intervention
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import Meeting, MeetingAttendance, MeetingProposal
from desktop_app.core.sync.changes import Editor, record_delete, record_upsert
from desktop_app.core.villages.profile_fields import FieldError

MUSDES_KINDS = ("musyawarah_desa", "konsultasi_publik")


def outcome_labels() -> dict[str, str]:
    return {"terbuka": translate("ActionPlan", "Belum ditanggapi"),
            "intervensi": translate("ActionPlan", "Menjadi intervensi"),
            "dijawab": translate("ActionPlan", "Dijawab")}


@dataclass(frozen=True)
class Attendance:
    group_name: str
    men: int
    women: int


@dataclass(frozen=True)
class Proposal:
    text: str
    proposer: str | None = None
    village_code: str | None = None
    element_code: str | None = None
    outcome: str = "terbuka"
    answer: str | None = None
    intervention_id: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class MusdesParts:
    """What a musdes record prints besides the minutes."""

    attendance: list[Attendance]
    proposals: list[Proposal]


def _meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted:
        raise ActionPlanValidationError([FieldError("meeting_id", translate(
            "ActionPlan", "Rapat tidak ditemukan; simpan rapat terlebih dahulu."))])
    return meeting


def save_attendance(db: Database, editor: Editor, meeting_id: str,
                    rows: list[tuple[str, str, str]]) -> None:
    """Replace the meeting's attendance with ``rows`` of (group, men, women) as typed."""
    errors, clean = [], []
    for number, (group, men, women) in enumerate(rows, 1):
        counts = []
        for label, value in ((translate("ActionPlan", "laki-laki"), men),
                             (translate("ActionPlan", "perempuan"), women)):
            text = str(value).strip() or "0"
            if not text.isdigit() or int(text) > 100_000:
                errors.append(FieldError("attendance", translate(
                    "ActionPlan", "Baris {row}: jumlah {label} '{text}' bukan bilangan "
                                  "bulat.").format(row=number, label=label, text=text)))
                counts.append(0)
            else:
                counts.append(int(text))
        name = " ".join(group.split())
        if not name:
            errors.append(FieldError("attendance", translate(
                "ActionPlan", "Baris {row}: kelompok wajib diisi.").format(row=number)))
        clean.append(Attendance(name[:100], *counts))
    if errors:
        raise ActionPlanValidationError(errors)
    with db.writing() as session:
        meeting = _meeting(session, meeting_id)
        code = meeting.village_codes[0] if meeting.village_codes else None
        for old in session.scalars(select(MeetingAttendance).where(
                MeetingAttendance.meeting_id == meeting_id,
                MeetingAttendance.deleted.is_(False))):
            record_delete(session, editor, old, code)
        for item in clean:
            record_upsert(session, editor, MeetingAttendance(), {
                "meeting_id": (None, meeting_id), "group_name": (None, item.group_name),
                "men": (None, item.men), "women": (None, item.women)}, code)


def attendance_of(session: Session, meeting_id: str) -> list[Attendance]:
    return [Attendance(r.group_name, r.men, r.women) for r in session.scalars(
        select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id,
                                        MeetingAttendance.deleted.is_(False))
        .order_by(MeetingAttendance.group_name))]


def save_proposal(db: Database, editor: Editor, meeting_id: str, proposal: Proposal) -> str:
    if not proposal.text.strip():
        raise ActionPlanValidationError([FieldError("text", translate(
            "ActionPlan", "Isi usulan wajib diisi."))])
    with db.writing() as session:
        meeting = _meeting(session, meeting_id)
        row = session.get(MeetingProposal, proposal.id) if proposal.id else None
        ordinal = row.ordinal if row else len(proposals_of(session, meeting_id)) + 1
        row = row or MeetingProposal()
        wanted = {"meeting_id": meeting_id, "ordinal": ordinal, "text": proposal.text.strip(),
                  "proposer": proposal.proposer, "village_code": proposal.village_code,
                  "element_code": proposal.element_code,
                  "outcome": row.outcome if row.id else "terbuka"}
        changes = {k: (getattr(row, k), v) for k, v in wanted.items()
                   if row.id is None or getattr(row, k) != v}
        record_upsert(session, editor, row, changes,
                      meeting.village_codes[0] if meeting.village_codes else None)
        session.flush()
        return row.id


def answer_proposal(db: Database, editor: Editor, proposal_id: str, answer: str) -> None:
    """Close a proposal with the reason given to the villagers."""
    if not answer.strip():
        raise ActionPlanValidationError([FieldError("answer", translate(
            "ActionPlan", "Jawaban atau alasan wajib diisi."))])
    with db.writing() as session:
        row = session.get(MeetingProposal, proposal_id)
        if row is None or row.deleted:
            raise ActionPlanValidationError([FieldError("id", translate(
                "ActionPlan", "Usulan tidak ditemukan."))])
        record_upsert(session, editor, row, {"outcome": (row.outcome, "dijawab"),
                                             "answer": (row.answer, answer.strip())},
                      row.village_code)


def proposal_to_intervention(db: Database, editor: Editor, proposal_id: str,
                             draft: InterventionDraft, today: date,
                             scope: list[str] | None = None) -> str:
    """Turn a proposal into a proposed intervention, in one edit."""
    item = _clean_intervention(draft)
    with db.writing() as session:
        row = session.get(MeetingProposal, proposal_id)
        if row is None or row.deleted:
            raise ActionPlanValidationError([FieldError("id", translate(
                "ActionPlan", "Usulan tidak ditemukan."))])
        intervention_id = write_intervention(session, editor, item, today, scope)
        record_upsert(session, editor, row, {
            "outcome": (row.outcome, "intervensi"),
            "intervention_id": (row.intervention_id, intervention_id)}, item.village_code)
        return intervention_id


def proposals_of(session: Session, meeting_id: str) -> list[Proposal]:
    return [Proposal(r.text, r.proposer, r.village_code, r.element_code, r.outcome, r.answer,
                     r.intervention_id, r.id) for r in session.scalars(
        select(MeetingProposal).where(MeetingProposal.meeting_id == meeting_id,
                                      MeetingProposal.deleted.is_(False))
        .order_by(MeetingProposal.ordinal))]
