"""Import many villages' realisation reports at once (a district office's collection).

Each file names its village by code (``64.01.01.2001 Batu Kajang.xlsx`` or the 10-digit
form) and is imported all-or-nothing on its own: a refused file is listed with its reason
and never stops the others. With many files, a second process reads and checks the next
files while this one writes (reading is about half the work; SQLite takes one writer).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from multiprocessing import get_context
from pathlib import Path

from desktop_app.core.apbdes.importing import (
    ImportReport,
    ReadReport,
    read_report_file,
    store_report,
)
from desktop_app.core.apbdes.mappings import remembered_layouts
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.problems import Cancelled, InputFileError, Problem
from desktop_app.core.regions.codes import Level, normalise_code
from desktop_app.core.sync.changes import Editor

SUFFIXES = (".xlsx", ".xls", ".xlsm", ".csv")
CODE_IN_NAME = re.compile(r"(?<!\d)(\d{2}\.\d{2}\.\d{2}\.\d{4}|\d{10})(?!\d)")
Progress = Callable[[int, int, str], None]
PARALLEL_FROM = 20  # files; below this a reader process costs more than it saves


@dataclass
class FolderImportReport:
    imported: dict[str, ImportReport] = field(default_factory=dict)
    refused: list[Problem] = field(default_factory=list)


def report_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES
                                and not p.name.startswith(("~$", "."))))
        else:
            files.append(path)
    return files


def village_code_of(path: Path) -> str | None:
    found = CODE_IN_NAME.search(path.stem)
    return normalise_code(found.group(1), Level.VILLAGE) if found else None


def _read_all(files: list[Path],
              remembered: dict[str, str]) -> Generator[ReadReport, None, None]:
    if len(files) < PARALLEL_FROM:
        yield from (read_report_file(path, remembered) for path in files)
        return
    pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
    try:
        yield from pool.map(read_report_file, files, repeat(remembered), chunksize=8)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def import_folder(db: Database, editor: Editor, paths: list[Path], year: int,
                  version: str = "murni", semester: int = 1,
                  reported_on: date | None = None, progress: Progress | None = None,
                  is_cancelled: Callable[[], bool] | None = None) -> FolderImportReport:
    files = report_files(paths)
    named = [(path, village_code_of(path)) for path in files]
    report = FolderImportReport()
    report.refused = [Problem(path.name, None, translate(
        "ApbdesImport", "nama berkas tidak memuat kode desa (mis. 64.01.01.2001)"))
        for path, code in named if code is None]
    todo = [(path, code) for path, code in named if code is not None]
    with db.reading() as session:
        remembered = remembered_layouts(session)
    phase = translate("ApbdesImport", "Mengimpor laporan realisasi")
    reads = _read_all([path for path, _code in todo], remembered)
    try:
        for done, ((_path, code), read) in enumerate(zip(todo, reads, strict=True)):
            if is_cancelled and is_cancelled():
                raise Cancelled()
            if progress:
                progress(done, len(todo), phase)
            try:
                report.imported[code] = store_report(db, editor, read, code, year, version,
                                                     semester, reported_on)
            except InputFileError as error:
                report.refused.extend(error.problems)
    finally:
        reads.close()  # stops the reader process when cancelled or failed
    if progress:
        progress(len(todo), len(todo), phase)
    return report
