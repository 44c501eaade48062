"""Helpers for the meeting screens' tables: rows that wrap, cells that carry a row id."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole


def wrap_rows(table: QTableWidget) -> None:
    """Long text (a discussion, an agreement) wraps: each row is as tall as its text."""
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # a column that widens or narrows (a tab shown, the window resized) re-measures the rows
    # (once the resize is done: measured during it, the rows kept their old heights)
    rows = table.verticalHeader()
    table.horizontalHeader().sectionResized.connect(
        lambda *_: QTimer.singleShot(0, rows, rows.resizeSections))


def item(text: str, row_id: str | None = None) -> QTableWidgetItem:
    """A cell; the first cell of a row carries the row's id."""
    cell_item = QTableWidgetItem(text)
    if row_id is not None:
        cell_item.setData(ID_ROLE, row_id)
    return cell_item


def cell(table: QTableWidget, row: int, column: int) -> str:
    found = table.item(row, column)
    return found.text() if found else ""


def row_id(table: QTableWidget, row: int) -> str | None:
    found = table.item(row, 0)
    return found.data(ID_ROLE) if found else None
