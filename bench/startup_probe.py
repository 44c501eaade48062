"""Child process for the start-up benchmark: prints once the window is usable, then exits.

``bare`` shows an empty PySide6 window (the floor). ``list DATA_DIR`` is the least a usable
village list can be in PySide6 (a second floor): a window with a search box and a table
whose first page and a typed search are read through ``sqlite3`` in a worker thread, with
the program's own queries; it counts as usable at the same point as the program. Otherwise
the program starts as a user starts it (``python -m desktop_app --data-dir DATA_DIR``) and
the window counts as usable when the first page of the village list is shown and a search
typed ("sungai") has answered. With ``DATA_DIR use`` it then opens the first village found
and shows its IDM and APBDes tabs before exiting (for the memory scenario); with ``DATA_DIR
map`` it opens the map section, once the work the window starts when usable has ended, and
exits once the map is painted; ``DATA_DIR settled`` exits at that same point without opening
the map (the maps scenario compares the two). ``DATA_DIR typing`` searches again and again
from the first page on while the workspace opens in its worker, and prints each search's
time from the query to the list showing its answer (``typed MS MS …``) once the workspace is
open.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

KEYSTROKE_GAP_MS = 30

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A settings folder of its own: the window would otherwise reopen on the section (the map,
# say) that some earlier run of the program on this machine left it on.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sd-probe-config-")
atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], ignore_errors=True)
# This checkout's program, not whichever one the environment has installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    if sys.argv[1] == "bare":
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        window = QMainWindow()
        window.show()
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("usable", flush=True)
        return

    if sys.argv[1] == "list":
        minimal_list_window(sys.argv[2])
        return

    # The program's own start (``python -m desktop_app --data-dir DATA_DIR``: the command
    # line, the lock, the checks, the window); the probe watches the window it opens.
    from desktop_app import cli
    from desktop_app.ui import app as gui

    gui.WINDOW_OPENED.append(lambda window: watch(window, sys.argv[2:]))
    sys.exit(cli.main(["--data-dir", sys.argv[1]]))


def minimal_list_window(data_dir: str) -> None:
    """The ``list`` floor: no settings, lock, checks, menus or translations; one window."""
    import sqlite3
    from pathlib import Path
    from typing import ClassVar

    from PySide6.QtCore import QAbstractTableModel, QObject, QRunnable, Qt, QThreadPool, Signal
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    from desktop_app.core.villages.list_sql import VillageFilter, count_villages, search_villages

    app = QApplication([])
    # desktop_app.paths.DATABASE_FILE, named here: that module imports platformdirs
    database = Path(data_dir, "sinergi-desa.sqlite").as_uri() + "?mode=ro"

    class Answer(QObject):
        ready = Signal(object)

    class Read(QRunnable):
        def __init__(self, text: str, answer: Answer) -> None:
            super().__init__()
            self.text, self.answer = text, answer

        def run(self) -> None:
            try:
                with sqlite3.connect(database, uri=True) as conn:
                    village_filter = VillageFilter(text=self.text)
                    self.answer.ready.emit((count_villages(conn, village_filter),
                                            search_villages(conn, village_filter)))
            except sqlite3.Error as error:
                print(error, file=sys.stderr, flush=True)
                os._exit(1)

    class Villages(QAbstractTableModel):
        rows: ClassVar[list] = []

        def rowCount(self, _parent=None) -> int:
            return len(self.rows)

        def columnCount(self, _parent=None) -> int:
            return 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    model, answer, pool = Villages(), Answer(), QThreadPool()
    window, central = QMainWindow(), QWidget()
    search, table = QLineEdit(), QTableView()
    table.setModel(model)
    layout = QVBoxLayout(central)
    layout.addWidget(search)
    layout.addWidget(table)
    window.setCentralWidget(central)
    window.resize(1280, 720)
    searched = []

    def shown(result) -> None:
        model.beginResetModel()
        model.rows = result[1]
        model.endResetModel()
        if searched:
            app.processEvents()  # painted
            print(f"usable rows={len(model.rows)}", flush=True)
            app.quit()
            return
        searched.append(True)
        search.setText("sungai")
        pool.start(Read(search.text(), answer))

    answer.ready.connect(shown)
    window.show()
    pool.start(Read("", answer))
    app.exec()
    pool.waitForDone()


def watch(window, mode: list[str]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    page = window.villages
    use = mode == ["use"]
    with_map = mode == ["map"]
    settled = mode == ["settled"]
    typing = mode == ["typing"]

    def map_shown(_theme: object) -> None:
        """The map section opened and painted with its first theme (memory with the map)."""
        window.runner.wait_idle()
        app.processEvents()
        print("used", flush=True)
        app.quit()

    def settle() -> None:
        """After the work the window starts once usable (overdue count, sync service)."""
        if not window.ready:
            # The workspace opens in its worker; the start work is queued once it is open,
            # and this runs again after it (queued behind it).
            window.when_ready(lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(
                0, settle)))
            return
        window.runner.wait_idle()
        app.processEvents()
        if settled:
            print("used", flush=True)
            app.quit()
            return
        page = window._section("map")
        page.theme_shown.connect(map_shown)

        def without_boundaries() -> None:
            if page.stack.currentWidget() is page.empty:  # no theme will be shown
                print(f"no boundaries imported in {sys.argv[1]}: the map mode needs them",
                      file=sys.stderr, flush=True)
                app.exit(2)

        page.loaded.connect(without_boundaries)
        window.navigation.setCurrentRow(window._rows["map"])

    def first_page(_total: int) -> None:
        """The first page shown: a search is typed, and the window is usable once it
        answers."""
        page.model.loaded.disconnect(first_page)
        if typing:
            type_while_loading()
            return
        page.model.loaded.connect(usable)
        page.search.setText("sungai")
        page.apply_filter()

    def usable(_total: int) -> None:
        page.model.loaded.disconnect(usable)
        print(f"usable rows={page.model.rowCount()}", flush=True)
        if with_map or settled:
            QTimer.singleShot(0, settle)  # queued after the window's start-up work
            return
        if not use:
            app.quit()
            return
        searched(_total)

    def searched(_total: int) -> None:
        """The first village the search found opened with its IDM and APBDes tabs."""
        page.profile_shown.connect(opened)
        page.open_village(page.model.code_at(0))

    def opened(_code: str) -> None:
        for index in (1, 2):  # IDM, APBDes: built and loaded when shown
            page.details.setCurrentIndex(index)
            window.runner.wait_idle()
            app.processEvents()
        print("used", flush=True)
        app.quit()

    def type_while_loading() -> None:
        """Searches one after another (each once the last has answered, a keystroke's
        gap apart) until the workspace is open: how the list answers meanwhile."""
        import time

        words = ["s", "su", "sun", "sung", "sunga", "sungai", "b", "ba", "bat", "batu"]
        times: list[float] = []
        began = [0.0]

        def search() -> None:
            page.search.setText(words[len(times) % len(words)])
            began[0] = time.perf_counter()
            page.apply_filter()

        def answered(_total: int) -> None:
            times.append(time.perf_counter() - began[0])
            if window.ready:
                page.model.loaded.disconnect(answered)
                print("typed " + " ".join(f"{t * 1000:.1f}" for t in times), flush=True)
                print("used", flush=True)
                app.quit()
                return
            QTimer.singleShot(KEYSTROKE_GAP_MS, search)

        page.model.loaded.connect(answered)
        search()

    page.model.loaded.connect(first_page)


if __name__ == "__main__":
    main()
