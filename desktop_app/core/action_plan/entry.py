"""Actors and interventions as typed in a form, and their checks.

``clean_actor`` / ``clean_intervention`` return the cleaned record or raise
``ActionPlanValidationError`` listing every fault in Indonesian, each naming its field;
nothing is saved half-checked. Checks that need the database (the village, the actor) are
in the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.core.action_plan.labels import status_labels
from desktop_app.core.apbdes.amounts import parse_amount
from desktop_app.core.i18n import translate
from desktop_app.core.meetings.entry import parse_date
from desktop_app.core.models.action_plan import (
    ACTOR_KINDS,
    BUDGET_SOURCES,
    INTERVENTION_STATUSES,
    KIND_LEVELS,
)
from desktop_app.core.villages.profile_fields import FieldError

MAX_ACTIVITY = 300
MAX_TEXT = 5000
FIRST_YEAR, LAST_YEAR = 2000, 2100
STATUS_ORDER = ("diusulkan", "disepakati", "berjalan", "selesai")


class ActionPlanValidationError(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(e.message for e in errors))


def normalise_alias(name: str) -> str:
    """How names are compared: case-folded, spaces collapsed."""
    return " ".join(name.split()).casefold()


@dataclass
class ActorDraft:
    name: str = ""
    kind: str = ""
    region_code: str = ""  # "" = nationwide
    contact: str = ""
    aliases: list[str] = field(default_factory=list)
    id: str | None = None


@dataclass(frozen=True)
class CleanActor:
    name: str
    kind: str
    level: str
    region_code: str | None
    contact: str | None
    aliases: list[str]
    id: str | None = None


def clean_actor(draft: ActorDraft) -> CleanActor:
    errors: list[FieldError] = []
    name = " ".join(draft.name.split())
    if not name:
        errors.append(FieldError("name", translate("ActionPlan", "Nama pelaku wajib diisi.")))
    elif len(name) > 200:
        errors.append(FieldError("name", translate(
            "ActionPlan", "Nama pelaku terlalu panjang (paling banyak 200 karakter).")))
    if draft.kind not in ACTOR_KINDS:
        errors.append(FieldError("kind", translate("ActionPlan", "Pilih jenis pelaku.")))
    region = draft.region_code.strip() or None
    if draft.kind == "kementerian" and region:
        errors.append(FieldError("region_code", translate(
            "ActionPlan", "Wilayah: kementerian/lembaga bekerja secara nasional, "
                          "kosongkan wilayahnya.")))
    elif draft.kind in ACTOR_KINDS and draft.kind != "kementerian" and not region:
        errors.append(FieldError("region_code", translate(
            "ActionPlan", "Wilayah pelaku wajib diisi (provinsi, kabupaten/kota atau desa).")))
    aliases: list[str] = []
    for alias in draft.aliases:
        text = " ".join(alias.split())
        if text and normalise_alias(text) not in {normalise_alias(a) for a in aliases}:
            aliases.append(text[:200])
    if len(draft.contact) > MAX_TEXT:
        errors.append(FieldError("contact", translate("ActionPlan", "Kontak terlalu panjang.")))
    if errors:
        raise ActionPlanValidationError(errors)
    return CleanActor(name, draft.kind, KIND_LEVELS[draft.kind], region,
                      draft.contact.strip() or None, aliases, draft.id)


@dataclass
class InterventionDraft:
    village_code: str = ""
    index_code: str = "IDM"
    element_code: str = ""
    year: str = ""
    actor_id: str | None = None
    activity: str = ""
    budget: str = ""
    budget_source: str = ""
    realised: str = ""
    planned_start: str = ""
    planned_end: str = ""
    actual_start: str = ""
    actual_end: str = ""
    notes: str = ""
    meeting_id: str | None = None
    id: str | None = None
    agreement_id: str | None = None


@dataclass(frozen=True)
class CleanIntervention:
    village_code: str
    index_code: str
    element_code: str
    year: int
    actor_id: str | None
    activity: str
    budget: Decimal | None
    budget_source: str | None
    realised: Decimal | None
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None
    notes: str | None
    meeting_id: str | None = None
    id: str | None = None
    agreement_id: str | None = None


def date_field(errors: list[FieldError], name: str, label: str, text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return parse_date(text)
    except ValueError:
        errors.append(FieldError(name, translate(
            "ActionPlan", "{label}: '{text}' bukan tanggal (contoh: 23-10-2026).").format(
            label=label, text=text.strip())))
        return None


def amount_field(errors: list[FieldError], name: str, label: str, text: str) -> Decimal | None:
    if not text.strip():
        return None
    try:
        amount = parse_amount(text)
    except ValueError:
        errors.append(FieldError(name, translate(
            "ActionPlan", "{label}: '{text}' bukan jumlah uang (contoh: 150.000.000).").format(
            label=label, text=text.strip()[:40])))
        return None
    if amount < 0:
        errors.append(FieldError(name, translate(
            "ActionPlan", "{label} tidak boleh negatif.").format(label=label)))
        return None
    return amount


def _order(errors: list[FieldError], name: str, label: str, start: date | None,
           end: date | None) -> None:
    if start and end and end < start:
        errors.append(FieldError(name, translate(
            "ActionPlan", "{label} tidak boleh sebelum tanggal mulainya.").format(label=label)))


def clean_intervention(draft: InterventionDraft) -> CleanIntervention:
    errors: list[FieldError] = []
    if not draft.village_code.strip():
        errors.append(FieldError("village_code", translate("ActionPlan", "Pilih desa.")))
    if not draft.element_code.strip():
        errors.append(FieldError("element_code", translate(
            "ActionPlan", "Pilih indikator yang disasar.")))
    year = None
    if draft.year.strip().isdigit() and FIRST_YEAR <= int(draft.year) <= LAST_YEAR:
        year = int(draft.year)
    else:
        errors.append(FieldError("year", translate(
            "ActionPlan", "Tahun: '{text}' bukan tahun (contoh: 2027).").format(
            text=draft.year.strip()[:20])))
    activity = " ".join(draft.activity.split())
    if not activity:
        errors.append(FieldError("activity", translate(
            "ActionPlan", "Nama program/kegiatan wajib diisi.")))
    elif len(activity) > MAX_ACTIVITY:
        errors.append(FieldError("activity", translate(
            "ActionPlan", "Nama program/kegiatan terlalu panjang ({count} karakter; paling "
                          "banyak {limit}).").format(count=len(activity), limit=MAX_ACTIVITY)))
    budget = amount_field(errors, "budget", translate("ActionPlan", "Anggaran"), draft.budget)
    realised = amount_field(errors, "realised", translate("ActionPlan", "Realisasi"),
                       draft.realised)
    source = draft.budget_source or None
    if source is not None and source not in BUDGET_SOURCES:
        errors.append(FieldError("budget_source", translate(
            "ActionPlan", "Pilih sumber anggaran dari daftar.")))
    if budget is not None and source is None:
        errors.append(FieldError("budget_source", translate(
            "ActionPlan", "Sumber anggaran wajib diisi bila anggaran diisi.")))
    planned_start = date_field(errors, "planned_start", translate("ActionPlan", "Rencana mulai"),
                          draft.planned_start)
    planned_end = date_field(errors, "planned_end", translate("ActionPlan", "Rencana selesai"),
                        draft.planned_end)
    actual_start = date_field(errors, "actual_start", translate("ActionPlan", "Mulai (realisasi)"),
                         draft.actual_start)
    actual_end = date_field(errors, "actual_end", translate("ActionPlan", "Selesai (realisasi)"),
                       draft.actual_end)
    _order(errors, "planned_end", translate("ActionPlan", "Rencana selesai"), planned_start,
           planned_end)
    _order(errors, "actual_end", translate("ActionPlan", "Selesai (realisasi)"), actual_start,
           actual_end)
    if len(draft.notes) > MAX_TEXT:
        errors.append(FieldError("notes", translate("ActionPlan", "Catatan terlalu panjang.")))
    if errors:
        raise ActionPlanValidationError(errors)
    assert year is not None
    return CleanIntervention(
        draft.village_code.strip(), draft.index_code, draft.element_code.strip(), year,
        draft.actor_id or None, activity, budget, source, realised, planned_start,
        planned_end, actual_start, actual_end, draft.notes.strip() or None, draft.meeting_id,
        draft.id, draft.agreement_id)


def check_status_step(current: str, wanted: str, reason: str, actor_id: str | None) -> None:
    """Forward one step needs nothing; cancelling, skipping or going back needs a reason;
    agreeing needs an actor."""
    labels = status_labels()
    if wanted not in INTERVENTION_STATUSES or wanted == current:
        raise ActionPlanValidationError([FieldError("status", translate(
            "ActionPlan", "Status: '{wanted}' bukan langkah baru.").format(
            wanted=labels.get(wanted, wanted)))])
    if wanted != "diusulkan" and wanted != "batal" and not actor_id:
        raise ActionPlanValidationError([FieldError("actor_id", translate(
            "ActionPlan", "Pelaku wajib dipilih sebelum intervensi disepakati."))])
    one_forward = (current in STATUS_ORDER and wanted in STATUS_ORDER
                   and STATUS_ORDER.index(wanted) == STATUS_ORDER.index(current) + 1)
    if not one_forward and not reason.strip():
        if wanted == "batal":
            message = translate("ActionPlan", "Alasan pembatalan wajib diisi.")
        else:
            message = translate(
                "ActionPlan", "Status tidak dapat diubah dari '{current}' ke '{wanted}' tanpa "
                              "alasan (melompati atau mundur).").format(
                current=labels.get(current, current), wanted=labels.get(wanted, wanted))
        raise ActionPlanValidationError([FieldError("reason", message)])


def check_initial_status(status: str, actor_id: str | None) -> None:
    """A new intervention starts proposed, or (agreed in a meeting, recorded late) further
    on, never cancelled; from "disepakati" on it needs an actor."""
    if status not in STATUS_ORDER:
        raise ActionPlanValidationError([FieldError("status", translate(
            "ActionPlan", "Status awal intervensi tidak sah."))])
    if status != "diusulkan" and not actor_id:
        raise ActionPlanValidationError([FieldError("actor_id", translate(
            "ActionPlan", "Pelaku wajib dipilih sebelum intervensi disepakati."))])
