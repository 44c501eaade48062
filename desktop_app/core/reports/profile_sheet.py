"""The village profile sheet: identity, head, boundaries, infrastructure, BUMDes, people."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.core.clock import SYSTEM_CLOCK
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.reports.document import (
    Letterhead,
    Progress,
    ReportBuilder,
    ReportResult,
    text,
)
from desktop_app.core.reports.formatting import long_date, number
from desktop_app.core.reports.settings import load_report_settings
from desktop_app.core.villages.profile import VillageProfileView, load_profile
from desktop_app.core.villages.profile_fields import FieldSpec, profile_fields, sections

EMPTY = "—"


def kind_label(kind: str) -> str:
    return {"desa": translate("Reports", "Desa"), "kampung": translate("Reports", "Kampung"),
            "kelurahan": translate("Reports", "Kelurahan")}.get(kind, kind)


def printed_value(spec: FieldSpec, value: Any) -> str:
    """A profile value in words for paper: choice labels, decimal commas, units."""
    if value is None or value == "":
        return EMPTY
    if spec.kind == "yesno":
        shown = translate("Reports", "Ya") if value else translate("Reports", "Tidak")
    elif spec.kind == "choice":
        shown = dict(spec.choices).get(value, str(value))
    elif spec.kind == "float":
        shown = number(value, 2).rstrip("0").rstrip(",")
    elif spec.kind == "int":
        shown = number(value)
    else:
        shown = str(value)
    if spec.unit == "°":
        return f"{shown}°"
    return f"{shown} {spec.unit}".strip() if spec.unit else shown


def build_profile_sheet(
    view: VillageProfileView,
    letterhead: Letterhead | None = None,
    paper: str = "A4",
    printed_on: date | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    identity = view.identity
    kind = kind_label(identity.kind)
    builder = ReportBuilder(
        translate("Reports", "Profil {kind} {name}").format(kind=kind, name=identity.name),
        letterhead, paper,
        progress, footer_note=translate("Reports", "Profil {kind} {name} · dicetak {day}").format(
            kind=kind, name=identity.name,
            day=long_date(printed_on or SYSTEM_CLOCK.today(), with_day_name=False)),
    )
    builder.title_block(translate(
        "Reports", "PROFIL {kind}").format(kind=kind.upper()), identity.name)
    identity_rows = [
        (translate("Reports", "Nama {kind}").format(kind=kind.lower()), identity.name),
        (translate("Reports", "Kode wilayah"), identity.code),
        (translate("Reports", "Kecamatan"), identity.district_name),
        (translate("Reports", "Kabupaten/Kota"), identity.regency_name),
    ]
    if not identity.active:
        identity_rows.append((translate("Reports", "Keterangan"),
                              translate("Reports", "Tidak aktif dalam daftar resmi")))
    specs = profile_fields()
    by_section: dict[str, list[FieldSpec]] = {}
    for spec in specs:
        by_section.setdefault(spec.section, []).append(spec)
    for key, label in sections():
        builder.heading(label)
        rows = identity_rows if key == "identity" else []
        rows = rows + [(spec.label, printed_value(spec, view.values.get(spec.name)))
                       for spec in by_section.get(key, []) if spec.kind != "longtext"]
        if rows:
            builder.key_values(rows, label_width_mm=62)
        for spec in by_section.get(key, []):
            if spec.kind == "longtext":
                label = spec.label.split(" (")[0]  # drop typing hints like "(satu per baris)"
                builder.add(builder.para(f"<b>{text(label)}</b>", "left"))
                builder.paragraph(view.values.get(spec.name), EMPTY)
        if key == "identity":
            _population(builder, view)
    return builder.build()


def _population(builder: ReportBuilder, view: VillageProfileView) -> None:
    builder.heading(translate("Reports", "Penduduk"))
    builder.table(
        [translate("Reports", "Tahun"), translate("Reports", "Jumlah penduduk (jiwa)"),
         translate("Reports", "Jumlah KK")],
        [[str(p.year), number(p.population) or EMPTY, number(p.households) or EMPTY]
         for p in view.population],
        widths=[1, 2, 2], align="CRR",
        placeholder=translate("Reports", "Data penduduk belum diisi."),
    )


def profile_sheet_for(db: Database, code: str, progress: Progress | None = None,
                      printed_on: date | None = None) -> ReportResult:
    """Load the profile and the report settings, then build (run in a worker thread)."""
    with db.reading() as session:
        view = load_profile(session, code)
        settings = load_report_settings(session)
    return build_profile_sheet(view, settings.letterhead, settings.paper, printed_on, progress)
