"""Visits and findings as typed in a form, their checks and their labels.

``clean_visit`` / ``clean_finding`` return the cleaned record or raise
``SupervisionValidationError`` listing every fault in Indonesian; nothing is saved half-checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.i18n import translate
from desktop_app.core.meetings.entry import parse_date
from desktop_app.core.models.supervision import FINDING_CATEGORIES, FINDING_STATUSES, SEVERITIES
from desktop_app.core.villages.profile_fields import FieldError

MAX_TEXT = 5000


def category_labels() -> dict[str, str]:
    return {"administrasi": translate("Supervision", "Administrasi"),
            "keuangan": translate("Supervision", "Keuangan"),
            "fisik": translate("Supervision", "Fisik/konstruksi"),
            "pengadaan": translate("Supervision", "Pengadaan"),
            "lainnya": translate("Supervision", "Lainnya")}


def severity_labels() -> dict[str, str]:
    return {"rendah": translate("Supervision", "Rendah"),
            "sedang": translate("Supervision", "Sedang"),
            "tinggi": translate("Supervision", "Tinggi")}


def status_labels() -> dict[str, str]:
    return {"open": translate("Supervision", "Terbuka"),
            "in_progress": translate("Supervision", "Sedang ditindaklanjuti"),
            "resolved": translate("Supervision", "Selesai ditindaklanjuti"),
            "verified": translate("Supervision", "Diverifikasi")}


# Which follow-up step may follow which: forward one step, or back to "open" when the
# supervisor finds the follow-up insufficient. Verification is the supervisor's last word.
NEXT_STATUSES = {
    "open": ("in_progress", "resolved"),
    "in_progress": ("resolved", "open"),
    "resolved": ("verified", "in_progress"),
    "verified": (),
}


class SupervisionValidationError(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(e.message for e in errors))


@dataclass
class VisitDraft:
    village_code: str = ""
    visit_date: str = ""
    officers: list[str] = field(default_factory=list)
    purpose: str = ""
    inspected_line_ids: list[str] = field(default_factory=list)
    inspected: str = ""
    notes: str = ""
    id: str | None = None


@dataclass(frozen=True)
class CleanVisit:
    village_code: str
    visit_date: date
    officers: list[str]
    purpose: str | None
    inspected_line_ids: list[str]
    inspected: str | None
    notes: str | None
    id: str | None = None


@dataclass
class FindingDraft:
    village_code: str = ""
    found_on: str = ""
    category: str = ""
    severity: str = "sedang"
    description: str = ""
    recommendation: str = ""
    responsible: str = ""
    deadline: str = ""
    visit_id: str | None = None
    # A line of a budget, or the budget itself (its id) for a finding recorded from the
    # budget's tab: either ties the finding to that budget's fiscal year.
    budget_line_id: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class CleanFinding:
    village_code: str
    found_on: date
    category: str
    severity: str
    description: str
    recommendation: str | None
    responsible: str | None
    deadline: date | None
    visit_id: str | None = None
    budget_line_id: str | None = None
    id: str | None = None


def _optional(text: str) -> str | None:
    return text.strip() or None


def _date(errors: list[FieldError], name: str, label: str, text: str,
          required: bool) -> date | None:
    if not text.strip():
        if required:
            errors.append(FieldError(name, translate(
                "Supervision", "{label} wajib diisi.").format(label=label)))
        return None
    try:
        return parse_date(text)
    except ValueError:
        errors.append(FieldError(name, translate("Supervision",
            "{label}: '{text}' bukan tanggal (contoh: 23-10-2026).").format(
            label=label, text=text.strip())))
        return None


def _long_text(errors: list[FieldError], name: str, label: str, text: str) -> None:
    if len(text) > MAX_TEXT:
        errors.append(FieldError(name, translate("Supervision",
            "{label} terlalu panjang ({count} karakter; paling banyak {limit}).").format(
            label=label, count=len(text), limit=MAX_TEXT)))


def clean_visit(draft: VisitDraft) -> CleanVisit:
    errors: list[FieldError] = []
    if not draft.village_code:
        errors.append(FieldError("village_code", translate(
            "Supervision", "Pilih desa yang dikunjungi.")))
    visit_date = _date(errors, "visit_date", translate(
        "Supervision", "Tanggal kunjungan"), draft.visit_date, True)
    officers = [o.strip() for o in draft.officers if o.strip()]
    if not officers:
        errors.append(FieldError("officers", translate(
            "Supervision", "Isi paling sedikit satu petugas.")))
    for name, label in (("purpose", translate("Supervision", "Tujuan")),
                        ("inspected", translate("Supervision", "Yang diperiksa")),
                        ("notes", translate("Supervision", "Catatan"))):
        _long_text(errors, name, label, getattr(draft, name))
    if errors:
        raise SupervisionValidationError(errors)
    assert visit_date is not None
    return CleanVisit(draft.village_code, visit_date, officers, _optional(draft.purpose),
                      list(draft.inspected_line_ids), _optional(draft.inspected),
                      _optional(draft.notes), draft.id)


def clean_finding(draft: FindingDraft) -> CleanFinding:
    errors: list[FieldError] = []
    if not draft.village_code:
        errors.append(FieldError("village_code", translate(
            "Supervision", "Pilih desa tempat temuan.")))
    found_on = _date(errors, "found_on", translate(
        "Supervision", "Tanggal temuan"), draft.found_on, True)
    deadline = _date(errors, "deadline", translate(
        "Supervision", "Batas waktu tindak lanjut"), draft.deadline,
                     False)
    if draft.category not in FINDING_CATEGORIES:
        errors.append(FieldError("category", translate("Supervision", "Pilih kategori temuan.")))
    if draft.severity not in SEVERITIES:
        errors.append(FieldError("severity", translate(
            "Supervision", "Pilih tingkat keparahan temuan.")))
    if not draft.description.strip():
        errors.append(FieldError("description", translate(
            "Supervision", "Uraian temuan wajib diisi.")))
    for name, label in (("description", translate("Supervision", "Uraian temuan")),
                        ("recommendation", translate("Supervision", "Rekomendasi"))):
        _long_text(errors, name, label, getattr(draft, name))
    if len(draft.responsible) > 300:
        errors.append(FieldError("responsible", translate("Supervision",
            "Penanggung jawab terlalu panjang (paling banyak 300 karakter).")))
    if found_on and deadline and deadline < found_on:
        errors.append(FieldError("deadline", translate("Supervision",
            "Batas waktu tindak lanjut tidak boleh sebelum tanggal temuan.")))
    if errors:
        raise SupervisionValidationError(errors)
    assert found_on is not None
    return CleanFinding(draft.village_code, found_on, draft.category, draft.severity,
                        draft.description.strip(), _optional(draft.recommendation),
                        _optional(draft.responsible), deadline, draft.visit_id,
                        draft.budget_line_id, draft.id)


def check_status_step(current: str, wanted: str) -> None:
    if wanted not in FINDING_STATUSES or wanted not in NEXT_STATUSES[current]:
        labels = status_labels()
        raise SupervisionValidationError([FieldError("status", translate("Supervision",
            "Status tidak dapat diubah dari '{current}' ke '{wanted}'.").format(
            current=labels.get(current, current), wanted=labels.get(wanted, wanted)))])
