"""UI fixtures, and the real-window lane (DESIGN §3, "The real window is tested too").

Tests marked ``real_window`` run only when Qt uses a real X server
(``QT_QPA_PLATFORM=xcb``); the offscreen run deselects them. Without a ``DISPLAY`` the
lane starts its own Xvfb at 1366 × 768 with the openbox window manager. With CI=true a
missing X server fails the run instead of skipping it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

REAL_WINDOW = "real_window"
SCREEN = (1366, 768)


def real_x() -> bool:
    return os.environ.get("QT_QPA_PLATFORM", "") == "xcb"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{REAL_WINDOW}: runs in a real X server with a window manager at "
        "1366x768 (QT_QPA_PLATFORM=xcb; .ci/run runs them with -m real_window)")
    if real_x() and not os.environ.get("DISPLAY"):
        _start_x_server(config)


def _start_x_server(config: pytest.Config) -> None:
    """Xvfb and openbox on a free display, stopped when the run ends."""
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if missing:
        raise pytest.UsageError(f"the real-window lane needs {', '.join(missing)}")
    width, height = SCREEN
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                             f"{width}x{height}x24", "-nolisten", "tcp"],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as announced:  # the display number, once it accepts clients
        number = announced.readline().strip()
    if not number:
        raise pytest.UsageError("Xvfb did not start")
    display = f":{number}"
    os.environ["DISPLAY"] = display
    openbox = subprocess.Popen(["openbox", "--sm-disable"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _wait_for_window_manager(display)

    def stop() -> None:
        for process in (openbox, xvfb):
            process.terminate()
            process.wait(10)

    config.add_cleanup(stop)


def _wait_for_window_manager(display: str) -> None:
    """Until the window manager owns the screen (_NET_SUPPORTING_WM_CHECK is set)."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        done = subprocess.run(["xprop", "-display", display, "-root",
                               "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True,
                              check=False)
        if "window id" in done.stdout:
            return
        time.sleep(0.05)
    raise pytest.UsageError("openbox did not take the screen")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Offscreen: the real-window tests are deselected (they run in their own lane)."""
    if real_x():
        return
    kept = [item for item in items if item.get_closest_marker(REAL_WINDOW) is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(
            items=[item for item in items if item.get_closest_marker(REAL_WINDOW)])
        items[:] = kept


@pytest.fixture
def open_window(qtbot):
    """Opens the real main window on a workspace and waits for the first village list."""
    from desktop_app.ui.app import create_application
    from desktop_app.ui.main_window import MainWindow

    create_application()
    windows = []

    def opener(workspace) -> MainWindow:
        window = MainWindow(workspace)
        window.show()
        with qtbot.waitSignal(window.villages.model.loaded, timeout=10_000):
            pass
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.runner.wait_idle()
        window._closing = True  # a test may leave unsaved edits: close without asking
        window.close()
        window.deleteLater()


@pytest.fixture(scope="session")
def qt_indonesian_qm(tmp_path_factory) -> Path:
    """resources/i18n/qt_id.ts compiled with PySide6's lrelease, once per session."""
    from desktop_app.paths import resources_dir
    from desktop_app.ui.translations import QT_BASENAME, compile_ts

    qm = tmp_path_factory.mktemp("qt-i18n") / f"{QT_BASENAME}.qm"
    assert compile_ts(resources_dir() / "i18n" / f"{QT_BASENAME}.ts", qm), \
        "pyside6 lrelease could not compile qt_id.ts"
    return qm


@pytest.fixture
def qt_indonesian(qapp, qt_indonesian_qm: Path):
    """Qt's own texts in Indonesian, as the program installs them once the workspace is open."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qt_indonesian_qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
