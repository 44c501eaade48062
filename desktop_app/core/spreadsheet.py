"""Spreadsheet files read one way for every import: workbooks (XLSX/XLSM/XLS/ODS) through
python-calamine, CSV through the standard library; cells as lists of rows.

Workbook rows are rectangular and start at A1 (empty cells are ``""``); numbers come back as
floats. :func:`cell_text` gives a cell's published text. Writing stays with openpyxl.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.core.i18n import translate
from desktop_app.core.problems import InputFileError, Problem

Table = list[list[Any]]
ChooseSheet = Callable[[Sequence[str]], str]
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"
_BINARY = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"Rar!", b"\x1f\x8b")
WORKBOOK_SUFFIXES = (".xlsx", ".xls", ".xlsm")


class UnreadableWorkbook(Exception):
    """The reader could not open the workbook or read its sheet; the message says why."""


def first_sheet(names: Sequence[str]) -> str:
    return names[0]


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


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


def read_table(path: Path, choose_sheet: ChooseSheet = first_sheet) -> tuple[str, Table]:
    """(sheet name, rows as cell lists) of an XLSX/XLS workbook or a CSV file; the sheet of
    a workbook is the one ``choose_sheet`` picks from the names. InputFileError when the
    file cannot be read."""
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise InputFileError([Problem(name, None, translate(
            "Spreadsheet", "berkas tidak dapat dibaca: {detail}").format(
            detail=error))]) from error
    if head.startswith((_ZIP, _OLE)):
        try:
            return read_workbook(path, choose_sheet)
        except UnreadableWorkbook as error:
            raise InputFileError([Problem(name, None, translate(
                "Spreadsheet", "bukan lembar kerja yang dapat dibaca: {detail}").format(
                detail=error))]) from error
    if path.suffix.lower() in WORKBOOK_SUFFIXES or head.startswith(_BINARY) or \
            not head.strip():
        raise InputFileError([Problem(name, None, translate(
            "Spreadsheet",
            "bukan lembar kerja XLSX/XLS atau CSV yang dapat dibaca (kosong atau isi lain)"))])
    return "CSV", _read_csv(path)


def read_workbook(path: Path, choose_sheet: ChooseSheet = first_sheet) -> tuple[str, Table]:
    """(sheet name, cells) of the chosen sheet via python-calamine (the reader behind pandas'
    "calamine" engine, used directly: pandas converts each of the ~1 million cells of a
    national IDM sheet in Python, which tripled its reading time).

    UnreadableWorkbook when the file is no workbook; whatever ``choose_sheet`` raises (a
    missing sheet) passes through."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
    except Exception as error:  # calamine raises its own types for broken files
        raise UnreadableWorkbook(str(error)) from error
    sheet = choose_sheet(names)
    try:
        return sheet, book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except Exception as error:
        raise UnreadableWorkbook(str(error)) from error
    finally:
        book.close()


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise InputFileError([Problem(path.name, None, translate(
            "Spreadsheet", "bukan berkas CSV (isi biner)"))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        return [list(row) for row in csv.reader(text.splitlines(), delimiter=delimiter)]
    except csv.Error as error:
        raise InputFileError([Problem(path.name, None, translate(
            "Spreadsheet", "format CSV rusak: {detail}").format(detail=error))]) from error
