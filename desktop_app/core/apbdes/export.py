"""Write a stored budget back to XLSX in the realisation-report layout it is imported from.

Amounts are written as exact numbers (openpyxl writes a Decimal as it is),
kegiatan headings are repeated so the file imports back to the same lines.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from desktop_app.core.apbdes.catalogue import default_accounts
from desktop_app.core.apbdes.overview import BudgetView
from desktop_app.core.i18n import translate

HEADER = ("Kode Rekening", "Uraian", "Sumber Dana", "Anggaran", "Realisasi",
          "Lebih/(Kurang)")
AMOUNT_FORMAT = "#,##0.00;(#,##0.00)"


def export_budget(view: BudgetView, village_name: str, target: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = f"APBDes {view.year}"[:31]
    title = translate("ApbdesExport", "LAPORAN REALISASI APBDES {village} TAHUN {year} ({version})")
    sheet.append([title.format(village=village_name.upper(), year=view.year,
                               version=view.version.upper())])
    sheet["A1"].font = Font(bold=True)
    sheet.append([])
    sheet.append(list(HEADER))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    names = default_accounts().activities
    activity = ""
    for line in view.lines:
        if line.activity_code != activity and line.activity_code:
            activity = line.activity_code
            if line.code:  # the kegiatan heading was not a stored row: write it
                sheet.append([activity, names.get(activity, ""), None, None, None, None])
        elif not line.activity_code:
            activity = ""
        code = line.code or line.activity_code
        sheet.append([code, line.description, line.source if line.code.startswith("5") else
                      None, line.budget, line.realisation,
                      line.budget - line.realisation])
    for row in sheet.iter_rows(min_row=4, min_col=4, max_col=6):
        for cell in row:
            cell.number_format = AMOUNT_FORMAT
    for column, width in zip("ABCDEF", (16, 50, 12, 18, 18, 18), strict=True):
        sheet.column_dimensions[column].width = width
    partial = target.with_name(target.name + ".part")
    book.save(partial)
    partial.replace(target)

