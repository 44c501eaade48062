"""Start the Qt program: translations, error handling, the workspace and the window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.core import i18n
from desktop_app.core.migrate import DatabaseOpenError
from desktop_app.core.workspace import Workspace, open_workspace

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    i18n.set_translator(QCoreApplication.translate)
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


def open_main_window(workspace: Workspace):
    from desktop_app.ui.main_window import MainWindow, show_focus_hint

    window = MainWindow(workspace)
    window.show()
    show_focus_hint(window)
    return window


def run_gui(data_dir: Path) -> int:
    app = create_application()
    install_error_hook()
    try:
        workspace = open_workspace(data_dir)
    except DatabaseOpenError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Data tidak dapat dibuka"),
                             str(error))
        return 2
    log.info("Sinergi Desa %s started on %s", __version__, data_dir)
    window = open_main_window(workspace)
    code = app.exec()
    window.runner.wait_idle()
    workspace.close()
    return code
