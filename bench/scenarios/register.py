"""The supervision findings register filtered (count plus first page) over the province
dataset's findings (20,000 at full scale)."""

from __future__ import annotations

from bench.context import Context
from bench.dataset import TODAY
from bench.measure import Figure, median, sample
from desktop_app.core.supervision.register import (
    FindingFilter,
    count_findings,
    list_findings,
)
from desktop_app.core.workspace import open_workspace


def run(ctx: Context) -> list[Figure]:
    dataset = ctx.dataset(ctx.scale.province)
    regency = dataset.codes[len(dataset.codes) // 2][:5]
    filters = {
        "all, by deadline": (FindingFilter(TODAY), "deadline"),
        "overdue only": (FindingFilter(TODAY, overdue_only=True), "deadline"),
        f"kabupaten {regency}, not done": (
            FindingFilter(TODAY, region_code=regency, statuses=("open", "in_progress")),
            "village"),
        "category fisik, by severity": (FindingFilter(TODAY, category="fisik"), "severity"),
        "text 'nomor 1999'": (FindingFilter(TODAY, text="nomor 1999"), "found_on"),
    }
    workspace = open_workspace(dataset.data_dir)
    figures = []
    try:
        for name, (finding_filter, sort) in filters.items():
            def query(f: FindingFilter = finding_filter, s: str = sort) -> None:
                with workspace.db.reading() as session:
                    count_findings(session, f)
                    list_findings(session, f, s)

            times = [t * 1000 for t in sample(query, max(ctx.runs, 3))]
            figures.append(Figure("findings register",
                                  f"{ctx.scale.findings:,} findings: {name}", median(times),
                                  unit="ms", target=50, runs=times))
    finally:
        workspace.close()
    return figures
