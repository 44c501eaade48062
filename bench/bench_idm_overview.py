"""Opening the province IDM overview with 5 years of data (target ≤ 0.5 s).

Usage: python bench/bench_idm_overview.py [--wilayah ../shared/data/wilayah] [--runs 5]
Measures the overview's query work alone and the real page (offscreen) until it has shown
its tables and chart; also the synergy matrix for the province. Writes bench/out/idm_overview.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SINERGI_DESA_LOG_DIR", tempfile.mkdtemp(prefix="sd-bench-logs-"))

from bench.idm_data import fill_official_idm  # noqa: E402
from desktop_app.core.idm.queries import (  # noqa: E402
    lagging_villages,
    region_disagreements,
    status_overview,
)
from desktop_app.core.idm.synergy import synergy_matrix  # noqa: E402
from desktop_app.core.regions.wilayah_import import import_wilayah  # noqa: E402
from desktop_app.core.workspace import open_workspace  # noqa: E402


def median_time(action, runs: int) -> float:
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wilayah", type=Path,
                        default=ROOT.parent / "shared" / "data" / "wilayah")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    workspace = open_workspace(Path(tempfile.mkdtemp(prefix="sd-bench-idm-")))
    import_wilayah(workspace.db, args.wilayah, province="64")
    count = fill_official_idm(workspace.db, range(2020, 2025))

    def queries() -> None:
        with workspace.db.reading() as session:
            status_overview(session)
            lagging_villages(session, 2024)

    def data_check() -> None:
        with workspace.db.reading() as session:
            region_disagreements(session)

    def synergy() -> None:
        with workspace.db.reading() as session:
            synergy_matrix(session, 2024)

    from desktop_app.ui.app import create_application
    from desktop_app.ui.idm.overview_page import IdmOverviewPage
    from desktop_app.ui.tasks import TaskRunner

    app = create_application()
    runner = TaskRunner()

    def open_page() -> None:
        done = []
        page = IdmOverviewPage(workspace, runner)
        page.loaded.connect(lambda: done.append(True))
        page.show()
        while not done:
            app.processEvents()
        page.close()
        page.deleteLater()

    rows = [
        (f"overview queries, province, {count} assessments", median_time(queries, args.runs),
         0.5),
        ("open the province overview page (until shown)", median_time(open_page, args.runs),
         0.5),
        ("data check: published vs recomputed, province", median_time(data_check, args.runs),
         None),
        ("synergy matrix, province, 2024", median_time(synergy, args.runs), None),
    ]
    print(f"{'scenario':60} {'figure':>9} {'target':>8}")
    for name, figure, target in rows:
        verdict = "" if target is None else ("pass" if figure <= target else "FAIL")
        print(f"{name:60} {figure:8.3f}s {'' if target is None else f'{target:.1f}s':>8} "
              f"{verdict}")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "idm_overview.json").write_text(json.dumps(
        [{"scenario": n, "seconds": f, "target": t} for n, f, t in rows], indent=2))
    runner.wait_idle()
    workspace.close()


if __name__ == "__main__":
    main()
