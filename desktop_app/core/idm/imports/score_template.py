"""An offline score template: one sheet, one row per indicator, one column per village.

Layout (sheet ``Skor IDM <year>``)::

    A1 "No"  B1 "Sub-indeks"  C1 "Indikator"  D1 "Petunjuk skor"  E1 "64.01.01.2001 Batu Kajang" …
    A2 1     B2 "IKS"         C2 "Skor Akses Sarkes"  D2 "5: Waktu tempuh …"  E2 4 …
    …        (50 indicator rows, 2–51)

Scores are whole numbers 0–5 (the sheet carries a data-validation rule). A village column left
completely empty is not imported; a partly filled one is an error. The year is read from the
sheet name. Reading back writes DRAFT assessments through :func:`record_upsert`: these are
field edits, so they go to the outbox. The whole file is all-or-nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import IndexCatalogue, idm_catalogue
from desktop_app.core.idm.imports.report import (
    ADDED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    IdmImportReport,
    ImportOutcome,
    IsCancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from desktop_app.core.idm.rumusan import normalise_village_code
from desktop_app.core.idm.scoring import published_form, score_village
from desktop_app.core.index.scoring import whole_score
from desktop_app.core.models import DRAFT, IdmAssessment, Village
from desktop_app.core.problems import Cancelled, InputFileError, Problem
from desktop_app.core.spreadsheet import (
    ChooseSheet,
    UnreadableWorkbook,
    column_letter,
    read_workbook,
)
from desktop_app.core.sync.changes import Editor, record_upsert

HEADERS = ("No", "Sub-indeks", "Indikator", "Petunjuk skor")
FIRST_VILLAGE_COLUMN = len(HEADERS)  # 0-based: column E
SHEET_PREFIX = "Skor IDM "
_SHEET_NAME = re.compile(r"^\s*Skor IDM (\d{4})\s*$", re.IGNORECASE)


def criteria_hint(catalogue: IndexCatalogue, number: int) -> str:
    """'5: …; 4: …' from the catalogue's known score meanings (highest first)."""
    indicator = catalogue.indicator(number)
    return "; ".join(f"{level.score}: {' / '.join(level.criteria)}"
                     for level in sorted(indicator.levels, key=lambda lv: -lv.score))


def prefill_scores(db: Database, codes: Sequence[str], year: int) -> dict[str, dict[str, int]]:
    """The newest scores at or before ``year`` per village; a draft wins over the official
    assessment of the same year (it is the newer field judgement)."""
    found: dict[str, dict[str, int]] = {}
    with db.reading() as session:
        for start in range(0, len(codes), 500):
            rows = session.execute(
                select(IdmAssessment.village_code, IdmAssessment.scores)
                .where(IdmAssessment.village_code.in_(codes[start:start + 500]),
                       IdmAssessment.year <= year, IdmAssessment.deleted.is_(False),
                       IdmAssessment.scores.is_not(None))
                .order_by(IdmAssessment.year, IdmAssessment.kind.desc()))  # official < draft
            for code, scores in rows:
                if scores:
                    found[code] = scores
    return found


def write_score_template(db: Database, path: Path | str, village_codes: Sequence[str],
                         year: int, catalogue: IndexCatalogue | None = None) -> Path:
    """Write the template for ``village_codes`` (in that order), pre-filled where known."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    catalogue = catalogue or idm_catalogue()
    path = Path(path)
    codes = list(dict.fromkeys(village_codes))
    with db.reading() as session:
        names = {code: name for code, name in session.execute(
            select(Village.code, Village.name).where(Village.code.in_(codes)))}
    unknown = [code for code in codes if code not in names]
    if unknown:
        raise ValueError(translate(
            "IdmTemplate", "kode desa tidak ada dalam daftar wilayah: {codes}").format(
            codes=", ".join(unknown)))
    scores = prefill_scores(db, codes, year)
    book = Workbook()
    sheet = book.active
    sheet.title = f"{SHEET_PREFIX}{year}"
    sheet.append([*HEADERS, *(f"{code} {names[code]}" for code in codes)])
    for indicator in catalogue.indicators:
        sheet.append([indicator.number, indicator.sub_index, indicator.name,
                      criteria_hint(catalogue, indicator.number),
                      *(scores.get(code, {}).get(str(indicator.number)) for code in codes)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in (("A", 5), ("B", 10), ("C", 45), ("D", 60)):
        sheet.column_dimensions[letter].width = width
    if codes:
        last = column_letter(FIRST_VILLAGE_COLUMN + len(codes) - 1)
        rule = DataValidation(type="whole", operator="between", formula1="0", formula2="5",
                              showErrorMessage=True, errorTitle=translate(
                                  "IdmTemplate", "Skor IDM"),
                              error=translate("IdmTemplate", "Skor harus bilangan bulat 0–5"))
        rule.add(f"E2:{last}{len(catalogue.indicators) + 1}")
        sheet.add_data_validation(rule)
    sheet.freeze_panes = "E2"
    book.save(path)
    return path


def _template_sheet(path: Path) -> ChooseSheet:
    def choose(names: Sequence[str]) -> str:
        found = next((name for name in names if _SHEET_NAME.match(name)), None)
        if found is None:
            raise InputFileError([Problem(path.name, None, translate(
                "IdmTemplate",
                "lembar 'Skor IDM <tahun>' tidak ada; lembar yang ada: {names}").format(
                names=", ".join(names)))])
        return found
    return choose


def _plain(cell: Any) -> Any:
    """A cell as the template wrote it: None when empty, a whole number as an int."""
    if cell == "":
        return None
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    return cell


def _read_sheet(path: Path) -> tuple[str, list[list[Any]]]:
    try:
        title, table = read_workbook(path, _template_sheet(path))
    except UnreadableWorkbook as error:
        raise InputFileError([Problem(path.name, None, translate(
            "IdmTemplate", "bukan templat skor IDM (XLSX) yang dapat dibaca: {detail}").format(
            detail=error))]) from error
    return title, [[_plain(cell) for cell in row] for row in table]


def read_score_template(path: Path, catalogue: IndexCatalogue,
                        registry: set[str]) -> tuple[int, dict[str, tuple[int, dict[int, int]]]]:
    """(year, village -> (column index, scores)); InputFileError listing every problem."""
    name = path.name
    title, table = _read_sheet(path)
    match = _SHEET_NAME.match(title)
    assert match is not None
    year = int(match.group(1))
    problems: list[Problem] = []
    header = table[0] if table else []
    if [str(v).strip() if v is not None else "" for v in header[:len(HEADERS)]] != \
            list(HEADERS):
        raise InputFileError([Problem(name, 1, translate(
            "IdmTemplate", "judul kolom A–D harus {headers}").format(
            headers=", ".join(HEADERS)))])
    count = len(catalogue.indicators)
    numbers = [row[0] if row else None for row in table[1:count + 1]]
    expected = [i.number for i in catalogue.indicators]
    for position, number in enumerate(expected, start=2):
        got = numbers[position - 2] if position - 2 < len(numbers) else None
        if got != number:
            problems.append(Problem(name, position, translate("IdmTemplate",
                "sel A{row}: harus indikator nomor {number}, ditemukan '{got}' (baris hilang "
                "atau tertukar?)").format(row=position, number=number,
                                          got="" if got is None else got)))
    if problems:
        raise InputFileError(problems[:20])
    villages: dict[str, tuple[int, dict[int, int]]] = {}
    for column in range(FIRST_VILLAGE_COLUMN, len(header)):
        ref = column_letter(column)
        label = header[column]
        if label is None or not str(label).strip():
            if any(row[column] is not None for row in table[1:count + 1] if column < len(row)):
                problems.append(Problem(name, 1, translate(
                    "IdmTemplate", "sel {ref}1: kode desa kosong").format(
                    ref=ref)))
            continue
        code, problem = header_village(name, column, label, registry)
        if code is None:
            problems.append(problem)  # type: ignore[arg-type]
            continue
        if code in villages:
            first = column_letter(villages[code][0])
            problems.append(Problem(name, 1, translate("IdmTemplate",
                "sel {ref}1: desa {code} ganda (sudah di kolom {first})").format(
                ref=ref, code=code, first=first)))
            continue
        cells = [(row[column] if column < len(row) else None) for row in table[1:count + 1]]
        if all(cell is None or str(cell).strip() == "" for cell in cells):
            continue  # not assessed in this template
        scores: dict[int, int] = {}
        for number, cell in zip(expected, cells, strict=True):
            where = f"{ref}{number + 1}"
            score = _score(cell)
            if score is None:
                problems.append(Problem(name, number + 1, translate("IdmTemplate",
                    "sel {cell} ({code}, indikator {number}): '{value}' bukan skor bulat "
                    "0–5").format(cell=where, code=code, number=number,
                                  value="" if cell is None else cell)))
            else:
                scores[number] = score
        villages[code] = (column, scores)
    if problems:
        raise InputFileError(problems)
    return year, villages


def header_village(name: str, column: int, label: Any,
                   registry: set[str]) -> tuple[str | None, Problem | None]:
    """The village code of a template column's header ('64.01.01.2001 Batu Kajang'), or
    None and the problem (not a code, not in the region list)."""
    ref = column_letter(column)
    try:
        code = normalise_village_code(str(label).split()[0])
    except ValueError as error:
        return None, Problem(name, 1, f"{ref}1: {error}")
    if code not in registry:
        return None, Problem(name, 1, translate(
            "IdmTemplate", "sel {ref}1: kode desa {code} tidak ada dalam daftar wilayah").format(
            ref=ref, code=code))
    return code, None


def _score(cell: Any) -> int | None:
    return whole_score(cell, 0, 5)


def import_score_template(
    db: Database,
    editor: Editor,
    path: Path | str,
    progress: Progress | None = None,
    is_cancelled: IsCancelled = never_cancelled,
    catalogue: IndexCatalogue | None = None,
) -> IdmImportReport:
    """Read a filled template into draft assessments (outbox included); all-or-nothing."""
    path = Path(path)
    catalogue = catalogue or idm_catalogue()
    report_progress = progress or no_progress
    report_progress(0, 0, translate("IdmTemplate", "Membaca templat…"))
    with db.reading() as session:
        registry = {code: regency for code, regency in session.execute(
            select(Village.code, Village.regency_code))}
    year, villages = read_score_template(path, catalogue, set(registry))
    report = IdmImportReport()
    if not villages:
        report.outcomes.append(ImportOutcome(path.name, SKIPPED, None, year,
                                             (translate("IdmTemplate",
                                                        "tidak ada kolom desa yang terisi"),)))
        return report
    with db.writing() as session:
        for done, (code, (column, scores)) in enumerate(villages.items(), start=1):
            if is_cancelled():
                raise Cancelled()
            outcome = _upsert_draft(session, editor, code, registry[code], year, scores,
                                    catalogue)
            report.outcomes.append(ImportOutcome(
                translate("IdmTemplate", "{file}, kolom {column}").format(file=path.name,
                                                   column=column_letter(column)),
                outcome, code, year))
            report_progress(done, len(villages), translate("IdmTemplate", "Menyimpan…"))
    return report


def _upsert_draft(session: Any, editor: Editor, code: str, regency: str, year: int,
                  scores: dict[int, int], catalogue: IndexCatalogue) -> str:
    result = score_village(scores, catalogue)
    wanted: dict[str, Any] = {
        "scores": {str(number): score for number, score in sorted(scores.items())},
        "status": result.status.name,
        "idm": str(published_form(result.value)),
    }
    draft = session.scalars(select(IdmAssessment).where(
        IdmAssessment.village_code == code, IdmAssessment.year == year,
        IdmAssessment.kind == DRAFT)).one_or_none()
    if draft is None:
        draft = IdmAssessment()
        changes = {"village_code": (None, code), "regency_code": (None, regency),
                   "year": (None, year), "kind": (None, DRAFT),
                   **{name: (None, value) for name, value in wanted.items()}}
        outcome = ADDED
    else:
        changes = {name: (getattr(draft, name), value) for name, value in wanted.items()
                   if getattr(draft, name) != value}
        if draft.deleted:
            changes["deleted"] = (True, False)
        outcome = UPDATED if changes else UNCHANGED
    record_upsert(session, editor, draft, changes, code, history_key=str(year))
    return outcome
