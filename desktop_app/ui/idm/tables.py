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


def _columns(headers: list[str]) -> list[tuple[str, Any]]:
    return [(header, itemgetter(i)) for i, header in enumerate(headers)]


def _read_only(table: QTableView) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setSortingEnabled(True)
    # No sort column until the user picks one: rows keep the order they were given in.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


class _ValueRows(RowsModel):
    """Rows shown as text and sorted by their values (numbers as numbers)."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid():
            return self.columns[index.column()][1](self.rows[index.row()])
        return super().data(index, role)


SORT_ROLE = Qt.ItemDataRole.UserRole
MEASURED_ROWS = 100  # rows whose text sets a column's width


class RowsView(QTableView):
    """A sortable read-only view over a list of tuples (column ``i`` shows ``row[i]``)."""

    def __init__(self, name: str, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.rows_model = _ValueRows(_columns(headers), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.rows_model)
        self.setModel(self.proxy)
        _read_only(self)
        # Widths measured once a fill, on the first rows: kept fitted to the contents, the
        # header measured a thousand rows per column on every layout pass (0.7 s of the
        # national overview's 28,000 lagging villages).
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(MEASURED_ROWS)

    def set_rows(self, rows: list[Any], headers: list[str] | None = None) -> None:
        """Show ``rows`` (in their order until a header is clicked), with new headers."""
        model = self.rows_model
        model.beginResetModel()
        if headers is not None:
            model.columns = _columns(headers)
        model.rows = rows
        model.endResetModel()
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)  # measuring sized the last column too: stretch
        header.setStretchLastSection(True)   # it again to the view's edge

    def text(self, row: int, column: int) -> str:
        """The shown text of a cell (in the current sort order)."""
        return str(self.proxy.index(row, column).data() or "")

    def row_count(self) -> int:
        return self.proxy.rowCount()
