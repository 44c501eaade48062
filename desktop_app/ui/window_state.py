"""The main window remembers its size, splitters, last section and last village."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

GROUP = "main_window"


def _splitters(window: MainWindow) -> list[QSplitter]:
    return window.findChildren(QSplitter)


def save_window_state(window: MainWindow) -> None:
    settings = QSettings()
    settings.beginGroup(GROUP)
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState())
    settings.setValue("splitters", [s.saveState() for s in _splitters(window)])
    settings.setValue("section", window.navigation.currentRow())
    settings.setValue("village", window.villages.current_code or "")
    settings.endGroup()


def restore_window_state(window: MainWindow) -> None:
    """Called once at start-up (not by tests that build windows directly)."""
    settings = QSettings()
    settings.beginGroup(GROUP)
    geometry = settings.value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings.value("state")
    if state is not None:
        window.restoreState(state)
    for splitter, saved in zip(_splitters(window), settings.value("splitters") or [],
                               strict=False):
        splitter.restoreState(saved)
    section = int(settings.value("section", 0) or 0)
    if 0 <= section < window.navigation.count():
        window.navigation.setCurrentRow(section)
    village = str(settings.value("village", "") or "")
    settings.endGroup()
    if village:
        page = window.villages

        def reopen(_total: int) -> None:
            page.model.loaded.disconnect(reopen)
            if page.model.row_of(village) is not None:
                page.open_village(village)
                page._select_code(village)

        page.model.loaded.connect(reopen)
