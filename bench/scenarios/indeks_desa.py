"""Indeks Desa: importing the nation's official results (one row per village, 83,762 at full
scale; target 10 s) into a fresh copy of the national registry, and scoring and showing the
province (1,038 villages with a complete questionnaire each): rescoring every stored
questionnaire, and the per-status and per-kabupaten overview the recap shows. Floors: reading
the same sheet with pandas; scoring the same answers in memory."""

from __future__ import annotations

import random
import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
from sqlalchemy import select

from bench.context import Context
from bench.dataset import STAMP
from bench.measure import Figure, median, sample, timed
from desktop_app.core.db import insert_many
from desktop_app.core.ids import new_ids
from desktop_app.core.indeks_desa.answers import live_score
from desktop_app.core.indeks_desa.official_import import import_official_results
from desktop_app.core.indeks_desa.queries import regional_overview, status_per_village
from desktop_app.core.indeks_desa.recompute import recompute_questionnaires
from desktop_app.core.indeks_desa.store import computed_values
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.models import Base, Village
from desktop_app.core.workspace import open_workspace

SEED = 20261206
YEAR = 2025
NOW = datetime(2026, 1, 5, 9, 0)
STATUSES = ("Mandiri", "Maju", "Berkembang", "Tertinggal", "Sangat Tertinggal")


def write_results_sheet(path: Path, codes: list[str], rng: random.Random) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Hasil")
    sheet.append(["No", "Kode Desa", "Nilai ID", "Layanan Dasar", "Sosial", "Ekonomi",
                  "Lingkungan", "Aksesibilitas", "Tata Kelola Pemerintahan Desa", "Status"])
    for number, code in enumerate(codes, start=1):
        dims = [f"{rng.uniform(30, 100):.2f}" for _ in range(6)]
        sheet.append([number, code.replace(".", ""), f"{rng.uniform(40, 95):.2f}", *dims,
                      rng.choice(STATUSES)])
    book.save(path)
    return path


def fill_questionnaires(database: Path, codes: list[str], rng: random.Random) -> None:
    """A complete questionnaire per village, written in bulk (their stored scores stale, so
    that rescoring has work to do)."""
    from desktop_app.core.db import Database

    catalogue = indeks_desa_catalogue(YEAR)
    keys = [item.key for item in catalogue.indicators]
    db = Database(database)
    try:
        with db.writing() as session:
            ids = new_ids(len(codes))
            insert_many(session, Base.metadata.tables["index_questionnaire"], [
                {"id": qid, "village_code": code, "regency_code": code[:5], "year": YEAR,
                 "index_code": "INDEKS_DESA", "review_state": "diisi", "total": "0.00",
                 "status": "Sangat Tertinggal", "status_provisional": True,
                 "answered": len(keys)} for qid, code in zip(ids, codes, strict=True)],
                STAMP)
            for qid, code in zip(ids, codes, strict=True):
                insert_many(session, Base.metadata.tables["index_answer"], [
                    {"id": aid, "questionnaire_id": qid, "village_code": code,
                     "aspect_key": key, "score": rng.randint(1, 5)}
                    for aid, key in zip(new_ids(len(keys)), keys, strict=True)], STAMP)
    finally:
        db.close()


def run(ctx: Context) -> list[Figure]:
    rng = random.Random(SEED)
    figures = []
    nation = ctx.dataset(ctx.scale.nation)
    sheet = write_results_sheet(ctx.folder("indeks-desa") / "hasil-id-2025.xlsx",
                                nation.codes, rng)
    firsts = []
    for run_number in range(ctx.runs + 1):
        folder = ctx.copy(nation, "indeks-desa-import")
        workspace = open_workspace(folder)
        try:
            seconds = timed(lambda ws=workspace: import_official_results(
                ws.db, sheet, YEAR, NOW))
        finally:
            workspace.close()
            shutil.rmtree(folder)
        if run_number:
            firsts.append(seconds)
    floor = median(sample(lambda: pd.read_excel(sheet, engine="calamine"), ctx.runs))
    figures.append(Figure("Indeks Desa", f"import official results, {len(nation.codes):,} "
                          "rows (XLSX)", median(firsts), target=10, floor=floor,
                          floor_name="pandas reading the sheet", runs=firsts))

    province = ctx.dataset(ctx.scale.province)
    folder = ctx.copy(province, "indeks-desa-province")
    workspace = open_workspace(folder)
    try:
        with workspace.db.reading() as session:
            codes = list(session.scalars(select(Village.code).order_by(Village.code)))
        fill_questionnaires(workspace.db.path, codes, rng)
        scoring = []
        for run_number in range(ctx.runs + 1):
            with workspace.db.writing() as session:  # make every stored score stale again
                session.execute(Base.metadata.tables["index_questionnaire"].update().values(
                    total="0.00"))
            seconds = timed(lambda: recompute_questionnaires(workspace.db, workspace.editor))
            if run_number:
                scoring.append(seconds)
        catalogue = indeks_desa_catalogue(YEAR)
        answers = [{item.key: rng.randint(1, 5) for item in catalogue.indicators}
                   for _ in codes]
        in_memory = median(sample(lambda: [computed_values(catalogue, live_score(
            catalogue, scores)) for scores in answers], ctx.runs))
        figures.append(Figure("Indeks Desa", f"score the province, {len(codes):,} "
                              "questionnaires", median(scoring), floor=in_memory,
                              floor_name="scoring the answers in memory", runs=scoring))

        def show() -> None:
            with workspace.db.reading() as session:
                status_per_village(session, YEAR)
                regional_overview(session, YEAR)

        showing = sample(show, ctx.runs)
        figures.append(Figure("Indeks Desa", f"status per village and recap, {len(codes):,} "
                              "villages", median(showing), runs=showing))
    finally:
        workspace.close()
    return figures
