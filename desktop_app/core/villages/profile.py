"""Load and save a village profile; every saved change is logged and queued for sync."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import (
    District,
    FieldChange,
    Regency,
    Village,
    VillagePopulation,
    VillageProfile,
)
from desktop_app.core.sync.changes import Editor, record_delete, record_upsert
from desktop_app.core.villages.population import PopulationEntry, clean_population
from desktop_app.core.villages.profile_fields import (
    ProfileValidationError,
    clean_profile,
    profile_fields,
)

HISTORY_SHOWN = 500


@dataclass(frozen=True)
class VillageIdentity:
    code: str
    name: str
    kind: str
    district_name: str
    regency_name: str
    active: bool


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    changed_by: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class VillageProfileView:
    identity: VillageIdentity
    values: dict[str, Any]
    population: list[PopulationEntry]
    history: list[HistoryEntry]


class UnknownVillageError(LookupError):
    pass


def load_profile(session: Session, code: str) -> VillageProfileView:
    row = session.execute(
        select(Village, District.name, Regency.name)
        .join(District, Village.district_code == District.code)
        .join(Regency, Village.regency_code == Regency.code)
        .where(Village.code == code)
    ).first()
    if row is None:
        raise UnknownVillageError(
            translate("VillageProfile", "Desa dengan kode {code} tidak ada.").format(code=code)
        )
    village, district_name, regency_name = row
    identity = VillageIdentity(village.code, village.name, village.kind, district_name,
                               regency_name, village.active)
    profile = session.scalar(select(VillageProfile).where(VillageProfile.village_code == code))
    values = {spec.name: getattr(profile, spec.name) if profile else None
              for spec in profile_fields()}
    population = [
        PopulationEntry(p.year, p.population, p.households)
        for p in session.scalars(
            select(VillagePopulation)
            .where(VillagePopulation.village_code == code, VillagePopulation.deleted.is_(False))
            .order_by(VillagePopulation.year)
        )
    ]
    history = [
        HistoryEntry(c.changed_at, c.changed_by, c.field, c.old_value, c.new_value)
        for c in session.scalars(
            select(FieldChange).where(FieldChange.village_code == code)
            .order_by(FieldChange.id.desc()).limit(HISTORY_SHOWN)
        )
    ]
    return VillageProfileView(identity, values, population, history)


def save_profile(
    db: Database,
    editor: Editor,
    code: str,
    raw_values: Mapping[str, str],
    raw_population: list[tuple[str, str, str]],
) -> int:
    """Check the typed values, then store what changed; returns the number of changes.

    Nothing is written when any value is refused (ProfileValidationError lists them all).
    """
    errors = []
    try:
        values = clean_profile(raw_values)
    except ProfileValidationError as error:
        errors.extend(error.errors)
    population, population_errors = clean_population(raw_population, editor.now().year)
    errors.extend(population_errors)
    if errors:
        raise ProfileValidationError(errors)
    with db.writing() as session:
        if session.get(Village, code) is None:
            raise UnknownVillageError(code)
        changed = _save_fields(session, editor, code, values)
        changed += _save_population(session, editor, code, population)
    return changed


def _save_fields(session: Session, editor: Editor, code: str, values: dict[str, Any]) -> int:
    profile = session.scalar(select(VillageProfile).where(VillageProfile.village_code == code))
    if profile is None:
        profile = VillageProfile(village_code=code, field_clocks={}, deleted=False)
        changes = {"village_code": (None, code)} if any(v is not None for v in values.values()) \
            else {}
    else:
        changes = {}
    changes.update({
        name: (getattr(profile, name), value)
        for name, value in values.items()
        if getattr(profile, name) != value
    })
    record_upsert(session, editor, profile, changes, code)
    return len(changes) - ("village_code" in changes)


def _save_population(
    session: Session, editor: Editor, code: str, entries: list[PopulationEntry]
) -> int:
    existing = {
        p.year: p for p in session.scalars(
            select(VillagePopulation).where(VillagePopulation.village_code == code)
        )
    }
    changed = 0
    for entry in entries:
        row = existing.get(entry.year)
        changes: dict[str, tuple[Any, Any]]
        if row is None:
            row = VillagePopulation(village_code=code, year=entry.year, field_clocks={},
                                    deleted=False)
            changes = {"village_code": (None, code), "year": (None, entry.year)}
        else:
            changes = {"deleted": (True, False)} if row.deleted else {}
        for name in ("population", "households"):
            new = getattr(entry, name)
            if row.deleted or getattr(row, name) != new:
                changes[name] = (getattr(row, name), new)
        if changes:
            record_upsert(session, editor, row, changes, code, history_key=str(entry.year))
            changed += 1
    kept = {entry.year for entry in entries}
    for year, row in existing.items():
        if year not in kept and not row.deleted:
            record_delete(session, editor, row, code, history_key=str(year))
            changed += 1
    return changed
