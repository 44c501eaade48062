"""A search keystroke in the village list (count plus first page) over the national list."""

from __future__ import annotations

from bench.context import Context
from bench.measure import Figure, median, sample
from desktop_app.core.villages.search import VillageFilter, count_villages, search_villages
from desktop_app.core.workspace import open_workspace

QUERIES = ["s", "su", "sun", "sung", "sunga", "sungai", "tanjung", "64", "64.02", "6402052",
           "xyzq", "ma"]


def keystrokes(data_dir, runs: int) -> dict[str, list[float]]:
    """Seconds of each query and sort, ``runs`` times after a warm-up."""
    workspace = open_workspace(data_dir)
    figures = {}
    try:
        with workspace.db.reading() as session:
            for text in QUERIES:
                for sort in ("name", "regency"):
                    village_filter = VillageFilter(text=text)

                    def keystroke(f: VillageFilter = village_filter, s: str = sort) -> None:
                        count_villages(session, f)
                        search_villages(session, f, s)

                    figures[f"{text!r} by {sort}"] = sample(keystroke, runs)
    finally:
        workspace.close()
    return figures


def run(ctx: Context) -> list[Figure]:
    dataset = ctx.dataset(ctx.scale.nation)
    figures = keystrokes(dataset.data_dir, max(ctx.runs, 3))
    medians = {name: median(times) for name, times in figures.items()}
    worst = max(medians, key=medians.get)
    where = f"{dataset.level} list ({len(dataset.codes):,} villages)"
    return [
        Figure("search", f"keystroke, worst query {worst}, {where}", medians[worst] * 1000,
               unit="ms", target=30, runs=[t * 1000 for t in figures[worst]]),
        Figure("search", f"keystroke, median over {len(medians)} queries",
               median(list(medians.values())) * 1000, unit="ms", target=30),
    ]
