"""An offline Indeks Desa questionnaire workbook for a kabupaten: one row per aspect, one column
per village, pre-filled with the answers already stored; read back into questionnaires.

Layout (sheet ``Indeks Desa <year>``)::

    A1 "Kode aspek"  B1 "Dimensi"  C1 "Indikator"  D1 "Aspek"  E1 "64.07.05.2001 Long Iram" …
    A2 "1.1"         B2 "Layanan Dasar"  C2 "1 Ketersediaan …"  D2 "…"  E2 4 …

Rows are matched by the aspect code in column A (order does not matter). Empty cells are
unanswered (a questionnaire may be partial); a filled cell must be a whole score in the
definition's range. The whole file is checked first and saved in one transaction: any problem
refuses it all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.idm.imports.score_template import header_village
from desktop_app.core.indeks_desa.answers import Answer, QuestionnaireError
from desktop_app.core.indeks_desa.store import load_questionnaire, store_answers
from desktop_app.core.index.definitions import INDEKS_DESA, indeks_desa_catalogue
from desktop_app.core.index.scoring import whole_score
from desktop_app.core.models import IndexAnswer, IndexQuestionnaire, Village
from desktop_app.core.problems import InputFileError, Problem
from desktop_app.core.spreadsheet import column_letter
from desktop_app.core.sync.changes import Editor

HEADERS = ("Kode aspek", "Dimensi", "Indikator", "Aspek")
FIRST_VILLAGE_COLUMN = len(HEADERS)
SHEET_PREFIX = "Indeks Desa "
_SHEET_NAME = re.compile(r"^\s*Indeks Desa (\d{4})\s*$", re.IGNORECASE)



def stored_scores(db: Database, codes: Sequence[str], year: int) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {}
    with db.reading() as session:
        for start in range(0, len(codes), 500):
            for code, key, score in session.execute(
                select(IndexQuestionnaire.village_code, IndexAnswer.aspect_key, IndexAnswer.score)
                .join(IndexAnswer, IndexAnswer.questionnaire_id == IndexQuestionnaire.id)
                .where(
                    IndexQuestionnaire.village_code.in_(codes[start : start + 500]),
                    IndexQuestionnaire.year == year,
                    IndexQuestionnaire.index_code == INDEKS_DESA,
                    IndexQuestionnaire.deleted.is_(False),
                    IndexAnswer.deleted.is_(False),
                    IndexAnswer.score.is_not(None),
                )
            ):
                found.setdefault(code, {})[key] = int(score or 0)
    return found


def write_questionnaire_template(
    db: Database, path: Path, village_codes: Sequence[str], year: int, data_dir: Path | None = None
) -> Path:
    """Write the workbook for ``village_codes`` (in that order), pre-filled where answered."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    catalogue = indeks_desa_catalogue(year, data_dir)
    codes = list(dict.fromkeys(village_codes))
    with db.reading() as session:
        names = dict(
            session.execute(select(Village.code, Village.name).where(Village.code.in_(codes))).all()
        )
    unknown = [code for code in codes if code not in names]
    if unknown:
        raise ValueError(
            translate(
                "IndeksDesaTemplate", "kode desa tidak ada dalam daftar wilayah: {codes}"
            ).format(codes=", ".join(unknown))
        )
    scores = stored_scores(db, codes, year)
    book = Workbook()
    sheet = book.active
    sheet.title = f"{SHEET_PREFIX}{year}"
    sheet.append([*HEADERS, *(f"{code} {names[code]}" for code in codes)])
    for item in catalogue.indicators:
        sheet.append(
            [
                item.key,
                item.dimension,
                f"{item.group_code} {item.group_name}",
                item.label,
                *(scores.get(code, {}).get(item.key) for code in codes),
            ]
        )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in (("A", 8), ("B", 18), ("C", 34), ("D", 50)):
        sheet.column_dimensions[letter].width = width
    if codes:
        low, high = catalogue.min_score, catalogue.max_score
        last = column_letter(FIRST_VILLAGE_COLUMN + len(codes) - 1)
        rule = DataValidation(
            type="whole",
            operator="between",
            formula1=str(low),
            formula2=str(high),
            showErrorMessage=True,
            errorTitle=translate("IndeksDesaTemplate", "Skor aspek"),
            error=translate("IndeksDesaTemplate", "Skor harus bilangan bulat {low}–{high}").format(
                low=low, high=high
            ),
        )
        rule.add(f"E2:{last}{len(catalogue.indicators) + 1}")
        sheet.add_data_validation(rule)
    sheet.freeze_panes = "E2"
    book.save(path)
    return path


@dataclass(frozen=True)
class TemplateContent:
    year: int
    villages: dict[str, dict[str, int]]  # village -> aspect -> score (filled cells only)


def _read_sheet(path: Path) -> tuple[str, list[list[Any]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # zipfile, KeyError, InvalidFileException…
        raise InputFileError(
            [
                Problem(
                    path.name,
                    None,
                    translate(
                        "IndeksDesaTemplate",
                        "bukan kuesioner Indeks Desa (XLSX) yang dapat dibaca: {detail}",
                    ).format(detail=error),
                )
            ]
        ) from error
    try:
        sheet = next((book[n] for n in book.sheetnames if _SHEET_NAME.match(n)), None)
        if sheet is None:
            raise InputFileError(
                [
                    Problem(
                        path.name,
                        None,
                        translate(
                            "IndeksDesaTemplate",
                            "lembar 'Indeks Desa <tahun>' tidak ada; lembar yang ada: {names}",
                        ).format(names=", ".join(book.sheetnames)),
                    )
                ]
            )
        return sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_questionnaire_template(
    path: Path, registry: set[str], data_dir: Path | None = None
) -> TemplateContent:
    """The filled scores per village; InputFileError naming every problem by cell."""
    name = path.name
    title, table = _read_sheet(path)
    match = _SHEET_NAME.match(title)
    assert match is not None
    year = int(match.group(1))
    catalogue = indeks_desa_catalogue(year, data_dir)
    known = {item.key for item in catalogue.indicators}
    low, high = catalogue.min_score, catalogue.max_score
    problems: list[Problem] = []
    header = table[0] if table else []
    if [str(v or "").strip() for v in header[: len(HEADERS)]] != list(HEADERS):
        raise InputFileError(
            [
                Problem(
                    name,
                    1,
                    translate("IndeksDesaTemplate", "judul kolom A–D harus {headers}").format(
                        headers=", ".join(HEADERS)
                    ),
                )
            ]
        )
    rows: list[tuple[int, str, list[Any]]] = []
    for line, row in enumerate(table[1:], start=2):
        key = str(row[0]).strip() if row and row[0] is not None else ""
        if not key:
            continue
        if key not in known:
            problems.append(
                Problem(
                    name,
                    line,
                    translate(
                        "IndeksDesaTemplate", "sel A{row}: aspek '{key}' tidak dikenal"
                    ).format(row=line, key=key),
                )
            )
            continue
        rows.append((line, key, row))
    villages: dict[str, dict[str, int]] = {}
    seen: dict[str, int] = {}
    for column in range(FIRST_VILLAGE_COLUMN, len(header)):
        ref, label = column_letter(column), header[column]
        if label is None or not str(label).strip():
            continue
        code, problem = header_village(name, column, label, registry)
        if code is None:
            problems.append(problem)  # type: ignore[arg-type]
            continue
        if code in seen:
            problems.append(Problem(name, 1, translate(
                "IndeksDesaTemplate", "sel {ref}1: desa {code} ganda (sudah di kolom {first})"
            ).format(ref=ref, code=code, first=column_letter(seen[code]))))
            continue
        seen[code] = column
        scores: dict[str, int] = {}
        for line, key, row in rows:
            cell = row[column] if column < len(row) else None
            if cell is None or str(cell).strip() == "":
                continue
            score = whole_score(cell, low, high)
            if score is None:
                problems.append(
                    Problem(
                        name,
                        line,
                        translate(
                            "IndeksDesaTemplate",
                            "sel {cell} ({code}, aspek {key}): '{value}' bukan skor bulat "
                            "{low}–{high}",
                        ).format(
                            cell=f"{ref}{line}", code=code, key=key, value=cell, low=low, high=high
                        ),
                    )
                )
            else:
                scores[key] = score
        if scores:
            villages[code] = scores
    if problems:
        raise InputFileError(problems)
    return TemplateContent(year, villages)


def import_questionnaire_template(
    db: Database, editor: Editor, path: Path, data_dir: Path | None = None
) -> dict[str, int]:
    """Read the workbook into questionnaires (one transaction); returns answers per village."""
    with db.reading() as session:
        registry = set(session.scalars(select(Village.code)))
    content = read_questionnaire_template(path, registry, data_dir)
    catalogue = indeks_desa_catalogue(content.year, data_dir)
    kept = {
        code: load_questionnaire(db, code, content.year).answers for code in content.villages
    }  # data sources and notes stay as they were
    try:
        with db.writing() as session:
            for code, scores in content.villages.items():
                answers = {
                    key: Answer(
                        score,
                        kept[code].get(key, Answer()).data_source,
                        kept[code].get(key, Answer()).note,
                    )
                    for key, score in scores.items()
                }
                store_answers(session, editor, catalogue, code, content.year, answers)
    except QuestionnaireError as error:
        raise InputFileError([Problem(path.name, None, p) for p in error.problems]) from error
    return {code: len(scores) for code, scores in content.villages.items()}
