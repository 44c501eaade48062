"""Rencana aksi over the province dataset (~20 interventions a village over five years):
the coverage view of the province (≤ 200 ms once the path-up cache is built; its first
build is reported too), delivery per actor (≤ 200 ms), the effect tallies, and the province
action matrix PDF (≤ 5 s)."""

from __future__ import annotations

from sqlalchemy import func, select

from bench.context import Context
from bench.dataset import PLAN_YEARS, TODAY
from bench.measure import Figure, median, sample, timed
from desktop_app.core.action_plan.coverage import coverage_for
from desktop_app.core.action_plan.delivery import actor_delivery
from desktop_app.core.action_plan.effect import effect_tallies
from desktop_app.core.idm.path_cache import ensure_path_cache
from desktop_app.core.models import ActionIntervention
from desktop_app.core.reports.action_matrix import action_matrix_for
from desktop_app.core.workspace import open_workspace


def run(ctx: Context) -> list[Figure]:
    dataset = ctx.dataset(ctx.scale.province)
    folder = ctx.copy(dataset, "action-plan")  # the first coverage call writes its cache
    workspace = open_workspace(folder)
    db = workspace.db
    year = PLAN_YEARS[-1]
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(ActionIntervention))
    label = f"{len(dataset.codes):,} villages, {total:,} interventions"
    figures = []

    def view() -> int:  # as the section asks: freshness check, then the query
        return len(coverage_for(db, year))

    try:
        first = timed(lambda: ensure_path_cache(db))  # every path computed once
        figures.append(Figure("action plan", f"coverage, first call (path-up cache of 5 "
                                             f"years built), {label}", first))
        rows = view()
        times = [t * 1000 for t in sample(view, max(ctx.runs, 3))]
        figures.append(Figure("action plan", f"coverage view, province {year} ({label}; "
                                             f"{rows:,} path-up indicators)", median(times),
                              unit="ms", target=200, runs=times))

        def delivery() -> None:
            with db.reading() as session:
                actor_delivery(session, TODAY, year)

        def effect() -> None:
            with db.reading() as session:
                effect_tallies(session)

        for name, action, target in (("delivery per actor", delivery, 200),
                                     ("effect per actor and indicator, all years", effect,
                                      None)):
            times = [t * 1000 for t in sample(action, max(ctx.runs, 3))]
            figures.append(Figure("action plan", f"{name}, province ({label})",
                                  median(times), unit="ms", target=target, runs=times))

        def matrix():
            return action_matrix_for(db, year, "64", "Provinsi Kalimantan Timur",
                                     printed_on=TODAY)

        pages = matrix().page_count
        times = sample(matrix, ctx.runs, warm_up=False)
        figures.append(Figure("action plan", f"province action matrix PDF {year}, {pages} "
                                             "pages", median(times), target=5.0, runs=times))
    finally:
        workspace.close()
    return figures
