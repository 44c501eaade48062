"""Import published Indeks Desa results (per village: total, dimension scores where given,
status) from a spreadsheet whose layout is not fixed yet.

Columns are found by their usual header texts or, for an unfamiliar layout, chosen once by the
user and remembered (:mod:`desktop_app.core.column_mapping`). The file is all-or-nothing: every
problem names its row and cell, and any problem refuses the whole file. Values are kept as
published (text); a re-import replaces that year's results of the villages in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from desktop_app.core.column_mapping import (
    ColumnLayout,
    ColumnSpec,
    known_layout,
    remember_layout,
    remembered_layouts,
)
from desktop_app.core.db import Database, insert_many
from desktop_app.core.i18n import translate
from desktop_app.core.ids import new_ids
from desktop_app.core.index.catalogue import IndexCatalogue, StatusBand
from desktop_app.core.index.definitions import INDEKS_DESA, indeks_desa_catalogue
from desktop_app.core.models import Base, IndexOfficialResult, Village
from desktop_app.core.problems import InputFileError, Problem
from desktop_app.core.regions.codes import Level, normalise_code
from desktop_app.core.spreadsheet import cell_text, column_letter, read_table

MAX_PROBLEMS = 50
DIMENSION_HEADERS = {
    "I": ("LAYANAN DASAR", "DIMENSI LAYANAN DASAR", "SKOR LAYANAN DASAR"),
    "II": ("SOSIAL", "DIMENSI SOSIAL", "SKOR SOSIAL"),
    "III": ("EKONOMI", "DIMENSI EKONOMI", "SKOR EKONOMI"),
    "IV": ("LINGKUNGAN", "DIMENSI LINGKUNGAN", "SKOR LINGKUNGAN"),
    "V": ("AKSESIBILITAS", "DIMENSI AKSESIBILITAS", "SKOR AKSESIBILITAS"),
    "VI": ("TATA KELOLA PEMERINTAHAN DESA", "TATA KELOLA", "DIMENSI TATA KELOLA"),
}
COLUMN_SPEC = ColumnSpec(
    "indeks_desa_mapping:",
    {
        "village_code": ("KODE DESA", "KODE WILAYAH", "KODE KEMENDAGRI", "KODE DESA/KEL", "KODE"),
        "village_name": ("NAMA DESA", "DESA", "DESA/KELURAHAN", "NAMA"),
        "total": (
            "NILAI ID",
            "SKOR ID",
            "INDEKS DESA",
            "NILAI INDEKS DESA",
            "NILAI",
            "SKOR",
            "TOTAL",
        ),
        "status": ("STATUS", "STATUS DESA", "STATUS ID", "STATUS INDEKS DESA"),
        **DIMENSION_HEADERS,
    },
    ("village_code", "status"),
)
FIELD_NAMES = {
    "village_code": "Kode desa",
    "village_name": "Nama desa",
    "total": "Nilai ID",
    "status": "Status",
}



@dataclass
class OfficialImportReport:
    file: str
    year: int
    added: int = 0
    replaced: int = 0
    layout: ColumnLayout | None = None
    warnings: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        return translate(
            "IndeksDesaOfficialImport",
            "{file}: {added} hasil baru, {replaced} diganti (tahun {year})",
        ).format(file=self.file, added=self.added, replaced=self.replaced, year=self.year)


def _decimal(text: str) -> Decimal:
    value = Decimal(text.replace(",", "."))
    if not value.is_finite():
        raise InvalidOperation(text)
    return value


class _Reader:
    def __init__(self, name: str, catalogue: IndexCatalogue, villages: set[str]) -> None:
        self.name, self.catalogue, self.villages = name, catalogue, villages
        self.problems: list[Problem] = []
        self.count = 0

    def problem(self, line: int | None, message: str) -> None:
        self.count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.name, line, message))

    def score(self, text: str | None, column: int, line: int) -> str | None:
        if text is None:
            return None
        try:
            value = _decimal(text)
        except (InvalidOperation, ValueError):
            self.problem(
                line,
                translate("IndeksDesaOfficialImport", "sel {cell}: '{value}' bukan angka").format(
                    cell=f"{column_letter(column)}{line}", value=text
                ),
            )
            return None
        if not 0 <= value <= 100:
            self.problem(
                line,
                translate(
                    "IndeksDesaOfficialImport", "sel {cell}: {value} di luar rentang 0–100"
                ).format(cell=f"{column_letter(column)}{line}", value=text),
            )
        return text

    def rows(self, table: list[list[Any]], layout: ColumnLayout) -> list[dict[str, Any]]:
        columns = layout.columns
        seen: dict[str, int] = {}
        out: list[dict[str, Any]] = []
        dimensions = [code for code in DIMENSION_HEADERS if code in columns]
        statuses: dict[str, StatusBand | None] = {}

        def text(key: str, cells: list[Any]) -> str | None:
            position = columns.get(key)
            if position is None or position >= len(cells):
                return None
            return cell_text(cells[position])

        for index in range(layout.header_row + 1, len(table)):
            cells = table[index]
            line = index + 1
            raw_code = text("village_code", cells)
            if raw_code is None and not any(cell_text(c) for c in cells):
                continue
            try:
                code = normalise_code(raw_code or "", Level.VILLAGE)
            except ValueError:
                self.problem(
                    line,
                    translate(
                        "IndeksDesaOfficialImport", "sel {cell}: '{value}' bukan kode desa"
                    ).format(cell=f"{column_letter(columns['village_code'])}{line}",
                             value=raw_code or ""),
                )
                continue
            if code not in self.villages:
                self.problem(
                    line,
                    translate(
                        "IndeksDesaOfficialImport",
                        "kode desa {code} tidak ada dalam daftar wilayah",
                    ).format(code=code),
                )
                continue
            if code in seen:
                self.problem(
                    line,
                    translate(
                        "IndeksDesaOfficialImport", "desa {code} sudah ada di baris {first}"
                    ).format(code=code, first=seen[code]),
                )
                continue
            seen[code] = line
            status_text = text("status", cells) or ""
            if status_text not in statuses:
                statuses[status_text] = self.catalogue.status_by_name(status_text)
            band = statuses[status_text]
            if band is None:
                self.problem(
                    line,
                    translate(
                        "IndeksDesaOfficialImport", "sel {cell}: status '{value}' tidak dikenal"
                    ).format(
                        cell=f"{column_letter(columns['status'])}{line}", value=status_text
                    ),
                )
            total = None
            if "total" in columns:
                total = self.score(text("total", cells), columns["total"], line)
            scores = {}
            for dim in dimensions:
                value = self.score(text(dim, cells), columns[dim], line)
                if value is not None:
                    scores[dim] = value
            out.append(
                {
                    "village_code": code,
                    "regency_code": code[:5],
                    "total": total,
                    "dimension_scores": scores or None,
                    "status": band.name if band else None,
                }
            )
        return out


def read_official_results(
    name: str,
    table: list[list[Any]],
    catalogue: IndexCatalogue,
    villages: set[str],
    layout: ColumnLayout | None,
) -> list[dict[str, Any]]:
    """Checked rows of a results sheet; ``InputFileError`` lists every problem."""
    if layout is None:
        raise InputFileError(
            [
                Problem(
                    name,
                    None,
                    translate(
                        "IndeksDesaOfficialImport",
                        "judul kolom Kode Desa dan Status tidak ditemukan; tunjukkan kolomnya",
                    ),
                )
            ]
        )
    missing = [
        FIELD_NAMES.get(key, key) for key in COLUMN_SPEC.required if key not in layout.columns
    ]
    if missing:
        raise InputFileError(
            [
                Problem(
                    name,
                    None,
                    translate(
                        "IndeksDesaOfficialImport", "pemetaan kolom tidak lengkap: {missing}"
                    ).format(missing=", ".join(missing)),
                )
            ]
        )
    reader = _Reader(name, catalogue, villages)
    rows = reader.rows(table, layout)
    if reader.problems:
        if reader.count > len(reader.problems):
            reader.problems.append(
                Problem(
                    name,
                    None,
                    translate(
                        "IndeksDesaOfficialImport", "… {count} masalah lain tidak ditampilkan"
                    ).format(count=reader.count - len(reader.problems)),
                )
            )
        raise InputFileError(reader.problems)
    if not rows:
        raise InputFileError(
            [Problem(name, None, translate("IndeksDesaOfficialImport", "tidak ada baris hasil"))]
        )
    return rows


def import_official_results(
    db: Database,
    path: Path,
    year: int,
    imported_at: datetime,
    layout: ColumnLayout | None = None,
    remember: bool = False,
    data_dir: Path | None = None,
) -> OfficialImportReport:
    """Read, check and store one file of official results for ``year``, all or nothing.

    ``layout`` is the user's column choice for an unfamiliar header (remembered when
    ``remember``); without it a remembered or recognised layout is used."""
    _sheet, table = read_table(path)
    catalogue = indeks_desa_catalogue(year, data_dir)
    with db.reading() as session:
        villages = set(session.scalars(select(Village.code)))
        chosen = layout or known_layout(
            COLUMN_SPEC, remembered_layouts(session, COLUMN_SPEC), table
        )
    rows = read_official_results(path.name, table, catalogue, villages, chosen)
    report = OfficialImportReport(path.name, year, layout=chosen)
    codes = [row["village_code"] for row in rows]
    with db.writing() as session:
        if remember and layout is not None:
            remember_layout(session, COLUMN_SPEC, table, layout)
        existing: set[str] = set()
        for start in range(0, len(codes), 900):
            part = codes[start : start + 900]
            existing.update(
                session.scalars(
                    select(IndexOfficialResult.village_code).where(
                        IndexOfficialResult.year == year,
                        IndexOfficialResult.index_code == INDEKS_DESA,
                        IndexOfficialResult.village_code.in_(part),
                    )
                )
            )
            if existing:
                session.execute(
                    delete(IndexOfficialResult).where(
                        IndexOfficialResult.year == year,
                        IndexOfficialResult.index_code == INDEKS_DESA,
                        IndexOfficialResult.village_code.in_(part),
                    )
                )
        ids = new_ids(len(rows))
        insert_many(
            session,
            Base.metadata.tables["index_official_result"],
            [{**row, "id": row_id} for row, row_id in zip(rows, ids, strict=True)],
            {
                "year": year,
                "index_code": INDEKS_DESA,
                "source": path.name[:300],
                "imported_at": imported_at,
            },
        )
    report.replaced = len(existing)
    report.added = len(rows) - report.replaced
    return report
