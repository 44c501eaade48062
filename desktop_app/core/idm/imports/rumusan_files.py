"""Import official per-village IDM "rumusan" files (one, several, or folders of thousands).

Each file is all-or-nothing: a file with any problem (bad JSON, missing rows, bad scores, a
village code that is BPS-style or not in the region registry) is skipped with every problem
listed, and the other files are written. A village code that is not (or no longer) in the
registry gets a proposal: the active village of the same name in the same kabupaten (see
:mod:`desktop_app.core.regions.code_changes`); the file is imported under that code only
when a confirmed code map says so, and the assessment keeps the published code. Files are
parsed and checked in batches and each batch is written in one transaction with
executemany, so thousands of files stay fast.

Official data is reference data: rows get sync metadata (id, clock, time, user) but no
outbox operation. The official assessment of a village and year is replaced when the file
says something else and left alone (no write at all) when it says the same.

Cancelling stops before the next file: the files already checked are written, the file in
progress and those after it are not, and the report says so (``cancelled``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop_app.core.db import Database, driver_connection, insert_many, table_of
from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import ACTOR_LEVELS, IndexCatalogue, idm_catalogue
from desktop_app.core.idm.imports.published_rows import departs_from_catalogue
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
from desktop_app.core.idm.imports.rumusan_fast import (
    ConsistencyChecker,
    RegularParser,
    RegularRumusan,
)
from desktop_app.core.idm.rumusan import (
    RumusanAssessment,
    RumusanError,
    RumusanProblem,
    parse_rumusan_file,
)
from desktop_app.core.ids import new_id
from desktop_app.core.models import OFFICIAL, IdmAssessment, IdmIndicatorRow
from desktop_app.core.regions.code_changes import CodeMap, CurrentVillages
from desktop_app.core.sync.changes import Editor

BATCH = 500  # files per write transaction
# The assessment columns an import compares to decide "unchanged"; source and time are not.
COMPARED = ("regency_code", "scores", "published_iks", "published_ike", "published_ikl",
            "published_idm", "published_status", "status", "idm", "published_code")
ROW_COLUMNS = ("number", "score", "criterion", "activity",
               *(f"actor_{level.lower()}" for level in ACTOR_LEVELS))
_ASSESSMENT = table_of(IdmAssessment)
_ROW = table_of(IdmIndicatorRow)
_INSERT_COLUMNS = ("id", "village_code", "year", "kind", *COMPARED, "source")
_ROW_INSERT_COLUMNS = ("assessment_id", *ROW_COLUMNS)


@dataclass(frozen=True)
class _Checked:
    """A file that passed every check, as the values to store."""

    source: str
    village_code: str
    year: int
    values: tuple[Any, ...]  # in COMPARED order
    rows: tuple[tuple[Any, ...], ...]  # in ROW_COLUMNS order, by number
    published_code: str | None = None  # the file's code, when imported under another


def collect_rumusan_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[str]]:
    """The .json files named or found (recursively, sorted) in folders; missing paths."""
    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []
            for folder, _dirs, names in os.walk(path):
                found.extend(Path(folder, name) for name in names
                             if name.lower().endswith(".json"))
            files.extend(sorted(found))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(str(path))
    return files, missing


def problem_reason(problem: RumusanProblem) -> str:
    """A parser problem without the file name (the report groups problems by file)."""
    where = [part for part in (problem.row, problem.field and translate(
        "IdmImport", "kolom {field}").format(
        field=problem.field)) if part]
    return f"{', '.join(where)}: {problem.message}" if where else problem.message


def regular_from(assessment: RumusanAssessment, path: str) -> RegularRumusan:
    """The stored form of a file the full parser accepted."""
    return RegularRumusan(
        path=path, source=assessment.source, village_code=assessment.village_code,
        year=assessment.year, published=assessment.published.values,
        published_status=assessment.published.status,
        summary_value=assessment.summary_value, summary_status=assessment.summary_status,
        scores=tuple(row.score for row in assessment.rows),
        gain_texts=tuple(None if row.gain is None else str(row.gain)
                         for row in assessment.rows),
        rows=tuple((row.number, row.score, row.criterion, row.activity,
                    *(", ".join(row.actors_at(level)) or None for level in ACTOR_LEVELS))
                   for row in assessment.rows),
        village_name=assessment.village_name, district_name=assessment.district_name)


def official_values(item: RegularRumusan, regency_code: str, catalogue: IndexCatalogue,
                    published_code: str | None = None) -> tuple[Any, ...]:
    """The COMPARED columns of an official assessment read from a rumusan (``published_code``:
    the file's code when it is stored under the current one)."""
    published = dict(item.published)
    band = catalogue.status_by_name(item.published_status)
    idm = str(published[catalogue.composite_code])
    return (
        regency_code,
        {str(number): score for number, score in enumerate(item.scores, start=1)},
        *(str(published[sub.code]) for sub in catalogue.sub_indices),
        idm,
        item.published_status,
        band.name if band else item.published_status,
        idm,
        published_code,
    )


class RumusanImport:
    """One import run: registry and stored official summaries loaded once, then batches."""

    def __init__(self, db: Database, editor: Editor | None = None,
                 catalogue: IndexCatalogue | None = None,
                 code_map: CodeMap | None = None) -> None:
        self.db = db
        self.code_map = code_map
        self.current = CurrentVillages(db)
        self.catalogue = catalogue or idm_catalogue()
        if [s.code for s in self.catalogue.sub_indices] != ["IKS", "IKE", "IKL"]:
            raise ValueError("the idm_assessment columns hold IKS, IKE and IKL")
        self.checker = ConsistencyChecker(self.catalogue)
        self.parser = RegularParser(self.catalogue)
        self.stamp = ImportStamp.for_run(editor)
        self.report = IdmImportReport()
        self.seen: dict[tuple[str, int], str] = {}  # (village, year) -> source, this run
        with db.reading() as session:
            self.registry = village_regencies(session)
            self.existing = {
                (code, year): (row_id, values)
                for row_id, code, year, *values in session.execute(
                    select(_ASSESSMENT.c.id, _ASSESSMENT.c.village_code, _ASSESSMENT.c.year,
                           *(_ASSESSMENT.c[name] for name in COMPARED))
                    .where(_ASSESSMENT.c.kind == OFFICIAL))
            }

    def run(self, files: Sequence[Path], progress: Progress,
            is_cancelled: IsCancelled) -> IdmImportReport:
        total = len(files)
        phase = translate("IdmImport", "Memeriksa dan menyimpan berkas rumusan…")
        progress(0, total, phase)
        checked: list[_Checked] = []
        for done, path in enumerate(files, start=1):
            if is_cancelled():
                self.report.cancelled = True
                break
            item = self.check(path)
            if item is not None:
                checked.append(item)
            if done % 50 == 0 or done == total:
                progress(done, total, phase)
            if len(checked) >= BATCH:
                self.flush(checked)
        self.flush(checked)
        return self.report

    def flush(self, checked: list[_Checked]) -> None:
        """Write the checked files in one transaction."""
        if checked:
            with self.db.writing() as session:
                self.write(session, checked)
            checked.clear()

    def skip(self, source: str, reasons: list[str], code: str | None = None,
             year: int | None = None) -> None:
        self.report.outcomes.append(ImportOutcome(source, SKIPPED, code, year, tuple(reasons)))

    def check(self, path: Path) -> _Checked | None:
        """Parse and check one file; None (and a skipped outcome) if it cannot be used."""
        regular = self.parser.parse(path)
        parsed: RumusanAssessment | None = None
        if regular is None:  # irregular or wrong: the full parser decides and explains
            try:
                parsed = parse_rumusan_file(path, self.catalogue)
            except RumusanError as error:
                source = error.problems[0].file if error.problems else path.name
                self.skip(source, [problem_reason(p) for p in error.problems])
                return None
            regular = regular_from(parsed, str(path))
        code, year, source = regular.village_code, regular.year, regular.source
        regency = self.registry.get(code)
        published_code = None
        if regency is None:
            code_map = self.code_map
            mapped = code_map.get(code) if code_map is not None else None
            if code_map is None or mapped is None:
                proposal = self.current.propose(code, regular.village_name,
                                                regular.district_name)
                self.report.propose(proposal, source, str(path))
                self.skip(source, [translate(
                    "IdmImport", "IDENTITAS, kolom id_desa: {reason}").format(
                    reason=proposal.reason())], code, year)
                return None
            published_code, code = code, mapped
            regency = code_map.regencies[mapped]
        first = self.seen.get((code, year))
        if first is not None:
            self.skip(source, [translate(
                "IdmImport", "desa {code} tahun {year} sudah diimpor dari {first} dalam "
                             "impor ini").format(code=code, year=year, first=first)],
                      code, year)
            return None
        self.seen[(code, year)] = source
        self.report.disagreements.extend(self.checker.check(regular, parsed))
        rows = tuple(row for row in regular.rows
                     if departs_from_catalogue(row, self.catalogue))
        return _Checked(source, code, year,
                        official_values(regular, regency, self.catalogue, published_code),
                        rows, published_code)

    def write(self, session: Session, batch: list[_Checked]) -> None:
        """Insert new, replace changed, count unchanged; executemany throughout."""
        same_summary = [self.existing[(c.village_code, c.year)][0] for c in batch
                        if (c.village_code, c.year) in self.existing
                        and self.existing[(c.village_code, c.year)][1] == list(c.values)]
        stored_rows = _stored_rows(session, same_summary)
        stamp = self.stamp
        sync = {"hlc": stamp.hlc, "field_clocks": {}, "deleted": False,
                "updated_at": stamp.at, "updated_by": stamp.user}
        inserts: list[tuple[Any, ...]] = []
        updates: list[dict[str, Any]] = []
        replaced: list[str] = []
        new_rows: list[tuple[Any, ...]] = []
        for item in batch:
            key = (item.village_code, item.year)
            known = self.existing.get(key)
            if known is not None and known[1] == list(item.values) and \
                    stored_rows.get(known[0], []) == [(known[0], *row) for row in item.rows]:
                outcome = UNCHANGED
            else:
                values = {**dict(zip(COMPARED, item.values, strict=True)), **sync,
                          "source": item.source, "imported_at": stamp.at}
                if known is None:
                    row_id, outcome = new_id(), ADDED
                    inserts.append((row_id, item.village_code, item.year, OFFICIAL,
                                    *item.values, item.source))
                else:
                    row_id, outcome = known[0], UPDATED
                    updates.append({"id": row_id, **values})
                    replaced.append(row_id)
                new_rows.extend((row_id, *row) for row in item.rows)
                self.existing[key] = (row_id, list(item.values))
            self.report.outcomes.append(ImportOutcome(
                item.source, outcome, item.village_code, item.year,
                published_code=item.published_code))
        insert_many(session, _ASSESSMENT, inserts, shared={**sync, "imported_at": stamp.at},
                    columns=_INSERT_COLUMNS)
        if updates:
            session.execute(update(IdmAssessment), updates)
        for start in range(0, len(replaced), 500):
            session.execute(delete(_ROW).where(
                _ROW.c.assessment_id.in_(replaced[start:start + 500])))
        insert_many(session, _ROW, new_rows, columns=_ROW_INSERT_COLUMNS)  # 50 per file


_STORED_ROWS = (f"SELECT assessment_id, {', '.join(ROW_COLUMNS)} FROM {_ROW.name} "
                "WHERE assessment_id IN ({marks}) ORDER BY assessment_id, number")


def _stored_rows(session: Session, ids: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Each assessment's stored indicator rows as (assessment_id, *ROW_COLUMNS) tuples,
    grouped in C (fetchall, groupby): the re-import path reads every one of them."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    cursor = driver_connection(session).cursor()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        cursor.execute(_STORED_ROWS.format(marks=", ".join("?" * len(chunk))), chunk)
        for assessment_id, group in groupby(cursor.fetchall(), itemgetter(0)):
            found[assessment_id] = list(group)
    cursor.close()
    return found


def import_rumusan(
    db: Database,
    paths: Path | str | Iterable[Path | str],
    progress: Progress | None = None,
    is_cancelled: IsCancelled = never_cancelled,
    editor: Editor | None = None,
    code_map: CodeMap | None = None,
) -> IdmImportReport:
    """Import rumusan files and folders (recursively); each file all-or-nothing.

    ``editor`` only stamps who imported (clock, user); official rows never enter the outbox.
    ``code_map`` (confirmed old code -> current code) imports files under changed codes.
    """
    if isinstance(paths, Path | str):
        paths = [paths]
    files, missing = collect_rumusan_files(paths)
    run = RumusanImport(db, editor, code_map=code_map)
    for path in missing:
        run.skip(path, [translate("IdmImport", "berkas atau folder tidak ditemukan")])
    return run.run(files, progress or no_progress, is_cancelled)
