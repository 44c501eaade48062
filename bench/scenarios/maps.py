"""Maps with the Kaltim boundaries (1,038 village polygons, ~100,000 vertices): importing
the three files, the map section's first paint, a theme or year change, a pan or zoom
frame, the map report PDF, and the program's peak memory with the map open against
without it."""

from __future__ import annotations

import json
import time
from pathlib import Path

from bench.context import Context
from bench.measure import Figure, median, sample
from bench.regions import as_desa
from bench.scenarios.startup import series
from desktop_app.core.maps.importing import import_boundaries
from desktop_app.core.reports.map_report import map_report_for
from desktop_app.core.workspace import open_workspace

PETA = Path(__file__).resolve().parents[3] / "shared" / "data" / "peta"
LEVELS = ("kabupaten", "kecamatan", "desa")


def boundary_files(folder: Path) -> dict[str, Path]:
    """The Kaltim files; the village file with kelurahan given desa codes as the bench's
    province list does (see bench/regions.py), so that every polygon has its village."""
    files = {level: PETA / f"{level}-64.geojson" for level in LEVELS[:2]}
    document = json.loads((PETA / "desa-64.geojson").read_text(encoding="utf-8"))
    for feature in document["features"]:
        feature["properties"]["kode"] = as_desa(feature["properties"]["kode"])
    files["desa"] = folder / "desa-64.geojson"
    files["desa"].write_text(json.dumps(document), encoding="utf-8")
    return files


def with_cpu(action):
    """``action`` that also adds its process CPU seconds (every thread) to ``action.cpu``:
    on a shared machine the wall time counts waiting for a core too."""
    def timed() -> None:
        began = time.process_time()
        action()
        timed.cpu.append(time.process_time() - began)

    timed.cpu = []
    return timed


def cpu_note(action) -> str:
    return f"CPU {median(action.cpu[1:] or action.cpu) * 1000:.1f} ms (all threads)"


def run(ctx: Context) -> list[Figure]:
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.ui.app import create_application
    from desktop_app.ui.maps.map_page import MapPage
    from desktop_app.ui.tasks import TaskRunner

    dataset = ctx.dataset(ctx.scale.province)
    folder = ctx.copy(dataset, "maps")
    files = boundary_files(ctx.folder("maps-files"))
    workspace = open_workspace(folder)
    figures = []
    try:
        for level in LEVELS:
            # Each run replaces the layer (a re-import), so the median is of real imports.
            runs = sample(lambda level=level: import_boundaries(workspace.db, files[level]),
                          ctx.runs)
            figures.append(Figure("maps", f"import {files[level].name}", median(runs),
                                  runs=runs))

        app = create_application()
        runner = TaskRunner()
        pages: list[MapPage] = []

        def first_paint() -> None:
            """Open the section until the coloured map is painted on screen."""
            loop = QEventLoop()
            page = MapPage(workspace, runner)
            page.resize(1100, 680)
            page.show()
            page.loaded.connect(loop.quit)
            QTimer.singleShot(30_000, loop.quit)
            loop.exec()
            page.canvas.repaint()
            pages.append(page)

        first_paint = with_cpu(first_paint)
        paints = sample(first_paint, ctx.runs)
        figures.append(Figure("maps", "first paint of the map section (layers read, paths "
                              "built, coloured by IDM status)", median(paints), target=0.150,
                              runs=paints, note=cpu_note(first_paint)))
        page = pages[-1]
        for other in pages[:-1]:
            other.close()
            other.deleteLater()
        app.processEvents()
        theme = page.theme_data
        assert theme is not None and theme.classes, "the map showed no theme"
        years = [page.year.itemData(i) for i in range(page.year.count())] or [None]
        from desktop_app.core.maps.themes import THEMES

        turn = iter(range(10**6))

        def change_year() -> None:
            year = years[next(turn) % len(years)]
            with workspace.db.reading() as session:
                data = THEMES["idm"].compute(session, year, workspace.clock.today())
            page.apply_theme(data)
            page.canvas.repaint()

        change_year = with_cpu(change_year)
        changes = sample(change_year, ctx.runs * 3)
        figures.append(Figure("maps", "theme or year change (SQL, recolour, render)",
                              median(changes), target=0.050, runs=changes,
                              note=cpu_note(change_year)))

        canvas = page.canvas
        steps = iter(range(10**6))

        def frame() -> None:
            step = next(steps)
            if step % 2:
                canvas.zoom_by(1.1)
            else:
                canvas.pan_by(12, -7)
            canvas.repaint()

        frames = sample(frame, max(20, ctx.runs * 10))
        figures.append(Figure("maps", "pan or zoom frame", median(frames), target=0.016,
                              runs=frames, note=f"worst {max(frames) * 1000:.1f} ms"))
        render = with_cpu(canvas.render_now)
        rests = sample(render, ctx.runs)
        figures.append(Figure("maps", "full render of a view once the movement rests",
                              median(rests), runs=rests, note=cpu_note(render)))
        page.close()
        runner.wait_idle()

        today = workspace.clock.today()
        report = with_cpu(lambda: map_report_for(workspace.db, "idm", theme.year, today))
        reports = sample(report, ctx.runs)
        figures.append(Figure("maps", "map report PDF (A4 landscape, 1,038 villages)",
                              median(reports), target=2.0, runs=reports,
                              note=cpu_note(report)))
    finally:
        workspace.close()

    started = time.perf_counter()
    _, without = series(str(folder), ctx.runs, measure_rss=True, use="settled")
    _, with_map = series(str(folder), ctx.runs, measure_rss=True, use="map")
    ctx.log(f"  memory probes: {time.perf_counter() - started:.0f} s")
    figures.append(Figure("maps", "peak RSS with the map open against without it",
                          median(with_map), unit="MB", target=1.3, on_ratio=True,
                          floor=median(without),
                          floor_name="the program started and settled, map not opened",
                          runs=with_map))
    return figures
