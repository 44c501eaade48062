"""Spreadsheet exports of IDM tables (openpyxl)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop_app.core.i18n import translate
from desktop_app.core.idm.synergy import SynergyCell

LEVEL_NAMES = {"PUSAT": "Pusat", "PROV": "Provinsi", "KAB": "Kabupaten", "DESA": "Desa",
               "CSR": "CSR", "LAINNYA": "Lainnya"}


def export_synergy_matrix(cells: list[SynergyCell], path: Path, title: str) -> None:
    """One row per agency and weak indicator, with the number of villages and their names
    (where the matrix was read with them)."""
    book = Workbook()
    sheet = book.active
    sheet.title = translate("IdmExport", "Sinergi OPD")
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=12)
    header = [translate("IdmExport", text) for text in (
        "Instansi", "Tingkat", "No", "Indikator lemah", "Jumlah desa", "Desa")]
    if any(item.count and not item.villages for item in cells):  # read without names
        header[-1] = translate(
            "IdmExport", "Desa (nama tidak dicantumkan untuk wilayah seluas ini; ekspor per "
            "kabupaten untuk daftar nama)")
    sheet.append(header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for item in cells:
        sheet.append([item.agency, LEVEL_NAMES.get(item.level, item.level),
                      item.indicator_number, item.indicator, item.count,
                      "; ".join(item.villages)])
    for column, width in zip("ABCDEF", (28, 12, 6, 40, 12, 80), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A3"
    book.save(path)
