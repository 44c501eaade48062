"""Child process for the start-up benchmark: prints once the window is usable, then exits.

``bare`` shows an empty PySide6 window (the floor); otherwise the real main window opens
on DATA_DIR and counts as usable when the first page of the village list is shown.
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

    def usable(_total: int) -> None:
        print(f"usable rows={window.villages.model.rowCount()}", flush=True)
        app.quit()

    window.villages.model.loaded.connect(usable)
    app.exec()
    window.runner.wait_idle()
    workspace.close()


if __name__ == "__main__":
    main()
