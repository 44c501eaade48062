"""``sinergi-desa --self-check``: prove a build works end to end, then exit 0.

A temporary data folder is migrated, a tiny region list is imported, a backup is made
and read back, a PDF is built and opened with QtPdf, the English catalogue is loaded and
the main window is built offscreen. Each step prints one line; any failure exits 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

TINY_WILAYAH = {
    "provinces.csv": "code,name\n64,Kalimantan Timur\n",
    "regencies.csv": "code,province_code,name\n64.01,64,Kabupaten Paser\n",
    "districts.csv": "code,regency_code,name\n64.01.01,64.01,Batu Sopang\n",
    "villages.csv": "code,district_code,name\n64.01.01.2001,64.01.01,Batu Kajang\n"
                    "64.01.01.2002,64.01.01,Kasungai\n",
}


def _step(label: str, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = work()
    detail = f": {result}" if isinstance(result, str | Path) else ""
    print(f"ok  {label} ({time.perf_counter() - started:.2f} s){detail}", flush=True)
    return result


def _seconds_since_process_start() -> float | None:
    """Linux only: wall time since this process was created (the bundle's start-up)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return uptime - ticks / os.sysconf("SC_CLK_TCK")


def run_self_check() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.stdout is None:  # a windowed build (Windows, macOS) has no console
        report = Path.cwd() / "sinergi-desa-self-check.txt"
        sys.stdout = sys.stderr = report.open("w", encoding="utf-8")
    try:
        with tempfile.TemporaryDirectory(prefix="sinergi-self-check-") as scratch:
            _checks(Path(scratch))
    except Exception:
        traceback.print_exc()
        print("SELF-CHECK FAILED", flush=True)
        return 1
    print("SELF-CHECK PASSED", flush=True)
    return 0


def _checks(scratch: Path) -> None:
    from desktop_app import __version__
    from desktop_app.paths import app_root

    print(f"Sinergi Desa {__version__} self-check; bundle at {app_root()}; "
          f"frozen={getattr(sys, 'frozen', False)}", flush=True)
    os.environ["SINERGI_DESA_LOG_DIR"] = str(scratch / "log")
    from desktop_app.core.backup import create_backup, read_backup
    from desktop_app.core.data_folder import lock_data_folder
    from desktop_app.core.regions.wilayah_import import import_wilayah
    from desktop_app.core.reports.profile_sheet import profile_sheet_for
    from desktop_app.core.workspace import open_workspace

    data = scratch / "data"
    lock = _step("data folder locked", lambda: lock_data_folder(data))
    workspace = _step("database migrated", lambda: open_workspace(data))
    print(f"    schema {workspace.migration.to_revision}", flush=True)
    source = scratch / "wilayah"
    source.mkdir()
    for name, text in TINY_WILAYAH.items():
        (source / name).write_text(text, encoding="utf-8")
    _step("region list imported", lambda: import_wilayah(workspace.db, source).summary())
    pdf = _step("PDF built", lambda: profile_sheet_for(workspace.db, "64.01.01.2001"))
    assert pdf.pdf.startswith(b"%PDF"), "not a PDF"
    backup = scratch / "cadangan.sdbackup"
    _step("backup made and verified", lambda: (
        create_backup(data, backup), f"{read_backup(backup).villages} villages")[1])
    _qt_checks(workspace, pdf.pdf, pdf.page_count)
    workspace.close()
    lock.release()


def _qt_checks(workspace: Any, pdf: bytes, pages: int) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
    from PySide6.QtPdf import QPdfDocument

    from desktop_app.ui.app import create_application
    from desktop_app.ui.translations import install_translations

    app = create_application([sys.argv[0]])
    english = _step("English catalogue loaded", lambda: install_translations(app, "en"))
    assert english is not None, "English translation missing"
    translated = QCoreApplication.translate("MainWindow", "Rekap IDM")
    print(f"    'Rekap IDM' -> {translated!r}", flush=True)
    assert translated != "Rekap IDM", "the English catalogue does not translate"
    app.removeTranslator(english)

    def open_pdf() -> str:
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        assert document.pageCount() == pages, (document.pageCount(), pages)
        image = document.render(0, document.pagePointSize(0).toSize())
        assert not image.isNull(), "page did not render"
        return f"{pages} page(s) rendered by QtPdf"

    _step("PDF opened", open_pdf)

    def window() -> str:
        from PySide6.QtCore import QEventLoop, QTimer

        from desktop_app.ui.main_window import MainWindow

        main = MainWindow(workspace)
        loop = QEventLoop()
        main.villages.model.loaded.connect(lambda _total: loop.quit())
        QTimer.singleShot(30_000, loop.quit)
        main.show()
        loop.exec()
        rows = main.villages.model.rowCount()
        assert rows == len(TINY_WILAYAH["villages.csv"].splitlines()) - 1, rows
        since_start = _seconds_since_process_start()
        main.runner.wait_idle()
        main._closing = True
        main.close()
        started = f", {since_start:.2f} s after the process started" if since_start else ""
        return f"{main.navigation.count()} sections, {rows} villages listed{started}"

    _step("main window built", window)
