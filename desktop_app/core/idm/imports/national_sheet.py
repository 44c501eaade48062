"""Import the national IDM spreadsheet (one row per village; summary values only).

The whole file is all-or-nothing: any problem in the chosen scope (missing columns, duplicate
villages, text or out-of-range numbers, unknown statuses or village codes) raises
InputFileError naming row and column, before anything is written. Rows whose IKS cell holds
a text (the published reason a village was not scored) are skipped and listed, not errors.

Policy towards rumusan imports (decided here): a rumusan carries the 50 indicator scores,
the sheet only the summary, and both are Kemendesa publications. An official assessment that
has indicator scores is never changed by the sheet; if the sheet's values agree with the
recomputed scores the row counts as unchanged, otherwise it is skipped with its reason and
every disagreement is listed (the sheet's value as published versus the recomputed one).
Assessments that came from the sheet are added, updated when the sheet says something else
and otherwise left alone (no write). Like rumusan data, sheet data is reference data: no
outbox operation.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import update

from desktop_app.core.db import Database, driver_connection, insert_many, table_of
from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import IndexCatalogue, idm_catalogue
from desktop_app.core.idm.consistency import compare_published
from desktop_app.core.idm.imports.national_sheet_rows import SheetReader, SheetRow, choose_sheet
from desktop_app.core.idm.imports.report import (
    ADDED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    IdmImportReport,
    ImportOutcome,
    ImportStamp,
    IsCancelled,
    Progress,
    never_cancelled,
    no_progress,
    village_regencies,
)
from desktop_app.core.idm.rumusan import PublishedValues
from desktop_app.core.idm.scoring import score_village
from desktop_app.core.ids import new_id
from desktop_app.core.models import OFFICIAL
from desktop_app.core.models.idm import IdmAssessment
from desktop_app.core.problems import Cancelled, InputFileError, Problem
from desktop_app.core.regions.code_changes import CodeMap, CurrentVillages
from desktop_app.core.regions.codes import Level, normalise_code
from desktop_app.core.spreadsheet import read_table
from desktop_app.core.sync.changes import Editor

CHUNK = 5_000
SUMMARY = ("regency_code", "published_iks", "published_ike", "published_ikl",
           "published_idm", "published_status", "status", "idm", "published_code")
_ASSESSMENT = table_of(IdmAssessment)
_INSERT_COLUMNS = ("id", "village_code", "year", "kind", *SUMMARY)


def sheet_scope(name: str, province: str | None, regency: str | None) -> str | None:
    """The code prefix to import ("64", "64.01"); InputFileError for a malformed filter."""
    try:
        province_code = normalise_code(province, Level.PROVINCE) if province else None
        regency_code = normalise_code(regency, Level.REGENCY) if regency else None
    except ValueError as error:
        raise InputFileError([Problem(name, None, translate("IdmImport",
            "kode wilayah penyaring '{code}' tidak sah (contoh: 64 atau 64.01)").format(
            code=error))]) from error
    if province_code and regency_code and not regency_code.startswith(province_code + "."):
        raise InputFileError([Problem(name, None, translate("IdmImport",
            "kabupaten {regency} tidak berada di provinsi {province}").format(
            regency=regency_code, province=province_code))])
    return regency_code or province_code


def _summary(row: SheetRow, regency: str) -> tuple[Any, ...]:
    return (regency, str(row.iks), str(row.ike), str(row.ikl), str(row.idm), row.status_text,
            row.status.name, str(row.idm), row.published_code)


def import_national_sheet(
    db: Database,
    path: Path | str,
    province: str | None = None,
    regency: str | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled = never_cancelled,
    editor: Editor | None = None,
    catalogue: IndexCatalogue | None = None,
    code_map: CodeMap | None = None,
) -> IdmImportReport:
    """Import the rows of ``path`` within ``province``/``regency`` (all rows if neither).

    A row whose village code is no longer in the region list is skipped with a proposal
    (the village of the same name in its kabupaten), or imported under the current code
    that ``code_map`` confirms. Raises InputFileError (nothing written) for a bad file and
    Cancelled (rolled back).
    """
    path = Path(path)
    catalogue = catalogue or idm_catalogue()
    report_progress = progress or no_progress
    scope = sheet_scope(path.name, province, regency)
    report_progress(0, 0, translate("IdmImport", "Membaca lembar kerja…"))
    sheet, table = read_table(path, choose_sheet)
    if is_cancelled():
        raise Cancelled()
    with db.reading() as session:
        registry = village_regencies(session, scope)
    content = SheetReader(path.name, catalogue, scope, registry, code_map).read(sheet, table)
    del table
    if code_map is not None:
        registry = {**registry, **code_map.regencies}
    report = IdmImportReport(out_of_scope=content.out_of_scope)
    current = CurrentVillages(db)
    for unknown in content.unknown:
        source = translate(
            "IdmImport", "{file}, baris {line}").format(file=path.name, line=unknown.line)
        proposal = current.propose(unknown.village_code, unknown.village_name)
        report.propose(proposal, source, str(path))
        report.outcomes.append(ImportOutcome(source, SKIPPED, unknown.village_code,
                                             content.year, (proposal.reason(),)))
    report.outcomes.extend(
        ImportOutcome(translate(
            "IdmImport", "{file}, baris {line}").format(file=path.name, line=item.line),
                      SKIPPED, item.village_code, content.year,
                      (translate(
                          "IdmImport", "tidak dinilai: {reason}").format(reason=item.reason),),
                      not_scored=True)
        for item in content.not_scored)
    stamp = ImportStamp.for_run(editor)
    sync = {"hlc": stamp.hlc, "field_clocks": {}, "deleted": False,
            "updated_at": stamp.at, "updated_by": stamp.user,
            "source": path.name[:300], "imported_at": stamp.at}
    total = len(content.rows)
    with db.writing() as session:
        existing = _existing(session, content.year, scope)
        for start in range(0, total, CHUNK):
            if is_cancelled():
                raise Cancelled()
            _write_chunk(session, content.rows[start:start + CHUNK], content.year, path.name,
                         registry, existing, sync, report)
            report_progress(min(start + CHUNK, total), total, translate("IdmImport", "Menyimpan…"))
    return report


def _existing(session: Any, year: int, scope: str | None) -> dict[str, Any]:
    """village -> (id, scores or None, SUMMARY values) of the year's official assessments."""
    cursor = driver_connection(session).cursor()
    cursor.execute(
        f"SELECT id, village_code, scores, {', '.join(SUMMARY)} FROM {_ASSESSMENT.name} "
        "WHERE kind = ? AND year = ? AND village_code LIKE ?",
        (OFFICIAL, year, f"{scope}.%" if scope else "%"))
    found = {code: (row_id, None if scores in (None, "null") else json.loads(scores),
                    tuple(values))
             for row_id, code, scores, *values in cursor.fetchall()}
    cursor.close()
    return found


def _write_chunk(session: Any, rows: Sequence[SheetRow], year: int, name: str,
                 registry: dict[str, str], existing: dict[str, Any], sync: dict[str, Any],
                 report: IdmImportReport) -> None:
    inserts: list[tuple[Any, ...]] = []
    updates: list[dict[str, Any]] = []
    where = translate("IdmImport", "{file}, baris {line}")
    for row in rows:
        source = where.format(file=name, line=row.line)
        values = _summary(row, registry[row.village_code])
        known = existing.get(row.village_code)
        if known is None:
            outcome = ADDED
            inserts.append((new_id(), row.village_code, year, OFFICIAL, *values))
        elif known[1] is not None:  # a rumusan with indicator scores: kept as it is
            outcome, reasons = _against_rumusan(row, year, known[1], source, report)
            report.outcomes.append(ImportOutcome(source, outcome, row.village_code, year,
                                                 reasons, published_code=row.published_code))
            continue
        elif known[2] == values:
            outcome = UNCHANGED
        else:
            outcome = UPDATED
            updates.append({"id": known[0], **dict(zip(SUMMARY, values, strict=True)), **sync})
        existing[row.village_code] = (inserts[-1][0] if outcome == ADDED else known[0],
                                      None, values)
        report.outcomes.append(ImportOutcome(source, outcome, row.village_code, year,
                                             published_code=row.published_code))
    # tens of thousands of rows: straight to the driver's executemany
    insert_many(session, _ASSESSMENT, inserts, shared=sync, columns=_INSERT_COLUMNS)
    if updates:
        session.execute(update(IdmAssessment), updates)


def _against_rumusan(row: SheetRow, year: int, scores: dict[str, int], source: str,
                     report: IdmImportReport) -> tuple[str, tuple[str, ...]]:
    """Compare a sheet row with a stored rumusan's scores; the rumusan is kept."""
    result = score_village({int(number): score for number, score in scores.items()})
    published = PublishedValues(
        (("IKS", row.iks), ("IKE", row.ike), ("IKL", row.ikl), ("IDM", row.idm)),
        row.status_text)
    found = compare_published(row.village_code, year, published, result, source=source)
    if not found:
        return UNCHANGED, ()
    report.disagreements.extend(found)
    return SKIPPED, (translate(
        "IdmImport", "rincian rumusan yang tersimpan dipertahankan; nilai lembar ini "
                     "berbeda ({indices})").format(
        indices=", ".join(item.index for item in found)),)
