"""IDM imports: official rumusan files, the national spreadsheet, the offline score template.

One place to import from; each module is named after what it reads:

- :mod:`.rumusan_files` — per-village rumusan JSON, one file, several, or folders; each file
  all-or-nothing; official (reference) data, no outbox. :mod:`.rumusan_fast` reads files of
  the regular published shape quickly; :mod:`.published_rows` tells which indicator rows
  only repeat the catalogue (not stored).
- :mod:`.national_sheet` — the national IDM spreadsheet (XLSX/CSV, 2023 and 2024 layouts),
  filtered to a province or kabupaten; the whole file all-or-nothing; summary values only.
  :mod:`.national_sheet_rows` finds its columns and checks its rows.
- :mod:`.score_template` — the offline score template, written pre-filled and read back into
  draft assessments (field edits, through the outbox).
- :mod:`.report` — what an import did, shared by all three; :mod:`.cli` — the commands.

All return an :class:`IdmImportReport`; progress is ``progress(done, total, phase)`` and
``is_cancelled()`` is polled between files or chunks, as in the region import.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.idm.imports.national_sheet import import_national_sheet
from desktop_app.core.idm.imports.report import (
    ADDED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    IdmImportReport,
    ImportOutcome,
    describe_disagreement,
)
from desktop_app.core.idm.imports.rumusan_files import import_rumusan
from desktop_app.core.idm.imports.score_template import import_score_template, write_score_template

SHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".csv"})

__all__ = [
    "ADDED",
    "SHEET_SUFFIXES",
    "SKIPPED",
    "UNCHANGED",
    "UPDATED",
    "IdmImportReport",
    "ImportOutcome",
    "describe_disagreement",
    "import_national_sheet",
    "import_rumusan",
    "import_score_template",
    "is_national_sheet",
    "write_score_template",
]


def is_national_sheet(path: Path) -> bool:
    """True for a spreadsheet file; folders and .json files are rumusan."""
    return path.is_file() and path.suffix.lower() in SHEET_SUFFIXES
