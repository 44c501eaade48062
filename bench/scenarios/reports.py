"""PDF reports from the province dataset: one-village reports (≤ 0.5 s each) and
province recaps (≤ 5 s each)."""

from __future__ import annotations

from sqlalchemy import select

from bench.context import Context
from bench.dataset import TODAY
from bench.measure import Figure, median, sample
from desktop_app.core.idm.queries import RegionScope
from desktop_app.core.models import Meeting
from desktop_app.core.reports.idm_recap import idm_recap_for
from desktop_app.core.reports.idm_report import idm_report_for
from desktop_app.core.reports.minutes import meeting_report_for
from desktop_app.core.reports.profile_sheet import profile_sheet_for
from desktop_app.core.reports.supervision_report import supervision_report_for
from desktop_app.core.reports.village_recap import village_recap_for
from desktop_app.core.workspace import open_workspace


def run(ctx: Context) -> list[Figure]:
    dataset = ctx.dataset(ctx.scale.province)
    workspace = open_workspace(dataset.data_dir)
    db = workspace.db
    one = dataset.codes[0]
    regency = dataset.codes[-1][:5]
    with db.reading() as session:
        meeting = session.scalars(select(Meeting.id).order_by(Meeting.id)).first()
    villages = f"{len(dataset.codes):,} villages"
    cases = [
        ("village profile, one village", 0.5, lambda: profile_sheet_for(db, one)),
        ("IDM report, one village", 0.5, lambda: idm_report_for(db, one)),
        ("APBDes monitoring, one village (findings, photos)", 0.5,
         lambda: supervision_report_for(db, workspace.data_dir, one, 2024, "murni", TODAY)),
        ("meeting minutes", 0.5, lambda: meeting_report_for(db, meeting)),
        ("meeting official record", 0.5, lambda: meeting_report_for(db, meeting, True)),
        (f"province village recap ({villages})", 5.0,
         lambda: village_recap_for(db, "64", "Provinsi Kalimantan Timur")),
        (f"province IDM recap ({villages}, 5 years)", 5.0,
         lambda: idm_recap_for(db, RegionScope(), printed_on=TODAY)),
        (f"kabupaten {regency} IDM recap", 5.0,
         lambda: idm_recap_for(db, RegionScope(regency), printed_on=TODAY)),
    ]
    figures = []
    try:
        for name, target, build in cases:
            pages = build().page_count  # warm-up: fonts, caches
            times = sample(build, ctx.runs, warm_up=False)
            figures.append(Figure("reports", f"{name}, {pages} pages", median(times),
                                  target=target, runs=times))
    finally:
        workspace.close()
    return figures
