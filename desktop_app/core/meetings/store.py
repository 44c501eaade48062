"""Load, list, save and delete meetings; every saved change goes through the outbox.

Open action items of earlier meetings are carried into later ones: ``carried_actions``
finds them (by shared village or agency), and a later meeting may update their status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.meetings.entry import (
    ActionEntry,
    AgendaEntry,
    AgreementEntry,
    CleanAction,
    CleanMeeting,
    MeetingDraft,
    MeetingValidationError,
    ParticipantEntry,
    clean_meeting,
)
from desktop_app.core.models import (
    Meeting,
    MeetingActionItem,
    MeetingAgendaItem,
    MeetingAgreement,
    MeetingParticipant,
    Village,
)
from desktop_app.core.sync.changes import Editor, record_delete, record_upsert
from desktop_app.core.villages.profile_fields import FieldError


class UnknownMeetingError(LookupError):
    pass


@dataclass(frozen=True)
class CarriedAction:
    """An open action item of an earlier meeting, shown again in a later one."""

    action: CleanAction
    meeting_id: str
    meeting_title: str
    meeting_date: date


@dataclass(frozen=True)
class MeetingView:
    meeting: CleanMeeting
    carried: list[CarriedAction]
    village_names: dict[str, str]


@dataclass(frozen=True)
class MeetingSummary:
    id: str
    meeting_date: date
    kind: str
    title: str
    place: str | None
    open_actions: int


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _clean_action(row: MeetingActionItem) -> CleanAction:
    return CleanAction(row.actor_kind, row.actor, row.description,
                       date.fromisoformat(row.due_date) if row.due_date else None,
                       row.village_code, row.status, row.id)


def _children(session: Session, model: Any, meeting_id: str) -> list[Any]:
    return list(session.scalars(
        select(model).where(model.meeting_id == meeting_id, model.deleted.is_(False))
        .order_by(model.ordinal)))


def load_meeting(session: Session, meeting_id: str) -> MeetingView:
    row = session.get(Meeting, meeting_id)
    if row is None or row.deleted:
        raise UnknownMeetingError(translate(
            "Meetings", "Rapat tidak ditemukan (mungkin sudah dihapus)."))
    meeting = CleanMeeting(
        id=row.id, kind=row.kind, title=row.title,
        meeting_date=date.fromisoformat(row.meeting_date),
        start_time=_time(row.start_time), end_time=_time(row.end_time), place=row.place,
        chair_name=row.chair_name, chair_position=row.chair_position, chair_nip=row.chair_nip,
        note_taker_name=row.note_taker_name, note_taker_position=row.note_taker_position,
        note_taker_nip=row.note_taker_nip, village_codes=list(row.village_codes or []),
        agencies=list(row.agencies or []), notes=row.notes,
        participants=[ParticipantEntry(p.name, p.position or "", p.institution or "",
                                       p.contact or "", p.present, p.id)
                      for p in _children(session, MeetingParticipant, row.id)],
        agenda=[AgendaEntry(a.title, a.discussion or "", a.id)
                for a in _children(session, MeetingAgendaItem, row.id)],
        agreements=[AgreementEntry(a.text, a.id)
                    for a in _children(session, MeetingAgreement, row.id)],
        actions=[_clean_action(a) for a in _children(session, MeetingActionItem, row.id)],
        carried_status={},
    )
    carried = carried_actions(session, meeting.meeting_date, meeting.village_codes,
                              meeting.agencies, exclude_meeting_id=row.id)
    codes = set(meeting.village_codes) | {a.village_code for a in meeting.actions
                                          if a.village_code}
    codes |= {c.action.village_code for c in carried if c.action.village_code}
    return MeetingView(meeting, carried, village_names(session, codes))


def village_names(session: Session, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    return dict(session.execute(select(Village.code, Village.name)
                                .where(Village.code.in_(sorted(codes)))).all())


def carried_actions(
    session: Session, before: date, village_codes: Sequence[str] = (),
    agencies: Sequence[str] = (), exclude_meeting_id: str | None = None,
) -> list[CarriedAction]:
    """Not-done action items of meetings held before ``before``.

    When the meeting names villages or agencies, only items concerning one of them are
    kept (the item's village or actor, or its meeting's villages or agencies).
    """
    rows = session.execute(
        select(MeetingActionItem, Meeting)
        .join(Meeting, MeetingActionItem.meeting_id == Meeting.id)
        .where(Meeting.meeting_date < before.isoformat(), Meeting.deleted.is_(False),
               MeetingActionItem.deleted.is_(False), MeetingActionItem.status != "done")
        .order_by(Meeting.meeting_date, Meeting.id, MeetingActionItem.ordinal)
    ).all()
    villages, agency_names = set(village_codes), {a.casefold() for a in agencies}
    carried = []
    for item, meeting in rows:
        if meeting.id == exclude_meeting_id:
            continue
        if villages or agency_names:
            related = (
                (item.village_code in villages)
                or bool(villages & set(meeting.village_codes or []))
                or item.actor.casefold() in agency_names
                or bool(agency_names & {a.casefold() for a in meeting.agencies or []})
            )
            if not related:
                continue
        carried.append(CarriedAction(_clean_action(item), meeting.id, meeting.title,
                                     date.fromisoformat(meeting.meeting_date)))
    return carried


def list_meetings(session: Session, search: str = "") -> list[MeetingSummary]:
    """Meetings, newest first, with their number of unfinished action items."""
    open_count = (
        select(func.count()).select_from(MeetingActionItem)
        .where(MeetingActionItem.meeting_id == Meeting.id,
               MeetingActionItem.deleted.is_(False), MeetingActionItem.status != "done")
        .scalar_subquery()
    )
    query = select(Meeting, open_count).where(Meeting.deleted.is_(False))
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(Meeting.title.ilike(pattern) | Meeting.place.ilike(pattern))
    query = query.order_by(Meeting.meeting_date.desc(), Meeting.start_time.desc())
    return [MeetingSummary(m.id, date.fromisoformat(m.meeting_date), m.kind, m.title, m.place,
                           count)
            for m, count in session.execute(query)]


def draft_from_view(view: MeetingView) -> MeetingDraft:
    """The form's text for a stored meeting (the inverse of clean_meeting)."""
    m = view.meeting
    return MeetingDraft(
        id=m.id, kind=m.kind, title=m.title, meeting_date=m.meeting_date.strftime("%d-%m-%Y"),
        start_time=m.start_time.strftime("%H.%M") if m.start_time else "",
        end_time=m.end_time.strftime("%H.%M") if m.end_time else "",
        place=m.place or "", chair_name=m.chair_name or "",
        chair_position=m.chair_position or "", chair_nip=m.chair_nip or "",
        note_taker_name=m.note_taker_name or "",
        note_taker_position=m.note_taker_position or "", note_taker_nip=m.note_taker_nip or "",
        village_codes=list(m.village_codes), agencies=list(m.agencies), notes=m.notes or "",
        participants=list(m.participants), agenda=list(m.agenda),
        agreements=list(m.agreements),
        actions=[ActionEntry(a.actor, a.description,
                             a.due_date.strftime("%d-%m-%Y") if a.due_date else "",
                             a.actor_kind, a.village_code or "", a.status, a.id)
                 for a in m.actions],
    )


# -- saving --------------------------------------------------------------------------
_MEETING_FIELDS = ("kind", "title", "meeting_date", "start_time", "end_time", "place",
                   "chair_name", "chair_position", "chair_nip", "note_taker_name",
                   "note_taker_position", "note_taker_nip", "village_codes", "agencies",
                   "notes")


def _stored(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value


def save_meeting(db: Database, editor: Editor, draft: MeetingDraft) -> str:
    """Check and store the meeting with all its parts; returns the meeting id.

    Nothing is written when any value is refused (MeetingValidationError lists them all).
    """
    meeting = clean_meeting(draft)
    with db.writing() as session:
        _check_references(session, meeting)
        row: Meeting | None
        if meeting.id is None:
            row = Meeting(field_clocks={}, deleted=False)
        else:
            row = session.get(Meeting, meeting.id)
            if row is None or row.deleted:
                raise UnknownMeetingError(translate(
                    "Meetings", "Rapat tidak ditemukan (mungkin sudah dihapus)."))
        new = {name: _stored(getattr(meeting, name)) for name in _MEETING_FIELDS}
        changes = {name: (getattr(row, name), value) for name, value in new.items()
                   if meeting.id is None or getattr(row, name) != value}
        record_upsert(session, editor, row, changes, None)
        meeting_id = row.id
        _save_children(session, editor, meeting_id, MeetingParticipant, meeting.participants,
                       ("name", "position", "institution", "contact", "present"))
        _save_children(session, editor, meeting_id, MeetingAgendaItem, meeting.agenda,
                       ("title", "discussion"))
        _save_children(session, editor, meeting_id, MeetingAgreement, meeting.agreements,
                       ("text",))
        _save_children(session, editor, meeting_id, MeetingActionItem, meeting.actions,
                       ("actor_kind", "actor", "description", "due_date", "village_code",
                        "status"))
        for action_id, status in meeting.carried_status.items():
            item = session.get(MeetingActionItem, action_id)
            if item is not None and not item.deleted and item.status != status:
                record_upsert(session, editor, item, {"status": (item.status, status)},
                              item.village_code)
    return meeting_id


def _check_references(session: Session, meeting: CleanMeeting) -> None:
    codes = set(meeting.village_codes) | {a.village_code for a in meeting.actions
                                          if a.village_code}
    known = set(village_names(session, codes))
    errors = [FieldError("village_codes", translate(
        "Meetings", "Desa dengan kode {code} tidak ada.").format(
        code=code)) for code in sorted(codes - known)]
    if errors:
        raise MeetingValidationError(errors)


def _save_children(session: Session, editor: Editor, meeting_id: str, model: Any,
                   entries: Sequence[Any], names: Sequence[str]) -> None:
    existing = {row.id: row for row in session.scalars(
        select(model).where(model.meeting_id == meeting_id, model.deleted.is_(False)))}
    kept: set[str] = set()
    for ordinal, entry in enumerate(entries, 1):
        # Optional text left empty is stored as NULL; required text is never empty here.
        values: dict[str, Any] = {
            name: None if getattr(entry, name) == "" else _stored(getattr(entry, name))
            for name in names}
        values["ordinal"] = ordinal
        row = existing.get(entry.id) if entry.id else None
        if row is None:
            row = model(field_clocks={}, deleted=False)
            changes = {"meeting_id": (None, meeting_id)}
            changes.update({name: (None, value) for name, value in values.items()})
        else:
            kept.add(row.id)
            changes = {name: (getattr(row, name), value) for name, value in values.items()
                       if getattr(row, name) != value}
        record_upsert(session, editor, row, changes, getattr(row, "village_code", None))
    for row_id, row in existing.items():
        if row_id not in kept:
            record_delete(session, editor, row, getattr(row, "village_code", None))


def delete_meeting(db: Database, editor: Editor, meeting_id: str) -> None:
    """Tombstone the meeting and all its parts (queued for sync like any edit)."""
    with db.writing() as session:
        row = session.get(Meeting, meeting_id)
        if row is None or row.deleted:
            return
        for model in (MeetingParticipant, MeetingAgendaItem, MeetingAgreement,
                      MeetingActionItem):
            for child in _children(session, model, meeting_id):
                record_delete(session, editor, child, getattr(child, "village_code", None))
        record_delete(session, editor, row, None)

