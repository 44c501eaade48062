"""The kabupaten/kota filter combo shared by the lists, filled from a worker query."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.core.reader import ReadOnlyDatabase
from desktop_app.core.villages.list_sql import list_regencies, working_regency
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


def all_regencies_label() -> str:
    return QCoreApplication.translate("RegionCombo", "Semua kabupaten/kota")


_AREA_APPLIED = "workingAreaApplied"


def fill_regencies(combo: QComboBox, regencies: list[tuple[str, str]], chosen: str | None,
                   all_label: str) -> None:
    """Replace the items without signals; select ``chosen`` if listed, else 'all'."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for code, name in regencies:
        combo.addItem(f"{name} ({code})", code)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


def forget_working_area(combo: QComboBox) -> None:
    """Back to 'all'; the next fill selects the (changed) working area again."""
    combo.setProperty(_AREA_APPLIED, False)
    combo.setCurrentIndex(0)


def load_regencies(reader: ReadOnlyDatabase, runner: TaskRunner, combo: QComboBox,
                   parent: QWidget) -> None:
    """Refill ``combo`` with the kabupaten/kota that have villages; keeps the choice.

    The first fill selects the working area from the first-run wizard (if it has villages);
    a changed selection is announced through ``currentIndexChanged`` so the list follows."""
    def work(_control: Any) -> tuple[list[tuple[str, str]], str | None]:
        with reader.reading() as conn:
            return list_regencies(conn), working_regency(conn)

    def fill(found: tuple[list[tuple[str, str]], str | None]) -> None:
        regencies, area = found
        before = combo.currentData()
        chosen = before
        if not combo.property(_AREA_APPLIED) and any(code == area for code, _ in regencies):
            chosen = area
            combo.setProperty(_AREA_APPLIED, True)  # from now on the user's choice
        fill_regencies(combo, regencies, chosen, all_regencies_label())
        if combo.currentData() != before:
            combo.currentIndexChanged.emit(combo.currentIndex())

    runner.submit(work, fill, lambda e: report_error(
        parent, e, QCoreApplication.translate("RegionCombo", "Memuat kabupaten")),
                  owner=combo)
