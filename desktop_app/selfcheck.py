"""``sinergi-desa --self-check [OLD_DATABASE]``: prove a build works end to end, then exit 0.

A temporary data folder is migrated (and a copy of ``OLD_DATABASE``, a database of an
earlier version, when given), a tiny region list and village boundaries (a zipped
Shapefile) are imported, a spreadsheet is written (openpyxl) and read (calamine), photos of
every accepted format are stored with thumbnails (Pillow), a worker process is started,
HTTPS and the OS keyring's modules load, a backup is made and read back, a PDF is built
(reportlab) and opened with QtPdf, the English catalogue is loaded, the thumbnail and an SVG
icon are read by Qt's image plugins, a chart is drawn (QtCharts), ICU collates, a page is
printed to PDF, and the main window is built offscreen and its map section painted. Each
step prints one line; any failure exits 1. The field bundle leaves out what the program
never loads (build_installer.spec), so each library it keeps has a step here that needs it.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
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
    detail = f": {result}" if isinstance(result, str) else ""
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


def run_self_check(old_database: Path | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.stdout is None:  # a windowed build (Windows, macOS) has no console
        report = Path.cwd() / "sinergi-desa-self-check.txt"
        sys.stdout = sys.stderr = report.open("w", encoding="utf-8")
    try:
        with tempfile.TemporaryDirectory(prefix="sinergi-self-check-") as scratch:
            _checks(Path(scratch), old_database)
    except Exception:
        traceback.print_exc()
        print("SELF-CHECK FAILED", flush=True)
        return 1
    print("SELF-CHECK PASSED", flush=True)
    return 0


def _checks(scratch: Path, old_database: Path | None) -> None:
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
    if old_database is not None:
        _step("old database migrated", lambda: _migrate_copy(old_database, scratch / "old"))
    source = scratch / "wilayah"
    source.mkdir()
    for name, text in TINY_WILAYAH.items():
        (source / name).write_text(text, encoding="utf-8")
    _step("region list imported", lambda: import_wilayah(workspace.db, source).summary())
    _step("village boundaries imported (Shapefile)", lambda: _import_boundaries(
        workspace, scratch / "batas-desa.zip"))
    _step("spreadsheet written and read (openpyxl, calamine)",
          lambda: _spreadsheet(scratch / "tabel.xlsx"))
    thumbnail = _step("photos stored with thumbnails (Pillow)", lambda: _photos(data, scratch))
    _step("worker process started", _worker_process)
    _step("HTTPS and keyring modules loaded", _network_and_keyring)
    pdf = _step("PDF built", lambda: profile_sheet_for(workspace.db, "64.01.01.2001"))
    assert pdf.pdf.startswith(b"%PDF"), "not a PDF"
    backup = scratch / "cadangan.sdbackup"
    _step("backup made and verified", lambda: (
        create_backup(data, backup), f"{read_backup(backup).villages} villages")[1])
    _qt_checks(workspace, pdf.pdf, pdf.page_count, thumbnail, scratch)
    workspace.close()
    lock.release()


def _migrate_copy(database: Path, folder: Path) -> str:
    """Open a copy of an earlier version's database: it is backed up and migrated."""
    from desktop_app.core.workspace import open_workspace
    from desktop_app.paths import DATABASE_FILE

    folder.mkdir()
    shutil.copyfile(database, folder / DATABASE_FILE)
    workspace = open_workspace(folder)
    try:
        report = workspace.migration
        assert report.from_revision != report.to_revision, "the database was not old"
        assert report.backup is not None and report.backup.is_file(), "no backup made"
        return f"{report.from_revision} -> {report.to_revision}"
    finally:
        workspace.close()


def _import_boundaries(workspace: Any, path: Path) -> str:
    """The two villages as squares in a zipped Shapefile (pyshp), imported as the map."""
    import shapefile

    from desktop_app.core.maps.importing import import_boundaries

    files = {ext: io.BytesIO() for ext in ("shp", "shx", "dbf")}
    writer = shapefile.Writer(shapeType=shapefile.POLYGON, **files)
    writer.field("KDEPUM", "C", size=13)
    writer.field("NAMOBJ", "C", size=50)
    for index, line in enumerate(TINY_WILAYAH["villages.csv"].splitlines()[1:]):
        code, _, name = line.split(",")
        x, y = 116.0 + index * 0.1, -1.9
        writer.poly([[[x, y], [x, y + 0.1], [x + 0.1, y + 0.1], [x + 0.1, y], [x, y]]])
        writer.record(code, name)
    writer.close()
    with zipfile.ZipFile(path, "w") as archive:
        for ext, data in files.items():
            archive.writestr(f"desa.{ext}", data.getvalue())
    report = import_boundaries(workspace.db, path, clock=workspace.clock)
    return report.summary().splitlines()[0]


def _spreadsheet(path: Path) -> str:
    from openpyxl import Workbook

    from desktop_app.core.spreadsheet import read_workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "IDM"
    sheet.append(["kode", "skor"])
    sheet.append(["64.01.01.2001", 0.7123])
    book.save(path)
    name, cells = read_workbook(path)
    assert name == "IDM" and cells[1] == ["64.01.01.2001", 0.7123], (name, cells)
    return f"{len(cells)} rows"


def _photos(data: Path, scratch: Path) -> Path:
    """Every image format attachments accept, stored and given a JPEG thumbnail; returns
    the last thumbnail (Qt reads it later)."""
    from PIL import Image

    from desktop_app.core.attachments.blobs import IMAGE_TYPES, BlobStore

    store = BlobStore(data)
    thumbnail = None
    for index, kind in enumerate(IMAGE_TYPES):
        photo = scratch / f"foto-{index}.{kind.lower()}"
        Image.new("RGB", (64, 48), (30 * index, 120, 200)).save(photo, kind)
        stored = store.put(photo)
        assert stored.mime_type == IMAGE_TYPES[kind], (kind, stored.mime_type)
        thumbnail = store.thumbnail(stored.sha256)
        assert thumbnail is not None, f"no thumbnail of a {kind} photo"
    assert thumbnail is not None
    return thumbnail


def _square(number: int) -> int:
    return number * number


def _worker_process() -> str:
    """A spawned worker, as the APBDes folder import starts (the frozen program's own
    executable, through multiprocessing.freeze_support)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        assert pool.submit(_square, 7).result(timeout=60) == 49
    return "1 worker answered"


KEYRING_MODULES = {  # what the OS keyring's backend needs on each system
    "linux": ["keyring.backends.SecretService", "secretstorage", "secretstorage.dhcrypto"],
    "win32": ["keyring.backends.Windows", "win32ctypes.pywin32.win32cred"],
    "darwin": ["keyring.backends.macOS"],
}


def _network_and_keyring() -> str:
    import importlib
    import ssl

    import httpx

    with httpx.Client(verify=True):  # the CA certificates (certifi) are loaded here
        pass
    modules = KEYRING_MODULES.get(sys.platform, [])
    for name in modules:
        importlib.import_module(name)
    return f"{ssl.OPENSSL_VERSION}; {', '.join(modules) or 'no keyring expected'}"


def _qt_checks(workspace: Any, pdf: bytes, pages: int, thumbnail: Path,
               scratch: Path) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QTranslator
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

    def qt_indonesian() -> str:
        from desktop_app.ui.translations import QT_BASENAME, compiled_qm

        qm = compiled_qm(QT_BASENAME)
        assert qm is not None, "Qt's Indonesian catalogue missing"
        translator = QTranslator()
        assert translator.load(str(qm)), f"{qm} does not load"
        key = ("QLineEdit", "&Copy")  # Qt's key, not one of ours for lupdate to collect
        copy = translator.translate(*key)
        assert copy and copy != key[1], "Qt's Indonesian catalogue does not translate"
        return f"{key[1]!r} -> {copy!r}"

    _step("Qt's Indonesian catalogue loaded", qt_indonesian)

    def open_pdf() -> str:
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        assert document.pageCount() == pages, (document.pageCount(), pages)
        image = document.render(0, document.pagePointSize(0).toSize())
        assert not image.isNull(), "page did not render"
        from PySide6.QtPdfWidgets import QPdfView

        view = QPdfView()
        view.setDocument(document)
        view.deleteLater()
        return f"{pages} page(s) rendered by QtPdf"

    _step("PDF opened", open_pdf)
    _step("images read by Qt (JPEG, SVG)", lambda: _qt_images(thumbnail, scratch))
    _step("chart drawn (QtCharts)", _chart)
    _step("text collated (ICU)", _collation)
    _step("page printed to PDF (QtPrintSupport)", lambda: _print(scratch / "cetak.pdf"))

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
        shown: list[object] = []
        map_loop = QEventLoop()
        section = main._section("map")

        def painted(data: object) -> None:
            shown.append(data)
            map_loop.quit()

        section.theme_shown.connect(painted)
        main.navigation.setCurrentRow(main._rows["map"])
        if not shown:
            QTimer.singleShot(30_000, map_loop.quit)
            map_loop.exec()
        assert shown, "the map section showed no theme"
        main.runner.wait_idle()
        main._closing = True
        main.close()
        started = f", {since_start:.2f} s after the process started" if since_start else ""
        return (f"{main.navigation.count()} sections, {rows} villages listed, map "
                f"painted{started}")

    _step("main window built", window)


def _qt_images(thumbnail: Path, scratch: Path) -> str:
    """Qt's JPEG plugin (attachment thumbnails) and SVG plugins (theme icons)."""
    from PySide6.QtGui import QIcon, QImage

    assert not QImage(str(thumbnail)).isNull(), "Qt cannot read a JPEG thumbnail"
    svg = scratch / "ikon.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">'
                   '<rect width="16" height="16" fill="#2471a3"/></svg>', encoding="utf-8")
    assert not QImage(str(svg)).isNull(), "Qt cannot read an SVG image"
    assert not QIcon(str(svg)).pixmap(16, 16).isNull(), "Qt cannot draw an SVG icon"
    return "thumbnail and icon read"


def _chart() -> str:
    from decimal import Decimal

    from desktop_app.ui.idm.charts import trend_chart

    view = trend_chart([(2024, Decimal("0.61")), (2025, Decimal("0.66"))],
                       [("Maju", Decimal("0.7073"))])
    view.resize(320, 200)
    image = view.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, 320, 8) for y in range(0, 200, 8)}
    view.deleteLater()
    assert len(colours) > 2, "the chart drew nothing"
    return f"{len(colours)} colours sampled"


def _collation() -> str:
    """Qt's collator is ICU's: numbers inside names in order, Indonesian locale."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale("id_ID"))
    collator.setNumericMode(True)
    names = sorted(["Desa 10", "desa 2", "Desa 1"], key=collator.sortKey)
    assert names == ["Desa 1", "desa 2", "Desa 10"], names
    return ", ".join(names)


def _print(path: Path) -> str:
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    painter = QPainter(printer)
    painter.drawText(100, 100, "Sinergi Desa")
    painter.end()
    assert path.read_bytes().startswith(b"%PDF"), "the printer wrote no PDF"
    return f"{path.stat().st_size} bytes"
