"""Kerja sama desa (Permendagri 96/2017): cooperation agreements between villages (directly,
through a BKAD, across kabupaten) or with third parties, the villages and indicators they
target and the interventions carried out under them. Documents go in the attachment store
(record table ``cooperation_agreement``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.entry import ActionPlanValidationError, amount_field, date_field
from desktop_app.core.action_plan.store import InterventionLine, element_label, query_lines
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import ActionIntervention, CooperationAgreement, Village
from desktop_app.core.models.action_plan import AGREEMENT_KINDS
from desktop_app.core.sync.changes import Editor, record_upsert
from desktop_app.core.villages.profile_fields import FieldError


def agreement_kind_labels() -> dict[str, str]:
    return {"antar_desa": translate("ActionPlan", "Antar-desa"),
            "bkad": translate("ActionPlan", "Antar-desa melalui BKAD"),
            "antar_kabupaten": translate("ActionPlan", "Antar-desa lintas kabupaten"),
            "pihak_ketiga": translate("ActionPlan", "Dengan pihak ketiga")}


@dataclass
class AgreementDraft:
    number: str = ""
    signed_on: str = ""
    kind: str = ""
    parties: list[str] = field(default_factory=list)
    scope: str = ""
    period_start: str = ""
    period_end: str = ""
    value: str = ""
    village_codes: list[str] = field(default_factory=list)
    element_codes: list[str] = field(default_factory=list)  # "IDM:48"
    notes: str = ""
    id: str | None = None


@dataclass(frozen=True)
class CleanAgreement:
    number: str
    signed_on: date
    kind: str
    parties: list[str]
    scope: str
    period_start: date | None
    period_end: date | None
    value: Decimal | None
    village_codes: list[str]
    element_codes: list[str]
    notes: str | None
    id: str | None = None


def clean_agreement(draft: AgreementDraft) -> CleanAgreement:
    errors: list[FieldError] = []
    number = " ".join(draft.number.split())
    if not number:
        errors.append(FieldError("number", translate(
            "ActionPlan", "Nomor kerja sama wajib diisi.")))
    signed = date_field(errors, "signed_on", translate("ActionPlan", "Tanggal"), draft.signed_on)
    if signed is None and not any(e.field == "signed_on" for e in errors):
        errors.append(FieldError("signed_on", translate(
            "ActionPlan", "Tanggal kerja sama wajib diisi.")))
    if draft.kind not in AGREEMENT_KINDS:
        errors.append(FieldError("kind", translate("ActionPlan", "Pilih jenis kerja sama.")))
    parties = [" ".join(p.split()) for p in draft.parties if p.strip()]
    if len(parties) < 2:
        errors.append(FieldError("parties", translate(
            "ActionPlan", "Para pihak: isi paling sedikit dua pihak.")))
    if not draft.scope.strip():
        errors.append(FieldError("scope", translate(
            "ActionPlan", "Ruang lingkup kerja sama wajib diisi.")))
    start = date_field(errors, "period_start", translate("ActionPlan", "Mulai berlaku"),
                  draft.period_start)
    end = date_field(errors, "period_end", translate("ActionPlan", "Berakhir"), draft.period_end)
    if start and end and end < start:
        errors.append(FieldError("period_end", translate(
            "ActionPlan", "Berakhir tidak boleh sebelum tanggal mulainya.")))
    value = amount_field(errors, "value", translate("ActionPlan", "Nilai"), draft.value)
    if not draft.village_codes:
        errors.append(FieldError("village_codes", translate(
            "ActionPlan", "Pilih paling sedikit satu desa yang disasar.")))
    for code in draft.element_codes:
        index, _, element = code.partition(":")
        if element_label(index, element) is None:
            errors.append(FieldError("element_codes", translate(
                "ActionPlan", "Indikator: '{code}' tidak dikenal.").format(code=code)))
    if errors:
        raise ActionPlanValidationError(errors)
    assert signed is not None
    return CleanAgreement(number, signed, draft.kind, parties, draft.scope.strip(), start, end,
                          value, list(draft.village_codes), list(draft.element_codes),
                          draft.notes.strip() or None, draft.id)


def save_agreement(db: Database, editor: Editor, draft: AgreementDraft) -> str:
    item = clean_agreement(draft)
    with db.writing() as session:
        unknown = [c for c in item.village_codes if session.get(Village, c) is None]
        if unknown:
            raise ActionPlanValidationError([FieldError("village_codes", translate(
                "ActionPlan", "Desa: {codes} tidak dikenal.").format(codes=", ".join(unknown)))])
        row = session.get(CooperationAgreement, item.id) if item.id else None
        row = row or CooperationAgreement()
        wanted = {
            "number": item.number, "signed_on": item.signed_on.isoformat(), "kind": item.kind,
            "parties": item.parties, "scope": item.scope,
            "period_start": item.period_start.isoformat() if item.period_start else None,
            "period_end": item.period_end.isoformat() if item.period_end else None,
            "value": f"{item.value:.2f}" if item.value is not None else None,
            "village_codes": item.village_codes, "element_codes": item.element_codes,
            "notes": item.notes}
        changes = {k: (getattr(row, k), v) for k, v in wanted.items()
                   if row.id is None or getattr(row, k) != v}
        record_upsert(session, editor, row, changes, item.village_codes[0])
        session.flush()
        return row.id


def list_agreements(session: Session, region: str | None = None) -> list[CleanAgreement]:
    """Agreements (newest first) targeting a village of ``region`` (None: all)."""
    rows = session.scalars(select(CooperationAgreement).where(
        CooperationAgreement.deleted.is_(False))
        .order_by(CooperationAgreement.signed_on.desc())).all()
    found = []
    for r in rows:
        if region and not any(c == region or c.startswith(region + ".")
                              for c in r.village_codes):
            continue
        found.append(CleanAgreement(
            r.number, date.fromisoformat(r.signed_on), r.kind, list(r.parties), r.scope,
            date.fromisoformat(r.period_start) if r.period_start else None,
            date.fromisoformat(r.period_end) if r.period_end else None,
            Decimal(r.value) if r.value else None, list(r.village_codes),
            list(r.element_codes), r.notes, r.id))
    return found


def agreement_interventions(session: Session, agreement_id: str) -> list[InterventionLine]:
    return query_lines(session, select(ActionIntervention).where(
        ActionIntervention.agreement_id == agreement_id)
        .order_by(ActionIntervention.year, ActionIntervention.village_code))
