"""Meetings produce interventions: a coordination meeting's agreements entered as structured
interventions (agreed in that meeting), and the open interventions of its villages brought
to the next meeting for review, their status changed in place.

Free-text agreements and action items of the meeting stay as they are (meetings/store).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.entry import (
    ActionPlanValidationError,
    InterventionDraft,
    clean_intervention,
)
from desktop_app.core.action_plan.store import (
    InterventionLine,
    query_lines,
    write_intervention,
)
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import ActionIntervention, Meeting
from desktop_app.core.models.action_plan import OPEN_STATUSES
from desktop_app.core.sync.changes import Editor
from desktop_app.core.villages.profile_fields import FieldError


def save_meeting_interventions(db: Database, editor: Editor, meeting_id: str,
                               drafts: list[InterventionDraft], today: date,
                               scope: list[str] | None = None) -> list[str]:
    """Store the meeting's agreed interventions (new ones start "disepakati", dated the
    meeting's day); all or nothing: every fault is listed, each with its row number."""
    errors: list[FieldError] = []
    cleaned = []
    for number, draft in enumerate(drafts, 1):
        draft.meeting_id = meeting_id
        try:
            cleaned.append(clean_intervention(draft))
        except ActionPlanValidationError as error:
            errors.extend(FieldError(e.field, translate(
                "ActionPlan", "Baris {row}: {message}").format(row=number, message=e.message))
                for e in error.errors)
    if errors:
        raise ActionPlanValidationError(errors)
    with db.writing() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted:
            raise ActionPlanValidationError([FieldError("meeting_id", translate(
                "ActionPlan", "Rapat tidak ditemukan; simpan rapat terlebih dahulu."))])
        day = date.fromisoformat(meeting.meeting_date)
        ids = []
        for number, item in enumerate(cleaned, 1):
            try:
                ids.append(write_intervention(session, editor, item, day, scope,
                                              status="disepakati"))
            except ActionPlanValidationError as error:
                errors.extend(FieldError(e.field, translate(
                    "ActionPlan", "Baris {row}: {message}").format(
                    row=number, message=e.message)) for e in error.errors)
        if errors:
            raise ActionPlanValidationError(errors)  # rolls the whole meeting's rows back
        return ids


def open_for_review(session: Session, meeting_id: str) -> list[InterventionLine]:
    """Interventions of the meeting's villages still open (proposed, agreed, running) that
    earlier meetings or plans made; the meeting's own are listed apart."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or not meeting.village_codes:
        return []
    return query_lines(session, select(ActionIntervention).where(
        ActionIntervention.village_code.in_(list(meeting.village_codes)),
        ActionIntervention.status.in_(OPEN_STATUSES),
        (ActionIntervention.meeting_id.is_(None)) | (ActionIntervention.meeting_id != meeting_id))
        .order_by(ActionIntervention.village_code, ActionIntervention.year,
                  ActionIntervention.element_code))
