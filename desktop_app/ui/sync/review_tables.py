"""The conflicts to decide and the operations the server refused, as tables."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from desktop_app.core.sync.outbox import RefusedOperation
from desktop_app.core.sync.review import ConflictView


def shown(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("conflicts")
        self.setHorizontalHeaderLabels([
            self.tr("Desa"), self.tr("Data"), self.tr("Isian"), self.tr("Nilai Anda"),
            self.tr("Nilai server"), self.tr("Dipakai sekarang")])
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items: list[ConflictView] = []

    def show_items(self, items: list[ConflictView]) -> None:
        self.items = items
        self.setRowCount(len(items))
        for row, item in enumerate(items):
            kept = self.tr("nilai Anda") if item.kept == "local" else self.tr("nilai server")
            if item.reason == "deleted":
                kept = self.tr("data dihapus di perangkat lain")
            elif item.reason == "no_parent":
                kept = self.tr("nilai Anda (data induk dari server tidak ada di laptop ini; "
                               "minta operator memeriksanya)")
            for column, text in enumerate([item.village_code or "", item.table_name, item.field,
                                           shown(item.local_value), shown(item.remote_value),
                                           kept]):
                self.setItem(row, column, QTableWidgetItem(text))
        self.resizeColumnsToContents()

    def selected(self) -> ConflictView | None:
        row = self.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None


class RefusedTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("refused")
        self.setHorizontalHeaderLabels([self.tr("No."), self.tr("Data"), self.tr("Isi"),
                                        self.tr("Alasan server")])
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items: list[RefusedOperation] = []

    def show_items(self, items: list[RefusedOperation]) -> None:
        self.items = items
        self.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate([str(item.seq), item.table_name,
                                           shown(item.payload), item.reason or ""]):
                self.setItem(row, column, QTableWidgetItem(text))
        self.resizeColumnsToContents()

    def selected(self) -> RefusedOperation | None:
        row = self.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None
