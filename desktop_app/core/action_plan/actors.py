"""The actor registry (pelaku): save, list, and resolve the names official rumusan rows use.

A rumusan row names actors per level ("KAB: DINKES, PU"). A name resolves, for a village, to
the registry actor of that level whose name or an alias matches (case and spacing ignored)
and whose region contains the village; the most local one wins (a kabupaten's own Dinkes
before a province-wide entry). Names that resolve to nothing are listed for an operator to
map once (the name becomes an alias of the chosen actor).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.entry import (
    ActionPlanValidationError,
    ActorDraft,
    CleanActor,
    clean_actor,
    normalise_alias,
)
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import ACTOR_LEVELS
from desktop_app.core.models import (
    ActionActor,
    District,
    IdmAssessment,
    IdmIndicatorRow,
    Province,
    Regency,
    Village,
)
from desktop_app.core.sync.changes import Editor, record_upsert
from desktop_app.core.villages.profile_fields import FieldError

ACTOR_COLUMNS = {level: f"actor_{level.lower()}" for level in ACTOR_LEVELS}


def in_region(code: str, region: str | None) -> bool:
    """True when ``code`` (a village or region) lies in ``region`` (None = everywhere)."""
    return region is None or code == region or code.startswith(region + ".")


def visible_to(region: str | None, scope: list[str] | None) -> bool:
    """An actor may be chosen by a user whose regions are ``scope`` (None: no limit) when it
    works in one of them, or above them (nationwide, the province, their kabupaten)."""
    if not scope:
        return True
    return any(in_region(r, region) or in_region(region or "", r) for r in scope)


def writable_by(region: str | None, scope: list[str] | None) -> bool:
    """An actor may be saved by a user whose regions are ``scope`` (None: no limit) when it
    works inside one of them: the server refuses actors above them from such a user."""
    if not scope:
        return True
    return region is not None and any(in_region(region, r) for r in scope)


def _check_region(session: Session, code: str | None) -> None:
    model = {2: Province, 5: Regency, 8: District, 13: Village}.get(len(code or ""))
    if code is None or (model is not None and session.get(model, code) is not None):
        return
    raise ActionPlanValidationError([FieldError("region_code", translate(
        "ActionPlan", "Wilayah: kode {code} tidak dikenal.").format(code=code))])


def save_actor(db: Database, editor: Editor, draft: ActorDraft,
               scope: list[str] | None = None) -> str:
    actor = clean_actor(draft)
    if not visible_to(actor.region_code, scope):
        raise ActionPlanValidationError([FieldError("region_code", translate(
            "ActionPlan", "Wilayah: pelaku ini di luar wilayah kerja Anda."))])
    if not writable_by(actor.region_code, scope):
        assert scope
        raise ActionPlanValidationError([FieldError("region_code", translate(
            "ActionPlan", "Wilayah: Anda hanya dapat menyimpan pelaku yang bekerja di dalam "
            "wilayah kerja Anda ({regions}). Pelaku tingkat nasional, provinsi atau kabupaten "
            "di atasnya dicatat oleh operator DPMD/DPMPD; pilih pelaku yang sudah ada, atau "
            "isi kode wilayah di dalam wilayah Anda.").format(regions=", ".join(scope)))])
    with db.writing() as session:
        _check_region(session, actor.region_code)
        row = session.get(ActionActor, actor.id) if actor.id else None
        row = row or ActionActor()
        wanted = {"name": actor.name, "kind": actor.kind, "level": actor.level,
                  "region_code": actor.region_code, "contact": actor.contact,
                  "aliases": actor.aliases}
        changes = {k: (getattr(row, k), v) for k, v in wanted.items()
                   if row.id is None or getattr(row, k) != v}
        record_upsert(session, editor, row, changes, None)
        session.flush()
        return row.id


def list_actors(session: Session, region: str | None = None,
                scope: list[str] | None = None) -> list[CleanActor]:
    """Actors by level and name; ``region`` keeps those working in or above it."""
    rows = session.scalars(select(ActionActor).where(ActionActor.deleted.is_(False))
                           .order_by(ActionActor.level, ActionActor.name)).all()
    return [_clean(r) for r in rows
            if (region is None or in_region(region, r.region_code)
                or in_region(r.region_code or "", region))
            and visible_to(r.region_code, scope)]


def _clean(row: ActionActor) -> CleanActor:
    return CleanActor(row.name, row.kind, row.level, row.region_code, row.contact,
                      list(row.aliases or []), row.id)


def add_alias(db: Database, editor: Editor, actor_id: str, alias: str) -> None:
    """Map a rumusan name to an actor once: the name becomes one of its aliases."""
    with db.writing() as session:
        row = session.get(ActionActor, actor_id)
        if row is None or row.deleted:
            raise ActionPlanValidationError([FieldError("actor_id", translate(
                "ActionPlan", "Pelaku tidak ditemukan (mungkin sudah dihapus)."))])
        aliases = list(row.aliases or [])
        if normalise_alias(alias) in {normalise_alias(a) for a in [*aliases, row.name]}:
            return
        record_upsert(session, editor, row, {"aliases": (row.aliases, [*aliases, alias])}, None)


@dataclass
class ActorResolver:
    """Resolves (level, name, village code) to an actor id; built once per query."""

    by_name: dict[tuple[str, str], list[tuple[str | None, str]]]

    @classmethod
    def load(cls, session: Session) -> ActorResolver:
        by_name: dict[tuple[str, str], list[tuple[str | None, str]]] = defaultdict(list)
        for actor_id, level, name, region, aliases in session.execute(
                select(ActionActor.id, ActionActor.level, ActionActor.name,
                       ActionActor.region_code, ActionActor.aliases)
                .where(ActionActor.deleted.is_(False))):
            for text in {normalise_alias(t) for t in [name, *(aliases or [])]}:
                by_name[(level, text)].append((region, actor_id))
        for candidates in by_name.values():  # most local first
            candidates.sort(key=lambda c: (-len(c[0] or ""), c[1]))
        return cls(dict(by_name))

    def resolve(self, level: str, name: str, village_code: str) -> str | None:
        for region, actor_id in self.by_name.get((level, normalise_alias(name)), ()):
            if in_region(village_code, region):
                return actor_id
        return None


@dataclass(frozen=True)
class UnresolvedName:
    level: str
    name: str
    regency_code: str
    villages: int  # villages whose rumusan names it


def unresolved_names(session: Session, regency_code: str | None = None) -> list[UnresolvedName]:
    """Actor names of official rumusan rows (any year) that resolve to no registry actor,
    per kabupaten, most frequent first."""
    resolver = ActorResolver.load(session)
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for level, column in ACTOR_COLUMNS.items():
        text = getattr(IdmIndicatorRow, column)
        query = (select(text, IdmAssessment.village_code).distinct()
                 .join(IdmAssessment, IdmAssessment.id == IdmIndicatorRow.assessment_id)
                 .where(text.is_not(None), func.trim(text) != "",
                        IdmAssessment.deleted.is_(False)))
        if regency_code:
            query = query.where(IdmAssessment.regency_code == regency_code)
        for names, village in session.execute(query):
            for name in (n.strip() for n in names.split(",")):
                if name and resolver.resolve(level, name, village) is None:
                    found[(level, name, village[:5])].add(village)
    return sorted((UnresolvedName(level, name, regency, len(villages))
                   for (level, name, regency), villages in found.items()),
                  key=lambda u: (-u.villages, u.regency_code, u.level, u.name))


def user_scope(session: Session) -> list[str] | None:
    """The regions this device's user may act in (from the last sync), None if unknown or
    province-wide."""
    from desktop_app.core.sync.state import REGIONS, get_json

    regions = get_json(session, REGIONS)
    return list(regions) if regions else None
