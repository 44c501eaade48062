"""Read-only, sortable tables used by the IDM screens: item tables for small results, a
model-backed view for lists that run to tens of thousands of rows (the nation's lagging
villages), whose cells are made only when they are shown."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

from desktop_app.ui.action_plan.rows_model import RowsModel


def fill_table(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem()
            item.setData(0, value if isinstance(value, int) else str(value))
            table.setItem(row, column, item)
    table.setSortingEnabled(True)


def new_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    _read_only(table)
    return table


def _read_only(table: QTableView) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setSortingEnabled(True)
    # No sort column until the user picks one: rows keep the order they were given in.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


class RowsView(QTableView):
    """A sortable read-only view over a list of tuples (column ``i`` shows ``row[i]``)."""

    def __init__(self, name: str, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.rows_model = RowsModel([(header, itemgetter(i)) for i, header in
                                     enumerate(headers)], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.rows_model)
        self.setModel(self.proxy)
        _read_only(self)

    def set_rows(self, rows: list[Any]) -> None:
        self.rows_model.set_rows(rows)

    def text(self, row: int, column: int) -> str:
        """The shown text of a cell (in the current sort order)."""
        return str(self.proxy.index(row, column).data() or "")

    def row_count(self) -> int:
        return self.proxy.rowCount()
