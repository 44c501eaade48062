"""The Rencana Aksi views as one spreadsheet: coverage, delivery per actor, actors per
indicator and effect (openpyxl)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.coverage import coverage
from desktop_app.core.action_plan.delivery import actor_delivery, indicator_actors
from desktop_app.core.action_plan.effect import OUTCOMES, effect_tallies
from desktop_app.core.action_plan.labels import effect_labels, kind_labels
from desktop_app.core.i18n import translate


def _sheet(sheet: Worksheet, title: str, header: list[str], widths: list[int]) -> None:
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append(header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A3"


def export_action_plan(session: Session, path: Path, year: int, region: str | None,
                       region_name: str, today: date) -> None:
    """Write the four views of ``region`` and ``year`` to ``path``; amounts as numbers
    (the path cache brought up to date first: :func:`ensure_path_cache`)."""
    book = Workbook()
    title = translate("ActionPlanExport", "{region} — Tahun {year}").format(
        region=region_name, year=year)
    sheet = book.active
    sheet.title = translate("ActionPlanExport", "Cakupan")
    _sheet(sheet, title, [translate("ActionPlanExport", t) for t in (
        "Kode desa", "Desa", "Kecamatan", "Penilaian dasar", "No", "Indikator",
        "Urutan di jalur naik", "Disepakati", "Diusulkan")], [16, 24, 20, 14, 6, 40, 10, 11, 11])
    for row in coverage(session, year, region):
        sheet.append([row.village_code, row.village_name, row.district_name, row.base_year,
                      int(row.element_code), row.element, row.rank, row.agreed, row.proposed])
    sheet = book.create_sheet(translate("ActionPlanExport", "Pelaku"))
    _sheet(sheet, title, [translate("ActionPlanExport", t) for t in (
        "Pelaku", "Jenis", "Komitmen", "Selesai", "Terlambat", "Batal", "Anggaran disepakati",
        "Realisasi")], [40, 20, 11, 10, 11, 8, 20, 20])
    kinds = kind_labels()
    for item in actor_delivery(session, today, year, region):
        sheet.append([item.name, kinds.get(item.kind, item.kind), item.commitments,
                      item.delivered, item.late, item.cancelled, item.budget_agreed,
                      item.budget_realised])
        for cell in sheet[sheet.max_row][6:8]:
            cell.number_format = "#,##0.00"
    sheet = book.create_sheet(translate("ActionPlanExport", "Indikator"))
    _sheet(sheet, title, [translate("ActionPlanExport", t) for t in (
        "No", "Indikator", "Pelaku", "Desa", "Intervensi")], [6, 40, 40, 8, 11])
    for cover in indicator_actors(session, year, region):
        sheet.append([int(cover.element_code), cover.element, cover.actor, cover.villages,
                      cover.interventions])
    labels = effect_labels()
    by_actor, by_indicator = effect_tallies(session, region)
    for name, tallies in ((translate("ActionPlanExport", "Dampak per pelaku"), by_actor),
                          (translate("ActionPlanExport", "Dampak per indikator"),
                           by_indicator)):
        sheet = book.create_sheet(name[:31])
        _sheet(sheet, translate("ActionPlanExport", "{region} — intervensi selesai, semua "
                                                    "tahun").format(region=region_name),
               [translate("ActionPlanExport", "Pelaku/indikator"),
                *[labels[o] for o in OUTCOMES], translate("ActionPlanExport", "Jumlah")],
               [40, 10, 10, 10, 14, 10])
        for tally in tallies:
            sheet.append([tally.label, *[tally.counts[o] for o in OUTCOMES], tally.total])
    book.save(path)
