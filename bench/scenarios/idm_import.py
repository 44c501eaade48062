"""IDM imports: rumusan files (10,000 at full scale) and the national sheet (75,000 rows),
each into a fresh copy of the national registry; floors are reading the same files alone
(JSON parsing; pandas for the sheet). Re-imports (nothing changed) are reported too."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from bench.context import Context
from bench.idm_data import consistent_templates, generate_rumusan, generate_sheet
from bench.measure import Figure, median, sample, timed
from bench.regions import WILAYAH, village_list
from desktop_app.core.idm.imports import import_national_sheet, import_rumusan
from desktop_app.core.workspace import open_workspace

SEED = 20261126
RUMUSAN = WILAYAH.parent / "idm-rumusan"


def first_and_again(ctx: Context, base, action: Callable) -> tuple[list[float], list[float]]:
    """Warm-up, then ``ctx.runs`` × (first import into a fresh copy, re-import)."""
    firsts, agains = [], []
    for run in range(ctx.runs + 1):
        folder = ctx.copy(base, "idm-import-run")
        workspace = open_workspace(folder)
        try:
            first = timed(lambda ws=workspace: action(ws))
            reports = []
            again = timed(lambda ws=workspace, out=reports: out.append(action(ws)))
        finally:
            workspace.close()
            shutil.rmtree(folder)
        assert not reports[0].changed, reports[0].counts
        if run:
            firsts.append(first)
            agains.append(again)
    return firsts, agains


def read_json_files(folder: Path) -> None:
    for path in folder.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def run(ctx: Context) -> list[Figure]:
    base = ctx.dataset(ctx.scale.nation)
    rng = random.Random(SEED)
    villages = village_list(base.wilayah)
    rumusan = ctx.folder("rumusan")
    files = ctx.scale.rumusan_files
    generate_rumusan(rumusan, consistent_templates(RUMUSAN), villages, files, rng)
    sheet = ctx.folder("idm-sheet") / "idm2024.xlsx"
    rows = ctx.scale.sheet_rows
    generate_sheet(sheet, villages, rows, rng)
    figures = []
    cases = [
        (f"{files:,} rumusan files", lambda ws: import_rumusan(ws.db, rumusan),
         lambda: read_json_files(rumusan), "reading the JSON alone"),
        (f"national sheet, {rows:,} rows (XLSX)",
         lambda ws: import_national_sheet(ws.db, sheet),
         lambda: pd.read_excel(sheet, engine="calamine"), "pandas reading the sheet"),
    ]
    for name, action, read, floor_name in cases:
        firsts, agains = first_and_again(ctx, base, action)
        floor = median(sample(read, ctx.runs))
        figures += [
            Figure("IDM import", f"import {name}", median(firsts), target=10,
                   floor=floor, floor_name=floor_name, runs=firsts),
            Figure("IDM import", f"re-import {name}, unchanged", median(agains),
                   floor=floor, floor_name=floor_name, runs=agains),
        ]
    return figures
