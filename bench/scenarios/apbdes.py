"""A province's APBDes realisation reports imported (1,038 villages × ~135 lines at full
scale) into a fresh copy of the province dataset, against pandas reading the same files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from bench.apbdes_data import write_reports
from bench.context import Context
from bench.dataset import TODAY
from bench.measure import Figure, median, sample, timed
from desktop_app.core.apbdes.folder_import import import_folder
from desktop_app.core.workspace import open_workspace

YEAR = 2025  # the dataset holds 2020-2024: this year's reports are new


def import_twice(folder: Path, reports: Path) -> tuple[float, float, list]:
    """Import the folder into the workspace ``folder`` (then removed), then import again."""
    workspace = open_workspace(folder)
    done: list = []

    def once() -> None:
        done.append(import_folder(workspace.db, workspace.editor, [reports], YEAR,
                                  reported_on=TODAY))
    try:
        return timed(once), timed(once), done
    finally:
        workspace.close()
        shutil.rmtree(folder)


def run(ctx: Context) -> list[Figure]:
    base = ctx.dataset(ctx.scale.province)
    codes = base.codes[:ctx.scale.apbdes_villages]
    reports = ctx.folder("lra")
    files = write_reports(reports, codes)
    firsts, agains, lines = [], [], 0
    for run_index in range(ctx.runs + 1):
        first, again, done = import_twice(ctx.copy(base, "apbdes-run"), reports)
        assert not done[0].refused, done[0].refused[:3]
        lines = sum(r.unchanged for r in done[1].imported.values())
        assert lines and len(done[1].imported) == len(files)
        if run_index:
            firsts.append(first)
            agains.append(again)
    floor = median(sample(lambda: [pd.read_excel(p, engine="calamine", header=None)
                                   for p in files], ctx.runs))
    name = f"{len(files):,} villages' realisation reports ({lines:,} lines)"
    return [
        Figure("APBDes import", f"import {name}", median(firsts), target=20, floor=floor,
               floor_name="pandas reading the files", runs=firsts),
        Figure("APBDes import", "re-import the same files, unchanged", median(agains),
               floor=floor, floor_name="pandas reading the files", runs=agains),
    ]
