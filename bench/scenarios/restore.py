"""Restore a backup while a sync is running, through the real window.

A facilitator's data folder (40 villages with profiles, five years of official IDM and
APBDes, findings with photos, meetings) syncs a day's field work (records and photos) to a
real server on 127.0.0.1 through a slow link (256 kbit/s, 300 ms round trip). While the
upload is in flight the backup taken that morning is restored: the figure is the wall time
from the request to the reopened workspace (the restore waits for the sync to be cut off,
restores alone under the write lock, the window closes and a new one opens on the data and
shows its village list). Run alone: ``python -m bench.scenarios.restore [smoke|small|full]``.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bench.apbdes_data import fill_findings
from bench.bench_server import PASSWORD, Server, write_wilayah
from bench.context import Context
from bench.dataset import (
    TODAY,
    YEARS,
    fill_budgets,
    fill_finding_photos,
    fill_meetings,
    fill_profiles,
)
from bench.idm_data import fill_official_idm
from bench.measure import Figure, median
from bench.scenarios.sync import ONE_WAY_S, RATE_BPS, days_work
from desktop_app.core.backup import create_backup
from desktop_app.core.regions.wilayah_import import import_wilayah
from desktop_app.core.sync.service import SyncService
from desktop_app.core.workspace import open_workspace
from tests.sync.proxy import FaultProxy

PER_DISTRICT = 4  # 10 kecamatan: 40 villages, a facilitator's


def wait_for(condition: Callable[[], bool], timeout_s: float = 120) -> None:
    """Run the Qt event loop until ``condition`` holds."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def data_folder(root: Path, ctx: Context) -> tuple[Path, Path]:
    """The facilitator's data folder (built once) and its region files."""
    wilayah = root / "wilayah"
    folder = root / "base" / "data"
    if folder.exists():
        return folder, wilayah
    codes = write_wilayah(wilayah, PER_DISTRICT)
    workspace = open_workspace(folder)
    try:
        import_wilayah(workspace.db, wilayah)
        workspace.set_user("pendamping")
        fill_profiles(workspace, codes)
        fill_official_idm(workspace.db, YEARS)
        fill_budgets(workspace.db, codes, YEARS)
        fill_findings(workspace.db, codes, ctx.scale.findings, TODAY)
        fill_finding_photos(workspace, ctx.scale.photo_every)
        fill_meetings(workspace, codes, ctx.scale.meetings_per_district)
    finally:
        workspace.close()
    return folder, wilayah


def one_restore(root: Path, base: Path, wilayah: Path, ctx: Context,
                index: int) -> dict[str, float]:
    """Seconds from the restore request to the reopened window, and its parts."""
    from desktop_app.ui.app import open_data_folder
    from desktop_app.ui.main_window import MainWindow

    run = root / f"run{index}"
    shutil.rmtree(run, ignore_errors=True)
    data_dir = run / "data"
    shutil.copytree(base, data_dir)
    server = Server(f"sqlite:///{run / 'server.sqlite'}", run / "server", workers=1)
    server.prepare(wilayah, 0)
    server.start()
    proxy = FaultProxy(int(server.url.rsplit(":", 1)[1])).start()
    proxy.shape.rate_bps, proxy.shape.delay_s = RATE_BPS, ONE_WAY_S
    pushing = threading.Event()
    proxy.on_upload = lambda data: b"/sync/push" in data and pushing.set()
    reopened = None
    try:
        workspace = open_workspace(data_dir)
        service = SyncService(workspace, use_keyring=False)
        service.enrol(proxy.url, "operator", PASSWORD, "bench")
        backup = run / "pagi.sdbackup"
        create_backup(data_dir, backup)
        days_work(service, run, ctx.scale.day_records, ctx.scale.day_photos,
                  ctx.scale.day_photo_kb, seed=index)
        window = MainWindow(workspace)
        window._sync_service = service
        window.show()
        wait_for(lambda: window.villages.model.rowCount() > 0)
        page = window.sync_page
        page.sync_now()
        wait_for(pushing.is_set)  # the day's work is on its way up
        moments: dict[str, float] = {}
        window.backups.restored.connect(
            lambda _report: moments.setdefault("restored", time.perf_counter()))
        start = time.perf_counter()
        window.backups.start_restore(backup)
        wait_for(lambda: not page.running)
        moments["sync stopped"] = time.perf_counter()
        wait_for(lambda: not window.isVisible())  # closed, for run_gui to reopen the data
        moments["closed"] = time.perf_counter()
        workspace.close()
        reopened = open_data_folder(data_dir)
        second = MainWindow(reopened)
        second.show()
        wait_for(lambda: second.villages.model.rowCount() > 0)
        end = time.perf_counter()
        second._closing = True
        second.close()
        wait_for(lambda: not second.isVisible())
        window.deleteLater()
        second.deleteLater()
        assert page.progress_label.text() == "Sinkronisasi dibatalkan.", \
            page.progress_label.text()
        return {"total": end - start, "sync stopped": moments["sync stopped"] - start,
                "restored": moments["restored"] - start, "reopened": end - moments["closed"]}
    finally:
        if reopened is not None:
            reopened.close()
        proxy.stop()
        server.stop()


def run(ctx: Context) -> list[Figure]:
    from desktop_app.ui.app import create_application

    create_application()
    root = ctx.folder("restore")
    base, wilayah = data_folder(root, ctx)
    runs = [one_restore(root, base, wilayah, ctx, index) for index in range(ctx.runs + 1)][1:]
    totals = [r["total"] for r in runs]
    note = "; ".join(f"{part} at {median([r[part] for r in runs]):.2f} s"
                     for part in ("sync stopped", "restored", "reopened"))
    ctx.log(f"  restore with a sync running: {median(totals):.2f} s ({note})")
    return [Figure("restore", "restore during a sync, request to reopened window "
                   f"({PER_DISTRICT * 10} villages)", median(totals), unit="s", runs=totals,
                   note=note)]


if __name__ == "__main__":
    import os
    import tempfile

    from bench.scales import SCALES

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scale = SCALES[sys.argv[1] if len(sys.argv) > 1 else "small"]
    scratch = Path(tempfile.mkdtemp(prefix="sd-bench-restore-"))
    try:
        for figure in run(Context(scale, scale.runs, scratch)):
            print(f"{figure.name}: {figure.value:.2f} s (runs {figure.runs}) {figure.note}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
