"""Child process for the start-up benchmark: prints once the window is usable, then exits.

``bare`` shows an empty PySide6 window (the floor); otherwise the real main window opens
on DATA_DIR and counts as usable when the first page of the village list is shown. With
``DATA_DIR use`` it then searches the list, opens the first village found and shows its IDM
and APBDes tabs before exiting (for the memory scenario); with ``DATA_DIR map`` it opens the
map section and exits once the map is painted (the maps scenario).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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

    from desktop_app.core.workspace import open_workspace
    from desktop_app.ui.app import create_application, open_main_window

    app = create_application()
    workspace = open_workspace(Path(sys.argv[1]))
    window = open_main_window(workspace)

    page = window.villages
    use = sys.argv[2:] == ["use"]
    with_map = sys.argv[2:] == ["map"]

    def map_shown(_theme: object) -> None:
        """The map section opened and painted with its first theme (memory with the map)."""
        window.runner.wait_idle()
        app.processEvents()
        print("used", flush=True)
        app.quit()

    def usable(_total: int) -> None:
        page.model.loaded.disconnect(usable)
        print(f"usable rows={page.model.rowCount()}", flush=True)
        if with_map:
            window._section("map").theme_shown.connect(map_shown)
            window.navigation.setCurrentRow(window._rows["map"])
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
