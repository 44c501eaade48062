"""The kabupaten/kota filter combo shared by the lists, filled from a worker query."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.core.villages.search import list_regencies
from desktop_app.core.workspace import Workspace
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


def all_regencies_label() -> str:
    return QCoreApplication.translate("RegionCombo", "Semua kabupaten/kota")


def load_regencies(workspace: Workspace, runner: TaskRunner, combo: QComboBox,
                   parent: QWidget) -> None:
    """Refill ``combo`` with the kabupaten/kota that have villages; keeps the choice."""
    db = workspace.db

    def work(_control: Any) -> list[tuple[str, str]]:
        with db.reading() as session:
            return list_regencies(session)

    def fill(regencies: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_regencies_label(), None)
        for code, name in regencies:
            combo.addItem(f"{name} ({code})", code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    runner.submit(work, fill, lambda e: report_error(
        parent, e, QCoreApplication.translate("RegionCombo", "Memuat kabupaten")))
