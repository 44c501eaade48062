"""Check the rows of the national IDM spreadsheet (read by :mod:`desktop_app.core.spreadsheet`).

Layouts (data README): 2024, sheet ``IDM 2024``: KODE_PROV … KODE_DESA, NAMA_DESA, IKS_2024,
IKE_2024, IKL_2024, NILAI_IDM_2024, STATUS_IDM_2024, Keterangan; 2023, sheet ``Sheet1``:
… KODE_DESA_DAGRI, DESA, IKS_2023 … STATUS_IDM_2023, UPDATE. The year is taken from the
``NILAI_IDM_<year>`` column, so later years with the same naming are read too.

Values are kept as published text: a CSV cell as written, an XLSX number as the shortest text
that reads back as the same binary number (what a spreadsheet shows at full precision).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import IndexCatalogue, StatusBand
from desktop_app.core.idm.rumusan import normalise_village_code
from desktop_app.core.problems import InputFileError, Problem
from desktop_app.core.regions.code_changes import CodeMap
from desktop_app.core.spreadsheet import cell_text, column_letter

MAX_PROBLEMS = 50
HEADER_SEARCH_ROWS = 10
CODE_COLUMNS = ("KODE_DESA", "KODE_DESA_DAGRI")
NAME_COLUMNS = ("NAMA_DESA", "DESA")
_YEAR_COLUMN = re.compile(r"^NILAI_IDM_(\d{4})$")


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
    published_code: str | None = None  # the sheet's code, when a code map replaced it


@dataclass(frozen=True)
class NotScored:
    line: int
    village_code: str
    reason: str


@dataclass(frozen=True)
class UnknownCode:
    """A row whose village code is not (or no longer) in the region list."""

    line: int
    village_code: str
    village_name: str | None


@dataclass
class SheetContent:
    year: int
    sheet: str
    rows: list[SheetRow]
    not_scored: list[NotScored]
    out_of_scope: int
    unknown: list[UnknownCode]


def choose_sheet(names: Sequence[str]) -> str:
    """The IDM sheet of a workbook: ``IDM <year>`` (2024 layout), else ``Sheet1`` (2023),
    else the first."""
    return next((s for s in names if re.fullmatch(r"\s*IDM\s*\d{4}\s*", s)), None) or \
        next((s for s in names if s.strip().lower() == "sheet1"), names[0])


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
                 registry: dict[str, str], code_map: CodeMap | None = None) -> None:
        self.name = name
        self.catalogue = catalogue
        self.scope = scope  # "64" or "64.01" or None
        self.registry = registry
        self.regencies = set(registry.values())
        self.code_map = code_map
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
                    raise InputFileError([Problem(self.name, position + 1, translate("IdmImport",
                        "kolom NILAI_IDM_<tahun> tidak ada; tahun tidak dapat ditentukan"))])
                year = years[0]
                columns = {n: i for i, n in reversed(list(enumerate(names))) if n}
                wanted = [next((c for c in CODE_COLUMNS if c in columns), CODE_COLUMNS[0]),
                          *(f"{k}_{year}" for k in ("IKS", "IKE", "IKL", "NILAI_IDM",
                                                    "STATUS_IDM"))]
                missing = [c for c in wanted if c not in columns]
                if missing:
                    raise InputFileError([Problem(self.name, position + 1, translate("IdmImport",
                        "kolom {missing} tidak ada; kolom yang ada: {found}").format(
                        missing=", ".join(missing), found=", ".join(n for n in names if n)))])
                return position, columns, year
        raise InputFileError([Problem(self.name, None, translate("IdmImport",
            "judul kolom KODE_DESA atau KODE_DESA_DAGRI tidak ditemukan di {count} baris "
            "pertama; bukan lembar IDM nasional").format(count=HEADER_SEARCH_ROWS))])

    def read(self, sheet: str, table: list[list[Any]]) -> SheetContent:
        start, columns, year = self.header(table)
        code_column = next(c for c in CODE_COLUMNS if c in columns)
        name_column = next((c for c in NAME_COLUMNS if c in columns), None)
        value_columns = [f"{prefix}_{year}" for prefix in ("IKS", "IKE", "IKL", "NILAI_IDM")]
        status_column = f"STATUS_IDM_{year}"
        content = SheetContent(year, sheet, [], [], 0, [])
        first_line: dict[str, int] = {}
        prefix = self.scope + "." if self.scope else ""
        code_at, status_at = columns[code_column], columns[status_column]
        name_at = columns[name_column] if name_column else None
        values_at = [columns[column] for column in value_columns]
        width = max(columns.values()) + 1
        numbers: dict[Any, tuple[str | None, Decimal | None]] = {}  # cell -> (text, number)
        bands: dict[str | None, StatusBand | None] = {}

        def read_number(cell: Any) -> tuple[str | None, Decimal | None]:
            found = numbers.get(cell)
            if found is None:
                text = cell_text(cell)
                found = numbers[cell] = (text, number(text))
            return found

        def ref(column: str, line: int) -> str:
            return f"{column} ({column_letter(columns[column])}{line})"

        for line, cells in enumerate(table[start + 1:], start=start + 2):
            if len(self.problems) >= MAX_PROBLEMS:
                break
            if len(cells) < width:
                cells = list(cells) + [None] * (width - len(cells))
            raw_code = cell_text(cells[code_at])
            if raw_code is None and all(cell_text(cells[i]) is None
                                        for i in (*values_at, status_at)):
                continue
            try:
                code = normalise_village_code(raw_code)
            except ValueError as error:
                self.problem(line, f"{ref(code_column, line)}: {error}")
                continue
            if not code.startswith(prefix):
                content.out_of_scope += 1
                continue
            if code in first_line:
                self.problem(line, translate(
                    "IdmImport", "{where}: desa {code} ganda (sudah ada di baris {first})")
                             .format(where=ref(code_column, line), code=code,
                                     first=first_line[code]))
                continue
            first_line[code] = line
            published_code = None
            if code not in self.registry:
                found = self.current_code(code, line, ref(code_column, line), first_line)
                if found is None:
                    if code[:5] in self.regencies:  # a changed code: skipped, not an error
                        content.unknown.append(UnknownCode(
                            line, code, cell_text(cells[name_at]) if name_at is not None
                            else None))
                    continue
                published_code, code = code, found
            iks_text, iks = read_number(cells[values_at[0]])
            if iks is None:
                reason = iks_text or translate("IdmImport", "nilai IKS kosong")
                content.not_scored.append(NotScored(line, code, reason))
                continue
            values: list[Decimal] = []
            for column, index in zip(value_columns, values_at, strict=True):
                text, value = read_number(cells[index])
                if value is None:
                    self.problem(line, translate(
                        "IdmImport", "{ref}: '{value}' bukan angka").format(
                        ref=ref(column, line), value=text or ""))
                elif not 0 <= value <= 1:
                    self.problem(line, translate(
                        "IdmImport", "{ref}: {value} di luar rentang 0–1").format(
                        ref=ref(column, line), value=text))
                else:
                    values.append(value)
            status_text = cell_text(cells[status_at]) or ""
            band = bands.get(status_text)
            if band is None:
                band = bands[status_text] = self.catalogue.status_by_name(status_text)
            if band is None:
                self.problem(line, translate(
                    "IdmImport", "{ref}: status '{value}' tidak dikenal").format(
                    ref=ref(status_column, line), value=status_text))
                continue
            if len(values) == 4:
                content.rows.append(SheetRow(
                    line, code, cell_text(cells[name_at]) if name_at is not None else None,
                    *values, status_text, band, published_code))
        if self.problems:
            raise InputFileError(self.problems)
        return content

    def current_code(self, code: str, line: int, where: str,
                     first_line: dict[str, int]) -> str | None:
        """The code map's current code for an unknown ``code``; None (with a problem when
        that is an error of the file or of the map) when there is none."""
        mapped = self.code_map.get(code) if self.code_map is not None else None
        if mapped is None:
            if code[:5] not in self.regencies:
                self.problem(line, translate("IdmImport",
                    "{where}: kode desa {code} tidak ada dalam daftar wilayah, dan kabupaten "
                    "{regency} belum ada dalam daftar: impor daftar wilayah Kemendagri dulu")
                    .format(where=where, code=code, regency=code[:5]))
            return None
        if self.scope and not mapped.startswith(self.scope + "."):
            self.problem(line, translate("IdmImport",
                "{where}: kode kini {new} untuk {code} (peta kode) berada di luar wilayah "
                "yang dipilih ({scope})").format(where=where, new=mapped, code=code,
                                                 scope=self.scope))
            return None
        if mapped in first_line:
            self.problem(line, translate("IdmImport",
                "{where}: desa {new} (kode kini untuk {code}, peta kode) ganda (sudah ada di "
                "baris {first})").format(where=where, new=mapped, code=code,
                                         first=first_line[mapped]))
            return None
        first_line[mapped] = line
        return mapped
