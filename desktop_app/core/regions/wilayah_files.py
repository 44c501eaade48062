"""Read and check the Kemendagri CSV set (provinces, regencies, districts, villages)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.i18n import translate
from desktop_app.core.problems import InputFileError, Problem
from desktop_app.core.regions.codes import Level, normalise_code, parent_code


@dataclass(frozen=True)
class RegionFile:
    name: str
    level: Level
    parent_column: str | None


REGION_FILES = (
    RegionFile("provinces.csv", Level.PROVINCE, None),
    RegionFile("regencies.csv", Level.REGENCY, "province_code"),
    RegionFile("districts.csv", Level.DISTRICT, "regency_code"),
    RegionFile("villages.csv", Level.VILLAGE, "district_code"),
)
MAX_PROBLEMS_PER_FILE = 50
_BINARY_SIGNATURES = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0")  # zip/xlsx, pdf, xls


@dataclass(frozen=True)
class RegionRow:
    code: str
    parent: str | None
    name: str
    line: int


def decode_csv(path: Path) -> str:
    """The file's text; InputFileError if it is missing, empty, binary or not UTF-8."""
    name = path.name
    if not path.is_file():
        raise InputFileError([Problem(name, None, translate(
            "WilayahImport", "berkas tidak ditemukan di {folder}")
                                      .format(folder=path.parent))])
    data = path.read_bytes()
    if not data.strip():
        raise InputFileError([Problem(name, None, translate("WilayahImport", "berkas kosong"))])
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:65536]:
        raise InputFileError([Problem(
            name, None,
            translate(
                "WilayahImport",
                "bukan berkas CSV (isi biner, mungkin XLSX/PDF); simpan ulang sebagai CSV UTF-8"),
        )])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputFileError([Problem(
            name, line,
            translate(
                "WilayahImport",
                "pengodean teks bukan UTF-8 (bita {byte}); simpan ulang sebagai CSV UTF-8")
            .format(byte=hex(data[error.start])),
        )]) from error


def read_region_file(path: Path, spec: RegionFile) -> list[RegionRow]:
    """All rows of one file, or InputFileError listing every problem found."""
    reader = csv.reader(io.StringIO(decode_csv(path), newline=""))
    name = path.name
    try:
        header = [column.strip().lower() for column in next(reader)]
    except (StopIteration, csv.Error) as error:
        raise InputFileError([Problem(name, 1, translate(
            "WilayahImport", "judul kolom tidak terbaca"))]) from error
    wanted = ["code", "name"] + ([spec.parent_column] if spec.parent_column else [])
    missing = [column for column in wanted if column not in header]
    if missing:
        raise InputFileError([Problem(name, 1, translate("WilayahImport",
            "kolom {missing} tidak ada; kolom yang ada: {found}"
        ).format(missing=", ".join(missing), found=", ".join(header) or "-"))])
    index = {column: header.index(column) for column in wanted}

    rows: list[RegionRow] = []
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    parent_level = Level(spec.level.groups[:-1]) if spec.parent_column else None
    line = 1
    try:
        for line, fields in enumerate(reader, start=2):
            if len(problems) >= MAX_PROBLEMS_PER_FILE:
                break
            if not any(field.strip() for field in fields):
                continue
            if len(fields) != len(header):
                problems.append(Problem(name, line, translate("WilayahImport",
                    "ada {got} kolom, seharusnya {expected}"
                ).format(got=len(fields), expected=len(header))))
                continue
            row, problem = _parse_row(fields, index, spec, parent_level, line)
            if problem:
                problems.append(Problem(name, line, problem))
                continue
            if row.code in first_line:
                problems.append(Problem(name, line, translate("WilayahImport",
                    "kode {code} ganda (sudah ada di baris {first})"
                ).format(code=row.code, first=first_line[row.code])))
                continue
            first_line[row.code] = line
            rows.append(row)
    except csv.Error as error:
        problems.append(
            Problem(name, line + 1, translate(
                "WilayahImport", "format CSV rusak: {error}").format(error=error)))
    if problems:
        raise InputFileError(problems)
    if not rows:
        raise InputFileError([Problem(name, None, translate("WilayahImport", "tidak berisi data"))])
    return rows


def _parse_row(
    fields: list[str],
    index: dict[str, int],
    spec: RegionFile,
    parent_level: Level | None,
    line: int,
) -> tuple[RegionRow, None] | tuple[None, str]:
    raw_code = fields[index["code"]]
    try:
        code = normalise_code(raw_code, spec.level)
    except ValueError:
        return None, translate(
            "WilayahImport", "kode '{code}' tidak sah").format(code=raw_code.strip())
    name = " ".join(fields[index["name"]].split())
    if not name:
        return None, translate("WilayahImport", "nama kosong untuk kode {code}").format(code=code)
    parent = None
    if parent_level is not None:
        raw_parent = fields[index[spec.parent_column]]
        try:
            parent = normalise_code(raw_parent, parent_level)
        except ValueError:
            return None, translate(
                "WilayahImport", "kode induk '{code}' tidak sah").format(code=raw_parent.strip())
        if parent_code(code) != parent:
            return None, translate(
                "WilayahImport", "kode {code} tidak berada di bawah kode induk {parent}").format(
                code=code, parent=parent
            )
    return RegionRow(code, parent, name, line), None


def read_region_set(folder: Path, province: str | None = None) -> dict[Level, list[RegionRow]]:
    """The four files of ``folder``, restricted to one province, with parents checked."""
    rows: dict[Level, list[RegionRow]] = {}
    problems: list[Problem] = []
    for spec in REGION_FILES:
        try:
            level_rows = read_region_file(folder / spec.name, spec)
        except InputFileError as error:
            problems.extend(error.problems)
            continue
        if province:
            level_rows = [r for r in level_rows if r.code == province
                          or r.code.startswith(province + ".")]
        rows[spec.level] = level_rows
    if problems:
        raise InputFileError(problems)
    if province and not rows[Level.PROVINCE]:
        raise InputFileError([Problem("provinces.csv", None, translate("WilayahImport",
            "provinsi {code} tidak ada dalam daftar").format(code=province))])
    _check_parents(rows, problems)
    if problems:
        raise InputFileError(problems)
    return rows


def _check_parents(rows: dict[Level, list[RegionRow]], problems: list[Problem]) -> None:
    for spec, parent_spec in zip(REGION_FILES[1:], REGION_FILES, strict=False):
        known = {row.code for row in rows[parent_spec.level]}
        for row in rows[spec.level]:
            if row.parent not in known:
                problems.append(Problem(spec.name, row.line, translate("WilayahImport",
                    "kode {code}: induk {parent} tidak ada di {parent_file}"
                ).format(code=row.code, parent=row.parent, parent_file=parent_spec.name)))
                if len(problems) >= MAX_PROBLEMS_PER_FILE:
                    return
