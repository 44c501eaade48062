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


def _t(text: str) -> str:
    return translate("Supervision", text)


def category_labels() -> dict[str, str]:
    return {"administrasi": _t("Administrasi"), "keuangan": _t("Keuangan"),
            "fisik": _t("Fisik/konstruksi"), "pengadaan": _t("Pengadaan"),
            "lainnya": _t("Lainnya")}


def severity_labels() -> dict[str, str]:
    return {"rendah": _t("Rendah"), "sedang": _t("Sedang"), "tinggi": _t("Tinggi")}


def status_labels() -> dict[str, str]:
    return {"open": _t("Terbuka"), "in_progress": _t("Sedang ditindaklanjuti"),
            "resolved": _t("Selesai ditindaklanjuti"), "verified": _t("Diverifikasi")}


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
            errors.append(FieldError(name, _t("{label} wajib diisi.").format(label=label)))
        return None
    try:
        return parse_date(text)
    except ValueError:
        errors.append(FieldError(name, _t(
            "{label}: '{text}' bukan tanggal (contoh: 23-10-2026).").format(
            label=label, text=text.strip())))
        return None


def _long_text(errors: list[FieldError], name: str, label: str, text: str) -> None:
    if len(text) > MAX_TEXT:
        errors.append(FieldError(name, _t(
            "{label} terlalu panjang ({count} karakter; paling banyak {limit}).").format(
            label=label, count=len(text), limit=MAX_TEXT)))


def clean_visit(draft: VisitDraft) -> CleanVisit:
    errors: list[FieldError] = []
    if not draft.village_code:
        errors.append(FieldError("village_code", _t("Pilih desa yang dikunjungi.")))
    visit_date = _date(errors, "visit_date", _t("Tanggal kunjungan"), draft.visit_date, True)
    officers = [o.strip() for o in draft.officers if o.strip()]
    if not officers:
        errors.append(FieldError("officers", _t("Isi paling sedikit satu petugas.")))
    for name, label in (("purpose", _t("Tujuan")), ("inspected", _t("Yang diperiksa")),
                        ("notes", _t("Catatan"))):
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
        errors.append(FieldError("village_code", _t("Pilih desa tempat temuan.")))
    found_on = _date(errors, "found_on", _t("Tanggal temuan"), draft.found_on, True)
    deadline = _date(errors, "deadline", _t("Batas waktu tindak lanjut"), draft.deadline,
                     False)
    if draft.category not in FINDING_CATEGORIES:
        errors.append(FieldError("category", _t("Pilih kategori temuan.")))
    if draft.severity not in SEVERITIES:
        errors.append(FieldError("severity", _t("Pilih tingkat keparahan temuan.")))
    if not draft.description.strip():
        errors.append(FieldError("description", _t("Uraian temuan wajib diisi.")))
    for name, label in (("description", _t("Uraian temuan")),
                        ("recommendation", _t("Rekomendasi"))):
        _long_text(errors, name, label, getattr(draft, name))
    if len(draft.responsible) > 300:
        errors.append(FieldError("responsible", _t(
            "Penanggung jawab terlalu panjang (paling banyak 300 karakter).")))
    if found_on and deadline and deadline < found_on:
        errors.append(FieldError("deadline", _t(
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
        raise SupervisionValidationError([FieldError("status", _t(
            "Status tidak dapat diubah dari '{current}' ke '{wanted}'.").format(
            current=labels.get(current, current), wanted=labels.get(wanted, wanted)))])
