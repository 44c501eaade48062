"""Child process for the start-up benchmark: prints once the window is usable, then exits.

``bare`` shows an empty PySide6 window (the floor); otherwise the program starts as a user
starts it (``python -m desktop_app --data-dir DATA_DIR``) and the window counts as usable
when the first page of the village list is shown and a search typed ("sungai") has
answered. With ``DATA_DIR use`` it then opens the first village found and shows its IDM
and APBDes tabs before exiting (for the memory scenario); with ``DATA_DIR map`` it opens the
map section, once the work the window starts when usable has ended, and exits once the
map is painted; ``DATA_DIR settled`` exits at that same point without opening the map (the
maps scenario compares the two). ``DATA_DIR typing`` searches again and again from the first
page on while the workspace opens in its worker, and prints each search's time from the
query to the list showing its answer (``typed MS MS …``) once the workspace is open.
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

    # The program's own start (``python -m desktop_app --data-dir DATA_DIR``: the command
    # line, the lock, the checks, the window); the probe watches the window it opens.
    from desktop_app import cli
    from desktop_app.ui import app as gui

    gui.WINDOW_OPENED.append(lambda window: watch(window, sys.argv[2:]))
    sys.exit(cli.main(["--data-dir", sys.argv[1]]))


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
        window._section("map").theme_shown.connect(map_shown)
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
