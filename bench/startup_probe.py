"""Child process for the start-up benchmark: prints once the window is usable, then exits.

``bare`` shows an empty PySide6 window (the floor); otherwise the real main window opens
on DATA_DIR and counts as usable when the first page of the village list is shown. With
``DATA_DIR use`` it then searches the list, opens the first village found and shows its IDM
and APBDes tabs before exiting (for the memory scenario); with ``DATA_DIR map`` it opens the
map section, once the work the window starts when usable has ended, and exits once the
map is painted; ``DATA_DIR settled`` exits at that same point without opening the map (the
maps scenario compares the two).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

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

    from PySide6.QtCore import QTimer

    from desktop_app.core.workspace import open_workspace
    from desktop_app.ui.app import create_application, open_main_window

    app = create_application()
    workspace = open_workspace(Path(sys.argv[1]))
    window = open_main_window(workspace)

    page = window.villages
    use = sys.argv[2:] == ["use"]
    with_map = sys.argv[2:] == ["map"]
    settled = sys.argv[2:] == ["settled"]

    def map_shown(_theme: object) -> None:
        """The map section opened and painted with its first theme (memory with the map)."""
        window.runner.wait_idle()
        app.processEvents()
        print("used", flush=True)
        app.quit()

    def settle() -> None:
        """After the work the window starts once usable (overdue count, sync service)."""
        window.runner.wait_idle()
        app.processEvents()
        if settled:
            print("used", flush=True)
            app.quit()
            return
        window._section("map").theme_shown.connect(map_shown)
        window.navigation.setCurrentRow(window._rows["map"])

    def usable(_total: int) -> None:
        page.model.loaded.disconnect(usable)
        print(f"usable rows={page.model.rowCount()}", flush=True)
        if with_map or settled:
            QTimer.singleShot(0, settle)  # queued after the window's start-up work
            return
        if not use:
            app.quit()
            return
        page.model.loaded.connect(searched)
        page.search.setText("sungai")
        page.apply_filter()

    def searched(_total: int) -> None:
        """A search typed, its first village opened with its IDM and APBDes tabs."""
        page.model.loaded.disconnect(searched)
        page.profile_shown.connect(opened)
        page.open_village(page.model.code_at(0))

    def opened(_code: str) -> None:
        for index in (1, 2):  # IDM, APBDes: built and loaded when shown
            page.details.setCurrentIndex(index)
            window.runner.wait_idle()
            app.processEvents()
        print("used", flush=True)
        app.quit()

    page.model.loaded.connect(usable)
    app.exec()
    window.runner.wait_idle()
    workspace.close()


if __name__ == "__main__":
    main()
