"""Read a realisation report (Kode Rekening | Uraian | Anggaran | Realisasi | Lebih/(Kurang))
into checked budget lines; every problem names its cell, and any problem refuses the file.

Rows with a bidang/sub-bidang/kegiatan code (``02``, ``02.02``, ``02.02.01``) set the activity
of the account rows (``5.2.1.01``) that follow; a revenue or financing code (4…, 6…) ends it.
A row with parts below it is a subtotal: kept as stated, checked, never counted twice;
a subtotal row with no amounts at all is only a heading and is not kept.
An optional "Sumber Dana" column gives the source of spending lines; revenue lines take it
from the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop_app.core import column_mapping
from desktop_app.core.apbdes.amounts import ZERO, format_amount, parse_amount
from desktop_app.core.apbdes.catalogue import (
    ACCOUNT_CODE,
    ACTIVITY_CODE,
    SOURCES,
    AccountCatalogue,
)
from desktop_app.core.apbdes.lines import DETAIL, BudgetLine, classify
from desktop_app.core.column_mapping import (
    HEADER_SEARCH_ROWS,
    ColumnLayout,
    ColumnSpec,
    normalised,  # noqa: F401 - re-exported for the import dialog
)
from desktop_app.core.i18n import translate
from desktop_app.core.problems import InputFileError, Problem
from desktop_app.core.spreadsheet import cell_text, column_letter

MAX_PROBLEMS = 50
COLUMNS = {  # key -> accepted header texts (upper case, spaces collapsed)
    "code": ("KODE REKENING", "KODE", "KODE REK", "KODE REK."),
    "description": ("URAIAN",),
    "budget": ("ANGGARAN", "ANGGARAN (RP)", "PAGU"),
    "realisation": ("REALISASI", "REALISASI (RP)"),
    "difference": ("LEBIH/(KURANG)", "LEBIH / (KURANG)", "LEBIH (KURANG)", "SELISIH"),
    "source": ("SUMBER DANA", "SUMBER"),
}
REQUIRED = ("code", "description", "budget", "realisation")
COLUMN_SPEC = ColumnSpec("apbdes_mapping:", COLUMNS, REQUIRED)


@dataclass
class ReportContent:
    lines: list[BudgetLine]
    warnings: list[Problem] = field(default_factory=list)


def detect_layout(table: list[list[Any]]) -> ColumnLayout | None:
    """The layout found by the usual header texts in the first rows, if any."""
    return column_mapping.detect_layout(COLUMN_SPEC, table)


def read_lines(name: str, table: list[list[Any]], catalogue: AccountCatalogue,
               layout: ColumnLayout | None = None) -> ReportContent:
    """Checked lines of a report's cells; ``InputFileError`` lists every problem.

    Without ``layout`` the header is found by its usual texts.
    """
    return _Reader(name, catalogue).read(table, layout)


class _Reader:
    def __init__(self, name: str, catalogue: AccountCatalogue) -> None:
        self.name = name
        self.catalogue = catalogue
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.name, line, message))

    def header(self, table: list[list[Any]],
               layout: ColumnLayout | None) -> tuple[int, dict[str, int]]:
        layout = layout or detect_layout(table)
        if layout is not None:
            missing = [key for key in REQUIRED if key not in layout.columns]
            if missing or layout.header_row >= len(table):
                raise InputFileError([Problem(self.name, None, translate("ApbdesImport",
                    "pemetaan kolom tidak lengkap: {missing}").format(
                    missing=", ".join(missing) or "baris judul"))])
            return layout.header_row, layout.columns
        raise InputFileError([Problem(self.name, None, translate("ApbdesImport",
            "judul kolom Kode Rekening | Uraian | Anggaran | Realisasi tidak ditemukan di "
            "{count} baris pertama; bukan laporan realisasi APBDes").format(
            count=HEADER_SEARCH_ROWS))])

    def amount(self, cells: list[Any], column: int, line: int) -> Decimal | None:
        value = cells[column]
        if cell_text(value) is None:
            return None
        try:
            return parse_amount(value)
        except ValueError:
            self.problem(line, translate(
                "ApbdesImport", "sel {cell}: '{value}' bukan jumlah uang").format(
                cell=f"{column_letter(column)}{line}", value=cell_text(value)))
            return None

    def read(self, table: list[list[Any]], layout: ColumnLayout | None) -> ReportContent:
        start, columns = self.header(table, layout)
        width = max(columns.values()) + 1
        activity = ""
        seen: dict[tuple[str, str], int] = {}
        lines: list[BudgetLine] = []
        unstated: set[tuple[str, str]] = set()  # heading rows with no amounts
        for line, cells in enumerate(table[start + 1:], start=start + 2):
            cells = list(cells) + [None] * (width - len(cells))
            if all(cell_text(cells[i]) is None for i in columns.values()):
                continue  # spacer row
            code_cell = f"{column_letter(columns['code'])}{line}"
            code = (cell_text(cells[columns["code"]]) or "").rstrip(".")
            budget = self.amount(cells, columns["budget"], line)
            realised = self.amount(cells, columns["realisation"], line)
            if not code:
                if budget is not None or realised is not None:
                    self.problem(line, translate(
                        "ApbdesImport", "sel {cell}: kode rekening kosong pada baris "
                                        "berisi jumlah").format(cell=code_cell))
                continue
            if ACTIVITY_CODE.match(code):
                if not self.catalogue.knows_activity(code):
                    self.problem(line, translate(
                        "ApbdesImport", "sel {cell}: kode bidang/kegiatan '{code}' tidak "
                                        "dikenal").format(cell=code_cell, code=code))
                activity = code
                if budget is None and realised is None:
                    continue
                key = (activity, "")
            elif ACCOUNT_CODE.match(code):
                account = self.catalogue.account_for(code)
                if account is None:
                    self.problem(line, translate(
                        "ApbdesImport", "sel {cell}: kode rekening '{code}' tidak ada "
                                        "dalam daftar rekening").format(cell=code_cell,
                                                                          code=code))
                    continue
                if not code.startswith("5"):
                    activity = ""
                key = (activity, code)
            else:
                self.problem(line, translate(
                    "ApbdesImport", "sel {cell}: '{code}' bukan kode rekening atau kode "
                                    "kegiatan").format(cell=code_cell, code=code))
                continue
            if key in seen:
                self.problem(line, translate(
                    "ApbdesImport", "sel {cell}: baris {code} ganda (sudah ada di baris "
                                    "{first})").format(cell=code_cell, code=code,
                                                         first=seen[key]))
                continue
            seen[key] = line
            if budget is None and realised is None:
                unstated.add(key)
            if budget is not None and budget < 0:
                self.problem(line, translate(
                    "ApbdesImport", "sel {cell}: anggaran negatif ({value})").format(
                    cell=f"{column_letter(columns['budget'])}{line}",
                    value=format_amount(budget)))
            source = self.source(cells, columns, line, key)
            self.difference(cells, columns, line, budget, realised)
            lines.append(BudgetLine(
                activity_code=key[0], code=key[1],
                description=cell_text(cells[columns["description"]]) or "",
                budget=budget or ZERO, realisation=realised or ZERO, source=source,
                where=code_cell))
        if self.problems:
            raise InputFileError(self.problems)
        if not lines:
            raise InputFileError([Problem(self.name, None, translate(
                "ApbdesImport", "tidak ada baris anggaran"))])
        kept = [x for x in classify(lines)
                if x.kind == DETAIL or (x.activity_code, x.code) not in unstated]
        return ReportContent(kept, self.warnings)

    def source(self, cells: list[Any], columns: dict[str, int], line: int,
               key: tuple[str, str]) -> str | None:
        code = key[1]
        if code.startswith(("4", "6.1")):
            account = self.catalogue.account_for(code)
            return account.source if account else None
        if "source" not in columns:
            return None
        text = cell_text(cells[columns["source"]])
        if text is None:
            return None
        found = next((s for s in SOURCES if s.lower() == text.lower()), None)
        if found is None:
            self.problem(line, translate(
                "ApbdesImport", "sel {cell}: sumber dana '{value}' tidak dikenal (pilihan: "
                                "{choices})").format(
                cell=f"{column_letter(columns['source'])}{line}", value=text,
                choices=", ".join(SOURCES)))
        return found

    def difference(self, cells: list[Any], columns: dict[str, int], line: int,
                   budget: Decimal | None, realised: Decimal | None) -> None:
        """Lebih/(Kurang) as printed should be Anggaran − Realisasi; a mismatch is a warning."""
        if "difference" not in columns:
            return
        stated = self.amount(cells, columns["difference"], line)
        expected = (budget or ZERO) - (realised or ZERO)
        if stated is not None and stated != expected:
            self.warnings.append(Problem(self.name, line, translate("ApbdesImport",
                "sel {cell}: Lebih/(Kurang) tertulis {stated}, seharusnya {expected}").format(
                cell=f"{column_letter(columns['difference'])}{line}",
                stated=format_amount(stated), expected=format_amount(expected))))
