"""Save interventions and move them along their status, through the outbox.

Every edit is checked whole before anything is written: an unknown village or indicator,
an actor that does not exist or lies outside the user's regions, a bad amount or date
order, a status step that skips or goes back without a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.actors import in_region, visible_to
from desktop_app.core.action_plan.entry import (
    ActionPlanValidationError,
    CleanIntervention,
    InterventionDraft,
    check_initial_status,
    check_status_step,
    clean_intervention,
)
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import idm_catalogue
from desktop_app.core.index.catalogue import IndexCatalogue
from desktop_app.core.index.definitions import (
    IDM,
    INDEKS_DESA,
    indeks_desa_catalogue,
    status_rule_files,
)
from desktop_app.core.models import (
    ActionActor,
    ActionIntervention,
    InterventionStatusChange,
    Village,
)
from desktop_app.core.sync.changes import Editor, record_delete, record_upsert
from desktop_app.core.villages.profile_fields import FieldError

INTERVENTION_TABLE = "action_intervention"


@dataclass(frozen=True)
class StatusStep:
    status: str
    changed_on: date
    changed_by: str
    note: str | None


@dataclass(frozen=True)
class InterventionView:
    intervention: CleanIntervention
    status: str
    history: list[StatusStep]
    village_name: str
    actor_name: str | None


def _fail(name: str, message: str) -> ActionPlanValidationError:
    return ActionPlanValidationError([FieldError(name, message)])


def element_label(index_code: str, element_code: str) -> str | None:
    """The name of an index element ("12" of IDM -> its indicator's label, "1.1" of the
    Indeks Desa -> its aspect's label), None if unknown."""
    if index_code == INDEKS_DESA:
        try:
            return aspect_catalogue().item_by_key(element_code).label
        except KeyError:
            return None
    if index_code != IDM or not element_code.isdigit():
        return None
    catalogue = idm_catalogue()
    number = int(element_code)
    if not any(i.number == number for i in catalogue.indicators):
        return None
    return catalogue.indicator(number).label


@cache
def aspect_catalogue() -> IndexCatalogue:
    """The Indeks Desa aspects interventions target (the shipped definition; the status rule
    does not change the aspects)."""
    return indeks_desa_catalogue(max(status_rule_files(None)))


def element_error(index_code: str, element_code: str) -> str:
    """Why an intervention's target is refused, in Indonesian."""
    if index_code == INDEKS_DESA:
        return translate("ActionPlan", "Aspek: '{code}' bukan aspek Indeks Desa yang dikenal."
                         ).format(code=element_code)
    if index_code != IDM:
        return translate("ActionPlan", "Indeks: '{index}' bukan indeks yang dikenal (IDM atau "
                                       "Indeks Desa).").format(index=index_code)
    return translate("ActionPlan", "Indikator: '{code}' bukan indikator {index} yang dikenal."
                     ).format(code=element_code, index=index_code)


def _check_references(session: Session, item: CleanIntervention,
                      scope: list[str] | None) -> None:
    errors = []
    village = session.get(Village, item.village_code)
    if village is None:
        errors.append(FieldError("village_code", translate(
            "ActionPlan", "Desa: {code} bukan desa yang dikenal.").format(
            code=item.village_code)))
    elif scope and not any(in_region(item.village_code, r) for r in scope):
        errors.append(FieldError("village_code", translate(
            "ActionPlan", "Desa: {code} di luar wilayah kerja Anda.").format(
            code=item.village_code)))
    if element_label(item.index_code, item.element_code) is None:
        errors.append(FieldError("element_code", element_error(item.index_code,
                                                               item.element_code)))
    if item.actor_id:
        actor = session.get(ActionActor, item.actor_id)
        if actor is None or actor.deleted:
            errors.append(FieldError("actor_id", translate(
                "ActionPlan", "Pelaku: tidak ditemukan di daftar pelaku.")))
        elif not visible_to(actor.region_code, scope) or not in_region(
                item.village_code, actor.region_code):
            errors.append(FieldError("actor_id", translate(
                "ActionPlan", "Pelaku: {name} di luar wilayah kerja Anda atau wilayah "
                              "desa ini.").format(name=actor.name)))
    if errors:
        raise ActionPlanValidationError(errors)


def _text(amount: Decimal | None) -> str | None:
    return f"{amount:.2f}" if amount is not None else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _values(item: CleanIntervention) -> dict[str, Any]:
    return {"village_code": item.village_code, "index_code": item.index_code,
            "element_code": item.element_code, "year": item.year, "actor_id": item.actor_id,
            "activity": item.activity, "budget": _text(item.budget),
            "budget_source": item.budget_source, "realised": _text(item.realised),
            "planned_start": _iso(item.planned_start), "planned_end": _iso(item.planned_end),
            "actual_start": _iso(item.actual_start), "actual_end": _iso(item.actual_end),
            "meeting_id": item.meeting_id, "agreement_id": item.agreement_id,
            "notes": item.notes}


def write_intervention(session: Session, editor: Editor, item: CleanIntervention,
                       today: date, scope: list[str] | None = None,
                       status: str = "diusulkan", reason: str = "") -> str:
    """Insert or update inside the caller's transaction (meetings save theirs with it)."""
    _check_references(session, item, scope)
    row = session.get(ActionIntervention, item.id) if item.id else None
    is_new = row is None or row.deleted
    row = ActionIntervention() if row is None else row
    wanted = _values(item)
    if is_new:
        check_initial_status(status, item.actor_id)
        wanted["status"] = status
        changes = {k: (None, v) for k, v in wanted.items()}
    else:
        changes = {k: (getattr(row, k), v) for k, v in wanted.items() if getattr(row, k) != v}
        if row.status != "diusulkan" and not item.actor_id:
            raise _fail("actor_id", translate(
                "ActionPlan", "Pelaku wajib dipilih sebelum intervensi disepakati."))
    record_upsert(session, editor, row, changes, item.village_code)
    session.flush()
    if is_new:
        _add_step(session, editor, row, status, today, reason.strip() or None)
    return row.id


def save_intervention(db: Database, editor: Editor, draft: InterventionDraft, today: date,
                      scope: list[str] | None = None, status: str = "diusulkan") -> str:
    """Create (starting at ``status``, "diusulkan" by default) or edit an intervention."""
    item = clean_intervention(draft)
    with db.writing() as session:
        return write_intervention(session, editor, item, today, scope, status)


def _add_step(session: Session, editor: Editor, row: ActionIntervention, status: str,
              on: date, note: str | None) -> None:
    step = InterventionStatusChange()
    record_upsert(session, editor, step, {
        "intervention_id": (None, row.id), "status": (None, status),
        "changed_on": (None, on.isoformat()), "changed_by": (None, editor.user),
        "note": (None, note)}, row.village_code)


def move_status(session: Session, editor: Editor, intervention_id: str, status: str,
                on: date, reason: str = "") -> None:
    """Within the caller's transaction: one status step, kept in the history."""
    row = session.get(ActionIntervention, intervention_id)
    if row is None or row.deleted:
        raise _fail("status", translate(
            "ActionPlan", "Intervensi tidak ditemukan (mungkin sudah dihapus)."))
    check_status_step(row.status, status, reason, row.actor_id)
    changes: dict[str, tuple[Any, Any]] = {"status": (row.status, status)}
    if status == "berjalan" and not row.actual_start:
        changes["actual_start"] = (None, on.isoformat())
    if status == "selesai" and not row.actual_end:
        changes["actual_end"] = (None, on.isoformat())
    record_upsert(session, editor, row, changes, row.village_code)
    _add_step(session, editor, row, status, on, reason.strip() or None)


def change_status(db: Database, editor: Editor, intervention_id: str, status: str, on: date,
                  reason: str = "") -> None:
    with db.writing() as session:
        move_status(session, editor, intervention_id, status, on, reason)


def delete_intervention(db: Database, editor: Editor, intervention_id: str) -> None:
    with db.writing() as session:
        row = session.get(ActionIntervention, intervention_id)
        if row is not None and not row.deleted:
            record_delete(session, editor, row, row.village_code)


def _clean(row: ActionIntervention) -> CleanIntervention:
    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    def amount(text: str | None) -> Decimal | None:
        return Decimal(text) if text else None

    return CleanIntervention(
        row.village_code, row.index_code, row.element_code, row.year, row.actor_id,
        row.activity, amount(row.budget), row.budget_source, amount(row.realised),
        day(row.planned_start), day(row.planned_end), day(row.actual_start),
        day(row.actual_end), row.notes, row.meeting_id, row.id, row.agreement_id)


def load_intervention(db: Database, intervention_id: str) -> InterventionView:
    with db.reading() as session:
        row = session.get(ActionIntervention, intervention_id)
        if row is None or row.deleted:
            raise _fail("id", translate(
                "ActionPlan", "Intervensi tidak ditemukan (mungkin sudah dihapus)."))
        steps = session.scalars(select(InterventionStatusChange).where(
            InterventionStatusChange.intervention_id == intervention_id,
            InterventionStatusChange.deleted.is_(False))
            .order_by(InterventionStatusChange.changed_on, InterventionStatusChange.hlc)).all()
        village = session.get(Village, row.village_code)
        actor = session.get(ActionActor, row.actor_id) if row.actor_id else None
        return InterventionView(
            _clean(row), row.status,
            [StatusStep(s.status, date.fromisoformat(s.changed_on), s.changed_by, s.note)
             for s in steps],
            village.name if village else row.village_code, actor.name if actor else None)


@dataclass(frozen=True)
class InterventionLine:
    """A row of a village's or a meeting's list of interventions."""

    id: str
    village_code: str
    village_name: str
    element_code: str
    element: str
    year: int
    actor: str | None
    activity: str
    budget: Decimal | None
    budget_source: str | None
    planned_end: date | None
    status: str


def query_lines(session: Session, query) -> list[InterventionLine]:
    rows = session.execute(
        query.add_columns(Village.name, ActionActor.name)
        .join(Village, Village.code == ActionIntervention.village_code)
        .outerjoin(ActionActor, ActionActor.id == ActionIntervention.actor_id)
        .where(ActionIntervention.deleted.is_(False))).all()
    return [InterventionLine(
        r.id, r.village_code, village, r.element_code,
        element_label(r.index_code, r.element_code) or r.element_code, r.year, actor,
        r.activity, Decimal(r.budget) if r.budget else None, r.budget_source,
        date.fromisoformat(r.planned_end) if r.planned_end else None, r.status)
        for r, village, actor in rows]


def village_interventions(session: Session, village_code: str) -> list[InterventionLine]:
    """A village's interventions, newest year first."""
    return query_lines(session, select(ActionIntervention)
                  .where(ActionIntervention.village_code == village_code)
                  .order_by(ActionIntervention.year.desc(), ActionIntervention.element_code))


def meeting_interventions(session: Session, meeting_id: str) -> list[InterventionLine]:
    return query_lines(session, select(ActionIntervention)
                  .where(ActionIntervention.meeting_id == meeting_id)
                  .order_by(ActionIntervention.village_code, ActionIntervention.element_code))


SORT_KEYS = {
    "village": (Village.name, ActionIntervention.village_code),
    "element": (ActionIntervention.element_code,),
    "actor": (ActionActor.name,),
    "activity": (ActionIntervention.activity,),
    # 2-decimal text: shorter is smaller, then by text (exact, no float)
    "budget": (func.length(ActionIntervention.budget), ActionIntervention.budget),
    "deadline": (ActionIntervention.planned_end,),
    "status": (ActionIntervention.status,),
}


def region_interventions(session: Session, year: int, region: str | None = None,
                         sort_key: str = "village", descending: bool = False,
                         status: str | None = None) -> list[InterventionLine]:
    """A year's interventions in a kabupaten/kecamatan (None or "64": all), sorted in SQL."""
    query = select(ActionIntervention).where(ActionIntervention.year == year)
    if region and len(region) > 2:
        query = query.where(ActionIntervention.village_code.startswith(region + "."))
    if status:
        query = query.where(ActionIntervention.status == status)
    columns = SORT_KEYS.get(sort_key, SORT_KEYS["village"])  # joined by query_lines
    order = [c.desc() if descending else c for c in columns]
    return query_lines(session, query.order_by(*order, ActionIntervention.id))


def element_choices(index_code: str) -> list[tuple[str, str]]:
    """(element code, "code. label") of every indicator (IDM) or aspect (Indeks Desa)."""
    if index_code == INDEKS_DESA:
        return [(item.key, f"{item.key}. {item.label}")
                for item in aspect_catalogue().indicators]
    return [(str(item.number), f"{item.number}. {item.label}")
            for item in idm_catalogue().indicators]
