"""Read the national IDM spreadsheet (XLSX/XLS via calamine, or CSV) into checked rows.

Layouts (data README): 2024, sheet ``IDM 2024``: KODE_PROV … KODE_DESA, NAMA_DESA, IKS_2024,
IKE_2024, IKL_2024, NILAI_IDM_2024, STATUS_IDM_2024, Keterangan; 2023, sheet ``Sheet1``:
… KODE_DESA_DAGRI, DESA, IKS_2023 … STATUS_IDM_2023, UPDATE. The year is taken from the
``NILAI_IDM_<year>`` column, so later years with the same naming are read too.

Values are kept as published text: a CSV cell as written, an XLSX number as the shortest text
that reads back as the same binary number (what a spreadsheet shows at full precision).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import IndexCatalogue, StatusBand
from desktop_app.core.idm.rumusan import normalise_village_code
from desktop_app.core.problems import InputFileError, Problem

MAX_PROBLEMS = 50
HEADER_SEARCH_ROWS = 10
CODE_COLUMNS = ("KODE_DESA", "KODE_DESA_DAGRI")
NAME_COLUMNS = ("NAMA_DESA", "DESA")
_YEAR_COLUMN = re.compile(r"^NILAI_IDM_(\d{4})$")
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"
_BINARY = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"Rar!", b"\x1f\x8b")


def _t(text: str) -> str:
    return translate("IdmImport", text)


@dataclass(frozen=True)
class SheetRow:
    """One scored village row, values as published text."""

    line: int  # spreadsheet row number (1-based, as the user sees it)
    village_code: str
    village_name: str | None
    iks: Decimal
    ike: Decimal
    ikl: Decimal
    idm: Decimal
    status_text: str
    status: StatusBand


@dataclass(frozen=True)
class NotScored:
    line: int
    village_code: str
    reason: str


@dataclass
class SheetContent:
    year: int
    sheet: str
    rows: list[SheetRow]
    not_scored: list[NotScored]
    out_of_scope: int


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_table(path: Path) -> tuple[str, list[list[Any]]]:
    """(sheet name, rows as cell lists) of an XLSX/XLS workbook or a CSV file."""
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise InputFileError([Problem(name, None, _t("berkas tidak dapat dibaca: {detail}")
                                      .format(detail=error))]) from error
    if head.startswith((_ZIP, _OLE)):
        return _read_workbook(path)
    if path.suffix.lower() in (".xlsx", ".xls", ".xlsm") or head.startswith(_BINARY) or \
            not head.strip():
        raise InputFileError([Problem(name, None, _t(
            "bukan lembar kerja XLSX/XLS atau CSV yang dapat dibaca (kosong atau isi lain)"))])
    return "CSV", _read_csv(path)


def _read_workbook(path: Path) -> tuple[str, list[list[Any]]]:
    import pandas as pd  # heavy; only when a workbook is read

    try:
        sheets = pd.ExcelFile(path, engine="calamine")
        names = list(sheets.sheet_names)
        sheet = next((s for s in names if re.fullmatch(r"\s*IDM\s*\d{4}\s*", s)), None) or \
            next((s for s in names if s.strip().lower() == "sheet1"), names[0])
        frame = pd.read_excel(sheets, sheet_name=sheet, header=None, dtype=object)
    except Exception as error:  # calamine raises its own types for broken files
        raise InputFileError([Problem(path.name, None, _t(
            "bukan lembar kerja yang dapat dibaca: {detail}").format(detail=error))]) from error
    frame = frame.astype(object).where(frame.notna(), None)
    return sheet, frame.to_numpy().tolist()


def _read_csv(path: Path) -> list[list[Any]]:
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise InputFileError([Problem(path.name, None, _t("bukan berkas CSV (isi biner)"))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        return [list(row) for row in csv.reader(text.splitlines(), delimiter=delimiter)]
    except csv.Error as error:
        raise InputFileError([Problem(path.name, None, _t("format CSV rusak: {detail}")
                                      .format(detail=error))]) from error


def cell_text(value: Any) -> str | None:
    """The published text of a cell; None when empty."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        if value.is_integer() and abs(value) >= 1:
            return str(int(value))
        return repr(value)
    text = " ".join(str(value).split())
    return text or None


def number(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class SheetReader:
    """Finds the header, the year and the columns; checks every row of the scope."""

    def __init__(self, name: str, catalogue: IndexCatalogue, scope: str | None,
                 registry: dict[str, str]) -> None:
        self.name = name
        self.catalogue = catalogue
        self.scope = scope  # "64" or "64.01" or None
        self.registry = registry
        self.problems: list[Problem] = []

    def problem(self, line: int | None, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.name, line, message))

    def header(self, table: list[list[Any]]) -> tuple[int, dict[str, int], int]:
        for position, row in enumerate(table[:HEADER_SEARCH_ROWS]):
            names = [(cell_text(cell) or "").upper() for cell in row]
            if any(code in names for code in CODE_COLUMNS):
                years = [int(m.group(1)) for n in names if (m := _YEAR_COLUMN.match(n))]
                if not years:
                    raise InputFileError([Problem(self.name, position + 1, _t(
                        "kolom NILAI_IDM_<tahun> tidak ada; tahun tidak dapat ditentukan"))])
                year = years[0]
                columns = {n: i for i, n in reversed(list(enumerate(names))) if n}
                wanted = [next((c for c in CODE_COLUMNS if c in columns), CODE_COLUMNS[0]),
                          *(f"{k}_{year}" for k in ("IKS", "IKE", "IKL", "NILAI_IDM",
                                                    "STATUS_IDM"))]
                missing = [c for c in wanted if c not in columns]
                if missing:
                    raise InputFileError([Problem(self.name, position + 1, _t(
                        "kolom {missing} tidak ada; kolom yang ada: {found}").format(
                        missing=", ".join(missing), found=", ".join(n for n in names if n)))])
                return position, columns, year
        raise InputFileError([Problem(self.name, None, _t(
            "judul kolom KODE_DESA atau KODE_DESA_DAGRI tidak ditemukan di {count} baris "
            "pertama; bukan lembar IDM nasional").format(count=HEADER_SEARCH_ROWS))])

    def read(self, sheet: str, table: list[list[Any]]) -> SheetContent:
        start, columns, year = self.header(table)
        code_column = next(c for c in CODE_COLUMNS if c in columns)
        name_column = next((c for c in NAME_COLUMNS if c in columns), None)
        value_columns = [(key, f"{prefix}_{year}") for key, prefix in
                         (("iks", "IKS"), ("ike", "IKE"), ("ikl", "IKL"), ("idm", "NILAI_IDM"))]
        status_column = f"STATUS_IDM_{year}"
        content = SheetContent(year, sheet, [], [], 0)
        first_line: dict[str, int] = {}
        prefix = self.scope + "." if self.scope else ""
        needed = [code_column, *(c for _k, c in value_columns), status_column,
                  *([name_column] if name_column else [])]
        positions = [(name, columns[name]) for name in needed]
        width = max(columns.values()) + 1
        for line, raw in enumerate(table[start + 1:], start=start + 2):
            if len(self.problems) >= MAX_PROBLEMS:
                break
            cells = list(raw) + [None] * (width - len(raw))
            texts = {name: cell_text(cells[index]) for name, index in positions}
            if not any(texts.values()):
                continue
            raw_code = texts[code_column]
            where = f"{code_column} ({column_letter(columns[code_column])}{line})"
            try:
                code = normalise_village_code(raw_code)
            except ValueError as error:
                self.problem(line, f"{where}: {error}")
                continue
            if not code.startswith(prefix):
                content.out_of_scope += 1
                continue
            if code in first_line:
                self.problem(line, _t("{where}: desa {code} ganda (sudah ada di baris {first})")
                             .format(where=where, code=code, first=first_line[code]))
                continue
            first_line[code] = line
            if code not in self.registry:
                self.problem(line, _t("{where}: kode desa {code} tidak ada dalam daftar "
                                      "wilayah").format(where=where, code=code))
                continue
            iks_text = texts[value_columns[0][1]]
            if number(iks_text) is None:
                reason = iks_text or _t("nilai IKS kosong")
                content.not_scored.append(NotScored(line, code, reason))
                continue
            values: dict[str, Decimal] = {}
            for key, column in value_columns:
                ref = f"{column} ({column_letter(columns[column])}{line})"
                value = number(texts[column])
                if value is None:
                    self.problem(line, _t("{ref}: '{value}' bukan angka").format(
                        ref=ref, value=texts[column] or ""))
                elif not 0 <= value <= 1:
                    self.problem(line, _t("{ref}: {value} di luar rentang 0–1").format(
                        ref=ref, value=texts[column]))
                else:
                    values[key] = value
            status_text = texts[status_column] or ""
            band = self.catalogue.status_by_name(status_text)
            if band is None:
                self.problem(line, _t("{ref}: status '{value}' tidak dikenal").format(
                    ref=f"{status_column} ({column_letter(columns[status_column])}{line})",
                    value=status_text))
                continue
            if len(values) == 4:
                content.rows.append(SheetRow(
                    line, code, texts[name_column] if name_column else None,
                    values["iks"], values["ike"], values["ikl"], values["idm"],
                    status_text, band))
        if self.problems:
            raise InputFileError(self.problems)
        return content
