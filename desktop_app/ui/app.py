"""Start the Qt program: translations, error handling, the workspace and the window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.core import i18n
from desktop_app.core.clock import SYSTEM_CLOCK, Clock
from desktop_app.core.migrate import DatabaseOpenError, migration_pending, stored_revision
from desktop_app.paths import DATABASE_FILE

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is opened after the first window
    from desktop_app.core.start import StartData
    from desktop_app.core.workspace import Workspace
    from desktop_app.ui.first_run import RegionChoice  # the wizard's module loads reportlab
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# Called with each main window as it opens (the start-up benchmark's probe watches the
# window of the real start path through this).
WINDOW_OPENED: list[Callable[[MainWindow], Any]] = []


def prepare_application() -> QApplication:
    """The application as the program starts it: translations and the error hook too."""
    from desktop_app.core.preferences import load_preferences
    from desktop_app.ui.translations import install_translations

    app = create_application()
    install_translations(app, load_preferences().language)
    install_error_hook()
    return app


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    i18n.set_translator(QCoreApplication.translate)
    from desktop_app.ui.window_guard import install_window_guard

    install_window_guard(app)
    return app


def install_error_hook() -> None:
    """Unexpected errors: details to the log, a short message in Indonesian to the user."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Unhandled error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        app = QApplication.instance()
        if app is not None:
            QMessageBox.critical(
                app.activeWindow(), QCoreApplication.translate("App", "Terjadi kesalahan"),
                QCoreApplication.translate(
                    "App", "Terjadi kesalahan yang tidak terduga. Perubahan yang belum "
                    "tersimpan tidak disimpan setengah jadi. Rincian ada di berkas log."),
            )

    sys.excepthook = hook


def open_data_folder(data_dir: Path, clock: Clock = SYSTEM_CLOCK) -> Workspace:
    """``open_workspace`` for start-up. When the database must be migrated (backed up first,
    then brought to this program's schema: seconds on a big file) that runs in a worker
    behind a small modal window, so the screen goes on repainting meanwhile."""
    from desktop_app.core.workspace import open_workspace

    path = data_dir / DATABASE_FILE
    if not _migration_pending(path):
        return open_workspace(data_dir, clock)
    return _open_behind_progress(data_dir, clock, upgrade=stored_revision(path) is not None)


def _migration_pending(path: Path) -> bool:
    try:
        return migration_pending(path)
    except OSError:
        return True  # open_workspace names the problem


def open_for_window(data_dir: Path, clock: Clock = SYSTEM_CLOCK) -> Workspace | StartData:
    """What the first window opens on. Usually (the schema is this program's, the first-run
    wizard done) the read-only start data, without SQLAlchemy: the window opens the
    workspace itself once the village list shows. Otherwise the workspace, as
    :func:`open_data_folder` opens it (a migration behind its progress window, backed up
    first), for the wizard or the window."""
    if not _migration_pending(data_dir / DATABASE_FILE):
        from desktop_app.core.start import open_start

        start = open_start(data_dir, clock)
        if start.first_run_done:
            return start
        start.close()
    return open_data_folder(data_dir, clock)


def _open_behind_progress(data_dir: Path, clock: Clock, upgrade: bool) -> Workspace:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from desktop_app.core.workspace import Workspace, open_workspace
    from desktop_app.ui.tasks import TaskRunner

    text = (QCoreApplication.translate(
        "App", "Memperbarui basis data… (cadangan dibuat lebih dulu)") if upgrade else
        QCoreApplication.translate("App", "Menyiapkan basis data…"))
    dialog = QProgressDialog(text, "", 0, 0)
    dialog.setObjectName("migrationProgress")
    dialog.setWindowTitle(QCoreApplication.translate("App", "Sinergi Desa"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    runner, loop = TaskRunner(), QEventLoop()
    outcome: list[object] = []

    def ended(result: object) -> None:
        outcome.append(result)
        loop.quit()

    runner.submit(lambda _control: open_workspace(data_dir, clock), ended, ended, writes=True)
    dialog.show()
    if not outcome:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    runner.deleteLater()
    result = outcome[0]
    if isinstance(result, Exception):
        raise result
    assert isinstance(result, Workspace)
    return result


def open_main_window(workspace: Workspace | StartData, note: str | None = None) -> MainWindow:
    """The window as a user starts it: last layout, then (once the village list shows) any
    automatic backup that is due."""
    from desktop_app.ui.main_window import MainWindow, show_focus_hint
    from desktop_app.ui.messages import notify
    from desktop_app.ui.window_guard import resume_window_guard, window_guard
    from desktop_app.ui.window_state import restore_window_state

    guard, app = window_guard(), QApplication.instance()
    if guard is not None:  # back on every window's path once the workspace is attached
        guard.step_aside(app)
    window = MainWindow(workspace)
    if guard is not None:
        guard.watch(window)
        window.when_ready(resume_window_guard)
    restore_window_state(window)
    window.show()
    show_focus_hint(window)
    if note:
        resume_window_guard()
        notify(window, QCoreApplication.translate("App", "Pulihkan data"), note)
    window.when_started(lambda: start_auto_backup(window))
    return window


def start_auto_backup(window) -> None:
    """In the writer thread: a backup when the schedule says one is due."""
    from desktop_app.core.auto_backup import run_if_due
    from desktop_app.core.workspace import BACKUPS_FOLDER

    workspace = window.workspace

    def work(_control):
        return run_if_due(workspace.db, workspace.data_dir,
                          workspace.data_dir / BACKUPS_FOLDER, workspace.clock.now())

    def done(manifest) -> None:
        if manifest is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("App", "Cadangan otomatis dibuat."), 8000)

    def failed(error: Exception) -> None:
        log.warning("Automatic backup failed: %s", error)
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "Cadangan otomatis gagal: {error}").format(error=error), 15000)

    window.runner.submit(work, done, failed, writes=True)


def _critical(title: str, error: Exception) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("App", title), str(error))


def run_gui(data_dir: Path, demo: bool = False) -> int:
    from desktop_app.core.data_folder import DataFolderError, lock_data_folder

    app = prepare_application()
    try:
        lock = lock_data_folder(data_dir)
    except DataFolderError as error:
        _critical(QT_TRANSLATE_NOOP("App", "Data tidak dapat dibuka"), error)
        return 2
    try:
        return _run_windows(app, data_dir, demo)
    finally:
        lock.release()


def _run_windows(app: QApplication, data_dir: Path, demo: bool) -> int:
    """Open the data and its window; again after a restore asked for a fresh window."""
    note: str | None = None
    while True:
        try:
            window = open_window(data_dir, demo, note)
        except DatabaseOpenError as error:
            _critical(QT_TRANSLATE_NOOP("App", "Data tidak dapat dibuka"), error)
            return 2
        code = app.exec()
        window.runner.wait_idle()
        window.close_data()
        if window.exit_code is not None:
            return window.exit_code
        note = window.reopen_note
        if note is None:
            return code


def open_window(data_dir: Path, demo: bool = False, note: str | None = None) -> MainWindow:
    """The data folder opened and its main window shown, as the program starts: the first
    run's wizard, or the demo data, before the window when they are due."""
    data: Workspace | StartData
    if demo:
        from desktop_app.core.demo import fill_demo_data

        data = open_data_folder(data_dir)
        fill_demo_data(data)
    else:
        data = open_for_window(data_dir)
    log.info("Sinergi Desa %s started on %s", __version__, data_dir)
    regions: RegionChoice | None = None
    if not demo and hasattr(data, "db"):
        from desktop_app.core.first_run import first_run_done

        if not first_run_done(data.db):  # the wizard's module loads reportlab
            from desktop_app.ui.first_run import run_first_run_if_needed

            regions = run_first_run_if_needed(data)
    window = open_main_window(data, note)
    if demo:
        window.setWindowTitle(QCoreApplication.translate(
            "App", "Sinergi Desa — DATA CONTOH (fiktif, terpisah dari data asli)"))
    if regions is not None:
        window.start_import(regions.folder, regions.province)
    for opened in WINDOW_OPENED:
        opened(window)
    return window
