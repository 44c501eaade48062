"""Import a realisation report into a village's budget: all or nothing, through the outbox.

The report's Realisasi column is written to the chosen semester's realisation (semester I:
January–June; semester II: the year-end report, cumulative for the whole year). Lines are
matched by (kegiatan code, account code): unchanged lines are left alone (a re-import is a
no-op), changed fields are recorded, lines missing from the file are tombstoned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.apbdes.amounts import from_text, to_text
from desktop_app.core.apbdes.budgets import VERSIONS, find_budget
from desktop_app.core.apbdes.catalogue import AccountCatalogue, default_accounts, default_rules
from desktop_app.core.apbdes.checks import Finding, run_checks
from desktop_app.core.apbdes.lines import BudgetLine
from desktop_app.core.apbdes.mappings import known_layout, remember_layout, remembered_layouts
from desktop_app.core.apbdes.report_sheet import (
    HEADER_SEARCH_ROWS,
    ColumnLayout,
    ReportContent,
    read_lines,
)
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.ids import new_id
from desktop_app.core.models import ApbdesBudget, ApbdesLine, Village
from desktop_app.core.problems import InputFileError, Problem
from desktop_app.core.spreadsheet import read_table
from desktop_app.core.sync.changes import Editor, record_delete, record_inserts, record_upsert

NO_AMOUNT = to_text(from_text(None))


@dataclass
class ImportReport:
    budget_id: str
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    warnings: list[Problem] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def stored_lines(session: Session, budget_id: str) -> list[BudgetLine]:
    """The budget's lines with the latest realisation: the year-end (semester II) report
    covers the whole year, so once it exists it replaces the semester I figure."""
    budget = session.get(ApbdesBudget, budget_id)
    year_end = budget is not None and budget.semester_2_reported_on is not None
    rows = session.scalars(select(ApbdesLine).where(
        ApbdesLine.budget_id == budget_id, ApbdesLine.deleted.is_(False))
        .order_by(ApbdesLine.ordinal)).all()
    return [BudgetLine(r.activity_code, r.code, r.description, from_text(r.budget),
                       from_text(r.realisation_2 if year_end else r.realisation_1),
                       r.source, r.kind, id=r.id) for r in rows]


@dataclass
class ReadReport:
    """A file read and checked, ready to store (picklable: it may come from a worker)."""

    name: str
    table: list[list[Any]]
    layout: ColumnLayout | None
    content: ReportContent | None
    problems: list[Problem]


def read_report_file(path: Path, remembered: dict[str, str],
                     catalogue: AccountCatalogue | None = None,
                     layout: ColumnLayout | None = None) -> ReadReport:
    """Read and check ``path`` without touching the database; problems are returned."""
    try:
        _sheet, table = read_table(path)
        layout = layout or known_layout(remembered, table)
        content = read_lines(path.name, table, catalogue or default_accounts(), layout)
    except InputFileError as error:
        return ReadReport(path.name, [], layout, None, error.problems)
    return ReadReport(path.name, table[:HEADER_SEARCH_ROWS], layout, content, [])


def import_realisation(db: Database, editor: Editor, path: Path, village_code: str,
                       year: int, version: str = "murni", semester: int = 1,
                       catalogue: AccountCatalogue | None = None,
                       reported_on: date | None = None,
                       layout: ColumnLayout | None = None,
                       remember: bool = False) -> ImportReport:
    """Import ``path`` as the realisation of ``semester`` (1 or 2); refuse it whole on error.

    The semester counts as reported on ``reported_on`` (today by default) unless an earlier
    report of it is already recorded and this import changes nothing. Without ``layout`` a
    remembered column mapping or the usual header texts say where the columns are; with
    ``remember`` the given layout is kept for files with the same header.
    """
    with db.reading() as session:
        remembered = remembered_layouts(session)
    read = read_report_file(path, remembered, catalogue, layout)
    return store_report(db, editor, read, village_code, year, version, semester, reported_on,
                        remember and layout is not None)


def store_report(db: Database, editor: Editor, read: ReadReport, village_code: str,
                 year: int, version: str = "murni", semester: int = 1,
                 reported_on: date | None = None, remember: bool = False) -> ImportReport:
    """Write a read report into the village's budget, all or nothing."""
    if version not in VERSIONS or semester not in (1, 2):
        raise ValueError((version, semester))
    if read.content is None:
        raise InputFileError(read.problems)
    content = read.content
    with db.writing() as session:
        if remember and read.layout is not None:
            remember_layout(session, read.table, read.layout)
        village = session.get(Village, village_code)
        if village is None or village.kind == "kelurahan":
            raise InputFileError([Problem(read.name, None, translate(
                "ApbdesImport", "{code} bukan desa/kampung; kelurahan tidak punya APBDes")
                .format(code=village_code))])
        reported_field = f"semester_{semester}_reported_on"
        day = (reported_on or editor.now().date()).isoformat()
        budget = find_budget(session, village_code, year, version)
        existing: dict[tuple[str, str], ApbdesLine] = {}
        if budget is None:  # a new budget, reported today
            budget = ApbdesBudget(id=new_id())
            record_upsert(session, editor, budget, {
                "village_code": (None, village_code), "year": (None, year),
                "version": (None, version), reported_field: (None, day)}, village_code)
            session.flush()  # its lines refer to it
            is_new = True
        else:
            existing = {(r.activity_code, r.code): r for r in session.scalars(
                select(ApbdesLine).where(ApbdesLine.budget_id == budget.id))}
            is_new = False
        report = ImportReport(budget.id, warnings=content.warnings)
        realised_field = f"realisation_{semester}"
        new_rows: list[dict[str, Any]] = []
        for ordinal, line in enumerate(content.lines):
            row = existing.pop((line.activity_code, line.code), None)
            wanted: dict[str, Any] = {
                "activity_code": line.activity_code, "code": line.code, "kind": line.kind,
                "description": line.description, "source": line.source,
                "budget": to_text(line.budget), realised_field: to_text(line.realisation),
                "ordinal": ordinal, "deleted": False}
            if row is None:
                new_rows.append({"budget_id": budget.id, "realisation_1": NO_AMOUNT,
                                 "realisation_2": NO_AMOUNT, **wanted})
                continue
            changes = {k: (getattr(row, k), v) for k, v in wanted.items()
                       if getattr(row, k) != v}
            if changes:
                report.changed += 1
            else:
                report.unchanged += 1
            record_upsert(session, editor, row, changes, village_code,
                          history_key=f"{line.activity_code}|{line.code}")
        for values in new_rows:
            del values["deleted"]
        record_inserts(session, editor, ApbdesLine, new_rows)
        report.added = len(new_rows)
        for row in existing.values():
            if not row.deleted:
                record_delete(session, editor, row, village_code,
                              history_key=f"{row.activity_code}|{row.code}")
                report.removed += 1
        known_day = getattr(budget, reported_field)
        if not is_new and known_day != day and (
                known_day is None or report.added or report.changed or report.removed):
            record_upsert(session, editor, budget, {reported_field: (known_day, day)},
                          village_code)
        session.flush()
        # The file's lines are the stored ones, unless a year-end report outranks semester I.
        latest = content.lines if semester == 2 or budget.semester_2_reported_on is None \
            else stored_lines(session, budget.id)
        report.findings = run_checks(latest, year, default_rules())
    return report
