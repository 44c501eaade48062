"""Peak memory (max RSS) of the program on the national list: opened, a search typed, the
first village found opened with its IDM and APBDes tabs."""

from __future__ import annotations

from bench.context import Context
from bench.measure import Figure, median
from bench.scenarios.startup import series


def run(ctx: Context) -> list[Figure]:
    dataset = ctx.dataset(ctx.scale.nation)
    _, bare = series("bare", ctx.runs, measure_rss=True)
    _, app = series(str(dataset.data_dir), ctx.runs, measure_rss=True, use=True)
    return [Figure("memory", f"peak RSS: start-up, a search, a village opened; "
                   f"{dataset.level} list ({len(dataset.codes):,} villages)", median(app),
                   unit="MB", target=400,
                   floor=median(bare), floor_name="bare PySide6 window", runs=app)]
