"""Where the start-up time goes: the program's own start (as the start-up probe runs it),
timed at its phases from the launch, median of several launches.

    PYTHONPATH=. python -m bench.startup_phases DATA_DIR [RUNS]

Each launch is timed from just before the child process is started; the marks are taken
inside it by wrapping the start's own functions (nothing in the program knows of them).
The workspace's modules are imported in a worker once the first page is shown: the last
two marks are after "usable".
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = r'''
import os, sys, time
T0 = float(os.environ["SD_PHASES_T0"])

def mark(name):
    print(f"phase {time.time() - T0:.4f} {name}", flush=True)

mark("Python started")
import PySide6.QtWidgets
mark("PySide6 imported")
from desktop_app import cli
from desktop_app.ui import app as gui
from desktop_app.ui.main_window import MainWindow
mark("command line, ui.app, main window imported")
prepare, open_for_window, open_main_window = (
    gui.prepare_application, gui.open_for_window, gui.open_main_window)

def prepared():
    application = prepare()
    mark("QApplication, translations, error hook")
    return application

def opened(*args, **kwargs):
    mark("logging, settings, data folder locked")
    data = open_for_window(*args, **kwargs)
    mark("schema checked, start data read (sqlite3)")
    return data

def window(*args, **kwargs):
    shown = open_main_window(*args, **kwargs)
    mark("main window built and shown")
    return shown

gui.prepare_application, gui.open_for_window, gui.open_main_window = prepared, opened, window
workspace_opened = MainWindow._workspace_opened

def attached(self, workspace):
    mark("workspace opened in the worker (after usable)")
    workspace_opened(self, workspace)

MainWindow._workspace_opened = attached

def watch(shown):
    page = shown.villages

    def first_page(_total):
        mark("first page of the village list")
        page.model.loaded.disconnect(first_page)
        page.model.loaded.connect(searched)
        page.search.setText("sungai")
        page.apply_filter()

    def searched(_total):
        mark("search answered: usable")
        page.model.loaded.disconnect(searched)
        shown.when_ready(lambda: (mark("workspace attached"), app.quit()))

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    page.model.loaded.connect(first_page)

gui.WINDOW_OPENED.append(watch)
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
'''


def launch(data_dir: str) -> list[tuple[str, float]]:
    config = tempfile.mkdtemp(prefix="sd-phases-config-")
    env = {**os.environ, "XDG_CONFIG_HOME": config, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT), "SD_PHASES_T0": repr(time.time())}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled bytecode
    done = subprocess.run([sys.executable, "-c", CHILD, data_dir], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    marks = []
    for line in done.stdout.splitlines():
        if line.startswith("phase "):
            _, seconds, name = line.split(" ", 2)
            marks.append((name, float(seconds)))
    return marks


def main() -> None:
    data_dir, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 7
    launch(data_dir)  # warm-up (and bytecode written)
    launches = [launch(data_dir) for _ in range(runs)]
    names = [name for name, _ in launches[0]]
    print(f"median of {runs} launches; load average {os.getloadavg()[0]:.2f}")
    print(f"{'phase':52s} {'until':>8s} {'its own':>8s}")
    before = 0.0
    for at, name in enumerate(names):
        until = statistics.median(marks[at][1] for marks in launches)
        print(f"{name:52s} {until:8.3f} {until - before:8.3f}")
        before = until


if __name__ == "__main__":
    main()
