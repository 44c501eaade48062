"""Status targets (desa sasaran): how many villages to lift, which ones, and how it went.

A target of year Y counts villages that were Sangat Tertinggal or Tertinggal in Y and are
at least Berkembang in the official results of Y + 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.first_run import USER_ROLE
from desktop_app.core.i18n import translate
from desktop_app.core.idm.queries import LAGGING, status_name
from desktop_app.core.local_settings import get_setting
from desktop_app.core.models import OFFICIAL, IdmAssessment, IdmTarget, IdmTargetVillage, Village
from desktop_app.core.sync import state as sync_state
from desktop_app.core.sync.changes import Editor, record_delete, record_upsert


def target_refusal(session: Session, regency_code: str | None) -> str | None:
    """Why the provincial server would refuse a target of ``regency_code`` from this laptop
    (docs/server.md: a target lies in its kabupaten; only users whose regions cover the whole
    kabupaten may set it, a province-wide one only admins), or None.

    Uses the regions the server granted at the last sync when known, else the role given in
    the first-run wizard. A laptop that has said neither is not held back here."""
    role = get_setting(session, USER_ROLE)
    regions = sync_state.get_json(session, sync_state.REGIONS)
    if regency_code is None:
        if role in (None, "provinsi") and not regions:
            return None
        return translate("IdmTarget", "Target untuk seluruh provinsi hanya dapat diatur oleh "
                         "admin provinsi (DPMPD). Pilih satu kabupaten/kota lebih dulu.")
    whole_regency = translate(
        "IdmTarget", "Target status berlaku untuk seluruh kabupaten/kota {code}, sedangkan "
        "wilayah Anda {regions}. Server provinsi hanya menerima target dari operator "
        "kabupaten (DPMD) atau admin provinsi; sampaikan usulan target kepada mereka.")
    if regions:
        if any(regency_code == r or regency_code.startswith(r + ".") for r in regions):
            return None
        return whole_regency.format(code=regency_code, regions=translate(
            "IdmTarget", "hanya {regions}").format(regions=", ".join(regions)))
    if role == "pendamping":
        return whole_regency.format(code=regency_code, regions=translate(
            "IdmTarget", "sebagai pendamping desa setingkat kecamatan"))
    return None


def set_target(db: Database, editor: Editor, year: int, regency_code: str | None,
               villages_to_lift: int, notes: str = "") -> None:
    """The number of villages to lift in ``year`` (``regency_code`` None: the province)."""
    if villages_to_lift < 0:
        raise ValueError(translate("IdmTarget", "Jumlah desa sasaran tidak boleh negatif."))
    with db.writing() as session:
        target = session.scalar(select(IdmTarget).where(
            IdmTarget.year == year, IdmTarget.regency_code.is_(regency_code)
            if regency_code is None else IdmTarget.regency_code == regency_code))
        changes: dict[str, tuple[object, object]] = {}
        if target is None:
            target = IdmTarget(field_clocks={}, deleted=False)
            changes = {"year": (None, year), "regency_code": (None, regency_code)}
        for name, value in (("villages_to_lift", villages_to_lift), ("notes", notes or None),
                            ("deleted", False)):
            if getattr(target, name) != value:
                changes[name] = (getattr(target, name), value)
        record_upsert(session, editor, target, changes, None, history_key=str(year))


def set_target_villages(db: Database, editor: Editor, year: int, codes: list[str],
                        regency_code: str | None = None) -> None:
    """Name the target villages of ``year`` (within a kabupaten, if given): add and remove."""
    wanted = set(codes)
    with db.writing() as session:
        known = set(session.scalars(select(Village.code).where(Village.code.in_(wanted))))
        unknown = sorted(wanted - known)
        if unknown:
            raise LookupError(translate("IdmTarget", "Kode desa tidak dikenal: {codes}")
                              .format(codes=", ".join(unknown)))
        query = select(IdmTargetVillage).where(IdmTargetVillage.year == year)
        if regency_code:
            query = query.where(IdmTargetVillage.village_code.startswith(regency_code + "."))
        existing = {row.village_code: row for row in session.scalars(query)}
        for code in sorted(wanted):
            row = existing.get(code)
            if row is None:
                record_upsert(session, editor, IdmTargetVillage(field_clocks={}, deleted=False),
                              {"year": (None, year), "village_code": (None, code)}, code,
                              history_key=f"sasaran {year}")
            elif row.deleted:
                record_upsert(session, editor, row, {"deleted": (True, False)}, code,
                              history_key=f"sasaran {year}")
        for code, row in existing.items():
            if code not in wanted and not row.deleted:
                record_delete(session, editor, row, code, history_key=f"sasaran {year}")


@dataclass(frozen=True)
class NamedVillage:
    code: str
    name: str
    status_before: str | None
    status_after: str | None

    @property
    def achieved(self) -> bool:
        return self.status_after is not None and self.status_after not in LAGGING


@dataclass(frozen=True)
class TargetProgress:
    year: int
    regency_code: str | None
    regency_name: str
    villages_to_lift: int
    lifted: int  # villages of the scope lifted out of (sangat) tertinggal by Y + 1
    named: tuple[NamedVillage, ...]
    results_known: bool  # whether official results of Y + 1 exist for the scope

    @property
    def achieved(self) -> bool:
        return self.results_known and self.lifted >= self.villages_to_lift


def _statuses(session: Session, year: int, prefix: str | None) -> dict[str, str | None]:
    query = select(IdmAssessment.village_code, IdmAssessment.status).where(
        IdmAssessment.kind == OFFICIAL, IdmAssessment.year == year,
        IdmAssessment.deleted.is_(False))
    if prefix:
        query = query.where(IdmAssessment.regency_code == prefix)
    return {code: status_name(status) for code, status in session.execute(query)}


def target_progress(session: Session, year: int) -> list[TargetProgress]:
    """Every target of ``year`` with its achievement from the results of ``year + 1``."""
    progress = []
    targets = session.scalars(select(IdmTarget).where(
        IdmTarget.year == year, IdmTarget.deleted.is_(False)).order_by(IdmTarget.regency_code))
    named_rows = session.execute(
        select(IdmTargetVillage.village_code, Village.name, Village.regency_code)
        .join(Village, Village.code == IdmTargetVillage.village_code)
        .where(IdmTargetVillage.year == year, IdmTargetVillage.deleted.is_(False))
        .order_by(IdmTargetVillage.village_code)).all()
    for target in targets:
        prefix = target.regency_code
        before, after = _statuses(session, year, prefix), _statuses(session, year + 1, prefix)
        lifted = sum(1 for code, status in before.items()
                     if status in LAGGING and after.get(code) not in (None, *LAGGING))
        named = tuple(NamedVillage(code, name, before.get(code), after.get(code))
                      for code, name, regency in named_rows if prefix in (None, regency))
        regency_name = (session.scalar(select(Village.regency_name).where(
            Village.regency_code == prefix).limit(1)) if prefix else None) or translate(
            "IdmTarget", "Provinsi")
        progress.append(TargetProgress(year, prefix, regency_name, target.villages_to_lift,
                                       lifted, named, bool(after)))
    return progress
