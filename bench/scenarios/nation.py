"""Nation scale: five years of official IDM for every village of the national list (83,762 at
full scale, with indicator rows as the province's; one village in ``Scale.nation_every`` at
the cut-down scales) and what a national user waits for:

  1. the national IDM overview, what the IDM section shows first at national scope (villages
     per status per kabupaten and year, the latest year's lagging villages): the queries
     alone and the real page (offscreen) until shown; target 0.5 s;
     the synergy matrix at national scope (every agency × weak indicator, counted): the
     query alone and the page's "Tampilkan" until the table is shown; target 2 s;
  2. the national IDM recap PDF; target 15 s;
  3. the database's size on disk (MB, and KB a village);
  4. Kalimantan Timur's first pull from a real server on 127.0.0.1 (SQLite, 1 worker)
     holding the nation's synced rows (a profile and five years of population and IDM
     drafts a village): the desktop's own sync, and the rows and compressed bytes it moves.
The datasets (workspace and server) are kept under bench/out/datasets, keyed by what makes
them, since the nation takes minutes to build.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

from bench.bench_server import PASSWORD, Device, Server, kabupaten_ops
from bench.context import Context
from bench.dataset import NATION_IDM, ROOT, TODAY, YEARS, Dataset
from bench.measure import Figure, median, sample
from bench.scenarios.sync import new_laptop, pull_floor
from desktop_app.core.idm.queries import RegionScope, lagging_villages, status_overview
from desktop_app.core.idm.synergy import synergy_matrix
from desktop_app.core.reports.idm_recap import idm_recap_for
from desktop_app.core.workspace import open_workspace
from provincial_server.cli import main as server_cli

PROVINCE = "64"  # Kalimantan Timur
ROWS_PER_VILLAGE = 11  # a profile, five population years, five IDM drafts (kabupaten_ops)
CACHE = ROOT / "bench" / "out" / "datasets"


def run(ctx: Context) -> list[Figure]:
    dataset = ctx.dataset(NATION_IDM)
    villages = f"{len(dataset.codes):,} villages"
    figures = overview_figures(ctx, dataset, villages)
    figures.append(recap_figure(ctx, dataset, villages))
    figures.extend(size_figures(dataset))
    figures.extend(pull_figures(ctx, dataset))
    return figures


def overview_figures(ctx: Context, dataset: Dataset, villages: str) -> list[Figure]:
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.ui.app import create_application
    from desktop_app.ui.idm.overview_page import IdmOverviewPage
    from desktop_app.ui.tasks import TaskRunner

    workspace = open_workspace(dataset.data_dir)
    try:
        def queries() -> None:
            with workspace.db.reading() as session:
                overview = status_overview(session)
                lagging_villages(session, overview.years[-1])

        query_runs = sample(queries, ctx.runs)
        app = create_application()
        runner = TaskRunner()

        def open_page() -> float:
            """Seconds to open the section until its tables and chart are shown (the loop
            sleeps while the worker queries, as the program's does); then, untimed, the
            page's other tabs finish loading before it closes."""
            start = time.perf_counter()
            loop = QEventLoop()
            page = IdmOverviewPage(workspace, runner)  # its queries start here
            page.loaded.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            page.show()
            loop.exec()
            elapsed = time.perf_counter() - start
            runner.wait_idle()
            app.processEvents()
            page.close()
            page.deleteLater()
            app.processEvents()
            return elapsed

        page_runs = [open_page() for _ in range(ctx.runs + 1)][1:]
        runner.wait_idle()
        app.processEvents()
        year = max(YEARS)

        def matrix() -> None:
            with workspace.db.reading() as session:
                synergy_matrix(session, year, names_up_to=0)

        matrix_runs = sample(matrix, ctx.runs)
        page = IdmOverviewPage(workspace, runner)
        runner.wait_idle()
        app.processEvents()
        page.synergy_year.setValue(year)
        shown: list[int] = []

        def show_matrix() -> float:
            """Seconds from "Tampilkan" until the matrix's rows are in the table."""
            start = time.perf_counter()
            loop = QEventLoop()
            page.synergy_loaded.connect(loop.quit)
            QTimer.singleShot(120_000, loop.quit)
            page.load_synergy()
            loop.exec()
            elapsed = time.perf_counter() - start
            page.synergy_loaded.disconnect(loop.quit)
            shown.append(page.synergy.rowCount())
            return elapsed

        show_runs = [show_matrix() for _ in range(ctx.runs)]
        assert shown[-1] > 0, "the synergy matrix was not shown"
        page.close()
        page.deleteLater()
        runner.wait_idle()
        app.processEvents()
    finally:
        workspace.close()
    return [
        Figure("nation", f"national IDM overview, queries ({villages}, 5 years)",
               median(query_runs), target=0.5, runs=query_runs),
        Figure("nation", "open the IDM overview at national scope (until shown)",
               median(page_runs), target=0.5, runs=page_runs),
        Figure("nation", f"synergy matrix at national scope, query ({villages}, {year})",
               median(matrix_runs), target=2, runs=matrix_runs),
        Figure("nation", f"synergy matrix at national scope, until shown ({shown[-1]} rows)",
               median(show_runs), target=2, runs=show_runs),
    ]


def recap_figure(ctx: Context, dataset: Dataset, villages: str) -> Figure:
    workspace = open_workspace(dataset.data_dir)
    try:
        def build():
            return idm_recap_for(workspace.db, RegionScope(), printed_on=TODAY)

        pages = build().page_count  # warm-up: fonts, caches
        runs = sample(build, ctx.runs, warm_up=False)
    finally:
        workspace.close()
    return Figure("nation", f"national IDM recap PDF ({villages}), {pages} pages",
                  median(runs), target=15, runs=runs)


def size_figures(dataset: Dataset) -> list[Figure]:
    files = [dataset.data_dir / name for name in
             ("sinergi-desa.sqlite", "sinergi-desa.sqlite-wal")]
    size = sum(path.stat().st_size for path in files if path.exists())
    with sqlite3.connect(files[0]) as connection:
        rows = connection.execute("SELECT count(*) FROM idm_indicator_row").fetchone()[0]
    return [
        Figure("nation", f"database size ({len(dataset.codes):,} villages, {rows:,} "
               "indicator rows)", size / 1e6, unit="MB"),
        Figure("nation", "database size a village", size / 1e3 / len(dataset.codes),
               unit="KB"),
    ]


# -- a province's first pull from a server holding the nation ------------------------------

def _key(every: int) -> str:
    inputs = hashlib.sha256()
    for path in (ROOT / "bench" / "bench_server.py",
                 *sorted((ROOT / "migrations" / "server").rglob("*.py"))):
        inputs.update(path.name.encode() + path.read_bytes())
    return f"nation-server-every{every}-{inputs.hexdigest()[:12]}"


def _cli(server: Server, *args: str) -> None:
    saved = dict(os.environ)
    os.environ.update(server.env)
    try:
        assert server_cli(list(args)) in (0, None), args
    finally:
        os.environ.clear()
        os.environ.update(saved)


def province_regencies(codes: list[str]) -> list[str]:
    return sorted({code[:5] for code in codes if code.startswith(PROVINCE + ".")})


def fill_nation_server(server: Server, dataset: Dataset) -> None:
    """Set up a fresh server (regions, an admin "pusat", Kalimantan Timur's operator
    "kaltim") and push every village's synced rows through it; the server is stopped after."""
    _cli(server, "init-db")
    _cli(server, "import-wilayah", str(dataset.wilayah), "--province", "")
    _cli(server, "create-user", "pusat", "--role", "admin", "--password", PASSWORD)
    regions = [arg for code in province_regencies(dataset.codes) for arg in ("--region", code)]
    _cli(server, "create-user", "kaltim", "--role", "operator", "--password", PASSWORD,
         *regions)
    server.start()
    try:
        device, rng = Device(server.url, "pusat"), random.Random(64)
        for start in range(0, len(dataset.codes), 1000):
            ops = kabupaten_ops(device, dataset.codes[start:start + 1000], rng)
            for at in range(0, len(ops), 5000):
                results = device.push(ops[at:at + 5000])
                assert {r["status"] for r in results} == {"applied"}, results[:3]
    finally:
        server.stop()


def nation_server(ctx: Context, dataset: Dataset) -> Path:
    """The server database holding the nation's synced rows (built once, then copied)."""
    folder = CACHE / _key(ctx.scale.nation_every)
    database = folder / "server.sqlite"
    if not (folder / "complete").exists():
        ctx.log("  building the nation's server …")
        shutil.rmtree(folder, ignore_errors=True)
        fill_nation_server(Server(f"sqlite:///{database}", folder / "server", workers=1),
                           dataset)
        with sqlite3.connect(database) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (folder / "complete").write_text("built\n")
    return database


def pull_figures(ctx: Context, dataset: Dataset) -> list[Figure]:
    cached = nation_server(ctx, dataset)
    root = ctx.folder("nation-pull")
    shutil.copyfile(cached, root / "server.sqlite")
    server = Server(f"sqlite:///{root / 'server.sqlite'}", root / "server", workers=1)
    expected = ROWS_PER_VILLAGE * sum(code.startswith(PROVINCE + ".") for code in dataset.codes)
    held = ROWS_PER_VILLAGE * len(dataset.codes)
    server.start()
    try:
        pulls: list[float] = []
        floors: list[float] = []
        for index in range(ctx.runs + 1):
            service = new_laptop(root / f"laptop{index}", dataset.wilayah, server.url,
                                 "kaltim", PROVINCE)
            try:
                start = time.perf_counter()
                report = service.sync()
                elapsed = time.perf_counter() - start
            finally:
                service.workspace.close()
            assert report.pulled == expected, (report.pulled, expected)
            if index:
                pulls.append(elapsed)
                floors.append(pull_floor(root / "server.sqlite", root / "floor.sqlite",
                                         expected, PROVINCE))
        bare = Device(server.url, "kaltim")
        start = time.perf_counter()
        rows, received, _ = bare.pull_all(None)
        bare_s = time.perf_counter() - start
        assert rows == expected, (rows, expected)
    finally:
        server.stop()
    return [
        Figure("nation", f"Kalimantan Timur's first pull from a server holding the nation "
               f"({expected:,} of {held:,} rows)", median(pulls), floor=median(floors),
               floor_name="same rows as gzip JSON, SQLite to SQLite", runs=pulls,
               note=f"floor runs {floors}; a bare HTTP client fetching the pages alone "
                    f"{bare_s:.2f} s"),
        Figure("nation", "  its compressed bytes on the wire", received / 1e3, unit="KB",
               note=f"{received / expected:.0f} bytes a row"),
    ]
