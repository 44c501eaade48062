"""Import many villages' realisation reports at once (a district office's collection).

Each file names its village by code (``64.01.01.2001 Batu Kajang.xlsx`` or the 10-digit
form) and is imported all-or-nothing on its own: a refused file is listed with its reason
and never stops the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop_app.core.apbdes.importing import ImportReport, import_realisation
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.problems import Cancelled, InputFileError, Problem
from desktop_app.core.regions.codes import Level, normalise_code
from desktop_app.core.sync.changes import Editor

SUFFIXES = (".xlsx", ".xls", ".xlsm", ".csv")
CODE_IN_NAME = re.compile(r"(?<!\d)(\d{2}\.\d{2}\.\d{2}\.\d{4}|\d{10})(?!\d)")
Progress = Callable[[int, int, str], None]


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


def import_folder(db: Database, editor: Editor, paths: list[Path], year: int,
                  version: str = "murni", semester: int = 1,
                  reported_on: date | None = None, progress: Progress | None = None,
                  is_cancelled: Callable[[], bool] | None = None) -> FolderImportReport:
    files = report_files(paths)
    report = FolderImportReport()
    phase = translate("ApbdesImport", "Mengimpor laporan realisasi")
    for done, path in enumerate(files):
        if is_cancelled and is_cancelled():
            raise Cancelled()
        if progress:
            progress(done, len(files), phase)
        code = village_code_of(path)
        if code is None:
            report.refused.append(Problem(path.name, None, translate(
                "ApbdesImport", "nama berkas tidak memuat kode desa (mis. 64.01.01.2001)")))
            continue
        try:
            report.imported[code] = import_realisation(
                db, editor, path, code, year, version, semester, reported_on=reported_on)
        except InputFileError as error:
            report.refused.extend(error.problems)
    if progress:
        progress(len(files), len(files), phase)
    return report
