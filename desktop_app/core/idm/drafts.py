"""Field assessments: a facilitator's draft scores, kept apart from the official ones."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.idm.scoring import published_form, score_village
from desktop_app.core.models import DRAFT, IdmAssessment, Village
from desktop_app.core.sync.changes import Editor, record_upsert

FIRST_YEAR = 2015


def save_draft(
    db: Database, editor: Editor, village_code: str, year: int, scores: Mapping[int, int]
) -> str:
    """Store the draft assessment of a village and year; returns its id.

    Raises ScoringError (every missing or invalid score named) before writing anything.
    """
    result = score_village(scores)
    if year < FIRST_YEAR or year > 2100:
        raise ValueError(translate("IdmDraft", "Tahun {year} tidak masuk akal.").format(year=year))
    values = {
        "scores": {str(number): score for number, score in sorted(scores.items())},
        "idm": str(published_form(result.value)),
        "status": result.status.name,
    }
    with db.writing() as session:
        village = session.get(Village, village_code)
        if village is None:
            raise LookupError(translate("IdmDraft", "Desa {code} tidak ada.").format(
                code=village_code))
        draft = session.scalar(select(IdmAssessment).where(
            IdmAssessment.village_code == village_code, IdmAssessment.year == year,
            IdmAssessment.kind == DRAFT))
        changes: dict[str, tuple[Any, Any]]
        if draft is None:
            draft = IdmAssessment(field_clocks={}, deleted=False)
            changes = {"village_code": (None, village_code), "year": (None, year),
                       "kind": (None, DRAFT), "regency_code": (None, village.regency_code)}
        else:
            changes = {"deleted": (True, False)} if draft.deleted else {}
        changes.update({name: (getattr(draft, name), value) for name, value in values.items()
                        if getattr(draft, name) != value})
        record_upsert(session, editor, draft, changes, village_code,
                      history_key=f"IDM {year}")
        return draft.id
